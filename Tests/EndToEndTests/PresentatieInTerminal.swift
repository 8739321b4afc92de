import Foundation
import Testing
import TestSupport

/// Presenting on a projector with the real program: a stray key does not change the
/// dossier; editing a field on purpose does.
@Suite("Presentatie, in een echte terminal", .serialized)
struct PresentatieInTerminal {
    @Test("tijdens de presentatie verandert /x niets; na Enter op het veld wel, en Esc maakt het weer alleen lezen")
    func alleenLezenTotBewerken() throws {
        let map = FileManager.default.temporaryDirectory.appendingPathComponent("regie-presentatie-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: map) }
        try FileManager.default.createDirectory(at: map.appendingPathComponent("config"), withIntermediateDirectories: true)
        // Not about encryption: the data folder runs unencrypted by explicit choice.
        try kiesOnversleuteld(map.appendingPathComponent("data"))
        try StartoverlegTests.regie(["demo"], map)

        guard let regie = gebouwdProgramma("regie") else { throw TmuxSessie.Fout("regie is niet gebouwd") }
        let s = try TmuxSessie([regie.path, "--presentatie", "Familie De"], breedte: 100, hoogte: 30, omgeving: [
            "REGIE_DATA": map.appendingPathComponent("data").path,
            "XDG_CONFIG_HOME": map.appendingPathComponent("config").path,
            "REGIE_VANDAAG": StartoverlegTests.vandaag, "HOME": map.path,
        ])
        defer { s.sluit() }

        try s.wachtOp("Presentatie aan")
        try s.typ("/x")
        let geweigerd = try s.wachtOp("Alleen lezen tijdens de presentatie: Enter op een veld om het te bewerken.")
        #expect(geweigerd.contains("Familie De Jong-El Amrani │"), "\(geweigerd)")
        #expect(!geweigerd.contains("Amrani/"), "\(geweigerd)")

        try s.toetsen("Enter")
        try s.wachtOp("Bewerken: Naam huishouden · Esc: klaar")
        try s.toetsen("End")
        try s.typ("/x")
        try s.wachtOp("Familie De Jong-El Amrani/x │")
        try s.toetsen("Escape")
        try s.wachtOp("Alleen lezen · Enter: veld bewerken")
        try s.typ("y")
        try s.wachtOp("Alleen lezen tijdens de presentatie")
        #expect(!(try s.scherm()).contains("Amrani/xy"))

        try s.toetsen("C-q")
        try s.wachtOp("__EXIT__=0")
        let lijst = try StartoverlegTests.regie(["lijst"], map)
        #expect(lijst.contains("Familie De Jong-El Amrani/x"), "\(lijst)")
        #expect(!lijst.contains("Amrani/xy"), "\(lijst)")
    }
}
