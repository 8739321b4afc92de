import Foundation
import RegieStore
import Testing
import TestSupport

/// Through the real `regie`: a missing or damaged key file, the recovery code, the key backup,
/// and what the audit trail can prove.
@Suite("regie: sleutelbestand kwijt of beschadigd, herstelcode, reservekopie, logboek als bewijs")
struct SleutelCLITests {
    static let wachtwoord = "fiets regent op de brug"
    static let nieuw = "een heel ander wachtwoord"

    /// Every file under the data folder with its bytes (relative path → bytes).
    func afdruk(_ map: String) -> [String: Data] {
        let e = FileManager.default.enumerator(atPath: map)
        var uit: [String: Data] = [:]
        while let pad = e?.nextObject() as? String {
            if let data = FileManager.default.contents(atPath: map + "/" + pad) { uit[pad] = data }
        }
        return uit
    }

    /// An encrypted data folder with the demo household; returns the recovery code printed by
    /// `instellen` (nil when none was printed: the tests that need it require it).
    @discardableResult
    func versleuteld(_ o: Omgeving) throws -> String? {
        let instellen = try o.metData(["versleuteling", "instellen"], ["--wachtwoord-stdin"], invoer: Self.wachtwoord + "\n")
        #expect(instellen.code == 0, "\(instellen)")
        let demo = try o.metData(["demo"], ["--wachtwoord-stdin"], invoer: Self.wachtwoord + "\n")
        #expect(demo.code == 0, "\(demo)")
        return instellen.uit.firstMatch(of: /[0-9A-Z]{4}(-[0-9A-Z]{4}){6}/).map { String($0.output.0) }
    }

    func lijst(_ o: Omgeving, _ wachtwoord: String = wachtwoord) throws -> Uitkomst {
        try o.metData(["lijst"], ["--wachtwoord-stdin"], invoer: wachtwoord + "\n")
    }

    @Test("sleutel.json weg: lijst en demo weigeren met een melding die het bestand noemt en zegt wat te doen; niets verandert, geen nieuwe sleutel")
    func sleutelKwijt() throws {
        let o = try Omgeving(versleuteld: true)
        defer { o.ruimOp() }
        try versleuteld(o)
        let sleutel = o.data + "/sleutel.json"
        try FileManager.default.removeItem(atPath: sleutel)
        let voor = afdruk(o.data)
        for opdracht in [["lijst"], ["demo"], ["toon", "familie"], ["versleuteling", "instellen"], ["versleuteling", "wijzig"],
                         ["versleuteling", "herstel"], ["logboek"]] {
            let r = try o.metData(opdracht, ["--wachtwoord-stdin"], invoer: "\(Self.wachtwoord)\n\(Self.wachtwoord)\n")
            #expect(r.code == 1, "\(opdracht) \(r)")
            #expect(isNetteFout(r), "\(opdracht) \(r)")
            #expect(r.fout.contains("Het sleutelbestand \(sleutel) ontbreekt"), "\(opdracht) \(r)")
            #expect(r.fout.contains("regie versleuteling bewaar-sleutel") && r.fout.contains("regie versleuteling herstel"), "\(r)")
            #expect(!r.uit.contains("Er zijn nog geen huishoudens"), "\(r)")
        }
        let uit = try o.metData(["versleuteling", "uit", "--ja"])
        #expect(uit.code == 1 && uit.fout.contains("ontbreekt"), "\(uit)")
        let status = try o.metData(["versleuteling", "status"])
        #expect(status.code == 1 && status.fout.contains("ontbreekt"), "\(status)")
        #expect(afdruk(o.data) == voor, "er is iets veranderd, apart gezet of een sleutel gemaakt")
        #expect(!FileManager.default.fileExists(atPath: sleutel))
    }

