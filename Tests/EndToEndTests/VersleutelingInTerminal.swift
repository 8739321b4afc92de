#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing
import TestSupport

/// Privacy in the real program, in a real (tmux) terminal: a first start asks a passphrase,
/// the program locks itself after the idle time with no name on screen, unlocking brings
/// the screen back, and nothing in the data folder can be read.
@Suite("Versleuteling en vergrendelen, in een echte terminal", .serialized)
struct VersleutelingInTerminal {
    static let wachtwoord = "paarden eten graag hooi"

    static func start(_ map: URL) throws -> TmuxSessie {
        guard let regie = gebouwdProgramma("regie") else { throw TmuxSessie.Fout("regie is niet gebouwd") }
        return try TmuxSessie([regie.path], breedte: 100, hoogte: 30, omgeving: [
            "REGIE_DATA": map.appendingPathComponent("data").path,
            "XDG_CONFIG_HOME": map.appendingPathComponent("config").path,
            "REGIE_VANDAAG": "2026-11-23", "HOME": map.path,
        ])
    }

    /// Every byte of every file below `map`, searched for `tekst`.
    static func bestandenMet(_ tekst: String, in map: URL) -> [String] {
        let zoek = Data(tekst.utf8)
        let alle = FileManager.default.enumerator(at: map, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL } ?? []
        return alle.filter { (try? Data(contentsOf: $0))?.range(of: zoek) != nil }.map(\.lastPathComponent)
    }

    @Test("eerste start met wachtwoord; na de wachttijd vergrendeld zonder namen; ontgrendelen brengt het scherm terug; de map is onleesbaar")
    func versleuteldEnVergrendeld() throws {
        let map = FileManager.default.temporaryDirectory.appendingPathComponent("regie-slot-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: map) }
        let config = map.appendingPathComponent("config/regie")
        try FileManager.default.createDirectory(at: config, withIntermediateDirectories: true)
        // Lock after three seconds without a key (0.05 minutes).
        try "vergrendelen: 0.05\nnaam: Marloes Visser\n".write(to: config.appendingPathComponent("instellingen.yaml"), atomically: true, encoding: .utf8)

        var s = try Self.start(map)
        try s.wachtOp("Welkom bij Regie.")
        try s.typ(Self.wachtwoord)
        try s.toetsen("Enter")
        try s.wachtOp("Sterkte:")
        try s.typ(Self.wachtwoord)
        try s.toetsen("Enter")
        try s.wachtOp("Uw herstelcode", seconden: 30)
        try s.toetsen("Enter")
        try s.wachtOp("Er staan nog geen huishoudens", seconden: 30)
        try s.toetsen("d")
        try s.wachtOp("Familie De Jong-El Amrani")
        try s.toetsen("Enter")
        let open = try s.wachtOp("Familie De Jong-El Amrani │")

        // Idle: the program locks itself; nothing of the household is on the screen.
        // The whole frame, not only its first rows: the lock screen replaces every line,
        // the dossier's help bar (the last row written) included.
        let slot = try s.wachtTot(seconden: 15, "het hele slotscherm") {
            $0.contains("Regie is vergrendeld.") && !$0.contains("Toevoegen aan de lijst")
        }
        for naam in ["De Jong", "Sanne", "Lindelaan", "Amrani"] { #expect(!slot.contains(naam), "\(naam) op het slotscherm") }
        try s.typ("niet het goede wachtwoord")
        try s.toetsen("Enter")
        try s.wachtOp("niet juist", seconden: 30)
        try s.typ(Self.wachtwoord)
        try s.toetsen("Enter")
        let terug = try s.wachtOp("Familie De Jong-El Amrani │", seconden: 30)
        #expect(terug.contains("Naam huishouden"))
        #expect(open.contains("Naam huishouden"))
        try s.toetsen("C-q")
        _ = try s.wachtOpEinde()
        s.sluit()

        // Nothing readable in the data folder.
        let data = map.appendingPathComponent("data")
        for naam in ["Sanne", "De Jong", "Lindelaan", "Youssef", "Marloes"] {
            #expect(Self.bestandenMet(naam, in: data).isEmpty, "\(naam) leesbaar in \(Self.bestandenMet(naam, in: data))")
        }

        // A new start asks for the passphrase before anything else.
        s = try Self.start(map)
        defer { s.sluit() }
        let begin = try s.wachtOp("Regie is vergrendeld.")
        #expect(!begin.contains("De Jong"))
        try s.typ(Self.wachtwoord)
        try s.toetsen("Enter")
        try s.wachtOp("Familie De Jong-El Amrani", seconden: 30)
        try s.toetsen("C-q")
        #expect(try s.wachtOpEinde() == 0)
    }
}
