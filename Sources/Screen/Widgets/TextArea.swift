/// Multi-line text, word-wrapped to the width of its area.
///
/// The text is kept as paragraphs (the lines between line breaks) with their wrapped
/// lines cached, so typing re-wraps only the lines around the cursor and a paste of
/// 100 KB is laid out once.
///
/// Keys: arrows (Up/Down by visual line, keeping the column), Home/End (also C-a/C-e) to
/// the start and end of the visual line, C-Home/C-End to the start and end of the text,
/// PgUp/PgDn, C-Left/C-Right and M-b/M-f by word, Backspace/Delete, C-w deletes the word
/// before the cursor, C-u to the start of the paragraph, C-k to its end (or joins the
/// next one). Enter inserts a line break; Tab is left for moving the focus; C-o or F4
/// asks for `$EDITOR` (`.wantsEditor`; put the result back with `replaceText(_:)`); Esc
/// cancels.
///
/// The wrap width and page height are those the area was last drawn at.
public struct TextArea: InteractiveWidget, Equatable, Sendable {
    /// A place in the text: paragraph (line between line breaks) and grapheme offset.
    public struct Position: Hashable, Comparable, Sendable {
        public var paragraph: Int
        public var offset: Int

        public init(paragraph: Int, offset: Int) {
            self.paragraph = paragraph
            self.offset = offset
        }

        public static func < (a: Position, b: Position) -> Bool {
            (a.paragraph, a.offset) < (b.paragraph, b.offset)
        }
    }

    /// A visual line: line `line` of the wrapped paragraph `paragraph`.
    struct VisualLine: Hashable, Comparable {
        var paragraph: Int
        var line: Int

        static func < (a: VisualLine, b: VisualLine) -> Bool { (a.paragraph, a.line) < (b.paragraph, b.line) }
    }

    /// Shown while the text is empty (role `.placeholder`).
    public var placeholder: String
    private var storage: TextAreaStorage
    public private(set) var cursor = Position(paragraph: 0, offset: 0)
    private var top = VisualLine(paragraph: 0, line: 0)
    /// The column Up/Down keep to, set by the first vertical move.
    private var goalColumn: Int?

    public init(text: String = "", placeholder: String = "") {
        self.placeholder = placeholder
        storage = TextAreaStorage(text: TextArea.clean(text))
    }

    /// The whole text, paragraphs joined by "\n".
    public var text: String { storage.text }

    public var isEmpty: Bool { storage.count == 1 && storage.length(0) == 0 }

    /// The number of paragraphs (lines between line breaks).
    public var paragraphCount: Int { storage.count }

    /// The number of characters (graphemes, line breaks included), without building the text.
    public var count: Int { storage.characterCount }

    /// How many times the text was copied whole because the area was shared when it
    /// changed (a value kept from before a key): a measure of the cost per key.
    public var wholeCopies: Int { storage.copies }

    /// Puts new text in (from `$EDITOR`); the cursor stays as near its place as it can.
    public mutating func replaceText(_ text: String) {
        let viewport = storage.viewport
        storage = TextAreaStorage(text: TextArea.clean(text))
        storage.viewport = viewport
        moveCursor(to: cursor)
        goalColumn = nil
        scrollToCursor()
    }

    /// Puts the cursor at `position` (clamped to the text).
    public mutating func moveCursor(to position: Position) {
        let p = min(max(0, position.paragraph), storage.count - 1)
        cursor = Position(paragraph: p, offset: min(max(0, position.offset), storage.length(p)))
    }

    public static func == (a: TextArea, b: TextArea) -> Bool {
        a.placeholder == b.placeholder && a.cursor == b.cursor && a.top == b.top && a.storage.hasSameText(as: b.storage)
    }

    /// Text as the area keeps it: line endings normalised, control characters out, a tab
    /// as four spaces.
    static func clean(_ text: String) -> String {
        let s = sanitisePaste(text)
        return s.contains("\t") ? s.replacingOccurrences(of: "\t", with: "    ") : s
    }
}

// MARK: - Events

