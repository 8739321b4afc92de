import Foundation
import RegieDomain
@testable import RegieStore
import Testing

@Suite("Een beschadigd dossier met een goede reservekopie: de reservekopie wordt teruggezet")
struct VorigeTerugTests {
    /// A dossier saved twice: `.vorige` holds the first save ("Familie Kok"), the file the second ("Familie Kok-Bos").
    func tweeKeerBewaard(_ t: Testopslag, id: String = "kok") throws -> (vorige: Data, laatste: Data) {
        try t.opslag.voegToe(klein(id, "Familie Kok"))
        let g = try t.opslag.laad(id)
        var d = g.dossier
        d.naam = "Familie Kok-Bos"
        try t.opslag.bewaar(d, verwacht: g.vingerafdruk)
        let vorige = try #require(bytes(t.dossiers.appendingPathComponent("\(id).vorige.json")))
        let laatste = try #require(bytes(t.bestand(id)))
        #expect(vorige != laatste)
        return (vorige, laatste)
    }

    /// The damaged bytes of `laatste`: cut in half.
    func beschadig(_ t: Testopslag, _ id: String, _ laatste: Data) throws -> Data {
        let kapot = laatste.prefix(laatste.count / 2)
        try kapot.write(to: t.bestand(id))
        return kapot
    }

