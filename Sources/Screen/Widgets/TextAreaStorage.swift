import Foundation

/// The text of a `TextArea`: paragraphs of graphemes, each with its visual lines cached
/// for the current wrap width.
///
/// A `TextArea` owns it copy-on-write: it is copied before any change when shared. The
/// cache is a pure function of the text and the width, so copies that share storage can
/// fill it for each other; the lock makes that safe across threads. Editing a paragraph
/// re-wraps only the lines around the edit (see `TextWrap`), so a key costs the same in a
/// short note as in a document of thousands of words.
final class TextAreaStorage: @unchecked Sendable {
    struct Paragraph {
        var chars: [Character]
        /// Where its visual lines start at `width`; nil until laid out.
        var starts: [Int]?
    }

    private let lock = NSLock()
    private var paragraphs: [Paragraph]
    private var width = Int.max
    private var lastViewport: Size?
    /// How many copies were made on the way to this storage (copy-on-write of a shared
    /// area): a key that copies costs as much as the whole text.
    private(set) var copies = 0

    init(text: String) {
        paragraphs = text.split(separator: "\n", omittingEmptySubsequences: false).map { Paragraph(chars: Array($0)) }
    }

    private init(copying other: TextAreaStorage) {
        paragraphs = other.locked { other.paragraphs }
        width = other.width
        lastViewport = other.lastViewport
        copies = other.copies + 1
    }

    func copy() -> TextAreaStorage { TextAreaStorage(copying: self) }

    private func locked<T>(_ body: () -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        return body()
    }

    // MARK: Reading

    var count: Int { locked { paragraphs.count } }

    func chars(_ p: Int) -> [Character] { locked { paragraphs[p].chars } }

    func length(_ p: Int) -> Int { locked { paragraphs[p].chars.count } }

    /// The number of graphemes, line breaks included, without building the text.
    var characterCount: Int { locked { paragraphs.reduce(paragraphs.count - 1) { $0 + $1.chars.count } } }

    var text: String { locked { paragraphs.map { String($0.chars) }.joined(separator: "\n") } }

    func hasSameText(as other: TextAreaStorage) -> Bool {
        self === other || locked { paragraphs.map(\.chars) } == other.locked { other.paragraphs.map(\.chars) }
    }

    /// The visual line starts of paragraph `p` at `width`, from the cache when it is there.
    func lineStarts(_ p: Int, width: Int) -> [Int] {
        locked {
            if width != self.width {
                self.width = width
                for i in paragraphs.indices { paragraphs[i].starts = nil }
            }
            if let starts = paragraphs[p].starts { return starts }
            let starts = TextWrap.lineStarts(paragraphs[p].chars, width: width)
            paragraphs[p].starts = starts
            return starts
        }
    }

    /// The size the area was last drawn at: the wrap width and page height for keys.
    var viewport: Size? {
        get { locked { lastViewport } }
        set { locked { lastViewport = newValue } }
    }

    // MARK: Changing (only when uniquely owned)

    /// Inserts one line of text into paragraph `p`.
    func insert(_ text: String, paragraph p: Int, at offset: Int) -> TextEdit {
        locked {
            let edit = LineEditing.insert(text, into: &paragraphs[p].chars, at: offset)
            rewrap(p, after: edit)
            return edit
        }
    }

    func remove(_ range: Range<Int>, paragraph p: Int) {
        locked {
            let edit = LineEditing.remove(range, from: &paragraphs[p].chars)
            rewrap(p, after: edit)
        }
    }

    /// Splits paragraph `p` at `offset`: the rest becomes a new paragraph after it.
    func split(_ p: Int, at offset: Int) {
        locked {
            let tail = Array(paragraphs[p].chars[offset...])
            let edit = LineEditing.remove(offset..<paragraphs[p].chars.count, from: &paragraphs[p].chars)
            rewrap(p, after: edit)
            paragraphs.insert(Paragraph(chars: tail), at: p + 1)
        }
    }

    /// Joins paragraph `p + 1` onto the end of paragraph `p`.
    func join(_ p: Int) {
        locked {
            let tail = paragraphs.remove(at: p + 1).chars
            let edit = TextEdit(start: paragraphs[p].chars.count, removed: 0, inserted: tail.count)
            paragraphs[p].chars.append(contentsOf: tail)
            rewrap(p, after: edit)
        }
    }

    /// Inserts whole paragraphs before paragraph `p`.
    func insertParagraphs<S: Sequence>(_ lines: S, at p: Int) where S.Element == Substring {
        locked { paragraphs.insert(contentsOf: lines.map { Paragraph(chars: Array($0)) }, at: p) }
    }

    private func rewrap(_ p: Int, after edit: TextEdit) {
        guard let old = paragraphs[p].starts else { return }
        paragraphs[p].starts = nil  // no second reference while re-wrapping
        paragraphs[p].starts = TextWrap.lineStarts(paragraphs[p].chars, width: width, updating: old, after: edit)
    }
}
