/// A box around an area with its title in the top border:
///
///     ┌─ Veiligheidsplan ─────┐
///     │                       │
///     └───────────────────────┘
///
/// The border has role `.border` (`.focusedBorder` when focused), the title `.title`,
/// cut with "…" when it does not fit. An area less than 2 by 2 gets no box.
public struct Panel: Equatable, Sendable {
    public var title: String
    /// The role the inside is cleared with.
    public var background: Role

    public init(title: String = "", background: Role = .text) {
        self.title = title
        self.background = background
    }

    /// Draws the box and clears its inside.
    /// - Returns: the inside, for the content (the whole area when there is no room for a box).
    @discardableResult
    public func render(into buffer: inout Buffer, area: Rect, focused: Bool) -> Rect {
        guard area.width >= 2, area.height >= 2 else {
            buffer.fill(area, Cell(" ", role: background))
            return area
        }
        let inner = area.inset(1)
        buffer.fill(inner, Cell(" ", role: background))
        drawBorder(into: &buffer, area: area, role: focused ? .focusedBorder : .border)
        drawTitle(into: &buffer, area: area)
        return inner
    }

    private func drawBorder(into buffer: inout Buffer, area: Rect, role: Role) {
        let line = String(repeating: "─", count: area.width - 2)
        buffer.write("┌" + line + "┐", x: area.x, y: area.y, role: role, clip: area)
        buffer.write("└" + line + "┘", x: area.x, y: area.maxY - 1, role: role, clip: area)
        for y in (area.y + 1)..<(area.maxY - 1) {
            buffer.write("│", x: area.x, y: y, role: role, clip: area)
            buffer.write("│", x: area.maxX - 1, y: y, role: role, clip: area)
        }
    }

    /// "┌─ Titel ─…": the title needs the corner, a line, and a space either side.
    private func drawTitle(into buffer: inout Buffer, area: Rect) {
        let room = area.width - 6
        let text = title.singleLine
        guard !text.isEmpty, room >= 1 else { return }
        let shown = text.truncated(toColumns: room)
        let clip = Rect(x: area.x + 2, y: area.y, width: area.width - 3, height: 1)
        buffer.write(" \(shown) ", x: area.x + 2, y: area.y, role: .title, clip: clip)
    }
}
