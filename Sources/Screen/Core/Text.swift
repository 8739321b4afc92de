import Foundation

extension String {
    /// The text as a search key: lower case without diacritics, so "noe" finds "Noé",
    /// "LIENNE" finds "Liënne" and "aydin" finds "Aydın" (letters that are not a base letter
    /// plus a mark, such as the dotless ı and ø, are mapped by hand).
    public var searchFolded: String {
        let folded = folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        guard folded.unicodeScalars.contains(where: { $0.value > 0x7F }) else { return folded }
        var out = String.UnicodeScalarView()
        for s in folded.unicodeScalars {
            switch s {
            case "ı": out.append("i")
            case "ø": out.append("o")
            case "ł": out.append("l")
            case "đ": out.append("d")
            case "ß": out.append(contentsOf: "ss".unicodeScalars)
            case "æ": out.append(contentsOf: "ae".unicodeScalars)
            case "œ": out.append(contentsOf: "oe".unicodeScalars)
            default: out.append(s)
            }
        }
        return String(out)
    }

    /// True when `query` occurs in the text, ignoring case and diacritics.
    public func containsFolded(_ query: String) -> Bool {
        query.isEmpty || searchFolded.contains(query.searchFolded)
    }

    /// The text on one line: line breaks and tabs become spaces (for fields, cells and
    /// messages, which are one line high).
    public var singleLine: String {
        guard contains(where: { $0.isNewline || $0 == "\t" }) else { return self }
        return String(map { $0.isNewline || $0 == "\t" ? " " : $0 })
    }

    /// Word-wrapped to `width` columns (by display width): lines break after spaces, a
    /// word longer than the width is broken, and trailing spaces are left off each line.
    /// Line breaks in the text are kept; the result always has at least one line.
    /// With `maxLines`, only the first lines are laid out (a field shown three lines high
    /// does not wrap a long text whole on every frame).
    public func wrapped(toColumns width: Int, maxLines: Int = Int.max) -> [String] {
        let w = Swift.max(1, width)
        var result: [String] = []
        for paragraph in split(separator: "\n", omittingEmptySubsequences: false) {
            guard result.count < maxLines else { break }
            let wanted = maxLines - result.count
            var chars: [Character]
            var starts: [Int]
            if wanted < 10_000 {
                // Usually a line holds at most `w` graphemes: lay out only the start of the
                // paragraph. The lines are exact when the line after the last one wanted
                // starts inside it (hanging spaces or zero-width text: then all of it).
                let most = (wanted + 2) * (w + 1)
                chars = Array(paragraph.prefix(most))
                starts = TextWrap.lineStarts(chars, width: w, limit: wanted + 1)
                if starts.count <= wanted && chars.count == most {
                    chars = Array(paragraph)
                    starts = TextWrap.lineStarts(chars, width: w, limit: wanted + 1)
                }
            } else {
                chars = Array(paragraph)
                starts = TextWrap.lineStarts(chars, width: w)
            }
            for (i, start) in starts.prefix(wanted).enumerated() {
                let end = i + 1 < starts.count ? starts[i + 1] : chars.count
                var line = String(chars[start..<end])
                while line.last == " " { line.removeLast() }
                result.append(line)
            }
        }
        return Array(result.prefix(maxLines))
    }

    /// Padded with spaces to `width` columns (or cut with "…" when wider); `trailing`
    /// aligns the text to the right.
    public func padded(toColumns width: Int, trailing: Bool = false) -> String {
        let cut = truncated(toColumns: width)
        let pad = String(repeating: " ", count: Swift.max(0, width - cut.displayWidth))
        return trailing ? pad + cut : cut + pad
    }
}
