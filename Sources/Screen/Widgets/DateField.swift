import Foundation

/// A date field: dd-mm-jjjj, or a shortcut relative to `today` ("vandaag", "morgen",
/// "gisteren", "+1w", "+3d", "+2m", "-1w"; see `DateParser`).
///
/// Text that cannot become a date is shown with role `.invalid` and, on the line below
/// when there is room, the message "Geen geldige datum: gebruik dd-mm-jjjj"; then `value`
/// is nil. A shortcut shows the date it stands for below. Enter normalises the text to
/// dd-mm-jjjj and submits; with wrong text Enter only shows the message. Esc cancels.
/// Other keys edit as in `TextField`.
public struct DateField: InteractiveWidget, Equatable, Sendable {
    public static let invalidMessage = "Geen geldige datum: gebruik dd-mm-jjjj"

    public var parser: DateParser
    /// When false an empty field is valid (its value is nil).
    public var isRequired: Bool
    private var field: TextField
    /// Set by Enter: from then on unfinished text is shown as wrong too.
    private var submitAttempted = false

    public init(label: String? = nil, value: CalendarDate? = nil, today: CalendarDate, isRequired: Bool = false) {
        parser = DateParser(today: today)
        self.isRequired = isRequired
        field = TextField(text: value?.description ?? "", label: label, placeholder: "dd-mm-jjjj", maxLength: 12)
    }

    /// The text as typed.
    public var text: String {
        get { field.text }
        set { field.text = newValue; submitAttempted = false }
    }

    /// The date, nil when the field is empty or wrong.
    public var value: CalendarDate? { parser.parse(field.text) }

    /// Sets the date (nil empties the field).
    public mutating func setValue(_ date: CalendarDate?) {
        text = date?.description ?? ""
    }

    /// The message for the user, nil when there is nothing wrong (yet).
    public var message: String? {
        let trimmed = field.text.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty { return isRequired && submitAttempted ? Self.invalidMessage : nil }
        if value != nil { return nil }
        return submitAttempted || !parser.isIncomplete(trimmed) ? Self.invalidMessage : nil
    }

    public var isValid: Bool {
        field.text.trimmingCharacters(in: .whitespaces).isEmpty ? !isRequired : value != nil
    }

    public mutating func handle(_ event: Event) -> Handled {
        guard event == .key(.enter) else {
            let result = field.handle(event)
            if result == .consumed { submitAttempted = false }
            return result
        }
        submitAttempted = true
        guard isValid else { return .consumed }
        if let value { field.text = value.description }
        return .submitted
    }

    public func render(into buffer: inout Buffer, area: Rect, focused: Bool) -> Point? {
        guard !area.isEmpty else { return nil }
        var shown = field
        shown.isInvalid = message != nil
        let cursor = shown.render(into: &buffer, area: area.row(0), focused: focused)
        if area.height > 1 { drawNote(into: &buffer, line: area.row(1)) }
        return cursor
    }

    /// The message, or the date a shortcut stands for, on the line below the field.
    private func drawNote(into buffer: inout Buffer, line: Rect) {
        if let message {
            buffer.write(message.truncated(toColumns: line.width), x: line.x, y: line.y, role: .invalid, clip: line)
        } else if let value, value.description != field.text {
            buffer.write("= \(value)".truncated(toColumns: line.width), x: line.x, y: line.y, role: .muted, clip: line)
        }
    }
}
