import RegieDomain
import Screen

/// The screens of an open dossier, in the order of their tabs.
public enum Tabblad: Int, CaseIterable, Sendable {
    case huishouden, plan, veiligheid, fasen, regiekaart, plancheck, overleg, versies

    public var titel: String {
        switch self {
        case .huishouden: "Huishouden"
        case .plan: "Ondersteuningsplan"
        case .veiligheid: "Veiligheidsplan"
        case .fasen: "Fasen"
        case .regiekaart: "Regiekaart"
        case .plancheck: "Plancheck"
        case .overleg: "Overleg"
        case .versies: "Versies"
        }
    }

    /// For the tab line, where all must fit in 80 columns with the household's name.
    public var kort: String {
        switch self {
        case .plan: "Plan"
        case .veiligheid: "Veiligheid"
        default: titel
        }
    }
}

/// What a screen gets while it handles a key: the dossier to change, and a place for its
/// requests to the program (a message, another tab, the editor).
public struct SchermContext {
    public var dossier: Dossier
    public let omgeving: Werkomgeving
    public private(set) var verzoeken: [Verzoek] = []
    /// Set by a screen when a change continues the previous one (typing in one field), so
    /// undo takes the whole run of typing back at once.
    public var wijziging: String?

    public init(dossier: Dossier, omgeving: Werkomgeving) {
        self.dossier = dossier
        self.omgeving = omgeving
    }

    public var methode: Methode { omgeving.methode }
    public var vandaag: Datum { omgeving.vandaag }
    public var keymap: Keymap { omgeving.keymap }

    public mutating func vraag(_ verzoek: Verzoek) { verzoeken.append(verzoek) }
    public mutating func meld(_ melding: MessageLine) { verzoeken.append(.melding(melding)) }
}

/// What a screen asks the program to do.
public enum Verzoek {
    case melding(MessageLine)
    /// Edit `tekst` in $EDITOR; the result comes back through `editorKlaar`.
    case editor(String)
    /// Show the tab a plan-check finding is about, at its place.
    case ga(Plaats)
    /// Ask the user's name before an action that records who did it; once it is known the
    /// same key is handled again (so the screen should return without doing the action).
    case vraagGebruiker
    /// Save now (Ctrl-S or leaving a field), not only after the pause.
    case bewaarNu
    /// Save, then fix the plan as a version of today (closing an overleg), with the id of
    /// the overleg and the names of those present. The program reports how it went.
    case stelVast(overleg: String?, aanwezigen: [String])
    /// Save, and record in the audit trail that an overleg was cancelled (no names).
    case overlegGeannuleerd
    /// Work on the store off the input loop; its result comes back through `neem`.
    case werk(Werk.Soort)
}

/// A screen of an open dossier. A new screen is a new folder with a type conforming to
/// this, registered in `Tabblad`; the program routes keys and drawing to it.
public protocol DossierScherm {
    /// The keymap scopes of the screen's own bindings ("formulier", "fasen"), for the help.
    var scopes: [String] { get }
    /// Handles a key or paste; `.ignored` lets the program use it (tabs, quit, help).
    mutating func handle(_ event: Event, _ context: inout SchermContext) -> Handled
    /// Draws the screen; returns the real cursor.
    func render(_ dossier: Dossier, omgeving: Werkomgeving, into buffer: inout Buffer, area: Rect) -> Point?
    /// The text from $EDITOR came back (nil: the editor failed).
    mutating func editorKlaar(_ tekst: String?, _ context: inout SchermContext)
    /// The dossier changed outside the screen (undo, reload): drop what is being edited.
    mutating func herlaad(_ dossier: Dossier)
    /// Go to the place a plan-check finding is about.
    mutating func ga(naar plaats: Plaats, in dossier: Dossier)
    /// True while the screen has a dialog or edit of its own open, so Esc belongs to it.
    var heeftEigenFocus: Bool { get }
    /// True while the screen shows a running clock (an overleg): the program redraws it
    /// every second. Asked with the dossier as it is now.
    func wilKlok(_ dossier: Dossier) -> Bool
    /// The program is about to stop (C-q, a closed lid, SIGTERM): keep what is typed but
    /// not yet stored, as far as it is valid.
    mutating func rondAf(_ context: inout SchermContext)
    /// Writes text typed but kept out of the dossier until now (a long text is not built
    /// whole after every key). The program calls it before it saves, locks or stops.
    mutating func spoel(_ context: inout SchermContext)
    /// True while typed text waits for `spoel`.
    var heeftOpenstaand: Bool { get }
    /// What editing on purpose would be about now (during a presentation the screen is
    /// read-only until then): the field with focus, the whole screen, or nothing (a list).
    func bewerkplek(_ dossier: Dossier) -> Bewerkplek
    /// The text of the item with focus (a field's value, a record's line) and its title,
    /// for the copy key; nil where nothing has focus that holds text.
    func kopieertekst(_ dossier: Dossier) -> (titel: String, tekst: String)?
    /// The question box the screen has open (a reason, a folder), so what is typed in it is
    /// kept as a draft in the dossier and put back after a crash. Setting it replaces the
    /// box's state (with the draft put back).
    var openVraag: Tekstvraag? { get set }
    /// Work the screen needs each time it is shown (what it draws comes from the store).
    func werkBijTonen(_ dossier: Dossier) -> [Werk.Soort]
    /// Work on the store came back (the screen takes what is its own).
    mutating func neem(_ uitkomst: Werkuitkomst)
    /// Marks the screen's actions that do nothing now in `keymap` (a copy for the help),
    /// with the reason the help shows.
    func zetNietNu(_ keymap: inout Keymap, _ dossier: Dossier)
}

/// Where editing on purpose starts during a presentation.
public enum Bewerkplek: Equatable, Sendable {
    /// Nothing to edit here (a list or its heading): the key to start editing does what it
    /// normally does (open the record).
    case geen
    /// One field of a form; leaving it ends editing.
    case veld(sleutel: String, titel: String)
    /// A screen without fields (phases, the regiekaart): editing lasts until Esc.
    case scherm
}

extension DossierScherm {
    public mutating func editorKlaar(_ tekst: String?, _ context: inout SchermContext) {}
    public mutating func herlaad(_ dossier: Dossier) {}
    public mutating func ga(naar plaats: Plaats, in dossier: Dossier) {}
    public var heeftEigenFocus: Bool { false }
    public func wilKlok(_ dossier: Dossier) -> Bool { false }
    public mutating func rondAf(_ context: inout SchermContext) {}
    public mutating func spoel(_ context: inout SchermContext) {}
    public var heeftOpenstaand: Bool { false }
    public func bewerkplek(_ dossier: Dossier) -> Bewerkplek { .scherm }
    public func werkBijTonen(_ dossier: Dossier) -> [Werk.Soort] { [] }
    public mutating func neem(_ uitkomst: Werkuitkomst) {}
    public func kopieertekst(_ dossier: Dossier) -> (titel: String, tekst: String)? { nil }
    public var openVraag: Tekstvraag? {
        get { nil }
        set {}
    }
    public func zetNietNu(_ keymap: inout Keymap, _ dossier: Dossier) {}
}
