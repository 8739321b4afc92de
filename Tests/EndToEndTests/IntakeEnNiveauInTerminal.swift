import Foundation
import RegieDomain
import RegieStore
import Testing
import TestSupport

/// The intake in the real program: the start criteria answered with the reason regie started,
/// a Verwijsindex signal recorded with its criterion (and the overleg after the match flagged
/// when it is late), and the level suggestion jumping from 1 to 3 once violence is reported.
@Suite("Intake, Verwijsindex en het niveauvoorstel, in een echte terminal", .serialized)
struct IntakeEnNiveauInTerminal {
    /// A household at level 1 in phase 2, with nothing about safety in its plan.
    static func aanmelding() -> Dossier {
        Dossier(
            id: "smit", naam: "Familie Smit", aangemaakt: Datum(jaar: 2027, maand: 1, dag: 4)!,
            gezinsleden: [Gezinslid(id: "eva", naam: "Eva Smit", rolInGezin: "moeder"),
                          Gezinslid(id: "daan", naam: "Daan Smit", geboortedatum: Datum(jaar: 2012, maand: 5, dag: 1),
                                    rolInGezin: "zoon")],
            regisseurs: [Regisseur(id: "marloes", naam: "Marloes Visser", rol: .proces)],
            toestemmingDelen: .ja,
            plan: Ondersteuningsplan(aanleiding: "Eva vraagt hulp bij de schulden."),
            proces: Processtatus(fase: "2", niveau: 1, niveaugeschiedenis: [
                Niveauwijziging(datum: Datum(jaar: 2027, maand: 1, dag: 4)!, van: nil, naar: 1,
                                reden: "Alleen geldzorgen.", door: "Marloes Visser"),
            ])
        )
    }

