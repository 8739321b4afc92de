#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import RegieDomain
@testable import RegieStore
import Testing

@Suite("Beschadigde en vijandige bestanden worden apart gezet, nooit verwijderd")
struct BeschadigdTests {
    /// A bad file, what the reason must mention, and the bytes that must survive in apart/.
    struct Slecht {
        var naam: String
        var redenBevat: String
        var inhoud: Data?      // nil: not a regular file (link, fifo, sparse)
    }

    @Test("lijst toont de goede dossiers, meldt elk slecht bestand en zet het apart")
    func lijstMetSlechteBestanden() throws {
        let t = try Testopslag()
        defer { t.ruimOp() }
        try t.opslag.voegToe(Voorbeeld.demo(vandaag: testVandaag, id: "goed1"))
        try t.opslag.voegToe(klein("goed2", "Familie Aalders"))
        let geldig = try #require(bytes(t.bestand("goed2")))

        var slecht: [Slecht] = []
        func schrijf(_ naam: String, _ data: Data, _ reden: String) throws {
            try data.write(to: t.dossiers.appendingPathComponent(naam))
            slecht.append(Slecht(naam: naam, redenBevat: reden, inhoud: data))
        }
        try schrijf("rommel.json", Data((0..<2000).map { UInt8(truncatingIfNeeded: $0 &* 131 &+ 7) }), "geen geldige JSON")
        try schrijf("afgebroken.json", geldig.prefix(geldig.count / 2), "geen geldige JSON")
        try schrijf("leeg.json", Data(), "leeg")
        var nieuwer = try #require(try JSONSerialization.jsonObject(with: geldig) as? [String: Any])
        nieuwer["schema"] = 99
        (nieuwer["dossier"] as? [String: Any]).map { var d = $0; d["id"] = "nieuwer"; nieuwer["dossier"] = d }
        try schrijf("nieuwer.json", try JSONSerialization.data(withJSONObject: nieuwer), "nieuwere versie van Regie (schema 99")
        try schrijf("diep.json", Data(String(repeating: "[", count: 100_000).utf8), "geen geldige JSON")
        try schrijf("diepenvelop.json",
                    Data(("{\"schema\":1,\"soort\":\"regie-dossier\",\"dossier\":" + String(repeating: "{\"a\":", count: 50_000)).utf8),
                    "geen geldige JSON")
        try schrijf("andereid.json", geldig, "de id in het bestand (goed2) past niet bij de bestandsnaam")
        try schrijf("BAD NAME.json", geldig, "de bestandsnaam is geen geldige dossier-id")
        try schrijf("geen-soort.json", Data("{\"schema\":1,\"soort\":\"iets-anders\",\"dossier\":{}}".utf8), "geen dossier")
        try schrijf("veld-mist.json", Data("{\"schema\":1,\"soort\":\"regie-dossier\",\"dossier\":{\"id\":\"veld-mist\"}}".utf8),
                    "ontbreekt het veld")

        // A link to a valid dossier elsewhere: set aside as a link, the target untouched.
        let elders = t.tmp.appendingPathComponent("elders.json")
        try geldig.write(to: elders)
        try FileManager.default.createSymbolicLink(at: t.dossiers.appendingPathComponent("x.json"), withDestinationURL: elders)
        slecht.append(Slecht(naam: "x.json", redenBevat: "geen gewoon bestand", inhoud: nil))
        // A fifo: must not hang the list.
        #expect(mkfifo(t.dossiers.appendingPathComponent("fifo.json").path, 0o600) == 0)
        slecht.append(Slecht(naam: "fifo.json", redenBevat: "geen gewoon bestand", inhoud: nil))
        // A (sparse) file over the size limit.
        let groot = t.dossiers.appendingPathComponent("groot.json")
        #expect(FileManager.default.createFile(atPath: groot.path, contents: nil))
        let fh = try FileHandle(forWritingTo: groot)
        try fh.truncate(atOffset: UInt64(Bestanden.maximaleGrootte + 1))
        try fh.close()
        slecht.append(Slecht(naam: "groot.json", redenBevat: "groter dan 64 MB", inhoud: nil))

        // Files the list ignores and must leave alone.
        try Data("verborgen".utf8).write(to: t.dossiers.appendingPathComponent(".verborgen.json"))
        try Data("notitie".utf8).write(to: t.dossiers.appendingPathComponent("notitie.txt"))

        let lijst = t.opslag.lijst()
        #expect(lijst.dossiers.map(\.id) == ["goed2", "goed1"])   // sorted by name: Aalders, De Jong
        #expect(lijst.dossiers.map(\.naam) == ["Familie Aalders", "Familie De Jong-El Amrani"])
        #expect(lijst.problemen.count == slecht.count)
        let perBestand = Dictionary(lijst.problemen.map { ($0.bestand, $0) }, uniquingKeysWith: { a, _ in a })
        for s in slecht {
            let p = try #require(perBestand[s.naam], "geen probleem gemeld voor \(s.naam)")
            #expect(p.reden.contains(s.redenBevat), "\(s.naam): \(p.reden)")
            #expect(p.description.hasPrefix("Het bestand \(s.naam) is geen leesbaar dossier"))
            #expect(p.description.contains("er is niets verwijderd"))
            let apart = try #require(p.apart, "\(s.naam) niet apart gezet")
            #expect(apart.hasPrefix("apart/\(s.naam)."))
            let waar = t.map.appendingPathComponent(apart)
            // Gone from dossiers/, present in apart/.
            var st = stat()
            #expect(lstat(t.dossiers.appendingPathComponent(s.naam).path, &st) != 0, "\(s.naam) staat nog in dossiers/")
            #expect(lstat(waar.path, &st) == 0, "\(apart) bestaat niet")
            if let inhoud = s.inhoud {
                #expect(bytes(waar) == inhoud, "de bytes van \(s.naam) zijn niet bewaard")
            }
        }
        // The link itself was moved; its target is untouched.
        let linkApart = try #require(perBestand["x.json"]?.apart)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: t.map.appendingPathComponent(linkApart).path) == elders.path)
        #expect(bytes(elders) == geldig)
        // The sparse file kept its size (moved, not copied or cut).
        let grootApart = try #require(perBestand["groot.json"]?.apart)
        let attr = try FileManager.default.attributesOfItem(atPath: t.map.appendingPathComponent(grootApart).path)
        #expect((attr[.size] as? NSNumber)?.intValue == Bestanden.maximaleGrootte + 1)

        #expect(t.apartNamen.count == slecht.count)
        #expect(rechten(t.apart) == 0o700)
        #expect(t.opslag.apartGezet() == t.apartNamen)
        // Ignored files are untouched.
        #expect(bytes(t.dossiers.appendingPathComponent(".verborgen.json")) == Data("verborgen".utf8))
        #expect(bytes(t.dossiers.appendingPathComponent("notitie.txt")) == Data("notitie".utf8))

        // A second list is clean and still has the good dossiers.
        let tweede = t.opslag.lijst()
        #expect(tweede.problemen.isEmpty)
        #expect(tweede.dossiers.map(\.id) == ["goed2", "goed1"])
        #expect(t.apartNamen.count == slecht.count)
        // The good ones still load.
        #expect(try t.opslag.laad("goed1").dossier.naam == "Familie De Jong-El Amrani")
    }

