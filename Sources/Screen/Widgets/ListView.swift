/// Rows to choose from: a plain list of items, or a table with columns.
///
/// The selected row has a "›" marker and role `.selection` (meaning not by colour alone).
/// Keys: Up/Down, Home/End, PgUp/PgDn move the selection (the view scrolls with it);
/// Enter submits. "/" starts a search: typed text keeps only the rows that contain it,
/// ignoring case and accents ("noe" finds "Noé"), and selects the first; Backspace
/// edits the search, Enter picks the selected row (ends the search and submits), Esc
/// ends the search and shows all rows again with the selection kept. When nothing
/// matches the list shows "geen resultaten".
///
/// Columns are laid out by display width; text that does not fit is cut with "…".
public struct ListView: InteractiveWidget, Equatable, Sendable {
    public struct Column: Equatable, Sendable {
        public enum Width: Equatable, Sendable {
            /// Exactly this many columns.
            case fixed(Int)
            /// As wide as the widest cell or title.
            case fit
            /// What is left over (shared by all `fill` columns).
            case fill
        }

        public var title: String
        public var width: Width
        /// Right-aligned (for numbers and dates).
        public var alignsRight: Bool

        public init(_ title: String, width: Width = .fit, alignsRight: Bool = false) {
            self.title = title
            self.width = width
            self.alignsRight = alignsRight
        }
    }

    public static let noResults = "geen resultaten"

    /// Empty for a plain list; with columns a header line is shown.
    public var columns: [Column] {
        didSet { reindex() }
    }
    /// The rows' cells (one cell per column; a plain list uses the first).
    public var rows: [[String]] {
        didSet { reindex() }
    }
    /// Shown when there are no rows at all.
    public var emptyMessage: String
    public private(set) var isSearching = false
    public private(set) var query = ""
    /// Indices into `rows` of the rows shown (all, or the search's matches).
    private var shown: [Int] = []
    /// The selection as a position in `shown`.
    private var position = 0
    private var top = 0
    private var searchKeys: [String] = []
    private var fitWidths: [Int] = []
    private let memo = ViewportMemo()

    /// A plain list, one item per row.
    public init(items: [String], emptyMessage: String = "geen items") {
        self.init(columns: [], rows: items.map { [$0] }, emptyMessage: emptyMessage)
    }

    /// A table.
    public init(columns: [Column], rows: [[String]], emptyMessage: String = "geen items") {
        self.columns = columns
        self.rows = rows
        self.emptyMessage = emptyMessage
        reindex()
    }

    /// The index in `rows` of the selected row; nil when no row is shown.
    public var selectedIndex: Int? { shown.indices.contains(position) ? shown[position] : nil }

    public var selectedRow: [String]? { selectedIndex.map { rows[$0] } }

    /// Selects row `index` of `rows` (when it is shown).
    public mutating func select(_ index: Int) {
        if let p = shown.firstIndex(of: index) { position = p }
        scrollToSelection()
    }

    /// Recomputes what depends on the rows: search keys, column widths, the shown rows.
    private mutating func reindex() {
        searchKeys = rows.map { $0.joined(separator: "\n").searchFolded }
        fitWidths = (0..<max(1, columns.count)).map { c in
            rows.reduce(c < columns.count ? columns[c].title.displayWidth : 0) { max($0, ($1.indices.contains(c) ? $1[c].singleLine : "").displayWidth) }
        }
        let selected = selectedIndex
        applyFilter()
        if let selected, let p = shown.firstIndex(of: selected) { position = p }
    }

    private mutating func applyFilter() {
        let key = query.searchFolded
        shown = key.isEmpty ? Array(rows.indices) : rows.indices.filter { searchKeys[$0].contains(key) }
        position = min(position, max(0, shown.count - 1))
    }
}

// MARK: - Events

extension ListView {
    public mutating func handle(_ event: Event) -> Handled {
        switch event {
        case .paste(let s) where isSearching:
            setQuery(query + sanitisePaste(s).singleLine)
            return .consumed
        case .key(let key):
            return isSearching ? handleSearch(key) : handleBrowse(key)
        default:
            return .ignored
        }
    }

    private mutating func handleBrowse(_ key: Key) -> Handled {
        switch key {
        case .character("/"):
            isSearching = true
            return .consumed
        case .enter:
            return selectedIndex == nil ? .ignored : .submitted
        default:
            return move(key) ? .consumed : .ignored
        }
    }

    private mutating func handleSearch(_ key: Key) -> Handled {
        switch key {
        case .escape:
            endSearch()
        case .enter:
            guard selectedIndex != nil else { return .consumed }
            endSearch()
            return .submitted
        case .backspace:
            if query.isEmpty { endSearch() } else { setQuery(String(query.dropLast())) }
        case .character(let c) where LineEditing.isPrintable(c):
            setQuery(query + String(c))
        default:
            return move(key) ? .consumed : .ignored
        }
        return .consumed
    }

