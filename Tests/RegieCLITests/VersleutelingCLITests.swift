import Foundation
import RegieDomain
import RegieStore
import Testing
import TestSupport

@Suite("regie met versleutelde gegevens: wachtwoord op standaardinvoer, instellen, wijzigen, uit")
struct VersleutelingCLITests {
    static let wachtwoord = "fiets regent op de brug"

    /// Every file under the data folder with its bytes.
    func afdruk(_ map: String) -> [String: Data] {
        let e = FileManager.default.enumerator(atPath: map)
        var uit: [String: Data] = [:]
        while let pad = e?.nextObject() as? String {
            if let data = FileManager.default.contents(atPath: map + "/" + pad) { uit[pad] = data }
        }
        return uit
    }

    /// True when a demo name or address is readable as raw bytes in any file.
    func leesbaar(_ map: String) -> Bool {
        let e = FileManager.default.enumerator(atPath: map)
        while let pad = e?.nextObject() as? String {
            guard let data = FileManager.default.contents(atPath: map + "/" + pad) else { continue }
            for geheim in ["Sanne", "Lindelaan", "El Amrani"] where data.range(of: Data(geheim.utf8)) != nil { return true }
        }
        return false
    }

    @Test("demo, lijst en toon met het wachtwoord op standaardinvoer; op schijf is niets te lezen")
    func demoLijstToon() throws {
        let o = try Omgeving(versleuteld: true)
        defer { o.ruimOp() }
        let w = Self.wachtwoord + "\n"
        let demo = try o.metData(["demo"], ["--wachtwoord-stdin"], invoer: w)
        #expect(demo.code == 0, "\(demo)")
        #expect(Kluis.stand(map: URL(fileURLWithPath: o.data)) == .versleuteld)
        let lijst = try o.regie(["lijst", "--data", o.data, "--wachtwoord-stdin"], invoer: w)
        #expect(lijst.code == 0, "\(lijst)")
        #expect(lijst.uit.contains("Familie De Jong-El Amrani"))
        #expect(lijst.ruweFout.isEmpty, "\(lijst)")
        let toon = try o.regie(["toon", "familie", "--data", o.data, "--wachtwoord-stdin"], invoer: w)
        #expect(toon.code == 0, "\(toon)")
        #expect(toon.uit.contains("We willen allebei dat de kinderen het goed hebben"))
        #expect(!leesbaar(o.data))
        #expect(FileManager.default.fileExists(atPath: o.data + "/sleutel.json"))
    }

    @Test("een verkeerd wachtwoord: exit 1, één Nederlandse regel, er verandert niets")
    func verkeerdWachtwoord() throws {
        let o = try Omgeving(versleuteld: true)
        defer { o.ruimOp() }
        #expect(try o.regie(["demo", "--data", o.data, "--wachtwoord-stdin"], invoer: Self.wachtwoord + "\n").code == 0)
        let voor = afdruk(o.data)
        for opdracht in [["lijst"], ["toon", "familie"], ["demo"]] {
            let r = try o.regie(opdracht + ["--data", o.data, "--wachtwoord-stdin"], invoer: "het verkeerde wachtwoord\n")
            #expect(r.code == 1, "\(r)")
            #expect(isNetteFout(r), "\(r)")
            #expect(r.fout.contains("wachtwoord is niet juist"), "\(r)")
            #expect(r.uit.isEmpty)
        }
        #expect(afdruk(o.data) == voor)
        // Without a terminal and without --wachtwoord-stdin: no prompt, a pointer to the option.
        let zonder = try o.metData(["lijst"])
        #expect(zonder.code == 1 && isNetteFout(zonder) && zonder.fout.contains("--wachtwoord-stdin"), "\(zonder)")
        // The passphrase is never an argument.
        let argument = try o.metData(["lijst"], ["--wachtwoord", Self.wachtwoord])
        #expect(argument.code == 64, "\(argument)")
        #expect(afdruk(o.data) == voor)
    }