extension TextArea {
    public mutating func handle(_ event: Event) -> Handled {
        switch event {
        case .paste(let s):
            insert(TextArea.clean(s))
        case .key(let key):
            let result = handle(key)
            guard result == .consumed else { return result }
        case .resize, .tick:
            return .ignored
        }
        scrollToCursor()
        return .consumed
    }

    private mutating func handle(_ key: Key) -> Handled {
        if let vertical = verticalMove(for: key) {
            moveVertically(by: vertical)
            return .consumed
        }
        goalColumn = nil
        switch key {
        case .tab, .backTab: return .ignored
        case .escape: return .cancelled
        case .ctrl("o"), .function(4): return .wantsEditor
        case .enter, .character("\n"): insert("\n")
        case .character(let c):
            guard LineEditing.isPrintable(c) else { return .ignored }
            insert(String(c))
        case .left: moveLeft()
        case .right: moveRight()
        case .home, .ctrl("a"): cursor.offset = lineRange(of: visualLine(of: cursor), width: layoutWidth).lowerBound
        case .end, .ctrl("e"): cursor.offset = endOfLine(visualLine(of: cursor), width: layoutWidth)
        case .ctrlHome: cursor = Position(paragraph: 0, offset: 0)
        case .ctrlEnd: cursor = Position(paragraph: storage.count - 1, offset: storage.length(storage.count - 1))
        case .ctrlLeft, .alt("b"): moveWordLeft()
        case .ctrlRight, .alt("f"): moveWordRight()
        case .backspace: deleteBackward()
        case .delete: deleteForward()
        case .ctrl("w"): deleteWordBackward()
        case .ctrl("u"): removeInParagraph(0..<cursor.offset)
        case .ctrl("k"): killToEnd()
        default: return .ignored
        }
        return .consumed
    }

    private func verticalMove(for key: Key) -> Int? {
        switch key {
        case .up: return -1
        case .down: return 1
        case .pageUp: return -pageStep
        case .pageDown: return pageStep
        default: return nil
        }
    }

    private var pageStep: Int { max(1, (storage.viewport?.height ?? 1) - 1) }

    /// The width keys lay out by: the width last drawn at (unwrapped before the first draw).
    private var layoutWidth: Int { storage.viewport.map { max(1, $0.width) } ?? Int.max }

    // MARK: Editing

    private mutating func unique() -> TextAreaStorage {
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
        return storage
    }

