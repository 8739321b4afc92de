/// A row of section titles; the current one in brackets with role `.selection`:
/// ` Overzicht  [ Plan ]  Veiligheid `.
///
/// Keys: Left/Right switch (going round), 1–9 pick a section by number.
public struct Tabs: InteractiveWidget, Equatable, Sendable {
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
        switch key {
        case .left: selectedIndex = (selectedIndex - 1 + titles.count) % titles.count
        case .right: selectedIndex = (selectedIndex + 1) % titles.count
        default:
            guard let index = SectionNumber.index(for: key, count: titles.count) else { return .ignored }
            selectedIndex = index
        }
        return .consumed
    }

    public func render(into buffer: inout Buffer, area: Rect, focused: Bool) -> Point? {
        let point = SegmentRow.render(titles, selected: selectedIndex, into: &buffer, area: area)
        return focused ? point : nil
    }
}

/// Number keys 1–9 for sections.
enum SectionNumber {
    static func index(for key: Key, count: Int) -> Int? {
        guard case .character(let c) = key, let n = c.wholeNumberValue, c.isASCII, (1...9).contains(n), n <= count else { return nil }
        return n - 1
    }
}