    @Test("een beschadigd sleutel.json heet beschadigd (niet: verkeerd wachtwoord), met het bestand erbij; er verandert niets")
    func sleutelBeschadigd() throws {
        let o = try Omgeving(versleuteld: true)
        defer { o.ruimOp() }
        try versleuteld(o)
        let sleutel = o.data + "/sleutel.json"
        let goed = try Data(contentsOf: URL(fileURLWithPath: sleutel))
        let json = try #require(try JSONSerialization.jsonObject(with: goed) as? [String: Any])
        let verpakt = try #require(json["gegevenssleutel"] as? String)
        let ander = String(verpakt.prefix(8)) + (verpakt.dropFirst(8).first == "Q" ? "R" : "Q") + String(verpakt.dropFirst(9))
        var zonderKdf = json
        zonderKdf["kdf"] = nil
        let gevallen: [(String, Data)] = [
            ("afgebroken", goed.prefix(goed.count / 2)),
            ("geen JSON", Data("{ sleutel".utf8)),
            ("veld weg", try JSONSerialization.data(withJSONObject: zonderKdf)),
            ("verpakte sleutel veranderd", try JSONSerialization.data(withJSONObject: json.merging(["gegevenssleutel": ander]) { $1 })),
        ]
        for (naam, bytes) in gevallen {
            try bytes.write(to: URL(fileURLWithPath: sleutel))
            let voor = afdruk(o.data)
            for wachtwoord in [Self.wachtwoord, "niet het goede wachtwoord"] {
                let r = try lijst(o, wachtwoord)
                #expect(r.code == 1 && isNetteFout(r), "\(naam) \(r)")
                #expect(r.fout.contains("Het sleutelbestand \(sleutel) is beschadigd"), "\(naam) \(r)")
                #expect(!r.fout.contains("niet juist"), "\(naam) \(r)")
            }
            let status = try o.metData(["versleuteling", "status"])
            #expect(status.code == 1 && status.fout.contains("is beschadigd"), "\(naam) \(status)")
            #expect(afdruk(o.data) == voor, "\(naam)")
        }
        try goed.write(to: URL(fileURLWithPath: sleutel))
        #expect(try lijst(o).uit.contains("Familie De Jong-El Amrani"))
    }

    @Test("herstelcode: bij instellen één keer getoond; herstel zet met de code een nieuw wachtwoord; een nieuwe code vervangt de oude")
    func herstelcode() throws {
        let o = try Omgeving(versleuteld: true)
        defer { o.ruimOp() }
        let code = try #require(try versleuteld(o), "instellen toont geen herstelcode")
        #expect(try o.metData(["versleuteling", "status"]).uit.contains("Herstelcode: ja."))
        // Not shown again anywhere.
        for opdracht in [["versleuteling", "status"], ["lijst"]] {
            let r = try o.metData(opdracht, ["--wachtwoord-stdin"], invoer: Self.wachtwoord + "\n")
            #expect(!r.uit.contains(code) && !r.ruweFout.contains(code))
        }
        let fout = try o.metData(["versleuteling", "herstel"], ["--wachtwoord-stdin"], invoer: "ABCD-EFGH-JKMN-PQRS-TVWX-YZ23-4567\n\(Self.nieuw)\n")
        #expect(fout.code == 1 && fout.fout.contains("De herstelcode is niet juist"), "\(fout)")
        let geenCode = try o.metData(["versleuteling", "herstel"], ["--wachtwoord-stdin"], invoer: "geen code\n\(Self.nieuw)\n")
        #expect(geenCode.code == 1 && geenCode.fout.contains("Dat is geen herstelcode"), "\(geenCode)")
        #expect(try lijst(o).code == 0, "na een mislukte poging werkt het oude wachtwoord nog")

        // Typed from paper: lower case, spaces instead of dashes.
        let getypt = code.lowercased().replacingOccurrences(of: "-", with: " ")
        let herstel = try o.metData(["versleuteling", "herstel"], ["--wachtwoord-stdin"], invoer: "\(getypt)\n\(Self.nieuw)\n")
        #expect(herstel.code == 0, "\(herstel)")
        #expect(herstel.uit.contains("nieuw wachtwoord ingesteld"), "\(herstel)")
        #expect(try lijst(o).code == 1)
        #expect(try lijst(o, Self.nieuw).uit.contains("Familie De Jong-El Amrani"))

        let nieuweCode = try o.metData(["versleuteling", "herstelcode"], ["--wachtwoord-stdin"], invoer: Self.nieuw + "\n")
        #expect(nieuweCode.code == 0, "\(nieuweCode)")
        let tweede = try #require(nieuweCode.uit.firstMatch(of: /[0-9A-Z]{4}(-[0-9A-Z]{4}){6}/)).output.0
        #expect(tweede != code)
        let oudeCode = try o.metData(["versleuteling", "herstel"], ["--wachtwoord-stdin"], invoer: "\(code)\n\(Self.wachtwoord)\n")
        #expect(oudeCode.code == 1 && oudeCode.fout.contains("niet juist"), "\(oudeCode)")
        let log = try o.metData(["logboek"], ["--wachtwoord-stdin"], invoer: Self.nieuw + "\n")
        #expect(log.uit.contains("nieuw wachtwoord met de herstelcode") && log.uit.contains("nieuwe herstelcode gemaakt"), "\(log)")
    }

