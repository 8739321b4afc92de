/// A key as the user pressed it. Printable keys arrive as the character they produce,
/// so bindings work on any keyboard layout.
public enum Key: Hashable, Sendable, CustomStringConvertible {
    case character(Character)
    case ctrl(Character)   // lower-case letter: .ctrl("s")
    case alt(Character)
    case enter, tab, backTab, backspace, delete, escape, insert
    case up, down, left, right, home, end, pageUp, pageDown
    case ctrlLeft, ctrlRight, ctrlHome, ctrlEnd
    case function(Int)

    /// The key's name as written in key files and the help: "C-s", "F1", "Enter", "?".
    public var description: String {
        switch self {
        case .character(" "): return "Spatie"
        case .character(let c): return String(c)
        case .ctrl(let c): return "C-\(c)"
        case .alt(let c): return "M-\(c)"
        case .enter: return "Enter"
        case .tab: return "Tab"
        case .backTab: return "S-Tab"
        case .backspace: return "Backspace"
        case .delete: return "Delete"
        case .escape: return "Esc"
        case .insert: return "Insert"
        case .up: return "Up"
        case .down: return "Down"
        case .left: return "Left"
        case .right: return "Right"
        case .home: return "Home"
        case .end: return "End"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .ctrlLeft: return "C-Left"
        case .ctrlRight: return "C-Right"
        case .ctrlHome: return "C-Home"
        case .ctrlEnd: return "C-End"
        case .function(let n): return "F\(n)"
        }
    }

    /// Parses a key name as `description` writes it (case-insensitive for named keys).
    public init?(name: String) {
        let n = name.trimmingCharacters(in: .whitespaces)
        guard !n.isEmpty else { return nil }
        if n.count == 1 { self = .character(n.first!); return }
        let lower = n.lowercased()
        let named: [String: Key] = [
            "enter": .enter, "return": .enter, "tab": .tab, "s-tab": .backTab, "backtab": .backTab,
            "backspace": .backspace, "delete": .delete, "del": .delete, "esc": .escape, "escape": .escape,
            "insert": .insert, "up": .up, "down": .down, "left": .left, "right": .right, "home": .home, "end": .end,
            "pgup": .pageUp, "pageup": .pageUp, "pgdn": .pageDown, "pagedown": .pageDown, "spatie": .character(" "),
            "space": .character(" "), "c-left": .ctrlLeft, "c-right": .ctrlRight, "c-home": .ctrlHome, "c-end": .ctrlEnd,
        ]
        if let k = named[lower] { self = k; return }
        if lower.hasPrefix("f"), let num = Int(lower.dropFirst()), (1...24).contains(num) { self = .function(num); return }
        if lower.hasPrefix("c-"), n.count == 3, let c = lower.last, c.isLetter { self = .ctrl(c); return }
        if lower.hasPrefix("m-"), n.count == 3, let c = n.last { self = .alt(c); return }
        return nil
    }
}

public enum Event: Equatable, Sendable {
    case key(Key)
    /// Bracketed paste: the whole pasted text at once.
    case paste(String)
    case resize(Size)
    /// A timer that was asked for has come due.
    case tick

    /// A key or a paste: something the user typed, as opposed to the window changing.
    public var isInput: Bool {
        switch self {
        case .key, .paste: true
        case .resize, .tick: false
        }
    }
}

/// Made safe to show: pasted text without control characters other than newline and tab,
/// line endings normalised.
public func sanitisePaste(_ s: String) -> String {
    var out = ""
    out.reserveCapacity(s.utf8.count)
    for c in s.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n") {
        if c == "\n" || c == "\t" { out.append(c); continue }
        if let v = c.unicodeScalars.first?.value, v < 0x20 || (v >= 0x7F && v < 0xA0) { continue }
        out.append(c)
    }
    return out
}
