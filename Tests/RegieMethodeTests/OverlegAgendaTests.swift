import Foundation
import Testing
import RegieDomain
@testable import RegieMethode

/// overleggen.yaml: the shipped agendas, and what a region can break in them.
@Suite("Agenda's van de overleggen")
struct OverlegAgendaTests {
    @Test("de meegeleverde agenda's zijn in orde, voor elke soort overleg")
    func meegeleverd() throws {
        let m = try MethodeLader.standaard()
        #expect(m.agendaproblemenVoorTest.isEmpty)
        #expect(MethodeLader.bestanden.contains("overleggen.yaml"), "regie methode kopieer neemt het bestand mee")
        for soort in OverlegSoort.allCases {
            let agenda = try #require(m.agenda(soort), "geen agenda voor \(soort)")
            #expect(agenda.stappen.allSatisfy { $0.stapsoort != nil && $0.minuten > 0 })
            #expect(agenda.stappen.last?.stapsoort == .afsluiten)
        }
        let start = try #require(m.agenda(.start))
        #expect((85...95).contains(Overlegagenda.minuten(start.stappen)), "een startoverleg duurt ongeveer anderhalf uur")
        #expect(Overlegagenda.minuten(try #require(m.agenda(.voortgang)).stappen) >= 55)
        #expect(Overlegagenda.minuten(try #require(m.agenda(.voortgang)).stappen) <= 65)
        let acties = Set(m.fasen.flatMap(\.alleActies).map(\.id))
        for agenda in m.overleggen {
            for stap in agenda.stappen { if let a = stap.faseActie { #expect(acties.contains(a), "\(stap.id): \(a)") } }
        }
    }

    @Test("startoverleg volgt fase 3b: krachten, zorgen, de vraag, het veiligheidsplan, dan doelen en het volgende overleg")
    func volgordeStart() throws {
        let stappen = try #require(try MethodeLader.standaard().agenda(.start)).stappen
        let soorten = stappen.compactMap(\.stapsoort)
        func plek(_ s: Stapsoort) throws -> Int { try #require(soorten.firstIndex(of: s), "\(s) ontbreekt") }
        #expect(try plek(.welkom) == 0)
        #expect(try plek(.krachten) < plek(.zorgen))
        #expect(try plek(.zorgen) < plek(.veiligheidsvraag))
        #expect(try plek(.veiligheidsvraag) < plek(.schaalvraag))
        #expect(try plek(.schaalvraag) < plek(.doelen))
        #expect(try plek(.doelen) < plek(.volgendOverleg))
        #expect(try plek(.volgendOverleg) < plek(.ervaring))
        #expect(try plek(.ervaring) < plek(.rondvraag))
        #expect(stappen.filter(\.alleenBijVeiligheid).map(\.stapsoort) ==
                [.veiligheidGoed, .veiligheidZorgen, .complicerendeFactoren, .schaalvraag, .veiligheidsafspraken, .doelencheckEnOndertekening])
        #expect(stappen.first { $0.stapsoort == .schaalvraag }?.faseActie == "3b.p5")
    }

    @Test("voortgangsoverleg volgt fase 5b: de veiligheid vóór krachten en zorgen")
    func volgordeVoortgang() throws {
        let soorten = try #require(try MethodeLader.standaard().agenda(.voortgang)).stappen.compactMap(\.stapsoort)
        let schaal = try #require(soorten.firstIndex(of: .schaalvraag))
        #expect(schaal < (try #require(soorten.firstIndex(of: .krachten))))
        #expect(soorten.contains(.doelenTerugblik))
    }

    @Test("een kapotte agenda wordt in het Nederlands gemeld, met bestand en stap")
    func kapot() throws {
        let nul = try problemenNa { try $0.vervang("overleggen.yaml", "      - id: krachten\n        titel: Krachten\n        minuten: 10\n",
                                                   door: "      - id: krachten\n        titel: Krachten\n        minuten: 0\n") }
        #expect(nul.count == 1, "\(nul)")
        #expect(nul.first?.bestand == "overleggen.yaml")
        #expect(nul.first?.item == "agenda 1 (startoverleg), stap \"krachten\"")
        #expect(nul.first?.probleem.contains("moet groter zijn dan 0") == true, "\(nul)")

        let soort = try problemenNa { try $0.vervang("overleggen.yaml", "        soort: rondvraag\n        fase-actie: \"3b.p9\"\n",
                                                     door: "        soort: kletsen\n        fase-actie: \"3b.p9\"\n") }
        #expect(soort.first?.probleem.hasPrefix("onbekende soort stap \"kletsen\"") == true)

        let actie = try problemenNa { try $0.vervang("overleggen.yaml", "fase-actie: \"3b.p10\"", door: "fase-actie: \"3b.p99\"") }
        #expect(actie.first?.probleem == "fase-actie \"3b.p99\" bestaat niet in fasen.yaml")

        let ontbreekt = try problemenNa { try $0.vervang("overleggen.yaml", "  - soort: extra-overleg\n", door: "  - soort: startoverleg\n") }
        #expect(ontbreekt.contains { $0.probleem == "er is geen agenda voor het extra-overleg" })
        #expect(ontbreekt.contains { $0.probleem == "er is al een agenda voor het startoverleg" })

        let veld = try problemenNa { try $0.vervang("overleggen.yaml", "        titel: Rondvraag\n        minuten: 2\n        soort: rondvraag\n        fase-actie: \"3b.p9\"\n",
                                                    door: "        titel: Rondvraag\n        soort: rondvraag\n        fase-actie: \"3b.p9\"\n") }
        #expect(veld.first?.probleem == "het veld 'minuten' ontbreekt")
        #expect(veld.first?.bestand == "overleggen.yaml")
    }

    @Test("een methodeset van vóór overleggen.yaml laadt, met de meegeleverde agenda's")
    func oudeSet() throws {
        let kopie = try Kopie()
        defer { kopie.opruimen() }
        try kopie.verwijder("overleggen.yaml")
        let m = try MethodeLader.laad(map: kopie.map)
        #expect(m.overleggen == (try MethodeLader.standaard().overleggen))
        #expect(!m.overleggen.isEmpty)
    }
}

extension Methode {
    /// The agenda findings among all problems.
    var agendaproblemenVoorTest: [MethodeProbleem] { problemen().filter { $0.bestand == "overleggen.yaml" } }
}
