import Foundation
import RegieDomain
@testable import RegieStore
import Testing

@Suite("Versleuteling: bestanden verzegeld met de gegevenssleutel")
struct VersleutelingTests {
    @Test("heen en terug: bewaren, opnieuw openen met het wachtwoord, hetzelfde dossier")
    func heenEnTerug() throws {
        let tmp = try nieuweTijdelijkeMap()
        defer { ruimOp(tmp) }
        let opslag = try versleuteldeOpslag(tmp)
        let demo = Voorbeeld.demo(vandaag: testVandaag)
        try opslag.voegToe(demo)
        let ruw = try #require(bytes(opslag.map.appendingPathComponent("dossiers/\(demo.id).json")))
        #expect(ruw.prefix(5) == Data("RGVL".utf8) + [1])
        let weer = try Opslag(map: opslag.map, laag: Kluis.open(map: opslag.map, wachtwoord: testWachtwoord))
        #expect(try weer.laad(demo.id).dossier == demo)
        #expect(weer.lijst().dossiers.map(\.id) == [demo.id])
        #expect(Kluis.stand(map: opslag.map) == .versleuteld)
    }

    @Test("een verkeerd wachtwoord: duidelijke melding, er verandert niets")
    func verkeerdWachtwoord() throws {
        let tmp = try nieuweTijdelijkeMap()
        defer { ruimOp(tmp) }
        let opslag = try versleuteldeOpslag(tmp)
        try opslag.voegToe(Voorbeeld.demo(vandaag: testVandaag))
        let voor = alleBestanden(opslag.map).map { "\($0.0) \(sha256Hex($0.1))" }
        #expect(throws: KluisFout.verkeerdWachtwoord) { try Kluis.open(map: opslag.map, wachtwoord: "fiets regent op de brug!") }
        #expect(throws: KluisFout.verkeerdWachtwoord) {
            try Kluis.wijzigWachtwoord(map: opslag.map, oud: "iets anders helemaal", nieuw: "een heel nieuw wachtwoord", kosten: .licht)
        }
        #expect(KluisFout.verkeerdWachtwoord.melding.contains("niet juist"))
        #expect(alleBestanden(opslag.map).map { "\($0.0) \(sha256Hex($0.1))" } == voor)
    }

    @Test("een gewijzigde byte wordt ontdekt en apart gezet; het andere dossier opent gewoon")
    func gewijzigdeByte() throws {
        let tmp = try nieuweTijdelijkeMap()
        defer { ruimOp(tmp) }
        let opslag = try versleuteldeOpslag(tmp)
        try opslag.voegToe(klein("een", "Familie Een"))
        try opslag.voegToe(klein("twee", "Familie Twee"))
        let pad = opslag.map.appendingPathComponent("dossiers/een.json")
        var ruw = try #require(bytes(pad))
        ruw[ruw.count / 2] ^= 0x01
        try ruw.write(to: pad)

        let lijst = opslag.lijst()
        #expect(lijst.dossiers.map(\.id) == ["twee"])
        let probleem = try #require(lijst.problemen.first)
        #expect(probleem.bestand == "een.json")
        #expect(probleem.reden.contains("beschadigd of gewijzigd"))
        #expect(probleem.apart?.hasPrefix("apart/een.json.") == true)
        #expect(!FileManager.default.fileExists(atPath: pad.path))
        #expect(try opslag.laad("twee").dossier.naam == "Familie Twee")

        // Directly through laad too: set aside with the reason.
        try opslag.voegToe(klein("drie", "Familie Drie"))
        let pad3 = opslag.map.appendingPathComponent("dossiers/drie.json")
        var ruw3 = try #require(bytes(pad3))
        ruw3[ruw3.count - 1] ^= 0x80
        try ruw3.write(to: pad3)
        do {
            _ = try opslag.laad("drie")
            Issue.record("een gewijzigd bestand is geopend")
        } catch {
            guard case .beschadigd(_, let reden, let apart) = error else { Issue.record("verkeerde fout: \(error)"); return }
            #expect(reden.contains("beschadigd of gewijzigd"))
            #expect(apart != nil)
        }
    }

    @Test("een gewijzigde versie wordt gemeld en overgeslagen; de andere versie leest gewoon")
    func gewijzigdeVersie() throws {
        let tmp = try nieuweTijdelijkeMap()
        defer { ruimOp(tmp) }
        let opslag = try versleuteldeOpslag(tmp)
        let d = klein("een", "Familie Een")
        try opslag.voegToe(d)
        let a = try opslag.stelVast(d, op: testVandaag, nu: Date(timeIntervalSince1970: 1_800_000_000))
        let b = try opslag.stelVast(d, op: testVandaag, nu: Date(timeIntervalSince1970: 1_800_000_100))
        let pad = opslag.map.appendingPathComponent("versies/een/\(a.id).json")
        var ruw = try #require(bytes(pad))
        ruw[20] ^= 0x10
        try ruw.write(to: pad)
        #expect(opslag.versies("een").map(\.id) == [b.id])
        #expect(throws: OpslagFout.self) { try opslag.laadVersie("een", a.id) }
        #expect(try opslag.laadVersie("een", b.id) == d)
    }

    @Test("een onversleuteld bestand en een onbekende versie worden elk met een eigen fout geweigerd")
    func onversleuteldBestand() throws {
        let laag = VersleuteldeLaag(sleutel: .init(size: .bits256))
        #expect(throws: KluisFout.nietVersleuteld) { try laag.open(Data("{\"schema\": 1}".utf8)) }
        var dicht = try laag.verzegel(Data("inhoud".utf8))
        #expect(try laag.open(dicht) == Data("inhoud".utf8))
        dicht[4] = 9
        #expect(throws: KluisFout.onbekendeVersie(9)) { try laag.open(dicht) }
        // Another store's key does not open it.
        let ander = VersleuteldeLaag(sleutel: .init(size: .bits256))
        #expect(throws: KluisFout.beschadigd) { try ander.open(try laag.verzegel(Data("inhoud".utf8))) }
    }

    @Test("in de map is geen naam, adres of citaat van het voorbeeldhuishouden te lezen")
    func geenLeesbareGegevens() throws {
        let tmp = try nieuweTijdelijkeMap()
        defer { ruimOp(tmp) }
        let opslag = try versleuteldeOpslag(tmp).metLogboek(gebruiker: "Marloes Visser")
        var demo = Voorbeeld.demo(vandaag: testVandaag)
        let vinger = try opslag.voegToe(demo)
        demo.plan.samenvatting = "Tweede keer bewaard."
        try opslag.bewaar(demo, verwacht: vinger)   // leaves a .vorige backup
        try opslag.stelVast(demo, op: testVandaag, aanwezigen: ["Sanne de Jong", "Youssef El Amrani"])
        _ = opslag.lijst()   // writes the index
        _ = try opslag.laad(demo.id)
        let namen = alleBestanden(opslag.map).map(\.0)
        #expect(namen.contains("index.json") && namen.contains { $0.hasSuffix(".vorige.json") } && namen.contains { $0.hasPrefix("versies/") })
        #expect(gevondenGeheimen(opslag.map) == [])

        // The same in a plain store does show them: the search itself works.
        let plain = try Opslag(map: tmp.appendingPathComponent("plain"))
        try plain.voegToe(demo)
        #expect(gevondenGeheimen(plain.map).count >= 4)
    }

    @Test("een vergrendelde laag opent niets en zet niets apart; ontgrendeld is alles er nog")
    func vergrendeld() throws {
        struct Dicht: Bytelaag {
            struct Fout: Error {}
            func verzegel(_ data: Data) throws -> Data { throw Fout() }
            func open(_ data: Data) throws -> Data { throw Fout() }
        }
        let tmp = try nieuweTijdelijkeMap()
        defer { ruimOp(tmp) }
        let opslag = try versleuteldeOpslag(tmp)
        try opslag.voegToe(klein("een", "Familie Een"))
        _ = opslag.lijst()
        let voor = alleBestanden(opslag.map).map(\.0)
        let dicht = try Opslag(map: opslag.map, laag: Dicht())
        #expect(!Dicht().isBruikbaar && opslag.laag.isBruikbaar)
        let lijst = dicht.lijst()
        #expect(lijst.dossiers.isEmpty)
        #expect(lijst.problemen.map(\.description) == [Opslag.vergrendeldMelding])
        #expect(throws: OpslagFout.io(Opslag.vergrendeldMelding)) { try dicht.laad("een") }
        #expect(alleBestanden(opslag.map).map(\.0) == voor)
        #expect(try opslag.laad("een").dossier.naam == "Familie Een")
    }

    @Test("afgeleide sleutels: vast per doel, anders per doel en per opslag")
    func afgeleideSleutel() throws {
        let a = VersleuteldeLaag(sleutel: .init(size: .bits256))
        let b = VersleuteldeLaag(sleutel: .init(size: .bits256))
        #expect(a.afgeleideSleutel(doel: "logboek") == a.afgeleideSleutel(doel: "logboek"))
        #expect(a.afgeleideSleutel(doel: "logboek") != a.afgeleideSleutel(doel: "iets anders"))
        #expect(a.afgeleideSleutel(doel: "logboek") != b.afgeleideSleutel(doel: "logboek"))
        #expect(a.isVersleuteld && !GeenVersleuteling().isVersleuteld)
    }
}
