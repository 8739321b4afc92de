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
        #expect(r.contains("DTSTART;TZID=Europe/Amsterdam:20261207T093000"))
        #expect(r.contains("DTEND;TZID=Europe/Amsterdam:20261207T110000"))
        #expect(!r.contains { $0.hasPrefix("DURATION") || $0.hasPrefix("DTSTART:2026") }, "geen zwevende tijd meer")
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
        #expect(r.contains("DTEND;VALUE=DATE:20261208"))
        #expect(!r.contains { $0.hasPrefix("DURATION") })
        let metEmail = Set(ICalendarUitnodiging.personenMetEmail(d).map { $0.email.lowercased() }.filter { !$0.isEmpty }).count
        #expect(r.filter { $0.hasPrefix("ATTENDEE") }.count == metEmail)
        d.plan.overleggen = []
        #expect(ICalendarUitnodiging.probleem(d.volgendOverleg(vandaag: vandaag))?.contains("geen volgend overleg") == true)
    }

    @Test("wie twee keer in het dossier staat met één e-mailadres (professional én regisseur), wordt één keer uitgenodigd")
    func dubbeleGenodigden() {
        var (d, o) = dossier()
        o.aanwezigen = []
        let regisseur = d.regisseurs[0]
        // The same person as professional, the address typed with capitals and a space.
        d.professionals.append(Professional(naam: regisseur.naam, organisatie: regisseur.organisatie, functie: "procesregisseur",
                                            email: " " + regisseur.email.uppercased()))
        let r = regels(ICalendarUitnodiging(dossier: d, overleg: o, gemaakt: "20261123T100000Z").tekst())
        let adressen = r.filter { $0.hasPrefix("ATTENDEE") }.compactMap { $0.components(separatedBy: ":mailto:").last?.lowercased() }
        #expect(adressen.count == Set(adressen).count, "elk adres één keer: \(adressen)")
        #expect(adressen.filter { $0 == regisseur.email.lowercased() }.count == 1)
        let beschrijving = r.first { $0.hasPrefix("DESCRIPTION:") } ?? ""
        #expect(beschrijving.components(separatedBy: regisseur.naam).count - 1 == 1, "\(beschrijving)")
        // Both marked as present for this overleg: still one invitation.
        o.aanwezigen = [regisseur.id, d.professionals.last!.id]
        let twee = regels(ICalendarUitnodiging(dossier: d, overleg: o, gemaakt: "20261123T100000Z").tekst())
        #expect(twee.filter { $0.hasPrefix("ATTENDEE") }.count == 1)
    }

    @Test("dezelfde naam, één keer zonder e-mailadres: één genodigde, met het adres dat er is")
    func dubbelZonderAdres() {
        var (d, o) = dossier()
        let regisseur = d.regisseurs[0]
        d.professionals.append(Professional(naam: regisseur.naam, organisatie: regisseur.organisatie, functie: "procesregisseur"))
        o.aanwezigen = [d.professionals.last!.id, regisseur.id]
        let uitnodiging = ICalendarUitnodiging(dossier: d, overleg: o, gemaakt: "20261123T100000Z")
        #expect(uitnodiging.genodigden.map(\.naam) == [regisseur.naam])
        #expect(uitnodiging.genodigden.map(\.email) == [regisseur.email])
        let r = regels(uitnodiging.tekst())
        #expect(r.filter { $0.hasPrefix("ATTENDEE") }.count == 1)
        #expect(r.contains("DESCRIPTION:Voortgangsoverleg over het plan van Familie Één\\, van \"Dijk\".\\nUitgenodigd: \(regisseur.naam)."))
        // Two different people without an address stay two.
        d.netwerk = [Netwerklid(naam: "Jan"), Netwerklid(naam: "Piet")]
        o.aanwezigen = d.netwerk.map(\.id)
        #expect(ICalendarUitnodiging(dossier: d, overleg: o, gemaakt: "20261123T100000Z").genodigden.map(\.naam) == ["Jan", "Piet"])
    }

    @Test("een overleg dat na middernacht eindigt, eindigt op de volgende dag")
    func naMiddernacht() {
        let (d, gepland) = dossier()
        var o = gepland
        o.tijd = Tijd(uur: 23, minuut: 30)
        o.datum = Datum(jaar: 2026, maand: 12, dag: 31)
        let r = regels(ICalendarUitnodiging(dossier: d, overleg: o, gemaakt: "20261123T100000Z").tekst())
        #expect(r.contains("DTSTART;TZID=Europe/Amsterdam:20261231T233000"))
        #expect(r.contains("DTEND;TZID=Europe/Amsterdam:20270101T010000"))
    }

    /// The VTIMEZONE block of the file, unfolded, as `[(component, [property: value])]`.
    func tijdzone(_ r: [String]) -> [(String, [String: String])] {
        guard let begin = r.firstIndex(of: "BEGIN:VTIMEZONE"), let eind = r.firstIndex(of: "END:VTIMEZONE") else { return [] }
        var uit: [(String, [String: String])] = []
        for regel in r[begin...eind] {
            let delen = regel.split(separator: ":", maxSplits: 1).map(String.init)
            guard delen.count == 2 else { continue }
            if delen[0] == "BEGIN", delen[1] != "VTIMEZONE" { uit.append((delen[1], [:])) } else if !uit.isEmpty, delen[0] != "END" {
                uit[uit.count - 1].1[delen[0]] = delen[1]
            }
        }
        return uit
    }

    @Test("DTSTART en DTEND in Europe/Amsterdam met een VTIMEZONE vóór het VEVENT (RFC 5545)")
    func vtimezone() {
        let (d, o) = dossier()
        let r = regels(ICalendarUitnodiging(dossier: d, overleg: o, gemaakt: "20261123T100000Z").tekst())
        let begin = r.firstIndex(of: "BEGIN:VTIMEZONE"), event = r.firstIndex(of: "BEGIN:VEVENT")
        #expect(begin != nil && event != nil && begin! < event!)
        #expect(r.contains("TZID:Europe/Amsterdam"))
        let delen = tijdzone(r)
        #expect(delen.map(\.0).sorted() == ["DAYLIGHT", "STANDARD"])
        let zomer = delen.first { $0.0 == "DAYLIGHT" }?.1 ?? [:], winter = delen.first { $0.0 == "STANDARD" }?.1 ?? [:]
        #expect(zomer["TZOFFSETFROM"] == "+0100" && zomer["TZOFFSETTO"] == "+0200")
        #expect(winter["TZOFFSETFROM"] == "+0200" && winter["TZOFFSETTO"] == "+0100")
        // Every TZID a date refers to is defined in the file.
        for regel in r where regel.contains(";TZID=") {
            #expect(regel.contains(";TZID=Europe/Amsterdam:"), "\(regel)")
        }
    }

    @Test("de regels van de VTIMEZONE geven 2000–2040 dezelfde overgangen als de tijdzonedatabase")
    func overgangenKloppen() throws {
        let (d, o) = dossier()
        let delen = tijdzone(regels(ICalendarUitnodiging(dossier: d, overleg: o, gemaakt: "20261123T100000Z").tekst()))
        let zone = try #require(TimeZone(identifier: "Europe/Amsterdam"))
        var utc = Calendar(identifier: .gregorian)
        utc.timeZone = TimeZone(identifier: "UTC")!
        /// "+0200" as seconds.
        func seconden(_ s: String) -> Int {
            let teken = s.hasPrefix("-") ? -1 : 1
            let cijfers = Int(s.dropFirst()) ?? 0
            return teken * ((cijfers / 100) * 3600 + (cijfers % 100) * 60)
        }
        var verwacht: [Date] = []
        var t = try #require(utc.date(from: DateComponents(year: 2000, month: 1, day: 1)))
        let einde = try #require(utc.date(from: DateComponents(year: 2041, month: 1, day: 1)))
        while let volgende = zone.nextDaylightSavingTimeTransition(after: t), volgende < einde {
            verwacht.append(volgende)
            t = volgende
        }
        var berekend: [Date] = []
        for jaar in 2000...2040 {
            for (_, p) in delen {
                // RRULE:FREQ=YEARLY;BYMONTH=m;BYDAY=-1SU at the wall-clock time of DTSTART, in the offset before the change.
                let regel = Dictionary(uniqueKeysWithValues: (p["RRULE"] ?? "").split(separator: ";").map {
                    let kv = $0.split(separator: "=", maxSplits: 1).map(String.init)
                    return (kv[0], kv.count > 1 ? kv[1] : "")
                })
                #expect(regel["FREQ"] == "YEARLY" && regel["BYDAY"] == "-1SU")
                let maand = try #require(Int(regel["BYMONTH"] ?? ""))
                let start = try #require(p["DTSTART"])
                let uur = Int(start.dropFirst(9).prefix(2)) ?? 0, minuut = Int(start.dropFirst(11).prefix(2)) ?? 0
                var dag = utc.range(of: .day, in: .month, for: utc.date(from: DateComponents(year: jaar, month: maand, day: 1))!)!.count
                while utc.component(.weekday, from: utc.date(from: DateComponents(year: jaar, month: maand, day: dag))!) != 1 { dag -= 1 }
                let lokaal = utc.date(from: DateComponents(year: jaar, month: maand, day: dag, hour: uur, minute: minuut))!
                berekend.append(lokaal.addingTimeInterval(-Double(seconden(p["TZOFFSETFROM"] ?? ""))))
                // After the change the zone's offset is TZOFFSETTO.
                #expect(zone.secondsFromGMT(for: lokaal.addingTimeInterval(-Double(seconden(p["TZOFFSETFROM"] ?? "")) + 60))
                        == seconden(p["TZOFFSETTO"] ?? ""))
            }
        }
        #expect(berekend.sorted() == verwacht, "de VTIMEZONE wijkt af van Europe/Amsterdam")
        #expect(verwacht.count == 82)
    }
}
