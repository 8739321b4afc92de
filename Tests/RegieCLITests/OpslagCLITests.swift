import Foundation
import RegieDomain
@testable import RegieStore
import Testing

/// True when `s` has no control character but newline and tab: nothing a terminal would take
/// as a command.
func zonderStuurtekens(_ s: String) -> Bool {
    s.unicodeScalars.allSatisfy { $0 == "\n" || $0 == "\t" || !($0.value < 0x20 || (0x7F...0x9F).contains($0.value)) }
}

@Suite("De opslag door het programma regie: reservekopie, grootte, stuurtekens en index")
struct OpslagCLITests {
    @Test("een beschadigd dossier met een goede reservekopie: lijst en toon zetten die terug en zeggen het")
    func reservekopieTeruggezet() throws {
        let o = try Omgeving()
        defer { o.ruimOp() }
        let id = try o.demo()
        let bestand = URL(fileURLWithPath: "\(o.data)/dossiers/\(id).json")
        let goed = try #require(FileManager.default.contents(atPath: bestand.path))
        try goed.write(to: URL(fileURLWithPath: "\(o.data)/dossiers/\(id).vorige.json"))

        for opdracht in [["lijst"], ["toon", id], ["toon", "familie"]] {
            let kapot = goed.prefix(goed.count / 3)
            try kapot.write(to: bestand)
            let r = try o.metData(opdracht)
            #expect(r.code == 0, "\(opdracht): \(r)")
            #expect(r.uit.contains("Familie De Jong-El Amrani"), "\(opdracht): \(r)")
            let regels = r.fout.split(separator: "\n").map(String.init)
            #expect(regels.count == 1, "\(opdracht): \(r)")
            let melding = try #require(regels.first)
            #expect(melding.hasPrefix("regie: Dossier \(id) was beschadigd (het is geen geldige JSON (afgebroken of beschadigd)). "
                + "De vorige bewaarde versie is teruggezet; de laatste wijziging kan daardoor ontbreken. "
                + "Het beschadigde bestand is apart gezet als apart/\(id).json."), "\(opdracht): \(r)")
            #expect(melding.hasSuffix("; er is niets verwijderd."))
            #expect(!melding.contains("Familie"), "the message names the id, not the household")
            #expect(FileManager.default.contents(atPath: bestand.path) == goed)
            let weer = try o.metData(["lijst"])
            #expect(weer.fout.isEmpty, "\(weer)")
        }
        let apart = try FileManager.default.contentsOfDirectory(atPath: "\(o.data)/apart")
        #expect(apart.count == 3)
    }

    @Test("importeer: een bestand dat compact onder de grens is maar zoals de opslag het schrijft erboven, wordt geweigerd")
    func importTeGroot() throws {
        let o = try Omgeving()
        defer { o.ruimOp() }
        var d = Dossier(id: "groot", naam: "Familie Groot", aangemaakt: Datum(iso: "2026-11-23")!,
                        gezinsleden: [Gezinslid(id: "p1", naam: "Test Persoon")])
        d.plan.overleggen = [Overleg(id: "o1", soort: .start, datum: Datum(iso: "2026-11-23"), aanwezigen: ["p1"])]
        // Compact JSON with a long list of attendees: 4 bytes an entry here, 17 in the store's file.
        let klein = try JSONEncoder().encode(Formaat.Envelop(schema: 1, soort: Formaat.soortDossier, dossier: d, vastgesteld: nil))
        let tekst = String(decoding: klein, as: UTF8.self)
        #expect(tekst.contains("\"aanwezigen\":[\"p1\"]"))
        let aantal = 4_200_000
        var lijst = "\"aanwezigen\":["
        lijst.reserveCapacity(aantal * 5 + 20)
        for i in 0..<aantal { lijst += i == 0 ? "\"p1\"" : ",\"p1\"" }
        lijst += "]"
        let groot = Data(tekst.replacingOccurrences(of: "\"aanwezigen\":[\"p1\"]", with: lijst).utf8)
        #expect(groot.count < Bestanden.maximaleGrootte)
        d.plan.overleggen[0].aanwezigen = Array(repeating: "p1", count: aantal)
        #expect(try Formaat.codeer(d).count > Bestanden.maximaleGrootte, "the store would write more than the limit")
        let bestand = o.pad("groot.json")
        try groot.write(to: URL(fileURLWithPath: bestand))

        let r = try o.metData(["importeer", bestand])
        #expect(r.code == 1, "\(r)")
        #expect(isNetteFout(r), "\(r)")
        #expect(r.fout.hasPrefix("regie: Het dossier is te groot om te bewaren: als bestand wordt het "), "\(r)")
        #expect(r.fout.contains("en de grens is 64 MB. Er is niets bewaard"), "\(r)")
        #expect(r.uit.isEmpty)
        // Nothing was added, nothing set aside.
        let l = try o.metData(["lijst"])
        #expect(l.uit.contains("Er zijn nog geen huishoudens."), "\(l)")
        #expect(l.fout.isEmpty, "\(l)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: "\(o.data)/dossiers").filter { $0.hasSuffix(".json") }.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: "\(o.data)/apart"))
    }

    @Test("stuurtekens in een ingelezen naam: weggehaald en gemeld; lijst, toon en importeer sturen er geen naar de terminal")
    func stuurtekensBijImport() throws {
        let o = try Omgeving()
        defer { o.ruimOp() }
        var d = Dossier(id: "st", naam: "Familie \u{1B}[2J\u{0}Kok\u{1B}]0;titel\u{7}", aangemaakt: Datum(iso: "2026-11-23")!,
                        gezinsleden: [Gezinslid(id: "p1", naam: "Piet\u{1B}[31m Kok", telefoon: "06\u{0}12345678")])
        d.plan.aanleiding = "Eerste regel\nTweede\tregel\u{1B}[2J\u{9B}1m"
        let bestand = o.pad("stuur.json")
        try Formaat.codeer(d).write(to: URL(fileURLWithPath: bestand))

        let r = try o.metData(["importeer", bestand])
        #expect(r.code == 0, "\(r)")
        #expect(zonderStuurtekens(r.uit) && zonderStuurtekens(r.ruweFout), "\(r)")
        #expect(r.uit == "Ingelezen: Familie [2JKok]0;titel (id st).\n"
            + "Onzichtbare stuurtekens (zoals Escape of NUL) zijn weggehaald uit: gezinsleden[1].naam, gezinsleden[1].telefoon, naam, plan.aanleiding.\n")
        for opdracht in [["lijst"], ["toon", "st"], ["lijst", "--json"], ["controleer", "st"]] {
            let u = try o.metData(opdracht)
            #expect(u.code == 0 || opdracht[0] == "controleer", "\(opdracht): \(u)")
            #expect(zonderStuurtekens(u.uit) && zonderStuurtekens(u.ruweFout), "\(opdracht): \(u)")
            #expect(u.uit.contains("Familie [2JKok]0;titel"), "\(opdracht): \(u)")
        }
        let toon = try o.metData(["toon", "st"])
        #expect(toon.uit.contains("Eerste regel") && toon.uit.contains("regel[2J1m"), "\(toon)")
    }

    @Test("stuurtekens in een dossier dat zo in de map is gezet, of in een melding: zichtbaar gemaakt, niet uitgevoerd")
    func stuurtekensZichtbaar() throws {
        let o = try Omgeving()
        defer { o.ruimOp() }
        _ = try o.metData(["lijst"])
        let d = Dossier(id: "rauw", naam: "Familie \u{1B}[2J\u{0}Rauw\r", aangemaakt: Datum(iso: "2026-11-23")!)
        try Formaat.codeer(d).write(to: URL(fileURLWithPath: "\(o.data)/dossiers/rauw.json"))
        // A file whose reason for refusal quotes a text from it.
        try Data("{\"schema\":1,\"soort\":\"\\u001b]0;weg\\u0007\\u009b2J\",\"dossier\":{}}".utf8)
            .write(to: URL(fileURLWithPath: "\(o.data)/dossiers/vreemd.json"))

        let l = try o.metData(["lijst"])
        #expect(l.code == 0, "\(l)")
        #expect(zonderStuurtekens(l.uit) && zonderStuurtekens(l.ruweFout), "\(l)")
        #expect(l.uit.contains("Familie ^[[2J^@Rauw^M"), "\(l)")
        #expect(l.fout.contains("(soort: ^[]0;weg^G\u{FFFD}2J)"), "\(l)")
        let t = try o.metData(["toon", "rauw"])
        #expect(t.code == 0, "\(t)")
        #expect(zonderStuurtekens(t.uit), "\(t)")
        #expect(t.uit.hasPrefix("# Ondersteuningsplan Familie ^[[2J^@Rauw^M"), "\(t)")
    }

    @Test("een indexregel die niet bij zijn bestand past, verbergt geen huishouden en toont er geen dubbel")
    func indexLiegtNiet() throws {
        let o = try Omgeving()
        defer { o.ruimOp() }
        let id = try o.demo()
        let tweede = Dossier(id: "bos", naam: "Familie Bos", aangemaakt: Datum(iso: "2026-11-23")!)
        try Formaat.codeer(tweede).write(to: URL(fileURLWithPath: o.pad("bos.json")))
        #expect(try o.metData(["importeer", o.pad("bos.json")]).code == 0)
        #expect(try o.lijstJSON().count == 2)
        let index = URL(fileURLWithPath: "\(o.data)/index.json")
        let ruw = try #require(FileManager.default.contents(atPath: index.path))
        var items = try #require(IndexFormaat.decodeer(ruw))
        let demo = try #require(items.firstIndex { $0.bestand == "\(id).json" })
        items[demo].samenvatting = try #require(items.first { $0.bestand == "bos.json" }).samenvatting
        try IndexFormaat.codeer(items).write(to: index)

        let regels = try o.lijstJSON()
        #expect(regels.compactMap { $0["id"] as? String }.sorted() == ["bos", id].sorted())
        #expect(regels.compactMap { $0["naam"] as? String }.sorted() == ["Familie Bos", "Familie De Jong-El Amrani"])
    }
}
