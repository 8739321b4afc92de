import Foundation
import RegieDomain
import RegieStore
import Testing
import TestSupport

/// The method's words and events in the real program: a zorg tagged with a leefgebied (and the
/// plan saying it has no goal there), a term looked up from F1, and an escalation to the manager
/// recorded and shown in the level history.
@Suite("Leefgebied, begrippen en escalatie, in een echte terminal", .serialized)
struct NaslagEnEscalatieInTerminal {
    @Test("F2 kiest het leefgebied van een zorg, F1 b zoekt een begrip, e legt een escalatie vast")
    func naslag() throws {
        let map = FileManager.default.temporaryDirectory.appendingPathComponent("regie-naslag-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: map) }
        let config = map.appendingPathComponent("config/regie")
        try FileManager.default.createDirectory(at: config, withIntermediateDirectories: true)
        try "naam: \"Marloes Visser\"\n".write(to: config.appendingPathComponent("instellingen.yaml"), atomically: true, encoding: .utf8)
        let data = map.appendingPathComponent("data")
        // Not about encryption: the data folder runs unencrypted by explicit choice.
        try kiesOnversleuteld(data)
        let demo = Voorbeeld.demo(vandaag: Datum(jaar: 2026, maand: 12, dag: 6)!, id: "demo")
        try Opslag(map: data).voegToe(demo)

        guard let regie = gebouwdProgramma("regie") else { throw TmuxSessie.Fout("regie is niet gebouwd") }
        let s = try TmuxSessie([regie.path], breedte: 100, hoogte: 40, omgeving: [
            "REGIE_DATA": data.path, "XDG_CONFIG_HOME": map.appendingPathComponent("config").path,
            "REGIE_VANDAAG": "2026-12-06", "HOME": map.path,
        ])
        defer { s.sluit() }
        func regel(_ delen: String...) throws {
            _ = try s.wachtTot(delen.joined(separator: " … ")) { scherm in
                scherm.split(separator: "\n").contains { r in delen.allSatisfy { r.contains($0) } }
            }
        }
        _ = try s.wachtOp("Familie De Jong-El Amrani")
        try s.toetsen("Enter")
        _ = try s.wachtOp("Familie De Jong-El Amrani │")

        // Sanne's worry about the quarrels is put on Wonen: no goal is about Wonen.
        try s.toetsen("M-2", "PageDown", "PageDown")
        try regel("Op elk leefgebied met een zorg staat een doel.")
        try s.toetsen("Down", "F2")
        _ = try s.wachtOp("Leefgebied van zorg 1")
        try s.toetsen("3")
        try regel("Sanne de Jong:", "[Wonen]")
        try regel("! Zorg zonder doel op: Wonen.")

        // F1, then b: the terms of the method; typing looks one up.
        try s.toetsen("F1")
        try s.toetsen("b")
        _ = try s.wachtOp("Begrippen en afkortingen")
        try s.typ("PGA")
        try regel("Zoeken: PGA")
        try regel("PGA-expert")
        var scherm = try s.scherm()
        #expect(!scherm.contains("Driehoek"), "\(scherm)")
        try s.toetsen("Escape")
        _ = try s.wachtTot("de begrippen dicht") { !$0.contains("Begrippen en afkortingen") }

        // An escalation to the manager; the level stays, the history shows it.
        try s.toetsen("M-5", "e")
        _ = try s.wachtOp("Escalatie vastleggen")
        try s.toetsen("Enter")
        try s.typ("Petra Smit")
        try s.toetsen("Enter")
        try s.typ("De samenwerking loopt vast.")
        try s.toetsen("Enter")
        _ = try s.wachtOp("(aan: Petra Smit) vastgelegd")
        try s.toetsen("Tab", "Tab", "Tab")
        try regel("[ Geschiedenis ]")
        try regel("06-12-2026  escalatie naar de manager van de betrokken professional (aan: Petra Smit)")
        scherm = try s.scherm()
        #expect(scherm.contains("Reden: De samenwerking loopt vast."), "\(scherm)")
        #expect(scherm.contains("Regiekaart · huidig niveau 3"), "\(scherm)")
        try s.toetsen("C-q")
        _ = try s.wachtOpEinde()

        let d = try Opslag(map: data).laad("demo").dossier
        #expect(d.plan.zorgen[0].leefgebied == "wonen")
        #expect(d.proces.escalaties.map(\.reden) == ["De samenwerking loopt vast."])
        #expect(d.proces.niveau == 3)
    }
}
