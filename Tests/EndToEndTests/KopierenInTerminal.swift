#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing
import TestSupport

/// The copy key in the real program, in a real (tmux) terminal: tmux takes OSC 52 as a
/// terminal does and keeps the text as its paste buffer, where the test reads it.
@Suite("Kopiëren naar het klembord, in een echte terminal", .serialized)
struct KopierenInTerminal {
    @Test("C-c op een veld zet de getypte tekst in het klembord van de terminal")
    func kopieer() throws {
        let map = FileManager.default.temporaryDirectory.appendingPathComponent("regie-kopie-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: map) }
        try FileManager.default.createDirectory(at: map.appendingPathComponent("config"), withIntermediateDirectories: true)
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

        let s = try TmuxSessie([regie.path], breedte: 100, hoogte: 30, omgeving: omgeving)
        defer { s.sluit() }
        // As a terminal with a clipboard: tmux keeps what OSC 52 sends.
        _ = try s.tmux(["set-option", "-s", "set-clipboard", "on"])
        try s.wachtOp("Familie De")
        try s.toetsen("Enter")
        try s.wachtOp("Gezinsleden")
        try s.toetsen("M-2")
        try s.wachtOp("▸ Datum plan")
        try s.toetsen("C-u")
        try s.typ("12-12-2026")
        try s.toetsen("C-c")
        try s.wachtOp("Datum plan: 10 tekens naar het klembord gestuurd.")
        #expect(try s.tmux(["show-buffer"]) == "12-12-2026")
        try s.toetsen("C-q")
        #expect(try s.wachtOpEinde() == 0)
    }
}
