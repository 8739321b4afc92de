import Foundation
import RegieDomain
import RegieStore
import Testing

@Suite("regie inzage, wis en bewaartermijn")
struct PrivacyCLITests {
    /// Every file under the folder whose raw bytes contain one of the names.
    static func sporen(_ map: String, _ namen: [String]) -> [String] {
        guard let lijst = FileManager.default.enumerator(atPath: map) else { return [] }
        return lijst.compactMap { $0 as? String }.filter { rel in
            guard let data = FileManager.default.contents(atPath: "\(map)/\(rel)") else { return false }
            return namen.contains { data.range(of: Data($0.utf8)) != nil }
        }
    }

    @Test("inzage schrijft alles over één persoon als JSON en PDF, 0600, en overschrijft niet zonder te vragen")
    func inzage() throws {
        let o = try Omgeving()
        defer { o.ruimOp() }
        let id = try o.demo()
        let json = try o.metData(["inzage", id, "sanne", "--formaat", "json", "--uit", o.tmp.path])
        #expect(json.code == 0, "\(json)")
        let pad = try #require(json.uit.split(separator: " ").last.map { String($0).trimmingCharacters(in: .whitespacesAndNewlines) })
        #expect((pad as NSString).lastPathComponent.hasPrefix("regie-\(id)-"))
        #expect(rechten(pad) == 0o600)
        let g = try JSONDecoder().decode(Persoonsgegevens.self, from: try Data(contentsOf: URL(fileURLWithPath: pad)))
        #expect(g.persoon.naam == "Sanne de Jong")
        #expect(g.uitspraken.contains { $0.citaat.contains("schreeuwen") })
        let voor = try Data(contentsOf: URL(fileURLWithPath: pad))
        let nogmaals = try o.metData(["inzage", id, "sanne", "--formaat", "json", "--uit", o.tmp.path])
        #expect(nogmaals.code == 1)
        #expect(nogmaals.fout.contains("bestaat al"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: pad)) == voor)
        let pdf = try o.metData(["inzage", id, "Youssef El Amrani", "--formaat", "pdf", "--uit", o.tmp.path])
        #expect(pdf.code == 0, "\(pdf)")
        let onbekend = try o.metData(["inzage", id, "Pietje", "--formaat", "pdf", "--uit", o.tmp.path])
        #expect(onbekend.code == 1 && isNetteFout(onbekend), "\(onbekend)")
        #expect(!onbekend.fout.contains("Sanne") && !onbekend.fout.contains("Amrani"))
        #expect(try o.metData(["inzage", "--help"]).uit.contains("artikel 15"))
    }

    @Test("wis --ja haalt alles van het huishouden weg; in de opslag staat daarna geen naam meer")
    func wisJa() throws {
        let o = try Omgeving()
        defer { o.ruimOp() }
        let id = try o.demo()
        #expect(try o.metData(["toon", id]).code == 0)
        #expect(!Self.sporen(o.data, ["Sanne"]).isEmpty, "de proef moet eerst sporen hebben")
        let r = try o.metData(["wis", id], ["--ja"])
        #expect(r.code == 0, "\(r)")
        #expect(r.uit.contains("Gewist: dossier \(id)"))
        #expect(!r.uit.contains("Amrani"))
        #expect(Self.sporen(o.data, ["Sanne", "El Amrani", "Lindelaan"]) == [])
        #expect(try o.lijstJSON().isEmpty)
        let log = try o.metData(["logboek", id])
        #expect(log.uit.contains("gewist"), "\(log)")
        let weer = try o.metData(["wis", id], ["--ja"])
        #expect(weer.code == 1 && isNetteFout(weer), "\(weer)")
    }

