import RegieDomain
import RegieMethode
import Testing

/// An action of the method can say where in the dossier it is done (`plek` in fasen.yaml).
@Suite("Fasen: de plek van een actie")
struct FaseplekTests {
    @Test("de meegeleverde set: 2.p3 wordt gedaan bij de startcriteria, elke plek is bekend")
    func meegeleverd() throws {
        let m = try MethodeLader.standaard()
        let plekken = m.fasen.flatMap(\.alleActies).compactMap { a in a.plek.map { (a.id, $0) } }
        #expect(plekken.map(\.0) == ["2.p3", "3a.p4", "3a.p15", "3b.p3", "3b.p5", "3b.p8", "4.p4", "5b.p4"])
        #expect(plekken.allSatisfy { Faseplek(rawValue: $0.1) != nil })
        #expect(m.fasen.flatMap(\.alleActies).first { $0.id == "2.p3" }.flatMap { $0.plek.flatMap(Faseplek.init) }?.plaats == .startcriteria)
        #expect(Faseplek.veiligheidsplan.plaats == .veiligheidsplan)
        #expect(Faseplek.regiekaart.plaats == .niveau)
    }

    @Test("een onbekende plek bij een actie wordt gemeld, met de plekken die er zijn")
    func onbekend() throws {
        let p = try problemenNa { try $0.vervang("fasen.yaml", "plek: startcriteria", door: "plek: criteria") }
        #expect(p.map(\.description) == ["fasen.yaml, fase \"2\", actie \"2.p3\": onbekende plek \"criteria\"; kies uit "
            + "startcriteria, ondersteuningsplan, veiligheidsplan, regiekaart, overleggen, regisseurs"])
    }
}
