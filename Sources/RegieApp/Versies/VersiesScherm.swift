import RegieDomain
import Screen

/// The versions of the plan fixed at each overleg, newest first, with the working version
/// (the dossier as it is now) on top. Enter compares the chosen version with the one
/// before it; `v` chooses a first version so Enter on another compares any two. Below
/// the list: what changed, in plain Dutch, or the safety scale per person as a small
/// trend. The screen only reads: it never changes the dossier.
public struct VersiesScherm: DossierScherm {
    /// Nothing here changes the dossier: Enter keeps its own meaning during a presentation.
    public func bewerkplek(_ dossier: Dossier) -> Bewerkplek { .geen }

    enum Paneel: Equatable {
        /// The explanation and the safety trend of the current dossier.
        case trend
        /// What changed from `oud` to `nieuw` (older to newer).
        case vergelijking(oud: Versierij, nieuw: Versierij)
        /// Why a version file cannot be read.
        case onleesbaar(Versierij)
        /// The audit trail of this household as read when `l` was pressed (checking it reads
        /// the whole trail, so not on every key): its lines, newest first, and whether it is
        /// whole (nil) or why not; nil lines when the store keeps no trail.
        case logboek(regels: [String]?, probleem: String?)
        /// The audit trail is being read (off the input loop).
        case logboekLezen
    }

    enum Focus { case lijst, tekst }

    /// The chosen row by position, and by value to find it again when a version is added.
    var gekozen = 0
    var onthouden: Versierij?
    /// The first of a pair to compare, chosen with `v`.
    var gemarkeerd: Versierij?
    var paneel = Paneel.trend
    var focus = Focus.lijst
    /// The first line shown of the text panel.
    var scroll = 0
    /// The versions as last read; nil until they have been read.
    var cache: Versiecache?
    let lijstStand = Paginastand()
    let tekstStand = Paginastand()

    public init(_ dossier: Dossier, _ omgeving: Werkomgeving) {}

    public static let toetsen: [Binding] = VersiesActie.bindings

    public var scopes: [String] { [VersiesActie.scope] }

    public var heeftEigenFocus: Bool { gemarkeerd != nil }

    /// All rows: the working version, then the fixed versions, newest first.
    func rijen(_ d: Dossier, _ omgeving: Werkomgeving) -> [Versierij] {
        [.werk] + (cache?.dossierId == d.id ? cache?.rijen ?? [] : [])
    }

    /// Shown: the versions are read (again), off the input loop.
    public func werkBijTonen(_ dossier: Dossier) -> [Werk.Soort] { [.versies(dossier.id)] }

    public mutating func neem(_ uitkomst: Werkuitkomst) {
        switch uitkomst {
        case .versies(let gelezen): cache = gelezen
        case .logboek(let regels, let probleem):
            guard paneel == .logboekLezen else { return }
            paneel = .logboek(regels: regels, probleem: probleem)
        default: break
        }
    }

    /// The chosen row in `rijen`: the same one as before when it is still there.
    func index(in rijen: [Versierij]) -> Int {
        if let r = onthouden, let i = rijen.firstIndex(of: r) { return i }
        return min(max(0, gekozen), rijen.count - 1)
    }

    mutating func kies(_ i: Int, in rijen: [Versierij]) {
        gekozen = i
        onthouden = rijen[i]
    }

    public mutating func herlaad(_ dossier: Dossier) { scroll = 0 }

    // MARK: Keys

    public mutating func handle(_ event: Event, _ context: inout SchermContext) -> Handled {
        guard case .key(let key) = event else { return .ignored }
        let rijen = rijen(context.dossier, context.omgeving)
        let i = index(in: rijen)
        if let actie = context.keymap.action(for: key, VersiesActie.self) {
            switch actie {
            case .vergelijk:
                vergelijk(i, in: rijen, &context)
                // What is compared is read again: a file damaged since shows as such.
                context.vraag(.werk(.versies(context.dossier.id)))
                return .consumed
            case .kies:
                kies(i, in: rijen)
                gemarkeerd = gemarkeerd == rijen[i] ? nil : rijen[i]
                return .consumed
            case .trend:
                (paneel, scroll) = (.trend, 0)
                return .consumed
            case .logboek:
                // Checking the trail reads all of it: off the input loop.
                paneel = .logboekLezen
                context.vraag(.werk(.logboek(context.dossier.id)))
                scroll = 0
                return .consumed
            case .wissel:
                focus = focus == .lijst ? .tekst : .lijst
                return .consumed
            case .stop where gemarkeerd != nil:
                gemarkeerd = nil
                return .consumed
            case .stop:
                break
            }
        }
        if focus == .lijst, key != .pageUp, key != .pageDown {
            guard let nieuw = Tekstpagina.kies(key, gekozen: i, aantal: rijen.count, stand: lijstStand) else { return .ignored }
            kies(nieuw, in: rijen)
            return .consumed
        }
        return Tekstpagina.schuif(key, stand: tekstStand, scroll: &scroll) ? .consumed : .ignored
    }

    /// Enter: the chosen row against the first chosen one, or against the version before it.
    mutating func vergelijk(_ i: Int, in rijen: [Versierij], _ context: inout SchermContext) {
        kies(i, in: rijen)
        let ander: Int
        if let m = gemarkeerd {
            guard let j = rijen.firstIndex(of: m), j != i else {
                gemarkeerd = nil
                context.meld(.info("Kies een andere versie dan de eerste om mee te vergelijken."))
                return
            }
            ander = j
        } else if case .onleesbaar = rijen[i] {
            (paneel, scroll) = (.onleesbaar(rijen[i]), 0)
            return
        } else {
            guard i + 1 < rijen.count else {
                context.meld(.info(rijen.count == 1
                    ? "Er is nog geen vastgestelde versie om mee te vergelijken."
                    : "Dit is de eerste versie; er is geen eerdere om mee te vergelijken."))
                return
            }
            ander = i + 1
        }
        // Newest first: the row further down is the older.
        paneel = .vergelijking(oud: rijen[max(i, ander)], nieuw: rijen[min(i, ander)])
        gemarkeerd = nil
        scroll = 0
    }
}

/// The Versies tab's actions.
public enum VersiesActie: String, KeyAction {
    case vergelijk = "versies.vergelijk"
    case kies = "versies.kies"
    case trend = "versies.trend"
    case logboek = "versies.logboek"
    case wissel = "versies.wissel"
    case stop = "versies.stop"

    public var defaultBinding: Binding {
        switch self {
        case .vergelijk: bind([.enter], "Vergelijken", group: "Versies", helpBar: true)
        case .kies: bind([.character("v")], "Vergelijk met…", group: "Versies", helpBar: true)
        case .trend: bind([.character("t")], "Veiligheidstrend", group: "Versies", helpBar: true)
        case .logboek: bind([.character("l")], "Logboek: wie deed wat met dit dossier", group: "Versies")
        case .wissel: bind([.tab], "Wissel tussen lijst en tekst", group: "Versies")
        case .stop: bind([.escape], "Eerst gekozen versie loslaten", group: "Versies")
        }
    }
}

extension VersiesScherm {
    public func zetNietNu(_ keymap: inout Keymap, _ dossier: Dossier) {
        if gemarkeerd == nil { keymap.setDisabled(VersiesActie.stop, reason: "er is geen versie gekozen") }
    }
}
