import RegieDomain
import Screen

/// One field of a form. Every field is read from and written to the dossier as text, so
/// one editor serves them all; the kinds differ in the widget and how text becomes a value.
public struct Veld {
    public enum Soort {
        /// One line of text.
        case regel
        /// Free text over several lines ($EDITOR with C-o).
        case tekst
        /// dd-mm-jjjj, or a shortcut (vandaag, +1w).
        case datum
        /// One of a few options, chosen with ← →.
        case keuze([String])
        /// Someone of the dossier's people, picked from a list in one key; the text is the id.
        case persoon
        /// On or off with Space; the text is "ja" or "".
        case vinkje
    }

    /// Stable within its section: "aanleiding", "naam". Used to find it again after a jump.
    public var id: String
    public var titel: String
    public var soort: Soort
    public var lees: (Dossier) -> String
    /// Writes text that passed `controle`.
    public var schrijf: (inout Dossier, String) -> Void
    /// Why the text cannot be kept (shown under the field); nil when it can.
    public var controle: (String) -> String?
    /// A short explanation from the method, shown when the field has focus.
    public var uitleg: String?
    /// What kind of text it holds, for its most characters (`Tekstsoort.maximum`).
    public var tekstsoort: Tekstsoort
    /// How the value reads, when it says more than its text ("[x] laatst 07-12-2026").
    public var toon: ((Dossier) -> String)?

    public init(id: String, titel: String, soort: Soort, uitleg: String? = nil, lees: @escaping (Dossier) -> String,
                schrijf: @escaping (inout Dossier, String) -> Void, controle: @escaping (String) -> String? = { _ in nil }) {
        self.id = id
        self.titel = titel
        self.soort = soort
        self.uitleg = uitleg
        self.lees = lees
        self.schrijf = schrijf
        self.controle = controle
        tekstsoort = soort.isTekst ? .tekst : .regel
    }

    /// The same field holding another kind of text (a quote).
    public func als(_ soort: Tekstsoort) -> Veld {
        var v = self
        v.tekstsoort = soort
        return v
    }
}

extension Veld.Soort {
    var isTekst: Bool { if case .tekst = self { true } else { false } }
}

// MARK: - Fields on key paths

extension Veld {
    public static func regel(_ id: String, _ titel: String, _ pad: WritableKeyPath<Dossier, String>, verplicht: Bool = false,
                             uitleg: String? = nil) -> Veld {
        Veld(id: id, titel: titel, soort: .regel, uitleg: uitleg, lees: { $0[keyPath: pad] }, schrijf: { $0[keyPath: pad] = $1 },
             controle: { verplicht && $0.allSatisfy(\.isWhitespace) ? "\(titel) mag niet leeg zijn; de vorige tekst blijft staan." : nil })
    }

    public static func tekst(_ id: String, _ titel: String, _ pad: WritableKeyPath<Dossier, String>, uitleg: String? = nil) -> Veld {
        Veld(id: id, titel: titel, soort: .tekst, uitleg: uitleg, lees: { $0[keyPath: pad] }, schrijf: { $0[keyPath: pad] = $1 })
    }

    public static func datum(_ id: String, _ titel: String, _ pad: WritableKeyPath<Dossier, Datum?>, uitleg: String? = nil) -> Veld {
        Veld(id: id, titel: titel, soort: .datum, uitleg: uitleg, lees: { $0[keyPath: pad]?.tekst ?? "" },
             schrijf: { $0[keyPath: pad] = Datum(invoer: $1) },
             controle: { $0.allSatisfy(\.isWhitespace) ? nil : Datum.lees($0).melding })
    }

    /// A date that must be there: an empty field keeps the date that was.
    public static func datum(_ id: String, _ titel: String, verplicht pad: WritableKeyPath<Dossier, Datum>) -> Veld {
        Veld(id: id, titel: titel, soort: .datum, lees: { $0[keyPath: pad].tekst },
             schrijf: { if let d = Datum(invoer: $1) { $0[keyPath: pad] = d } },
             controle: { Datum.lees($0).melding })
    }

    public static func tijd(_ id: String, _ titel: String, _ pad: WritableKeyPath<Dossier, Tijd?>) -> Veld {
        Veld(id: id, titel: titel, soort: .regel, lees: { $0[keyPath: pad]?.tekst ?? "" },
             schrijf: { $0[keyPath: pad] = Tijd(invoer: $1) },
             controle: { $0.allSatisfy(\.isWhitespace) || Tijd(invoer: $0) != nil ? nil : "Geen geldige tijd: gebruik uu:mm, zoals 09:30" })
    }

    public static let onbekend = "onbekend"

    /// ja / nee / onbekend.
    public static func janee(_ id: String, _ titel: String, _ pad: WritableKeyPath<Dossier, JaNee?>, uitleg: String? = nil) -> Veld {
        Veld(id: id, titel: titel, soort: .keuze(["ja", "nee", onbekend]), uitleg: uitleg,
             lees: { $0[keyPath: pad]?.rawValue ?? onbekend }, schrijf: { $0[keyPath: pad] = JaNee(rawValue: $1) })
    }

    /// One of an enumeration's cases, shown by `tekst`.
    public static func keuze<T: CaseIterable & Equatable>(_ id: String, _ titel: String, _ pad: WritableKeyPath<Dossier, T>,
                                                         tekst: @escaping (T) -> String) -> Veld {
        let alle = Array(T.allCases)
        return Veld(id: id, titel: titel, soort: .keuze(alle.map(tekst)), lees: { tekst($0[keyPath: pad]) },
                    schrijf: { d, s in if let w = alle.first(where: { tekst($0) == s }) { d[keyPath: pad] = w } })
    }

    /// A whole number in a range, e.g. a score from 0 to 10.
    public static func cijfer(_ id: String, _ titel: String, _ pad: WritableKeyPath<Dossier, Int>, bereik: ClosedRange<Int>,
                              uitleg: String? = nil) -> Veld {
        Veld(id: id, titel: titel, soort: .keuze(bereik.map(String.init)), uitleg: uitleg, lees: { String($0[keyPath: pad]) },
             schrijf: { if let n = Int($1), bereik.contains(n) { $0[keyPath: pad] = n } })
    }

    public static func persoon(_ id: String, _ titel: String, _ pad: WritableKeyPath<Dossier, String?>, uitleg: String? = nil) -> Veld {
        Veld(id: id, titel: titel, soort: .persoon, uitleg: uitleg, lees: { $0[keyPath: pad] ?? "" },
             schrijf: { $0[keyPath: pad] = $1.isEmpty ? nil : $1 })
    }

    public static func vinkje(_ id: String, _ titel: String, _ pad: WritableKeyPath<Dossier, Bool>, uitleg: String? = nil) -> Veld {
        Veld(id: id, titel: titel, soort: .vinkje, uitleg: uitleg, lees: { $0[keyPath: pad] ? "ja" : "" },
             schrijf: { $0[keyPath: pad] = $1 == "ja" })
    }

    /// How the value reads when the field does not have focus.
    func weergave(in dossier: Dossier) -> String {
        if let toon { return toon(dossier) }
        let waarde = lees(dossier)
        switch soort {
        case .persoon: return waarde.isEmpty ? "(niemand gekozen)" : dossier.naam(van: waarde)
        case .vinkje: return waarde == "ja" ? "[x]" : "[ ]"
        default: return waarde
        }
    }
}
