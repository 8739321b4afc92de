/// A row of options drawn side by side, the selected one as "[ naam ]" with role
/// `.selection` and the others as " naam ", one space apart: `[ ja ]  nee   onbekend`.
/// The marking is in the text (brackets), not only in the colour. When the row is wider
/// than its area it is shifted left just enough to show the selected option.
enum SegmentRow {
    static func segments(_ titles: [String], selected: Int) -> [String] {
        titles.enumerated().map { i, title in
            let t = title.singleLine
            return i == selected ? "[ \(t) ]" : " \(t) "
        }
    }

    /// Draws the row on the first line of `area`.
    /// - Returns: where the selected option's text starts, or nil when it is not shown.
    @discardableResult
    static func render(_ titles: [String], selected: Int, into buffer: inout Buffer, area: Rect, role: Role = .text) -> Point? {
        guard !area.isEmpty, !titles.isEmpty else { return nil }
        let row = area.row(0)
        let parts = segments(titles, selected: selected)
        let starts = parts.indices.map { i in parts[..<i].reduce(0) { $0 + $1.displayWidth + 1 } }
        let shift = self.shift(selectedStart: starts[selected], selectedWidth: parts[selected].displayWidth, width: row.width)
        for (i, part) in parts.enumerated() {
            buffer.write(part, x: row.x + starts[i] - shift, y: row.y, role: i == selected ? .selection : role, clip: row)
        }
        let x = row.x + starts[selected] + 2 - shift
        return x < row.maxX ? Point(x: x, y: row.y) : nil
    }

    /// How far to shift the row left so the selected option ends inside `width`, without
    /// pushing its start out on the left.
    static func shift(selectedStart: Int, selectedWidth: Int, width: Int) -> Int {
        let overflow = selectedStart + selectedWidth - width
        return max(0, min(overflow, selectedStart))
    }
}
