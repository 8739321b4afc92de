import RegieDomain
import Screen

/// The first step of changing the level: a box with the levels of the regiekaart, the
/// suggested one chosen. ↑ ↓ or a digit choose, Enter goes on, Esc stops. The current level
/// may be chosen too: another regisseur takes over at the same level, or the level was
/// reviewed and kept.
struct Niveaukiezer: Equatable {
    let niveaus: [Niveau]
    let huidig: Int?
    let voorstel: Int?
    private(set) var gekozen: Int
    var probleem: String?

    init(niveaus: [Niveau], huidig: Int?, voorstel: Int?, begin: Int) {
        self.niveaus = niveaus
        self.huidig = huidig
        self.voorstel = voorstel
        gekozen = niveaus.firstIndex { $0.niveau == begin } ?? 0
    }

    enum Uitkomst: Equatable {
        case bezig
        case gekozen(Int)
        case gestopt
    }

    var gekozenNiveau: Int? { niveaus.indices.contains(gekozen) ? niveaus[gekozen].niveau : nil }

    mutating func handle(_ event: Event, _ keymap: Keymap) -> Uitkomst {
        guard case .key(let key) = event else { return .bezig }
        probleem = nil
        switch keymap.action(for: key, KiezerActie.self) {
        case .stoppen:
            return .gestopt
        case .kiezen:
            guard let n = gekozenNiveau else { return .gestopt }
            return .gekozen(n)
        case nil: break
        }
        switch key {
        case .character(let c) where c.isASCII && c.wholeNumberValue != nil:
            if let i = niveaus.firstIndex(where: { $0.niveau == c.wholeNumberValue }) { gekozen = i }
        default:
            if let i = Tekstpagina.kies(key, gekozen: gekozen, aantal: niveaus.count, stand: Paginastand()) { gekozen = i }
        }
        return .bezig
    }

    func render(into buffer: inout Buffer, screen: Rect, keymap: Keymap) {
        let breedte = min(screen.width, 64)
        let hoogte = min(screen.height, niveaus.count + 6)
        let box = Rect(x: screen.x + (screen.width - breedte) / 2, y: screen.y + (screen.height - hoogte) / 2,
                       width: breedte, height: hoogte)
        let binnen = Panel(title: "Niveau wijzigen", background: .dialog).render(into: &buffer, area: box, focused: true)
            .inset(left: 1, right: 1)
        guard binnen.height >= 1, binnen.width >= 1 else { return }
        let van = huidig.map { "Nu niveau \($0). Naar welk niveau?" } ?? "Er is nog geen niveau. Welk niveau past?"
        buffer.write(van, x: binnen.x, y: binnen.y, role: .dialog, clip: binnen)
        let lijst = Rect(x: binnen.x, y: binnen.y + 2, width: binnen.width, height: max(0, binnen.height - 4))
        for (i, n) in niveaus.enumerated() where i < lijst.height {
            var tekst = "\(i == gekozen ? "▸" : " ") \(n.niveau)  \(n.naam)"
            if n.niveau == huidig { tekst += " (huidig; blijven)" }
            if n.niveau == voorstel && n.niveau != huidig { tekst += " (voorstel)" }
            let rij = lijst.row(i)
            if i == gekozen { buffer.fill(rij, Cell(" ", role: .selection)) }
            buffer.write(tekst, x: rij.x, y: rij.y, role: i == gekozen ? .selection : .dialog, clip: rij)
        }
        guard binnen.height >= 2 else { return }
        let onder = binnen.row(binnen.height - 1)
        if let probleem {
            buffer.write("! " + probleem, x: onder.x, y: onder.y, role: .invalid, clip: onder)
        } else {
            let hint = "↑↓ of cijfer: kiezen · " + keymap.hint([(KiezerActie.kiezen, "verder"), (KiezerActie.stoppen, "stoppen")], separator: ": ")
            buffer.write(hint, x: onder.x, y: onder.y, role: .dialog, clip: onder)
        }
    }
}
