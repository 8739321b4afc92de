import Foundation
import Testing

@Suite("Het programma regie, van begin tot eind")
struct CLITests {
    @Test("lege opslag: legt uit hoe te beginnen, exit 0")
    func leeg() throws {
        let o = try Omgeving()
        defer { o.ruimOp() }
        let r = try o.metData(["lijst"])
        #expect(r.code == 0, "\(r)")
        #expect(r.uit.contains("Er zijn nog geen huishoudens."))
        #expect(r.uit.contains("regie demo"))
        #expect(r.uit.contains("regie importeer"))
        #expect(r.fout.isEmpty, "\(r)")
        // The store was made, private.
        #expect(rechten(o.data) == 0o700)
        #expect(try o.lijstJSON().isEmpty)
    }

    @Test("demo en lijst: het huishouden in kolommen")
    func demoEnLijst() throws {
        let o = try Omgeving()
        defer { o.ruimOp() }
        let d = try o.metData(["demo"])
        #expect(d.code == 0, "\(d)")
        #expect(d.uit.contains("Voorbeeldhuishouden toegevoegd: Familie De Jong-El Amrani"))
        let r = try o.metData(["lijst"])
        #expect(r.code == 0, "\(r)")
        let regels = r.uit.split(separator: "\n").map(String.init)
        #expect(regels.count == 4, "\(r)")
        let kop = try #require(regels.first)
        for kolom in ["Huishouden", "Id", "Fase", "Niveau", "Volgend overleg", "Te laat", "Veiligheidsplan"] {
            #expect(kop.contains(kolom), "kolom \(kolom) ontbreekt: \(kop)")
        }
        #expect(regels[1].allSatisfy { $0 == "-" || $0 == " " })
        let rij = regels[2]
        #expect(rij.hasPrefix("Familie De Jong-El Amrani"))
        #expect(rij.contains("4 Voortgang"))
        #expect(rij.contains("07-12-2026"))
        // Columns line up: each heading starts where its value starts.
        #expect(kop.range(of: "Volgend overleg")?.lowerBound.utf16Offset(in: kop)
            == rij.range(of: "07-12-2026")?.lowerBound.utf16Offset(in: rij))
        #expect(regels[3] == "1 huishouden.")
        #expect(r.fout.isEmpty)
    }

    @Test("lijst --json: de velden met de juiste waarden")
    func lijstJSON() throws {
        let o = try Omgeving()
        defer { o.ruimOp() }
        _ = try o.demo()
        let regels = try o.lijstJSON()
        #expect(regels.count == 1)
        let r = try #require(regels.first)
        #expect(r["naam"] as? String == "Familie De Jong-El Amrani")
        #expect(r["teLateActies"] as? Int == 1)
        #expect(r["niveau"] as? Int == 3)
        #expect(r["volgendOverleg"] as? String == "2026-12-07")
        #expect(r["fase"] as? String == "4")
        #expect(r["faseNaam"] as? String == "Voortgang")
        #expect((r["id"] as? String)?.isEmpty == false)
        #expect(r["veiligheidsplan"] == nil)   // signed: no problem to show
        // Another today gives other derived facts.
        let later = try o.regie(["lijst", "--json", "--data", o.data], extra: ["REGIE_VANDAAG": "2026-12-08"])
        let l = try #require(try JSONSerialization.jsonObject(with: Data(later.uit.utf8)) as? [[String: Any]])
        #expect(l.first?["volgendOverleg"] == nil)
        #expect(l.first?["teLateActies"] as? Int == 5)
    }

    @Test("zonder opdracht en zonder terminal is het de lijst")
    func zonderOpdracht() throws {
        let o = try Omgeving()
        defer { o.ruimOp() }
        _ = try o.demo()
        let lijst = try o.metData(["lijst"])
        let kaal = try o.regie([], extra: ["REGIE_DATA": o.data])
        #expect(kaal.code == 0, "\(kaal)")
        #expect(kaal.uit == lijst.uit)
        #expect(kaal.uit.contains("Familie De Jong-El Amrani"))
        let metOptie = try o.regie(["--data", o.data])
        #expect(metOptie.code == 0, "\(metOptie)")
        #expect(metOptie.uit == lijst.uit)
        let lijstEnv = try o.regie(["lijst"], extra: ["REGIE_DATA": o.data])
        #expect(lijstEnv.uit == lijst.uit)
    }

    @Test("toon: het plan met citaten, sprekers en veiligheidsplan")
    func toon() throws {
        let o = try Omgeving()
        defer { o.ruimOp() }
        let id = try o.demo()
        let r = try o.metData(["toon", "familie"])
        #expect(r.code == 0, "\(r)")
        #expect(r.uit.hasPrefix("# Ondersteuningsplan Familie De Jong-El Amrani"))
        #expect(r.uit.contains("- Dossier: \(id)"))
        #expect(r.uit.contains("**Sanne de Jong**: \"We willen allebei dat de kinderen het goed hebben, daar zijn we het over eens.\""))
        #expect(r.uit.contains("**Ria de Jong**"))
        #expect(r.uit.contains("Veiligheidsplan"))
        #expect(r.uit.contains("(te laat)"))
        // By id and by a differently written start of the name.
        let opId = try o.metData(["toon", id])
        #expect(opId.uit == r.uit)
        let accent = try o.metData(["toon", "FAMILIE DE JONG-EL"])
        #expect(accent.uit == r.uit)
    }

    @Test("controleer: exit 0 voor de demo, en de te late actie wordt genoemd")
    func controleer() throws {
        let o = try Omgeving()
        defer { o.ruimOp() }
        _ = try o.demo()
        let r = try o.metData(["controleer", "familie"])
        #expect(r.code == 0, "\(r)")
        #expect(r.uit.hasPrefix("Plancheck Familie De Jong-El Amrani"))
        #expect(r.uit.contains("te laat"))
        #expect(r.uit.contains("20-11-2026"))
    }

    @Test("export md en json: 0600, niet overschrijven zonder --overschrijf", arguments: ["md", "json"])
    func export(_ formaat: String) throws {
        let o = try Omgeving()
        defer { o.ruimOp() }
        let id = try o.demo()
        let uit = o.pad("uit")
        try FileManager.default.createDirectory(atPath: uit, withIntermediateDirectories: true)
        let r = try o.metData(["export", "familie"], ["--formaat", formaat, "--uit", uit])
        #expect(r.code == 0, "\(r)")
        let bestand = "\(uit)/regie-\(id).\(formaat)"
        #expect(r.uit.contains(bestand))
        #expect(rechten(bestand) == 0o600)
        let inhoud = try #require(FileManager.default.contents(atPath: bestand))
        if formaat == "md" {
            #expect(String(decoding: inhoud, as: UTF8.self).hasPrefix("# Ondersteuningsplan Familie De Jong-El Amrani"))
        } else {
            let json = try #require(try JSONSerialization.jsonObject(with: inhoud) as? [String: Any])
            #expect(json["schema"] as? Int == 1)
            #expect(json["soort"] as? String == "regie-dossier")
        }
        // Again without --overschrijf: refused, the file unchanged.
        try Data("eigen aantekeningen".utf8).write(to: URL(fileURLWithPath: bestand))
        let nogmaals = try o.metData(["export", id], ["--formaat", formaat, "--uit", uit])
        #expect(nogmaals.code == 1, "\(nogmaals)")
        #expect(isNetteFout(nogmaals), "\(nogmaals)")
        #expect(nogmaals.fout.contains("bestaat al"))
        #expect(nogmaals.fout.contains("--overschrijf"))
        #expect(FileManager.default.contents(atPath: bestand) == Data("eigen aantekeningen".utf8))
        // With --overschrijf it is replaced, still 0600.
        let over = try o.metData(["export", id], ["--formaat", formaat, "--uit", uit, "--overschrijf"])
        #expect(over.code == 0, "\(over)")
        #expect(FileManager.default.contents(atPath: bestand) == inhoud)
        #expect(rechten(bestand) == 0o600)
        // A folder that does not exist.
        let geenMap = try o.metData(["export", id], ["--formaat", formaat, "--uit", o.pad("bestaatniet")])
        #expect(geenMap.code == 1)
        #expect(isNetteFout(geenMap), "\(geenMap)")
        #expect(geenMap.fout.contains("bestaat niet"))
    }

    @Test("export pdf: schrijft regie-<id>.pdf (0600), weigert de tweede keer, --overschrijf vervangt")
    func exportPdf() throws {
        let o = try Omgeving()
        defer { o.ruimOp() }
        let id = try o.demo()
        let uit = o.pad("uit")
        try FileManager.default.createDirectory(atPath: uit, withIntermediateDirectories: true)
        let r = try o.metData(["export", id], ["--formaat", "pdf", "--uit", uit])
        #expect(r.code == 0, "\(r)")
        let bestand = "\(uit)/regie-\(id).pdf"
        #expect(r.uit == "Geschreven: \(bestand)\n")
        #expect(rechten(bestand) == 0o600)
        let inhoud = try #require(FileManager.default.contents(atPath: bestand))
        #expect(inhoud.starts(with: Data("%PDF-".utf8)))
        #expect(inhoud.count > 10_000)

        try Data("eigen aantekeningen".utf8).write(to: URL(fileURLWithPath: bestand))
        let nogmaals = try o.metData(["export", "familie"], ["--formaat", "pdf", "--uit", uit])
        #expect(nogmaals.code == 1, "\(nogmaals)")
        #expect(isNetteFout(nogmaals), "\(nogmaals)")
        #expect(nogmaals.fout.contains("bestaat al") && nogmaals.fout.contains("--overschrijf"))
        #expect(FileManager.default.contents(atPath: bestand) == Data("eigen aantekeningen".utf8))

        let over = try o.metData(["export", id], ["--formaat", "pdf", "--uit", uit, "--overschrijf"])
        #expect(over.code == 0, "\(over)")
        #expect(FileManager.default.contents(atPath: bestand)?.starts(with: Data("%PDF-".utf8)) == true)
        #expect(rechten(bestand) == 0o600)
    }

    @Test("export md: het plan voor betrokkenen, met de versie en zonder de procesnotities")
    func exportMdVoorBetrokkenen() throws {
        let o = try Omgeving()
        defer { o.ruimOp() }
        let id = try o.demo()
        let uit = o.pad("uit")
        try FileManager.default.createDirectory(atPath: uit, withIntermediateDirectories: true)
        let r = try o.metData(["export", id], ["--formaat", "md", "--uit", uit])
        #expect(r.code == 0, "\(r)")
        let tekst = try String(contentsOfFile: "\(uit)/regie-\(id).md", encoding: .utf8)
        #expect(tekst.contains("_Werkversie van 23-11-2026, nog niet vastgesteld_"))
        #expect(tekst.contains("- Ondertekend door Marloes Visser (professional): 02-11-2026"))
        #expect(!tekst.contains("# Verloop"))
        // regie toon still shows everything, the course of the process included.
        let toon = try o.metData(["toon", id])
        #expect(toon.uit.contains("# Verloop"))
    }

    @Test("importeer: een export in een tweede opslag geeft precies hetzelfde plan")
    func importeer() throws {
        let o = try Omgeving()
        defer { o.ruimOp() }
        let id = try o.demo()
        let uit = o.pad("uit")
        try FileManager.default.createDirectory(atPath: uit, withIntermediateDirectories: true)
        #expect(try o.metData(["export", id], ["--formaat", "json", "--uit", uit]).code == 0)
        let bestand = "\(uit)/regie-\(id).json"

        let tweede = o.pad("tweede")
        let r = try o.regie(["importeer", bestand, "--data", tweede])
        #expect(r.code == 0, "\(r)")
        #expect(r.uit.contains("Ingelezen: Familie De Jong-El Amrani (id \(id))."))
        let toonEen = try o.metData(["toon", id])
        let toonTwee = try o.regie(["toon", id, "--data", tweede])
        #expect(toonTwee.code == 0, "\(toonTwee)")
        #expect(toonEen.uit == toonTwee.uit)
        #expect(!toonEen.uit.isEmpty)

        // Into the same store: refused.
        let weer = try o.metData(["importeer", bestand])
        #expect(weer.code == 1, "\(weer)")
        #expect(isNetteFout(weer), "\(weer)")
        #expect(weer.fout.contains("bestaat al") || weer.fout.contains("al een dossier"))
        #expect(weer.fout.contains("--nieuwe-id"))
        #expect(try o.lijstJSON().count == 1)

        // With --nieuwe-id: a second household with another id.
        let nieuw = try o.metData(["importeer", bestand], ["--nieuwe-id"])
        #expect(nieuw.code == 0, "\(nieuw)")
        let lijst = try o.lijstJSON()
        #expect(lijst.count == 2)
        let ids = Set(lijst.compactMap { $0["id"] as? String })
        #expect(ids.count == 2 && ids.contains(id))
        #expect(lijst.allSatisfy { $0["naam"] as? String == "Familie De Jong-El Amrani" })
        // Now the name is ambiguous; the id still works.
        let dubbel = try o.metData(["toon", "familie"])
        #expect(dubbel.code == 1)
        #expect(isNetteFout(dubbel), "\(dubbel)")
        #expect(dubbel.fout.contains("past bij 2 huishoudens"))
    }

    @Test("importeer van een kapot bestand: één Nederlandse regel, exit 1, niets toegevoegd",
          arguments: ["rommel", "leeg", "veld ontbreekt", "verkeerde soort", "nieuwer schema", "ongeldige id", "bestaat niet", "map"])
    func importeerKapot(_ soort: String) throws {
        let o = try Omgeving()
        defer { o.ruimOp() }
        let id = try o.demo()
        let uit = o.pad("uit")
        try FileManager.default.createDirectory(atPath: uit, withIntermediateDirectories: true)
        #expect(try o.metData(["export", id], ["--formaat", "json", "--uit", uit]).code == 0)
        let goed = try #require(FileManager.default.contents(atPath: "\(uit)/regie-\(id).json"))
        var json = try #require(try JSONSerialization.jsonObject(with: goed) as? [String: Any])
        var dossier = try #require(json["dossier"] as? [String: Any])
        let bestand = o.pad("kapot.json")
        let verwacht: String
        switch soort {
        case "rommel":
            try Data("{\"schema\": 1, \"soort\": \"regie-dossier\", \"dossier\": {\"id\": ".utf8).write(to: URL(fileURLWithPath: bestand))
            verwacht = "geen geldige JSON"
        case "leeg":
            try Data().write(to: URL(fileURLWithPath: bestand))
            verwacht = "leeg"
        case "veld ontbreekt":
            dossier["naam"] = nil
            json["dossier"] = dossier
            try JSONSerialization.data(withJSONObject: json).write(to: URL(fileURLWithPath: bestand))
            verwacht = "ontbreekt het veld 'naam'"
        case "verkeerde soort":
            json["soort"] = "iets"
            try JSONSerialization.data(withJSONObject: json).write(to: URL(fileURLWithPath: bestand))
            verwacht = "geen dossier"
        case "nieuwer schema":
            json["schema"] = 7
            try JSONSerialization.data(withJSONObject: json).write(to: URL(fileURLWithPath: bestand))
            verwacht = "nieuwere versie"
        case "ongeldige id":
            dossier["id"] = "../../etc"
            json["dossier"] = dossier
            try JSONSerialization.data(withJSONObject: json).write(to: URL(fileURLWithPath: bestand))
            verwacht = "ongeldig"
        case "bestaat niet":
            verwacht = "bestaat niet"
        default:
            try FileManager.default.createDirectory(atPath: bestand, withIntermediateDirectories: true)
            verwacht = "kan niet worden ingelezen"
        }
        let r = try o.metData(["importeer", bestand])
        #expect(r.code == 1, "\(r)")
        #expect(isNetteFout(r), "\(r)")
        #expect(r.fout.contains(verwacht), "\(r)")
        #expect(r.uit.isEmpty)
        #expect(try o.lijstJSON().count == 1)
        #expect(!FileManager.default.fileExists(atPath: "\(o.data)/apart"))
    }

    @Test("onbekend huishouden: exit 1 met een Nederlandse melding")
    func onbekend() throws {
        let o = try Omgeving()
        defer { o.ruimOp() }
        _ = try o.demo()
        for opdracht in [["toon"], ["controleer"]] {
            let r = try o.metData(opdracht + ["jansen"])
            #expect(r.code == 1, "\(r)")
            #expect(isNetteFout(r), "\(r)")
            #expect(r.fout == "regie: Niet gevonden: geen huishouden met die id of met een naam die zo begint.\n")
            #expect(r.uit.isEmpty)
        }
    }

    @Test("ontbrekend argument, onbekende optie of opdracht: exit 64 met Nederlandse tekst")
    func verkeerdeOpdracht() throws {
        let o = try Omgeving()
        defer { o.ruimOp() }
        let gevallen: [([String], String)] = [
            (["toon"], "regie: Er ontbreekt een argument: <dossier>."),
            (["lijst", "--bogus"], "regie: Onbekende optie: --bogus."),
            (["export", "x", "--uit", "/tmp"], "regie: Er ontbreekt een argument: --formaat <formaat>."),
            (["export", "x", "--formaat", "xml", "--uit", "/tmp"], "regie: De waarde 'xml' past niet bij --formaat"),
            (["lijst", "--data"], "regie: Bij --data"),
            (["importeer"], "regie: Er ontbreekt een argument: <bestand>."),
            (["toon", "a", "b"], "regie: Onverwacht argument: b."),
            (["toon", "a", "b", "c"], "regie: Onverwachte argumenten:"),
        ]
        for (argumenten, verwacht) in gevallen {
            let r = try o.regie(argumenten, extra: ["REGIE_DATA": o.data])
            #expect(r.code == 64, "\(argumenten): \(r)")
            #expect(r.fout.hasPrefix(verwacht), "\(argumenten): \(r)")
            #expect(r.fout.contains("Zie 'regie --help'."), "\(argumenten): \(r)")
            #expect(isNetteFout(r), "\(argumenten): \(r)")
            // No English from the argument parser leaks through.
            for engels in ["Missing", "Unknown", "Unexpected", "unexpected", "Error:", "Usage"] {
                #expect(!r.fout.contains(engels), "\(argumenten): \(r)")
            }
        }
    }

    @Test("methode controleer op de meegeleverde set: in orde")
    func methodeControleer() throws {
        let o = try Omgeving()
        defer { o.ruimOp() }
        let r = try o.regie(["methode", "controleer"])
        #expect(r.code == 0, "\(r)")
        #expect(r.uit.contains("Methodeset in orde"))
        #expect(r.uit.contains("9 fasen"))
        #expect(r.uit.contains("5 niveaus"))
    }

    @Test("methode kopieer, dan fasen.yaml stuk maken: controleer en lijst weigeren en noemen het bestand")
    func kapotteMethode() throws {
        let o = try Omgeving()
        defer { o.ruimOp() }
        _ = try o.demo()
        let set = o.pad("regio")
        let k = try o.regie(["methode", "kopieer", set])
        #expect(k.code == 0, "\(k)")
        for naam in ["methode.yaml", "fasen.yaml", "regiekaart.yaml", "meldcode.yaml", "criteria.yaml"] {
            #expect(FileManager.default.fileExists(atPath: "\(set)/\(naam)"), "\(naam) niet gekopieerd")
        }
        // The unchanged copy is in order, and usable.
        let heel = try o.regie(["methode", "controleer", set])
        #expect(heel.code == 0, "\(heel)")
        #expect(heel.uit.contains("in orde"))
        let lijstHeel = try o.metData(["lijst"], ["--methode", set])
        #expect(lijstHeel.code == 0, "\(lijstHeel)")
        #expect(lijstHeel.uit.contains("Familie De Jong-El Amrani"))
        // Copying again refuses to overwrite.
        let nogmaals = try o.regie(["methode", "kopieer", set])
        #expect(nogmaals.code == 1, "\(nogmaals)")
        #expect(nogmaals.fout.contains("bestaat al"))

        // Remove the required "naam" of the first phase.
        let fasen = URL(fileURLWithPath: "\(set)/fasen.yaml")
        let tekst = try String(contentsOf: fasen, encoding: .utf8)
        let regel = "    naam: Aanmelding\n"
        #expect(tekst.contains(regel))
        try tekst.replacingOccurrences(of: regel, with: "").write(to: fasen, atomically: true, encoding: .utf8)

        let c = try o.regie(["methode", "controleer", set])
        #expect(c.code == 1, "\(c)")
        #expect(c.fout.hasPrefix("regie: "))
        #expect(c.fout.contains("fasen.yaml"))
        #expect(c.fout.contains("naam"))
        #expect(!c.fout.contains("Fatal error"))
        #expect(c.uit.isEmpty)

        let l = try o.metData(["lijst"], ["--methode", set])
        #expect(l.code == 1, "\(l)")
        #expect(l.fout.contains("fasen.yaml"))
        #expect(l.uit.isEmpty)
        // Via REGIE_METHODE too.
        let viaEnv = try o.regie(["lijst", "--data", o.data], extra: ["REGIE_METHODE": set])
        #expect(viaEnv.code == 1, "\(viaEnv)")
        #expect(viaEnv.fout.contains("fasen.yaml"))
        // A method folder that does not exist.
        let weg = try o.metData(["lijst"], ["--methode", o.pad("geen-methode")])
        #expect(weg.code == 1, "\(weg)")
        #expect(weg.fout.contains("bestaat niet"))
    }

    @Test("--help: exit 0, Nederlandse uitleg bij elke opdracht")
    func help() throws {
        let o = try Omgeving()
        defer { o.ruimOp() }
        let r = try o.regie(["--help"])
        #expect(r.code == 0, "\(r)")
        for tekst in ["Regie: plannen en regie volgens 1Gezin1Plan1Regisseur.",
                      "Zonder opdracht opent regie het programma met alle huishoudens.",
                      "Toon alle huishoudens", "Toon het hele plan", "Controleer een plan",
                      "Voeg een verzonnen voorbeeldhuishouden toe", "Schrijf een dossier naar een bestand",
                      "Lees een dossierbestand in", "Werk met de methodeset"] {
            #expect(r.uit.contains(tekst), "ontbreekt in --help: \(tekst)")
        }
        let sub = try o.regie(["export", "--help"])
        #expect(sub.code == 0, "\(sub)")
        // The help is wrapped to the terminal width; compare with single spaces.
        let plat = sub.uit.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
        #expect(plat.contains("alleen voor u leesbaar (0600)"))
        #expect(plat.contains("--overschrijf Vervang een bestaand bestand."))
    }

    @Test("een beschadigd dossier: lijst waarschuwt, zet het apart en gaat door")
    func beschadigdInLijst() throws {
        let o = try Omgeving()
        defer { o.ruimOp() }
        _ = try o.demo()
        try Data("kapot".utf8).write(to: URL(fileURLWithPath: "\(o.data)/dossiers/stuk.json"))
        let r = try o.metData(["lijst"])
        #expect(r.code == 0, "\(r)")
        #expect(r.uit.contains("Familie De Jong-El Amrani"))
        #expect(r.fout.hasPrefix("regie: Het bestand stuk.json is geen leesbaar dossier"))
        #expect(r.fout.contains("apart/stuk.json."))
        let apart = try FileManager.default.contentsOfDirectory(atPath: "\(o.data)/apart")
        #expect(apart.count == 1)
        #expect(FileManager.default.contents(atPath: "\(o.data)/apart/\(apart[0])") == Data("kapot".utf8))
        let weer = try o.metData(["lijst"])
        #expect(weer.fout.isEmpty)
    }
}
