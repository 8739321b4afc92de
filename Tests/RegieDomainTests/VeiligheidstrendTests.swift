import Testing
@testable import RegieDomain

/// The safety scale per person over time, as blocks and as numbers.
@Suite("Veiligheidstrend")
struct VeiligheidstrendTests {
    func dossier(_ scores: [Schaalscore]) -> Dossier {
        var d = Proef.dossier()
        d.veiligheidsplan = Veiligheidsplan(schaalvragen: scores)
        return d
    }

    @Test("de blokken lopen van ▁ bij 0 tot █ bij 10, buiten de schaal tegen de rand")
    func schaal() {
        #expect(Veiligheidstrend.lijn([0, 10]) == "▁█")
        #expect(Veiligheidstrend.lijn([0, 1, 3, 4, 6, 7, 9, 10]) == "▁▂▃▄▅▆▇█")
        #expect(Veiligheidstrend.lijn([-3, 14]) == "▁█")
        #expect(Veiligheidstrend.lijn([]) == "")
    }

    @Test("richting in woorden: de laatste score tegen de vorige")
    func richting() {
        #expect(Veiligheidstrend.richting([4, 6, 7]) == "beter")
        #expect(Veiligheidstrend.richting([7, 5]) == "slechter")
        #expect(Veiligheidstrend.richting([4, 7, 7]) == "gelijk")
        #expect(Veiligheidstrend.richting([5]) == "één score")
    }

    @Test("per persoon in de volgorde van het dossier, de scores op datum, ook als ze anders zijn ingevoerd")
    func perPersoon() {
        let trend = Veiligheidstrend(dossier([
            Schaalscore(persoon: Proef.huisarts, cijfer: 3, datum: dag(-14)),
            Schaalscore(persoon: Proef.moeder, cijfer: 7, datum: dag(0)),
            Schaalscore(persoon: Proef.moeder, cijfer: 4, datum: dag(-14)),
            Schaalscore(persoon: Proef.moeder, cijfer: 6, datum: dag(-7)),
        ]))
        #expect(trend.reeksen.map(\.naam) == ["Anna Proef", "Dr. Huis"])
        #expect(trend.reeksen[0].cijfers == [4, 6, 7])
        #expect(trend.reeksen[0].richting == "beter")
        #expect(trend.reeksen[1].cijfers == [3])
        #expect(Veiligheidstrend(Proef.dossier()).isLeeg)
    }

    @Test("een regel heeft de naam, de blokken én de cijfers met de richting")
    func regel() {
        let trend = Veiligheidstrend(dossier([
            Schaalscore(persoon: Proef.moeder, cijfer: 4, datum: dag(-14)),
            Schaalscore(persoon: Proef.moeder, cijfer: 6, datum: dag(-7)),
            Schaalscore(persoon: Proef.moeder, cijfer: 7, datum: dag(0)),
            Schaalscore(persoon: Proef.zoon, cijfer: 5, datum: dag(0)),
            Schaalscore(persoon: Proef.zoon, cijfer: 2, datum: dag(1)),
        ]))
        #expect(trend.regels() == [
            "Anna Proef ▄▅▆  4 → 6 → 7 (beter)",
            "Bram Proef ▅▂   5 → 2 (slechter)",
        ])
    }

    @Test("bij veel scores alleen de laatste cijfers, na ‘…’")
    func veelScores() {
        #expect(Veiligheidstrend.cijfers([1, 2, 3, 4, 5, 6, 7, 8], hoogstens: 3) == "… 6 → 7 → 8 (beter)")
        #expect(Veiligheidstrend.cijfers([5, 5]) == "5 → 5 (gelijk)")
    }
}
