/// The one-line help at the bottom of a screen: "F1 Hulp  C-s Bewaren  C-q Afsluiten".
/// Each binding shows its first key (role `.helpKey`) and what it does (`.helpText`).
/// Actions that cannot be used now are left out, so the line only offers what works.
/// Bindings come in order of importance: one that does not fit is left out, and the
/// shorter ones after it still get their place.
public struct HelpBar: Widget, Equatable, Sendable {
    public var bindings: [Binding]

    public init(bindings: [Binding]) { self.bindings = bindings }

    /// The keymap's bindings marked `showInHelpBar`, in its order.
    public init(keymap: Keymap) { self.init(bindings: keymap.bindings.filter(\.showInHelpBar)) }

    static let gap = "  "

    /// The items that are shown: enabled bindings that have a key.
    var items: [(key: String, text: String)] {
        bindings.compactMap { binding in
            guard binding.isEnabled, let key = binding.keys.first else { return nil }
            return (key.description, binding.description)
        }
    }

    /// The line as text, for tests and for a terminal without the widget.
    public func text(width: Int) -> String {
        var buffer = Buffer(size: Size(width: width, height: 1))
        _ = render(into: &buffer, area: buffer.area, focused: false)
        return buffer.text
    }

    public func render(into buffer: inout Buffer, area: Rect, focused: Bool) -> Point? {
        let row = area.row(0)
        guard !row.isEmpty else { return nil }
        buffer.fill(row, Cell(" ", role: .helpText))
        var x = row.x
        for (i, item) in items.enumerated() {
            let lead = i == 0 ? "" : Self.gap
            let width = lead.displayWidth + item.key.displayWidth + 1 + item.text.displayWidth
            if x + width > row.maxX {
                // A long one that does not fit makes way for the shorter ones after it
                // (F1 Hulp above all), rather than ending the line.
                if i == 0 { x = row.x + writeCut(item, into: &buffer, row: row) }
                continue
            }
            x += buffer.write(lead, x: x, y: row.y, role: .helpText, clip: row)
            x += buffer.write(item.key, x: x, y: row.y, role: .helpKey, clip: row)
            x += buffer.write(" " + item.text, x: x, y: row.y, role: .helpText, clip: row)
        }
        return nil
    }

    /// The first item when even it does not fit: the key whole if possible, the text cut with "…".
    /// - Returns: the columns written (the whole row, or the key alone when even it is cut).
    @discardableResult
    private func writeCut(_ item: (key: String, text: String), into buffer: inout Buffer, row: Rect) -> Int {
        let key = item.key.truncated(toColumns: row.width)
        var x = row.x + buffer.write(key, x: row.x, y: row.y, role: .helpKey, clip: row)
        let rest = row.maxX - x
        guard rest >= 2 else { return x - row.x }
        x += buffer.write(" ", x: x, y: row.y, role: .helpText, clip: row)
        x += buffer.write(item.text.truncated(toColumns: rest - 1), x: x, y: row.y, role: .helpText, clip: row)
        return x - row.x
    }
}
