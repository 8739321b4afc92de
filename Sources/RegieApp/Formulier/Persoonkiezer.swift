import RegieDomain
import Screen

/// Picks one of the dossier's people in one key: 1–9, then a–z, in the order of a round
/// (household, network, professionals, regisseurs); ↑ ↓ and Enter work too.
public struct Persoonkiezer: Equatable {
    public var vraag: String
    public var personen: [Persoon]
    /// Offers "niemand" as the last choice.
    public var magNiemand: Bool
    /// How the "niemand" choice reads ("iemand anders (zelf invullen)").
    public var niemandTekst = "niemand"
    public private(set) var gekozen = 0

    public init(vraag: String, personen: [Persoon], magNiemand: Bool, huidig: String? = nil) {
        self.vraag = vraag
        self.personen = personen
        self.magNiemand = magNiemand
        gekozen = personen.firstIndex { $0.id == huidig } ?? 0
    }

    static let toetsen = Array("123456789abcdefghijklmnopqrstuvwxyz")

    var aantal: Int { personen.count + (magNiemand ? 1 : 0) }

    public enum Uitkomst: Equatable {
        case bezig
        case gekozen(String?)
        case gestopt
    }

    public mutating func handle(_ event: Event, _ keymap: Keymap) -> Uitkomst {
        guard case .key(let key) = event else { return .bezig }
        switch keymap.action(for: key, KiezerActie.self) {
        case .kiezen: return keuze(gekozen)
        case .stoppen: return .gestopt
        case nil: break
        }
        switch key {
        case .up: gekozen = (gekozen + aantal - 1) % max(1, aantal)
        case .down: gekozen = (gekozen + 1) % max(1, aantal)
        case .character("0") where magNiemand: return .gekozen(nil)
        case .character(let c):
            if let i = Self.toetsen.firstIndex(of: Character(c.lowercased())), i < personen.count { return keuze(i) }
        default: break
        }
        return .bezig
    }

    private func keuze(_ i: Int) -> Uitkomst {
        guard aantal > 0 else { return .gestopt }
        return i < personen.count ? .gekozen(personen[i].id) : .gekozen(nil)
    }

    public func render(into buffer: inout Buffer, screen: Rect, keymap: Keymap) {
        var regels = personen.enumerated().map { i, p in
            let toets = i < Self.toetsen.count ? String(Self.toetsen[i]) : " "
            return "\(toets)  \(p.naam)" + (p.rol.isEmpty ? "" : " (\(p.rol))")
        }
        if magNiemand { regels.append("0  \(niemandTekst)") }
        if personen.isEmpty {
            regels.insert("Er staan nog geen personen in het dossier (Huishouden, \(keymap.name(DossierActie.naar(.huishouden)))).", at: 0)
        }
        let breedte = min(screen.width, max(vraag.displayWidth + 6, (regels.map(\.displayWidth).max() ?? 0) + 4))
        let hoogte = min(screen.height, regels.count + 2)
        let box = Rect(x: screen.x + (screen.width - breedte) / 2, y: screen.y + (screen.height - hoogte) / 2, width: breedte, height: hoogte)
        let binnen = Panel(title: vraag, background: .dialog).render(into: &buffer, area: box, focused: true)
        // With nobody to choose, the explanation stands first and moves the lines down by one.
        let gekozenRegel = personen.isEmpty ? (magNiemand ? 1 : -1) : gekozen
        let eerste = max(0, min(gekozenRegel - binnen.height + 1, regels.count - binnen.height))
        for (n, regel) in regels.dropFirst(eerste).prefix(binnen.height).enumerated() {
            buffer.write(regel.truncated(toColumns: binnen.width), x: binnen.x, y: binnen.y + n,
                         role: eerste + n == gekozenRegel ? .selection : .dialog, clip: binnen)
        }
    }
}

/// In a pick list (a person, a decision, a level): the list's own letters and digits pick
/// at once; these take the highlighted one or close it.
public enum KiezerActie: String, KeyAction {
    case kiezen = "kiezer.kiezen"
    case stoppen = "kiezer.stoppen"

    public var defaultBinding: Binding {
        switch self {
        case .kiezen: bind([.enter], "Het gekozene nemen", group: "Kiezen")
        case .stoppen: bind([.escape], "Niets kiezen", group: "Kiezen")
        }
    }
}
