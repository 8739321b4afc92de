/// A few fields in a box in the middle of its area, for an act the program records with
/// what was said: closing a household, the answer to a safety question, a reason.
///
///     ┌─ Signalen van onveiligheid ───────────────────┐
///     │ Zijn er signalen van (acute) onveiligheid of  │
///     │ onvoldoende basiszorg?                        │
///     │                                               │
///     │ Antwoord     [ ja ]  nee   onbekend           │
///     │ Toelichting  vader slaat, zegt Noah           │
///     │                                               │
///     │ ! Kies een antwoord.                          │
///     │ Enter volgende · Esc annuleren                │
///     └───────────────────────────────────────────────┘
///
/// Keys: Tab/Down and S-Tab/Up move between the fields, Enter goes to the next field and on
/// the last one submits; Esc cancels. Other keys go to the field with focus (a `Choice`, a
/// `TextField` or a `DateField`). The caller checks the values after `.submitted`; when they
/// will not do, it sets `problems` (shown in the box, role `.warning`) and keeps the dialog.
/// `hint`, set by the caller from its bindings, is the last line.
public struct FormDialog: InteractiveWidget, Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        case text(TextField)
        case choice(Choice)
        case date(DateField)
    }

    public struct Field: Equatable, Sendable {
        /// How the caller finds the value back.
        public var key: String
        public var label: String
        public var kind: Kind

        public init(key: String, label: String, kind: Kind) {
            self.key = key
            self.label = label
            self.kind = kind
        }

        public static func text(_ key: String, _ label: String, _ text: String = "", maxLength: Int? = nil) -> Field {
            Field(key: key, label: label, kind: .text(TextField(text: text, maxLength: maxLength)))
        }

        public static func choice(_ key: String, _ label: String, _ options: [String], selected: Int = 0) -> Field {
            Field(key: key, label: label, kind: .choice(Choice(options: options, selected: selected)))
        }

        public static func date(_ key: String, _ label: String, _ value: Datum?, today: Datum, isRequired: Bool = false) -> Field {
            Field(key: key, label: label, kind: .date(DateField(value: value, today: today, isRequired: isRequired)))
        }
    }

    public var title: String
    /// The question or explanation above the fields.
    public var intro: String
    public var fields: [Field]
    /// Why the last submit was not taken, one line each.
    public var problems: [String] = []
    public var hint: String
    /// The index of the field with focus.
    public private(set) var focus = 0

    public init(title: String, intro: String = "", fields: [Field], hint: String = "Enter volgende · Esc annuleren") {
        self.title = title
        self.intro = intro
        self.fields = fields
        self.hint = hint
    }

    // MARK: Values

    /// The text of a text field, trimmed; the text as typed for a date field; "" when unknown.
    public func text(_ key: String) -> String {
        switch fields.first(where: { $0.key == key })?.kind {
        case .text(let f): return f.text.trimmingCharacters(in: .whitespaces)
        case .date(let f): return f.text
        default: return ""
        }
    }

    /// The selected option of a choice field.
    public func choice(_ key: String) -> String? {
        guard case .choice(let c) = fields.first(where: { $0.key == key })?.kind else { return nil }
        return c.selected
    }

    /// The date of a date field; nil when empty or not a date (see `dateProblem`).
    public func date(_ key: String) -> Datum? {
        guard case .date(let d) = fields.first(where: { $0.key == key })?.kind else { return nil }
        return d.value
    }

    /// The Dutch message of a date field whose text is not a date; nil when it is fine.
    public func dateProblem(_ key: String) -> String? {
        guard case .date(let d) = fields.first(where: { $0.key == key })?.kind, !d.isValid else { return nil }
        return d.message ?? DateField.invalidMessage
    }

    /// Moves the focus to the field with this key.
    public mutating func focus(on key: String) {
        if let i = fields.firstIndex(where: { $0.key == key }) { focus = i }
    }

    // MARK: Keys

    public mutating func handle(_ event: Event) -> Handled {
        guard !fields.isEmpty else {
            if case .key(.escape) = event { return .cancelled }
            return .ignored
        }
        if case .key(let key) = event {
            switch key {
            case .escape: return .cancelled
            case .tab, .down:
                focus = (focus + 1) % fields.count
                return .consumed
            case .backTab, .up:
                focus = (focus + fields.count - 1) % fields.count
                return .consumed
            case .enter:
                if focus == fields.count - 1 { return .submitted }
                focus += 1
                return .consumed
            default: break
            }
        }
        var field = fields[focus]
        let handled: Handled
        switch field.kind {
        case .text(var f): handled = f.handle(event); field.kind = .text(f)
        case .choice(var c): handled = c.handle(event); field.kind = .choice(c)
        case .date(var d): handled = d.handle(event); field.kind = .date(d)
        }
        fields[focus] = field
        // Typing goes nowhere else while the dialog is open.
        if case .key(.character) = event { return .consumed }
        if case .paste = event { return .consumed }
        return handled == .ignored ? .consumed : (handled == .submitted ? .consumed : handled)
    }

    // MARK: Drawing

    /// Draws the box centred in `area`; the cursor goes to the field with focus.
    public func render(into buffer: inout Buffer, area: Rect, focused: Bool) -> Point? {
        guard !area.isEmpty else { return nil }
        let box = frame(in: area)
        let inner = Panel(title: title, background: .dialog).render(into: &buffer, area: box, focused: focused)
        guard !inner.isEmpty else { return nil }
        let width = inner.width - 2
        var y = inner.y
        func line(_ text: String, _ role: Role) {
            guard y < inner.maxY else { return }
            buffer.write(text, x: inner.x + 1, y: y, role: role, clip: inner)
            y += 1
        }
        if !intro.isEmpty {
            for l in intro.wrapped(toColumns: width) { line(l, .dialog) }
            y += 1
        }
        let labelWidth = min(width / 2, (fields.map(\.label.displayWidth).max() ?? 0) + 2)
        var cursor: Point?
        for (i, field) in fields.enumerated() where y < inner.maxY {
            buffer.write(field.label, x: inner.x + 1, y: y, role: i == focus ? .label : .dialog,
                         clip: Rect(x: inner.x + 1, y: y, width: labelWidth, height: 1))
            let slot = Rect(x: inner.x + 1 + labelWidth, y: y, width: max(1, width - labelWidth), height: 1)
            let point: Point?
            switch field.kind {
            case .text(let f): point = f.render(into: &buffer, area: slot, focused: i == focus)
            case .choice(let c): point = c.render(into: &buffer, area: slot, focused: i == focus)
            case .date(let d): point = d.render(into: &buffer, area: slot, focused: i == focus)
            }
            if i == focus { cursor = point }
            y += 1
        }
        if !problems.isEmpty {
            y += 1
            for p in problems { for l in ("! " + p).wrapped(toColumns: width) { line(l, .warning) } }
        }
        if inner.height >= 3 {
            buffer.write(hint.truncated(toColumns: width), x: inner.x + 1, y: inner.maxY - 1, role: .muted, clip: inner)
        }
        return focused ? cursor : nil
    }

    /// The box: up to 76 columns wide, high enough for the intro, the fields, the problems
    /// and the hint, centred.
    func frame(in area: Rect) -> Rect {
        let width = min(area.width, 76)
        let inner = width - 4
        let introLines = intro.isEmpty ? 0 : intro.wrapped(toColumns: inner).count + 1
        let problemLines = problems.isEmpty ? 0 : 1 + problems.map { ("! " + $0).wrapped(toColumns: inner).count }.reduce(0, +)
        let height = min(area.height, introLines + fields.count + problemLines + 2 + 2)
        return Rect(x: area.x + (area.width - width) / 2, y: area.y + (area.height - height) / 2, width: width, height: height)
    }
}
