/// A single-line text field.
///
/// The cursor moves by grapheme and is placed by display width, so "é", "e" + combining
/// accent and "ë" take one column and "漢" and "😀" two. Text wider than the field scrolls
/// horizontally so the cursor stays visible.
///
/// Keys: Left/Right, Home/End (also C-a/C-e), C-Left/C-Right and M-b/M-f by word,
/// Backspace/Delete, C-w deletes the word before the cursor, C-u to the start, C-k to the
/// end. Printable keys and paste insert (line breaks in a paste become spaces). Enter
/// submits, Esc cancels.
public struct TextField: InteractiveWidget, Equatable, Sendable {
    /// Shown before the field as "label: " (role `.label`).
    public var label: String?
    /// Shown in an empty field (role `.placeholder`).
    public var placeholder: String
    /// The most graphemes the field takes; longer input is cut.
    public var maxLength: Int?
    /// Draws the field with role `.invalid` (a value that failed validation).
    public var isInvalid = false
    private var chars: [Character]
    /// The cursor as a grapheme offset into `text` (0...text.count).
    public private(set) var cursor: Int

    public init(text: String = "", label: String? = nil, placeholder: String = "", maxLength: Int? = nil) {
        self.label = label
        self.placeholder = placeholder
        self.maxLength = maxLength
        chars = []
        cursor = 0
        self.text = text
    }

    /// The text. Setting it puts the cursor at the end.
    public var text: String {
        get { String(chars) }
        set {
            chars = Array(newValue.singleLine)
            if let maxLength, chars.count > maxLength { chars.removeLast(chars.count - maxLength) }
            cursor = chars.count
        }
    }

    public var isEmpty: Bool { chars.isEmpty }

    /// Puts the cursor at a grapheme offset (clamped to the text).
    public mutating func moveCursor(to offset: Int) {
        cursor = min(max(0, offset), chars.count)
    }

    // MARK: Events

    public mutating func handle(_ event: Event) -> Handled {
        switch event {
        case .paste(let s):
            insert(sanitisePaste(s).singleLine)
            return .consumed
        case .key(let key):
            return handle(key)
        case .resize, .tick:
            return .ignored
        }
    }

    private mutating func handle(_ key: Key) -> Handled {
        switch key {
        case .enter: return .submitted
        case .escape: return .cancelled
        case .character(let c):
            guard LineEditing.isPrintable(c) else { return .ignored }
            insert(String(c))
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(chars.count, cursor + 1)
        case .home, .ctrl("a"): cursor = 0
        case .end, .ctrl("e"): cursor = chars.count
        case .ctrlLeft, .alt("b"): cursor = LineEditing.wordStart(chars, before: cursor)
        case .ctrlRight, .alt("f"): cursor = LineEditing.wordEnd(chars, after: cursor)
        case .backspace: remove((cursor - 1)..<cursor)
        case .delete: remove(cursor..<(cursor + 1))
        case .ctrl("w"): remove(LineEditing.wordStart(chars, before: cursor)..<cursor)
        case .ctrl("u"): remove(0..<cursor)
        case .ctrl("k"): remove(cursor..<chars.count)
        default: return .ignored
        }
        return .consumed
    }

    private mutating func insert(_ s: String) {
        var text = s
        if let maxLength {
            let room = maxLength - chars.count
            guard room > 0 else { return }
            text = String(text.prefix(room))
        }
        cursor = LineEditing.insert(text, into: &chars, at: cursor).end
    }

    private mutating func remove(_ range: Range<Int>) {
        let r = max(0, range.lowerBound)..<min(chars.count, range.upperBound)
        guard !r.isEmpty else { return }
        cursor = LineEditing.remove(r, from: &chars).start
    }

    // MARK: Drawing

    public func render(into buffer: inout Buffer, area: Rect, focused: Bool) -> Point? {
        guard !area.isEmpty else { return nil }
        let (labelRect, input) = split(area.row(0))
        if let label, !labelRect.isEmpty {
            buffer.write("\(label): ".truncated(toColumns: labelRect.width), x: labelRect.x, y: labelRect.y, role: .label, clip: labelRect)
        }
        guard !input.isEmpty else { return nil }
        buffer.fill(input, Cell(" ", role: inputRole(focused: focused)))
        if chars.isEmpty && !placeholder.isEmpty {
            buffer.write(placeholder, x: input.x, y: input.y, role: .placeholder, clip: input)
        }
        let (first, skipped) = firstVisible(width: input.width)
        buffer.write(String(chars[first...]), x: input.x, y: input.y, role: inputRole(focused: focused), clip: input)
        guard focused else { return nil }
        let column = TextWrap.columns(chars[..<cursor]) - skipped
        return Point(x: input.x + min(column, input.width - 1), y: input.y)
    }

    private func inputRole(focused: Bool) -> Role {
        isInvalid ? .invalid : (focused ? .focusedInput : .input)
    }

    /// The label's part and the input's part of the row; on a narrow row the label gets
    /// at most half.
    private func split(_ row: Rect) -> (Rect, Rect) {
        guard let label else { return (Rect(x: row.x, y: row.y, width: 0, height: 0), row) }
        let wanted = "\(label): ".displayWidth
        let labelWidth = wanted <= row.width / 2 || wanted + 8 <= row.width ? wanted : row.width / 2
        return row.splitLeft(labelWidth)
    }

    /// The first grapheme shown and the columns scrolled away, so that the cursor fits
    /// in `width` columns.
    private func firstVisible(width: Int) -> (index: Int, skipped: Int) {
        let cursorColumn = TextWrap.columns(chars[..<cursor])
        let mustSkip = cursorColumn - (width - 1)
        var index = 0
        var skipped = 0
        while skipped < mustSkip && index < chars.count {
            skipped += TextWrap.columns(chars[index])
            index += 1
        }
        return (index, skipped)
    }
}
