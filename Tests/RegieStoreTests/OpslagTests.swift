import Foundation
import RegieDomain
@testable import RegieStore
import Testing

@Suite("Opslag: bewaren, laden, wijzigingscontrole en rechten")
struct OpslagTests {
    @Test("voegToe en laad geven hetzelfde dossier terug, met de SHA-256 van het bestand")
    func rondje() throws {
        let t = try Testopslag()
        defer { t.ruimOp() }
        let d = Voorbeeld.demo(vandaag: testVandaag, id: "demo1")
        let vingerafdruk = try t.opslag.voegToe(d)

        let geladen = try t.opslag.laad("demo1")
        #expect(geladen.dossier == d)
        #expect(geladen.vingerafdruk == vingerafdruk)
        let ruw = try #require(bytes(t.bestand("demo1")))
        #expect(vingerafdruk == sha256Hex(ruw))
        #expect(vingerafdruk.count == 64)
        // The documented envelope.
        let json = try #require(try JSONSerialization.jsonObject(with: ruw) as? [String: Any])
        #expect(json["schema"] as? Int == 1)
        #expect(json["soort"] as? String == "regie-dossier")
        #expect((json["dossier"] as? [String: Any])?["naam"] as? String == "Familie De Jong-El Amrani")
        // A fresh store on the same folder reads the same.
        #expect(try t.tweede().laad("demo1").dossier == d)
    }

    @Test("bewaar met de juiste vingerafdruk lukt, geeft een nieuwe, en bewaart de vorige versie")
    func bewaarEnVorige() throws {
        let t = try Testopslag()
        defer { t.ruimOp() }
        let eerste = Voorbeeld.demo(vandaag: testVandaag, id: "demo2")
        try t.opslag.voegToe(eerste)
        // A new dossier has no backup yet.
        #expect(throws: OpslagFout.self) { try t.opslag.laadVorige("demo2") }

        var geladen = try t.opslag.laad("demo2")
        geladen.dossier.naam = "Familie De Jong (tweede)"
        let nieuw = try t.opslag.bewaar(geladen.dossier, verwacht: geladen.vingerafdruk)
        #expect(nieuw != geladen.vingerafdruk)

        let opnieuw = try t.opslag.laad("demo2")
        #expect(opnieuw.dossier.naam == "Familie De Jong (tweede)")
        #expect(opnieuw.vingerafdruk == nieuw)
        #expect(try t.opslag.laadVorige("demo2") == eerste)

        // A third save: the backup moves on to the second.
        var derde = opnieuw.dossier
        derde.naam = "Familie De Jong (derde)"
        let v3 = try t.opslag.bewaar(derde, verwacht: nieuw)
        #expect(try t.opslag.laadVorige("demo2").naam == "Familie De Jong (tweede)")
        #expect(try t.opslag.laad("demo2").dossier.naam == "Familie De Jong (derde)")
        #expect(try t.opslag.laad("demo2").vingerafdruk == v3)
    }

