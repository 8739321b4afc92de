import Foundation
import Testing

@Suite("Instellingen, algemene opties en Nederlandse hulp")
struct InstellingenTests {
    @Test("--data en --methode mogen ook vóór de opdracht staan")
    func optiesVoorDeOpdracht() throws {
        let o = try Omgeving()
        defer { o.ruimOp() }
        let demo = try o.regie(["--data", o.data, "demo"])
        #expect(demo.code == 0, "\(demo)")
        let lijst = try o.regie(["--data=\(o.data)", "lijst", "--json"])
        #expect(lijst.code == 0, "\(lijst)")
        #expect(lijst.uit.contains("Familie De Jong-El Amrani"))
        let toon = try o.regie(["--data", o.data, "toon", "familie"])
        #expect(toon.code == 0, "\(toon)")
        #expect(toon.uit.hasPrefix("# Ondersteuningsplan Familie De Jong-El Amrani"))
    }

    @Test("instellingen.yaml kiest de gegevensmap en de methodeset; opties gaan voor")
    func instellingenBestand() throws {
        let o = try Omgeving()
        defer { o.ruimOp() }
        let config = o.tmp.appendingPathComponent("config/regie")
        try FileManager.default.createDirectory(at: config, withIntermediateDirectories: true)
        let kopie = o.pad("eigen-methode")
        #expect(try o.regie(["methode", "kopieer", kopie]).code == 0)
        // A region's own name for the set shows it is the one in use.
        let info = URL(fileURLWithPath: kopie).appendingPathComponent("methode.yaml")
        try "naam: Regio Zuid\nversie: \"7\"\n".write(to: info, atomically: true, encoding: .utf8)
        try "data: \(o.data)\nmethode: \(kopie)\n".write(to: config.appendingPathComponent("instellingen.yaml"), atomically: true, encoding: .utf8)
        let env = ["XDG_CONFIG_HOME": o.tmp.appendingPathComponent("config").path]

        #expect(try o.regie(["demo"], extra: env).code == 0)
        #expect(FileManager.default.fileExists(atPath: o.data + "/dossiers"), "de map uit de instellingen is niet gebruikt")
        let controle = try o.regie(["methode", "controleer"], extra: env)
        #expect(controle.code == 0, "\(controle)")
        #expect(controle.uit.contains("Regio Zuid (versie 7)"))
        // The option beats the settings file.
        let anders = try o.regie(["lijst", "--data", o.pad("andere")], extra: env)
        #expect(anders.uit.contains("Er zijn nog geen huishoudens."), "\(anders)")
    }

    @Test("een kapot instellingenbestand: een duidelijke melding, het programma start niet")
    func kapotInstellingenBestand() throws {
        let o = try Omgeving()
        defer { o.ruimOp() }
        let config = o.tmp.appendingPathComponent("config/regie")
        try FileManager.default.createDirectory(at: config, withIntermediateDirectories: true)
        try "methode: [1\n".write(to: config.appendingPathComponent("instellingen.yaml"), atomically: true, encoding: .utf8)
        let r = try o.regie(["lijst", "--data", o.data], extra: ["XDG_CONFIG_HOME": o.tmp.appendingPathComponent("config").path])
        #expect(r.code == 1, "\(r)")
        #expect(r.fout.hasPrefix("regie: Het instellingenbestand "))
        #expect(r.fout.contains("instellingen.yaml"))
        #expect(r.uit.isEmpty)
    }

    @Test("de vaste delen van de hulp zijn Nederlands")
    func hulpKoppen() throws {
        let o = try Omgeving()
        defer { o.ruimOp() }
        for args in [["--help"], ["help", "toon"], ["methode", "--help"], ["export", "-h"]] {
            let r = try o.regie(args)
            #expect(r.code == 0, "\(args): \(r)")
            #expect(r.uit.contains("GEBRUIK:"), "\(args)")
            #expect(r.uit.contains("Toon deze hulp."), "\(args)")
            for engels in ["USAGE:", "OPTIONS:", "Show help information", "SUBCOMMANDS:", "for detailed help"] {
                #expect(!r.uit.contains(engels), "\(args): '\(engels)' is nog Engels")
            }
        }
    }
}

@Suite("Thema's")
struct ThemasTests {
    @Test("regie themas noemt de vier meegeleverde thema's en een eigen thema")
    func themas() throws {
        let o = try Omgeving()
        defer { o.ruimOp() }
        let eigen = o.tmp.appendingPathComponent("config/regie/themes")
        try FileManager.default.createDirectory(at: eigen, withIntermediateDirectories: true)
        try "naam: mijn-thema\nomschrijving: Mijn eigen kleuren.\nrollen:\n  text: {}\n"
            .write(to: eigen.appendingPathComponent("mijn-thema.yaml"), atomically: true, encoding: .utf8)
        let r = try o.regie(["themas"], extra: ["XDG_CONFIG_HOME": o.tmp.appendingPathComponent("config").path])
        #expect(r.code == 0, "\(r)")
        for naam in ["standaard", "licht", "beamer", "zwart-wit", "mijn-thema"] {
            #expect(r.uit.contains(naam), "\(naam) ontbreekt: \(r)")
        }
    }
}
