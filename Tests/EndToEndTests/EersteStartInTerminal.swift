#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing
import TestSupport

/// The first start in a real (tmux) terminal: the field that takes the keys is visible, the
/// recovery code follows on its own screen and works; a missing key file gives no new key.
@Suite("Eerste start en sleutelbestand, in een echte terminal", .serialized)
struct EersteStartInTerminal {
    static let wachtwoord = "paarse olifant danst langzaam"

    static func omgeving(_ map: URL) -> [String: String] {
        ["REGIE_DATA": map.appendingPathComponent("data").path, "XDG_CONFIG_HOME": map.appendingPathComponent("config").path,
         "REGIE_VANDAAG": "2026-11-23", "HOME": map.path]
    }

    static func start(_ map: URL) throws -> TmuxSessie {
        guard let regie = gebouwdProgramma("regie") else { throw TmuxSessie.Fout("regie is niet gebouwd") }
        return try TmuxSessie([regie.path], breedte: 100, hoogte: 30, omgeving: omgeving(map))
    }

    /// Runs `regie` outside the terminal with standard input; returns the exit code and standard output.
    static func regie(_ map: URL, _ argumenten: [String], invoer: String) throws -> (Int32, String) {
        let p = Process()
        p.executableURL = try #require(gebouwdProgramma("regie"))
        p.arguments = argumenten
        p.environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("REGIE_") }.merging(omgeving(map)) { $1 }
        let invoerPad = map.appendingPathComponent("invoer"), uitPad = map.appendingPathComponent("uit")
        try Data(invoer.utf8).write(to: invoerPad)
        FileManager.default.createFile(atPath: uitPad.path, contents: nil)
        p.standardInput = try FileHandle(forReadingFrom: invoerPad)
        let uit = try FileHandle(forWritingTo: uitPad)
        p.standardOutput = uit
        p.standardError = FileHandle.nullDevice
        try p.run()
        p.waitUntilExit()
        try uit.close()
        return (p.terminationStatus, (try? String(contentsOf: uitPad, encoding: .utf8)) ?? "")
    }

    @Test("wachtwoord, Enter, herhaling, Enter: de markering gaat mee; dan de herstelcode tot Enter, dan het overzicht; de code werkt")
    func eersteStart() throws {
        let map = FileManager.default.temporaryDirectory.appendingPathComponent("regie-eerste-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: map) }
        try FileManager.default.createDirectory(at: map, withIntermediateDirectories: true)
        let s = try Self.start(map)
        defer { s.sluit() }
        let begin = try s.wachtOp("Welkom bij Regie.")
        #expect(begin.contains("▸ Wachtwoord:"), "\(begin)")
        try s.typ(Self.wachtwoord)
        let sterk = try s.wachtOp("Sterkte: sterk.")
        #expect(!sterk.contains("! Sterkte") && !sterk.contains("Sterk."), "\(sterk)")
        try s.toetsen("Enter")
        let tweede = try s.wachtOp("▸ Nog een keer, ter controle:")
        #expect(tweede.contains("  Wachtwoord: ✓"), "\(tweede)")
        // The real cursor is in the second field (the line under its label).
        let regels = tweede.split(separator: "\n", omittingEmptySubsequences: false)
        let label = try #require(regels.firstIndex { $0.contains("▸ Nog een keer") })
        #expect(try s.waarde("#{cursor_y}") == String(label + 1))
        try s.typ(Self.wachtwoord)
        try s.toetsen("Enter")
        // The whole page, down to its last line (under load a capture can fall between two writes).
        let codescherm = try s.wachtTot(seconden: 30, "de herstelcode tot de laatste regel") {
            $0.contains("Uw herstelcode") && $0.contains("Enter: ik heb de herstelcode opgeschreven")
        }
        let code = try #require(codescherm.firstMatch(of: /[0-9A-Z]{4}(-[0-9A-Z]{4}){6}/), "\(codescherm)").output.0
        #expect(codescherm.contains("Enter: ik heb de herstelcode opgeschreven"))
        #expect(!codescherm.contains("Er staan nog geen huishoudens"))
        try s.toetsen("Escape")
        try s.typ("q")
        usleep(300_000)
        #expect(try s.scherm().contains("Uw herstelcode"), "alleen Enter gaat verder")
        try s.toetsen("Enter")
        try s.wachtOp("Er staan nog geen huishoudens", seconden: 30)
        try s.toetsen("d")
        try s.wachtOp("Familie De Jong-El Amrani")
        try s.toetsen("C-q")
        #expect(try s.wachtOpEinde() == 0)

        // The code on the screen sets a new passphrase; the data opens with it.
        let nieuw = "een heel ander wachtwoord"
        let herstel = try Self.regie(map, ["versleuteling", "herstel", "--wachtwoord-stdin"], invoer: "\(code)\n\(nieuw)\n")
        #expect(herstel.0 == 0, "\(herstel)")
        let lijst = try Self.regie(map, ["lijst", "--wachtwoord-stdin"], invoer: nieuw + "\n")
        #expect(lijst.0 == 0 && lijst.1.contains("Familie De Jong-El Amrani"), "\(lijst)")
    }

    @Test("sleutel.json weg: het programma zegt dat en wat te doen, maakt geen nieuwe sleutel en stopt met C-q")
    func sleutelKwijt() throws {
        let map = FileManager.default.temporaryDirectory.appendingPathComponent("regie-kwijt-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: map) }
        try FileManager.default.createDirectory(at: map, withIntermediateDirectories: true)
        let w = Self.wachtwoord + "\n"
        #expect(try Self.regie(map, ["versleuteling", "instellen", "--wachtwoord-stdin"], invoer: w).0 == 0)
        #expect(try Self.regie(map, ["demo", "--wachtwoord-stdin"], invoer: w).0 == 0)
        let sleutel = map.appendingPathComponent("data/sleutel.json")
        try FileManager.default.removeItem(at: sleutel)

        let s = try Self.start(map)
        defer { s.sluit() }
        let scherm = try s.wachtOp("De gegevens kunnen niet worden geopend.")
        #expect(scherm.contains("ontbreekt"), "\(scherm)")
        #expect(!scherm.contains("Welkom bij Regie"), "\(scherm)")
        try s.typ(Self.wachtwoord)
        try s.toetsen("Enter")
        try s.typ(Self.wachtwoord)
        try s.toetsen("Enter")
        usleep(500_000)
        #expect(try s.scherm().contains("De gegevens kunnen niet worden geopend."))
        try s.toetsen("C-q")
        #expect(try s.wachtOpEinde() == 0)
        #expect(!FileManager.default.fileExists(atPath: sleutel.path), "er is een nieuwe sleutel gemaakt")
        #expect(!FileManager.default.fileExists(atPath: map.appendingPathComponent("data/apart").path), "er is iets apart gezet")
    }
}
