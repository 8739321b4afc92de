/// Items to tick, one a line: `[x] Huisarts` / `[ ] School`. The ticked state is in the
/// text, not only in the colour.
///
/// Keys: Up/Down, Home/End, PgUp/PgDn move; Space toggles the current item; Enter submits.
/// When focused the current item has a "›" marker and role `.selection`.
public struct CheckboxList: InteractiveWidget, Equatable, Sendable {
    public struct Item: Equatable, Sendable {
        public var title: String
        public var isChecked: Bool

        public init(_ title: String, isChecked: Bool = false) {
            self.title = title
            self.isChecked = isChecked
        }
    }

    public var items: [Item] {
        didSet { currentIndex = min(currentIndex, max(0, items.count - 1)) }
    }
    /// The item the keys act on.
    public private(set) var currentIndex = 0
    private var top = 0
    private let memo = ViewportMemo()

    public init(items: [Item]) {
        self.items = items
    }

    /// The titles of the ticked items, in order.
    public var checkedTitles: [String] { items.filter(\.isChecked).map(\.title) }

    public mutating func handle(_ event: Event) -> Handled {
        guard case .key(let key) = event, !items.isEmpty else { return .ignored }
        switch key {
        case .enter: return .submitted
        case .character(" "): items[currentIndex].isChecked.toggle()
        default:
            let page = memo.size?.height ?? 1
            guard let moved = ListScroll.move(key, selected: currentIndex, count: items.count, page: page) else { return .ignored }
            currentIndex = moved
            top = ListScroll.top(current: top, selected: currentIndex, count: items.count, height: page)
        }
        return .consumed
    }

    public func render(into buffer: inout Buffer, area: Rect, focused: Bool) -> Point? {
        guard !area.isEmpty else { return nil }
        memo.size = Size(width: area.width, height: area.height)
        let first = ListScroll.top(current: top, selected: currentIndex, count: items.count, height: area.height)
        var cursor: Point?
        for (row, index) in (first..<min(items.count, first + area.height)).enumerated() {
            let line = area.row(row)
            let isCurrent = focused && index == currentIndex
            draw(items[index], current: isCurrent, into: &buffer, line: line)
            if isCurrent { cursor = Point(x: min(line.x + 3, line.maxX - 1), y: line.y) }
        }
        return cursor
    }

    private func draw(_ item: Item, current: Bool, into buffer: inout Buffer, line: Rect) {
        let box = item.isChecked ? "[x]" : "[ ]"
        let role: Role = current ? .selection : .text
        buffer.fill(line, Cell(" ", role: role))
        var x = line.x + buffer.write(current ? "› " : "  ", x: line.x, y: line.y, role: role, clip: line)
        x += buffer.write(box, x: x, y: line.y, role: current ? .selection : (item.isChecked ? .checked : .text), clip: line)
        let rest = Rect(x: x + 1, y: line.y, width: line.maxX - x - 1, height: 1)
        buffer.write(item.title.singleLine.truncated(toColumns: rest.width), x: rest.x, y: rest.y, role: role, clip: rest)
    }
}
