import RegieDomain
import Screen

/// Projector mode: while the regisseur shows one household on a projector, nothing of any
/// other household may appear. The overview (with its list and search) cannot be reached,
/// the beamer theme is used, and one key blanks the screen for a pause.
public struct Presentatie: Equatable, Sendable {
    /// The screen is blank (a privacy pause); only the key back is handled.
    public var zwart = false
    /// What the regisseur is editing on purpose; nil: the screens are read-only (the
    /// overleg's input excepted), so a stray key cannot change the dossier on the projector.
    public var bewerken: Bewerking?

    public struct Bewerking: Equatable, Sendable {
        public var tab: Tabblad
        public var plek: Bewerkplek
    }

    /// The list of messages (F7) shows only those from this number on: older ones may be
    /// about other households.
    public var eersteMelding = 0

    public init(eersteMelding: Int = 0) {
        self.eersteMelding = eersteMelding
    }

    static let toetsen = [PresentatieActie.aanuit, .zwart].map(\.defaultBinding) + ZwartActie.bindings
        + [PresentatieActie.bewerken, .klaar].map(\.defaultBinding)
}

/// Presenting: keys the program takes before any screen.
public enum PresentatieActie: String, KeyAction {
    case aanuit = "presentatie.aanuit"
    case zwart = "presentatie.zwart"
    case bewerken = "presentatie.bewerken"
    case klaar = "presentatie.klaar"

    public var defaultBinding: Binding {
        switch self {
        case .aanuit: bind([.function(5)], "Presentatie aan of uit (op de beamer: geen andere huishoudens)", group: "Presentatie")
        case .zwart: bind([.function(8)], "Scherm op zwart (pauze)", group: "Presentatie")
        case .bewerken: bind([.enter], "Tijdens de presentatie: dit veld bewerken (anders alleen lezen)", group: "Presentatie")
        case .klaar: bind([.escape], "Tijdens de presentatie: klaar met bewerken", group: "Presentatie")
        }
    }
}

/// The only key during a pause on black.
public enum ZwartActie: String, KeyAction {
    case terug = "zwart.terug"

    public var defaultBinding: Binding {
        switch self {
        case .terug: bind([.function(8), .enter], "Scherm terug na een pauze", group: "Presentatie")
        }
    }
}

/// The two themes the program switches between: the user's own, and the one for a projector.
public struct Themakeuze: Sendable {
    public var gewoon: Theme
    public var beamer: Theme

    public init(gewoon: Theme, beamer: Theme) {
        self.gewoon = gewoon
        self.beamer = beamer
    }
}

extension RegieProgramma {
    /// Presentation keys come before the screen's, so a form field cannot swallow them.
    /// Returns nil when the event is not about presenting.
    func handlePresentatie(_ event: Event, _ model: inout Model) -> [Effect<Message>]? {
        if model.presentatie?.zwart == true {
            // Nothing typed during a pause reaches the plan.
            if isActie(ZwartActie.terug, event, model) { model.presentatie?.zwart = false }
            return []
        }
        if isActie(PresentatieActie.aanuit, event, model) {
            if model.presentatie != nil {
                model.presentatie = nil
                model.melding = .info("Presentatie uit.")
            } else if model.open != nil {
                model.presentatie = Presentatie(eersteMelding: model.meldingen.geteld)
                model.melding = .info("Presentatie aan: alleen dit huishouden is te zien. \(toets(PresentatieActie.aanuit, model)) zet hem uit.")
            } else if let id = model.overzicht.geselecteerd {
                return open(id, &model, doel: .presenteren)
            } else {
                model.melding = .info("Kies eerst het huishouden dat u wilt laten zien.")
            }
            return []
        }
        if model.presentatie != nil, isActie(PresentatieActie.zwart, event, model) {
            model.presentatie?.zwart = true
            return []
        }
        return nil
    }

