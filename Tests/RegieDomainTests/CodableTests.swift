import Foundation
import Testing
@testable import RegieDomain

@Suite("Codable")
struct CodableTests {
    func json<T: Encodable>(_ waarde: T) throws -> String {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys]
        return try #require(String(data: try e.encode(waarde), encoding: .utf8))
    }

    @Test func demoHeenEnTerug() throws {
        var demo = Voorbeeld.demo(vandaag: vandaag, id: "demo")
        demo.proces.beantwoordSchaalvraag("n3.op.1.a", .ja, datum: vandaag, door: "Marloes Visser")
        demo.proces.beantwoordSchaalvraag("n3.af.1.a", .nee, datum: vandaag, door: "Marloes Visser")
        let data = try JSONEncoder().encode(demo)
        let terug = try JSONDecoder().decode(Dossier.self, from: data)
        #expect(terug == demo)
        // And once more: encoding is stable.
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys]
        #expect(try e.encode(terug) == e.encode(demo))
    }

    @Test func proefdossierHeenEnTerug() throws {
        var d = Proef.dossier()
        d.veiligheidsplan = Proef.veiligheidsplan(ondertekening: [Proef.klantTekent, Proef.professionalTekent])
        d.toestemmingDelen = nil
        let terug = try JSONDecoder().decode(Dossier.self, from: JSONEncoder().encode(d))
        #expect(terug == d)
        #expect(terug.toestemmingDelen == nil)
    }

    @Test func datumAlsJjjjMmDd() throws {
        let d = try #require(Datum(jaar: 2026, maand: 3, dag: 5))
        #expect(try json(d) == "\"2026-03-05\"")
        #expect(try json([d]) == "[\"2026-03-05\"]")
        #expect(try JSONDecoder().decode(Datum.self, from: Data("\"2028-02-29\"".utf8)) == Datum(jaar: 2028, maand: 2, dag: 29))
    }

    @Test func datumInDossierJson() throws {
        let demo = Voorbeeld.demo(vandaag: vandaag, id: "demo")
        let tekst = try json(demo)
        #expect(tekst.contains("\"aangemaakt\":\"2026-01-29\""))   // vandaag − 35 dagen
        #expect(tekst.contains("\"geboortedatum\":\"1991-04-12\""))
        #expect(tekst.contains("\"tijd\":\"09:30\""))
        #expect(tekst.contains("\"rol\":\"procesregisseur\""))
        #expect(tekst.contains("\"status\":\"nog-niet-bereikt\""))
        #expect(tekst.contains("\"hoedanigheid\":\"klant\""))
        #expect(tekst.contains("\"soort\":\"startoverleg\""))
        #expect(!tekst.contains("05-03-2026"))
    }

    @Test(arguments: ["\"2026-02-30\"", "\"05-03-2026\"", "\"2026-3-5\"", "\"\"", "20260305", "null"])
    func ongeldigeDatumWordtGeweigerd(tekst: String) {
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(Datum.self, from: Data(tekst.utf8))
        }
    }

    @Test func tijd() throws {
        #expect(try json(Tijd(uur: 9, minuut: 5)!) == "\"09:05\"")
        #expect(try JSONDecoder().decode(Tijd.self, from: Data("\"14:30\"".utf8)) == Tijd(uur: 14, minuut: 30))
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(Tijd.self, from: Data("\"25:00\"".utf8)) }
    }

    @Test func ontbrekendeDatumInDossierGeeftFout() throws {
        let demo = Voorbeeld.demo(vandaag: vandaag, id: "demo")
        let goed = try json(demo)
        let kapot = goed.replacingOccurrences(of: "\"aangemaakt\":\"2026-01-29\"", with: "\"aangemaakt\":\"2026-02-30\"")
        #expect(kapot != goed)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(Dossier.self, from: Data(kapot.utf8)) }
    }

    @Test func enumWaarden() throws {
        #expect(try json(DoelStatus.nietBereikt) == "\"niet-bereikt\"")
        #expect(try json(Hoedanigheid.wettelijkVertegenwoordiger) == "\"wettelijk-vertegenwoordiger\"")
        #expect(try json(OverlegSoort.extra) == "\"extra-overleg\"")
        #expect(try json(RegieRol.casus) == "\"casusregisseur\"")
        #expect(try json(JaNee.ja) == "\"ja\"")
    }
}
