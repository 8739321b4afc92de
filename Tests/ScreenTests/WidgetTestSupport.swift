@testable import Screen

/// Draws widgets into a buffer of a given size, for the widget tests.
enum Teken {
    /// The buffer and the cursor the widget asked for.
    static func widget<W: Widget>(_ w: W, width: Int, height: Int = 1, focused: Bool = true) -> (buffer: Buffer, cursor: Point?) {
        var b = Buffer(size: Size(width: width, height: height))
        let cursor = w.render(into: &b, area: b.area, focused: focused)
        return (b, cursor)
    }

    /// The screen text only.
    static func tekst<W: Widget>(_ w: W, width: Int, height: Int = 1, focused: Bool = true) -> String {
        widget(w, width: width, height: height, focused: focused).buffer.text
    }
}

extension InteractiveWidget {
    /// Types text key by key, as the user would.
    @discardableResult
    mutating func typ(_ text: String) -> Handled {
        var last = Handled.ignored
        for c in text { last = handle(.key(.character(c))) }
        return last
    }

    /// Presses keys in order; returns what the last one did.
    @discardableResult
    mutating func druk(_ keys: Key...) -> Handled {
        var last = Handled.ignored
        for k in keys { last = handle(.key(k)) }
        return last
    }
}
