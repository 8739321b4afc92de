import Foundation
import Testing
import TestSupport

/// Texts in a dossier file: a quote without words is not kept or printed, and a text over
/// its limit is refused on import with the reason, never cut.
@Suite("Teksten in een dossierbestand")
struct TekstenCLITests {
    /// The demo household exported as JSON, changed by `wijzig`, written to a new file.
    func gewijzigdeExport(_ o: Omgeving, _ wijzig: (inout [String: Any]) -> Void) throws -> (id: String, bestand: String) {
        let id = try o.demo()
        let uit = o.pad("uit")
        try FileManager.default.createDirectory(atPath: uit, withIntermediateDirectories: true)
        #expect(try o.metData(["export", id], ["--formaat", "json", "--uit", uit]).code == 0)
        let data = try Data(contentsOf: URL(fileURLWithPath: "\(uit)/regie-\(id).json"))
        var envelop = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        var dossier = try #require(envelop["dossier"] as? [String: Any])
        wijzig(&dossier)
        envelop["dossier"] = dossier
        let bestand = o.pad("gewijzigd.json")
        try JSONSerialization.data(withJSONObject: envelop).write(to: URL(fileURLWithPath: bestand))
        return (id, bestand)
    }

    @Test("een leeg citaat in een ouder bestand wordt weggelaten: toon en Markdown tonen geen “”")
    func leegCitaat() throws {
        let o = try Omgeving()
        defer { o.ruimOp() }
        let (_, bestand) = try gewijzigdeExport(o) { d in
            var plan = d["plan"] as! [String: Any]
            var krachten = plan["krachten"] as! [[String: Any]]
            let spreker = krachten[0]["spreker"] as! String
            krachten.append(["id": "leegcitaat1", "spreker": spreker, "citaat": "  ", "sinds": "", "gevolgen": ""])
            plan["krachten"] = krachten
            d["plan"] = plan
        }
        let tweede = o.pad("tweede")
        let r = try o.regie(["importeer", bestand, "--data", tweede, "--nieuwe-id"])
        #expect(r.code == 0, "\(r)")
        let id = try #require(r.uit.split(separator: "(id ").last.map { String($0.prefix { $0 != ")" }) })
        let toon = try o.regie(["toon", id, "--data", tweede])
        #expect(toon.code == 0, "\(toon)")
        #expect(!toon.uit.contains("“”") && !toon.uit.contains("\"\""), "\(toon.uit)")
        #expect(toon.uit.contains("\"We willen allebei"), "de andere citaten staan er wel")
        let uit = o.pad("md")
        try FileManager.default.createDirectory(atPath: uit, withIntermediateDirectories: true)
        #expect(try o.regie(["export", id, "--formaat", "md", "--uit", uit, "--data", tweede]).code == 0)
        let md = try String(contentsOfFile: "\(uit)/regie-\(id).md", encoding: .utf8)
        #expect(!md.contains("“”"), "\(md)")
        // The file in the store no longer holds it either.
        let pad = try #require(FileManager.default.enumerator(atPath: tweede)?.compactMap { $0 as? String }.first { $0.hasSuffix("\(id).json") })
        let opgeslagen = try String(contentsOfFile: "\(tweede)/\(pad)", encoding: .utf8)
        #expect(!opgeslagen.contains("leegcitaat1"))
    }

    @Test("importeer weigert een citaat van meer dan 10.000 tekens en een naam van meer dan 1.000, met de reden; er komt niets bij")
    func teLang() throws {
        let o = try Omgeving()
        defer { o.ruimOp() }
        let (_, bestand) = try gewijzigdeExport(o) { d in
            var plan = d["plan"] as! [String: Any]
            var krachten = plan["krachten"] as! [[String: Any]]
            krachten[0]["citaat"] = String(repeating: "lang ", count: 2_001)  // 10.005 tekens
            plan["krachten"] = krachten
            d["plan"] = plan
            d["naam"] = String(repeating: "n", count: 1_001)
        }
        let tweede = o.pad("tweede")
        let r = try o.regie(["importeer", bestand, "--data", tweede])
        #expect(r.code == 1, "\(r)")
        #expect(isNetteFout(r), "\(r)")
        #expect(r.fout.contains("een citaat is 10.005 tekens; dat mag er hoogstens 10.000 zijn"), "\(r)")
        #expect(r.fout.contains("een naam is 1.001 tekens; dat mag er hoogstens 1.000 zijn"), "\(r)")
        #expect(r.fout.contains("Er is niets toegevoegd."))
        let lijst = try o.regie(["lijst", "--json", "--data", tweede])
        #expect(lijst.uit.filter { !$0.isWhitespace } == "[]", "\(lijst)")
    }

    @Test("een lange tekst binnen de grens wordt wel ingelezen, heel")
    func langMaarGoed() throws {
        let o = try Omgeving()
        defer { o.ruimOp() }
        let analyse = String(repeating: "Alles hangt samen. ", count: 5_000)  // 95.000 tekens
        let (_, bestand) = try gewijzigdeExport(o) { d in
            var plan = d["plan"] as! [String: Any]
            plan["integraleAnalyse"] = analyse
            d["plan"] = plan
        }
        let tweede = o.pad("tweede")
        let r = try o.regie(["importeer", bestand, "--data", tweede])
        #expect(r.code == 0, "\(r)")
    }
}
