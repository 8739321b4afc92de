/// A date field: dd-mm-jjjj, or a shortcut relative to `today` ("vandaag", "morgen",
/// "gisteren", "+1w", "+3d", "+2m", "-1w"; see `Datum.lees`).
///
/// Text that cannot become a date is shown with role `.invalid` and, on the line below
/// when there is room, a Dutch message: "Geen geldige datum: gebruik dd-mm-jjjj", or, for a
/// real day in a year outside `Datum.jaren`, which years can be used; then `value` is nil
/// and the text stays as typed. A shortcut shows the date it stands for below. Enter
/// normalises the text to dd-mm-jjjj and submits; with wrong text Enter only shows the
/// message. Esc cancels. Other keys edit as in `TextField`.
public struct DateField: InteractiveWidget, Equatable, Sendable {
    public static let invalidMessage = Datum.geenDatumMelding

    /// The day relative dates ("+1w", "morgen") count from.
    public var today: Datum
    /// When false an empty field is valid (its value is nil).
    public var isRequired: Bool
    private var field: TextField
    /// Set by Enter: from then on unfinished text is shown as wrong too.
    private var submitAttempted = false

    public init(label: String? = nil, value: Datum? = nil, today: Datum, isRequired: Bool = false) {
        self.today = today
        self.isRequired = isRequired
        field = TextField(text: value?.tekst ?? "", label: label, placeholder: "dd-mm-jjjj", maxLength: 12)
    }

    /// The text as typed.
    public var text: String {
        get { field.text }
        set { field.text = newValue; submitAttempted = false }
    }

    /// What the text is as a date.
    public var reading: Datum.Lezing { Datum.lees(field.text, vandaag: today) }

    /// The date, nil when the field is empty or wrong.
    public var value: Datum? { reading.datum }

    /// Sets the date (nil empties the field).
    public mutating func setValue(_ date: Datum?) {
        text = date?.tekst ?? ""
    }

    /// Nothing typed but white space: the field is empty.
    private var isBlank: Bool { field.text.allSatisfy(\.isWhitespace) }

    /// The message for the user, nil when there is nothing wrong (yet).
    public var message: String? {
        if isBlank { return isRequired && submitAttempted ? Self.invalidMessage : nil }
        let reading = reading
        if case .buitenBereik = reading { return reading.melding }
        if reading.datum != nil { return nil }
        return submitAttempted || !Datum.kanNogWorden(field.text) ? Self.invalidMessage : nil
    }

    /// The message for text that cannot be kept, also while it could still become a date
    /// ("01-10-19" when the user leaves the field); nil when the text can be kept.
    public var refusal: String? {
        isValid ? nil : message ?? Self.invalidMessage
    }

    public var isValid: Bool {
        isBlank ? !isRequired : value != nil
    }

    public mutating func handle(_ event: Event) -> Handled {
        guard event == .key(.enter) else {
            let result = field.handle(event)
            if result == .consumed { submitAttempted = false }
            return result
        }
        submitAttempted = true
        guard isValid else { return .consumed }
        if let value { field.text = value.tekst }
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
        } else if let value, value.tekst != field.text {
            buffer.write("= \(value)".truncated(toColumns: line.width), x: line.x, y: line.y, role: .muted, clip: line)
        }
    }
}
