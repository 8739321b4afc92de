/// One terminal cell: a grapheme with its semantic role. A wide grapheme (漢, 😀) takes
/// two cells; the second is a continuation that holds nothing of its own.
public struct Cell: Equatable, Sendable {
    public var grapheme: Character
    public var role: Role
    public var isContinuation: Bool

    public init(_ grapheme: Character = " ", role: Role = .text, isContinuation: Bool = false) {
        self.grapheme = grapheme
        self.role = role
        self.isContinuation = isContinuation
    }

    public static let blank = Cell()
}

/// The whole screen as cells. Widgets draw into it; a backend shows it. Nothing else
/// writes to the terminal.
public struct Buffer: Equatable, Sendable {
    public private(set) var size: Size
    public private(set) var cells: [Cell]

    public init(size: Size, fill: Cell = .blank) {
        self.size = Size(width: max(0, size.width), height: max(0, size.height))
        cells = Array(repeating: fill, count: self.size.width * self.size.height)
    }

    public var area: Rect { Rect(size: size) }

    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * size.width + x] }
        set { cells[y * size.width + x] = newValue }
    }

    public func contains(x: Int, y: Int) -> Bool { x >= 0 && y >= 0 && x < size.width && y < size.height }

    /// Fills a rectangle (clipped to the screen).
    public mutating func fill(_ rect: Rect, _ cell: Cell = .blank) {
        let r = rect.intersection(area)
        guard !r.isEmpty else { return }
        for y in r.y..<r.maxY { for x in r.x..<r.maxX { self[x, y] = cell } }
    }

    /// Sets a rectangle's role, keeping its text (e.g. to highlight a selected row).
    public mutating func setRole(_ rect: Rect, _ role: Role) {
        let r = rect.intersection(area)
        guard !r.isEmpty else { return }
        for y in r.y..<r.maxY { for x in r.x..<r.maxX { self[x, y].role = role } }
    }

    /// Writes text from (x, y) on one line, clipped to `clip` (default: the screen).
    /// Control characters are shown as "·" so they can never move the cursor. A wide
    /// grapheme that does not fit at the right edge becomes a blank.
    /// - Returns: the number of columns used.
    @discardableResult
    public mutating func write<S: StringProtocol>(_ text: S, x: Int, y: Int, role: Role = .text, clip: Rect? = nil) -> Int {
        let bounds = (clip ?? area).intersection(area)
        guard y >= bounds.y, y < bounds.maxY else { return 0 }
        var col = x
        for c in text {
            if col >= bounds.maxX { break }
            var g = c
            var w = DisplayWidth.of(c)
            if w == 0 {
                if c.unicodeScalars.first.map({ $0.value < 0x20 || ($0.value >= 0x7F && $0.value < 0xA0) }) ?? false {
                    g = "·"
                    w = 1
                } else {
                    continue  // a lone zero-width scalar: nothing to show
                }
            }
            if col + w > bounds.maxX {
                if col >= bounds.x { self[col, y] = Cell(" ", role: role) }
                col += 1
                break
            }
            if col >= bounds.x {
                clearWide(at: col, y)
                self[col, y] = Cell(g, role: role)
                if w == 2 {
                    clearWide(at: col + 1, y)
                    self[col + 1, y] = Cell(" ", role: role, isContinuation: true)
                }
            }
            col += w
        }
        return max(0, col - x)
    }

    /// Overwriting half of a wide grapheme blanks the other half.
    private mutating func clearWide(at x: Int, _ y: Int) {
        let cell = self[x, y]
        if cell.isContinuation, x > 0 {
            self[x - 1, y] = Cell(" ", role: self[x - 1, y].role)
        } else if DisplayWidth.of(cell.grapheme) == 2, x + 1 < size.width {
            self[x + 1, y] = Cell(" ", role: self[x + 1, y].role)
        }
    }

    /// The screen as lines of text (continuation cells left out), for tests.
    public var lines: [String] {
        (0..<size.height).map { y in
            var s = ""
            for x in 0..<size.width where !self[x, y].isContinuation { s.append(self[x, y].grapheme) }
            return s
        }
    }

    /// The screen as one string, trailing spaces removed per line.
    public var text: String {
        lines.map { line in
            var l = line
            while l.last == " " { l.removeLast() }
            return l
        }.joined(separator: "\n")
    }

    /// The role of the cell under the first occurrence of `text` on `line`, for tests.
    public func role(of text: String, line y: Int) -> Role? {
        guard let r = lines[y].range(of: text) else { return nil }
        let col = DisplayWidth.of(lines[y][..<r.lowerBound])
        return self[col, y].role
    }
}