    @Test("een nieuwe map zonder keuze: geen stille onversleutelde opslag, wel een verwijzing")
    func nieuweMap() throws {
        let o = try Omgeving(versleuteld: true)
        defer { o.ruimOp() }
        let r = try o.metData(["demo"])
        #expect(r.code == 1, "\(r)")
        #expect(isNetteFout(r), "\(r)")
        #expect(r.fout.contains("regie versleuteling instellen") && r.fout.contains("regie versleuteling uit"))
        #expect(!FileManager.default.fileExists(atPath: o.data + "/dossiers"))
        let kort = try o.metData(["demo"], ["--wachtwoord-stdin"], invoer: "kort\n")
        #expect(kort.code == 1 && kort.fout.contains("te kort"), "\(kort)")
        #expect(!FileManager.default.fileExists(atPath: o.data + "/dossiers"))
        #expect(try o.metData(["versleuteling", "status"]).uit.contains("Nog niet ingesteld"))
    }

    @Test("versleuteling uit: alleen als keuze, met een waarschuwing bij elk gebruik")
    func uit() throws {
        let o = try Omgeving(versleuteld: true)
        defer { o.ruimOp() }
        let uit = try o.metData(["versleuteling", "uit"])
        #expect(uit.code == 0, "\(uit)")
        #expect(uit.uit.contains("niet versleuteld"))
        #expect(try o.metData(["demo"]).code == 0)
        let lijst = try o.metData(["lijst"])
        #expect(lijst.code == 0, "\(lijst)")
        #expect(lijst.ruweFout == onversleuteldRegel + "\n", "\(lijst)")
        #expect(leesbaar(o.data))
        #expect(try o.metData(["versleuteling", "status"]).uit.contains("Niet versleuteld: zo gekozen"))
    }

    @Test("een bestaande onversleutelde map: status, instellen, wijzigen; ontsleutelen wordt geweigerd")
    func bestaandeMap() throws {
        let o = try Omgeving(versleuteld: true)
        defer { o.ruimOp() }
        let map = URL(fileURLWithPath: o.data)
        try Opslag(map: map).voegToe(Voorbeeld.demo(vandaag: Datum(iso: "2026-11-23")!))
        #expect(try o.metData(["versleuteling", "status"]).uit.contains("vóór de versleuteling"))
        let geenKeuze = try o.metData(["lijst"])
        #expect(geenKeuze.code == 1 && isNetteFout(geenKeuze), "\(geenKeuze)")
        let uitZonderJa = try o.metData(["versleuteling", "uit"])
        #expect(uitZonderJa.code == 1 && uitZonderJa.fout.contains("--ja"), "\(uitZonderJa)")
        #expect(Kluis.stand(map: map) == .teVersleutelen)

        let instellen = try o.metData(["versleuteling", "instellen"], ["--wachtwoord-stdin"], invoer: Self.wachtwoord + "\n")
        #expect(instellen.code == 0, "\(instellen)")
        #expect(!leesbaar(o.data))
        let nogmaals = try o.metData(["versleuteling", "instellen"], ["--wachtwoord-stdin"], invoer: Self.wachtwoord + "\n")
        #expect(nogmaals.code == 1 && nogmaals.fout.contains("al versleuteld"), "\(nogmaals)")
        #expect(try o.metData(["versleuteling", "status"]).uit.contains("Versleuteld met AES-256-GCM"))

        let nieuw = "een heel ander wachtwoord"
        let fout = try o.metData(["versleuteling", "wijzig"], ["--wachtwoord-stdin"], invoer: "niet het goede\n\(nieuw)\n")
        #expect(fout.code == 1 && fout.fout.contains("niet juist"), "\(fout)")
        let wijzig = try o.metData(["versleuteling", "wijzig"], ["--wachtwoord-stdin"], invoer: "\(Self.wachtwoord)\n\(nieuw)\n")
        #expect(wijzig.code == 0, "\(wijzig)")
        #expect(try o.metData(["lijst"], ["--wachtwoord-stdin"], invoer: Self.wachtwoord + "\n").code == 1)
        let lijst = try o.metData(["lijst"], ["--wachtwoord-stdin"], invoer: nieuw + "\n")
        #expect(lijst.code == 0 && lijst.uit.contains("Familie De Jong-El Amrani"), "\(lijst)")

        let ontsleutel = try o.metData(["versleuteling", "uit", "--ja"])
        #expect(ontsleutel.code == 1 && ontsleutel.fout.contains("Ontsleutelen kan"), "\(ontsleutel)")
        #expect(Kluis.stand(map: map) == .versleuteld)
    }
}
