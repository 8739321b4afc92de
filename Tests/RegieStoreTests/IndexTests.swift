#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import RegieDomain
@testable import RegieStore
import Testing

@Suite("De index: snel en altijd bij")
struct IndexTests {
    @Test("lijst maakt index.json; de uitkomst is gelijk aan een verse herbouw")
    func indexGelijkAanHerbouw() throws {
        let t = try Testopslag()
        defer { t.ruimOp() }
        try t.opslag.voegToe(Voorbeeld.demo(vandaag: testVandaag, id: "demo"))
        try t.opslag.voegToe(klein("b", "Familie Bakker"))
        try t.opslag.voegToe(klein("c", "Familie Çelik"))
        try t.opslag.voegToe(klein("a", "familie aarts"))

        let eerste = t.opslag.lijst()
        let indexPad = t.map.appendingPathComponent("index.json")
        #expect(FileManager.default.fileExists(atPath: indexPad.path))
        #expect(rechten(indexPad) == 0o600)
        #expect(bytes(indexPad)?.isEmpty == false)

        let uitIndex = t.opslag.lijst()                    // from the index
        try FileManager.default.removeItem(at: indexPad)
        let herbouwd = t.opslag.lijst()                    // read from the files
        #expect(eerste.dossiers == herbouwd.dossiers)
        #expect(uitIndex.dossiers == herbouwd.dossiers)
        // Sorted by name, ignoring case and accents.
        #expect(herbouwd.dossiers.map(\.id) == ["a", "b", "c", "demo"])
        let demo = try #require(herbouwd.dossiers.last)
        #expect(demo == DossierSamenvatting(try t.opslag.laad("demo").dossier))
        #expect(demo.niveau == 3)
        #expect(demo.aantalTeLaat(vandaag: testVandaag) == 1)
        #expect(demo.volgendOverleg(vandaag: testVandaag) == Datum(iso: "2026-12-07"))
    }