    /// While presenting, every screen but the overleg is read-only until the regisseur
    /// starts editing on purpose (Enter on a field): moving around works, typing, pasting,
    /// undo and any key that would change the dossier are refused with a message. Esc, or
    /// leaving the field, ends editing. Returns nil when the event is handled as usual.
    func handleAlleenLezen(_ event: Event, _ model: inout Model) -> [Effect<Message>]? {
        guard model.presentatie != nil, model.tab != .overleg, let open = model.open, let scherm = model.schermen[model.tab] else {
            return nil
        }
        if let bezig = model.presentatie?.bewerken {
            // In a field Esc only ends editing; on a screen a dialog of its own gets it first.
            let eigenDialoog = bezig.plek == .scherm && scherm.heeftEigenFocus
            guard isActie(PresentatieActie.klaar, event, model), !eigenDialoog else { return nil }
            model.presentatie?.bewerken = nil
            model.melding = nil  // the status line says it is read-only again
            return []
        }
        let plek = scherm.bewerkplek(open.dossier)
        if isActie(PresentatieActie.bewerken, event, model), plek != .geen {
            model.presentatie?.bewerken = Presentatie.Bewerking(tab: model.tab, plek: plek)
            model.melding = nil
            return []
        }
        if weigertZonderProberen(event, model) { return weigerTijdensPresentatie(&model) }
        // Adding to a list (Insert) is done on purpose like Enter on a field: it starts
        // editing, so the picker it may open and the new entry take their keys; Esc ends it.
        let voegtToe = isActie(FormulierActie.toevoegen, event, model)
        // Moving around is fine; what would change the dossier is not.
        var proef = scherm
        var ctx = SchermContext(dossier: open.dossier, omgeving: model.omgeving)
        let result = proef.handle(event, &ctx)
        let verandert = ctx.dossier != open.dossier || ctx.verzoeken.contains {
            switch $0 {
            case .editor, .stelVast: true
            default: false
            }
        }
        if verandert && !voegtToe { return weigerTijdensPresentatie(&model) }
        if voegtToe && result != .ignored {
            model.presentatie?.bewerken = Presentatie.Bewerking(tab: model.tab, plek: .scherm)
        }
        if case .key = event { model.melding = nil }
        let effecten = metScherm(&model, event: event) { s, c in
            s = proef
            c = ctx
            return result
        }
        return result != .ignored ? effecten : effecten + globaal(event, &model)
    }

    /// Typing, pasting and undo never belong to reading: refused before a screen sees them
    /// (a stray letter in a date field changes nothing yet, but would show on the projector).
    private func weigertZonderProberen(_ event: Event, _ model: Model) -> Bool {
        switch event {
        case .paste: return true
        case .key(let key):
            if isActie(DossierActie.ongedaan, event, model) || isActie(DossierActie.opnieuw, event, model) { return true }
            // Keys of the program itself (F1's "?") still work.
            if model.omgeving.keymap.binding(for: key, scopes: [AppActie.scope, DossierActie.scope, PresentatieActie.scope]) != nil { return false }
            switch key {
            case .character, .backspace, .delete: return true
            default: return false
            }
        default: return false
        }
    }

    private func weigerTijdensPresentatie(_ model: inout Model) -> [Effect<Message>] {
        model.melding = .info("Alleen lezen tijdens de presentatie: \(toets(PresentatieActie.bewerken, model)) op een veld om het te bewerken.")
        return []
    }

    /// Editing on purpose ends when the field loses focus, the tab changes or the dossier closes.
    func controleerBewerken(_ model: inout Model) {
        guard let bezig = model.presentatie?.bewerken else { return }
        guard let open = model.open, model.tab == bezig.tab, let scherm = model.schermen[model.tab] else {
            model.presentatie?.bewerken = nil
            return
        }
        if bezig.plek != .scherm, scherm.bewerkplek(open.dossier) != bezig.plek { model.presentatie?.bewerken = nil }
    }

    /// Whether the screen is shown read-only now (no cursor, the status line says so).
    func alleenLezen(_ model: Model) -> Bool {
        model.presentatie != nil && model.presentatie?.bewerken == nil && model.open != nil && model.tab != .overleg
    }

    /// Starts the program on one household in projector mode, so the overview is never
    /// shown (`regie --presentatie <dossier>`). Returns a Dutch problem when it cannot open.
    /// Read at once: this runs before the program's loop (while it runs, opening is work
    /// off the loop, see `open`).
    public func presenteer(_ id: String, in model: inout Model) -> String? {
        do {
            _ = geopend(try model.omgeving.opslag.laad(id), &model)
        } catch {
            model.melding = .error(error.melding)
            return error.melding
        }
        zetPresentatieAan(&model)
        return nil
    }

    /// Projector mode on the open dossier.
    func zetPresentatieAan(_ model: inout Model) {
        guard model.open != nil else { return }
        model.presentatie = Presentatie(eersteMelding: model.meldingen.geteld)
        model.melding = .info("Presentatie aan: alleen dit huishouden is te zien. \(toets(PresentatieActie.aanuit, model)) zet hem uit.")
    }

    /// The first key of an action as the user has it ("F5").
    func toets<A: KeyAction>(_ actie: A, _ model: Model) -> String {
        model.omgeving.keymap.name(actie)
    }

    /// A blank screen, with only a small hint how to come back.
    func tekenZwart(_ model: Model, into frame: inout Frame) {
        let hint = "\(toets(ZwartActie.terug, model)): terug"
        frame.buffer.write(hint, x: max(0, frame.area.width - hint.displayWidth - 1), y: frame.area.height - 1,
                           role: .muted, clip: frame.area)
        frame.cursor = nil
    }
}
