import RegieDomain
import Screen

/// A section of a form: its fields, lists and explanations, built from the dossier each
/// time it is shown, so it always shows what is in the dossier (after undo too).
public struct Rubriek {
    public var titel: String
    public var onderdelen: [Onderdeel]

    public init(_ titel: String, _ onderdelen: [Onderdeel]) {
        self.titel = titel
        self.onderdelen = onderdelen
    }

    func lijst(_ id: String) -> Lijst? {
        for case .lijst(let l) in onderdelen where l.id == id { return l }
        return nil
    }
}

public enum Onderdeel {
    case veld(Veld)
    case lijst(Lijst)
    /// A line of explanation or a warning; not editable.
    case uitleg(String, Role)

    public static func uitleg(_ tekst: String) -> Onderdeel { .uitleg(tekst, .muted) }
}

/// A list of records in the dossier (krachten, doelen, gezinsleden): each shown as one
/// line, opened as a section of its own, added with Insert, removed with Delete after a
/// confirmation.
public struct Lijst {
    public enum Nieuw {
        /// Appends a new, empty record.
        case direct((inout Dossier) -> Void)
        /// First asks who (`vraag`, e.g. "Wie zegt het?"), then appends a record for them.
        case metPersoon(vraag: String, (inout Dossier, String?) -> Void)
        /// First offers the dossier's people of `soorten` to fill the record from, or `anders`
        /// (nil) for a record filled in by hand.
        case uitPersonen(vraag: String, soorten: [PersoonSoort], anders: String, (inout Dossier, String?) -> Void)

        /// What makes the record once the person is chosen (nil for a direct record).
        var metKeuze: ((inout Dossier, String?) -> Void)? {
            switch self {
            case .direct: nil
            case .metPersoon(_, let maak), .uitPersonen(_, _, _, let maak): maak
            }
        }
    }

    public var id: String
    public var titel: String
    /// One line per record.
    public var regels: (Dossier) -> [String]
    /// The stable id of record i, for jumps from the plan check.
    public var elementId: (Dossier, Int) -> String
    /// Record i as a section.
    public var element: (Dossier, Int) -> Rubriek
    public var nieuw: Nieuw
    public var verwijder: (inout Dossier, Int) -> Void
    /// What the record is called in a question: "deze kracht".
    public var enkelvoud: String
    /// The id of the field that gets focus when a new record opens; nil: the first text
    /// field of a record asked with `metPersoon`, else the first row.
    public var eersteVeld: String?
    /// What must stay whole after record i's line (an action's date): on a narrow screen
    /// the line itself is shortened, never this.
    public var staart: ((Dossier, Int) -> String)?

    public init(id: String, titel: String, enkelvoud: String, regels: @escaping (Dossier) -> [String],
                elementId: @escaping (Dossier, Int) -> String, element: @escaping (Dossier, Int) -> Rubriek,
                nieuw: Nieuw, verwijder: @escaping (inout Dossier, Int) -> Void) {
        self.id = id
        self.titel = titel
        self.enkelvoud = enkelvoud
        self.regels = regels
        self.elementId = elementId
        self.element = element
        self.nieuw = nieuw
        self.verwijder = verwijder
    }
}

extension Lijst {
    /// A list over an array of identifiable records in the dossier.
    public static func over<T: Identifiable>(_ pad: WritableKeyPath<Dossier, [T]>, id: String, titel: String, enkelvoud: String,
                                             regel: @escaping (Dossier, T) -> String,
                                             velden: @escaping (WritableKeyPath<Dossier, T>) -> [Onderdeel],
                                             nieuw: Nieuw) -> Lijst where T.ID == String {
        Lijst(id: id, titel: titel, enkelvoud: enkelvoud,
              regels: { d in d[keyPath: pad].map { regel(d, $0) } },
              elementId: { d, i in d[keyPath: pad][i].id },
              element: { d, i in Rubriek(regel(d, d[keyPath: pad][i]), velden(pad.appending(path: \.[i]))) },
              nieuw: nieuw,
              verwijder: { d, i in d[keyPath: pad].remove(at: i) })
    }
}

extension Lijst {
    /// The same list, with focus on field `veld` when a new record opens ("cijfer", "wat").
    public func focus(op veld: String) -> Lijst {
        var lijst = self
        lijst.eersteVeld = veld
        return lijst
    }
}
