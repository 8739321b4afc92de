import Screen

/// The form and confirm dialogs of the screen layer know Enter (on, or done) and Esc
/// (cancel) of their own. The program gives them those through the keymap: the keys of
/// `DialoogActie` become Enter and Esc for the dialog, and Enter and Esc themselves do
/// nothing there unless the keymap binds them, so the hint under a dialog is always true.
public enum DialoogActie: String, KeyAction {
    case verder = "dialoog.verder"
    case annuleren = "dialoog.annuleren"

    public var defaultBinding: Binding {
        switch self {
        case .verder: bind([.enter], "In een venster: volgend veld, op het laatste vastleggen", group: "Vensters")
        case .annuleren: bind([.escape], "In een venster: annuleren", group: "Vensters")
        }
    }

    /// The event for a dialog of the screen layer; nil when it must not reach it.
    static func voorDialoog(_ event: Event, _ keymap: Keymap) -> Event? {
        switch keymap.action(for: event, DialoogActie.self) {
        case .verder: return .key(.enter)
        case .annuleren: return .key(.escape)
        case nil: return event == .key(.enter) || event == .key(.escape) ? nil : event
        }
    }

    /// "Enter volgende · Esc annuleren" with the user's keys; `midden` goes between them.
    static func hint(_ keymap: Keymap, verder: String, midden: String = "", annuleren: String) -> String {
        "\(keymap.name(DialoogActie.verder)) \(verder) · " + (midden.isEmpty ? "" : midden + " · ") + "\(keymap.name(DialoogActie.annuleren)) \(annuleren)"
    }
}

extension FormDialog {
    /// Handles a key through the keymap (see `DialoogActie`).
    mutating func handle(_ event: Event, _ keymap: Keymap) -> Handled {
        guard let e = DialoogActie.voorDialoog(event, keymap) else { return .consumed }
        return handle(e)
    }
}

extension ConfirmDialog {
    /// Handles a key through the keymap (see `DialoogActie`).
    mutating func handle(_ event: Event, _ keymap: Keymap) -> Handled {
        guard let e = DialoogActie.voorDialoog(event, keymap) else { return .consumed }
        return handle(e)
    }
}