    @Test("lijst: het huishouden blijft in de lijst, met een melding die het id noemt en niet de naam")
    func lijstZetTerug() throws {
        let t = try Testopslag()
        defer { t.ruimOp() }
        try t.opslag.voegToe(klein("ander", "Familie Ander"))
        let (vorige, laatste) = try tweeKeerBewaard(t)
        _ = t.opslag.lijst()                                   // the index knows the last save
        let kapot = try beschadig(t, "kok", laatste)

        let lijst = t.opslag.lijst()
        #expect(lijst.dossiers.map(\.id) == ["ander", "kok"])
        #expect(lijst.dossiers.map(\.naam) == ["Familie Ander", "Familie Kok"])
        #expect(lijst.problemen.count == 1)
        let p = try #require(lijst.problemen.first)
        #expect(p.teruggezet)
        #expect(p.bestand == "kok.json")
        let apart = try #require(p.apart)
        #expect(p.description == "Dossier kok was beschadigd (het is geen geldige JSON (afgebroken of beschadigd)). "
            + "De vorige bewaarde versie is teruggezet; de laatste wijziging kan daardoor ontbreken. "
            + "Het beschadigde bestand is apart gezet als \(apart); er is niets verwijderd.")
        #expect(!p.description.contains("Familie"))
        // The damaged bytes are kept aside; the backup is in place; the backup itself stays.
        #expect(bytes(t.map.appendingPathComponent(apart)) == kapot)
        #expect(bytes(t.bestand("kok")) == vorige)
        #expect(bytes(t.dossiers.appendingPathComponent("kok.vorige.json")) == vorige)
        // The next list is clean, from the index as from the files, and the dossier loads and saves.
        #expect(t.opslag.lijst().problemen.isEmpty)
        try FileManager.default.removeItem(at: t.map.appendingPathComponent("index.json"))
        #expect(t.opslag.lijst().dossiers.map(\.naam) == ["Familie Ander", "Familie Kok"])
        let g = try t.opslag.laad("kok")
        #expect(g.teruggezet == nil)
        try t.opslag.bewaar(g.dossier, verwacht: g.vingerafdruk)
    }

    @Test("laad: de reservekopie komt terug, met de melding; bewaren daarna gaat gewoon")
    func laadZetTerug() throws {
        let t = try Testopslag()
        defer { t.ruimOp() }
        let (vorige, laatste) = try tweeKeerBewaard(t)
        let kapot = try beschadig(t, "kok", laatste)
        let g = try t.opslag.laad("kok")
        #expect(g.dossier.naam == "Familie Kok")
        #expect(g.vingerafdruk == sha256Hex(vorige))
        let p = try #require(g.teruggezet)
        #expect(p.description.hasPrefix("Dossier kok was beschadigd"))
        let apart = try #require(p.apart)
        #expect(bytes(t.map.appendingPathComponent(apart)) == kapot)
        var d = g.dossier
        d.naam = "Familie Kok-Bos"
        try t.opslag.bewaar(d, verwacht: g.vingerafdruk)
        #expect(t.opslag.lijst().dossiers.map(\.naam) == ["Familie Kok-Bos"])
    }

    @Test("ook een koppeling, een te groot of een leeg bestand wordt vervangen door een goede reservekopie",
          arguments: ["leeg", "koppeling", "te groot", "andere id"])
    func andereSchade(_ soort: String) throws {
        let t = try Testopslag()
        defer { t.ruimOp() }
        try t.opslag.voegToe(klein("ander", "Familie Ander"))
        let (vorige, _) = try tweeKeerBewaard(t)
        try FileManager.default.removeItem(at: t.bestand("kok"))
        switch soort {
        case "leeg": try Data().write(to: t.bestand("kok"))
        case "koppeling":
            let elders = t.tmp.appendingPathComponent("elders.json")
            try Data("elders".utf8).write(to: elders)
            try FileManager.default.createSymbolicLink(at: t.bestand("kok"), withDestinationURL: elders)
        case "te groot":
            #expect(FileManager.default.createFile(atPath: t.bestand("kok").path, contents: nil))
            let fh = try FileHandle(forWritingTo: t.bestand("kok"))
            try fh.truncate(atOffset: UInt64(Bestanden.maximaleGrootte + 1))
            try fh.close()
        default: try #require(bytes(t.bestand("ander"))).write(to: t.bestand("kok"))
        }
        let lijst = t.opslag.lijst()
        #expect(lijst.dossiers.map(\.naam) == ["Familie Ander", "Familie Kok"])
        #expect(lijst.problemen.map(\.teruggezet) == [true])
        #expect(bytes(t.bestand("kok")) == vorige)
        #expect(t.apartNamen.count == 1)
    }

    @Test("geen bruikbare reservekopie: het beschadigde bestand gaat apart zoals altijd", arguments: ["geen", "kapot", "andere id"])
    func geenBruikbareVorige(_ soort: String) throws {
        let t = try Testopslag()
        defer { t.ruimOp() }
        try t.opslag.voegToe(klein("ander", "Familie Ander"))
        let (_, laatste) = try tweeKeerBewaard(t)
        let vorigePad = t.dossiers.appendingPathComponent("kok.vorige.json")
        switch soort {
        case "geen": try FileManager.default.removeItem(at: vorigePad)
        case "kapot": try Data("{\"schema\":1".utf8).write(to: vorigePad)
        default: try #require(bytes(t.bestand("ander"))).write(to: vorigePad)
        }
        let vorige = bytes(vorigePad)
        let kapot = try beschadig(t, "kok", laatste)
        let lijst = t.opslag.lijst()
        #expect(lijst.dossiers.map(\.id) == ["ander"])
        let p = try #require(lijst.problemen.first)
        #expect(!p.teruggezet)
        #expect(p.description.hasPrefix("Het bestand kok.json is geen leesbaar dossier"))
        let apart = try #require(p.apart)
        #expect(bytes(t.map.appendingPathComponent(apart)) == kapot)
        #expect(!FileManager.default.fileExists(atPath: t.bestand("kok").path))
        #expect(bytes(vorigePad) == vorige)            // left as it was
        #expect(throws: OpslagFout.nietGevonden("dossier kok")) { try t.opslag.laad("kok") }
    }

    @Test("versleutelde opslag: een beschadigd verzegeld bestand wordt vervangen door de verzegelde reservekopie")
    func versleuteld() throws {
        let tmp = try nieuweTijdelijkeMap()
        defer { ruimOp(tmp) }
        let opslag = try versleuteldeOpslag(tmp)
        let dossiers = opslag.map.appendingPathComponent("dossiers")
        try opslag.voegToe(klein("kok", "Familie Kok"))
        let g = try opslag.laad("kok")
        var d = g.dossier
        d.naam = "Familie Kok-Bos"
        try opslag.bewaar(d, verwacht: g.vingerafdruk)
        var verzegeld = try #require(bytes(dossiers.appendingPathComponent("kok.json")))
        verzegeld[verzegeld.count - 20] ^= 0x01                     // one bit in the ciphertext
        try verzegeld.write(to: dossiers.appendingPathComponent("kok.json"))
        let lijst = opslag.lijst()
        #expect(lijst.dossiers.map(\.naam) == ["Familie Kok"])
        let p = try #require(lijst.problemen.first)
        #expect(p.teruggezet)
        #expect(p.description.contains("beschadigd of gewijzigd"))
        #expect(try opslag.laad("kok").dossier.naam == "Familie Kok")
        #expect(gevondenGeheimen(opslag.map, ["Familie Kok"]).isEmpty)
    }
}