    @Test("de index wordt echt gebruikt: een bestand met dezelfde stempel wordt niet opnieuw gelezen")
    func indexWordtGebruikt() throws {
        let t = try Testopslag()
        defer { t.ruimOp() }
        try t.opslag.voegToe(klein("k", "Familie Kok"))
        _ = t.opslag.lijst()
        // Change the file in place, same size, and put its modification time back: the
        // stamp (size, mtime, inode) is what the index compares, so the list must still
        // show the summary from the index, without reading the file.
        let pad = t.bestand("k")
        var st = stat()
        #expect(lstat(pad.path, &st) == 0)
        let voor = try #require(bytes(pad))
        let na = try #require(String(decoding: voor, as: UTF8.self).replacingOccurrences(of: "Familie Kok", with: "Familie Kak")
            .data(using: .utf8))
        #expect(na.count == voor.count && na != voor)
        let fh = try FileHandle(forWritingTo: pad)
        try fh.write(contentsOf: na)
        try fh.close()
        var tijden = [st.st_atim, st.st_mtim]
        #expect(utimensat(AT_FDCWD, pad.path, &tijden, 0) == 0)
        #expect(t.opslag.lijst().dossiers.map(\.naam) == ["Familie Kok"])
        // Once the stamp changes, the entry is brought up to date.
        let g = try t.opslag.laad("k")
        #expect(g.dossier.naam == "Familie Kak")
        try t.opslag.bewaar(g.dossier, verwacht: g.vingerafdruk)
        #expect(t.opslag.lijst().dossiers.map(\.naam) == ["Familie Kak"])
        // Without the index, the file is read.
        try FileManager.default.removeItem(at: t.map.appendingPathComponent("index.json"))
        #expect(t.opslag.lijst().dossiers.map(\.naam) == ["Familie Kak"])
    }

    @Test("een wijziging door een ander programma staat in de volgende lijst")
    func wijzigingElders() throws {
        let t = try Testopslag()
        defer { t.ruimOp() }
        try t.opslag.voegToe(Voorbeeld.demo(vandaag: testVandaag, id: "demo"))
        try t.opslag.voegToe(klein("ander", "Familie Ander"))
        #expect(t.opslag.lijst().dossiers.map(\.naam) == ["Familie Ander", "Familie De Jong-El Amrani"])

        let elders = try t.tweede()
        var g = try elders.laad("demo")
        g.dossier.naam = "Familie Zwart"
        g.dossier.proces.niveau = 2
        try elders.bewaar(g.dossier, verwacht: g.vingerafdruk)
        try elders.voegToe(klein("nieuw", "Familie Nieuw"))

        let lijst = t.opslag.lijst()
        #expect(lijst.dossiers.map(\.naam) == ["Familie Ander", "Familie Nieuw", "Familie Zwart"])
        #expect(lijst.dossiers.first { $0.id == "demo" }?.niveau == 2)

        // A removed file is gone from the list (and from the index).
        try FileManager.default.removeItem(at: t.bestand("ander"))
        #expect(t.opslag.lijst().dossiers.map(\.id) == ["nieuw", "demo"])
        // Also when the index is rebuilt from scratch.
        try FileManager.default.removeItem(at: t.map.appendingPathComponent("index.json"))
        #expect(t.opslag.lijst().dossiers.map(\.id) == ["nieuw", "demo"])
        #expect(t.opslag.lijst().problemen.isEmpty)
    }

    @Test("een weggehaalde of beschadigde index wordt gewoon opnieuw opgebouwd", arguments: [
        "weg", "rommel", "leeg", "oude json", "binair",
    ])
    func indexHerbouw(_ soort: String) throws {
        let t = try Testopslag()
        defer { t.ruimOp() }
        try t.opslag.voegToe(Voorbeeld.demo(vandaag: testVandaag, id: "demo"))
        try t.opslag.voegToe(klein("b", "Familie Bakker"))
        try t.opslag.voegToe(klein("c", "Familie Claes"))
        let goed = t.opslag.lijst()
        let indexPad = t.map.appendingPathComponent("index.json")
        #expect(bytes(indexPad)?.isEmpty == false)
        var kapot: Data?
        switch soort {
        case "weg": kapot = nil
        case "rommel": kapot = Data("kapot{[\t\t\n12\tx".utf8)
        case "leeg": kapot = Data()
        case "oude json": kapot = Data("{\"schema\": 1, \"items\": []}".utf8)
        default: kapot = Data((0..<3000).map { UInt8(truncatingIfNeeded: $0 &* 97) })
        }
        try FileManager.default.removeItem(at: indexPad)
        if let kapot { try kapot.write(to: indexPad) }

        let opnieuw = t.opslag.lijst()
        #expect(opnieuw.dossiers == goed.dossiers)
        #expect(opnieuw.problemen.isEmpty)
        #expect(t.apartNamen.isEmpty)
        let nieuw = try #require(bytes(indexPad))
        #expect(!nieuw.isEmpty)
        #expect(nieuw != kapot)
        #expect(rechten(indexPad) == 0o600)
        // And the rebuilt index serves the next list.
        #expect(try t.tweede().lijst().dossiers == goed.dossiers)
    }

    @Test("een lege opslag geeft een lege lijst zonder problemen")
    func leeg() throws {
        let t = try Testopslag()
        defer { t.ruimOp() }
        let lijst = t.opslag.lijst()
        #expect(lijst.dossiers.isEmpty)
        #expect(lijst.problemen.isEmpty)
        #expect(t.opslag.apartGezet().isEmpty)
    }

    @Test("een afgesloten huishouden blijft afgesloten in de index: de datum en de signalen staan erin")
    func afgeslotenInIndex() throws {
        let t = try Testopslag()
        defer { t.ruimOp() }
        var dicht = klein("d", "Familie Dicht")
        let op = Datum(iso: "2026-10-01")!
        dicht.proces.afsluitingen = [Afsluiting(datum: op, door: "Anna", evaluatie: "Goed gegaan.", vragenBij: "Wijkteam")]
        dicht.plan.overleggen = [Overleg(soort: .voortgang, datum: Datum(iso: "2026-12-01"))]
        var open = klein("o", "Familie Open")
        open.plan.zorgenBasiszorgVeiligheid = .ja
        try t.opslag.voegToe(dicht)
        try t.opslag.voegToe(open)

        _ = t.opslag.lijst()
        let uitIndex = t.opslag.lijst().dossiers      // from the index
        #expect(uitIndex.map(\.afgesloten) == [op, nil])
        #expect(uitIndex.map(\.veiligheidssignalen) == [false, true])
        #expect(uitIndex[0].volgendOverleg(vandaag: testVandaag) == nil)
        #expect(uitIndex == [DossierSamenvatting(dicht), DossierSamenvatting(open)])
    }

    @Test("een index van de vorige versie (zonder afsluitdatum) wordt opnieuw opgebouwd")
    func oudeIndexHerbouwd() throws {
        let t = try Testopslag()
        defer { t.ruimOp() }
        var dicht = klein("d", "Familie Dicht")
        dicht.proces.afsluitingen = [Afsluiting(datum: testVandaag, door: "Anna", evaluatie: "Goed.", vragenBij: "Wijkteam")]
        try t.opslag.voegToe(dicht)
        _ = t.opslag.lijst()
        let pad = t.map.appendingPathComponent("index.json")
        let nu = String(decoding: try #require(bytes(pad)), as: UTF8.self)
        #expect(nu.hasPrefix("regie-index 3\n"))
        try Data(nu.replacingOccurrences(of: "regie-index 3", with: "regie-index 2").utf8).write(to: pad)
        #expect(t.opslag.lijst().dossiers.first?.afgesloten == testVandaag)
    }
}

