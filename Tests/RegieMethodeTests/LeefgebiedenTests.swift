import Foundation
import Testing
import RegieDomain
@testable import RegieMethode

/// leefgebieden.yaml: the shipped list (the guideline's glossary), and what a region can
/// break in it.
@Suite("Leefgebieden als methodedata")
struct LeefgebiedenTests {
    @Test("de meegeleverde leefgebieden zijn die van de begrippenlijst (000 l.3059–3060), in die volgorde")
    func meegeleverd() throws {
        let m = try MethodeLader.standaard()
        #expect(m.leefgebieden.map(\.naam) == [
            "Werk, inkomen en financiën", "Maatschappelijke ondersteuning", "Wonen", "Onderwijs", "(Jeugd)hulp", "Veiligheid",
            "(Geestelijke) gezondheidszorg",
        ])
        #expect(m.leefgebieden.map(\.id) == [
            "werk-inkomen-financien", "maatschappelijke-ondersteuning", "wonen", "onderwijs", "jeugdhulp", "veiligheid", "gezondheid",
        ])
        #expect(m.leefgebieden.allSatisfy { $0.korteNaam.count <= Leefgebied.maximumKort && !($0.toelichting ?? "").isEmpty })
        #expect(m.leefgebied("wonen")?.korteNaam == "Wonen")
        #expect(m.leefgebied("werk-inkomen-financien")?.korteNaam == "Werk en geld")
        #expect(m.leefgebiedNaam("weg-uit-de-lijst") == "weg-uit-de-lijst?", "een id dat de regio schrapte blijft zichtbaar")
        #expect(m.leefgebiedNaam(nil) == nil)
        #expect(MethodeLader.bestanden.contains("leefgebieden.yaml"), "regie methode kopieer neemt het bestand mee")
    }

    @Test("een regio kan de lijst vervangen, bijvoorbeeld door die van de Zelfredzaamheid-Matrix")
    func eigenLijst() throws {
        let kopie = try Kopie()
        defer { kopie.opruimen() }
        try kopie.schrijf("leefgebieden.yaml", """
            leefgebieden:
              - id: financien
                naam: Financiën
              - id: dagbesteding
                naam: Werk en opleiding
                kort: Werk
              - id: huisvesting
                naam: Huisvesting
            """)
        let m = try MethodeLader.laad(map: kopie.map)
        #expect(m.leefgebieden.map(\.id) == ["financien", "dagbesteding", "huisvesting"])
        #expect(m.leefgebieden.map(\.korteNaam) == ["Financiën", "Werk", "Huisvesting"])
    }

    @Test("een methodeset van vóór leefgebieden.yaml laadt, met de meegeleverde leefgebieden")
    func oudeSet() throws {
        let kopie = try Kopie()
        defer { kopie.opruimen() }
        try kopie.verwijder("leefgebieden.yaml")
        let m = try MethodeLader.laad(map: kopie.map)
        #expect(m.leefgebieden == (try MethodeLader.standaard()).leefgebieden)
        #expect(m.leefgebieden.count == 7)
    }

    @Test("fouten in leefgebieden.yaml worden in het Nederlands gemeld, met bestand en leefgebied")
    func kapot() throws {
        let dubbel = try problemenNa { try $0.vervang("leefgebieden.yaml", "  - id: onderwijs\n", door: "  - id: wonen\n") }
        #expect(dubbel == [MethodeProbleem(bestand: "leefgebieden.yaml", item: "leefgebied \"wonen\"", probleem: "deze id komt vaker dan één keer voor")])

        let naam = try problemenNa { try $0.vervang("leefgebieden.yaml", "    naam: Onderwijs\n", door: "    naam: \" \"\n") }
        #expect(naam == [MethodeProbleem(bestand: "leefgebieden.yaml", item: "leefgebied \"onderwijs\"", probleem: "de naam is leeg")])

        let id = try problemenNa { try $0.vervang("leefgebieden.yaml", "  - id: onderwijs\n", door: "  - id: Onderwijs en school\n") }
        #expect(id == [MethodeProbleem(bestand: "leefgebieden.yaml", item: "leefgebied \"Onderwijs en school\"",
                                       probleem: "een id bestaat alleen uit kleine letters, cijfers en streepjes (zoals werk-inkomen)")])

        let leegId = try problemenNa { try $0.vervang("leefgebieden.yaml", "  - id: onderwijs\n", door: "  - id: \"\"\n") }
        #expect(leegId == [MethodeProbleem(bestand: "leefgebieden.yaml", item: "leefgebied 4", probleem: "de id is leeg")])

        let kort = try problemenNa { try $0.vervang("leefgebieden.yaml", "    kort: Ondersteuning\n", door: "    kort: Maatschappelijke steun thuis\n") }
        #expect(kort == [MethodeProbleem(bestand: "leefgebieden.yaml", item: "leefgebied \"maatschappelijke-ondersteuning\"",
                                         probleem: "de korte naam heeft 28 tekens; dat mogen er hooguit 20 zijn")])

        let leeg = try problemenNa { try $0.schrijf("leefgebieden.yaml", "leefgebieden: []\n") }
        #expect(leeg == [MethodeProbleem(bestand: "leefgebieden.yaml", item: "leefgebieden", probleem: "er staat geen enkel leefgebied in")])

        let veld = try problemenNa { try $0.vervang("leefgebieden.yaml", "    naam: Onderwijs\n", door: "") }
        #expect(veld == [MethodeProbleem(bestand: "leefgebieden.yaml", item: "leefgebieden[4]", probleem: "het veld 'naam' ontbreekt")])

        let geenLijst = try problemenNa { try $0.schrijf("leefgebieden.yaml", "leefgebieden: wonen\n") }
        #expect(geenLijst.first?.bestand == "leefgebieden.yaml")
        #expect(geenLijst.first?.probleem == "hier hoort een lijst", "\(geenLijst)")
    }
}
