import Foundation
import RegieDomain
@testable import RegieStore
import Testing

/// The key file gone or damaged, the recovery code, and the audit trail's anchor in the key file.
@Suite("Sleutelbestand: kwijt, beschadigd, herstelcode en het anker van het logboek")
struct SleutelbestandTests {
    /// An encrypted store with two dossiers (one saved twice, so with a backup), opened with its trail.
    func opslag(_ tmp: URL, herstelcode: Herstelcode? = nil) throws -> Opslag {
        let map = tmp.appendingPathComponent("data")
        let laag = try Kluis.maak(map: map, wachtwoord: testWachtwoord, kosten: .licht, herstelcode: herstelcode)
        let opslag = try Opslag(map: map, laag: laag).metLogboek(gebruiker: "Marloes Visser")
        let v = try opslag.voegToe(klein("een", "Familie Een"))
        var een = klein("een", "Familie Een")
        een.naam = "Familie Een-Twee"
        try opslag.bewaar(een, verwacht: v)
        try opslag.voegToe(klein("twee", "Familie Twee"))
        return opslag
    }

    func afdruk(_ map: URL) -> [String] { alleBestanden(map).map { "\($0.0) \(sha256Hex($0.1))" }.sorted() }

    @Test("zonder sleutelbestand: geen nieuwe sleutel, geen keuze voor onversleuteld, niets apart gezet of veranderd")
    func kwijt() throws {
        let tmp = try nieuweTijdelijkeMap()
        defer { ruimOp(tmp) }
        let map = try opslag(tmp).map
        let pad = map.appendingPathComponent("sleutel.json")
        try FileManager.default.removeItem(at: pad)
        let voor = afdruk(map)
        #expect(Kluis.stand(map: map) == .sleutelKwijt)
        #expect(Kluis.sleutelProbleem(map: map) == .sleutelKwijt(pad: pad.path))
        #expect(throws: KluisFout.sleutelKwijt(pad: pad.path)) { try Kluis.open(map: map, wachtwoord: testWachtwoord) }
        #expect(throws: KluisFout.sleutelKwijt(pad: pad.path)) { try Kluis.maak(map: map, wachtwoord: "een heel nieuw wachtwoord", kosten: .licht) }
        #expect(throws: KluisFout.sleutelKwijt(pad: pad.path)) { try Kluis.kiesOnversleuteld(map: map) }
        #expect(afdruk(map) == voor)
        let melding = KluisFout.sleutelKwijt(pad: pad.path).melding
        #expect(melding.contains(pad.path) && melding.contains("bewaar-sleutel") && melding.contains("regie versleuteling herstel"))

        // Only the trail (or its head) sealed, or only the mark of an unfinished encryption: still a lost key.
        for bewaard in ["logboek", "logboek.kop", "versleutelen.bezig"] {
            let ander = tmp.appendingPathComponent("ander-\(bewaard)")
            try FileManager.default.createDirectory(at: ander, withIntermediateDirectories: true)
            let bron = map.appendingPathComponent(bewaard)
            let inhoud = FileManager.default.fileExists(atPath: bron.path) ? try Data(contentsOf: bron) : Data(Kluis.bezigTekst.utf8)
            try inhoud.write(to: ander.appendingPathComponent(bewaard))
            #expect(Kluis.stand(map: ander) == .sleutelKwijt, "\(bewaard)")
        }
        // A plain store is not mistaken for one: its files do not start with the sealed header.
        let gewoon = try Testopslag()
        defer { gewoon.ruimOp() }
        try gewoon.opslag.metLogboek(gebruiker: nil).voegToe(klein("een", "Familie Een"))
        #expect(Kluis.stand(map: gewoon.map) == .teVersleutelen)
    }