    @Test("laad van een beschadigd bestand: .beschadigd met de plek in apart/")
    func laadBeschadigd() throws {
        let t = try Testopslag()
        defer { t.ruimOp() }
        let rommel = Data("{\"schema\": 1, \"soort\": \"regie-dossier\", \"doss".utf8)
        try rommel.write(to: t.bestand("kapot"))
        let fout = try #require(throws: OpslagFout.self) { try t.opslag.laad("kapot") }
        guard case .beschadigd(let bestand, let reden, let apart) = fout else {
            Issue.record("verwacht .beschadigd, kreeg \(String(describing: fout))")
            return
        }
        #expect(bestand == "kapot.json")
        #expect(reden.contains("geen geldige JSON"))
        let a = try #require(apart)
        #expect(a.hasPrefix("apart/kapot.json."))
        #expect(bytes(t.map.appendingPathComponent(a)) == rommel)
        #expect(!FileManager.default.fileExists(atPath: t.bestand("kapot").path))
        #expect(fout.melding.contains("Het is apart gezet als \(a); er is niets verwijderd.") == true)
        // Now it simply does not exist.
        #expect(throws: OpslagFout.nietGevonden("dossier kapot")) { try t.opslag.laad("kapot") }
        #expect(t.opslag.lijst().problemen.isEmpty)
    }

    @Test("laad van een koppeling: apart gezet, het doel blijft heel")
    func laadKoppeling() throws {
        let t = try Testopslag()
        defer { t.ruimOp() }
        let elders = t.tmp.appendingPathComponent("geheim.txt")
        try Data("niet van regie".utf8).write(to: elders)
        try FileManager.default.createSymbolicLink(at: t.bestand("link"), withDestinationURL: elders)
        let fout = try #require(throws: OpslagFout.self) { try t.opslag.laad("link") }
        guard case .beschadigd(_, let reden, let apart) = fout else {
            Issue.record("verwacht .beschadigd, kreeg \(String(describing: fout))")
            return
        }
        #expect(reden.contains("koppeling"))
        #expect(apart != nil)
        #expect(bytes(elders) == Data("niet van regie".utf8))
        // Saving over a link is refused the same way and never writes through it.
        try FileManager.default.createSymbolicLink(at: t.bestand("link2"), withDestinationURL: elders)
        #expect(throws: OpslagFout.self) { try t.opslag.bewaar(klein("link2", "Familie Link"), verwacht: "x") }
        #expect(bytes(elders) == Data("niet van regie".utf8))
    }

    @Test("laad van een bestand van een nieuwere versie zegt dat in het Nederlands")
    func nieuwereVersie() throws {
        let t = try Testopslag()
        defer { t.ruimOp() }
        try t.opslag.voegToe(klein("nieuw", "Familie Nieuw"))
        let ruw = try #require(bytes(t.bestand("nieuw")))
        var json = try #require(try JSONSerialization.jsonObject(with: ruw) as? [String: Any])
        json["schema"] = 99
        try JSONSerialization.data(withJSONObject: json).write(to: t.bestand("nieuw"))
        let fout = try #require(throws: OpslagFout.self) { try t.opslag.laad("nieuw") }
        #expect(fout.melding.contains("nieuwere versie van Regie (schema 99, deze versie kent tot en met 1)") == true)
    }
}
