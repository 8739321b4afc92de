import Screen

/// A question with a one-line answer in a box ("Naam van het huishouden", "Reden"):
/// Enter gives the answer (not when empty), Esc cancels.
public struct Tekstvraag: Equatable {
    public var titel: String
    public var uitleg: String
    public var veld: TextField
    public var probleem: String?

    public init(titel: String, uitleg: String, tekst: String = "") {
        self.titel = titel
        self.uitleg = uitleg
        veld = TextField(text: tekst, maxLength: 500)
        veld.moveCursor(to: tekst.count)
    }

    public enum Uitkomst: Equatable {
        case bezig
        case antwoord(String)
        case gestopt
    }

    public mutating func handle(_ event: Event) -> Uitkomst {
        switch veld.handle(event) {
        case .submitted:
            let t = veld.text.trimmingCharacters(in: .whitespaces)
            guard !t.isEmpty else { probleem = "Vul iets in, of Esc om te stoppen."; return .bezig }
            return .antwoord(t)
        case .cancelled:
            return .gestopt
        default:
            if event == .key(.escape) { return .gestopt }
            probleem = nil
            return .bezig
        }
    }

    public func render(into buffer: inout Buffer, screen: Rect) -> Point? {
        let breedte = min(screen.width, max(50, titel.displayWidth + 8))
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
            buffer.write("Enter: klaar · Esc: stoppen", x: onder.x, y: onder.y, role: .dialog, clip: onder)
        }
        return cursor
    }
}
