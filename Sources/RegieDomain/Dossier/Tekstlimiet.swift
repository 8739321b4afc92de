/// The most characters a text in a dossier may hold, per kind of field. Far above what a
/// plan needs, and low enough that typing, saving and printing stay quick. The screens
/// refuse a paste or editor text over the limit with a message (never a silent cut), and
/// an imported file with a longer text is refused.
public enum Tekstsoort: Sendable, Equatable {
    /// One line: a name, a phone number, a place.
    case regel
    /// A quote: what someone said, in their own words.
    case citaat
    /// Free text over several lines: an analysis, a note.
    case tekst

    public var maximum: Int {
        switch self {
        case .regel: 1_000
        case .citaat: 10_000
        case .tekst: 100_000
        }
    }
}

public enum Tekstlimiet {
    /// "10.000": a number as Dutch text, with a dot per thousand.
    public static func getal(_ n: Int) -> String {
        let cijfers = String(n.magnitude)
        var uit = ""
        for (i, c) in cijfers.enumerated() {
            if i > 0 && (cijfers.count - i) % 3 == 0 { uit.append(".") }
            uit.append(c)
        }
        return (n < 0 ? "-" : "") + uit
    }

    /// Why a paste of `geplakt` characters into a field holding `aanwezig` cannot go in;
    /// nil when it fits.
    public static func plakprobleem(geplakt: Int, aanwezig: Int, maximum: Int) -> String? {
        if geplakt > maximum {
            return "De geplakte tekst is \(getal(geplakt)) tekens; een veld mag er \(getal(maximum)) bevatten. Er is niets ingevoegd."
        }
        guard aanwezig + geplakt > maximum else { return nil }
        return "De geplakte tekst is \(getal(geplakt)) tekens; met de \(getal(aanwezig)) die er al staan wordt het veld te lang: "
            + "een veld mag er \(getal(maximum)) bevatten. Er is niets ingevoegd."
    }

    /// The field is full: a typed character is not added.
    public static func vol(maximum: Int) -> String {
        "Het veld is vol: een veld mag \(getal(maximum)) tekens bevatten."
    }

    /// Why text from the editor cannot go in; nil when it fits.
    public static func editorprobleem(lengte: Int, maximum: Int) -> String? {
        guard lengte > maximum else { return nil }
        return "De tekst uit de editor is \(getal(lengte)) tekens; een veld mag er \(getal(maximum)) bevatten. Er is niets veranderd; "
            + "maak de tekst korter en probeer het opnieuw."
    }
}

extension Dossier {
    /// Texts over their limit, as Dutch reasons (for an imported file); empty when all fit.
    /// Names are one line, quotes are quotes, every other text is free text.
    public func teLangeTeksten() -> [String] {
        var problemen: [String] = []
        func kijk(_ waarde: Any, label: String?, inUitspraak: Bool) {
            if let s = waarde as? String {
                let soort: Tekstsoort = inUitspraak && label == "citaat" ? .citaat : label == "naam" ? .regel : .tekst
                // utf8.count bounds the character count from above, and costs nothing.
                guard s.utf8.count > soort.maximum else { return }
                let lengte = s.count
                guard lengte > soort.maximum else { return }
                let wat = soort == .citaat ? "een citaat" : soort == .regel ? "een naam" : "de tekst bij '\(label ?? "?")'"
                problemen.append("\(wat) is \(Tekstlimiet.getal(lengte)) tekens; dat mag er hoogstens \(Tekstlimiet.getal(soort.maximum)) zijn")
                return
            }
            let mirror = Mirror(reflecting: waarde)
            let uitspraak = waarde is Uitspraak
            for kind in mirror.children {
                let eigen = kind.label.flatMap { $0 == "some" ? nil : $0 }
                kijk(kind.value, label: eigen ?? label, inUitspraak: uitspraak)
            }
        }
        kijk(self, label: nil, inUitspraak: false)
        return problemen
    }
}