    @Test("startcriteria en reden, een signaal met criterium, en na geweld een voorstel van 1 naar 3")
    func intake() throws {
        let map = FileManager.default.temporaryDirectory.appendingPathComponent("regie-intake-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: map) }
        let config = map.appendingPathComponent("config/regie")
        try FileManager.default.createDirectory(at: config, withIntermediateDirectories: true)
        try "naam: \"Marloes Visser\"\n".write(to: config.appendingPathComponent("instellingen.yaml"), atomically: true, encoding: .utf8)
        let data = map.appendingPathComponent("data")
        // Not about encryption: the data folder runs unencrypted by explicit choice.
        try kiesOnversleuteld(data)
        try Opslag(map: data).voegToe(Self.aanmelding())

        guard let regie = gebouwdProgramma("regie") else { throw TmuxSessie.Fout("regie is niet gebouwd") }
        let s = try TmuxSessie([regie.path], breedte: 100, hoogte: 45, omgeving: [
            "REGIE_DATA": data.path, "XDG_CONFIG_HOME": map.appendingPathComponent("config").path,
            "REGIE_VANDAAG": "2027-01-18", "HOME": map.path,
        ])
        defer { s.sluit() }
        func regel(_ delen: String...) throws {
            _ = try s.wachtTot(delen.joined(separator: " … ")) { scherm in
                scherm.split(separator: "\n").contains { r in delen.allSatisfy { r.contains($0) } }
            }
        }
        _ = try s.wachtOp("Familie Smit")
        try s.toetsen("Enter")
        _ = try s.wachtOp("Familie Smit │")

        // Before anything about safety, level 1 is not proposed to go up to 3.
        try s.toetsen("M-5", "Tab", "Tab")
        var scherm = try s.wachtOp("[ Voorstel ]")
        #expect(!scherm.contains("opschalen naar niveau 3"), "\(scherm)")

        // The start criteria, one by one, and in the regisseur's words why regie started.
        try s.toetsen("M-1")
        _ = try s.wachtOp("[ Huishouden ]")
        for _ in 0..<5 { try s.toetsen("PageDown") }
        _ = try s.wachtOp("0 van 9 beantwoord.")
        try s.toetsen("Right")
        _ = try s.wachtOp("1 van 9 beantwoord.")
        try s.toetsen("Down", "Right", "Right")
        _ = try s.wachtOp("2 van 9 beantwoord.")
        try s.toetsen("Down", "Down", "Right")
        _ = try s.wachtOp("3 van 9 beantwoord.")
        for _ in 0..<6 { try s.toetsen("Down") }
        try s.typ("School meldt dat Daan niet meer komt.")
        try s.toetsen("Up")
        try regel("Waarom regie", "School meldt dat Daan niet meer komt.")
        scherm = try s.scherm()
        #expect(scherm.contains("Geldt dit?             geldt niet"), "\(scherm)")

        // A Verwijsindex signal for Daan: its criterion, the date, who was told, the match.
        for _ in 0..<4 { try s.toetsen("PageUp") }
        _ = try s.wachtOp("[ Gezinsleden ]")
        try s.toetsen("Down", "Down", "Enter")
        _ = try s.wachtOp("Gezinsleden › Daan Smit")
        try s.toetsen("Insert")
        _ = try s.wachtOp("(risico nog niet ge")
        try s.toetsen("Right")
        try regel("Risico", "[ v1 ]")
        try s.toetsen("Down", "C-u")
        try s.typ("06-01-2027")
        try s.toetsen("Down", "Right", "Down", "Right", "Down", "C-u")
        try s.typ("07-01-2027")
        // Up leaves the date field: the date is taken, and the overleg field (not focused)
        // says by when the overleg must be.
        try s.toetsen("Up")
        try regel("Risico", "v1 · De jeugdige krijgt te maken met")
        try regel("Datum overleg", "nog niet; uiterlijk 14-01-2027")
        try s.toetsen("Escape")
        try regel("• v1 · 06-01-2027 · match 07-01-2027")

        // The overleg after the match was due on the 14th: the plan check says so.
        try s.toetsen("M-6")
        try regel("Gezinslid Daan Smit", "Na de match van 07-01-2027")
        scherm = try s.scherm()
        #expect(scherm.contains("uiterlijk 14-01-2027 (binnen vijf werkdagen)"), "\(scherm)")

        // Daan tells of violence at home: the answer at the intake's safety question.
        try s.toetsen("M-4")
        _ = try s.wachtOp("Fase 2 · Intake")
        try s.toetsen("v")
        _ = try s.wachtOp("Signalen van onveiligheid")
        try s.typ("j")
        try s.toetsen("Enter")
        try s.typ("Daan vertelt over geweld thuis.")
        try s.toetsen("Enter")
        _ = try s.wachtOp("Signalen van onveiligheid vastgelegd bij fase 2")

        // The suggestion climbs the ladder from 1 straight to 3, and says why.
        try s.toetsen("M-5")
        scherm = try s.wachtOp("Voorstel: opschalen naar niveau 3")
        #expect(scherm.contains("Ladder naar niveau 3"), "\(scherm)")
        try regel("18-01-2027 ja gezegd op de vraag naar signalen van onveiligheid")
        try s.toetsen("w")
        try regel("3  Niveau 3: onveilig (voorstel)")
        try s.toetsen("Enter")
        _ = try s.wachtOp("Reden voor niveau 3")
        try s.typ("Geweld thuis gemeld.")
        try s.toetsen("Enter")
        _ = try s.wachtOp("Niveau gewijzigd van 1 naar 3")
        try s.toetsen("C-q")
        _ = try s.wachtOpEinde()

        // Everything is in the file.
        let d = try Opslag(map: data).laad("smit").dossier
        #expect(d.proces.startcriteria == ["s1", "s4"])
        #expect(d.proces.startcriteriaNiet == ["s2"])
        #expect(d.proces.startreden == "School meldt dat Daan niet meer komt.")
        let signaal = try #require(d.gezinsleden[1].verwijsindexSignalen.first)
        #expect(signaal.criterium == "v1")
        #expect(signaal.datum == Datum(jaar: 2027, maand: 1, dag: 6))
        #expect(signaal.jeugdigeGeinformeerd == .ja)
        #expect(signaal.vertegenwoordigerGeinformeerd == .ja)
        #expect(signaal.matchdatum == Datum(jaar: 2027, maand: 1, dag: 7))
        #expect(d.proces.veiligheidsvragen.map(\.antwoord) == [.ja])
        #expect(d.proces.niveau == 3)
        #expect(d.proces.niveaugeschiedenis.last?.reden == "Geweld thuis gemeld.")
    }
}
