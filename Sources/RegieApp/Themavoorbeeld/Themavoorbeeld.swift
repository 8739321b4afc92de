import Foundation
import Screen

/// `regie themas --voorbeeld`: every kind of field and every role of the theme on one
/// screen, to choose a theme (or check one's own) before a meeting. Nothing is saved.
public struct Themavoorbeeld: Program {
    public init() {}

    /// Every field, the last one (the text area) included, fits from 22 rows.
    public var minimumSize: Size { Size(width: 60, height: 22) }

    public struct Model: Sendable {
        public var themas: [Theme]
        public var gekozen: Int
        public var keymap: Keymap
        public var focus = Veld.naam
        public var naam = TextField(text: "Sanne de Jong-El Amrani")
        public var datum: DateField
        public var zorgen = Choice(options: ["ja", "nee", "onbekend"], selected: 2)
        public var toestemming = CheckboxList(items: [
            .init("Gegevens delen met school", isChecked: true), .init("Gegevens delen met huisarts"), .init("Verwijsindex"),
        ])
        public var netwerk = ListView(columns: [.init("Naam"), .init("Relatie")], rows: [
            ["Oma Fatima", "grootmoeder"], ["Kees Bakker", "buurman"], ["Ümit Yılmaz", "voetbaltrainer"], ["李明", "collega"],
        ])
        public var notitie = TextArea(text: "Wat wij willen: dat de kinderen 's ochtends op tijd op school zijn. "
            + "Oma helpt op maandag en donderdag. Café, ideeën, één keer per week 👍.")
        public var hulp: HelpOverlay?
        public var melding: MessageLine?

        /// - Parameters:
        ///   - themas: the themes to go through; `gekozen` is shown first
        public init(themas: [Theme], gekozen: Int = 0, keymap: Keymap, vandaag: Datum, melding: String? = nil) {
            self.themas = themas.isEmpty ? [.fallback] : themas
            self.gekozen = min(max(0, gekozen), self.themas.count - 1)
            self.keymap = keymap
            datum = DateField(value: vandaag.plus(dagen: 14) ?? vandaag, today: vandaag)
            self.melding = melding.map(MessageLine.warning)
        }

        public var theme: Theme { themas[gekozen] }
    }

    /// The fields in Tab order.
    public enum Veld: Int, CaseIterable, Sendable {
        case naam, datum, zorgen, toestemming, netwerk, notitie

        var titel: String {
            switch self {
            case .naam: "Naam"
            case .datum: "Volgend overleg"
            case .zorgen: "Zorgen over veiligheid"
            case .toestemming: "Toestemming"
            case .netwerk: "Netwerk"
            case .notitie: "In eigen woorden"
            }
        }
    }

    public enum Message: Sendable {
        case event(Event)
        case bewerkt(String?)
    }

    public func message(for event: Event, in model: Model) -> Message? { .event(event) }

    /// Too small to see the fields: only the key to stop acts.
    public func messageWhenTooSmall(for event: Event, in model: Model) -> Message? {
        isBinding(AppActie.afsluiten, event, model) ? .event(event) : nil
    }

    public func tooSmallNote(_ model: Model) -> String? {
        let stop = model.keymap.name(AppActie.afsluiten)
        return "Toetsen doen nu niets. \(stop): stoppen."
    }

    // MARK: Update

    public func update(_ model: inout Model, _ message: Message) -> [Effect<Message>] {
        switch message {
        case .bewerkt(let tekst):
            if let tekst { model.notitie.replaceText(tekst) } else { model.melding = .error("De editor gaf geen tekst terug; de notitie is niet veranderd.") }
            return []
        case .event(let event):
            return handle(event, &model)
        }
    }

    private func handle(_ event: Event, _ model: inout Model) -> [Effect<Message>] {
        if model.hulp != nil {
            if model.hulp!.handle(event) == .cancelled || isBinding(AppActie.hulp, event, model) { model.hulp = nil }
            return []
        }
        if case .key = event { model.melding = nil }
        switch handleField(event, &model) {
        case .consumed, .submitted: return []
        case .wantsEditor: return [.editor(text: model.notitie.text, done: { .bewerkt($0) })]
        case .ignored, .cancelled: break
        }
        guard case .key(let key) = event else { return [] }
        switch model.keymap.action(for: key, VoorbeeldActie.self) {
        case .sluiten: return [.quit]
        case .thema:
            model.gekozen = (model.gekozen + 1) % model.themas.count
            model.melding = .info("Thema \(model.theme.name): \(model.theme.description)")
            return []
        case nil: break
        }
        switch model.keymap.action(for: key, AppActie.self) {
        case .afsluiten: return [.quit]
        case .hulp: model.hulp = HelpOverlay(keymap: Self.eigenToetsen(model.keymap), title: "Toetsen", closeKeys: model.keymap[HulpActie.sluiten]?.keys ?? [])
        case .volgende: model.focus = Veld(rawValue: (model.focus.rawValue + 1) % Veld.allCases.count)!
        case .vorige: model.focus = Veld(rawValue: (model.focus.rawValue + Veld.allCases.count - 1) % Veld.allCases.count)!
        case .meldingen, nil: break
        }
        return []
    }

