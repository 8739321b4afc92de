import RegieDomain
import Screen

/// A question with a one-line answer in a box ("Naam van het huishouden", "Reden"):
/// The key of `VraagActie.klaar` (Enter) gives the answer (not when empty), that of
/// `VraagActie.stoppen` (Esc) cancels.
public struct Tekstvraag: Equatable {
    public var titel: String
    public var uitleg: String
    public var veld: TextField
    public var probleem: String?
    /// Which question this is, for its draft in the dossier (the title unless told).
    public let sleutel: String
    /// The text the box opened with: a draft is only what the user typed over it.
    public let voorgesteld: String
    /// The text was put back from a draft (the box says so).
    public private(set) var teruggezet = false

    public init(titel: String, uitleg: String, tekst: String = "", sleutel: String? = nil) {
        self.titel = titel
        self.uitleg = uitleg
        self.sleutel = sleutel ?? titel
        voorgesteld = tekst
        veld = TextField(text: tekst, maxLength: 500)
        veld.moveCursor(to: tekst.count)
    }

    /// What is typed and worth keeping as a draft; nil when nothing was typed over what
    /// the box opened with.
    public var concept: String? {
        let t = veld.text
        return t == voorgesteld || t.trimmingCharacters(in: .whitespaces).isEmpty ? nil : t
    }

    /// Puts back a draft typed before the program stopped.
    public mutating func zetTerug(_ concept: String) {
        veld = TextField(text: concept, maxLength: 500)
        veld.moveCursor(to: concept.count)
        teruggezet = true
    }

    public enum Uitkomst: Equatable {
        case bezig
        case antwoord(String)
        case gestopt
    }

    public mutating func handle(_ event: Event, _ keymap: Keymap) -> Uitkomst {
        // Over the box's limit nothing is cut without a word: the paste is refused, a typed
        // character on a full line says so.
        if let maximum = veld.maxLength {
            switch event {
            case .paste(let s):
                if let p = Tekstlimiet.plakprobleem(geplakt: s.count, aanwezig: veld.text.count, maximum: maximum) {
                    probleem = p
                    return .bezig
                }
            case .key(.character):
                if veld.text.count >= maximum {
                    probleem = Tekstlimiet.vol(maximum: maximum)
                    return .bezig
                }
            default: break
            }
        }
        switch keymap.action(for: event, VraagActie.self) {
        case .klaar:
            let t = veld.text.trimmingCharacters(in: .whitespaces)
            guard !t.isEmpty else { probleem = "Vul iets in, of \(keymap.name(VraagActie.stoppen)) om te stoppen."; return .bezig }
            return .antwoord(t)
        case .stoppen:
            return .gestopt
        case .editor, nil:
            // The field's own Enter and Esc are the keymap's to give.
            if event == .key(.enter) || event == .key(.escape) { return .bezig }
            _ = veld.handle(event)
            probleem = nil
            return .bezig
        }
    }

    public func render(into buffer: inout Buffer, screen: Rect, keymap: Keymap) -> Point? {
        // A problem is shown whole: it says what to do next (and with which key).
        let breedte = min(screen.width, max(50, titel.displayWidth + 8, (probleem?.displayWidth ?? 0) + 6))
        let regels = uitleg.wrapped(toColumns: breedte - 4)
        let hoogte = min(screen.height, regels.count + 6)
        let box = Rect(x: screen.x + (screen.width - breedte) / 2, y: screen.y + (screen.height - hoogte) / 2, width: breedte, height: hoogte)
        let binnen = Panel(title: titel, background: .dialog).render(into: &buffer, area: box, focused: true).inset(left: 1, right: 1)
        guard binnen.height >= 3 else { return nil }
        for (i, r) in regels.prefix(binnen.height - 3).enumerated() {
            buffer.write(r, x: binnen.x, y: binnen.y + i, role: .dialog, clip: binnen)
        }
        let veldRij = binnen.row(binnen.height - 3)
        let cursor = veld.render(into: &buffer, area: veldRij, focused: true)
        let onder = binnen.row(binnen.height - 1)
        if let probleem {
            buffer.write("! " + probleem, x: onder.x, y: onder.y, role: .invalid, clip: onder)
        } else {
            let hint = keymap.hint([(VraagActie.klaar, "klaar"), (VraagActie.stoppen, "stoppen")], separator: ": ")
            buffer.write(hint, x: onder.x, y: onder.y, role: .dialog, clip: onder)
        }
        if teruggezet {
            let regel = binnen.row(binnen.height - 2)
            buffer.write("Teruggezet van de vorige keer.", x: regel.x, y: regel.y, role: .muted, clip: regel)
        }
        return cursor
    }
}

/// In a question box with a one-line answer.
public enum VraagActie: String, KeyAction {
    case klaar = "vraag.klaar"
    case stoppen = "vraag.stoppen"
    case editor = "vraag.editor"

    public var defaultBinding: Binding {
        switch self {
        case .klaar: bind([.enter], "Antwoord geven", group: "Vraag")
        case .stoppen: bind([.escape], "Vraag sluiten zonder antwoord", group: "Vraag")
        case .editor: bind([.ctrl("o")], "In een notitie: de tekst in $EDITOR", group: "Vraag")
        }
    }
}
