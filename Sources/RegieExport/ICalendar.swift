import Foundation
import RegieDomain

/// An iCalendar (RFC 5545) invitation for an overleg: date, time, place, and the people
/// invited with their e-mail addresses. Times are floating local times (the meeting is
/// at 09:30 wherever the reader's calendar is), which needs no time-zone table.
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

    /// Why there can be no invitation for this overleg (no date), or nil.
    public static func probleem(_ overleg: Overleg?) -> String? {
        guard let overleg else { return "Er is geen volgend overleg gepland. Plan het in het ondersteuningsplan (rubriek Overleggen)." }
        return overleg.datum == nil ? "Het volgende overleg heeft nog geen datum." : nil
    }

    /// The invited people: who is marked as present for this overleg, or else everyone of
    /// the dossier; each with their e-mail address when it is known.
    public var genodigden: [(naam: String, email: String)] {
        let alle = Self.personenMetEmail(dossier)
        let gekozen = overleg.aanwezigen.isEmpty ? alle.map(\.id) : overleg.aanwezigen
        return gekozen.compactMap { id in alle.first { $0.id == id }.map { ($0.naam, $0.email) } }
    }

    static func personenMetEmail(_ d: Dossier) -> [(id: String, naam: String, email: String)] {
        d.gezinsleden.map { ($0.id, $0.naam, $0.email) } + d.netwerk.map { ($0.id, $0.naam, $0.email) }
            + d.professionals.map { ($0.id, $0.naam, $0.email) } + d.regisseurs.map { ($0.id, $0.naam, $0.email) }
    }

    /// The file, with CRLF line ends and long lines folded, as RFC 5545 requires.
    public func tekst() -> String {
        var regels = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Regie//Regie//NL", "CALSCALE:GREGORIAN", "METHOD:REQUEST",
                      "BEGIN:VEVENT", "UID:\(overleg.id)-\(dossier.id)@regie", "DTSTAMP:\(gemaakt)"]
        if let datum = overleg.datum {
            let dag = String(format: "%04d%02d%02d", datum.jaar, datum.maand, datum.dag)
            if let tijd = overleg.tijd {
                regels.append("DTSTART:\(dag)T\(String(format: "%02d%02d00", tijd.uur, tijd.minuut))")
                regels.append("DURATION:PT\(duurMinuten / 60)H\(duurMinuten % 60)M")
            } else {
                regels.append("DTSTART;VALUE=DATE:\(dag)")
            }
        }
        regels.append("SUMMARY:" + Self.tekstwaarde("\(Self.hoofdletter(overleg.soort.tekst)) \(dossier.naam)"))
        if !overleg.locatie.isEmpty { regels.append("LOCATION:" + Self.tekstwaarde(overleg.locatie)) }
        let namen = genodigden.map(\.naam).filter { !$0.isEmpty }
        var beschrijving = "\(Self.hoofdletter(overleg.soort.tekst)) over het plan van \(dossier.naam)."
        if !namen.isEmpty { beschrijving += "\nUitgenodigd: " + namen.joined(separator: ", ") + "." }
        regels.append("DESCRIPTION:" + Self.tekstwaarde(beschrijving))
        if let regisseur = dossier.procesregisseurs.first, !regisseur.email.isEmpty {
            regels.append("ORGANIZER;CN=\(Self.parameter(regisseur.naam)):mailto:\(regisseur.email)")
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
