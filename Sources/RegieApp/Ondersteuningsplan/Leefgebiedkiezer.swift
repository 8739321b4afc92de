import RegieDomain
import Screen

/// Picks the leefgebied of a kracht, zorg or doel in a box: the method's leefgebieden
/// numbered 1–9 (then a–z) and "geen leefgebied"; one key picks, ↑ ↓ and the binding to
/// choose work too. Under the list: what belongs to the leefgebied with the cursor.
struct Leefgebiedkiezer: Equatable {
    /// What the tag is for, in the box's title: "Leefgebied van zorg 2".
    let titel: String
    let leefgebieden: [Leefgebied]
    /// The record it sets: the list ("krachten", "zorgen", "doelen") and its id.
    let lijst: String
    let element: String
    /// The row with the cursor; `leefgebieden.count` is "geen leefgebied".
    private(set) var gekozen: Int

    init(titel: String, leefgebieden: [Leefgebied], lijst: String, element: String, huidig: String?) {
        self.titel = titel
        self.leefgebieden = leefgebieden
        self.lijst = lijst
        self.element = element
        gekozen = huidig.flatMap { id in leefgebieden.firstIndex { $0.id == id } } ?? leefgebieden.count
    }

    /// The keys of the box (scope "leefgebied"); its hint line is made from these.
    static let toetsen = LeefgebiedActie.bindings

    /// Under "geen leefgebied" in the box.
    static let geenToelichting = "Het gaat niet over één leefgebied, of dat is nog niet duidelijk."

    /// One key per leefgebied, as in the person picker.
    static let nummers = Persoonkiezer.toetsen

    enum Uitkomst: Equatable {
        case bezig
        /// A key the box has no use for: the program's own keys (help, stop) still work.
        case nietGebruikt
        /// The leefgebied's id; nil: none.
        case gekozen(String?)
        case gestopt
    }

    var aantal: Int { leefgebieden.count + 1 }

    mutating func handle(_ event: Event, _ keymap: Keymap) -> Uitkomst {
        guard case .key(let key) = event else { return .bezig }
        switch keymap.action(for: key, LeefgebiedActie.self) {
        case .kiezen: return .gekozen(gekozen < leefgebieden.count ? leefgebieden[gekozen].id : nil)
        case .geen: return .gekozen(nil)
        case .stoppen: return .gestopt
        default: break
        }
        switch key {
        case .up: gekozen = (gekozen + aantal - 1) % aantal
        case .down: gekozen = (gekozen + 1) % aantal
        case .home: gekozen = 0
        case .end: gekozen = aantal - 1
        case .character(let c):
            guard let i = Self.nummers.firstIndex(of: Character(c.lowercased())), i < leefgebieden.count else { return .nietGebruikt }
            return .gekozen(leefgebieden[i].id)
        default: return .nietGebruikt
        }
        return .bezig
    }

    /// The lines of the list: "1  Werk, inkomen en financiën", and last "0  geen leefgebied".
    func regels(_ keymap: Keymap) -> [String] {
        var regels = leefgebieden.enumerated().map { i, l in
            "\(i < Self.nummers.count ? String(Self.nummers[i]) : " ")  \(l.naam)"
        }
        let geen = keymap[LeefgebiedActie.geen]?.keys.first?.description ?? ""
        regels.append("\(geen.displayWidth == 1 ? geen : " ")  geen leefgebied")
        return regels
    }

    func render(into buffer: inout Buffer, screen: Rect, keymap: Keymap) {
        let lijst = regels(keymap)
        let breedte = min(screen.width, 60)
        let binnenBreedte = max(1, breedte - 4)
        let toelichting = gekozen < leefgebieden.count ? leefgebieden[gekozen].toelichting ?? "" : Self.geenToelichting
        let uitleg = toelichting.wrapped(toColumns: binnenBreedte)
        let laatste = Self.nummers[max(0, min(leefgebieden.count, Self.nummers.count) - 1)]
        let hint = "↑ ↓ of \(Self.nummers[0])–\(laatste) · "
            + Pagina.hint([(LeefgebiedActie.kiezen, "kiezen"), (LeefgebiedActie.stoppen, "stoppen")], keymap, breedte: binnenBreedte)
        // The list, an empty line, the explanation (room for two lines), an empty line, the hint.
        let hoogte = min(screen.height, lijst.count + 2 + 5)
        let box = Rect(x: screen.x + (screen.width - breedte) / 2, y: screen.y + (screen.height - hoogte) / 2, width: breedte, height: hoogte)
        let binnen = Panel(title: titel, background: .dialog).render(into: &buffer, area: box, focused: true).inset(left: 1, right: 1)
        guard binnen.height >= 1, binnen.width >= 1 else { return }
        // Short of room, the explanation goes first: the list and the hint matter more.
        let metUitleg = binnen.height >= lijst.count + 5
        let ruimte = max(1, binnen.height - (metUitleg ? 5 : 1))
        let eerste = max(0, min(gekozen - ruimte + 1, lijst.count - ruimte))
        for (n, regel) in lijst.dropFirst(eerste).prefix(ruimte).enumerated() {
            let rij = binnen.row(n)
            let isGekozen = eerste + n == gekozen
            if isGekozen { buffer.fill(rij, Cell(" ", role: .selection)) }
            // The cursor is in the text too, not only in the colour.
            buffer.write(((isGekozen ? "▸ " : "  ") + regel).truncated(toColumns: rij.width), x: rij.x, y: rij.y,
                         role: isGekozen ? .selection : .dialog, clip: rij)
        }
        for (n, regel) in uitleg.prefix(metUitleg ? 2 : 0).enumerated() where ruimte + 1 + n < binnen.height {
            let rij = binnen.row(ruimte + 1 + n)
            buffer.write(regel, x: rij.x, y: rij.y, role: .muted, clip: rij)
        }
        let onder = binnen.row(binnen.height - 1)
        buffer.write(hint.truncated(toColumns: onder.width), x: onder.x, y: onder.y, role: .dialog, clip: onder)
    }
}

/// Picking a leefgebied.
public enum LeefgebiedActie: String, KeyAction {
    case kiezen = "leefgebied.kiezen"
    case geen = "leefgebied.geen"
    case stoppen = "leefgebied.stoppen"

    public var defaultBinding: Binding {
        switch self {
        case .kiezen: bind([.enter], "Het leefgebied met de cursor kiezen", group: "Leefgebied kiezen")
        case .geen: bind([.character("0")], "Geen leefgebied", group: "Leefgebied kiezen")
        case .stoppen: bind([.escape], "Stoppen zonder te kiezen", group: "Leefgebied kiezen")
        }
    }
}
