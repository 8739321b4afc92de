import Foundation
import RegieDomain
@testable import RegieStore
import Testing

@Suite("De index liegt niet: een regel die niet bij zijn bestand past, telt niet")
struct IndexWaarheidTests {
    var indexPad: (Testopslag) -> URL = { $0.map.appendingPathComponent("index.json") }

    /// Two households listed once, so the index has their lines.
    func twee() throws -> Testopslag {
        let t = try Testopslag()
        try t.opslag.voegToe(klein("kok", "Familie Kok"))
        try t.opslag.voegToe(klein("bos", "Familie Bos"))
        #expect(t.opslag.lijst().dossiers.map(\.id) == ["bos", "kok"])
        return t
    }

    @Test("een regel voor kok.json met de samenvatting van bos: geen huishouden dubbel, geen verborgen")
    func regelMetAndereId() throws {
        let t = try twee()
        defer { t.ruimOp() }
        // Written by the index's own code, so every line is well-formed (and, where lines
        // carry a check sum, it is right): only the id does not fit the file.
        var items = try #require(t.opslag.leesIndex())
        let kok = try #require(items.firstIndex { $0.bestand == "kok.json" })
        let bos = try #require(items.first { $0.bestand == "bos.json" })
        items[kok].samenvatting = bos.samenvatting
        try IndexFormaat.codeer(items).write(to: indexPad(t))

        let lijst = t.opslag.lijst()
        #expect(lijst.dossiers.map(\.id) == ["bos", "kok"])
        #expect(lijst.dossiers.map(\.naam) == ["Familie Bos", "Familie Kok"])
        #expect(lijst.problemen.isEmpty)
        // The wrong line is gone from the index itself.
        let na = try #require(t.opslag.leesIndex())
        #expect(na.allSatisfy { $0.bestand == $0.samenvatting.id + ".json" })
    }

    @Test("twee regels voor hetzelfde bestand: allebei weg, het bestand wordt gelezen")
    func dubbeleRegel() throws {
        let t = try twee()
        defer { t.ruimOp() }
        var items = try #require(t.opslag.leesIndex())
        var nep = try #require(items.first { $0.bestand == "kok.json" })
        nep.samenvatting.naam = "Familie Nep"
        items.append(nep)
        try IndexFormaat.codeer(items).write(to: indexPad(t))
        #expect(t.opslag.lijst().dossiers.map(\.naam) == ["Familie Bos", "Familie Kok"])
    }

    @Test("een met de hand veranderde naam in de index wordt niet getoond")
    func naamMetDeHand() throws {
        let t = try twee()
        defer { t.ruimOp() }
        let tekst = String(decoding: try #require(bytes(indexPad(t))), as: UTF8.self)
        #expect(tekst.contains("\tFamilie Kok\t"))
        try Data(tekst.replacingOccurrences(of: "\tFamilie Kok\t", with: "\tFamilie Kak\t").utf8).write(to: indexPad(t))
        #expect(t.opslag.lijst().dossiers.map(\.naam) == ["Familie Bos", "Familie Kok"])
        // And the index is right again.
        let na = try #require(bytes(indexPad(t)))
        #expect(!String(decoding: na, as: UTF8.self).contains("Familie Kak"))
    }

    @Test("openen van een dossier zet zijn regel in de index recht, ook een regel die verder klopt")
    func openenVerversRegel() throws {
        let t = try twee()
        defer { t.ruimOp() }
        // A line that is well-formed and fits its file by name and stamp, but says something
        // else than the file: only reading the file can tell. Opening it does.
        var items = try #require(t.opslag.leesIndex())
        let kok = try #require(items.firstIndex { $0.bestand == "kok.json" })
        items[kok].samenvatting.naam = "Familie Kak"
        items[kok].samenvatting.niveau = 5
        try IndexFormaat.codeer(items).write(to: indexPad(t))
        let g = try t.opslag.laad("kok")
        #expect(g.dossier.naam == "Familie Kok")
        let lijst = t.opslag.lijst()
        #expect(lijst.dossiers.map(\.naam) == ["Familie Bos", "Familie Kok"])
        #expect(lijst.dossiers.first { $0.id == "kok" } == DossierSamenvatting(g.dossier))
        // A line that is right is not written again.
        let voor = try #require(bytes(indexPad(t)))
        let inode = try FileManager.default.attributesOfItem(atPath: indexPad(t).path)[.systemFileNumber] as? NSNumber
        _ = try t.opslag.laad("kok")
        #expect(bytes(indexPad(t)) == voor)
        #expect(try FileManager.default.attributesOfItem(atPath: indexPad(t).path)[.systemFileNumber] as? NSNumber == inode)
    }

    @Test("openen van een dossier zonder regel voegt die toe; zonder index wordt er geen gemaakt")
    func openenZonderRegel() throws {
        let t = try twee()
        defer { t.ruimOp() }
        let items = try #require(t.opslag.leesIndex())
        try IndexFormaat.codeer(items.filter { $0.bestand != "kok.json" }).write(to: indexPad(t))
        _ = try t.opslag.laad("kok")
        let na = try #require(t.opslag.leesIndex())
        #expect(na.map(\.bestand).sorted() == ["bos.json", "kok.json"])
        try FileManager.default.removeItem(at: indexPad(t))
        _ = try t.opslag.laad("kok")
        #expect(!FileManager.default.fileExists(atPath: indexPad(t).path))
    }
}
