import Foundation

extension Keymap {
    /// Every binding as Markdown, a table per group (Toets | Actie | Id): for `regie toetsen`.
    public func markdown(title: String) -> String {
        var lines = ["# \(title)"]
        for group in groups {
            lines += ["", "## \(group.name)", "", "| Toets | Actie | Id |", "|---|---|---|"]
            for binding in group.bindings {
                let keys = binding.keys.map { Self.codeSpan($0.description) }.joined(separator: ", ")
                lines.append("| \(keys) | \(Self.cell(binding.description)) | \(Self.codeSpan(binding.id)) |")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Text in a table cell: a "|" would end the cell.
    static func cell(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|")
    }

    /// `text` as code; a backtick needs a longer fence and spaces around it.
    static func codeSpan(_ text: String) -> String {
        let escaped = cell(text)
        return text.contains("`") ? "`` \(escaped) ``" : "`\(escaped)`"
    }
}
