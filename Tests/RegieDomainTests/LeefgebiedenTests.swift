import Foundation
import Testing
@testable import RegieDomain
import RegieMethode

/// Krachten, zorgen and goals tagged with a leefgebied; which leefgebieden have a zorg but no
/// goal; files from before the tag.
@Suite("Leefgebieden in het ondersteuningsplan")
struct LeefgebiedenPlanTests {
    func zorg(_ id: String, _ leefgebied: String?) -> Uitspraak {
        Uitspraak(id: id, spreker: Proef.huisarts, citaat: "Zorg \(id).", leefgebied: leefgebied)
    }

    @Test("een leefgebied met een zorg en zonder doel telt; een zonder zorg, een met doel of een kracht alleen niet")
    func zorgZonderDoel() throws {
        let m = try standaardMethode()
        var plan = Ondersteuningsplan(
            krachten: [Uitspraak(spreker: Proef.moeder, citaat: "Ik werk graag.", leefgebied: "werk-inkomen-financien")],
            zorgen: [zorg("z1", "onderwijs"), zorg("z2", "wonen"), zorg("z3", nil), zorg("z4", "wonen"), zorg("z5", "gezondheid")],
            doelen: [Doel(omschrijving: "Bram gaat elke dag naar school.", leefgebied: "onderwijs"), Doel(omschrijving: "Zonder leefgebied.")])
        // In the method's order (wonen before gezondheid), each once.
        #expect(plan.leefgebiedenMetZorgZonderDoel(m.leefgebieden).map(\.id) == ["wonen", "gezondheid"])
        plan.doelen[1].leefgebied = "gezondheid"
        #expect(plan.leefgebiedenMetZorgZonderDoel(m.leefgebieden).map(\.id) == ["wonen"])
        // A goal that is reached still answers the zorg; an id the method does not have is left out.
        plan.doelen.append(Doel(omschrijving: "Er is een huis.", status: .bereikt, leefgebied: "wonen"))
        plan.zorgen.append(zorg("z6", "geschrapt"))
        #expect(plan.leefgebiedenMetZorgZonderDoel(m.leefgebieden).isEmpty)
    }

    @Test("plancheck: een tip per leefgebied met een zorg en zonder doel, naar de eerste zorg daar")
    func plancheckTip() throws {
        let m = try standaardMethode()
        var d = Proef.dossier()
        d.plan.zorgen = [zorg("z1", "wonen"), zorg("z2", "wonen"), zorg("z3", "onderwijs")]
        d.plan.doelen[0].leefgebied = "onderwijs"
        let tips = d.planCheck(m, vandaag: vandaag).filter { $0.regel == .leefgebiedZorgZonderDoel }
        #expect(tips == [Bevinding(.leefgebiedZorgZonderDoel, .zorg("z1"),
                                   "Op het leefgebied Wonen staan 2 zorgen, maar geen doel. Maak er een doel voor, of geef het doel dat erover gaat dit leefgebied.")])
        #expect(tips.first?.ernst == .hint)
        d.plan.zorgen.remove(at: 1)
        #expect(d.planCheck(m, vandaag: vandaag).first { $0.regel == .leefgebiedZorgZonderDoel }?.melding
                == "Op het leefgebied Wonen staat een zorg, maar geen doel. Maak er een doel voor, of geef het doel dat erover gaat dit leefgebied.")
        d.plan.doelen.append(Doel(id: "d2", omschrijving: "Het gezin woont in een huis waar iedereen een eigen bed heeft.", leefgebied: "wonen"))
        #expect(!d.planCheck(m, vandaag: vandaag).contains { $0.regel == .leefgebiedZorgZonderDoel })
    }

    @Test("een dossier van vóór de leefgebieden laadt zonder leefgebied, en schrijft er geen bij")
    func oudDossier() throws {
        #expect(!OudFormaatTests.oud.contains("leefgebied"), "de fixture is van vóór")
        let d = try JSONDecoder().decode(Dossier.self, from: Data(OudFormaatTests.oud.utf8))
        #expect(!d.plan.krachten.isEmpty && !d.plan.zorgen.isEmpty && !d.plan.doelen.isEmpty)
        #expect(d.plan.krachten.allSatisfy { $0.leefgebied == nil })
        #expect(d.plan.zorgen.allSatisfy { $0.leefgebied == nil })
        #expect(d.plan.doelen.allSatisfy { $0.leefgebied == nil })
        #expect(d.plan.leefgebiedenMetZorgZonderDoel(try standaardMethode().leefgebieden).isEmpty)
        #expect(!String(decoding: try JSONEncoder().encode(d), as: UTF8.self).contains("leefgebied"))
    }

    @Test("de vergelijking van versies noemt een ander leefgebied bij een zorg en bij een doel")
    func versies() throws {
        let m = try standaardMethode()
        let oud = Proef.dossier()
        var nieuw = oud
        nieuw.plan.zorgen[0].leefgebied = "gezondheid"
        nieuw.plan.doelen[0].leefgebied = "gezondheid"
        let tekst = Versievergelijking.tekst(Versievergelijking.vergelijk(oud: oud, nieuw: nieuw, vandaag: vandaag, methode: m))
        #expect(tekst == [
            "Zorgen aangepast",
            "  Zorg van Dr. Huis ‘Anna slaapt slecht.’ gewijzigd: leefgebied ‘geen’ → ‘(Geestelijke) gezondheidszorg’.",
            "",
            "Doelen",
            "  Doel ‘Anna slaapt elke nacht zeven uur.’: leefgebied ‘geen’ → ‘(Geestelijke) gezondheidszorg’.",
        ])
        // Without the method, the id.
        let zonder = Versievergelijking.tekst(Versievergelijking.vergelijk(oud: oud, nieuw: nieuw, vandaag: vandaag))
        #expect(zonder.last == "  Doel ‘Anna slaapt elke nacht zeven uur.’: leefgebied ‘geen’ → ‘gezondheid’.")
    }

    @Test("een leefgebied gaat heen en terug in het bestand")
    func heenEnTerug() throws {
        var d = Proef.dossier()
        d.plan.krachten[0].leefgebied = "jeugdhulp"
        d.plan.zorgen[0].leefgebied = "gezondheid"
        d.plan.doelen[0].leefgebied = "gezondheid"
        let data = try JSONEncoder().encode(d)
        #expect(String(decoding: data, as: UTF8.self).contains("\"leefgebied\":\"jeugdhulp\""))
        #expect(try JSONDecoder().decode(Dossier.self, from: data) == d)
    }
}
