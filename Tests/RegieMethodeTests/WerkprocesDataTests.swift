import Foundation
import Testing
import RegieDomain
@testable import RegieMethode

/// The method data for the work process: which phases repeat, which next phases are the
/// region's choice, which action is a rule, and the region's numbers.
@Suite("Methodeset: werkproces")
struct WerkprocesDataTests {
    @Test("de meegeleverde set heeft herhaalt, regionaal, regel en regels")
    func meegeleverd() throws {
        let m = try MethodeLader.standaard()
        #expect(m.fasen.filter(\.herhaalt).map(\.id) == ["4", "5a", "5b"])
        #expect(m.fase("4")?.regionaal == ["6a"])
        #expect(m.fase("5b")?.regionaal == ["6a"])
        #expect(m.fase("5b")?.volgensRichtlijn == ["4", "6b"])
        #expect(m.fase("6a")?.regionaal == ["4", "6b"])
        #expect(m.fase("6a")?.volgensRichtlijn == [])
        let p10 = try #require(m.fase("6b")?.alleActies.first { $0.id == "6b.p10" })
        #expect(p10.regel == Faseregel.nietAfsluitenBijOnveiligheid.rawValue)
        #expect(m.fase("6b")?.afvinkbareActies.contains { $0.id == "6b.p10" } == false, "6b.p10 is een regel, geen vinkje")
        #expect(m.fasen.flatMap(\.alleActies).filter { $0.regel != nil }.map(\.id) == ["6b.p10"])
        #expect(m.info.regels == Methoderegels(afsluitenVanafSchaalscore: 10, meldcodeOpenDagen: 28, niveauHerzienNaBesluit: ["melden"]))
        #expect(m.problemen().isEmpty)
    }

    @Test("een set van vóór deze velden laadt, met de standaardwaarden")
    func zonderNieuweVelden() throws {
        let kopie = try Kopie()
        defer { kopie.opruimen() }
        let fasen = try kopie.lees("fasen.yaml").components(separatedBy: "\n")
            .filter { r in
                let t = r.trimmingCharacters(in: .whitespaces)
                return !t.hasPrefix("herhaalt:") && !t.hasPrefix("regionaal:") && !t.hasPrefix("regel:")
            }
        try kopie.schrijf("fasen.yaml", fasen.joined(separator: "\n"))
        let info = try kopie.lees("methode.yaml")
        let zonderRegels = try #require(info.components(separatedBy: "\nregels:").first)
        try kopie.schrijf("methode.yaml", zonderRegels + "\n")

        let m = try MethodeLader.laad(map: kopie.map)
        #expect(m.fasen.allSatisfy { !$0.herhaalt && $0.regionaal.isEmpty })
        #expect(m.fasen.flatMap(\.alleActies).allSatisfy { $0.regel == nil })
        #expect(m.info.regels == Methoderegels())
        #expect(m.eersteHerhalendeFase == nil)
        #expect(m.fase("5b")?.volgensRichtlijn == ["4", "6a", "6b"])
        #expect(m.problemen().isEmpty)
    }

    @Test("regels: wat ontbreekt, krijgt de standaardwaarde")
    func deelsIngevuldeRegels() throws {
        let kopie = try Kopie()
        defer { kopie.opruimen() }
        try kopie.vervang("methode.yaml", "  meldcode-open-dagen: 28\n", door: "")
        try kopie.vervang("methode.yaml", "afsluiten-vanaf-schaalscore: 10", door: "afsluiten-vanaf-schaalscore: 8")
        let m = try MethodeLader.laad(map: kopie.map)
        #expect(m.info.regels == Methoderegels(afsluitenVanafSchaalscore: 8, meldcodeOpenDagen: 28, niveauHerzienNaBesluit: ["melden"]))
    }

    @Test("een onbekende regel wordt gemeld, met de regels die er zijn")
    func onbekendeRegel() throws {
        let p = try problemenNa {
            try $0.vervang("fasen.yaml", "regel: niet-afsluiten-bij-onveiligheid", door: "regel: nooit-afsluiten")
        }
        #expect(p == [MethodeProbleem(bestand: "fasen.yaml", item: "fase \"6b\", actie \"6b.p10\"",
                                      probleem: "onbekende regel \"nooit-afsluiten\"; kies uit niet-afsluiten-bij-onveiligheid")])
    }

    @Test("regionaal moet bij volgende staan")
    func regionaalNietBijVolgende() throws {
        let p = try problemenNa {
            try $0.vervang("fasen.yaml", "    volgende: [\"4\", \"6a\", \"6b\"]\n    regionaal: [\"6a\"]",
                           door: "    volgende: [\"4\", \"6a\", \"6b\"]\n    regionaal: [\"6a\", \"5a\"]")
        }
        #expect(p == [MethodeProbleem(bestand: "fasen.yaml", item: "fase \"5b\"", probleem: "regionaal \"5a\" staat niet bij volgende")])
    }

    @Test("de getallen van de regio moeten kloppen")
    func regelsBuitenBereik() throws {
        let p = try problemenNa {
            try $0.vervang("methode.yaml", "afsluiten-vanaf-schaalscore: 10", door: "afsluiten-vanaf-schaalscore: 11")
            try $0.vervang("methode.yaml", "meldcode-open-dagen: 28", door: "meldcode-open-dagen: 0")
        }
        #expect(p == [
            MethodeProbleem(bestand: "methode.yaml", item: "regels.afsluiten-vanaf-schaalscore", probleem: "kies een cijfer van 0 tot en met 10"),
            MethodeProbleem(bestand: "methode.yaml", item: "regels.meldcode-open-dagen", probleem: "het aantal dagen moet groter zijn dan 0"),
        ])
    }
}
