import RegieDomain
import Screen

/// A form over the dossier: sections in a sidebar, each with fields and lists of records
/// that open as sections of their own. Keys:
///
/// - ↑ ↓ Tab S-Tab go from row to row; PgUp PgDn to the previous and next section;
/// - typing goes straight into the field with focus and is in the dossier at once;
/// - Enter opens a record, Insert adds one (asking who first for quotes), Delete removes
///   one after a question; Esc goes back out of a record.
public struct Formulier {
    public struct Bron {
        public var titel: String
        public var bouw: (Dossier) -> Rubriek
        public init(_ titel: String, _ bouw: @escaping (Dossier) -> Rubriek) {
            self.titel = titel
            self.bouw = bouw
        }
    }

    struct Open: Equatable {
        var lijst: String
        var index: Int
        /// The row in the section above, to come back to.
        var rij: Int
    }

    enum Rij {
        case veld(Veld)
        case kop(Lijst)
        case element(Lijst, Int, String)
        case uitleg(String, Role)

        var kanFocus: Bool {
            if case .uitleg = self { return false }
            return true
        }
    }

    enum Kiezen {
        case nieuw(lijst: String)
        case veld(String)
    }

    public let bronnen: [Bron]
    public internal(set) var gekozen = 0
    var pad: [Open] = []
    public internal(set) var rij = 0
    var bewerker: Bewerker?
    /// The text field whose typed text is in `bewerker` but not yet in the dossier.
    var openstaand: Veld?
    /// How often a typed text was built whole and written into the dossier: once per save
    /// point, not once per key.
    public internal(set) var tekstTerugGeschreven = 0
    var kiezer: (Persoonkiezer, Kiezen)?
    var bevestiging: (ConfirmDialog, lijst: String, index: Int)?
    /// The first row shown (scrolling).
    var boven = 0
    /// Why the text in the field with focus is not kept (wrong date), for the message line.
    public internal(set) var probleem: String?

    public init(_ bronnen: [Bron]) { self.bronnen = bronnen }

    public var heeftEigenFocus: Bool { kiezer != nil || bevestiging != nil || !pad.isEmpty }

    // MARK: Where we are

    /// The section shown, following the opened records; a record that no longer exists
    /// (removed, or undone) closes.
    mutating func huidige(_ d: Dossier) -> Rubriek {
        var r = bronnen[gekozen].bouw(d)
        for (n, open) in pad.enumerated() {
            guard let lijst = r.lijst(open.lijst), open.index < lijst.regels(d).count else {
                pad.removeSubrange(n...)
                return r
            }
            r = lijst.element(d, open.index)
        }
        return r
    }

    func huidigeZonderWijzigen(_ d: Dossier) -> Rubriek {
        var copy = self
        return copy.huidige(d)
    }

    /// The field with focus, if it is one (not a list or its heading): what editing on
    /// purpose during a presentation is about.
    public func bewerkplek(_ d: Dossier) -> Bewerkplek {
        var copy = self
        let rijen = Self.rijen(copy.huidige(d), d)
        guard rijen.indices.contains(rij), case .veld(let veld) = rijen[rij] else { return .geen }
        return .veld(sleutel: copy.sleutel(veld), titel: veld.titel)
    }

    /// The text of the row with focus, for the copy key: a field's value as typed so far
    /// (also what is typed but not yet written into the dossier), or a record's line.
    public func kopieertekst(_ d: Dossier) -> (titel: String, tekst: String)? {
        var copy = self
        let rijen = Self.rijen(copy.huidige(d), d)
        guard rijen.indices.contains(rij) else { return nil }
        switch rijen[rij] {
        case .veld(let veld):
            if let bewerker, bewerker.sleutel == copy.sleutel(veld) { return (veld.titel, bewerker.tekst) }
            return (veld.titel, veld.weergave(in: d))
        case .element(let lijst, _, let regel): return (lijst.titel, regel)
        case .kop, .uitleg: return nil
        }
    }

    static func rijen(_ r: Rubriek, _ d: Dossier) -> [Rij] {
        var rijen: [Rij] = []
        for onderdeel in r.onderdelen {
            switch onderdeel {
            case .veld(let v): rijen.append(.veld(v))
            case .uitleg(let t, let role): rijen.append(.uitleg(t, role))
            case .lijst(let l):
                rijen.append(.kop(l))
                for (i, regel) in l.regels(d).enumerated() { rijen.append(.element(l, i, regel)) }
            }
        }
        return rijen
    }

    /// The focused row moved onto a row that can have focus.
    mutating func zetRij(_ nieuw: Int, in rijen: [Rij], richting: Int = 1) {
        guard !rijen.isEmpty else { rij = 0; return }
        var i = min(max(0, nieuw), rijen.count - 1)
        while !rijen[i].kanFocus {
            let volgende = i + (richting >= 0 ? 1 : -1)
            if volgende < 0 || volgende >= rijen.count {
                // nothing in that direction: look the other way
                if let j = (richting >= 0 ? Array((0..<i).reversed()) : Array(i..<rijen.count)).first(where: { rijen[$0].kanFocus }) {
                    i = j
                }
                break
            }
            i = volgende
        }
        if rij != i { bewerker = nil; openstaand = nil; probleem = nil }
        rij = i
    }

    // MARK: Jumps

    /// Shows section `rubriek`, with the records `open` (list id, record id) opened, and
    /// the field `veld` (or the first row) focused.
    public mutating func ga(rubriek: Int, open: [(lijst: String, element: String)] = [], veld: String? = nil, in d: Dossier) {
        gekozen = min(max(0, rubriek), bronnen.count - 1)
        pad = []
        bewerker = nil
        openstaand = nil
        kiezer = nil
        bevestiging = nil
        var r = bronnen[gekozen].bouw(d)
        for stap in open {
            guard let lijst = r.lijst(stap.lijst),
                  let i = (0..<lijst.regels(d).count).first(where: { lijst.elementId(d, $0) == stap.element }) else { break }
            let rijen = Self.rijen(r, d)
            let bovenRij = rijen.firstIndex { if case .element(let l, let n, _) = $0 { l.id == lijst.id && n == i } else { false } } ?? 0
            pad.append(Open(lijst: stap.lijst, index: i, rij: bovenRij))
            r = lijst.element(d, i)
        }
        let rijen = Self.rijen(r, d)
        let doel = veld.flatMap { id in rijen.firstIndex { if case .veld(let v) = $0 { v.id == id } else { false } } }
        rij = -1
        zetRij(doel ?? 0, in: rijen)
        boven = 0
    }

    /// The dossier changed elsewhere (undo): what was being typed is dropped and read again.
    /// The record the user is on: the one opened, else the list row with the cursor; as
    /// the list's id and the record's index.
    public func gekozenElement(_ d: Dossier) -> (lijst: String, index: Int)? {
        if let open = pad.first { return (open.lijst, open.index) }
        let rijen = Self.rijen(huidigeZonderWijzigen(d), d)
        guard rijen.indices.contains(rij), case .element(let lijst, let index, _) = rijen[rij] else { return nil }
        return (lijst.id, index)
    }

    public mutating func herlaad(_ d: Dossier) {
        bewerker = nil
        openstaand = nil
        probleem = nil
        kiezer = nil
        bevestiging = nil
        _ = huidige(d)
        zetRij(rij, in: Self.rijen(huidigeZonderWijzigen(d), d))
    }
}
