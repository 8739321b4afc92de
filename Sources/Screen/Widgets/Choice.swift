/// One of a few options (ja / nee / onbekend, or 0 … 10), drawn on one line as
/// `[ ja ]  nee   onbekend`: the selected option in brackets and with role `.selection`.
///
/// Keys: Left/Right cycle, Space cycles forward, typing an option's first letter or digit
/// picks it (again: the next option with that letter; case and accents do not matter).
/// Enter submits.
public struct Choice: InteractiveWidget, Equatable, Sendable {
    public var options: [String] {
        didSet { selectedIndex = min(selectedIndex, max(0, options.count - 1)) }
    }
    /// The index of the selected option.
    public private(set) var selectedIndex: Int

    public init(options: [String], selected: Int = 0) {
        self.options = options
        selectedIndex = min(max(0, selected), max(0, options.count - 1))
    }

    /// The selected option, nil when there are none.
    public var selected: String? { options.indices.contains(selectedIndex) ? options[selectedIndex] : nil }

    /// Selects the option with this text; false when there is none.
    @discardableResult
    public mutating func select(_ option: String) -> Bool {
        guard let i = options.firstIndex(of: option) else { return false }
        selectedIndex = i
        return true
    }

    public mutating func handle(_ event: Event) -> Handled {
        guard case .key(let key) = event, !options.isEmpty else { return .ignored }
        switch key {
        case .enter: return .submitted
        case .left: cycle(by: -1)
        case .right, .character(" "): cycle(by: 1)
        case .character(let c):
            guard let i = nextOption(startingWith: c) else { return .ignored }
            selectedIndex = i
        default: return .ignored
        }
        return .consumed
    }

    private mutating func cycle(by step: Int) {
        selectedIndex = (selectedIndex + step + options.count) % options.count
    }

    /// The first option after the selected one (going round) that starts with `c`.
    private func nextOption(startingWith c: Character) -> Int? {
        let key = String(c).searchFolded
        let order = (1...options.count).map { (selectedIndex + $0) % options.count }
        return order.first { options[$0].searchFolded.hasPrefix(key) }
    }

    /// Draws the options; when focused the cursor goes to the selected one.
    public func render(into buffer: inout Buffer, area: Rect, focused: Bool) -> Point? {
        let point = SegmentRow.render(options, selected: selectedIndex, into: &buffer, area: area)
        return focused ? point : nil
    }
}
