import Foundation
import RegieDomain

/// The plan's open actions as calendar entries (iCalendar, RFC 5545), to put in one's own
/// agenda: one event per action with a date, on that day (at its time, when it has one).
/// An action that repeats is one event with a rule: weekly, every two weeks or monthly,
/// until its end date. Published, not an invitation: nobody is asked to answer.
public struct ICalendarActies {
    public var dossier: Dossier
    public var vandaag: Datum
    /// When the file is made, as UTC "jjjjmmddThhmmssZ" (DTSTAMP).
    public var gemaakt: String
    /// How long an action with a time is in the calendar.
    public var duurMinuten: Int

    public init(dossier: Dossier, vandaag: Datum, gemaakt: String, duurMinuten: Int = 30) {
        self.dossier = dossier
        self.vandaag = vandaag
        self.gemaakt = gemaakt
        self.duurMinuten = duurMinuten
    }

    /// The actions in the file: with a date and still something to do, in the plan's order.
    public var acties: [(doel: Doel, actie: Actie)] {
        dossier.alleActies.filter { $0.actie.wanneer != nil && $0.actie.isOpen }
    }

    /// Why there is no file to make, or nil.
    public var probleem: String? {
        acties.isEmpty ? "Er staan geen open acties met een datum in het plan; er is niets voor de agenda." : nil
    }

    /// The rule of an action that repeats: "FREQ=WEEKLY", "FREQ=WEEKLY;INTERVAL=2",
    /// "FREQ=MONTHLY", with UNTIL from its end date. A monthly one on the 29th, 30th or 31st
    /// falls on the last day of a shorter month, as in the plan (a bare FREQ=MONTHLY would
    /// skip that month): the last of the days up to its own.
    static func regel(_ h: Herhaling, begin: Datum) -> String {
        var regel: String
        switch h.ritme {
        case .week: regel = "FREQ=WEEKLY"
        case .tweeWeken: regel = "FREQ=WEEKLY;INTERVAL=2"
        case .maand:
            regel = "FREQ=MONTHLY"
            if begin.dag > 28 { regel += ";BYMONTHDAY=" + (28...begin.dag).map(String.init).joined(separator: ",") + ";BYSETPOS=-1" }
        }
        if let tot = h.tot {
            // With a time UNTIL is UTC (RFC 5545 3.3.10): the moment of a time on the last day.
            if let tijd = h.tijd {
                regel += ";UNTIL=" + Self.utc(tot, tijd)
            } else {
                regel += ";UNTIL=" + ICalendarUitnodiging.dag(tot)
            }
        }
        return regel
    }

    /// A Dutch time on a day as UTC "jjjjmmddThhmm00Z", by the same rules as the VTIMEZONE
    /// in the file: summer time (+0200) from the last Sunday of March 02:00 until the last
    /// Sunday of October 03:00, else +0100.
    static func utc(_ d: Datum, _ t: Tijd) -> String {
        func laatsteZondag(_ maand: Int) -> Datum {
            let laatste = Datum(jaar: d.jaar, maand: maand, dag: 31)!
            return laatste.plus(dagen: -((laatste.weekdag + 1) % 7))!
        }
        let (maart, oktober) = (laatsteZondag(3), laatsteZondag(10))
        let zomer = (d > maart || (d == maart && t.uur >= 2)) && (d < oktober || (d == oktober && t.uur < 2))
        let minuten = d.dagnummer * 24 * 60 + t.uur * 60 + t.minuut - (zomer ? 120 : 60)
        let dag = Datum(dagnummer: minuten.floorDiv(24 * 60)) ?? d
        let rest = minuten - minuten.floorDiv(24 * 60) * 24 * 60
        return ICalendarUitnodiging.dag(dag) + String(format: "T%02d%02d00Z", rest / 60, rest % 60)
    }

    /// The file, with CRLF line ends and long lines folded, as RFC 5545 requires.
    public func tekst() -> String {
        var regels = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Regie//Regie//NL", "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
                      "X-WR-CALNAME:" + ICalendarUitnodiging.tekstwaarde("Acties \(dossier.naam)")]
        let lijst = acties
        if lijst.contains(where: { $0.actie.herhaling?.tijd != nil }) { regels += ICalendarUitnodiging.vtimezone }
        for (doel, actie) in lijst {
            guard let wanneer = actie.wanneer else { continue }
            regels += ["BEGIN:VEVENT", "UID:\(actie.id)-\(dossier.id)@regie", "DTSTAMP:\(gemaakt)"]
            if let tijd = actie.herhaling?.tijd {
                let begin = tijd.uur * 60 + tijd.minuut
                let eind = begin + max(1, duurMinuten)
                let eindDag = wanneer.plus(dagen: eind / (24 * 60)) ?? wanneer
                let klok = { (m: Int) in String(format: "T%02d%02d00", m / 60 % 24, m % 60) }
                regels.append("DTSTART;TZID=\(ICalendarUitnodiging.tijdzone):\(ICalendarUitnodiging.dag(wanneer))\(klok(begin))")
                regels.append("DTEND;TZID=\(ICalendarUitnodiging.tijdzone):\(ICalendarUitnodiging.dag(eindDag))\(klok(eind))")
            } else {
                regels.append("DTSTART;VALUE=DATE:\(ICalendarUitnodiging.dag(wanneer))")
                if let volgende = wanneer.plus(dagen: 1) { regels.append("DTEND;VALUE=DATE:\(ICalendarUitnodiging.dag(volgende))") }
            }
            if let h = actie.herhaling { regels.append("RRULE:" + Self.regel(h, begin: wanneer)) }
            let wie = actie.wie.map { dossier.naam(van: $0) }
            let wat = actie.wat.trimmingCharacters(in: .whitespacesAndNewlines)
            regels.append("SUMMARY:" + ICalendarUitnodiging.tekstwaarde((wat.isEmpty ? "Actie" : wat) + (wie.map { " (\($0))" } ?? "")))
            var beschrijving = "Actie uit het plan van \(dossier.naam)."
            let omschrijving = doel.omschrijving.trimmingCharacters(in: .whitespacesAndNewlines)
            if !omschrijving.isEmpty { beschrijving += "\nDoel: \(omschrijving)" }
            if let wie { beschrijving += "\nWie: \(wie)" }
            if let ritme = actie.ritmeTekst { beschrijving += "\nHerhaalt: \(ritme)" }
            regels.append("DESCRIPTION:" + ICalendarUitnodiging.tekstwaarde(beschrijving))
            regels.append("END:VEVENT")
        }
        regels.append("END:VCALENDAR")
        return regels.map(ICalendarUitnodiging.vouw).joined(separator: "\r\n") + "\r\n"
    }
}

extension Int {
    /// Division rounding down, also for negative numbers.
    fileprivate func floorDiv(_ n: Int) -> Int { self >= 0 ? self / n : -((-self + n - 1) / n) }
}
