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
        #expect(tekst.contains("\r\nDTSTART:20261207") || tekst.contains("\r\nDTSTART;VALUE=DATE:20261207"), "\(tekst)")
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
}
