/// A question with two answers in a box in the middle of its area:
///
///     ┌─ Bevestigen ───────────────┐
///     │                            │
///     │ Dossier Noé verwijderen?   │
///     │                            │
///     │        Ja   [ Nee ]        │
///     └────────────────────────────┘
///
/// The answer starts at "Nee", so one Enter never confirms by accident. Keys: Left/Right
/// and Tab/S-Tab switch, the first letter of an answer (j/n) picks it and submits, Enter
/// submits the current answer, Esc cancels (answer "Nee"). After `.submitted`, read
/// `confirmed`.
public struct ConfirmDialog: InteractiveWidget, Equatable, Sendable {
    public var title: String
    public var question: String
    public var yesLabel: String
    public var noLabel: String
    /// The current answer: true for `yesLabel`.
    public private(set) var confirmed = false

    public init(question: String, title: String = "Bevestigen", yesLabel: String = "Ja", noLabel: String = "Nee") {
        self.question = question
        self.title = title
        self.yesLabel = yesLabel
        self.noLabel = noLabel
    }

    public mutating func handle(_ event: Event) -> Handled {
        guard case .key(let key) = event else { return .ignored }
        switch key {
        case .left, .right, .tab, .backTab: confirmed.toggle()
        case .enter: return .submitted
        case .escape:
            confirmed = false
            return .cancelled
        case .character(let c):
            guard let answer = answer(for: c) else { return .consumed }  // typing goes nowhere else
            confirmed = answer
            return .submitted
        default: return .ignored
        }
        return .consumed
    }

    private func answer(for c: Character) -> Bool? {
        let key = String(c).searchFolded
        if yesLabel.searchFolded.hasPrefix(key) { return true }
        if noLabel.searchFolded.hasPrefix(key) { return false }
        return nil
    }

    /// Draws the box centred in `area`; the cursor goes to the current answer.
    public func render(into buffer: inout Buffer, area: Rect, focused: Bool) -> Point? {
        guard !area.isEmpty else { return nil }
        let box = frame(in: area)
        let inner = Panel(title: title, background: .dialog).render(into: &buffer, area: box, focused: focused)
        guard !inner.isEmpty else { return nil }
        let lines = question.wrapped(toColumns: inner.width - 2)
        for (i, line) in lines.enumerated() where 1 + i < inner.height - 2 {
            buffer.write(line, x: inner.x + 1, y: inner.y + 1 + i, role: .dialog, clip: inner)
        }
        let buttons = inner.row(max(0, inner.height - 1))
        let width = SegmentRow.segments(answers, selected: selected).map(\.displayWidth).reduce(0, +) + 1
        let x = buttons.x + max(0, (buttons.width - width) / 2)
        let point = SegmentRow.render(answers, selected: selected, into: &buffer, area: Rect(x: x, y: buttons.y, width: buttons.maxX - x, height: 1), role: .dialog)
        return focused ? point : nil
    }

    private var answers: [String] { [yesLabel, noLabel] }
    private var selected: Int { confirmed ? 0 : 1 }

    /// The box: wide enough for the question (up to the area), high enough for its lines,
    /// a blank line and the answers, centred.
    func frame(in area: Rect) -> Rect {
        let widest = max(question.displayWidth, title.displayWidth + 4, answers.map(\.displayWidth).reduce(8, +) + 4)
        let width = min(area.width, max(24, widest + 4))
        let lines = question.wrapped(toColumns: width - 4).count
        let height = min(area.height, lines + 5)
        return Rect(x: area.x + (area.width - width) / 2, y: area.y + (area.height - height) / 2, width: width, height: height)
    }
}
