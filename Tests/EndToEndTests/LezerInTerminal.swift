#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing
import TestSupport

/// Reader mode in the real program, in a real (tmux) terminal: `regie --lezer` and the
/// setting `lezer: ja` draw plain lines, say the focus on the bottom line and put the real
/// cursor on it.
@Suite("Leesmodus in een echte terminal", .serialized)
struct LezerInTerminal {
    /// A store with the demo household, and the environment to start `regie` on it.
    func omgeving(_ map: URL) throws -> [String: String] {
        try FileManager.default.createDirectory(at: map.appendingPathComponent("config/regie"), withIntermediateDirectories: true)
        try kiesOnversleuteld(map.appendingPathComponent("data"))
        let regie = try #require(gebouwdProgramma("regie"), "regie is niet gebouwd")
        let omgeving = ["REGIE_DATA": map.appendingPathComponent("data").path, "HOME": map.path,
                        "XDG_CONFIG_HOME": map.appendingPathComponent("config").path, "REGIE_VANDAAG": "2026-11-23"]
        let demo = Process()
        demo.executableURL = regie
        demo.arguments = ["demo"]
        demo.environment = omgeving
        demo.standardOutput = FileHandle.nullDevice
        demo.standardError = FileHandle.nullDevice
        try demo.run()
        demo.waitUntilExit()
        #expect(demo.terminationStatus == 0)
        return omgeving
    }

    func cursor(_ s: TmuxSessie) throws -> (x: Int, y: Int) {
        let delen = try s.waarde("#{cursor_x} #{cursor_y}").split(separator: " ").compactMap { Int($0) }
        return (delen[0], delen[1])
    }

    /// The bottom line of the 24.
    func onderste(_ scherm: String) -> String {
        let regels = scherm.split(separator: "\n", omittingEmptySubsequences: false)
        return regels.count > 23 ? String(regels[23]) : ""
    }

    func geenLijnen(_ scherm: String) -> Bool {
        !scherm.unicodeScalars.contains { (0x2500...0x259F).contains($0.value) }
    }

    @Test("regie --lezer: gewone regels, de onderste regel zegt de focus, de cursor staat erop; ook in een dossier")
    func optie() throws {
        let map = FileManager.default.temporaryDirectory.appendingPathComponent("regie-lezer-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: map) }
        let omgeving = try omgeving(map)
        let regie = try #require(gebouwdProgramma("regie"))
        let s = try TmuxSessie([regie.path, "--lezer"], breedte: 80, hoogte: 24, omgeving: omgeving)
        defer { s.sluit() }
        var scherm = try s.wachtOp("Regie · overzicht")
        scherm = try s.wachtTot("de focus gezegd") { onderste($0).hasPrefix("Familie De") }
        let regels = scherm.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(geenLijnen(scherm), "\(scherm)")
        let gekozen = try #require(regels.firstIndex { $0.contains("› Familie De") }, "\(scherm)")
        // The chosen line in its columns, then the screen.
        #expect(regels[23].hasPrefix("Familie De Jong-El A…, 4, 3, 07-12-2026, ! 1, ja — Regie · overzicht"), "\(scherm)")
        let c = try cursor(s)
        #expect(c.y == gekozen && regels[gekozen].dropFirst(c.x).hasPrefix("›"), "cursor \(c) in\n\(scherm)")

        // In the dossier: the field with focus and the tab, without box drawing.
        try s.toetsen("Enter")
        scherm = try s.wachtOp("Naam huishouden: Familie De")
        #expect(geenLijnen(scherm), "\(scherm)")
        let laatste = onderste(scherm)
        #expect(laatste.hasPrefix("Naam huishouden: Familie De") && laatste.contains(" — Familie De"), "\(scherm)")
        let veld = try cursor(s)
        let veldregel = scherm.split(separator: "\n", omittingEmptySubsequences: false)[veld.y]
        #expect(veldregel.contains("▸ Naam huishouden"), "cursor \(veld) in\n\(scherm)")
        try s.toetsen("C-q")
        #expect(try s.wachtOpEinde() == 0)
    }

    @Test("de instelling lezer: ja zet de leesmodus aan; een verkeerde waarde zegt wat er hoort")
    func instelling() throws {
        let map = FileManager.default.temporaryDirectory.appendingPathComponent("regie-lezer-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: map) }
        let omgeving = try omgeving(map)
        let instellingen = map.appendingPathComponent("config/regie/instellingen.yaml")
        try "lezer: ja\n".write(to: instellingen, atomically: true, encoding: .utf8)
        let regie = try #require(gebouwdProgramma("regie"))
        let s = try TmuxSessie([regie.path], breedte: 80, hoogte: 24, omgeving: omgeving)
        defer { s.sluit() }
        let scherm = try s.wachtTot("de focus gezegd") { onderste($0).hasPrefix("Familie De") }
        #expect(geenLijnen(scherm), "\(scherm)")
        try s.toetsen("C-q")
        #expect(try s.wachtOpEinde() == 0)

        try "lezer: misschien\n".write(to: instellingen, atomically: true, encoding: .utf8)
        let fout = try TmuxSessie([regie.path], breedte: 120, hoogte: 24, omgeving: omgeving)
        defer { fout.sluit() }
        let melding = try fout.wachtOp("__EXIT__=")
        #expect(melding.replacingOccurrences(of: "\n", with: "").contains("klopt niet: lezer is ja of nee."), "\(melding)")
    }
}