    @Test("twee vensters: het tweede mag het werk van het eerste niet overschrijven")
    func tweeVensters() throws {
        let t = try Testopslag()
        defer { t.ruimOp() }
        try t.opslag.voegToe(Voorbeeld.demo(vandaag: testVandaag, id: "gezin"))
        var venster1 = try t.opslag.laad("gezin")
        var venster2 = try t.tweede().laad("gezin")
        #expect(venster1.vingerafdruk == venster2.vingerafdruk)

        venster1.dossier.naam = "Uit venster 1"
        try t.opslag.bewaar(venster1.dossier, verwacht: venster1.vingerafdruk)
        let naEerste = try #require(bytes(t.bestand("gezin")))

        venster2.dossier.naam = "Uit venster 2"
        #expect(throws: OpslagFout.gewijzigdOpSchijf("gezin")) {
            try t.tweede().bewaar(venster2.dossier, verwacht: venster2.vingerafdruk)
        }
        #expect(bytes(t.bestand("gezin")) == naEerste)
        #expect(try t.opslag.laad("gezin").dossier.naam == "Uit venster 1")
        // The refused save did not touch the backup either.
        #expect(try t.opslag.laadVorige("gezin").naam == "Familie De Jong-El Amrani")
        // The message tells the user what to do, in Dutch.
        #expect(OpslagFout.gewijzigdOpSchijf("gezin").melding.contains("Er is niets overschreven"))
    }

    @Test("voegToe van een bestaande id wordt geweigerd en verandert niets")
    func bestaatAl() throws {
        let t = try Testopslag()
        defer { t.ruimOp() }
        try t.opslag.voegToe(klein("dubbel", "Familie Een"))
        let voor = try #require(bytes(t.bestand("dubbel")))
        #expect(throws: OpslagFout.bestaatAl("dossier dubbel")) {
            try t.opslag.voegToe(klein("dubbel", "Familie Twee"))
        }
        #expect(bytes(t.bestand("dubbel")) == voor)
        #expect(try t.opslag.laad("dubbel").dossier.naam == "Familie Een")
    }

    @Test("met de hand gewijzigd bestand: bewaren met de oude vingerafdruk wordt geweigerd")
    func handmatigGewijzigd() throws {
        let t = try Testopslag()
        defer { t.ruimOp() }
        try t.opslag.voegToe(klein("hand", "Familie Hand"))
        let geladen = try t.opslag.laad("hand")
        // Someone edits the file in a text editor: same JSON, one byte more.
        var ruw = try #require(bytes(t.bestand("hand")))
        ruw.append(contentsOf: Array("\n".utf8))
        try ruw.write(to: t.bestand("hand"))
        var d = geladen.dossier
        d.naam = "Familie Overschreven"
        #expect(throws: OpslagFout.gewijzigdOpSchijf("hand")) {
            try t.opslag.bewaar(d, verwacht: geladen.vingerafdruk)
        }
        #expect(bytes(t.bestand("hand")) == ruw)
        // Reloading gives the new fingerprint, and then saving works.
        let opnieuw = try t.opslag.laad("hand")
        #expect(opnieuw.vingerafdruk == sha256Hex(ruw))
        try t.opslag.bewaar(d, verwacht: opnieuw.vingerafdruk)
        #expect(try t.opslag.laad("hand").dossier.naam == "Familie Overschreven")
    }

    @Test("bewaren met een vingerafdruk terwijl het bestand weg is, wordt geweigerd")
    func verwijderdBestand() throws {
        let t = try Testopslag()
        defer { t.ruimOp() }
        try t.opslag.voegToe(klein("weg", "Familie Weg"))
        let geladen = try t.opslag.laad("weg")
        try FileManager.default.removeItem(at: t.bestand("weg"))
        #expect(throws: OpslagFout.gewijzigdOpSchijf("weg")) {
            try t.opslag.bewaar(geladen.dossier, verwacht: geladen.vingerafdruk)
        }
        #expect(!FileManager.default.fileExists(atPath: t.bestand("weg").path))
    }

    @Test("ongeldige ids en ongeldige dossiers worden niet bewaard")
    func ongeldig() throws {
        let t = try Testopslag()
        defer { t.ruimOp() }
        for id in ["../buiten", "Hoofdletter", "", "-begin", "a/b", "a.b"] {
            #expect(throws: OpslagFout.ongeldigeId(id)) { try t.opslag.voegToe(klein(id, "Familie X")) }
            #expect(throws: OpslagFout.ongeldigeId(id)) { try t.opslag.laad(id) }
        }
        #expect(throws: OpslagFout.self) { try t.opslag.voegToe(klein("leeg", "   ")) }
        #expect(!FileManager.default.fileExists(atPath: t.bestand("leeg").path))
        #expect(throws: OpslagFout.nietGevonden("dossier bestaatniet")) { try t.opslag.laad("bestaatniet") }
        // Nothing escaped the store.
        #expect(!FileManager.default.fileExists(atPath: t.map.appendingPathComponent("buiten.json").path))
    }

    @Test("rechten: de mappen 0700, de bestanden 0600")
    func rechtenTest() throws {
        let t = try Testopslag()
        defer { t.ruimOp() }
        #expect(rechten(t.map) == 0o700)
        #expect(rechten(t.dossiers) == 0o700)
        let d = Voorbeeld.demo(vandaag: testVandaag, id: "prive")
        let v = try t.opslag.voegToe(d)
        try t.opslag.bewaar(d, verwacht: v)
        #expect(rechten(t.bestand("prive")) == 0o600)
        #expect(rechten(t.dossiers.appendingPathComponent("prive.vorige.json")) == 0o600)
        #expect(rechten(t.dossiers.appendingPathComponent("prive.slot")) == 0o600)
        _ = t.opslag.lijst()
        #expect(rechten(t.map.appendingPathComponent("index.json")) == 0o600)
        try t.opslag.stelVast(d, op: testVandaag)
        #expect(rechten(t.map.appendingPathComponent("versies")) == 0o700)
        let versieMap = t.map.appendingPathComponent("versies/prive")
        #expect(rechten(versieMap) == 0o700)
        for naam in try FileManager.default.contentsOfDirectory(atPath: versieMap.path) {
            #expect(rechten(versieMap.appendingPathComponent(naam)) == 0o600)
        }
        // Also via FileManager's attributes.
        let attr = try FileManager.default.attributesOfItem(atPath: t.bestand("prive").path)
        #expect((attr[.posixPermissions] as? NSNumber)?.intValue == 0o600)
    }

    @Test("een bestaande map die voor anderen leesbaar is, wordt prive gemaakt")
    func bestaandeMapWordtPrive() throws {
        let tmp = try nieuweTijdelijkeMap()
        defer { ruimOp(tmp) }
        let map = tmp.appendingPathComponent("open")
        try FileManager.default.createDirectory(at: map, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o755])
        #expect(rechten(map) == 0o755)
        _ = try Opslag(map: map)
        #expect(rechten(map) == 0o700)
        #expect(rechten(map.appendingPathComponent("dossiers")) == 0o700)
    }

    @Test("Uitvoer schrijft 0600 en leest geen koppelingen")
    func uitvoer() throws {
        let tmp = try nieuweTijdelijkeMap()
        defer { ruimOp(tmp) }
        let pad = tmp.appendingPathComponent("uit.json").path
        try Uitvoer.schrijf(Data("hallo".utf8), naar: pad)
        #expect(rechten(URL(fileURLWithPath: pad)) == 0o600)
        #expect(try Uitvoer.lees(pad) == Data("hallo".utf8))
        let link = tmp.appendingPathComponent("link.json").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: pad)
        #expect(throws: OpslagFout.self) { try Uitvoer.lees(link) }
        #expect(throws: OpslagFout.nietGevonden("het bestand bestaat niet")) {
            try Uitvoer.lees(tmp.appendingPathComponent("nergens.json").path)
        }
    }
}