    /// Moves the selection for a navigation key; false for another key.
    private mutating func move(_ key: Key) -> Bool {
        guard let moved = ListScroll.move(key, selected: position, count: shown.count, page: pageHeight) else {
            return [.up, .down, .home, .end, .pageUp, .pageDown, .ctrlHome, .ctrlEnd].contains(key)
        }
        position = moved
        scrollToSelection()
        return true
    }

    private mutating func setQuery(_ q: String) {
        query = q
        applyFilter()
        position = 0
        top = 0
    }

    private mutating func endSearch() {
        let selected = selectedIndex
        isSearching = false
        query = ""
        applyFilter()
        if let selected, let p = shown.firstIndex(of: selected) { position = p }
        scrollToSelection()
    }

    private var pageHeight: Int { memo.size?.height ?? 1 }

    private mutating func scrollToSelection() {
        top = ListScroll.top(current: top, selected: position, count: shown.count, height: pageHeight)
    }
}

// MARK: - Drawing

extension ListView {
    public func render(into buffer: inout Buffer, area: Rect, focused: Bool) -> Point? {
        guard !area.isEmpty else { return nil }
        var body = area
        var header: Rect?
        var searchLine: Rect?
        if isSearching && body.height > 1 { (body, searchLine) = body.splitBottom(1) }
        if !columns.isEmpty && body.height > 1 { (header, body) = body.splitTop(1) }
        memo.size = Size(width: body.width, height: body.height)
        let widths = columnWidths(total: area.width - 2)
        if let header { drawHeader(into: &buffer, line: header, widths: widths) }
        drawRows(into: &buffer, area: body, widths: widths)
        guard let searchLine else { return nil }
        return drawSearch(into: &buffer, line: searchLine, focused: focused)
    }

    private func drawRows(into buffer: inout Buffer, area: Rect, widths: [Int]) {
        guard !shown.isEmpty else {
            let message = rows.isEmpty ? emptyMessage : Self.noResults
            buffer.write(message.truncated(toColumns: area.width - 2), x: area.x + 2, y: area.y, role: .muted, clip: area)
            return
        }
        let first = ListScroll.top(current: top, selected: position, count: shown.count, height: area.height)
        for (row, p) in (first..<min(shown.count, first + area.height)).enumerated() {
            drawRow(rows[shown[p]], selected: p == position, into: &buffer, line: area.row(row), widths: widths)
        }
    }

    private func drawRow(_ cells: [String], selected: Bool, into buffer: inout Buffer, line: Rect, widths: [Int]) {
        let role: Role = selected ? .selection : .text
        buffer.fill(line, Cell(" ", role: role))
        buffer.write(selected ? "› " : "  ", x: line.x, y: line.y, role: role, clip: line)
        buffer.write(layout(cells, widths: widths), x: line.x + 2, y: line.y, role: role, clip: line)
    }

    private func drawHeader(into buffer: inout Buffer, line: Rect, widths: [Int]) {
        buffer.write(layout(columns.map(\.title), widths: widths), x: line.x + 2, y: line.y, role: .label, clip: line)
    }

    private func drawSearch(into buffer: inout Buffer, line: Rect, focused: Bool) -> Point? {
        let prompt = "Zoeken: "
        buffer.fill(line, Cell(" ", role: focused ? .focusedInput : .input))
        let used = buffer.write(prompt, x: line.x, y: line.y, role: .label, clip: line)
        let room = max(0, line.width - used - 1)
        let visible = String(String(query.reversed()).prefix(columns: room).reversed())
        let w = buffer.write(visible, x: line.x + used, y: line.y, role: focused ? .focusedInput : .input, clip: line)
        return focused ? Point(x: min(line.x + used + w, line.maxX - 1), y: line.y) : nil
    }

    /// The cells as one line: each padded or cut to its column's width, two spaces apart.
    func layout(_ cells: [String], widths: [Int]) -> String {
        widths.enumerated().map { c, width in
            let text = cells.indices.contains(c) ? cells[c].singleLine : ""
            return text.padded(toColumns: width, trailing: columns.indices.contains(c) && columns[c].alignsRight)
        }.joined(separator: "  ")
    }

    /// Column widths for `total` columns: fixed and fitting columns in order as far as
    /// there is room, then the rest shared by the fill columns.
    func columnWidths(total: Int) -> [Int] {
        guard !columns.isEmpty else { return [max(0, total)] }
        var left = max(0, total - 2 * (columns.count - 1))
        var widths = columns.enumerated().map { c, column -> Int in
            let wanted: Int
            switch column.width {
            case .fixed(let n): wanted = n
            case .fit: wanted = fitWidths[c]
            case .fill: return 0
            }
            let w = min(max(0, wanted), left)
            left -= w
            return w
        }
        let fills = columns.indices.filter { columns[$0].width == .fill }
        for (i, c) in fills.enumerated() { widths[c] = left / fills.count + (i < left % fills.count ? 1 : 0) }
        return widths
    }
}

/// A table is a list view with columns.
public typealias Table = ListView
