import Foundation
import RegieDomain
@testable import RegieStore
import Testing

@Suite("Wissen van een huishouden (AVG artikel 17)")
struct WissenTests {
    static let namen = ["Sanne", "El Amrani", "Lindelaan"]

    /// Every file under the store folder, with its bytes.
    static func alleBestanden(_ map: URL) -> [(String, Data)] {
        guard let lijst = FileManager.default.enumerator(at: map, includingPropertiesForKeys: nil) else { return [] }
        var uit: [(String, Data)] = []
        for case let url as URL in lijst {
            var isMap: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isMap), !isMap.boolValue {
                uit.append((url.path, (try? Data(contentsOf: url)) ?? Data()))
            }
        }
        return uit
    }

    /// Files whose raw bytes contain one of the demo names.
    static func sporen(_ map: URL) -> [String] {
        alleBestanden(map).compactMap { pad, data in
            namen.contains { data.range(of: Data($0.utf8)) != nil } ? pad : nil
        }
    }

    /// The demo household saved twice (so there is a backup), fixed as a version, listed (so
    /// it is in the index), with a file set aside and a temporary file left by a killed save.
    static func vul(_ opslag: Opslag) throws -> Dossier {
        var demo = Voorbeeld.demo(vandaag: testVandaag)
        let v = try opslag.voegToe(demo)
        demo.plan.samenvatting += " Nog een zin."
        try opslag.bewaar(demo, verwacht: v)
        try opslag.stelVast(demo, op: testVandaag)
        try opslag.voegToe(klein("ander1", "Familie Bakker"))
        _ = opslag.lijst()
        let ruw = try Data(contentsOf: opslag.map.appendingPathComponent("dossiers/\(demo.id).json"))
        try FileManager.default.createDirectory(at: opslag.map.appendingPathComponent("apart"), withIntermediateDirectories: true)
        try ruw.write(to: opslag.map.appendingPathComponent("apart/\(demo.id).json.20260101T000000Z"))
        try ruw.write(to: opslag.map.appendingPathComponent("dossiers/.\(demo.id).json.tmp-999999-abc"))
        return demo
    }

    @Test("na het wissen staat nergens in de opslag nog een naam of adres; het andere huishouden is er nog")
    func geenSpoor() throws {
        let t = try Testopslag()
        defer { t.ruimOp() }
        let opslag = t.opslag.metLogboek(gebruiker: "Marloes Visser")
        let demo = try Self.vul(opslag)
        #expect(!Self.sporen(t.map).isEmpty, "de proef moet eerst sporen hebben")
        #expect(opslag.versieIds(demo.id).count == 1)

        let w = try opslag.wis(demo.id)
        #expect(w.versies == 1)
        #expect(w.bestanden >= 5)
        #expect(Self.sporen(t.map) == [])
        #expect(!opslag.bestaat(demo.id))
        #expect(opslag.versieIds(demo.id).isEmpty)
        #expect(!FileManager.default.fileExists(atPath: t.map.appendingPathComponent("versies/\(demo.id)").path))
        #expect(t.apartNamen.isEmpty)
        let index = try Data(contentsOf: t.map.appendingPathComponent("index.json"))
        #expect(index.range(of: Data(demo.id.utf8)) == nil)
        #expect(index.range(of: Data("Familie Bakker".utf8)) != nil)
        // The other household is untouched.
        #expect(opslag.lijst().dossiers.map(\.id) == ["ander1"])
        #expect(try opslag.laad("ander1").dossier.naam == "Familie Bakker")
        // The trail says it was erased, by id only.
        let items = try #require(opslag.logboek).items(dossier: demo.id)
        #expect(items.last?.logsoort == .gewist)
    }

    @Test("ook in een versleutelde opslag is daarna alles van het huishouden weg")
    func versleuteld() throws {
        let tmp = try nieuweTijdelijkeMap()
        defer { ruimOp(tmp) }
        let map = tmp.appendingPathComponent("data")
        let laag = try Kluis.maak(map: map, wachtwoord: "een lang en sterk wachtwoord", kosten: Scryptkosten(n: 1 << 10, r: 8, p: 1))
        let opslag = try Opslag(map: map, laag: laag)
        let demo = try Self.vul(opslag)
        try opslag.wis(demo.id)
        let over = Self.alleBestanden(map).map { ($0.0 as NSString).lastPathComponent }
        #expect(!over.contains { $0.contains(demo.id) }, "\(over)")
        #expect(opslag.lijst().dossiers.map(\.id) == ["ander1"])
    }

    @Test("een onbekend of ongeldig dossier wissen: een fout, en er verandert niets")
    func onbekend() throws {
        let t = try Testopslag()
        defer { t.ruimOp() }
        try t.opslag.voegToe(klein("ander1", "Familie Bakker"))
        #expect(throws: OpslagFout.nietGevonden("dossier bestaat1")) { try t.opslag.wis("bestaat1") }
        #expect(throws: OpslagFout.ongeldigeId("../x")) { try t.opslag.wis("../x") }
        #expect(t.opslag.bestaat("ander1"))
    }

    @Test("een id dat met een ander begint: alleen het genoemde huishouden gaat weg")
    func gelijkBegin() throws {
        let t = try Testopslag()
        defer { t.ruimOp() }
        try t.opslag.voegToe(klein("abc", "Familie A"))
        try t.opslag.voegToe(klein("abc-2", "Familie B"))
        try t.opslag.stelVast(klein("abc-2", "Familie B"), op: testVandaag)
        try t.opslag.wis("abc")
        #expect(t.opslag.bestaat("abc-2"))
        #expect(t.opslag.versieIds("abc-2").count == 1)
        #expect(t.opslag.lijst().dossiers.map(\.id) == ["abc-2"])
    }

    @Test("de bewaartermijn lezen telt niet als het openen van een dossier")
    func afgeslotenZonderLogboek() throws {
        let t = try Testopslag()
        defer { t.ruimOp() }
        let opslag = t.opslag.metLogboek(gebruiker: "Marloes Visser")
        let methode = Methode(info: MethodeInfo(naam: "proef", versie: "1"),
                              fasen: [Fase(id: "6b", naam: "Afsluiten", doel: "", procesregie: [FaseActie(id: "6b.p1", tekst: "Sluit af.")],
                                           casusregie: [], volgende: [])],
                              regiekaart: Regiekaart(niveaus: []),
                              meldcode: Meldcode(levensbedreigend: "", stappen: [], afwegingen: [], besluiten: [], start: ""),
                              criteria: Criteria(startcriteria: [], verwijsindex: []))
        var d = klein("dicht1", "Familie Dicht")
        #expect(d.sluitAf(Afsluiting(datum: testVandaag, door: "Marloes Visser", evaluatie: "Het gaat goed.", vragenBij: "Wijkteam"),
                          methode).isEmpty)
        try opslag.voegToe(d)
        let voor = try #require(opslag.logboek).items().count
        #expect(opslag.afgeslotenOp("dicht1", methode: methode) == testVandaag)
        #expect(opslag.afgeslotenOp("bestaatniet", methode: methode) == nil)
        #expect(try #require(opslag.logboek).items().count == voor)
    }

    @Test("foutmeldingen van de opslag over het voorbeeldhuishouden noemen geen namen")
    func meldingenZonderNamen() throws {
        let t = try Testopslag()
        defer { t.ruimOp() }
        var demo = Voorbeeld.demo(vandaag: testVandaag)
        var meldingen: [String] = []
        func vang(_ blok: () throws -> Void) {
            do { try blok() } catch { meldingen.append((error as? OpslagFout)?.melding ?? "\(error)") }
        }
        let v = try t.opslag.voegToe(demo)
        vang { try t.opslag.voegToe(demo) }                                  // exists
        vang { try t.opslag.bewaar(demo, verwacht: "oud") }                  // changed on disk
        var kapot = demo
        kapot.gezinsleden.append(kapot.gezinsleden[0])
        kapot.proces.niveau = 7
        vang { try t.opslag.bewaar(kapot, verwacht: v) }                     // unusable data
        vang { _ = try t.opslag.laad("onbekend1") }                          // not found
        vang { _ = try t.opslag.laadVersie(demo.id, "../x") }                // invalid version
        vang { _ = try t.opslag.laadVorige(demo.id) }                        // no backup
        // A damaged file: the name is in the bytes, but not in the message.
        demo.naam = "Familie De Jong-El Amrani"
        var tekst = try String(contentsOf: t.bestand(demo.id), encoding: .utf8)
        tekst = tekst.replacingOccurrences(of: "\"fase\" : \"4\"", with: "\"fase\" : 4")
        try tekst.write(to: t.bestand(demo.id), atomically: true, encoding: .utf8)
        vang { _ = try t.opslag.laad(demo.id) }
        meldingen += t.opslag.lijst().problemen.map(\.description)
        #expect(meldingen.count >= 7, "\(meldingen)")
        for m in meldingen {
            for naam in Self.namen + ["De Jong", "Youssef", "Noé"] {
                #expect(!m.contains(naam), "\(naam) in: \(m)")
            }
        }
    }
}
