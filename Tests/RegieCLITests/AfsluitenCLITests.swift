import Foundation
import RegieDomain
import RegieStore
import Testing

/// A method with only the closing phase, enough for `Dossier.sluitAf` in these tests.
let afsluitmethode = Methode(info: MethodeInfo(naam: "proef", versie: "1"),
                             fasen: [Fase(id: "6b", naam: "Afsluiten", doel: "", procesregie: [FaseActie(id: "6b.p7", tekst: "Evalueer.")],
                                          casusregie: [], volgende: [])],
                             regiekaart: Regiekaart(niveaus: []),
                             meldcode: Meldcode(levensbedreigend: "", stappen: [], afwegingen: [], besluiten: [], start: ""),
                             criteria: Criteria(startcriteria: [], verwijsindex: []))

@Suite("regie lijst en een afgesloten huishouden")
struct AfsluitenCLITests {
    /// The demo, and a household with a late action and a planned overleg that was closed on 01-11-2026.
    func omgevingMetAfgesloten() throws -> Omgeving {
        let o = try Omgeving()
        _ = try o.demo()
        var dicht = Dossier(id: "dicht1", naam: "Familie Bakker", aangemaakt: Datum(jaar: 2026, maand: 1, dag: 1)!)
        dicht.plan.overleggen = [Overleg(soort: .voortgang, datum: Datum(jaar: 2026, maand: 12, dag: 1)!)]
        dicht.plan.doelen = [Doel(omschrijving: "Rust in huis", acties: [Actie(wie: nil, wat: "Bellen", wanneer: Datum(jaar: 2026, maand: 10, dag: 1)!)])]
        #expect(dicht.sluitAf(Afsluiting(datum: Datum(jaar: 2026, maand: 11, dag: 1)!, door: "R", evaluatie: "Het gaat goed.",
                                         vragenBij: "Wijkteam"), afsluitmethode).isEmpty)
        let bestand = o.pad("dicht.json")
        try Formaat.codeer(dicht).write(to: URL(fileURLWithPath: bestand))
        #expect(try o.metData(["importeer", bestand]).code == 0)
        return o
    }

    @Test("lijst: een afgesloten huishouden staat er als afgesloten, met de dag, en heeft geen volgend overleg")
    func tekst() throws {
        let o = try omgevingMetAfgesloten()
        defer { o.ruimOp() }
        // Twice: the second list comes from the index.
        for _ in 0..<2 {
            let r = try o.metData(["lijst"])
            #expect(r.code == 0, "\(r)")
            let regels = r.uit.split(separator: "\n").map(String.init)
            let rij = try #require(regels.first { $0.hasPrefix("Familie Bakker") }, "\(r)")
            #expect(rij.contains("afgesloten 01-11-2026"), "\(rij)")
            #expect(!rij.contains("01-12-2026"), "\(rij)")
            let cellen = rij.components(separatedBy: "  ").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            #expect(cellen.suffix(3) == ["afgesloten 01-11-2026", "-", "-"], "no late action, no veiligheidsplan problem: \(rij)")
            let demo = try #require(regels.first { $0.hasPrefix("Familie De Jong") })
            #expect(!demo.contains("afgesloten"), "\(demo)")
        }
    }

    @Test("lijst --json: het veld afgesloten met de dag; open huishoudens hebben het niet")
    func json() throws {
        let o = try omgevingMetAfgesloten()
        defer { o.ruimOp() }
        for _ in 0..<2 {
            let regels = try o.lijstJSON()
            let dicht = try #require(regels.first { $0["id"] as? String == "dicht1" })
            #expect(dicht["afgesloten"] as? String == "2026-11-01")
            #expect(dicht["volgendOverleg"] == nil)
            #expect(dicht["teLateActies"] as? Int == 0)
            let open = try #require(regels.first { $0["id"] as? String != "dicht1" })
            #expect(open["afgesloten"] == nil)
        }
    }
}
