/// Editing one line of graphemes: shared by `TextField` and `TextArea`. Offsets count
/// graphemes (Swift `Character`s), so the cursor never lands inside "é", "漢" or "👍🏽".
///
/// A word is a run of characters that are not white space.
enum LineEditing {
    static func isWordCharacter(_ c: Character) -> Bool { !c.isWhitespace }

    /// The start of the word before `offset` (skipping the spaces just before it).
    static func wordStart(_ chars: [Character], before offset: Int) -> Int {
        var i = offset
        while i > 0 && !isWordCharacter(chars[i - 1]) { i -= 1 }
        while i > 0 && isWordCharacter(chars[i - 1]) { i -= 1 }
        return i
    }

    /// The end of the word after `offset` (skipping the spaces just after it).
    static func wordEnd(_ chars: [Character], after offset: Int) -> Int {
        var i = offset
        while i < chars.count && !isWordCharacter(chars[i]) { i += 1 }
        while i < chars.count && isWordCharacter(chars[i]) { i += 1 }
        return i
    }

    /// Inserts `text` (one line) at `offset`. When its first scalar joins the grapheme
    /// before the cursor (a combining accent typed after "e", a skin tone after 👍), the
    /// two become one grapheme, as they would in a String.
    @discardableResult
    static func insert(_ text: String, into chars: inout [Character], at offset: Int) -> TextEdit {
        guard !text.isEmpty else { return TextEdit(start: offset, removed: 0, inserted: 0) }
        if offset > 0, let first = text.first, (String(chars[offset - 1]) + String(first)).count == 1 {
            let merged = Array(String(chars[offset - 1]) + text)
            chars.replaceSubrange((offset - 1)..<offset, with: merged)
            return TextEdit(start: offset - 1, removed: 1, inserted: merged.count)
        }
        let new = Array(text)
        chars.insert(contentsOf: new, at: offset)
        return TextEdit(start: offset, removed: 0, inserted: new.count)
    }

    /// Removes `range`.
    @discardableResult
    static func remove(_ range: Range<Int>, from chars: inout [Character]) -> TextEdit {
        chars.removeSubrange(range)
        return TextEdit(start: range.lowerBound, removed: range.count, inserted: 0)
    }

    /// True for a key that produces text (not a control character).
    static func isPrintable(_ c: Character) -> Bool {
        guard let v = c.unicodeScalars.first?.value else { return false }
        return !(v < 0x20 || (v >= 0x7F && v < 0xA0))
    }
}
