import RegieDomain
import Screen

/// The method's terms and abbreviations with their meaning, and the competence profiles,
/// in a box over the screen: reached from the help (F1). Typing narrows the list to the
/// terms whose name or meaning holds the text; ↑ ↓ PgUp PgDn Home End read on.
///
///     ┌ Begrippen en afkortingen ─────────────────────────────┐
///     │ Zoeken: pga                                           │
///     │                                                       │
///     │ PGA-expert                                            │
///     │   De procesregisseur van de gemeente voor zware …     │
///     │ Esc: sluiten · typ om te zoeken · ↑↓ PgUp PgDn: lezen │
///     └───────────────────────────────────────────────────────┘
struct Begrippenlijst {
    let begrippen: [Begrip]
    let profielen: [Profielbeschrijving]
    /// What is typed to narrow the list.
    var zoek = ""
    var scroll = 0
    let stand = Paginastand()

    init(_ methode: Methode) {
        // Alphabetical by the letters: "(L)VB" stands under L.
        let sleutel = { (b: Begrip) in b.term.lowercased().filter { $0.isLetter || $0.isNumber } }
        begrippen = methode.begrippen.sorted { sleutel($0) < sleutel($1) }
        profielen = methode.profielen
    }

    static let toetsen = HulpActie.bindings + BegrippenActie.bindings

    enum Uitkomst { case bezig, gesloten }

    mutating func handle(_ event: Event, _ keymap: Keymap) -> Uitkomst {
        switch event {
        case .key(let key):
            switch keymap.action(for: key, BegrippenActie.self) {
            case .sluiten: return .gesloten
            case .wissen:
                if !zoek.isEmpty { zoek.removeLast(); scroll = 0 }
                return .bezig
            case nil: break
            }
            if case .character(let c) = key {
                zoek.append(c)
                scroll = 0
                return .bezig
            }
            var s = scroll
            if Tekstpagina.schuif(key, stand: stand, scroll: &s) { scroll = s }
            return .bezig
        case .paste(let tekst):
            zoek += tekst.filter { !$0.isNewline }
            scroll = 0
            return .bezig
        default:
            return .bezig
        }
    }

    /// The terms that hold what is typed, in their name or meaning.
    var gevonden: [Begrip] {
        let z = zoek.trimmingCharacters(in: .whitespaces).lowercased()
        guard !z.isEmpty else { return begrippen }
        return begrippen.filter { $0.term.lowercased().contains(z) || $0.betekenis.lowercased().contains(z) }
    }

    /// The profiles that hold what is typed (all while nothing is typed).
    var gevondenProfielen: [Profielbeschrijving] {
        let z = zoek.trimmingCharacters(in: .whitespaces).lowercased()
        guard !z.isEmpty else { return profielen }
        return profielen.filter { p in
            "competentieprofiel \(p.titel)".lowercased().contains(z)
                || p.onderdelen.contains { $0.kop.lowercased().contains(z) || $0.punten.contains { $0.lowercased().contains(z) } }
        }
    }

    var blokken: [Tekstblok] {
        var b: [Tekstblok] = []
        let termen = gevonden
        let profielen = gevondenProfielen
        if termen.isEmpty && profielen.isEmpty {
            return [Tekstblok("Geen begrip gevonden met \"\(zoek)\".", rol: .muted)]
        }
        for t in termen {
            b.append(Tekstblok(t.term, rol: .title))
            b.append(Tekstblok(t.betekenis, inspringen: 2))
        }
        if !profielen.isEmpty {
            if !b.isEmpty { b.append(.wit) }
            b.append(Tekstblok("Competentieprofielen: wat een regisseur kan", rol: .title))
            for p in profielen { b += Self.profielblokken(p) }
        }
        return b
    }

    /// One profile as lines to read: its title, what it builds on, and its parts.
    static func profielblokken(_ p: Profielbeschrijving, inspringen: Int = 0) -> [Tekstblok] {
        var b = [Tekstblok(p.titel, rol: .label, inspringen: inspringen)]
        if let bovenop = p.bovenop { b.append(Tekstblok(bovenop, rol: .muted, inspringen: inspringen + 2)) }
        for o in p.onderdelen {
            b.append(Tekstblok(o.kop, rol: .text, inspringen: inspringen + 2))
            b += o.punten.map { Tekstblok($0, voor: "• ", inspringen: inspringen + 4) }
        }
        return b
    }

    func render(into buffer: inout Buffer, screen: Rect, keymap: Keymap) {
        // The whole screen up to 80 columns, so no half column of what is under it shows.
        let breedte = min(screen.width, 80)
        let hoogte = screen.height
        let box = Rect(x: screen.x + (screen.width - breedte) / 2, y: screen.y, width: breedte, height: hoogte)
        let binnen = Panel(title: "Begrippen en afkortingen", background: .dialog).render(into: &buffer, area: box, focused: true)
            .inset(left: 1, right: 1)
        guard binnen.height >= 4 else { return }
        let zoekregel = binnen.row(0)
        let label = "Zoeken: "
        buffer.write(label, x: zoekregel.x, y: zoekregel.y, role: .label, clip: zoekregel)
        buffer.write(zoek, x: zoekregel.x + label.displayWidth, y: zoekregel.y, role: .text, clip: zoekregel)
        let sluit = keymap.name(BegrippenActie.sluiten)
        let wis = keymap.name(BegrippenActie.wissen)
        let voet = binnen.row(binnen.height - 1)
        buffer.write("\(sluit): sluiten · typ om te zoeken, \(wis) wist · ↑↓ PgUp PgDn: lezen",
                     x: voet.x, y: voet.y, role: .muted, clip: voet)
        let pagina = Rect(x: binnen.x, y: binnen.y + 2, width: binnen.width, height: binnen.height - 3)
        Tekstpagina.teken(blokken, gekozen: nil, scroll: scroll, stand: stand, into: &buffer, area: pagina)
    }
}

/// In the help overlay (F1).
public enum HulpActie: String, KeyAction {
    case begrippen = "hulp.begrippen"
    case sluiten = "hulp.sluiten"

    public var defaultBinding: Binding {
        switch self {
        case .begrippen: bind([.character("b")], "Begrippen en afkortingen van de methode (in deze hulp)", group: "Hulp")
        case .sluiten: bind([.escape], "Hulp sluiten", group: "Hulp")
        }
    }
}

/// The list of terms, opened from the help.
public enum BegrippenActie: String, KeyAction {
    case sluiten = "begrippen.sluiten"
    case wissen = "begrippen.wissen"

    public var defaultBinding: Binding {
        switch self {
        case .sluiten: bind([.escape], "Begrippen sluiten", group: "Begrippen")
        case .wissen: bind([.backspace], "Laatste letter van het zoeken weghalen", group: "Begrippen")
        }
    }
}
