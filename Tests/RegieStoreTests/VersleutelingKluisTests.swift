#if canImport(Glibc)
import Glibc
#endif
import Foundation
import RegieDomain
@testable import RegieStore
import Testing

@Suite("Versleuteling: sleutelbestand, wachtwoord, stand en versleutelen van een bestaande opslag")
struct VersleutelingKluisTests {
    @Test("de stand: nieuw, onversleuteld (alleen na een keuze), te versleutelen, versleuteld")
    func stand() throws {
        let tmp = try nieuweTijdelijkeMap()
        defer { ruimOp(tmp) }
        let map = tmp.appendingPathComponent("data")
        #expect(Kluis.stand(map: map) == .nieuw)
        _ = try Opslag(map: map)   // empty folders only
        #expect(Kluis.stand(map: map) == .nieuw)
        try Opslag(map: map).voegToe(klein("een", "Familie Een"))
        #expect(Kluis.stand(map: map) == .teVersleutelen)
        try Kluis.kiesOnversleuteld(map: map)
        #expect(Kluis.stand(map: map) == .onversleuteld)
        let marker = try String(contentsOf: map.appendingPathComponent("onversleuteld.txt"), encoding: .utf8)
        #expect(marker.contains("NIET versleuteld"))
        // Encrypting later is possible; the choice is then gone.
        _ = try Kluis.maak(map: map, wachtwoord: testWachtwoord, kosten: .licht)
        #expect(Kluis.stand(map: map) == .versleuteld)
        #expect(!FileManager.default.fileExists(atPath: map.appendingPathComponent("onversleuteld.txt").path))
        #expect(throws: KluisFout.alVersleuteld) { try Kluis.kiesOnversleuteld(map: map) }
        #expect(throws: KluisFout.alVersleuteld) { try Kluis.maak(map: map, wachtwoord: testWachtwoord, kosten: .licht) }
        #expect(throws: KluisFout.teKort) { try Kluis.maak(map: tmp.appendingPathComponent("ander"), wachtwoord: "kort", kosten: .licht) }
        #expect(throws: KluisFout.geenSleutel) { try Kluis.open(map: tmp.appendingPathComponent("ander"), wachtwoord: testWachtwoord) }
    }

