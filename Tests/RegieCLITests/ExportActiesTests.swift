import Foundation
import Testing

@Suite("regie export --formaat acties")
struct ExportActiesTests {
    @Test("de open acties voor de agenda: regie-<id>-acties.ics naast de uitnodiging, 0600, een gebeurtenis per open actie")
    func acties() throws {
        let o = try Omgeving()
        defer { o.ruimOp() }
        let id = try o.demo()
        let uit = o.pad("uit")
        try FileManager.default.createDirectory(atPath: uit, withIntermediateDirectories: true)
        let r = try o.metData(["export", id, "--formaat", "acties", "--uit", uit])
        #expect(r.code == 0, "\(r)")
        let pad = uit + "/regie-\(id)-acties.ics"
        #expect(r.uit.contains("Geschreven: \(pad)"))
        let tekst = try String(contentsOfFile: pad, encoding: .utf8)
        #expect(tekst.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Regie//Regie//NL\r\nCALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\n"))
        #expect(tekst.replacingOccurrences(of: "\r\n ", with: "").contains("\r\nSUMMARY:Time-outplan opschrijven en op de koelkast hangen (Youssef El Amrani)\r\n"), "\(tekst)")
        #expect(tekst.contains("\r\nDTSTART;VALUE=DATE:20261120\r\n"))
        #expect(!tekst.contains("Aanmelden bij oudercursus"), "wat gedaan is, staat er niet in")
        let rechten = try FileManager.default.attributesOfItem(atPath: pad)[.posixPermissions] as? Int
        #expect(rechten == 0o600)
        #expect(try o.metData(["export", id, "--formaat", "ics", "--uit", uit]).code == 0, "de uitnodiging past ernaast")
    }
}
