import Foundation
import Testing

@Suite("regie export --formaat ics")
struct ExportIcsTests {
    @Test("een uitnodiging voor het volgende overleg, 0600, niet overschreven zonder --overschrijf")
    func uitnodiging() throws {
        let o = try Omgeving()
        defer { o.ruimOp() }
        let id = try o.demo()
        let uit = o.pad("uit")
        try FileManager.default.createDirectory(atPath: uit, withIntermediateDirectories: true)
        let r = try o.metData(["export", id, "--formaat", "ics", "--uit", uit])
        #expect(r.code == 0, "\(r)")
        let pad = uit + "/regie-\(id).ics"
        let tekst = try String(contentsOfFile: pad, encoding: .utf8)
        #expect(tekst.hasPrefix("BEGIN:VCALENDAR\r\n"))
        #expect(tekst.contains("\r\nDTSTART;TZID=Europe/Amsterdam:20261207T"), "\(tekst)")
        #expect(tekst.contains("\r\nDTEND;TZID=Europe/Amsterdam:20261207T"), "\(tekst)")
        #expect(tekst.contains("\r\nBEGIN:VTIMEZONE\r\nTZID:Europe/Amsterdam\r\n"))
        #expect(tekst.contains("\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\n"))
        #expect(tekst.contains("\r\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\n"))
        for regel in tekst.components(separatedBy: "\r\n") { #expect(regel.utf8.count <= 75 && !regel.contains("\n")) }
        #expect(tekst.contains("Familie De Jong-El Amrani"))
        let rechten = try FileManager.default.attributesOfItem(atPath: pad)[.posixPermissions] as? Int
        #expect(rechten == 0o600)
        let nogmaals = try o.metData(["export", id, "--formaat", "ics", "--uit", uit])
        #expect(nogmaals.code == 1)
        #expect(nogmaals.fout.contains("bestaat al"))
    }

    @Test("zonder gepland overleg: een Nederlandse melding, geen bestand")
    func zonderOverleg() throws {
        let o = try Omgeving()
        defer { o.ruimOp() }
        _ = try o.demo()
        let later = try o.regie(["export", "familie", "--formaat", "ics", "--uit", o.tmp.path, "--data", o.data],
                                extra: ["REGIE_VANDAAG": "2031-01-01"])
        #expect(later.code == 1, "\(later)")
        #expect(later.fout.contains("geen volgend overleg"))
        let ics = try FileManager.default.contentsOfDirectory(atPath: o.tmp.path).filter { $0.hasSuffix(".ics") }
        #expect(ics.isEmpty)
    }

    @Test("een professional die ook regisseur is (zelfde adres, andere hoofdletters): één genodigde")
    func eenPersoonEenUitnodiging() throws {
        let o = try Omgeving()
        defer { o.ruimOp() }
        let id = try o.demo()
        let uit = o.pad("uit")
        try FileManager.default.createDirectory(atPath: uit, withIntermediateDirectories: true)
        #expect(try o.metData(["export", id], ["--formaat", "json", "--uit", uit]).code == 0)

        // The procesregisseur added once more, as a professional, with the address in capitals.
        let bestand = "\(uit)/regie-\(id).json"
        var json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: bestand))) as? [String: Any])
        var dossier = try #require(json["dossier"] as? [String: Any])
        let regisseur = try #require((dossier["regisseurs"] as? [[String: Any]])?.first)
        var professionals = try #require(dossier["professionals"] as? [[String: Any]])
        var dubbel = try #require(professionals.first)
        let email = try #require(regisseur["email"] as? String)
        dubbel["id"] = "dubbelpers"
        dubbel["naam"] = regisseur["naam"]
        dubbel["email"] = email.uppercased()
        professionals.append(dubbel)
        dossier["professionals"] = professionals
        // Invite everyone: no list of who is present.
        dossier["plan"] = (dossier["plan"] as? [String: Any]).map { plan in
            var plan = plan
            plan["overleggen"] = (plan["overleggen"] as? [[String: Any]])?.map { var o = $0; o["aanwezigen"] = [String](); return o }
            return plan
        }
        json["dossier"] = dossier
        let gewijzigd = o.pad("gewijzigd.json")
        try JSONSerialization.data(withJSONObject: json).write(to: URL(fileURLWithPath: gewijzigd))
        let tweede = o.pad("tweede")
        let inlezen = try o.regie(["importeer", gewijzigd, "--data", tweede])
        #expect(inlezen.code == 0, "\(inlezen)")

        let r = try o.regie(["export", id, "--formaat", "ics", "--uit", uit, "--overschrijf", "--data", tweede])
        #expect(r.code == 0, "\(r)")
        let tekst = try String(contentsOfFile: "\(uit)/regie-\(id).ics", encoding: .utf8).replacingOccurrences(of: "\r\n ", with: "")
        let adressen = tekst.components(separatedBy: "\r\n").filter { $0.hasPrefix("ATTENDEE") }
            .compactMap { $0.components(separatedBy: ":mailto:").last?.lowercased() }
        #expect(adressen.filter { $0 == email.lowercased() }.count == 1, "\(adressen)")
        #expect(adressen.count == Set(adressen).count)
        #expect(adressen.count >= 5, "\(adressen)")
    }
}
