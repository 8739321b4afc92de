/// What kind of change a line of a comparison is, so a screen can put a text marker
/// ("+", "−") in front; the sentence itself always says it in words too.
public enum Verschilsoort: Sendable, Equatable {
    case nieuw
    case weg
    case gewijzigd
    /// Done or reached: good news.
    case klaar
    /// Past its date and not done.
    case teLaat
}

/// One change, as a plain Dutch sentence.
public struct Verschilregel: Sendable, Equatable {
    public var soort: Verschilsoort
    public var tekst: String

    public init(_ soort: Verschilsoort, _ tekst: String) {
        self.soort = soort
        self.tekst = tekst
    }
}

/// The changes of one part of the dossier, under a Dutch heading ("Nieuwe krachten").
public struct Verschilgroep: Sendable, Equatable {
    public var kop: String
    public var regels: [Verschilregel]

    public init(kop: String, regels: [Verschilregel]) {
        self.kop = kop
        self.regels = regels
    }

    /// The sentences alone, for tests and plain-text output.
    public var teksten: [String] { regels.map(\.tekst) }
}

/// Text helpers for the sentences of a comparison.
enum Verschiltekst {
    /// Text on one line, cut with "…" after `maximum` characters.
    static func kort(_ tekst: String, _ maximum: Int = 60) -> String {
        let eenRegel = tekst.split(whereSeparator: { $0.isNewline || $0 == "\t" || $0 == " " }).joined(separator: " ")
        guard eenRegel.count > maximum else { return eenRegel }
        return zonderSpatiesAchter(String(eenRegel.prefix(max(1, maximum - 1)))) + "…"
    }

    private static func zonderSpatiesAchter(_ tekst: String) -> String {
        var s = tekst
        while s.last == " " { s.removeLast() }
        return s
    }

    /// The text ending in a full stop, unless it already ends in a sign.
    static func zin(_ tekst: String) -> String {
        guard let laatste = tekst.last, !".!?…".contains(laatste) else { return tekst }
        return tekst + "."
    }

    /// "‘tekst’", shortened.
    static func tussen(_ tekst: String, _ maximum: Int = 60) -> String { "‘\(kort(tekst, maximum))’" }

    /// "‘oud’ → ‘nieuw’", each shortened. When both begin the same, the common start is
    /// left out ("…") so the part that changed stays in view.
    static func oudNieuw(_ oud: String, _ nieuw: String, _ maximum: Int = 40) -> String {
        let a = kort(oud, .max), b = kort(nieuw, .max)
        let gelijk = zip(a, b).prefix { $0 == $1 }.count
        let weg = gelijk > 20 && max(a.count, b.count) > maximum ? gelijk - 12 : 0
        func deel(_ s: String) -> String {
            guard !s.isEmpty else { return "(leeg)" }
            return weg > 0 ? "‘…\(kort(String(s.dropFirst(weg)), maximum))’" : tussen(s, maximum)
        }
        return "\(deel(a)) → \(deel(b))"
    }

    /// A person's name from the newer dossier, else the older (someone removed since).
    static func naam(_ id: String?, _ nieuw: Dossier, _ oud: Dossier) -> String? {
        guard let id else { return nil }
        return nieuw.persoon(id)?.naam ?? oud.persoon(id)?.naam ?? "(onbekende persoon)"
    }

    /// "Naam: “citaat”", or just the quote when nobody said it.
    static func uitspraak(_ u: Uitspraak, _ nieuw: Dossier, _ oud: Dossier, _ maximum: Int = 70) -> String {
        let citaat = "“\(kort(u.citaat, maximum))”"
        guard let naam = naam(u.spreker, nieuw, oud) else { return citaat }
        return "\(naam): \(citaat)"
    }
}
