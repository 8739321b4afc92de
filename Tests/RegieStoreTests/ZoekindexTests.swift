import Foundation
import RegieDomain
@testable import RegieStore
import Testing
import TestSupport

/// Counts the dossiers the index had to read again (its progress calls), from any thread.
final class Voortgang: @unchecked Sendable {
    private let slot = NSLock()
    private var _stappen: [(Int, Int)] = []
    var stappen: [(Int, Int)] { slot.withLock { _stappen } }
    var gelezen: Int { stappen.count }
    var melder: @Sendable (Int, Int) -> Void {
        { [self] klaar, totaal in slot.withLock { _stappen.append((klaar, totaal)) } }
    }
}

@Suite("De zoekindex: bijgehouden, herbouwd en verzegeld")
struct ZoekindexTests {
    func dossier(_ id: String, _ naam: String, persoon: String = "Test Persoon", actie: String? = nil) -> Dossier {
        var d = Dossier(id: id, naam: naam, aangemaakt: testVandaag, gezinsleden: [Gezinslid(naam: persoon)])
        if let actie { d.plan.aanleiding = actie }
        return d
    }

    func ids(_ index: Zoekindex, _ vraag: String) -> [String] { index.zoek(vraag, maximaal: .max).map(\.id) }

    var zoekindexMap: (Testopslag) -> URL { { $0.map.appendingPathComponent("zoekindex") } }

    @Test("bewaren, toevoegen en wissen houden de index bij: daarna hoeft niets opnieuw gelezen te worden")
    func bijgehouden() throws {
        let t = try Testopslag()
        defer { t.ruimOp() }
        for i in 0..<20 { try t.opslag.voegToe(dossier("d\(i)", "Familie Nummer \(i)")) }
        let eerst = Voortgang()
        #expect(t.opslag.zoekindex(voortgang: eerst.melder).aantalDossiers == 20)
        #expect(eerst.gelezen == 20, "zonder index wordt elk dossier één keer gelezen")
        #expect(eerst.stappen.last! == (20, 20))

        try t.opslag.voegToe(dossier("noelle", "Familie Noëlle Smit"))
        var d = try t.opslag.laad("d3")
        d.dossier.gezinsleden[0].naam = "Ümit Kaya"
        try t.opslag.bewaar(d.dossier, verwacht: d.vingerafdruk)
        let deel = try #require(t.opslag.leesZoekindexdeel(ZoekindexFormaat.deel(van: "d3")))
        #expect(deel.first { $0.id == "d3" }.map { $0.tekst(1) } == "Ümit Kaya", "het deel op schijf is bij bewaren bijgewerkt")

        let daarna = Voortgang()
        let index = t.opslag.zoekindex(voortgang: daarna.melder)
        #expect(daarna.gelezen == 0, "bewaren en toevoegen hielden de index bij")
        #expect(ids(index, "NOELLE") == ["noelle"])
        #expect(ids(index, "umit") == ["d3"])
        #expect(index.zoek("umit").first?.waar == "Gezinslid")
        #expect(ids(index, "Test Persoon").count == 20, "de oude naam is weg")

        try t.opslag.wis("noelle")
        #expect(t.opslag.leesZoekindexdeel(ZoekindexFormaat.deel(van: "noelle"))?.contains { $0.id == "noelle" } == false)
        let naWissen = Voortgang()
        let index2 = t.opslag.zoekindex(voortgang: naWissen.melder)
        #expect(naWissen.gelezen == 0)
        #expect(ids(index2, "noelle").isEmpty)
        #expect(index2.aantalDossiers == 20)
    }

    @Test("een dossier dat buiten de index om veranderde of verdween, wordt bij het lezen bijgewerkt")
    func buitenDeIndexOm() throws {
        let t = try Testopslag()
        defer { t.ruimOp() }
        for i in 0..<5 { try t.opslag.voegToe(dossier("d\(i)", "Familie \(i)")) }
        _ = t.opslag.zoekindex()
        try Formaat.codeer(dossier("d1", "Familie Één", persoon: "Zoë Bakker")).write(to: t.bestand("d1"))
        try FileManager.default.removeItem(at: t.bestand("d2"))
        let v = Voortgang()
        let index = t.opslag.zoekindex(voortgang: v.melder)
        #expect(v.gelezen == 1)
        #expect(ids(index, "zoe bakker") == ["d1"])
        #expect(index.aantalDossiers == 4)
        #expect(ids(index, "familie 2").isEmpty)
    }

