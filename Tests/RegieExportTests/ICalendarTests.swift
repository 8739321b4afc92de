import Foundation
import RegieDomain
import Testing
@testable import RegieExport

@Suite("iCalendar-uitnodiging")
struct ICalendarTests {
    let vandaag = Datum(jaar: 2026, maand: 11, dag: 23)!

    func dossier() -> (Dossier, Overleg) {
        var d = Voorbeeld.demo(vandaag: vandaag)
        d.naam = "Familie Één, van \"Dijk\""
        let overleg = Overleg(soort: .voortgang, datum: Datum(jaar: 2026, maand: 12, dag: 7), tijd: Tijd(uur: 9, minuut: 30),
                              locatie: "Wijkcentrum De Linde; zaal 2", aanwezigen: [d.gezinsleden[0].id, d.professionals[0].id])
        d.gezinsleden[0].email = "sanne@voorbeeld.nl"
        d.professionals[0].email = "prof@voorbeeld.nl"
        return (d, overleg)
    }

    /// The lines after unfolding (RFC 5545 3.1), for checking values.
    func regels(_ tekst: String) -> [String] {
        tekst.replacingOccurrences(of: "\r\n ", with: "").components(separatedBy: "\r\n").filter { !$0.isEmpty }
    }

    @Test("datum, tijd, plaats en de genodigden met hun e-mailadres")
    func inhoud() {
        let (d, o) = dossier()
        let tekst = ICalendarUitnodiging(dossier: d, overleg: o, gemaakt: "20261123T100000Z").tekst()
        let r = regels(tekst)
        #expect(r.first == "BEGIN:VCALENDAR")
        #expect(r.last == "END:VCALENDAR")
        #expect(r.contains("DTSTART:20261207T093000"))
        #expect(r.contains("DURATION:PT1H30M"))
        #expect(r.contains("DTSTAMP:20261123T100000Z"))
        #expect(r.contains("LOCATION:Wijkcentrum De Linde\\; zaal 2"))
        #expect(r.contains("SUMMARY:Voortgangsoverleg Familie Één\\, van \"Dijk\""))
        let attendees = r.filter { $0.hasPrefix("ATTENDEE") }
        #expect(attendees.count == 2)
        #expect(attendees.contains { $0.hasSuffix(":mailto:sanne@voorbeeld.nl") && $0.contains("CN=\"\(d.gezinsleden[0].naam)\"") })
        #expect(attendees.contains { $0.hasSuffix(":mailto:prof@voorbeeld.nl") })
        #expect(r.contains { $0.hasPrefix("DESCRIPTION:") && $0.contains(d.gezinsleden[0].naam) })
    }

    @Test("regels van hoogstens 75 octetten met CRLF, nooit midden in een teken gevouwen")
    func vouwen() {
        var (d, o) = dossier()
        o.locatie = String(repeating: "Één café ë ", count: 20)
        d.naam = String(repeating: "漢字", count: 40)
        let tekst = ICalendarUitnodiging(dossier: d, overleg: o, gemaakt: "20261123T100000Z").tekst()
        #expect(!tekst.replacingOccurrences(of: "\r\n", with: "").contains("\n"), "alleen CRLF")
        for regel in tekst.components(separatedBy: "\r\n") {
            #expect(regel.utf8.count <= 75, "te lang: \(regel)")
        }
        #expect(regels(tekst).contains("LOCATION:" + o.locatie))
        #expect(String(data: Data(tekst.utf8), encoding: .utf8) != nil)
    }

    @Test("zonder aanwezigen: iedereen van het dossier; zonder tijd: een hele dag")
    func zonderAanwezigenEnTijd() {
        var (d, o) = dossier()
        o.aanwezigen = []
        o.tijd = nil
        let r = regels(ICalendarUitnodiging(dossier: d, overleg: o, gemaakt: "20261123T100000Z").tekst())
        #expect(r.contains("DTSTART;VALUE=DATE:20261207"))
        #expect(!r.contains { $0.hasPrefix("DURATION") })
        let metEmail = ICalendarUitnodiging.personenMetEmail(d).filter { !$0.email.isEmpty }.count
        #expect(r.filter { $0.hasPrefix("ATTENDEE") }.count == metEmail)
        d.plan.overleggen = []
        #expect(ICalendarUitnodiging.probleem(d.volgendOverleg(vandaag: vandaag))?.contains("geen volgend overleg") == true)
    }
}