    /// Inserts text that may hold line breaks.
    private mutating func insert(_ text: String) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.count > 1 else {
            let edit = unique().insert(text, paragraph: cursor.paragraph, at: cursor.offset)
            cursor.offset = edit.end
            return
        }
        let s = unique()
        let p = cursor.paragraph
        s.split(p, at: cursor.offset)
        _ = s.insert(String(lines[0]), paragraph: p, at: s.length(p))
        s.insertParagraphs(lines[1..<(lines.count - 1)], at: p + 1)
        let last = p + lines.count - 1
        let edit = s.insert(String(lines[lines.count - 1]), paragraph: last, at: 0)
        cursor = Position(paragraph: last, offset: edit.end)
    }

    private mutating func removeInParagraph(_ range: Range<Int>) {
        guard !range.isEmpty else { return }
        unique().remove(range, paragraph: cursor.paragraph)
        cursor.offset = range.lowerBound
    }

    /// Joins the paragraph before the cursor's onto it; the cursor goes to the seam.
    private mutating func joinWithPrevious() {
        let p = cursor.paragraph
        guard p > 0 else { return }
        let seam = storage.length(p - 1)
        unique().join(p - 1)
        cursor = Position(paragraph: p - 1, offset: seam)
    }

    private mutating func deleteBackward() {
        if cursor.offset == 0 { joinWithPrevious() } else { removeInParagraph((cursor.offset - 1)..<cursor.offset) }
    }

    private mutating func deleteForward() {
        if cursor.offset < storage.length(cursor.paragraph) {
            unique().remove(cursor.offset..<(cursor.offset + 1), paragraph: cursor.paragraph)
        } else if cursor.paragraph + 1 < storage.count {
            unique().join(cursor.paragraph)
        }
    }

    private mutating func deleteWordBackward() {
        guard cursor.offset > 0 else { return joinWithPrevious() }
        let start = LineEditing.wordStart(storage.chars(cursor.paragraph), before: cursor.offset)
        removeInParagraph(start..<cursor.offset)
    }

    private mutating func killToEnd() {
        let length = storage.length(cursor.paragraph)
        if cursor.offset < length {
            unique().remove(cursor.offset..<length, paragraph: cursor.paragraph)
        } else if cursor.paragraph + 1 < storage.count {
            unique().join(cursor.paragraph)
        }
    }

    // MARK: Moving

    private mutating func moveLeft() {
        if cursor.offset > 0 {
            cursor.offset -= 1
        } else if cursor.paragraph > 0 {
            cursor = Position(paragraph: cursor.paragraph - 1, offset: storage.length(cursor.paragraph - 1))
        }
    }

    private mutating func moveRight() {
        if cursor.offset < storage.length(cursor.paragraph) {
            cursor.offset += 1
        } else if cursor.paragraph + 1 < storage.count {
            cursor = Position(paragraph: cursor.paragraph + 1, offset: 0)
        }
    }

    private mutating func moveWordLeft() {
        if cursor.offset == 0 && cursor.paragraph > 0 {
            cursor = Position(paragraph: cursor.paragraph - 1, offset: storage.length(cursor.paragraph - 1))
        }
        cursor.offset = LineEditing.wordStart(storage.chars(cursor.paragraph), before: cursor.offset)
    }

    private mutating func moveWordRight() {
        if cursor.offset == storage.length(cursor.paragraph) && cursor.paragraph + 1 < storage.count {
            cursor = Position(paragraph: cursor.paragraph + 1, offset: 0)
        }
        cursor.offset = LineEditing.wordEnd(storage.chars(cursor.paragraph), after: cursor.offset)
    }

    /// Moves `lines` visual lines down (negative: up), keeping the goal column; a page
    /// move scrolls the view along.
    private mutating func moveVertically(by lines: Int) {
        let width = layoutWidth
        let from = visualLine(of: cursor, width: width)
        let goal = goalColumn ?? column(of: cursor, in: from, width: width)
        let to = self.line(from, movedBy: lines, width: width)
        cursor = Position(paragraph: to.paragraph, offset: offset(in: to, column: goal, width: width))
        goalColumn = goal
        if abs(lines) > 1 { top = line(top, movedBy: lines, width: width) }
    }

    /// Keeps the cursor's line in view at the height last drawn at.
    private mutating func scrollToCursor() {
        guard let viewport = storage.viewport else { return }
        top = visibleTop(height: viewport.height, width: max(1, viewport.width))
    }
}

// MARK: - Layout

extension TextArea {
    func lineStarts(_ p: Int, width: Int) -> [Int] { storage.lineStarts(p, width: width) }

    func visualLine(of position: Position, width: Int? = nil) -> VisualLine {
        let starts = lineStarts(position.paragraph, width: width ?? layoutWidth)
        return VisualLine(paragraph: position.paragraph, line: TextWrap.lineIndex(of: position.offset, in: starts))
    }

    /// The grapheme offsets of a visual line.
    func lineRange(of v: VisualLine, width: Int) -> Range<Int> {
        let starts = lineStarts(v.paragraph, width: width)
        let end = v.line + 1 < starts.count ? starts[v.line + 1] : storage.length(v.paragraph)
        return starts[v.line]..<end
    }

    /// The last offset the cursor can take on a visual line: before the break of a
    /// wrapped line, after the last grapheme of a paragraph's last line.
    func endOfLine(_ v: VisualLine, width: Int) -> Int {
        let range = lineRange(of: v, width: width)
        let isLast = v.line + 1 == lineStarts(v.paragraph, width: width).count
        return isLast ? range.upperBound : max(range.lowerBound, range.upperBound - 1)
    }

