import Crypto
import Foundation
import RegieDomain
@testable import RegieStore
import Testing

@Suite("Logboek in de opslag: openen, wijzigen, vaststellen en exporteren worden genoteerd")
struct LogboekOpslagTests {
    static let nu = Date(timeIntervalSince1970: 1_795_000_000)

    @Test("de opslag noteert wat er gebeurt, met de gewijzigde onderdelen, zonder namen uit het dossier")
    func zonderNamen() throws {
        for versleuteld in [false, true] {
            let t = try Testopslag()
            defer { t.ruimOp() }
            let laag: any Bytelaag = versleuteld ? VersleuteldeLaag(sleutel: SymmetricKey(size: .bits256)) : GeenVersleuteling()
            let opslag = try Opslag(map: t.map, laag: laag).metLogboek(gebruiker: "Regisseur Test", klok: { Self.nu })
            let demo = Voorbeeld.demo(vandaag: testVandaag)
            try opslag.voegToe(demo)
            var geladen = try opslag.laad(demo.id)
            geladen.dossier.plan.krachten.append(Uitspraak(spreker: demo.gezinsleden[0].id, citaat: "Ik kook elke dag voor de kinderen."))
            geladen.dossier.proces.niveau = 4
            let v = try opslag.bewaar(geladen.dossier, verwacht: geladen.vingerafdruk,
                                      onderdelen: Onderdelen.gewijzigd(van: demo, naar: geladen.dossier))
            let versie = try opslag.stelVast(geladen.dossier, op: testVandaag, aanwezigen: ["Sanne de Jong"], nu: Self.nu)
            try opslag.bewaar(geladen.dossier, verwacht: v, onderdelen: ["doelen"])
            opslag.noteerExport(dossier: demo.id, formaat: "pdf")

            let logboek = try #require(opslag.logboek)
            let items = try logboek.items(dossier: demo.id)
            #expect(items.map(\.soort) == ["aangemaakt", "geopend", "gewijzigd", "vastgesteld", "gewijzigd", "geexporteerd"])
            #expect(items[2].onderdelen == ["krachten", "regiekaart"])
            #expect(items[3].versie == versie.id)
            #expect(items[4].onderdelen == ["doelen"])
            #expect(items.allSatisfy { $0.door == "Regisseur Test" })
            #expect(logboek.controleer().isInOrde)

            // Every name, quote and address of the household: in no decoded entry, nor in the raw files.
            let verboden = demo.personen.map(\.naam) + [demo.naam, "Sanne", "Ik kook", demo.contact.adres.straatEnHuisnummer]
                .filter { !$0.isEmpty }
            let encoder = JSONEncoder()
            let json = try items.map { String(decoding: try encoder.encode($0), as: UTF8.self) }.joined(separator: "\n")
            let ruw = String(decoding: (bytes(t.map.appendingPathComponent("logboek")) ?? Data())
                + (bytes(t.map.appendingPathComponent("logboek.kop")) ?? Data()), as: UTF8.self)
            for naam in verboden {
                #expect(!json.contains(naam), "\(naam) staat in het logboek")
                #expect(!ruw.contains(naam), "\(naam) staat in het logboekbestand")
            }
        }
    }

    @Test("zonder logboek schrijft de opslag geen logboek")
    func zonderLogboek() throws {
        let t = try Testopslag()
        defer { t.ruimOp() }
        try t.opslag.voegToe(klein("a1", "Familie A"))
        _ = try t.opslag.laad("a1")
        #expect(!FileManager.default.fileExists(atPath: t.map.appendingPathComponent("logboek").path))
    }

    @Test("als het logboek niet geschreven kan worden, is het dossier toch bewaard en volgt een melding")
    func misluktLogboekVerliestNiets() throws {
        let t = try Testopslag()
        defer { t.ruimOp() }
        // A folder where the trail file should be: every append fails.
        try FileManager.default.createDirectory(at: t.map.appendingPathComponent("logboek"), withIntermediateDirectories: true)
        let opslag = try Opslag(map: t.map).metLogboek(gebruiker: "Regisseur Test")
        var d = klein("a1", "Familie A")
        let v = try opslag.voegToe(d)
        d.naam = "Familie B"
        try opslag.bewaar(d, verwacht: v)
        #expect(try t.tweede().laad("a1").dossier.naam == "Familie B")
        let problemen = try #require(opslag.logboek).neemProblemen()
        #expect(problemen.count == 2)
        #expect(problemen.first?.contains("Het logboek kon niet worden bijgewerkt") == true)
        #expect(problemen.first?.contains("wel bewaard") == true)
        #expect(try #require(opslag.logboek).neemProblemen().isEmpty)
    }

    @Test("gewijzigde onderdelen in gewone woorden, in de volgorde van het dossier")
    func onderdelen() {
        let oud = Voorbeeld.demo(vandaag: testVandaag)
        #expect(Onderdelen.gewijzigd(van: oud, naar: oud).isEmpty)
        #expect(Onderdelen.gewijzigd(van: nil, naar: oud) == ["nieuw dossier"])
        var nieuw = oud
        nieuw.proces.fase = "5"
        nieuw.gezinsleden[0].telefoon = "06-00000000"
        nieuw.veiligheidsplan = nil
        nieuw.plan.doelen.removeAll()
        #expect(Onderdelen.gewijzigd(van: oud, naar: nieuw) == ["gezinsleden", "doelen", "veiligheidsplan", "fasen"])
        var ander = oud
        ander.plan.zorgen.removeAll()
        ander.contact.telefoon = "010-0000000"
        ander.proces.meldcode.append(Meldcodeverloop())
        #expect(Onderdelen.gewijzigd(van: oud, naar: ander) == ["contactgegevens", "zorgen", "meldcode"])
    }
}
