import Screen

/// A box for a note or a toelichting of a few lines: Enter keeps it, Esc stops (a second
/// Esc when something was typed, so a slip does not throw words away), C-o opens $EDITOR.
/// An empty text is allowed unless `verplicht`.
struct Notitievak: Equatable {
    var titel: String
    var uitleg: String
    var vak: TextArea
    var verplicht: Bool
    let begin: String
    var probleem: String?

    init(titel: String, uitleg: String, tekst: String = "", verplicht: Bool = false) {
        self.titel = titel
        self.uitleg = uitleg
        self.verplicht = verplicht
        begin = tekst
        vak = TextArea(text: tekst)
        vak.moveCursor(to: TextArea.Position(paragraph: Int.max, offset: Int.max))
    }

    enum Uitkomst: Equatable {
        case bezig
        case klaar(String)
        case gestopt
        case editor(String)
    }

    mutating func handle(_ event: Event) -> Uitkomst {
        if event == .key(.enter) {
            let tekst = vak.text.trimmingCharacters(in: .whitespacesAndNewlines)
            if verplicht && tekst.isEmpty {
                probleem = "Schrijf kort waarom, of Esc om te stoppen."
                return .bezig
            }
            return .klaar(tekst)
        }
        switch vak.handle(event) {
        case .cancelled:
            if vak.text != begin && probleem != Self.nogNietBewaard {
                probleem = Self.nogNietBewaard
                return .bezig
            }
            return .gestopt
        case .wantsEditor:
            return .editor(vak.text)
        default:
            probleem = nil
            return .bezig
        }
    }

    static let nogNietBewaard = "Nog niet bewaard: Enter bewaart, nogmaals Esc gooit het weg."

    mutating func zetTekst(_ tekst: String) { vak.replaceText(tekst) }

    func render(into buffer: inout Buffer, screen: Rect) -> Point? {
        let breedte = min(screen.width, 66)
        let regels = uitleg.wrapped(toColumns: max(1, breedte - 4))
        let hoogte = min(screen.height, regels.count + 9)
        let box = Rect(x: screen.x + (screen.width - breedte) / 2, y: screen.y + (screen.height - hoogte) / 2,
                       width: breedte, height: hoogte)
        let binnen = Panel(title: titel, background: .dialog).render(into: &buffer, area: box, focused: true).inset(left: 1, right: 1)
        guard binnen.height >= 3 else { return nil }
        let uitlegRijen = min(regels.count, max(0, binnen.height - 5))
        for (i, r) in regels.prefix(uitlegRijen).enumerated() {
            buffer.write(r, x: binnen.x, y: binnen.y + i, role: .dialog, clip: binnen)
        }
        let top = uitlegRijen > 0 ? uitlegRijen + 1 : 0
        let vakRect = Rect(x: binnen.x, y: binnen.y + top, width: binnen.width, height: binnen.height - top - 2)
        let cursor = vak.render(into: &buffer, area: vakRect, focused: true)
        let onder = binnen.row(binnen.height - 1)
        if let probleem {
            buffer.write("! " + probleem, x: onder.x, y: onder.y, role: .invalid, clip: onder)
        } else {
            buffer.write("Enter: bewaren · Esc: stoppen · C-o: in $EDITOR", x: onder.x, y: onder.y, role: .dialog, clip: onder)
        }
        return cursor
    }
}
