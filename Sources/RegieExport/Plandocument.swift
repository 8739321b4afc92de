import RegieDomain

/// The plan as a document, built once from a dossier (`Plandocument.bouw`) and rendered as
/// Markdown (`MarkdownWeergave`) or PDF (`PdfWeergave`). It holds text only, already in the
/// words the reader sees; the renderers decide the layout.
public struct Plandocument: Sendable, Equatable {
    public var titel: String
    /// "Versie vastgesteld op …" or "Werkversie van …"; nil when the caller has none.
    public var versie: String?
    /// The lines under the title: plan date, dossier, phase, level.
    public var meta: [Veld]
    public var blokken: [Blok]

    public init(titel: String, versie: String? = nil, meta: [Veld] = [], blokken: [Blok] = []) {
        self.titel = titel
        self.versie = versie
        self.meta = meta
        self.blokken = blokken
    }

    /// Which parts to include.
    public enum Inhoud: Sendable {
        /// Everything, with the course of the process (phases, meldcode): for the regisseur.
        case volledig
        /// The ondersteuningsplan and the veiligheidsplan with signature lines, as the
        /// professionals receive it after an overleg: every recorded field and check (an empty
        /// field as a dash), no internal process notes.
        case voorProfessionals
        /// The same plans as the household and the school receive them: without the checks
        /// per person (Verwijsindex, identity, woonplaatsbeginsel), and without fields that
        /// are empty.
        case voorGezin
    }
}

/// "Label: waarde". An empty value is shown as a dash (the family version leaves it out).
public struct Veld: Sendable, Equatable {
    public var label: String
    public var waarde: String
    public init(_ label: String, _ waarde: String) {
        self.label = label
        self.waarde = waarde
    }
}

/// A piece of inline text, bold or not, or a quote (the renderer adds its quote marks).
public struct Stuk: Sendable, Equatable {
    public var tekst: String
    public var vet: Bool
    /// Words someone said: each renderer puts them between the same quote marks it uses
    /// for every quote.
    public var citaat: Bool
    public init(_ tekst: String, vet: Bool = false, citaat: Bool = false) {
        self.tekst = tekst
        self.vet = vet
        self.citaat = citaat
    }
}

/// A line of inline text.
public typealias Regel = [Stuk]

/// Who says what: "Naam: “citaat”" with since when and what follows.
public struct Uitspraakregel: Sendable, Equatable {
    public var spreker: String
    public var citaat: String
    /// "sinds: …", "gevolgen: …", already worded; may be empty.
    public var toelichting: [String]
    public init(spreker: String, citaat: String, toelichting: [String] = []) {
        self.spreker = spreker
        self.citaat = citaat
        self.toelichting = toelichting
    }
}

/// One action of a goal: a row of the table wie / wat / wanneer / gedaan.
public struct Actieregel: Sendable, Equatable {
    public var wie: String
    public var wat: String
    /// "28-11-2026", or for an action that repeats its rhythm ("elke maandag 9:00 tot
    /// 01-03-2027"); empty when there is no date.
    public var wanneer: String
    /// The day it was done, or nil; for an action that repeats "laatst 07-12-2026".
    public var gedaan: String?
    public var teLaat: Bool
    /// For an action that repeats: "volgende 14-12-2026", "gemist 07-12-2026" or
    /// "afgelopen" (`Actie.herhaalstand`); nil for a one-off action.
    public var stand: String?
    /// Ticked: done, or for one that repeats its latest time marked (`Actie.isGedaan`).
    public var afgevinkt: Bool
    /// The action repeats: `wanneer` is its rhythm.
    public var herhaalt: Bool { stand != nil }

    public init(wie: String, wat: String, wanneer: String, gedaan: String?, teLaat: Bool, stand: String? = nil, afgevinkt: Bool? = nil) {
        self.wie = wie
        self.wat = wat
        self.wanneer = wanneer
        self.gedaan = gedaan
        self.teLaat = teLaat
        self.stand = stand
        self.afgevinkt = afgevinkt ?? (gedaan != nil)
    }
}

/// A numbered item with details under it (veiligheidsafspraken).
public struct Genummerd: Sendable, Equatable {
    public var tekst: String
    public var details: [String]
    public init(_ tekst: String, details: [String]) {
        self.tekst = tekst
        self.details = details
    }
}

/// Someone who signs (or signed) the veiligheidsplan.
public struct Ondertekenaar: Sendable, Equatable {
    /// Empty when the plan does not say who (a blank line to fill in by hand).
    public var naam: String
    /// "klant", "wettelijk vertegenwoordiger", "professional", or "klant of wettelijk vertegenwoordiger".
    public var hoedanigheid: String
    /// The recorded day of the signature, or nil while not signed.
    public var datum: Datum?
    public init(naam: String, hoedanigheid: String, datum: Datum?) {
        self.naam = naam
        self.hoedanigheid = hoedanigheid
        self.datum = datum
    }
}

public enum Blok: Sendable, Equatable {
    /// Level 1 starts a new part (the veiligheidsplan), 2 a section, 3 a subsection.
    case kop(Int, String)
    case velden([Veld])
    /// A paragraph of free text; its own line breaks are kept.
    case alinea(String)
    /// A note that something is not filled in yet.
    case leeg(String)
    case uitspraken([Uitspraakregel])
    case opsomming([Regel])
    /// A list of checks, each done or not.
    case vinklijst([(Bool, String)])
    case acties([Actieregel])
    case genummerd([Genummerd])
    case handtekeningen([Ondertekenaar])

    public static func == (a: Blok, b: Blok) -> Bool {
        switch (a, b) {
        case let (.kop(n1, t1), .kop(n2, t2)): return n1 == n2 && t1 == t2
        case let (.velden(x), .velden(y)): return x == y
        case let (.alinea(x), .alinea(y)), let (.leeg(x), .leeg(y)): return x == y
        case let (.uitspraken(x), .uitspraken(y)): return x == y
        case let (.opsomming(x), .opsomming(y)): return x == y
        case let (.vinklijst(x), .vinklijst(y)): return x.map(\.0) == y.map(\.0) && x.map(\.1) == y.map(\.1)
        case let (.acties(x), .acties(y)): return x == y
        case let (.genummerd(x), .genummerd(y)): return x == y
        case let (.handtekeningen(x), .handtekeningen(y)): return x == y
        default: return false
        }
    }
}

extension Plandocument {
    /// Every text of the document once, for tests and checks ("is no word lost?").
    public var alleTekst: String {
        var delen = [titel] + (versie.map { [$0] } ?? []) + meta.map { "\($0.label) \($0.waarde)" }
        for blok in blokken {
            switch blok {
            case .kop(_, let t), .alinea(let t), .leeg(let t): delen.append(t)
            case .velden(let v): delen += v.map { "\($0.label) \($0.waarde)" }
            case .uitspraken(let u): delen += u.map { "\($0.spreker) \($0.citaat) \($0.toelichting.joined(separator: " "))" }
            case .opsomming(let r): delen += r.map { $0.map(\.tekst).joined() }
            case .vinklijst(let v): delen += v.map(\.1)
            case .acties(let a): delen += a.map { "\($0.wie) \($0.wat) \($0.wanneer) \($0.gedaan ?? "")" }
            case .genummerd(let g): delen += g.map { ([$0.tekst] + $0.details).joined(separator: " ") }
            case .handtekeningen(let h): delen += h.map { "\($0.naam) \($0.hoedanigheid)" }
            }
        }
        return delen.joined(separator: "\n")
    }
}
