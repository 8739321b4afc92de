/// Every key binding in a box over the screen, grouped by section: "C-q, F10   Afsluiten".
/// An action that cannot be used now says why, on the line under it: "niet nu: niets gewijzigd".
/// Up/Down, PgUp/PgDn, Home/End scroll; a close key (Esc unless told) closes (`.cancelled`).
public struct HelpOverlay: InteractiveWidget, Equatable, Sendable {
    public var keymap: Keymap
    public var title: String
    /// The first list line shown.
    public private(set) var scroll = 0
    /// How many list lines the box shows: set it to `HelpOverlay.visibleRows(in:)` of the
    /// area it is drawn in, so paging moves by a screenful and stops at the end.
    public var visibleRows = 10
    /// The keys that close the box, as the program's keymap has them; the first is named
    /// on the bottom border.
    public var closeKeys: [Key]

    public init(keymap: Keymap, title: String = "Toetsen", closeKeys: [Key] = [.escape]) {
        self.keymap = keymap
        self.title = title
        self.closeKeys = closeKeys
    }

    enum Line: Equatable {
        case blank
        case group(String)
        case binding(keys: String, text: String, enabled: Bool)
    }

    /// The list: per group a heading and its bindings, groups apart by a blank line.
    var lines: [Line] {
        var out: [Line] = []
        for group in keymap.groups {
            if !out.isEmpty { out.append(.blank) }
            out.append(.group(group.name))
            for b in group.bindings {
                out.append(.binding(keys: b.keyNames, text: b.description, enabled: b.isEnabled))
                // Why it does nothing now, on a line of its own under it: a long reason
                // beside a long description would be cut off at the border.
                if let reason = b.disabledReason { out.append(.binding(keys: "", text: "niet nu: \(reason)", enabled: false)) }
            }
        }
        return out
    }

    static let maxKeyColumn = 20

    var keyColumn: Int {
        let widest = keymap.bindings.map { $0.keyNames.displayWidth }.max() ?? 0
        return min(widest, Self.maxKeyColumn)
    }

    /// The list lines as plain text, for tests and `regie toetsen` without Markdown.
    public var textLines: [String] {
        lines.map { line in
            switch line {
            case .blank: return ""
            case .group(let name): return name
            case .binding(let keys, let text, _): return Self.padded(keys, keyColumn) + "  " + text
            }
        }
    }

    // MARK: Layout

    /// Rows for list lines inside a box drawn in `area` (its border takes one on each side).
    public static func visibleRows(in area: Rect) -> Int { max(0, area.height - 2) }

    /// Draws the overlay in its box over the middle of `screen`, as large as the list needs.
    public func renderCentered(into buffer: inout Buffer, screen: Rect) {
        var shown = self
        let box = area(in: screen)
        shown.visibleRows = Self.visibleRows(in: box)
        _ = shown.render(into: &buffer, area: box, focused: true)
    }

    /// Where the box goes on `screen`: as large as the list needs, centred, at most the screen.
    public func area(in screen: Rect) -> Rect {
        let content = max(title.displayWidth + 4, (textLines.map(\.displayWidth).max() ?? 0))
        let width = min(screen.width, content + 4)
        let height = min(screen.height, lines.count + 2)
        return Rect(x: screen.x + (screen.width - width) / 2, y: screen.y + (screen.height - height) / 2,
                    width: width, height: height)
    }

    var maxScroll: Int { max(0, lines.count - visibleRows) }

    // MARK: Update

    public mutating func handle(_ event: Event) -> Handled {
        guard case .key(let key) = event else { return .ignored }
        if closeKeys.contains(key) { return .cancelled }
        let page = max(1, visibleRows - 1)
        switch key {
        case .up: scroll(to: scroll - 1)
        case .down: scroll(to: scroll + 1)
        case .pageUp: scroll(to: scroll - page)
        case .pageDown: scroll(to: scroll + page)
        case .home, .ctrlHome: scroll(to: 0)
        case .end, .ctrlEnd: scroll(to: maxScroll)
        default: return .ignored
        }
        return .consumed
    }

    mutating func scroll(to line: Int) { scroll = min(max(0, line), maxScroll) }

    // MARK: View

    public func render(into buffer: inout Buffer, area: Rect, focused: Bool) -> Point? {
        guard area.width >= 4, area.height >= 3 else { return nil }
        buffer.fill(area, Cell(" ", role: .text))
        Self.drawBox(area, into: &buffer)
        let inner = area.inset(top: 1, left: 2, bottom: 1, right: 2)
        let all = lines
        let top = min(scroll, max(0, all.count - inner.height))
        for (i, line) in all.dropFirst(top).prefix(inner.height).enumerated() {
            draw(line, into: &buffer, row: inner.row(i))
        }
        drawFrameText(into: &buffer, area: area, moreAbove: top > 0, moreBelow: top + inner.height < all.count)
        return nil
    }

    private func draw(_ line: Line, into buffer: inout Buffer, row: Rect) {
        switch line {
        case .blank:
            break
        case .group(let name):
            buffer.write(name, x: row.x, y: row.y, role: .title, clip: row)
        case .binding(let keys, let text, let enabled):
            let column = min(keyColumn, max(1, row.width / 2))
            let shown = keys.truncated(toColumns: column)
            buffer.write(shown, x: row.x, y: row.y, role: enabled ? .helpKey : .muted, clip: row)
            buffer.write(text, x: row.x + column + 2, y: row.y, role: enabled ? .text : .muted, clip: row)
        }
    }

    /// The title on the top border; "↑ meer" / "↓ meer" when the list goes on, and how to close.
    private func drawFrameText(into buffer: inout Buffer, area: Rect, moreAbove: Bool, moreBelow: Bool) {
        let topLine = area.row(0).inset(left: 1, right: 1)
        let bottomLine = area.row(area.height - 1).inset(left: 1, right: 1)
        let titleWidth = buffer.write(" \(title) ", x: topLine.x + 1, y: topLine.y, role: .title, clip: topLine)
        if moreAbove { writeRight(" ↑ meer ", into: &buffer, line: topLine, after: topLine.x + 1 + titleWidth) }
        let closeWidth = buffer.write(" \(closeKeys.first?.description ?? "") sluiten ", x: bottomLine.x + 1, y: bottomLine.y, role: .focusedBorder, clip: bottomLine)
        if moreBelow { writeRight(" ↓ meer ", into: &buffer, line: bottomLine, after: bottomLine.x + 1 + closeWidth) }
    }

    private func writeRight(_ text: String, into buffer: inout Buffer, line: Rect, after used: Int) {
        let x = line.maxX - 1 - text.displayWidth
        guard x >= used else { return }
        buffer.write(text, x: x, y: line.y, role: .focusedBorder, clip: line)
    }

    static func drawBox(_ area: Rect, into buffer: inout Buffer) {
        let role = Role.focusedBorder
        let horizontal = String(repeating: "─", count: area.width - 2)
        buffer.write("┌" + horizontal + "┐", x: area.x, y: area.y, role: role, clip: area)
        buffer.write("└" + horizontal + "┘", x: area.x, y: area.maxY - 1, role: role, clip: area)
        for y in (area.y + 1)..<(area.maxY - 1) {
            buffer.write("│", x: area.x, y: y, role: role, clip: area)
            buffer.write("│", x: area.maxX - 1, y: y, role: role, clip: area)
        }
    }

    static func padded(_ s: String, _ width: Int) -> String {
        let cut = s.truncated(toColumns: width)
        return cut + String(repeating: " ", count: max(0, width - cut.displayWidth))
    }
}