    @Test("een beschadigd sleutelbestand heet beschadigd, nooit een verkeerd wachtwoord; er verandert niets")
    func beschadigd() throws {
        let tmp = try nieuweTijdelijkeMap()
        defer { ruimOp(tmp) }
        let map = try opslag(tmp, herstelcode: .nieuw()).map
        let pad = map.appendingPathComponent("sleutel.json")
        let goed = try Data(contentsOf: pad)
        let json = try #require(try JSONSerialization.jsonObject(with: goed) as? [String: Any])
        func veld(_ sleutel: String, _ waarde: Any) throws -> Data {
            var j = json
            j[sleutel] = waarde
            return try JSONSerialization.data(withJSONObject: j)
        }
        // One base64 character of the wrapped key changed: same length, still base64.
        let verpakt = try #require(json["gegevenssleutel"] as? String)
        let ander = String(verpakt.prefix(10)) + (verpakt.dropFirst(10).first == "A" ? "B" : "A") + String(verpakt.dropFirst(11))
        let gevallen: [(String, Data, String)] = [
            ("leeg", Data(), "het is leeg"),
            ("afgebroken", goed.prefix(goed.count / 2), "het is geen leesbare JSON (afgebroken of veranderd)"),
            ("geen JSON", Data("sleutel".utf8), "het is geen leesbare JSON (afgebroken of veranderd)"),
            ("veld weg", try veld("kdf", NSNull()), "er ontbreken velden of ze hebben de verkeerde vorm"),
            ("verkeerde vorm", try veld("versie", "een"), "er ontbreken velden of ze hebben de verkeerde vorm"),
            ("verpakte sleutel veranderd", try veld("gegevenssleutel", ander),
             "de controlesom klopt niet: het bestand is veranderd of beschadigd"),
        ]
        for (naam, bytes, reden) in gevallen {
            try bytes.write(to: pad)
            let voor = afdruk(map)
            let verwacht = KluisFout.sleutelBeschadigd(pad: pad.path, reden: reden)
            #expect(Kluis.stand(map: map) == .versleuteld, "\(naam)")
            #expect(Kluis.sleutelProbleem(map: map) == verwacht, "\(naam)")
            #expect(throws: verwacht, "\(naam)") { try Kluis.open(map: map, wachtwoord: testWachtwoord) }
            #expect(throws: verwacht, "\(naam)") { try Kluis.open(map: map, wachtwoord: "niet het goede wachtwoord") }
            #expect(throws: KluisFout.alVersleuteld, "\(naam)") { try Kluis.maak(map: map, wachtwoord: "een heel nieuw wachtwoord", kosten: .licht) }
            #expect(afdruk(map) == voor, "\(naam)")
            #expect(verwacht.melding.contains("beschadigd") && verwacht.melding.contains("aan het wachtwoord ligt het niet"))
        }
        try goed.write(to: pad)
        #expect(try Opslag(map: map, laag: Kluis.open(map: map, wachtwoord: testWachtwoord)).laad("twee").dossier.naam == "Familie Twee")
    }

    @Test("herstelcode: 28 tekens in groepjes van vier, zonder I, L, O en U; overgetypt met kleine letters en O voor 0 werkt ook")
    func code() throws {
        let a = Herstelcode.nieuw(), b = Herstelcode.nieuw()
        #expect(a != b)
        #expect(a.tekst.wholeMatch(of: /[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){6}/) != nil, "\(a.tekst)")
        #expect(Herstelcode(a.tekst) == a)
        #expect(Herstelcode(a.tekst.lowercased().replacingOccurrences(of: "-", with: " ")) == a)
        #expect(Herstelcode("0000-1111-2222-3333-4444-5555-6666") == Herstelcode("oOoO-iIlL-2222 3333 4444 5555 6666"))
        #expect(Herstelcode(String(a.tekst.dropLast())) == nil)
        #expect(Herstelcode(a.tekst + "7") == nil)
        #expect(Herstelcode("UUUU-0000-0000-0000-0000-0000-0000") == nil)
        // Every symbol is used (a seeded count over many codes would be slow to read; 200 codes of 28 symbols suffice).
        let gezien = Set((0..<200).flatMap { _ in Herstelcode.nieuw().tekens })
        #expect(gezien.count == 32)
    }