@Suite("De index met lastige namen en een vijandige index")
struct IndexRandgevallenTests {
    static let namen = [
        "Familie\tMet Tab", "Familie\nMet Regel", "Familie\r\nMet CRLF", "Familie\\Met Backslash",
        "Familie \"Aanhalingstekens\", komma", "Familie \u{1F600} Émoji", "Familie\\t Geen Tab", "Familie\rAlleen CR",
    ]

    @Test("namen met tab, regeleinde, backslash en emoji komen ongeschonden door de index")
    func lastigeNamen() throws {
        let t = try Testopslag()
        defer { t.ruimOp() }
        for (i, naam) in Self.namen.enumerated() {
            try t.opslag.voegToe(klein("n\(i)", naam))
        }
        let verwacht = Set(Self.namen)
        let eerste = t.opslag.lijst()
        #expect(Set(eerste.dossiers.map(\.naam)) == verwacht)
        let uitIndex = try t.tweede().lijst()
        #expect(Set(uitIndex.dossiers.map(\.naam)) == verwacht)
        #expect(uitIndex.dossiers == eerste.dossiers)
    }

    @Test("ook met lastige namen wordt de index gebruikt (niet bij elke lijst alles opnieuw gelezen)")
    func lastigeNamenIndexGebruikt() throws {
        let t = try Testopslag()
        defer { t.ruimOp() }
        for (i, naam) in Self.namen.enumerated() {
            try t.opslag.voegToe(klein("n\(i)", naam))
        }
        try t.opslag.voegToe(klein("k", "Familie Kok"))
        _ = t.opslag.lijst()
        // Same-size change in place with the old mtime: only a list that reads the file sees it.
        let pad = t.bestand("k")
        var st = stat()
        #expect(lstat(pad.path, &st) == 0)
        let voor = try #require(bytes(pad))
        let na = try #require(String(decoding: voor, as: UTF8.self).replacingOccurrences(of: "Familie Kok", with: "Familie Kak")
            .data(using: .utf8))
        let fh = try FileHandle(forWritingTo: pad)
        try fh.write(contentsOf: na)
        try fh.close()
        var tijden = [st.st_atim, st.st_mtim]
        #expect(utimensat(AT_FDCWD, pad.path, &tijden, 0) == 0)
        #expect(t.opslag.lijst().dossiers.contains { $0.naam == "Familie Kok" })
    }

    @Test("een index met onzinnige getallen (groter dan 64 bits) laat lijst niet vastlopen")
    func groteGetallen() throws {
        let t = try Testopslag()
        defer { t.ruimOp() }
        try t.opslag.voegToe(Voorbeeld.demo(vandaag: testVandaag, id: "demo"))
        try t.opslag.voegToe(klein("b", "Familie Bakker"))
        let goed = t.opslag.lijst()
        let indexPad = t.map.appendingPathComponent("index.json")
        let tekst = String(decoding: try #require(bytes(indexPad)), as: UTF8.self)
        for groot in ["9999999999999999999", "18446744073709551615", "99999999999999999999999", "-1", "1e3", ""] {
            // Every line after the first: replace the numeric stamp fields (size, mtime, inode).
            var regels = tekst.components(separatedBy: "\n")
            for i in regels.indices.dropFirst() {
                var velden = regels[i].components(separatedBy: "\t")
                guard velden.count > 3 else { continue }
                for v in 1...3 { velden[v] = groot }
                regels[i] = velden.joined(separator: "\t")
            }
            try Data(regels.joined(separator: "\n").utf8).write(to: indexPad)
            let lijst = t.opslag.lijst()
            #expect(lijst.dossiers == goed.dossiers, "met \(groot)")
            #expect(lijst.problemen.isEmpty)
        }
        #expect(t.apartNamen.isEmpty)
    }

    @Test("een afgesloten huishouden en signalen van onveiligheid komen door de index; een index van versie 2 wordt herbouwd")
    func afgeslotenDoorDeIndex() throws {
        let t = try Testopslag()
        defer { t.ruimOp() }
        var dicht = klein("dicht", "Familie Dicht")
        dicht.proces.afsluitingen = [Afsluiting(datum: Datum(iso: "2026-10-01")!, door: "Rita", evaluatie: "Goed gegaan.",
                                                vragenBij: "Het wijkteam.")]
        var zorg = klein("zorg", "Familie Zorg")
        zorg.plan.zorgenBasiszorgVeiligheid = .ja
        try t.opslag.voegToe(dicht)
        try t.opslag.voegToe(zorg)
        try t.opslag.voegToe(klein("open", "Familie Open"))

        _ = t.opslag.lijst()
        let uitIndex = t.opslag.lijst()
        let indexPad = t.map.appendingPathComponent("index.json")
        let tekst = String(decoding: try #require(bytes(indexPad)), as: UTF8.self)
        #expect(tekst.hasPrefix("regie-index 3\n"))
        func samenvatting(_ id: String, _ l: Lijst) -> DossierSamenvatting? { l.dossiers.first { $0.id == id } }
        #expect(samenvatting("dicht", uitIndex)?.afgesloten == Datum(iso: "2026-10-01"))
        #expect(samenvatting("dicht", uitIndex)?.aantalTeLaat(vandaag: testVandaag) == 0)
        #expect(samenvatting("zorg", uitIndex)?.veiligheidssignalen == true)
        #expect(samenvatting("open", uitIndex)?.veiligheidssignalen == false)
        #expect(samenvatting("open", uitIndex)?.afgesloten == nil)
        for id in ["dicht", "zorg", "open"] {
            #expect(samenvatting(id, uitIndex) == DossierSamenvatting(try t.opslag.laad(id).dossier))
        }

        // The same index as version 2 wrote it (without the two fields, with its own check
        // sum) would show the closed household as open: it is not used, but rebuilt.
        var regels = tekst.split(separator: "\n").map(String.init)
        regels[0] = "regie-index 2"
        for i in regels.indices.dropFirst() {
            let velden = regels[i].components(separatedBy: "\t")
            let oud = velden[0..<13].joined(separator: "\t")
            regels[i] = oud + "\t" + IndexFormaat.controlesom(Array(oud.utf8)[...])
        }
        try Data((regels.joined(separator: "\n") + "\n").utf8).write(to: indexPad)
        #expect(IndexFormaat.decodeer(try #require(bytes(indexPad))) == nil)
        let herbouwd = try t.tweede().lijst()
        #expect(herbouwd.dossiers == uitIndex.dossiers)
        #expect(samenvatting("dicht", herbouwd)?.isAfgesloten == true)
        #expect(String(decoding: try #require(bytes(indexPad)), as: UTF8.self).hasPrefix("regie-index 3\n"))
    }
}