    /// Only the keys that work on this screen: the general ones and the preview's own.
    static func eigenToetsen(_ keymap: Keymap) -> Keymap {
        Keymap(keymap.bindings.filter { [AppActie.scope, VoorbeeldActie.scope].contains($0.scope) }
            .filter { $0.id != AppActie.meldingen.id })  // the program's message history; not here
    }

    private func isBinding<A: KeyAction>(_ actie: A, _ event: Event, _ model: Model) -> Bool {
        model.keymap.matches(event, actie)
    }

    private func handleField(_ event: Event, _ model: inout Model) -> Handled {
        switch model.focus {
        case .naam: model.naam.handle(event)
        case .datum: model.datum.handle(event)
        case .zorgen: model.zorgen.handle(event)
        case .toestemming: model.toestemming.handle(event)
        case .netwerk: model.netwerk.handle(event)
        case .notitie: model.notitie.handle(event)
        }
    }

    // MARK: View

    public func view(_ model: Model, into frame: inout Frame) {
        frame.theme = model.theme
        let (kop, rest) = frame.area.splitTop(1)
        let (midden, onder) = rest.splitBottom(2)
        let titel = "Regie · themavoorbeeld · \(model.theme.name) (\(model.gekozen + 1)/\(model.themas.count))"
        frame.buffer.write(titel.truncated(toColumns: kop.width), x: kop.x, y: kop.y, role: .title, clip: kop)

        let formulierBreedte = max(34, midden.width * 3 / 5)
        let (links, rechts) = midden.splitLeft(formulierBreedte)
        frame.cursor = formulier(model, into: &frame.buffer, area: links)
        rollen(into: &frame.buffer, area: rechts)

        if let melding = model.melding {
            _ = melding.render(into: &frame.buffer, area: onder.row(0), focused: false)
        } else {
            let uitleg = "\(model.theme.description)"
            frame.buffer.write(uitleg.truncated(toColumns: onder.width), x: onder.x, y: onder.y, role: .muted, clip: onder.row(0))
        }
        _ = HelpBar(keymap: Self.eigenToetsen(model.keymap)).render(into: &frame.buffer, area: onder.row(1), focused: false)

        if let hulp = model.hulp {
            hulp.renderCentered(into: &frame.buffer, screen: frame.area)
            frame.cursor = nil
        }
    }

    /// The fields, one under the other, each with its label; returns the cursor.
    private func formulier(_ model: Model, into buffer: inout Buffer, area: Rect) -> Point? {
        let binnen = Panel(title: "Formulier").render(into: &buffer, area: area, focused: true)
        var y = binnen.y
        var cursor: Point?
        func veld(_ veld: Veld, hoogte: Int, _ draw: (inout Buffer, Rect, Bool) -> Point?) {
            guard y < binnen.maxY else { return }
            let focused = model.focus == veld
            let teken = focused ? "▸ " : "  "
            buffer.write(teken + veld.titel, x: binnen.x, y: y, role: focused ? .focusedBorder : .label, clip: binnen)
            let vak = Rect(x: binnen.x + 2, y: y + 1, width: binnen.width - 2, height: min(hoogte, binnen.maxY - y - 1))
            if let c = draw(&buffer, vak, focused) { cursor = c }
            y += hoogte + 1
        }
        let rest = max(2, binnen.maxY - y - 14)
        veld(.naam, hoogte: 1) { model.naam.render(into: &$0, area: $1, focused: $2) }
        veld(.datum, hoogte: 2) { model.datum.render(into: &$0, area: $1, focused: $2) }
        veld(.zorgen, hoogte: 1) { model.zorgen.render(into: &$0, area: $1, focused: $2) }
        veld(.toestemming, hoogte: 3) { model.toestemming.render(into: &$0, area: $1, focused: $2) }
        veld(.netwerk, hoogte: 3) { model.netwerk.render(into: &$0, area: $1, focused: $2) }
        veld(.notitie, hoogte: rest) { model.notitie.render(into: &$0, area: $1, focused: $2) }
        return cursor
    }

    /// Every role by name, written in that role, so a theme's whole palette can be seen.
    private func rollen(into buffer: inout Buffer, area: Rect) {
        let binnen = Panel(title: "Rollen").render(into: &buffer, area: area, focused: false)
        for (i, role) in Role.allCases.enumerated() where i < binnen.height {
            let regel = binnen.row(i)
            buffer.write(Self.voorbeeldtekst(role), x: regel.x, y: regel.y, role: role, clip: regel)
        }
    }

    /// Sample text per role; it says what the role means, so meaning never rests on colour.
    static func voorbeeldtekst(_ role: Role) -> String {
        switch role {
        case .text: "tekst"
        case .muted: "bijzaak"
        case .border: "rand"
        case .focusedBorder: "rand met focus"
        case .title: "titel"
        case .label: "veldnaam"
        case .input: "invoer"
        case .focusedInput: "invoer met focus"
        case .placeholder: "voorbeeldtekst"
        case .selection: "selectie"
        case .invalid: "ongeldig: 31-02-2026"
        case .checked: "[x] afgevinkt"
        case .warning: "! waarschuwing"
        case .error: "fout: niet bewaard"
        case .success: "bewaard"
        case .statusBar: "statusbalk"
        case .helpKey: "F1"
        case .helpText: "hulptekst"
        case .dialog: "dialoog"
        }
    }
}
