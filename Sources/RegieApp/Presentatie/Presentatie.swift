import RegieDomain
import Screen

/// Projector mode: while the regisseur shows one household on a projector, nothing of any
/// other household may appear. The overview (with its list and search) cannot be reached,
/// the beamer theme is used, and one key blanks the screen for a pause.
public struct Presentatie: Equatable, Sendable {
    /// The screen is blank (a privacy pause); only the key back is handled.
    public var zwart = false

    public init() {}

    static let toetsen = [
        Binding(id: "presentatie.aanuit", keys: [.function(5)], description: "Presentatie aan of uit (op de beamer: geen andere huishoudens)",
                group: "Presentatie"),
        Binding(id: "presentatie.zwart", keys: [.function(8)], description: "Scherm op zwart (pauze)", group: "Presentatie"),
        Binding(id: "zwart.terug", keys: [.function(8), .enter], description: "Scherm terug na een pauze", group: "Presentatie"),
    ]
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
            if isActie("zwart.terug", event, model) { model.presentatie?.zwart = false }
            return []
        }
        if isActie("presentatie.aanuit", event, model) {
            if model.presentatie != nil {
                model.presentatie = nil
                model.melding = .info("Presentatie uit.")
            } else if model.open != nil {
                model.presentatie = Presentatie()
                model.melding = .info("Presentatie aan: alleen dit huishouden is te zien. \(toets("presentatie.aanuit", model)) zet hem uit.")
            } else if let id = model.overzicht.geselecteerd {
                _ = presenteer(id, in: &model)
            } else {
                model.melding = .info("Kies eerst het huishouden dat u wilt laten zien.")
            }
            return []
        }
        if model.presentatie != nil, isActie("presentatie.zwart", event, model) {
            model.presentatie?.zwart = true
            return []
        }
        return nil
    }

    /// Starts the program on one household in projector mode, so the overview is never
    /// shown (`regie --presentatie <dossier>`). Returns a Dutch problem when it cannot open.
    public func presenteer(_ id: String, in model: inout Model) -> String? {
        open(id, &model)
        guard model.open != nil else { return model.melding?.text ?? "Het huishouden kan niet worden geopend." }
        model.presentatie = Presentatie()
        model.melding = .info("Presentatie aan: alleen dit huishouden is te zien. \(toets("presentatie.aanuit", model)) zet hem uit.")
        return nil
    }

    /// The first key of an action as the user has it ("F5").
    func toets(_ id: String, _ model: Model) -> String {
        model.omgeving.keymap[id]?.keys.first?.description ?? id
    }

    /// A blank screen, with only a small hint how to come back.
    func tekenZwart(_ model: Model, into frame: inout Frame) {
        let hint = "\(toets("zwart.terug", model)): terug"
        frame.buffer.write(hint, x: max(0, frame.area.width - hint.displayWidth - 1), y: frame.area.height - 1,
                           role: .muted, clip: frame.area)
        frame.cursor = nil
    }
}
