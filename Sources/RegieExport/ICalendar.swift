import Foundation
import RegieDomain

/// An iCalendar (RFC 5545) invitation for an overleg: date, time, place, and the people
/// invited with their e-mail addresses. The time is Dutch time: DTSTART and DTEND name the
/// zone Europe/Amsterdam and the file carries that zone's rules (VTIMEZONE), so a calendar
/// elsewhere (Outlook, Google, an outside professional's) places the meeting at the hour
/// the household agreed.
public struct ICalendarUitnodiging {
    public var dossier: Dossier
    public var overleg: Overleg
    /// When the file is made, as UTC "jjjjmmddThhmmssZ" (DTSTAMP).
    public var gemaakt: String
    /// How long the meeting is planned to take.
    public var duurMinuten: Int

    public init(dossier: Dossier, overleg: Overleg, gemaakt: String, duurMinuten: Int = 90) {
        self.dossier = dossier
        self.overleg = overleg
        self.gemaakt = gemaakt
        self.duurMinuten = duurMinuten
    }

    /// The zone every overleg is planned in.
    static let tijdzone = "Europe/Amsterdam"

    /// Europe/Amsterdam as the EU has kept it since 1996: summer time (+0200) from the last
    /// Sunday of March at 02:00, winter time (+0100) from the last Sunday of October at 03:00.
    static let vtimezone = [
        "BEGIN:VTIMEZONE", "TZID:\(tijdzone)",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST", "DTSTART:19810329T020000",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET", "DTSTART:19961027T030000",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
        "END:VTIMEZONE",
    ]

    /// Why there can be no invitation for this overleg (no date), or nil.
    public static func probleem(_ overleg: Overleg?) -> String? {
        guard let overleg else { return "Er is geen volgend overleg gepland. Plan het in het ondersteuningsplan (rubriek Overleggen)." }
        return overleg.datum == nil ? "Het volgende overleg heeft nog geen datum." : nil
    }

    /// The invited people: who is marked as present for this overleg, or else everyone of
    /// the dossier; each with their e-mail address when it is known. Someone who is in the
    /// dossier twice (a professional who is also regisseur) is invited once: the same
    /// address, compared without regard to capitals, or the same name where one of the two
    /// has no address.
    public var genodigden: [(naam: String, email: String)] {
        let alle = Self.personenMetEmail(dossier)
        let gekozen = overleg.aanwezigen.isEmpty ? alle.map(\.id) : overleg.aanwezigen
        var uit: [(naam: String, email: String)] = []
        for id in gekozen {
            guard let p = alle.first(where: { $0.id == id }) else { continue }
            let email = p.email.trimmingCharacters(in: .whitespaces)
            let naam = p.naam.trimmingCharacters(in: .whitespaces)
            let zelfde = uit.firstIndex { g in
                (!email.isEmpty && g.email.lowercased() == email.lowercased())
                    || ((email.isEmpty || g.email.isEmpty) && !naam.isEmpty && g.naam.lowercased() == naam.lowercased())
            }
            if let i = zelfde {
                if uit[i].email.isEmpty { uit[i].email = email }
            } else {
                uit.append((naam, email))
            }
        }
        return uit
    }

    static func personenMetEmail(_ d: Dossier) -> [(id: String, naam: String, email: String)] {
        d.gezinsleden.map { ($0.id, $0.naam, $0.email) } + d.netwerk.map { ($0.id, $0.naam, $0.email) }
            + d.professionals.map { ($0.id, $0.naam, $0.email) } + d.regisseurs.map { ($0.id, $0.naam, $0.email) }
    }

    static func dag(_ d: Datum) -> String { String(format: "%04d%02d%02d", d.jaar, d.maand, d.dag) }

