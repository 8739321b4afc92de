/// Greedy word wrapping by display width, on graphemes.
///
/// A paragraph is laid out as visual lines, given by the grapheme offsets where they
/// start (the first is always 0). A line breaks after the last space that fits; a word
/// longer than the width is broken; spaces that do not fit hang at the end of their line
/// (they are clipped when drawn), so a line never starts with the space it broke at.
enum TextWrap {
    /// Counts the visual lines laid out while it is set (in tests: the work per key must
    /// not grow with the length of the text).
    @TaskLocal static var counter: WrapCounter?

    /// The columns a grapheme takes when drawn, as `Buffer.write` draws it (a control
    /// character is shown as one "·").
    static func columns(_ c: Character) -> Int {
        let w = DisplayWidth.of(c)
        if w > 0 { return w }
        guard let v = c.unicodeScalars.first?.value else { return 0 }
        return v < 0x20 || (v >= 0x7F && v < 0xA0) ? 1 : 0
    }

    /// The columns of a run of graphemes.
    static func columns(_ chars: ArraySlice<Character>) -> Int {
        chars.reduce(0) { $0 + columns($1) }
    }

    /// Where the visual line that starts at `start` ends (the next line's start, or
    /// `chars.count` for the last line).
    static func lineEnd(_ chars: [Character], from start: Int, width: Int) -> Int {
        counter?.lines += 1
        var col = 0
        var i = start
        var breakAfterSpace: Int?
        while i < chars.count {
            let c = chars[i]
            let w = columns(c)
            if c == " " {
                if col + w > width { return endOfSpaces(chars, from: i) }
                col += w
                i += 1
                breakAfterSpace = i
                continue
            }
            if col + w > width { return breakAfterSpace ?? Swift.max(i, start + 1) }
            col += w
            i += 1
        }
        return chars.count
    }

    private static func endOfSpaces(_ chars: [Character], from i: Int) -> Int {
        var j = i
        while j < chars.count && chars[j] == " " { j += 1 }
        return j
    }

    /// The start offsets of all visual lines of a paragraph.
    static func lineStarts(_ chars: [Character], width: Int, limit: Int = Int.max) -> [Int] {
        var starts = [0]
        var s = 0
        while starts.count < limit {
            let e = lineEnd(chars, from: s, width: width)
            if e >= chars.count { return starts }
            starts.append(e)
            s = e
        }
        return starts
    }

    /// The index of the visual line that holds `offset`.
    static func lineIndex(of offset: Int, in starts: [Int]) -> Int {
        var lo = 0, hi = starts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if starts[mid] <= offset { lo = mid } else { hi = mid - 1 }
        }
        return lo
    }

    /// The line starts after an edit, re-wrapping only the lines around it.
    ///
    /// A line's break depends only on the text from its start onward, and that text is
    /// read at most two lines ahead; so wrapping restarts two lines before the edit and
    /// stops as soon as a line starts, past the edit, where an old line started: from
    /// there on the old lines are reused, shifted by the change in length.
    static func lineStarts(_ chars: [Character], width: Int, updating old: [Int], after edit: TextEdit) -> [Int] {
        let first = Swift.max(0, lineIndex(of: edit.start, in: old) - 2)
        let editEnd = edit.start + edit.inserted
        let delta = edit.inserted - edit.removed
        var starts = Array(old[..<first])
        var s = old[first]
        starts.append(s)
        while true {
            let e = lineEnd(chars, from: s, width: width)
            if e >= chars.count { return starts }
            s = e
            if s >= editEnd, let j = exactIndex(of: s - delta, in: old) {
                starts.append(contentsOf: old[j...].lazy.map { $0 + delta })
                return starts
            }
            starts.append(s)
        }
    }

    private static func exactIndex(of value: Int, in sorted: [Int]) -> Int? {
        let i = lineIndex(of: value, in: sorted)
        return sorted[i] == value ? i : nil
    }
}

/// How many visual lines were laid out (see `TextWrap.counter`).
public final class WrapCounter: @unchecked Sendable {
    public internal(set) var lines = 0
    public init() {}

    /// Runs `body` counting the lines it lays out on this task.
    public func counting<T>(_ body: () throws -> T) rethrows -> T {
        try TextWrap.$counter.withValue(self) { try body() }
    }
}

/// A change to a run of graphemes: `removed` graphemes at `start` were replaced by
/// `inserted` new ones.
struct TextEdit: Equatable, Sendable {
    var start: Int
    var removed: Int
    var inserted: Int

    /// Where the cursor goes after the edit: behind the inserted text.
    var end: Int { start + inserted }
}
