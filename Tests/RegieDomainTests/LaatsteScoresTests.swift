import RegieDomain
import Testing

@Suite("De laatste cijfers op de schaalvraag")
struct LaatsteScoresTests {
    @Test("gelijke cijfers op één dag staan altijd in de volgorde van het plan, dus de weigering noemt steeds dezelfde persoon")
    func vasteVolgorde() {
        let dag = Datum(jaar: 2026, maand: 11, dag: 1)!
        let personen = (1...12).map { "p\($0)" }
        var vp = Veiligheidsplan()
        vp.schaalvragen = personen.map { Schaalscore(persoon: $0, cijfer: 4, datum: dag) }
            + [Schaalscore(persoon: "p1", cijfer: 3, datum: dag.plus(dagen: -1)!)]   // older: does not count
        // A dictionary in between would give another order from run to run (and from call to call).
        for _ in 0..<20 { #expect(vp.laatsteScores.map(\.persoon) == personen) }
        vp.schaalvragen.append(Schaalscore(persoon: "p9", cijfer: 2, datum: dag))
        #expect(vp.laatsteScores.first?.persoon == "p9")
    }
}