    @Test("ontbreekt de index of is een deel beschadigd, dan wordt hij herbouwd, met voortgang")
    func herbouwd() throws {
        let t = try Testopslag()
        defer { t.ruimOp() }
        for i in 0..<40 { try t.opslag.voegToe(dossier("d\(i)", "Familie \(i)", persoon: "Persoon \(i)")) }
        _ = t.opslag.zoekindex()
        try FileManager.default.removeItem(at: zoekindexMap(t))
        let v = Voortgang()
        #expect(t.opslag.zoekindex(voortgang: v.melder).aantalDossiers == 40)
        #expect(v.stappen.map(\.0) == Array(1...40) && v.stappen.allSatisfy { $0.1 == 40 })

        // A part with one byte changed (its check sum no longer fits), and one cut short.
        let n = ZoekindexFormaat.deel(van: "d7"), m = ZoekindexFormaat.deel(van: "d8")
        #expect(n != m)
        let pad = URL(fileURLWithPath: t.opslag.zoekindexPad(n))
        var bytes = try [UInt8](Data(contentsOf: pad))
        let plek = try #require(bytes.firstIndex(of: UInt8(ascii: "P")))
        bytes[plek] = UInt8(ascii: "Q")
        try Data(bytes).write(to: pad)
        let pad2 = URL(fileURLWithPath: t.opslag.zoekindexPad(m))
        try Data(try Data(contentsOf: pad2).prefix(30)).write(to: pad2)
        let inDelen = (0..<40).filter { [n, m].contains(ZoekindexFormaat.deel(van: "d\($0)")) }.count
        let v2 = Voortgang()
        let index = t.opslag.zoekindex(voortgang: v2.melder)
        #expect(v2.gelezen == inDelen, "alleen de dossiers van de kapotte delen worden opnieuw gelezen")
        #expect(ids(index, "persoon 7") == ["d7"])
        #expect(ids(index, "persoon 8") == ["d8"])
        #expect(ids(index, "qersoon").isEmpty, "wat beschadigd was, wordt niet gevonden")
        #expect(t.opslag.leesZoekindexdeel(n) != nil && t.opslag.leesZoekindexdeel(m) != nil, "de delen zijn opnieuw geschreven")
        let v3 = Voortgang()
        _ = t.opslag.zoekindex(voortgang: v3.melder)
        #expect(v3.gelezen == 0)
    }

    @Test("verzegeld: in een versleutelde opslag staat geen naam of tekst leesbaar in de index")
    func verzegeld() throws {
        let tmp = try nieuweTijdelijkeMap()
        defer { ruimOp(tmp) }
        let opslag = try versleuteldeOpslag(tmp)
        try opslag.voegToe(Voorbeeld.demo(vandaag: testVandaag))
        try opslag.voegToe(dossier("noelle", "Familie Noëlle Zuiderveen", actie: "Bellen met de woningcorporatie"))
        let index = opslag.zoekindex()
        #expect(ids(index, "noelle") == ["noelle"])
        #expect(ids(index, "zuiderveen").contains("noelle"))
        let bestanden = alleBestanden(opslag.map).filter { $0.0.hasPrefix("zoekindex/") }
        #expect(bestanden.count >= 2)
        for (pad, data) in bestanden {
            for geheim in demoGeheimen + ["Noëlle", "noelle", "woningcorporatie", "sanne", "zuiderveen", "regie-zoekindex"] {
                #expect(data.range(of: Data(geheim.utf8)) == nil, "\(geheim) leesbaar in \(pad)")
            }
        }
        // After a save the part is sealed too.
        var d = try opslag.laad("noelle")
        d.dossier.plan.aanleiding = "Afspraak met de huisarts"
        try opslag.bewaar(d.dossier, verwacht: d.vingerafdruk)
        let deel = try Data(contentsOf: URL(fileURLWithPath: opslag.zoekindexPad(ZoekindexFormaat.deel(van: "noelle"))))
        #expect(deel.range(of: Data("huisarts".utf8)) == nil)
        #expect(ids(opslag.zoekindex(), "HUISARTS") == ["noelle"])
    }

    @Test("versleutelen van een onversleutelde opslag laat geen leesbare zoekindex achter")
    func versleutelenRuimtOp() throws {
        let t = try Testopslag()
        defer { t.ruimOp() }
        try t.opslag.voegToe(dossier("noelle", "Familie Noëlle Zuiderveen"))
        _ = t.opslag.zoekindex()
        #expect(alleBestanden(zoekindexMap(t)).contains { $0.1.range(of: Data("Zuiderveen".utf8)) != nil })
        let laag = try Kluis.maak(map: t.map, wachtwoord: testWachtwoord, kosten: .licht)
        #expect(!alleBestanden(t.map).contains { $0.1.range(of: Data("Zuiderveen".utf8)) != nil })
        let versleuteld = try Opslag(map: t.map, laag: laag)
        #expect(ids(versleuteld.zoekindex(), "zuiderveen") == ["noelle"])
        #expect(!alleBestanden(t.map).contains { $0.1.range(of: Data("Zuiderveen".utf8)) != nil })
    }