    @Test("het sleutelbestand: scrypt met eigen zout, geen persoonsgegevens, privé")
    func sleutelbestand() throws {
        let tmp = try nieuweTijdelijkeMap()
        defer { ruimOp(tmp) }
        let a = tmp.appendingPathComponent("a"), b = tmp.appendingPathComponent("b")
        _ = try Kluis.maak(map: a, wachtwoord: testWachtwoord, kosten: .licht)
        _ = try Kluis.maak(map: b, wachtwoord: testWachtwoord, kosten: .licht)
        let ka = try Sleutelbestand.lees(a.appendingPathComponent("sleutel.json").path)
        let kb = try Sleutelbestand.lees(b.appendingPathComponent("sleutel.json").path)
        #expect(ka.kdf.naam == "scrypt" && ka.kosten == .licht)
        #expect(ka.kdf.zout != kb.kdf.zout)
        #expect(ka.gegevenssleutel != kb.gegevenssleutel)
        #expect(rechten(a.appendingPathComponent("sleutel.json")) == 0o600)
        #expect(rechten(a) == 0o700)
        #expect(Kluis.kosten(map: a) == .licht)
        // A changed setting in the key file no longer unlocks: the checksum says the file was
        // changed (not that the passphrase is wrong); without the checksum (an older key file)
        // the authenticated settings still refuse it.
        let pad = a.appendingPathComponent("sleutel.json")
        let tekst = try String(contentsOf: pad, encoding: .utf8)
        try tekst.replacingOccurrences(of: "\"r\" : 8", with: "\"r\" : 9").write(to: pad, atomically: true, encoding: .utf8)
        #expect(throws: KluisFout.sleutelBeschadigd(pad: pad.path, reden: "de controlesom klopt niet: het bestand is veranderd of beschadigd")) {
            try Kluis.open(map: a, wachtwoord: testWachtwoord)
        }
        var oud = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: pad)) as? [String: Any])
        oud["controle"] = nil
        try JSONSerialization.data(withJSONObject: oud).write(to: pad)
        #expect(throws: KluisFout.verkeerdWachtwoord) { try Kluis.open(map: a, wachtwoord: testWachtwoord) }
    }

    @Test("wachtwoord wijzigen: alleen het sleutelbestand verandert; het oude werkt niet meer, het nieuwe wel")
    func wijzigen() throws {
        let tmp = try nieuweTijdelijkeMap()
        defer { ruimOp(tmp) }
        let opslag = try versleuteldeOpslag(tmp)
        try opslag.voegToe(klein("een", "Familie Een"))
        let voor = alleBestanden(opslag.map).filter { $0.0.hasPrefix("dossiers/") }.map { "\($0.0) \(sha256Hex($0.1))" }
        let sleutelVoor = bytes(opslag.map.appendingPathComponent("sleutel.json"))
        let nieuw = "een ander en langer wachtwoord"
        #expect(throws: KluisFout.teKort) { try Kluis.wijzigWachtwoord(map: opslag.map, oud: testWachtwoord, nieuw: "kort", kosten: .licht) }
        #expect(bytes(opslag.map.appendingPathComponent("sleutel.json")) == sleutelVoor)
        try Kluis.wijzigWachtwoord(map: opslag.map, oud: testWachtwoord, nieuw: nieuw, kosten: .licht)
        #expect(bytes(opslag.map.appendingPathComponent("sleutel.json")) != sleutelVoor)
        #expect(throws: KluisFout.verkeerdWachtwoord) { try Kluis.open(map: opslag.map, wachtwoord: testWachtwoord) }
        let weer = try Opslag(map: opslag.map, laag: Kluis.open(map: opslag.map, wachtwoord: nieuw))
        #expect(try weer.laad("een").dossier.naam == "Familie Een")
        #expect(alleBestanden(opslag.map).filter { $0.0.hasPrefix("dossiers/") }.map { "\($0.0) \(sha256Hex($0.1))" } == voor)
    }

    /// A plain store as Regie wrote it before encryption: dossiers with backups, versions,
    /// the index, a file set aside, a temporary file of a killed program, an audit trail.
    func oudeOpslag(_ map: URL) throws -> [Dossier] {
        let opslag = try Opslag(map: map).metLogboek(gebruiker: "Marloes Visser")
        var dossiers: [Dossier] = []
        for i in 0..<4 {
            var d = Voorbeeld.demo(vandaag: testVandaag, id: "gezin\(i)")
            let v = try opslag.voegToe(d)
            d.plan.samenvatting = "Bewaard op dag \(i)."
            try opslag.bewaar(d, verwacht: v)
            dossiers.append(d)
        }
        try opslag.stelVast(dossiers[0], op: testVandaag)
        _ = opslag.lijst()
        _ = try opslag.laad("gezin1")
        try FileManager.default.createDirectory(at: map.appendingPathComponent("apart"), withIntermediateDirectories: true)
        try Data("Sanne schreef dit half".utf8).write(to: map.appendingPathComponent("apart/gezin9.json.20261101T000000Z"))
        try Data("Lindelaan, half geschreven".utf8).write(to: map.appendingPathComponent("dossiers/.gezin0.json.tmp-999999-abc"))
        return dossiers
    }

    @Test("een bestaande opslag versleutelen: alles verzegeld, alles laadt, het logboek klopt")
    func versleutelBestaande() throws {
        let tmp = try nieuweTijdelijkeMap()
        defer { ruimOp(tmp) }
        let map = tmp.appendingPathComponent("data")
        let dossiers = try oudeOpslag(map)
        #expect(Kluis.stand(map: map) == .teVersleutelen)
        #expect(!gevondenGeheimen(map).isEmpty)
        let laag = try Kluis.maak(map: map, wachtwoord: testWachtwoord, kosten: .licht, door: "Marloes Visser")
        #expect(gevondenGeheimen(map) == [])
        let opslag = try Opslag(map: map, laag: laag)
        for d in dossiers {
            #expect(try opslag.laad(d.id).dossier == d)
            #expect(try opslag.laadVorige(d.id).plan.samenvatting == Voorbeeld.demo(vandaag: testVandaag, id: d.id).plan.samenvatting)
        }
        #expect(opslag.versies("gezin0").count == 1)
        #expect(opslag.lijst().problemen.isEmpty)
        #expect(!Kluis.isVersleutelenBezig(map: map))
        let logboek = Logboek(map: map, laag: laag, sleutel: laag.afgeleideSleutel(doel: Logboek.sleuteldoel))
        #expect(logboek.controleer().isInOrde)
        #expect(!Migratie.isLogboekOnversleuteld(map))
    }

    @Test("onderbroken versleutelen gaat bij het volgende openen verder, zonder verlies")
    func onderbroken() throws {
        let tmp = try nieuweTijdelijkeMap()
        defer { ruimOp(tmp) }
        let map = tmp.appendingPathComponent("data")
        let dossiers = try oudeOpslag(map)
        let totaal = Migratie.bestanden(map).count
        #expect(totaal >= 10)
        #expect(throws: KluisFout.self) {
            _ = try Kluis.maak(map: map, wachtwoord: testWachtwoord, kosten: .licht, door: nil) { (n: Int) throws(KluisFout) in
                if n == 3 { throw .io("Stroom uitgevallen (test).") }
            }
        }
        #expect(Kluis.stand(map: map) == .versleuteld)
        #expect(Kluis.isVersleutelenBezig(map: map))
        let verzegeld = Migratie.bestanden(map).filter { VersleuteldeLaag.isVerzegeld(bytes(URL(fileURLWithPath: $0)) ?? Data()) }
        #expect(verzegeld.count == 3)
        #expect(Migratie.bestanden(map).count == totaal)

        // A wrong passphrase changes nothing, and does not go on.
        #expect(throws: KluisFout.verkeerdWachtwoord) { try Kluis.open(map: map, wachtwoord: "niet het goede wachtwoord") }
        #expect(Kluis.isVersleutelenBezig(map: map))

        let laag = try Kluis.open(map: map, wachtwoord: testWachtwoord)
        #expect(!Kluis.isVersleutelenBezig(map: map))
        #expect(Migratie.bestanden(map).allSatisfy { VersleuteldeLaag.isVerzegeld(bytes(URL(fileURLWithPath: $0)) ?? Data()) })
        #expect(gevondenGeheimen(map) == [])
        let opslag = try Opslag(map: map, laag: laag)
        #expect(Set(opslag.lijst().dossiers.map(\.id)) == Set(dossiers.map(\.id)))
        for d in dossiers { #expect(try opslag.laad(d.id).dossier == d) }
        #expect(Logboek(map: map, laag: laag, sleutel: laag.afgeleideSleutel(doel: Logboek.sleuteldoel)).controleer().isInOrde)
    }

    @Test("wachtwoordsterkte: kort, bekend woord, herhaling en reeksen zijn zwak; een zin is sterk")
    func sterkte() {
        let kort = Kluis.sterkte("kort1!")
        #expect(!kort.isLangGenoeg && kort.niveau == .zwak && kort.hint.contains("minstens 10"))
        let bekend = Kluis.sterkte("Wachtwoord12")
        #expect(bekend.niveau == .zwak && bekend.hint.contains("bekend woord"))
        #expect(Kluis.sterkte("welkom2026!!").niveau == .zwak)
        #expect(Kluis.sterkte("regieregie12").niveau == .zwak)
        #expect(Kluis.sterkte("aaaaaaaaaaaa").niveau == .zwak)
        #expect(Kluis.sterkte("1234567890ab").niveau == .zwak)
        let redelijk = Kluis.sterkte("kanaalboot42")
        #expect(redelijk.niveau == .redelijk && redelijk.hint.hasPrefix("Redelijk"))
        let sterk = Kluis.sterkte("Fiets regent op de Dam 7!")
        #expect(sterk.niveau == .sterk && sterk.naam == "sterk" && sterk.isLangGenoeg)
        #expect(Kluis.sterkte("paarse olifant danst langzaam").niveau == .sterk)
        // The line to show: no doubled word, and a warning only when weak or too short.
        #expect(sterk.regel == "Sterkte: sterk." && !sterk.isWaarschuwing)
        #expect(redelijk.regel.hasPrefix("Sterkte: redelijk") && !redelijk.isWaarschuwing, "\(redelijk.regel)")
        #expect(bekend.regel.hasPrefix("Sterkte: zwak: het bevat een bekend woord") && bekend.isWaarschuwing, "\(bekend.regel)")
        #expect(kort.regel.hasPrefix("Te kort: gebruik minstens 10 tekens") && kort.isWaarschuwing)
    }
}
