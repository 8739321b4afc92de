import Screen

/// A box for a note or a toelichting of a few lines: `VraagActie.klaar` (Enter) keeps it,
/// `.stoppen` (Esc) stops (a second time when something was typed, so a slip does not throw
/// words away), `.editor` (C-o) opens $EDITOR.
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

    mutating func handle(_ event: Event, _ keymap: Keymap) -> Uitkomst {
        switch keymap.action(for: event, VraagActie.self) {
        case .klaar:
            let tekst = vak.text.trimmingCharacters(in: .whitespacesAndNewlines)
            if verplicht && tekst.isEmpty {
                probleem = "Schrijf kort waarom, of \(keymap.name(VraagActie.stoppen)) om te stoppen."
                return .bezig
            }
            return .klaar(tekst)
        case .stoppen:
            if vak.text != begin && probleem != Self.nogNietBewaard(keymap) {
                probleem = Self.nogNietBewaard(keymap)
                return .bezig
            }
            return .gestopt
        case .editor:
            return .editor(vak.text)
        case nil:
            break
        }
        switch vak.handle(event) {
        case .cancelled, .wantsEditor:
            // The text area's own keys for these: the keymap decides.
            return .bezig
        default:
            probleem = nil
            return .bezig
        }
    }

    static func nogNietBewaard(_ keymap: Keymap) -> String {
        "Nog niet bewaard: \(keymap.name(VraagActie.klaar)) bewaart, nogmaals \(keymap.name(VraagActie.stoppen)) gooit het weg."
    }

    mutating func zetTekst(_ tekst: String) { vak.replaceText(tekst) }

    func render(into buffer: inout Buffer, screen: Rect, keymap: Keymap) -> Point? {
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
            let hint = keymap.hint([(VraagActie.klaar, "bewaren"), (VraagActie.stoppen, "stoppen"), (VraagActie.editor, "in $EDITOR")],
                                   separator: ": ")
            buffer.write(hint, x: onder.x, y: onder.y, role: .dialog, clip: onder)
        }
        return cursor
    }
}
