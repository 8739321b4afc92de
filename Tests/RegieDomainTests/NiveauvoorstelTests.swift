import Foundation
import Testing
@testable import RegieDomain
import RegieMethode

@Suite("Niveauvoorstel")
struct NiveauvoorstelTests {
    /// Level 2 with: op.a (two conditions) to 3, op.b to 4 or 5, op.esc to the manager only,
    /// af.a to 1. Level 4 with two afschaal criteria, to 1–3 and to 2.
    let kaart = Regiekaart(niveaus: [
        proefNiveau(1),
        proefNiveau(2,
                    op: [criterium("op.a", ["a1", "a2"], naar: [3]),
                         criterium("op.b", ["b1"], naar: [5, 4], toelichting: "Niveau 5 bij onrust"),
                         criterium("op.esc", ["e1"], naar: [], escalatie: "manager")],
                    af: [criterium("af.a", ["f1"], naar: [1])]),
        proefNiveau(3),
        proefNiveau(4, af: [criterium("af.breed", ["g1"], naar: [1, 2, 3]),
                            criterium("af.twee", ["h1"], naar: [2]),
                            criterium("af.esc", ["x1"], naar: [], escalatie: "uitvoering")]),
        proefNiveau(5),
    ])

    @Test func nietsGeldtDanBlijven() {
        for antwoorden in [[:], ["a1": JaNee.nee, "b1": .nee, "f1": .nee, "e1": .nee]] {
            let v = kaart.voorstel(huidig: 2, antwoorden: antwoorden)
            #expect(v.richting == .blijven)
            #expect(v.niveau == 2)
            #expect(v.mogelijk == [2])
            #expect(v.criteria == [])
            #expect(v.escalaties == [])
            #expect(v.redenen.count == 1)
            #expect(v.redenen.first?.contains("blijf op niveau 2") == true)
        }
    }

    @Test func deelsBeantwoordCriteriumGeldtNiet() {
        for antwoorden in [ja("a1"), ["a1": .ja, "a2": .nee], ["a2": .ja]] {
            let v = kaart.voorstel(huidig: 2, antwoorden: antwoorden)
            #expect(v.richting == .blijven)
            #expect(v.niveau == 2)
            #expect(v.criteria == [])
        }
        #expect(!Regiekaart.geldt(criterium("c", ["a1", "a2"], naar: [3]), antwoorden: ja("a1")))
        #expect(Regiekaart.geldt(criterium("c", ["a1", "a2"], naar: [3]), antwoorden: ja("a1", "a2")))
    }

    @Test func criteriumZonderVoorwaardenGeldtNooit() {
        #expect(!Regiekaart.geldt(criterium("leeg", [], naar: [3]), antwoorden: [:]))
        #expect(!Regiekaart.geldt(criterium("leeg", [], naar: [3]), antwoorden: ja("a1")))
    }

    @Test func opschalen() {
        let v = kaart.voorstel(huidig: 2, antwoorden: ja("a1", "a2"))
        #expect(v.richting == .opschalen)
        #expect(v.niveau == 3)
        #expect(v.mogelijk == [3])
        #expect(v.criteria == ["op.a"])
        #expect(v.escalaties == [])
        #expect(v.redenen == ["Opschalen naar niveau 3, want: voorwaarde a1; voorwaarde a2."])
    }

    @Test func opschalenMetMeerdereDoelen() {
        let v = kaart.voorstel(huidig: 2, antwoorden: ja("b1"))
        #expect(v.richting == .opschalen)
        #expect(v.niveau == 4)             // the lowest target of the criterion
        #expect(v.mogelijk == [4, 5])
        #expect(v.criteria == ["op.b"])
        #expect(v.redenen.first?.hasPrefix("Opschalen naar niveau 4 of 5 (Niveau 5 bij onrust), want:") == true)
    }

    @Test func meerdereOpschaalcriteriaHoogsteVanDeLaagste() {
        let v = kaart.voorstel(huidig: 2, antwoorden: ja("a1", "a2", "b1"))
        #expect(v.richting == .opschalen)
        #expect(v.niveau == 4)
        #expect(v.mogelijk == [3, 4, 5])
        #expect(v.criteria == ["op.a", "op.b"])
        #expect(v.redenen.count == 2)
    }

    @Test func opschalenGaatVoorAfschalen() {
        let v = kaart.voorstel(huidig: 2, antwoorden: ja("a1", "a2", "f1"))
        #expect(v.richting == .opschalen)
        #expect(v.niveau == 3)
        #expect(v.mogelijk == [3])
        #expect(v.criteria == ["op.a"])
    }

    @Test func afschalen() {
        let v = kaart.voorstel(huidig: 2, antwoorden: ja("f1"))
        #expect(v.richting == .afschalen)
        #expect(v.niveau == 1)
        #expect(v.mogelijk == [1])
        #expect(v.criteria == ["af.a"])
        #expect(v.redenen.first?.hasPrefix("Afschalen naar niveau 1") == true)
    }

