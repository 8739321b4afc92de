import Foundation
import RegieDomain
@testable import RegieStore
import Testing

@Suite("Vastgestelde versies")
struct VersieTests {
    let t1 = Date(timeIntervalSince1970: 1_795_420_800)   // 2026-11-23T08:00:00Z
    let t2 = Date(timeIntervalSince1970: 1_795_424_400)   // 2026-11-23T09:00:00Z

    @Test("twee keer vaststellen: twee versies, oudste eerst, elk zoals het toen was")
    func tweeVersies() throws {
        let t = try Testopslag()
        defer { t.ruimOp() }
        let eerste = Voorbeeld.demo(vandaag: testVandaag, id: "vv")
        var v = try t.opslag.voegToe(eerste)
        let a = try t.opslag.stelVast(eerste, op: testVandaag, overleg: "startoverleg", aanwezigen: ["Sanne de Jong"], nu: t1)
        #expect(a.id == "2026-11-23_20261123T080000Z")
        #expect(a.vaststelling.aanwezigen == ["Sanne de Jong"])

        var tweede = eerste
        tweede.naam = "Familie Na Het Overleg"
        tweede.proces.niveau = 2
        v = try t.opslag.bewaar(tweede, verwacht: v)
        let b = try t.opslag.stelVast(tweede, op: Datum(iso: "2026-12-07")!, nu: t2)

        // Later saves do not change fixed versions.
        var derde = tweede
        derde.naam = "Familie Later"
        try t.opslag.bewaar(derde, verwacht: v)

        let lijst = t.opslag.versies("vv")
        #expect(lijst.map(\.id) == [a.id, b.id])
        #expect(lijst.first?.vaststelling.overleg == "startoverleg")
        #expect(lijst.first?.vaststelling.tijdstip == "2026-11-23T08:00:00Z")
        #expect(lijst.last?.vaststelling.datum == Datum(iso: "2026-12-07"))
        #expect(try t.opslag.laadVersie("vv", a.id) == eerste)
        #expect(try t.opslag.laadVersie("vv", b.id) == tweede)
        #expect(try t.opslag.laad("vv").dossier.naam == "Familie Later")
        // The version files say what they are.
        let ruw = try #require(bytes(t.map.appendingPathComponent("versies/vv/\(a.id).json")))
        let json = try #require(try JSONSerialization.jsonObject(with: ruw) as? [String: Any])
        #expect(json["soort"] as? String == "regie-versie")
        // A version is not a dossier and the other way round.
        #expect(t.opslag.lijst().dossiers.map(\.id) == ["vv"])
    }

    @Test("een versie wordt nooit overschreven, ook niet in dezelfde seconde; volgorde blijft oudste eerst")
    func nooitOverschreven() throws {
        let t = try Testopslag()
        defer { t.ruimOp() }
        var d = klein("zelfde", "Familie Een")
        try t.opslag.voegToe(d)
        var ids: [String] = []
        var inhoud: [Data] = []
        for i in 1...11 {
            d.naam = "Familie \(i)"
            let v = try t.opslag.stelVast(d, op: testVandaag, nu: t1)
            ids.append(v.id)
            inhoud.append(try #require(bytes(t.map.appendingPathComponent("versies/zelfde/\(v.id).json"))))
        }
        #expect(Set(ids).count == 11)
        #expect(ids[0] == "2026-11-23_20261123T080000Z")
        #expect(ids[1] == "2026-11-23_20261123T080000Z-2")
        // Listed in the order they were fixed.
        #expect(t.opslag.versies("zelfde").map(\.id) == ids)
        #expect(try t.opslag.versies("zelfde").map { try t.opslag.laadVersie("zelfde", $0.id).naam }
            == (1...11).map { "Familie \($0)" })
        // Every file still has its own first bytes.
        for (id, data) in zip(ids, inhoud) {
            #expect(bytes(t.map.appendingPathComponent("versies/zelfde/\(id).json")) == data)
        }
    }

    @Test("ongeldige versienamen en onbekende versies")
    func ongeldigeVersie() throws {
        let t = try Testopslag()
        defer { t.ruimOp() }
        try t.opslag.voegToe(klein("vx", "Familie X"))
        #expect(t.opslag.versies("vx").isEmpty)
        #expect(t.opslag.versies("../vx").isEmpty)
        #expect(throws: OpslagFout.ongeldigeId("../../dossiers/vx")) { try t.opslag.laadVersie("vx", "../../dossiers/vx") }
        #expect(throws: OpslagFout.ongeldigeId(".verborgen")) { try t.opslag.laadVersie("vx", ".verborgen") }
        #expect(throws: OpslagFout.self) { try t.opslag.laadVersie("vx", "2026-01-01_bestaatniet") }
        // A dossier file is not accepted as a version.
        try FileManager.default.createDirectory(at: t.map.appendingPathComponent("versies/vx"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: t.bestand("vx"), to: t.map.appendingPathComponent("versies/vx/nep.json"))
        let fout = try #require(throws: OpslagFout.self) { try t.opslag.laadVersie("vx", "nep") }
        #expect(fout.melding.contains("geen vastgestelde versie") == true)
        #expect(t.opslag.versies("vx").isEmpty)   // unreadable ones are skipped
    }
}