    @Test("wis zonder --ja: alleen met de juiste naam, anders blijft alles staan")
    func wisBevestigen() throws {
        let o = try Omgeving()
        defer { o.ruimOp() }
        let id = try o.demo()
        let fout = try o.metData(["wis", id], invoer: "Familie Jansen\n")
        #expect(fout.code == 1)
        #expect(fout.fout.contains("Er is niets gewist"))
        #expect(try o.lijstJSON().count == 1)
        let leeg = try o.metData(["wis", id])
        #expect(leeg.code == 1)
        #expect(try o.lijstJSON().count == 1)
        let goed = try o.metData(["wis", id], invoer: "familie de jong-el amrani\n")
        #expect(goed.code == 0, "\(goed)")
        #expect(try o.lijstJSON().isEmpty)
    }

    @Test("wis op het id van een dossier dat apart is gezet (onleesbaar): de resten gaan ook weg")
    func wisApartGezet() throws {
        let o = try Omgeving()
        defer { o.ruimOp() }
        let id = try o.demo()
        #expect(try o.metData(["toon", id]).code == 0)
        // The file is damaged: the next list sets it aside, so it is no longer in the list.
        let pad = "\(o.data)/dossiers/\(id).json"
        var ruw = try Data(contentsOf: URL(fileURLWithPath: pad))
        ruw[ruw.count / 2] ^= 0xFF
        try ruw.write(to: URL(fileURLWithPath: pad))
        _ = try o.metData(["lijst"])
        #expect(try o.lijstJSON().isEmpty)
        #expect(!Self.sporen(o.data, ["Sanne"]).isEmpty, "de resten bevatten nog namen")
        let fout = try o.metData(["wis", id], invoer: "iets anders\n")
        #expect(fout.code == 1 && fout.fout.contains("Het id klopt niet"), "\(fout)")
        let r = try o.metData(["wis", id], invoer: "\(id)\n")
        #expect(r.code == 0, "\(r)")
        #expect(Self.sporen(o.data, ["Sanne", "El Amrani", "Lindelaan"]) == [])
    }

    @Test("bewaartermijn toont een afgesloten huishouden na de termijn; de instelling wordt gecontroleerd")
    func bewaartermijn() throws {
        let o = try Omgeving()
        defer { o.ruimOp() }
        _ = try o.demo()
        var dicht = Dossier(id: "dicht1", naam: "Familie Bakker", aangemaakt: Datum(jaar: 2023, maand: 1, dag: 1)!)
        // Ticks in 6b close nothing; the closing act on 10-02-2024 does.
        dicht.proces.fase = "6b"
        dicht.proces.afgevinkt = (1...10).map { Afvinking(actie: "6b.p\($0)", datum: Datum(jaar: 2024, maand: 1, dag: $0)!, door: "R") }
        #expect(dicht.sluitAf(Afsluiting(datum: Datum(jaar: 2024, maand: 2, dag: 10)!, door: "R", evaluatie: "Het gaat goed.",
                                         vragenBij: "Wijkteam"), afsluitmethode).isEmpty)
        let bestand = o.pad("dicht.json")
        try Formaat.codeer(dicht).write(to: URL(fileURLWithPath: bestand))
        #expect(try o.metData(["importeer", bestand]).code == 0)
        let r = try o.metData(["bewaartermijn"])
        #expect(r.code == 0, "\(r)")
        #expect(r.uit == "dicht1\tFamilie Bakker\t10-02-2024\t10-02-2026\n", "\(r)")
        let lang = try o.metData(["bewaartermijn"], ["--maanden", "60"])
        #expect(lang.uit.contains("Geen huishoudens"))
        let config = o.tmp.appendingPathComponent("home/.config/regie")
        try FileManager.default.createDirectory(at: config, withIntermediateDirectories: true)
        try Data("bewaartermijn: 48\n".utf8).write(to: config.appendingPathComponent("instellingen.yaml"))
        let ingesteld = try o.metData(["bewaartermijn"])
        #expect(ingesteld.uit.contains("verlopen bewaartermijn (48 maanden)"), "\(ingesteld)")
        try Data("bewaartermijn: 0\n".utf8).write(to: config.appendingPathComponent("instellingen.yaml"))
        let fout = try o.metData(["bewaartermijn"])
        #expect(fout.code == 1 && fout.fout.contains("bewaartermijn is een aantal maanden"), "\(fout)")
    }
}
