import Foundation

/// What happened to a dossier (or the store), as recorded in the audit trail.
public enum Logsoort: String, Codable, Sendable, CaseIterable {
    case geopend
    case aangemaakt
    case gewijzigd
    case vastgesteld
    case geexporteerd
    case gewist
    case wachtwoordGewijzigd = "wachtwoord-gewijzigd"
    case versleuteld
    case overlegGeannuleerd = "overleg-geannuleerd"
    case herstelcodeGemaakt = "herstelcode-gemaakt"
    case wachtwoordHersteld = "wachtwoord-hersteld"

    /// A few Dutch words for lists.
    public var tekst: String {
        switch self {
        case .geopend: return "geopend"
        case .aangemaakt: return "aangemaakt"
        case .gewijzigd: return "gewijzigd"
        case .vastgesteld: return "versie vastgesteld"
        case .geexporteerd: return "geëxporteerd"
        case .gewist: return "gewist"
        case .wachtwoordGewijzigd: return "wachtwoord gewijzigd"
        case .versleuteld: return "opslag versleuteld"
        case .overlegGeannuleerd: return "overleg geannuleerd"
        case .herstelcodeGemaakt: return "nieuwe herstelcode gemaakt"
        case .wachtwoordHersteld: return "nieuw wachtwoord met de herstelcode"
        }
    }
}

/// One entry of the audit trail, exactly as stored (before sealing).
///
/// It never holds personal data of a household: ids, names of sections, a version id, an
/// export format, and the name of the user who did it.
public struct Logitem: Codable, Sendable, Equatable {
    /// 1, 2, 3, …: the line number in the trail.
    public var nr: Int
    /// ISO 8601, UTC ("2026-11-23T14:05:09Z").
    public var tijd: String
    /// The user's name, or "(onbekend)".
    public var door: String
    /// A `Logsoort` raw value; kept as text so a kind added later still reads.
    public var soort: String
    public var dossier: String?
    /// The changed sections, for `gewijzigd`.
    public var onderdelen: [String]?
    /// The version id, for `vastgesteld`.
    public var versie: String?
    /// The export format, for `geexporteerd`.
    public var formaat: String?
    /// The chain: the keyed hash of the previous stored line ("" for the first entry).
    public var vorige: String

    public var logsoort: Logsoort? { Logsoort(rawValue: soort) }

    public var datum: Date? { ISO8601DateFormatter().date(from: tijd) }

    /// "gewijzigd: krachten, doelen", "versie vastgesteld (2026-11-23_…)", "geëxporteerd als pdf".
    public var wat: String {
        let naam = logsoort?.tekst ?? soort
        switch logsoort {
        case .gewijzigd?, .aangemaakt?:
            let o = onderdelen ?? []
            return o.isEmpty ? naam : "\(naam): \(o.joined(separator: ", "))"
        case .vastgesteld?: return versie.map { "\(naam) (\($0))" } ?? naam
        case .geexporteerd?: return formaat.map { "\(naam) als \($0)" } ?? naam
        default: return naam
        }
    }
}

/// An entry for display: what the program shows in a dossier's trail.
public struct Logregel: Sendable, Equatable {
    public var nr: Int
    public var tijd: Date?
    public var door: String
    public var soort: Logsoort?
    public var dossier: String?
    /// One Dutch line: "23-11-2026 14:05  Sanne Visser  gewijzigd: krachten, doelen".
    public var tekst: String

    init(_ item: Logitem) {
        nr = item.nr
        tijd = item.datum
        door = item.door
        soort = item.logsoort
        dossier = item.dossier
        let wanneer = item.datum.map(Logregel.tijdtekst) ?? item.tijd
        tekst = "\(wanneer)  \(item.door)  \(item.wat)"
    }

    /// "23-11-2026 14:05" in the local time zone.
    public static func tijdtekst(_ d: Date) -> String {
        let f = DateFormatter()
        f.locale = Locale(identifier: "nl_NL")
        f.dateFormat = "dd-MM-yyyy HH:mm"
        return f.string(from: d)
    }
}