    @Test("met de herstelcode een nieuw wachtwoord: alleen het sleutelbestand verandert; oude sleutels zonder herstelcode werken")
    func herstel() throws {
        let tmp = try nieuweTijdelijkeMap()
        defer { ruimOp(tmp) }
        let code = Herstelcode.nieuw()
        let map = try opslag(tmp, herstelcode: code).map
        #expect(Kluis.heeftHerstelcode(map: map))
        let dossiersVoor = afdruk(map).filter { $0.hasPrefix("dossiers/") }
        let nieuw = "een heel nieuw wachtwoord"
        #expect(throws: KluisFout.verkeerdeHerstelcode) { try Kluis.herstel(map: map, herstelcode: .nieuw(), nieuw: nieuw, kosten: .licht) }
        #expect(throws: KluisFout.teKort) { try Kluis.herstel(map: map, herstelcode: code, nieuw: "kort", kosten: .licht) }
        try Kluis.herstel(map: map, herstelcode: code, nieuw: nieuw, kosten: .licht, door: "Marloes Visser")
        #expect(throws: KluisFout.verkeerdWachtwoord) { try Kluis.open(map: map, wachtwoord: testWachtwoord) }
        let laag = try Kluis.open(map: map, wachtwoord: nieuw)
        #expect(try Opslag(map: map, laag: laag).laad("een").dossier.naam == "Familie Een-Twee")
        #expect(afdruk(map).filter { $0.hasPrefix("dossiers/") } == dossiersVoor)
        // A change of passphrase keeps the code; a new code replaces it.
        try Kluis.wijzigWachtwoord(map: map, oud: nieuw, nieuw: testWachtwoord, kosten: .licht)
        try Kluis.controleerHerstelcode(map: map, herstelcode: code)
        let tweede = Herstelcode.nieuw()
        #expect(throws: KluisFout.verkeerdWachtwoord) { try Kluis.maakHerstelcode(map: map, wachtwoord: nieuw, herstelcode: tweede) }
        try Kluis.maakHerstelcode(map: map, wachtwoord: testWachtwoord, herstelcode: tweede)
        #expect(throws: KluisFout.verkeerdeHerstelcode) { try Kluis.controleerHerstelcode(map: map, herstelcode: code) }
        try Kluis.controleerHerstelcode(map: map, herstelcode: tweede)
        let soorten = try Logboek(map: map, laag: laag, sleutel: laag.afgeleideSleutel(doel: Logboek.sleuteldoel)).items().map(\.soort)
        #expect(soorten.suffix(3) == ["wachtwoord-hersteld", "wachtwoord-gewijzigd", "herstelcode-gemaakt"])

        // A key file from before recovery codes (no wrapping, no checksum) still opens.
        let oud = try nieuweTijdelijkeMap()
        defer { ruimOp(oud) }
        let oudeMap = try opslag(oud).map
        let pad = oudeMap.appendingPathComponent("sleutel.json")
        var json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: pad)) as? [String: Any])
        #expect(json["herstel"] == nil)
        json["controle"] = nil
        json["logboekanker"] = nil
        try JSONSerialization.data(withJSONObject: json).write(to: pad)
        #expect(!Kluis.heeftHerstelcode(map: oudeMap))
        #expect(Kluis.sleutelProbleem(map: oudeMap) == nil)
        _ = try Kluis.open(map: oudeMap, wachtwoord: testWachtwoord)
        #expect(throws: KluisFout.geenHerstelcode) { try Kluis.herstel(map: oudeMap, herstelcode: code, nieuw: nieuw, kosten: .licht) }
        try Kluis.maakHerstelcode(map: oudeMap, wachtwoord: testWachtwoord, herstelcode: code)
        try Kluis.herstel(map: oudeMap, herstelcode: code, nieuw: nieuw, kosten: .licht)
        _ = try Kluis.open(map: oudeMap, wachtwoord: nieuw)
    }

    @Test("de sleutel van een andere map teruggezet: geweigerd vóór er iets apart wordt gezet")
    func anderePast() throws {
        let a = try nieuweTijdelijkeMap(), b = try nieuweTijdelijkeMap()
        defer { ruimOp(a); ruimOp(b) }
        let mapA = try opslag(a).map, mapB = try opslag(b).map
        try FileManager.default.removeItem(at: mapA.appendingPathComponent("sleutel.json"))
        try FileManager.default.copyItem(at: mapB.appendingPathComponent("sleutel.json"), to: mapA.appendingPathComponent("sleutel.json"))
        let voor = afdruk(mapA)
        #expect(throws: KluisFout.sleutelPastNiet(pad: mapA.appendingPathComponent("sleutel.json").path)) {
            try Kluis.open(map: mapA, wachtwoord: testWachtwoord)
        }
        #expect(afdruk(mapA) == voor)
        // One damaged dossier is not taken for a wrong key.
        let dossier = mapB.appendingPathComponent("dossiers/een.json")
        var kapot = try Data(contentsOf: dossier)
        kapot[kapot.count - 1] ^= 0xFF
        try kapot.write(to: dossier)
        _ = try Kluis.open(map: mapB, wachtwoord: testWachtwoord)
    }

    @Test("reservekopie van de sleutel: 0600, niet over een bestaand bestand zonder overschrijven; teruggezet opent hij alles weer")
    func reservekopie() throws {
        let tmp = try nieuweTijdelijkeMap()
        defer { ruimOp(tmp) }
        let map = try opslag(tmp).map
        let kopie = tmp.appendingPathComponent("kopie.json")
        try Kluis.bewaarSleutel(map: map, naar: kopie.path, overschrijf: false)
        #expect(rechten(kopie) == 0o600)
        #expect(bytes(kopie) == bytes(map.appendingPathComponent("sleutel.json")))
        try Data("iets anders".utf8).write(to: kopie)
        #expect(throws: KluisFout.self) { try Kluis.bewaarSleutel(map: map, naar: kopie.path, overschrijf: false) }
        #expect(bytes(kopie) == Data("iets anders".utf8))
        try Kluis.bewaarSleutel(map: map, naar: kopie.path, overschrijf: true)
        #expect(bytes(kopie) == bytes(map.appendingPathComponent("sleutel.json")))
        #expect(rechten(kopie) == 0o600)
        try FileManager.default.removeItem(at: map.appendingPathComponent("sleutel.json"))
        #expect(throws: KluisFout.sleutelKwijt(pad: map.appendingPathComponent("sleutel.json").path)) {
            try Kluis.bewaarSleutel(map: map, naar: tmp.appendingPathComponent("nog een").path, overschrijf: false)
        }
        try FileManager.default.copyItem(at: kopie, to: map.appendingPathComponent("sleutel.json"))
        #expect(try Opslag(map: map, laag: Kluis.open(map: map, wachtwoord: testWachtwoord)).laad("een").dossier.naam == "Familie Een-Twee")
    }

    @Test("een oudere kopie van logboek en kop teruggezet valt op, ook na nieuwe regels; een anker dat achterloopt (crash) niet")
    func anker() throws {
        let tmp = try nieuweTijdelijkeMap()
        defer { ruimOp(tmp) }
        let opslag = try opslag(tmp)
        let map = opslag.map
        let logboek = try #require(opslag.logboek)
        #expect(logboek.controleer().isInOrde, "\(logboek.controleer().melding)")
        let bewaard = try ["logboek", "logboek.kop"].map { ($0, try Data(contentsOf: map.appendingPathComponent($0))) }
        let aantal = logboek.controleer().aantal
        _ = try opslag.laad("een")
        _ = try opslag.laad("twee")
        #expect(logboek.controleer().isInOrde)
        for (naam, data) in bewaard { try data.write(to: map.appendingPathComponent(naam)) }
        let c = logboek.controleer()
        #expect(!c.isInOrde)
        #expect(c.breuk?.nr == aantal + 1)
        #expect(c.melding.contains("oudere kopie van het logboek teruggezet"), "\(c.melding)")
        // New entries do not wipe out what the anchor knew.
        for _ in 0..<4 { _ = try opslag.laad("een") }
        #expect(logboek.controleer().melding.contains("oudere"), "\(logboek.controleer().melding)")

        // A crash after the line and the head, before the anchor: the anchor is behind. No alarm,
        // and the next entry brings it up to date.
        let ander = try nieuweTijdelijkeMap()
        defer { ruimOp(ander) }
        let o2 = try self.opslag(ander)
        let sleutel = o2.map.appendingPathComponent("sleutel.json")
        let achter = try Data(contentsOf: sleutel)
        _ = try o2.laad("een")
        _ = try o2.laad("twee")
        try achter.write(to: sleutel)
        #expect(o2.logboek!.controleer().isInOrde, "\(o2.logboek!.controleer().melding)")
        _ = try o2.laad("een")
        #expect(o2.logboek!.controleer().isInOrde)
        guard case .kop(let kop) = Kluis.leesAnker(map: o2.map, laag: try #require(o2.laag as? VersleuteldeLaag)) else {
            Issue.record("geen anker")
            return
        }
        #expect(kop.aantal == o2.logboek!.controleer().aantal)
    }

    @Test("onversleuteld: dossiers zonder logboek geven 'ontbreekt'; een hele keten is geen bewijs en heet niet 'in orde'")
    func onversleuteld() throws {
        let t = try Testopslag()
        defer { t.ruimOp() }
        let opslag = t.opslag.metLogboek(gebruiker: "Marloes Visser")
        try opslag.voegToe(klein("een", "Familie Een"))
        let c = opslag.logboek!.controleer()
        #expect(c.isInOrde && !c.isBewijs)
        #expect(!c.melding.contains("in orde") && c.melding.contains("niet bewijzen"), "\(c.melding)")
        for naam in ["logboek", "logboek.kop"] { try? FileManager.default.removeItem(at: t.map.appendingPathComponent(naam)) }
        let weg = opslag.logboek!.controleer()
        #expect(!weg.isInOrde)
        #expect(weg.melding.contains("het logboek ontbreekt, terwijl er dossiers zijn"), "\(weg.melding)")
    }
}