    func column(of position: Position, in v: VisualLine, width: Int) -> Int {
        let start = lineRange(of: v, width: width).lowerBound
        return TextWrap.columns(storage.chars(position.paragraph)[start..<position.offset])
    }

    /// The offset on line `v` nearest to `column` without passing it.
    func offset(in v: VisualLine, column: Int, width: Int) -> Int {
        let chars = storage.chars(v.paragraph)
        var i = lineRange(of: v, width: width).lowerBound
        let end = endOfLine(v, width: width)
        var col = 0
        while i < end {
            let w = TextWrap.columns(chars[i])
            if col + w > column { break }
            col += w
            i += 1
        }
        return i
    }

    func next(_ v: VisualLine, width: Int) -> VisualLine? {
        if v.line + 1 < lineStarts(v.paragraph, width: width).count { return VisualLine(paragraph: v.paragraph, line: v.line + 1) }
        return v.paragraph + 1 < storage.count ? VisualLine(paragraph: v.paragraph + 1, line: 0) : nil
    }

    func previous(_ v: VisualLine, width: Int) -> VisualLine? {
        if v.line > 0 { return VisualLine(paragraph: v.paragraph, line: v.line - 1) }
        guard v.paragraph > 0 else { return nil }
        return VisualLine(paragraph: v.paragraph - 1, line: lineStarts(v.paragraph - 1, width: width).count - 1)
    }

    /// `v` moved `n` visual lines (negative: up), stopping at the first or last line.
    func line(_ v: VisualLine, movedBy n: Int, width: Int) -> VisualLine {
        var result = clamped(v, width: width)
        for _ in 0..<abs(n) {
            guard let moved = n < 0 ? previous(result, width: width) : next(result, width: width) else { break }
            result = moved
        }
        return result
    }

    /// A line that exists: the stored top may point past text that was deleted, or past
    /// lines that a wider area no longer has.
    func clamped(_ v: VisualLine, width: Int) -> VisualLine {
        let p = min(max(0, v.paragraph), storage.count - 1)
        return VisualLine(paragraph: p, line: min(max(0, v.line), lineStarts(p, width: width).count - 1))
    }

    /// The first line to show so that the cursor's line is in view, moving as little as
    /// possible from the current top.
    func visibleTop(height: Int, width: Int) -> VisualLine {
        let target = visualLine(of: cursor, width: width)
        let current = clamped(top, width: width)
        if target < current || height <= 0 { return target }
        var v = current
        var rows = 1
        while v != target, rows <= height, let n = next(v, width: width) {
            v = n
            rows += 1
        }
        return rows <= height ? current : line(target, movedBy: -(height - 1), width: width)
    }
}

// MARK: - Drawing

extension TextArea {
    public func render(into buffer: inout Buffer, area: Rect, focused: Bool) -> Point? {
        guard !area.isEmpty else { return nil }
        storage.viewport = Size(width: area.width, height: area.height)
        buffer.fill(area, Cell(" ", role: focused ? .focusedInput : .input))
        if isEmpty && !placeholder.isEmpty {
            buffer.write(placeholder, x: area.x, y: area.y, role: .placeholder, clip: area)
        }
        let cursorLine = visualLine(of: cursor, width: area.width)
        var cursorPoint: Point?
        var line: VisualLine? = visibleTop(height: area.height, width: area.width)
        var row = 0
        while let v = line, row < area.height {
            draw(v, into: &buffer, at: area.row(row), focused: focused)
            if v == cursorLine {
                let col = column(of: cursor, in: v, width: area.width)
                cursorPoint = Point(x: area.x + min(col, area.width - 1), y: area.y + row)
            }
            line = next(v, width: area.width)
            row += 1
        }
        return focused ? cursorPoint : nil
    }

    private func draw(_ v: VisualLine, into buffer: inout Buffer, at row: Rect, focused: Bool) {
        let range = lineRange(of: v, width: row.width)
        guard !range.isEmpty else { return }
        let text = String(storage.chars(v.paragraph)[range])
        buffer.write(text, x: row.x, y: row.y, role: focused ? .focusedInput : .input, clip: row)
    }
}
