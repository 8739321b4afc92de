import Foundation
import Testing
import RegieDomain
@testable import RegieMethode

@Suite("Escalaties in de regiekaart")
struct EscalatieMethodeTests {
    @Test("een regiekaart zonder escalaties (een oudere set) laadt, met geen escalaties")
    func zonder() throws {
        let kopie = try Kopie()
        defer { kopie.opruimen() }
        let tekst = try kopie.lees("regiekaart.yaml")
        let begin = try #require(tekst.range(of: "\nescalaties:\n"))
        try kopie.schrijf("regiekaart.yaml", String(tekst[..<begin.lowerBound]) + "\n")
        let m = try MethodeLader.laad(map: kopie.map)
        #expect(m.regiekaart.escalaties.isEmpty)
        #expect(m.regiekaart.escalaties(bij: 4).isEmpty)
    }

    @Test("een escalatie bij een niveau dat niet bestaat, of zonder naam, is een probleem met de plek erbij")
    func kapot() throws {
        let p = try problemenNa {
            try $0.vervang("regiekaart.yaml", "    naam: de PGA-expert van de gemeente\n    niveaus: [4]\n",
                           door: "    naam: \"\"\n    niveaus: [4, 7]\n")
        }
        #expect(p.map(\.probleem).sorted() == ["de naam is leeg", "niveau 7 bestaat niet"])
        #expect(p.allSatisfy { $0.bestand == "regiekaart.yaml" && $0.item == "escalatie \"PGA-expert\"" })
    }
}
