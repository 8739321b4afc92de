import Screen

/// The messages of this session, newest first, each whole: what a message line could not
/// show (a long path, a list of names) can be read here. One key opens it (the help lists
/// it); ↑ ↓ PgUp PgDn scroll, Esc closes.
public struct Meldingen: Equatable, Sendable {
    public private(set) var lijst: [MessageLine] = []
    /// How many messages were ever added (the first in `lijst` is number `geteld - lijst.count`).
    public private(set) var geteld = 0
    /// Open, scrolled to this line.
    public var boven: Int?
    /// How the list was last drawn, so scrolling stops at the last page (not part of the value).
    let stand = Paginastand()

    public static func == (a: Meldingen, b: Meldingen) -> Bool {
        a.lijst == b.lijst && a.geteld == b.geteld && a.boven == b.boven
    }

    /// At most this many messages are kept.
    static let maximum = 100

    public init() {}

    mutating func voegToe(_ melding: MessageLine) {
        lijst.append(melding)
        geteld += 1
        if lijst.count > Self.maximum { lijst.removeFirst(lijst.count - Self.maximum) }
    }

    public var isOpen: Bool { boven != nil }

    /// The lines for a box `breedte` wide: per message its wrapped lines, a blank between.
    /// Only messages from number `vanaf` on (a presentation hides older ones).
    func regels(breedte: Int, vanaf: Int = 0) -> [(String, Role)] {
        let getoond = lijst.dropFirst(max(0, vanaf - (geteld - lijst.count)))
        guard !getoond.isEmpty else { return [("Er zijn nog geen meldingen.", .muted)] }
        var uit: [(String, Role)] = []
        for melding in getoond.reversed() {
            if !uit.isEmpty { uit.append(("", .dialog)) }
            let rol: Role = melding.kind == .info ? .dialog : MessageLine.role(of: melding.kind)
            uit += melding.line.wrapped(toColumns: max(1, breedte)).map { ($0, rol) }
        }
        return uit
    }

    /// Handles a key while open; false: close.
    mutating func handle(_ key: Key, _ keymap: Keymap) -> Bool {
        guard let b = boven.map({ min($0, stand.maxBoven) }) else { return false }
        switch keymap.action(for: key, MeldingenActie.self) {
        case .sluiten: return false
        case nil: break
        }
        switch key {
        case .up: boven = max(0, b - 1)
        case .down: boven = min(b + 1, stand.maxBoven)
        case .pageUp: boven = max(0, b - max(1, stand.hoogte - 1))
        case .pageDown: boven = min(b + max(1, stand.hoogte - 1), stand.maxBoven)
        case .home, .ctrlHome: boven = 0
        case .end, .ctrlEnd: boven = stand.maxBoven
        default: break
        }
        return true
    }

    /// A box over the screen; scrolling stops at the last page.
    func render(into buffer: inout Buffer, screen: Rect, sluiten: String, vanaf: Int = 0) {
        // Between the title line and the help bar, over the whole width.
        let box = Rect(x: screen.x, y: screen.y + 1, width: screen.width, height: max(0, screen.height - 2))
        let binnen = Panel(title: "Meldingen (nieuwste eerst)", background: .dialog).render(into: &buffer, area: box, focused: true)
            .inset(left: 1, right: 1)
        guard binnen.height >= 2, binnen.width >= 4 else { return }
        let (tekstvak, onder) = binnen.splitBottom(1)
        let alle = regels(breedte: tekstvak.width, vanaf: vanaf)
        let top = min(boven ?? 0, max(0, alle.count - tekstvak.height))
        stand.onthoud(hoogte: tekstvak.height, boven: top, totaal: alle.count)
        for (i, (tekst, rol)) in alle.dropFirst(top).prefix(tekstvak.height).enumerated() {
            buffer.write(tekst, x: tekstvak.x, y: tekstvak.y + i, role: rol, clip: tekstvak.row(i))
        }
        var hint = sluiten
        if top > 0 || top + tekstvak.height < alle.count { hint = "↑ ↓ PgUp PgDn: meer · " + hint }
        buffer.write(hint, x: onder.x, y: onder.y, role: .muted, clip: onder)
    }
}

/// The list of messages, while open.
public enum MeldingenActie: String, KeyAction {
    case sluiten = "meldingen.sluiten"

    public var defaultBinding: Binding {
        switch self {
        case .sluiten: bind([.escape], "Meldingen sluiten", group: "Meldingen")
        }
    }
}
