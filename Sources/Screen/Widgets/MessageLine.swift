/// One line for a message, with a word in front so the meaning is not carried by colour:
/// "Fout: …" (role `.error`), "Let op: …" (`.warning`), "Gelukt: …" (`.success`), or
/// plain information (`.text`).
public struct MessageLine: Widget, Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        case error, warning, success, info

        var prefix: String {
            switch self {
            case .error: return "Fout: "
            case .warning: return "Let op: "
            case .success: return "Gelukt: "
            case .info: return ""
            }
        }

        var role: Role {
            switch self {
            case .error: return .error
            case .warning: return .warning
            case .success: return .success
            case .info: return .text
            }
        }
    }

    public var kind: Kind
    public var text: String

    public init(_ kind: Kind, _ text: String) {
        self.kind = kind
        self.text = text
    }

    /// The role a message of `kind` is drawn in.
    public static func role(of kind: Kind) -> Role { kind.role }

    public static func error(_ text: String) -> MessageLine { MessageLine(.error, text) }
    public static func warning(_ text: String) -> MessageLine { MessageLine(.warning, text) }
    public static func success(_ text: String) -> MessageLine { MessageLine(.success, text) }
    public static func info(_ text: String) -> MessageLine { MessageLine(.info, text) }

    /// The line as shown, before cutting: "Fout: Het dossier is vergrendeld".
    public var line: String { kind.prefix + text.singleLine }

    /// The message wrapped to `width`, never cut: over at most `maxLines` lines. When it
    /// needs more, the last line shown is `more` (where to read the rest).
    public func lines(width: Int, maxLines: Int, more: String) -> [String] {
        guard width > 0, maxLines > 0 else { return [] }
        let all = line.wrapped(toColumns: width)
        guard all.count > maxLines else { return all }
        return Array(all.prefix(maxLines - 1)) + ["… " + more]
    }

    /// Draws the message over the rows of `area`, wrapped (see `lines`).
    public func renderWrapped(into buffer: inout Buffer, area: Rect, more: String) {
        guard !area.isEmpty else { return }
        buffer.fill(area, Cell(" ", role: .text))
        for (i, text) in lines(width: area.width, maxLines: area.height, more: more).enumerated() {
            buffer.write(text, x: area.x, y: area.y + i, role: kind.role, clip: area.row(i))
        }
    }

    public func render(into buffer: inout Buffer, area: Rect, focused: Bool) -> Point? {
        guard !area.isEmpty else { return nil }
        let row = area.row(0)
        buffer.fill(row, Cell(" ", role: .text))
        buffer.write(line.truncated(toColumns: row.width), x: row.x, y: row.y, role: kind.role, clip: row)
        return nil
    }
}