    @Test("tabs, regeleinden, backslashes en accenten komen heel terug uit een deel")
    func formaat() throws {
        let t = try Testopslag()
        defer { t.ruimOp() }
        let tekst = "regel één\n\tmet tab \\ en \\t en \r\n einde"
        try t.opslag.voegToe(dossier("a", "Familie\tA\\", actie: tekst))
        let index = t.opslag.zoekindex()
        let treffer = try #require(index.zoek("met tab \\ en").first)
        #expect(treffer.tekst == tekst)
        #expect(treffer.huishouden == "Familie\tA\\")
        #expect(treffer.waar == "Aanleiding")
        #expect(ids(index, "EEN\n\tMET") == ["a"])
        // A text that folds to nothing (a lone accent) is kept as such: the part stays good.
        var b = dossier("b", "Familie B")
        b.plan.samenvatting = "\u{301}"
        try t.opslag.voegToe(b)
        _ = t.opslag.zoekindex()
        let v = Voortgang()
        #expect(t.opslag.zoekindex(voortgang: v.melder).aantalDossiers == 2)
        #expect(v.gelezen == 0)
    }
}

/// The index finds the same households as opening every dossier and searching its texts
/// (what the search did before it had an index), on generated dossiers.
@Suite("Eigenschap: de zoekindex vindt wat een volledige doorzoeking vindt")
struct ZoekindexEigenschapTests {
    static let stukken = ["no", "ë", "el", "le", "Noëlle", "NOELLE", "Yılmaz", "yil", "Øz", "oz", "straße", "STRASSE", "é", "e",
                          "Çelik", "cel", " ", "-", "\t", "\n", "\\", "a", "B", "jan", "sen", "ÆØ", "œ", "İ", "ĳ", "ﬁ", "Ａ", "1"]

    static func tekst(_ rng: inout Zaad, lengte: Int) -> String {
        (0..<lengte).map { _ in stukken[Int(rng.next() % UInt64(stukken.count))] }.joined()
    }

    static func dossier(_ rng: inout Zaad, _ i: Int) -> Dossier {
        var d = Dossier(id: "g\(i)", naam: "Familie " + tekst(&rng, lengte: 1 + Int(rng.next() % 3)), aangemaakt: testVandaag,
                        gezinsleden: (0..<(1 + Int(rng.next() % 3))).map { _ in Gezinslid(naam: tekst(&rng, lengte: 2 + Int(rng.next() % 3))) })
        d.plan.aanleiding = tekst(&rng, lengte: Int(rng.next() % 12))
        d.plan.samenvatting = tekst(&rng, lengte: Int(rng.next() % 6))
        return d
    }

    @Test("zelfde huishoudens als een volledige doorzoeking", arguments: [1 as UInt64, 2, 3])
    func zelfdeHuishoudens(_ zaad: UInt64) throws {
        let t = try Testopslag()
        defer { t.ruimOp() }
        var rng = Zaad(zaad)
        let dossiers = (0..<30).map { Self.dossier(&rng, $0) }
        for d in dossiers { try t.opslag.voegToe(d) }
        // Through the files: written by the saves, read back whole.
        let index = t.opslag.zoekindex()
        let vanSchijf = try Opslag(map: t.map).zoekindex()
        let begin = Date()
        for _ in 0..<150 where Date().timeIntervalSince(begin) < 20 {
            // Half the queries are pieces of texts that are there, half new combinations.
            let vraag: String
            if rng.next() % 2 == 0 {
                let d = dossiers[Int(rng.next() % UInt64(dossiers.count))]
                let teksten = d.zoekteksten().map(\.tekst).filter { !$0.isEmpty }
                let t = Array(teksten[Int(rng.next() % UInt64(teksten.count))])
                let a = Int(rng.next() % UInt64(t.count)), b = min(t.count, a + 1 + Int(rng.next() % 6))
                vraag = String(t[a..<b])
            } else {
                vraag = Self.tekst(&rng, lengte: 1 + Int(rng.next() % 2))
            }
            let q = Lijst.vouw(vraag.trimmingCharacters(in: .whitespaces))
            guard !q.isEmpty else { continue }
            let volledig = Set(dossiers.filter { d in d.zoekteksten().contains { Lijst.vouw($0.tekst).contains(q) } }.map(\.id))
            #expect(Set(index.zoek(vraag, maximaal: .max).map(\.id)) == volledig, "vraag \(vraag.debugDescription)")
            #expect(Set(vanSchijf.zoek(vraag, maximaal: .max).map(\.id)) == volledig, "vraag \(vraag.debugDescription), van schijf")
        }
    }
}