    @Test func afschalenMetDeKleinsteStap() {
        let breed = kaart.voorstel(huidig: 4, antwoorden: ja("g1"))
        #expect(breed.richting == .afschalen)
        #expect(breed.niveau == 3)
        #expect(breed.mogelijk == [1, 2, 3])
        let twee = kaart.voorstel(huidig: 4, antwoorden: ja("h1"))
        #expect(twee.niveau == 2)
        let beide = kaart.voorstel(huidig: 4, antwoorden: ja("g1", "h1"))
        #expect(beide.richting == .afschalen)
        #expect(beide.niveau == 3)
        #expect(beide.mogelijk == [1, 2, 3])
        #expect(beide.criteria == ["af.breed", "af.twee"])
    }

    @Test func alleenEscalatieVeranderdGeenNiveau() {
        let v = kaart.voorstel(huidig: 2, antwoorden: ja("e1"))
        #expect(v.richting == .blijven)
        #expect(v.niveau == 2)
        #expect(v.mogelijk == [2])
        #expect(v.escalaties == ["manager"])
        #expect(v.criteria == ["op.esc"])
        #expect(v.redenen.count == 1)
        #expect(v.redenen.first?.hasPrefix("Opschalen naar manager") == true)
    }

    @Test func escalatieNaastOpschalenWordtGemeld() {
        let v = kaart.voorstel(huidig: 2, antwoorden: ja("e1", "a1", "a2"))
        #expect(v.richting == .opschalen)
        #expect(v.niveau == 3)
        #expect(v.escalaties == ["manager"])
        #expect(Set(v.criteria) == ["op.a", "op.esc"])
    }

    @Test func escalatieNaastAfschalen() {
        let v = kaart.voorstel(huidig: 4, antwoorden: ja("x1", "h1"))
        #expect(v.richting == .afschalen)
        #expect(v.niveau == 2)
        #expect(v.escalaties == ["uitvoering"])
    }

    @Test func antwoordenVanAndereNiveausTellenNiet() {
        // g1 belongs to level 4; on level 2 it means nothing.
        let v = kaart.voorstel(huidig: 2, antwoorden: ja("g1", "h1"))
        #expect(v.richting == .blijven)
        #expect(v.niveau == 2)
    }

    @Test func onbekendNiveau() {
        let v = kaart.voorstel(huidig: 7, antwoorden: ja("a1", "a2"))
        #expect(v.richting == .blijven)
        #expect(v.niveau == 7)
        #expect(v.mogelijk == [])
        #expect(v.redenen.first?.contains("Niveau 7 staat niet in de regiekaart") == true)
    }

    // MARK: - The shipped regiekaart

    func alleVoorwaarden(_ methode: Methode, niveau: Int, criterium id: String) throws -> [String: JaNee] {
        let n = try #require(methode.niveau(niveau))
        let c = try #require((n.opschalen + n.afschalen).first { $0.id == id })
        #expect(c.voorwaarden.count >= 1)
        return Dictionary(uniqueKeysWithValues: c.voorwaarden.map { ($0.id, JaNee.ja) })
    }

    @Test func meegeleverdNiveau2Opschalen() throws {
        let methode = try standaardMethode()
        let antwoorden = try alleVoorwaarden(methode, niveau: 2, criterium: "n2.op.1")
        #expect(antwoorden.count == 5)
        let v = methode.regiekaart.voorstel(huidig: 2, antwoorden: antwoorden)
        #expect(v.richting == .opschalen)
        #expect(v.niveau > 2)
        #expect(v.niveau == 3)
        #expect(v.criteria == ["n2.op.1"])
        #expect(v.redenen.last?.contains("de draagkracht is uit balans") == true)

        // One condition nee: nothing holds.
        var bijna = antwoorden
        bijna["n2.op.1.e"] = .nee
        #expect(methode.regiekaart.voorstel(huidig: 2, antwoorden: bijna).richting == .blijven)
    }

    @Test func meegeleverdNiveau3NaarVierOfVijf() throws {
        let methode = try standaardMethode()
        let v = methode.regiekaart.voorstel(huidig: 3, antwoorden: try alleVoorwaarden(methode, niveau: 3, criterium: "n3.op.1"))
        #expect(v.richting == .opschalen)
        #expect(v.niveau == 4)
        #expect(v.mogelijk == [4, 5])
    }

    @Test func meegeleverdManagerEscalatie() throws {
        let methode = try standaardMethode()
        let v = methode.regiekaart.voorstel(huidig: 2, antwoorden: try alleVoorwaarden(methode, niveau: 2, criterium: "n2.op.3"))
        #expect(v.richting == .blijven)
        #expect(v.niveau == 2)
        #expect(v.escalaties == ["manager"])
        #expect(v.criteria == ["n2.op.3"])
    }

    @Test func meegeleverdNiveau5Afschalen() throws {
        let methode = try standaardMethode()
        let v = methode.regiekaart.voorstel(huidig: 5, antwoorden: try alleVoorwaarden(methode, niveau: 5, criterium: "n5.af.1"))
        #expect(v.richting == .afschalen)
        #expect(v.niveau == 4)
    }

    @Test func meegeleverdeDemoAntwoordenLeiden() throws {
        // The demo has no answers: it stays on level 3.
        let methode = try standaardMethode()
        let d = Voorbeeld.demo(vandaag: vandaag)
        let v = methode.regiekaart.voorstel(huidig: try #require(d.proces.niveau), antwoorden: d.proces.schaalantwoorden)
        #expect(v.richting == .blijven)
        #expect(v.niveau == 3)
    }
}