    @Test("een sleutel van vóór de herstelcode werkt; status zegt dat er geen herstelcode is; herstelcode maakt er een")
    func oudeSleutel() throws {
        let o = try Omgeving(versleuteld: true)
        defer { o.ruimOp() }
        try versleuteld(o)
        let pad = URL(fileURLWithPath: o.data + "/sleutel.json")
        var json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: pad)) as? [String: Any])
        for veld in ["herstel", "controle", "logboekanker"] { json[veld] = nil }
        try JSONSerialization.data(withJSONObject: json).write(to: pad)
        #expect(try lijst(o).uit.contains("Familie De Jong-El Amrani"))
        #expect(try o.metData(["versleuteling", "status"]).uit.contains("Herstelcode: nee."))
        let herstel = try o.metData(["versleuteling", "herstel"], ["--wachtwoord-stdin"], invoer: "ABCD-EFGH-JKMN-PQRS-TVWX-YZ23-4567\n\(Self.nieuw)\n")
        #expect(herstel.code == 1 && herstel.fout.contains("nog geen herstelcode"), "\(herstel)")
        let maak = try o.metData(["versleuteling", "herstelcode"], ["--wachtwoord-stdin"], invoer: Self.wachtwoord + "\n")
        #expect(maak.code == 0 && maak.uit.contains("Uw herstelcode"), "\(maak)")
        #expect(try o.metData(["versleuteling", "status"]).uit.contains("Herstelcode: ja."))
    }

    @Test("bewaar-sleutel: 0600, weigert te overschrijven zonder --overschrijf; teruggezet opent de kopie alles weer")
    func bewaarSleutel() throws {
        let o = try Omgeving(versleuteld: true)
        defer { o.ruimOp() }
        try versleuteld(o)
        let kopie = o.pad("sleutel-reserve.json")
        let r = try o.metData(["versleuteling", "bewaar-sleutel", kopie])
        #expect(r.code == 0, "\(r)")
        #expect(r.uit.contains(kopie) && r.uit.contains("apart van deze computer"), "\(r)")
        #expect(rechten(kopie) == 0o600)
        #expect(FileManager.default.contents(atPath: kopie) == FileManager.default.contents(atPath: o.data + "/sleutel.json"))
        // Relative to the current folder.
        #expect(try o.metData(["versleuteling", "bewaar-sleutel", "relatief.json"]).code == 0)
        #expect(FileManager.default.fileExists(atPath: o.pad("relatief.json")))
        try Data("mijn boodschappenlijst".utf8).write(to: URL(fileURLWithPath: kopie))
        let nogmaals = try o.metData(["versleuteling", "bewaar-sleutel", kopie])
        #expect(nogmaals.code == 1 && isNetteFout(nogmaals) && nogmaals.fout.contains("--overschrijf"), "\(nogmaals)")
        #expect(FileManager.default.contents(atPath: kopie) == Data("mijn boodschappenlijst".utf8))
        #expect(try o.metData(["versleuteling", "bewaar-sleutel", kopie, "--overschrijf"]).code == 0)
        #expect(rechten(kopie) == 0o600)

        try FileManager.default.removeItem(atPath: o.data + "/sleutel.json")
        #expect(try lijst(o).code == 1)

        // The key of another folder (same passphrase) put back: refused before anything is set aside.
        let ander = o.pad("ander")
        #expect(try o.regie(["versleuteling", "instellen", "--data", ander, "--wachtwoord-stdin"], invoer: Self.wachtwoord + "\n").code == 0)
        try FileManager.default.copyItem(atPath: ander + "/sleutel.json", toPath: o.data + "/sleutel.json")
        let voor = afdruk(o.data)
        let vreemd = try lijst(o)
        #expect(vreemd.code == 1 && isNetteFout(vreemd) && vreemd.fout.contains("past niet bij deze gegevens"), "\(vreemd)")
        #expect(afdruk(o.data) == voor)
        try FileManager.default.removeItem(atPath: o.data + "/sleutel.json")

        try FileManager.default.copyItem(atPath: kopie, toPath: o.data + "/sleutel.json")
        #expect(try lijst(o).uit.contains("Familie De Jong-El Amrani"))
    }

    @Test("logboek onversleuteld: weggehaald met dossiers erbij heet 'ontbreekt'; een hele keten is geen bewijs")
    func logboekOnversleuteld() throws {
        let o = try Omgeving()
        defer { o.ruimOp() }
        _ = try o.demo()
        #expect(try o.metData(["toon", "familie"]).code == 0)
        let heel = try o.metData(["logboek"], ["--controleer"])
        #expect(heel.code == 0, "\(heel)")
        #expect(!heel.uit.contains("in orde") && heel.uit.contains("kan het logboek niet bewijzen"), "\(heel)")
        for naam in ["logboek", "logboek.kop"] { try FileManager.default.removeItem(atPath: o.data + "/" + naam) }
        let weg = try o.metData(["logboek"], ["--controleer"])
        #expect(weg.code == 1 && isNetteFout(weg), "\(weg)")
        #expect(weg.fout.contains("het logboek ontbreekt, terwijl er dossiers zijn"), "\(weg)")
        #expect(!weg.uit.contains("in orde"), "\(weg)")
    }

    @Test("logboek versleuteld: een oudere kopie van logboek en kop teruggezet valt op (exit 1)")
    func logboekTeruggezet() throws {
        let o = try Omgeving(versleuteld: true)
        defer { o.ruimOp() }
        try versleuteld(o)
        let w = Self.wachtwoord + "\n"
        let goed = try o.metData(["logboek"], ["--controleer", "--wachtwoord-stdin"], invoer: w)
        #expect(goed.code == 0 && goed.uit.contains("Het logboek is in orde"), "\(goed)")
        let kopie = try ["logboek", "logboek.kop"].map { ($0, try Data(contentsOf: URL(fileURLWithPath: o.data + "/" + $0))) }
        for _ in 0..<2 { #expect(try o.metData(["toon", "familie"], ["--wachtwoord-stdin"], invoer: w).code == 0) }
        for (naam, data) in kopie { try data.write(to: URL(fileURLWithPath: o.data + "/" + naam)) }
        let terug = try o.metData(["logboek"], ["--controleer", "--wachtwoord-stdin"], invoer: w)
        #expect(terug.code == 1 && isNetteFout(terug), "\(terug)")
        #expect(terug.fout.contains("oudere kopie van het logboek teruggezet"), "\(terug)")
    }

    @Test("de tijden in het logboek komen van de klok, niet van REGIE_VANDAAG")
    func echteTijd() throws {
        let o = try Omgeving()
        defer { o.ruimOp() }
        let nep = ["REGIE_VANDAAG": "2001-02-03"]
        #expect(try o.regie(["demo", "--data", o.data], extra: nep).code == 0)
        let r = try o.regie(["logboek", "--data", o.data], extra: nep)
        #expect(r.code == 0, "\(r)")
        let f = DateFormatter()
        f.locale = Locale(identifier: "nl_NL")
        f.dateFormat = "dd-MM-yyyy"
        let vandaag = f.string(from: Date()), gisteren = f.string(from: Date().addingTimeInterval(-3600))
        #expect(r.uit.contains(vandaag) || r.uit.contains(gisteren), "\(r)")
        #expect(!r.uit.contains("03-02-2001"), "\(r)")
    }
}
