/// One line at the bottom: text on the left and on the right, role `.statusBar`. The left
/// text goes first; the right text gets what room is left, and both are cut with "…".
public struct StatusBar: Widget, Equatable, Sendable {
    public var left: String
    public var right: String

    public init(left: String = "", right: String = "") {
        self.left = left
        self.right = right
    }

    public func render(into buffer: inout Buffer, area: Rect, focused: Bool) -> Point? {
        guard !area.isEmpty else { return nil }
        let line = area.row(0)
        buffer.fill(line, Cell(" ", role: .statusBar))
        let leftText = left.singleLine.truncated(toColumns: line.width)
        let room = line.width - leftText.displayWidth - (leftText.isEmpty ? 0 : 1)
        let rightText = right.singleLine.truncated(toColumns: max(0, room))
        buffer.write(leftText, x: line.x, y: line.y, role: .statusBar, clip: line)
        buffer.write(rightText, x: line.maxX - rightText.displayWidth, y: line.y, role: .statusBar, clip: line)
        return nil
    }
}
