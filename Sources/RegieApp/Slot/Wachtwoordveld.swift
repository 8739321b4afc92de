import Screen

/// A one-line field for a passphrase: shows a dot per character, never the text.
public struct Wachtwoordveld: Equatable {
    public private(set) var tekst = ""
    /// Long enough for any passphrase, short enough that a paste of a document is refused.
    static let maximum = 200

    public init() {}

    public var isEmpty: Bool { tekst.isEmpty }

    public mutating func leeg() { tekst = "" }

    /// Handles typing and deleting; returns false for keys it does not use.
    public mutating func handle(_ event: Event) -> Bool {
        switch event {
        case .key(.character(let c)):
            guard tekst.count < Self.maximum else { return true }
            tekst.append(c)
        case .key(.backspace):
            if !tekst.isEmpty { tekst.removeLast() }
        case .key(.ctrl("u")):
            tekst = ""
        case .paste(let p):
            // One line only: a passphrase never contains a line break.
            let regel = p.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
            tekst += regel.prefix(Self.maximum - tekst.count)
        default:
            return false
        }
        return true
    }

    /// Draws the dots; returns where the cursor goes.
    public func render(into buffer: inout Buffer, area: Rect, focused: Bool) -> Point? {
        let punten = String(repeating: "•", count: min(tekst.count, max(0, area.width - 1)))
        buffer.setRole(area, focused ? .focusedInput : .input)
        _ = buffer.write(punten, x: area.x, y: area.y, role: focused ? .focusedInput : .input, clip: area)
        return focused ? Point(x: area.x + punten.count, y: area.y) : nil
    }
}
