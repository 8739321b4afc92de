import Foundation
import Testing
@testable import RegieDomain
import RegieMethode

/// Scaling answers with their date and overleg as a history, escalations as events, and the
/// first level from the situatie descriptors.
@Suite("Regiekaart: antwoorden, escalaties en het eerste niveau")
struct RegiekaartGeschiedenisTests {
    // MARK: Answers as a history

    @Test("een proces van vóór de datums laadt zijn antwoorden als geschiedenis zonder datum; geen escalaties")
    func oudeAntwoorden() throws {
        let json = #"""
        { "afgevinkt" : [], "fase" : "4", "meldcode" : [], "niveau" : 3, "startcriteria" : [],
          "niveaugeschiedenis" : [ { "criteria" : [], "datum" : "2025-06-12", "door" : "Rita", "naar" : 3, "reden" : "Ruzies.", "van" : 2 } ],
          "schaalantwoorden" : { "n3.op.1.b" : "nee", "n3.op.1.a" : "ja" } }
        """#
        let p = try JSONDecoder().decode(Processtatus.self, from: Data(json.utf8))
        #expect(p.schaalgeschiedenis == [
            Schaalantwoord(vraag: "n3.op.1.a", antwoord: .ja, datum: nil),
            Schaalantwoord(vraag: "n3.op.1.b", antwoord: .nee, datum: nil),
        ])
        #expect(p.schaalantwoorden == ["n3.op.1.a": .ja, "n3.op.1.b": .nee])
        #expect(p.escalaties.isEmpty)
        #expect(p.niveaugeschiedenis.first?.overleg == nil && p.niveaugeschiedenis.first?.situatie == nil)
    }

    @Test("het laatste antwoord telt; eerdere blijven, de nieuwste eerst; hetzelfde antwoord op dezelfde dag telt één keer")
    func geschiedenis() {
        var p = Processtatus(niveau: 3)
        p.beantwoordSchaalvraag("n3.op.1.a", .nee, datum: dag(-14), door: "Rita", overleg: "o1")
        p.beantwoordSchaalvraag("n3.op.1.a", .ja, datum: dag(0), door: "Fatima")
        p.beantwoordSchaalvraag("n3.op.1.a", .ja, datum: dag(0), door: "Fatima")
        p.beantwoordSchaalvraag("n3.op.1.b", nil, datum: dag(0), door: "Fatima")
        #expect(p.schaalantwoorden == ["n3.op.1.a": .ja])
        #expect(p.laatsteSchaalantwoord("n3.op.1.a") == Schaalantwoord(vraag: "n3.op.1.a", antwoord: .ja, datum: dag(0), door: "Fatima"))
        #expect(p.eerdereSchaalantwoorden("n3.op.1.a") == [
            Schaalantwoord(vraag: "n3.op.1.a", antwoord: .nee, datum: dag(-14), door: "Rita", overleg: "o1"),
        ])
        #expect(p.schaalgeschiedenis.count == 2, "een vraag die nooit beantwoord is, onbekend maken legt niets vast")
        p.beantwoordSchaalvraag("n3.op.1.a", nil, datum: dag(1), door: "Fatima")
        #expect(p.schaalantwoorden.isEmpty)
        #expect(p.eerdereSchaalantwoorden("n3.op.1.a").map(\.antwoord) == [.ja, .nee])
    }

    @Test("antwoorden zonder datum (uit een oud bestand) tellen; een nieuw antwoord telt daarna")
    func ongedateerd() {
        var p = Processtatus(schaalantwoorden: ["a": .ja, "b": .nee])
        #expect(p.schaalgeschiedenis == [Schaalantwoord(vraag: "a", antwoord: .ja, datum: nil), Schaalantwoord(vraag: "b", antwoord: .nee, datum: nil)])
        p.beantwoordSchaalvraag("a", nil, datum: dag(1), door: "Fatima")
        #expect(p.schaalantwoorden == ["b": .nee])
        #expect(p.schaalgeschiedenis.count == 3)
    }

    @Test("bewaren en lezen houdt de geschiedenis, de escalaties en het overleg; de laatste antwoorden staan er ook los in")
    func heenEnWeer() throws {
        var p = Processtatus(niveau: 4)
        p.beantwoordSchaalvraag("n4.op.1.a", .ja, datum: dag(0), door: "Rita", overleg: "o2")
        p.escalaties = [Escalatie(datum: dag(0), naar: "PGA-expert", aan: "Jan", reden: "Drang nodig", door: "Rita", niveau: 4, overleg: "o2")]
        p.niveaugeschiedenis = [Niveauwijziging(datum: dag(-1), van: nil, naar: 4, reden: "Overlast", door: "Rita", overleg: "o1",
                                                situatie: [Situatiekeuze(aspect: .draagkracht, tekst: "Helemaal uit balans.", niveaus: [3, 4, 5])])]
        let data = try JSONEncoder().encode(p)
        #expect(try JSONDecoder().decode(Processtatus.self, from: data) == p)
        let los = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        #expect((los?["schaalantwoorden"] as? [String: String]) == ["n4.op.1.a": "ja"], "een oudere Regie leest de laatste antwoorden")
    }

    // MARK: Escalations

    @Test("de regiekaart biedt per niveau zijn escalaties: de manager overal, de PGA-expert op 4, de burgemeester op 4 en 5")
    func escalatiesPerNiveau() throws {
        let kaart = try standaardMethode().regiekaart
        #expect(kaart.escalaties(bij: 1).map(\.id) == ["manager"])
        #expect(kaart.escalaties(bij: 3).map(\.id) == ["manager"])
        #expect(kaart.escalaties(bij: 4).map(\.id) == ["manager", "PGA-expert", "burgemeester"])
        #expect(kaart.escalaties(bij: 5).map(\.id) == ["manager", "burgemeester"])
        #expect(kaart.escalaties(bij: nil).isEmpty)
        // Every escalation a criterion names up is one the regiekaart describes, at that level.
        for n in kaart.niveaus {
            for c in n.opschalen {
                guard let e = c.naar.escalatie else { continue }
                #expect(kaart.escalaties(bij: n.niveau).contains { $0.id == e }, "\(c.id) → \(e)")
            }
        }
    }

    @Test("wijzigingen en escalaties samen in de tijd; op één dag eerst de wijziging")
    func verloop() {
        var p = Processtatus(niveau: 4)
        let w1 = Niveauwijziging(datum: dag(-10), van: 3, naar: 4, reden: "a", door: "R")
        let w2 = Niveauwijziging(datum: dag(0), van: 4, naar: 4, reden: "b", door: "R")
        let e1 = Escalatie(datum: dag(-5), naar: "manager", reden: "c", door: "R", niveau: 4)
        let e2 = Escalatie(datum: dag(0), naar: "burgemeester", reden: "d", door: "R", niveau: 4)
        p.niveaugeschiedenis = [w1, w2]
        p.escalaties = [e1, e2]
        #expect(p.niveauverloop == [.wijziging(w1), .escalatie(e1), .wijziging(w2), .escalatie(e2)])
    }

    @Test("een nieuwe escalatie staat in de vergelijking van twee versies")
    func vergelijking() throws {
        let m = try standaardMethode()
        let oud = Proef.dossier()
        var nieuw = oud
        nieuw.proces.escalaties = [Escalatie(datum: dag(0), naar: "manager", reden: "De samenwerking loopt vast", door: "Rita", niveau: 2)]
        let tekst = Versievergelijking.vergelijk(oud: oud, nieuw: nieuw, vandaag: dag(0), methode: m).flatMap(\.teksten)
        #expect(tekst.contains("Geëscaleerd naar de manager van de betrokken professional op \(dag(0).tekst), door Rita: De samenwerking loopt vast."),
                "\(tekst)")
    }

    // MARK: The first level

    @Test("de vragen: elke beschrijving één keer, met de niveaus die zij beschrijft")
    func opties() throws {
        let kaart = try standaardMethode().regiekaart
        let draagkracht = kaart.situatieopties(.draagkracht)
        #expect(draagkracht.map(\.niveaus) == [[1], [2], [3, 4, 5]])
        #expect(draagkracht.map(\.tekst) == ["In balans.", "Deels of helemaal uit balans.", "Helemaal uit balans."])
        #expect(kaart.situatieopties(.zelfredzaamheid).map(\.niveaus) == [[1], [2], [3, 4], [5]])
        #expect(kaart.situatieopties(.zorgen).map(\.niveaus) == [[1], [2], [3], [4], [5]])
    }

    func keuze(_ kaart: Regiekaart, _ a: Situatieaspect, _ niveau: Int) -> Situatiekeuze {
        kaart.situatieopties(a).first { $0.niveaus.contains(niveau) }!
    }

    @Test("de beschrijvingen van niveau 3: voorstel 3, met per vraag waarom")
    func niveauDrie() throws {
        let kaart = try standaardMethode().regiekaart
        let keuzes = Situatieaspect.allCases.map { keuze(kaart, $0, 3) }
        let v = try #require(kaart.eersteNiveau(keuzes))
        #expect(v.niveau == 3)
        #expect(v.mogelijk == [3])
        #expect(v.redenen == [
            "Draagkracht: helemaal uit balans (past bij niveau 3, 4 en 5).",
            "Zelfredzaamheid: niet zelfredzaam, of er zijn acute problemen (past bij niveau 3 en 4).",
            "Zorgen: meervoudig of complex, met (dreigende) onveiligheid voor een persoon of voor leden van het huishouden (past bij niveau 3).",
            "Hulp: problemen behandelen, de veiligheid herstellen en de schade herstellen die al is ontstaan (past bij niveau 3).",
            "Niveau 3 past bij alle 4 beschrijvingen.",
        ])
    }

    @Test("gelijk aantal: het hoogste niveau; een deel beantwoord is genoeg; niets beantwoord geeft geen voorstel")
    func deels() throws {
        let kaart = try standaardMethode().regiekaart
        let v = try #require(kaart.eersteNiveau([keuze(kaart, .draagkracht, 2), keuze(kaart, .hulp, 1)]))
        #expect(v.niveau == 2)
        #expect(v.mogelijk == [1, 2])
        #expect(v.redenen.last == "Niveau 2 past bij 1 van de 2 beschrijvingen (net als niveau 1; bij twijfel het hoogste).")
        let twee = try #require(kaart.eersteNiveau([keuze(kaart, .draagkracht, 2), keuze(kaart, .zelfredzaamheid, 2), keuze(kaart, .zorgen, 2),
                                                   keuze(kaart, .hulp, 1)]))
        #expect(twee.niveau == 2 && twee.mogelijk == [2])
        #expect(kaart.eersteNiveau([]) == nil)
    }

    @Test("signalen van onveiligheid tillen een voorstel van 1 naar 3, met de ladder als reden")
    func veiligheid() throws {
        let kaart = try standaardMethode().regiekaart
        let keuzes = Situatieaspect.allCases.map { keuze(kaart, $0, 1) }
        #expect(kaart.eersteNiveau(keuzes)?.niveau == 1)
        let v = try #require(kaart.eersteNiveau(keuzes, veiligheid: ["bij fase 1 is ja gezegd"]))
        #expect(v.niveau == 3)
        #expect(v.redenen.last == "Ladder naar niveau 3: signalen van onveiligheid of een onveilige situatie (bij fase 1 is ja gezegd).")
        #expect(kaart.eersteNiveau([], veiligheid: ["zorgen in het plan"])?.niveau == 3, "ook zonder antwoorden")
        let vier = Situatieaspect.allCases.map { keuze(kaart, $0, 4) }
        #expect(kaart.eersteNiveau(vier, veiligheid: ["zorgen"])?.niveau == 4, "hoger dan 3 blijft staan")
    }
}
