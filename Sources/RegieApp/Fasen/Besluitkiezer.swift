import RegieDomain
import Screen

/// Picks one of the method's decisions in a box: ↑ ↓ to choose, Enter to take it, Esc to
/// stop. The outcome of the afwegingskader is chosen first and marked.
struct Besluitkiezer: Equatable {
    let besluiten: [Besluit]
    let uitkomst: String?
    var gekozen: Int
    /// Shown above the choices, e.g. when the afwegingskader has not reached a decision.
    var waarschuwing: String?

    init(besluiten: [Besluit], uitkomst: String?) {
        self.besluiten = besluiten
        self.uitkomst = uitkomst
        gekozen = besluiten.firstIndex { $0.id == uitkomst } ?? 0
    }

    enum Uitkomst: Equatable {
        case bezig
        case gekozen(Besluit)
        case gestopt
    }

    mutating func handle(_ event: Event, _ keymap: Keymap) -> Uitkomst {
        let actie = keymap.action(for: event, KiezerActie.self)
        guard case .key(let key) = event, !besluiten.isEmpty else { return actie == .stoppen ? .gestopt : .bezig }
        switch actie {
        case .kiezen: return .gekozen(besluiten[gekozen])
        case .stoppen: return .gestopt
        case nil: break
        }
        switch key {
        case .up: gekozen = max(0, gekozen - 1)
        case .down: gekozen = min(besluiten.count - 1, gekozen + 1)
        case .home: gekozen = 0
        case .end: gekozen = besluiten.count - 1
        default: break
        }
        return .bezig
    }

    func regel(_ b: Besluit) -> String {
        b.tekst.singleLine + (b.id == uitkomst ? " (uitkomst van het afwegingskader)" : "")
    }

    func render(into buffer: inout Buffer, screen: Rect, keymap: Keymap) {
        let breedte = min(screen.width, 70)
        var pagina = Pagina(breedte: breedte - 4)
        let toetsen = "\(keymap.name(KiezerActie.kiezen)): verder, \(keymap.name(KiezerActie.stoppen)): stoppen"
        pagina.voeg("Welk besluit is genomen? ↑ ↓ kiezen, \(toetsen).", role: .dialog)
        if let waarschuwing { pagina.voeg(waarschuwing, kop: "! ", role: .warning) }
        pagina.leeg()
        for (i, b) in besluiten.enumerated() {
            pagina.voeg(regel(b), kop: i == gekozen ? "▸ " : "  ", role: .dialog, item: i)
        }
        let hoogte = min(screen.height, pagina.regels.count + 2)
        let box = Rect(x: screen.x + (screen.width - breedte) / 2, y: screen.y + (screen.height - hoogte) / 2,
                       width: breedte, height: hoogte)
        let binnen = Panel(title: "Besluit vastleggen", background: .dialog).render(into: &buffer, area: box, focused: true)
        pagina.teken(into: &buffer, area: binnen.inset(left: 1, right: 1), gekozen: gekozen)
    }
}
