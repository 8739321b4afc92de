/// Widgets are value types: their state is part of the program's model, `handle` changes
/// it (the update), `render` draws it (the view). They only draw inside the area they get
/// and never touch the terminal.
public protocol Widget {
    /// Draws into `area`; returns where the real cursor belongs when `focused` and the
    /// widget takes text (nil otherwise).
    func render(into buffer: inout Buffer, area: Rect, focused: Bool) -> Point?
}

/// What a widget did with an event.
public enum Handled: Equatable, Sendable {
    /// Not for this widget: the program may use it (global bindings).
    case ignored
    /// Used; the widget's state may have changed.
    case consumed
    /// The user confirmed (Enter in a field, a choice made).
    case submitted
    /// The user cancelled (Esc).
    case cancelled
    /// The user asked to edit the text in $EDITOR (the program returns an `.editor` effect).
    case wantsEditor
}

public protocol InteractiveWidget: Widget {
    /// Printable keys and paste go to the focused widget before any global binding.
    mutating func handle(_ event: Event) -> Handled
}