    /// The file, with CRLF line ends and long lines folded, as RFC 5545 requires.
    public func tekst() -> String {
        var regels = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Regie//Regie//NL", "CALSCALE:GREGORIAN", "METHOD:REQUEST"]
        if overleg.datum != nil && overleg.tijd != nil { regels += Self.vtimezone }
        regels += ["BEGIN:VEVENT", "UID:\(overleg.id)-\(dossier.id)@regie", "DTSTAMP:\(gemaakt)"]
        if let datum = overleg.datum {
            if let tijd = overleg.tijd {
                let begin = tijd.uur * 60 + tijd.minuut
                let eind = begin + max(1, duurMinuten)
                let eindDag = datum.plus(dagen: eind / (24 * 60)) ?? datum
                let klok = { (m: Int) in String(format: "T%02d%02d00", m / 60 % 24, m % 60) }
                regels.append("DTSTART;TZID=\(Self.tijdzone):\(Self.dag(datum))\(klok(begin))")
                regels.append("DTEND;TZID=\(Self.tijdzone):\(Self.dag(eindDag))\(klok(eind))")
            } else {
                regels.append("DTSTART;VALUE=DATE:\(Self.dag(datum))")
                if let volgende = datum.plus(dagen: 1) { regels.append("DTEND;VALUE=DATE:\(Self.dag(volgende))") }
            }
        }
        regels.append("SUMMARY:" + Self.tekstwaarde("\(Self.hoofdletter(overleg.soort.tekst)) \(dossier.naam)"))
        if !overleg.locatie.isEmpty { regels.append("LOCATION:" + Self.tekstwaarde(overleg.locatie)) }
        let namen = genodigden.map(\.naam).filter { !$0.isEmpty }
        var beschrijving = "\(Self.hoofdletter(overleg.soort.tekst)) over het plan van \(dossier.naam)."
        if !namen.isEmpty { beschrijving += "\nUitgenodigd: " + namen.joined(separator: ", ") + "." }
        regels.append("DESCRIPTION:" + Self.tekstwaarde(beschrijving))
        if let regisseur = dossier.procesregisseurs.first, case let email = regisseur.email.trimmingCharacters(in: .whitespaces),
           !email.isEmpty {
            regels.append("ORGANIZER;CN=\(Self.parameter(regisseur.naam)):mailto:\(email)")
        }
        for g in genodigden where !g.email.isEmpty {
            regels.append("ATTENDEE;CN=\(Self.parameter(g.naam));ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:\(g.email)")
        }
        regels += ["END:VEVENT", "END:VCALENDAR"]
        return regels.map(Self.vouw).joined(separator: "\r\n") + "\r\n"
    }

    static func hoofdletter(_ s: String) -> String { s.prefix(1).uppercased() + s.dropFirst() }

    /// A TEXT value: backslash, semicolon, comma and line breaks escaped (RFC 5545 3.3.11).
    static func tekstwaarde(_ s: String) -> String {
        var uit = ""
        for c in s {
            switch c {
            case "\\": uit += "\\\\"
            case ";": uit += "\\;"
            case ",": uit += "\\,"
            case "\n", "\r\n", "\r": uit += "\\n"
            default: uit.append(c)
            }
        }
        return uit
    }

    /// A parameter value (CN=…): quoted, without the characters a quoted value cannot hold.
    static func parameter(_ s: String) -> String {
        "\"" + String(s.filter { $0 != "\"" && !$0.isNewline }) + "\""
    }

    /// Folds a line into pieces of at most 75 octets, never inside a UTF-8 character;
    /// each next piece starts with a space (RFC 5545 3.1).
    static func vouw(_ regel: String) -> String {
        var stukken: [String] = []
        var huidig = ""
        var octetten = 0
        for c in regel {
            let n = String(c).utf8.count
            let grens = stukken.isEmpty ? 75 : 74  // a folded piece spends one octet on its leading space
            if octetten + n > grens {
                stukken.append(huidig)
                huidig = ""
                octetten = 0
            }
            huidig.append(c)
            octetten += n
        }
        stukken.append(huidig)
        return stukken.joined(separator: "\r\n ")
    }
}
