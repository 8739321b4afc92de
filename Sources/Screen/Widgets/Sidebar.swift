/// A vertical list of sections; the current one in brackets with role `.selection`:
///
///     [ Overzicht ]
///       Plan
///       Veiligheid
///
/// Keys: Up/Down, Home/End, 1–9 pick a section by number; Enter submits.
public struct Sidebar: InteractiveWidget, Equatable, Sendable {
    public var titles: [String] {
        didSet { selectedIndex = min(selectedIndex, max(0, titles.count - 1)) }
    }
    public private(set) var selectedIndex: Int

    public init(titles: [String], selected: Int = 0) {
        self.titles = titles
        selectedIndex = min(max(0, selected), max(0, titles.count - 1))
    }

    public var selectedTitle: String? { titles.indices.contains(selectedIndex) ? titles[selectedIndex] : nil }

    /// Selects section `index` (ignored when it does not exist).
    public mutating func select(_ index: Int) {
        if titles.indices.contains(index) { selectedIndex = index }
    }

    public mutating func handle(_ event: Event) -> Handled {
        guard case .key(let key) = event, !titles.isEmpty else { return .ignored }
        if key == .enter { return .submitted }
        if let index = SectionNumber.index(for: key, count: titles.count) {
            selectedIndex = index
            return .consumed
        }
        guard let moved = ListScroll.move(key, selected: selectedIndex, count: titles.count, page: titles.count) else { return .ignored }
        selectedIndex = moved
        return .consumed
    }

    public func render(into buffer: inout Buffer, area: Rect, focused: Bool) -> Point? {
        guard !area.isEmpty else { return nil }
        let first = max(0, selectedIndex - area.height + 1)
        for (row, i) in (first..<min(titles.count, first + area.height)).enumerated() {
            let line = area.row(row)
            let selected = i == selectedIndex
            let text = selected ? "[ \(titles[i].singleLine) ]" : "  \(titles[i].singleLine)"
            buffer.fill(line, Cell(" ", role: selected ? .selection : .text))
            buffer.write(text.truncated(toColumns: line.width), x: line.x, y: line.y, role: selected ? .selection : .text, clip: line)
        }
        let row = selectedIndex - first
        return focused ? Point(x: min(area.x + 2, area.maxX - 1), y: area.y + row) : nil
    }
}
