/// Reader mode, for users of a screen reader (NVDA or JAWS through Windows Terminal, Orca):
/// the frames the program draws, as plain lines without box drawing; the real cursor on
/// the item with focus (a field, the chosen line of a list); and the bottom line saying
/// what has focus and what changed, as one line of text a screen reader speaks.
///
/// It wraps the real backend, so every screen works in reader mode as it is drawn: the
/// model and the view are the same, only what reaches the terminal differs.
public final class ReaderBackend: Backend {
    public let inner: any Backend
    /// The plain frame last shown (before the announcement line).
    private var previous: Buffer?
    private var lastFocus: ReaderView.Focus?
    /// What the bottom line says now.
    public private(set) var announcement = ""
    /// Every announcement made, oldest first.
    public private(set) var announcements: [String] = []

    public init(_ inner: any Backend) { self.inner = inner }

    public var size: Size { inner.size }
    public var stopSignal: Int32? { inner.stopSignal }
    public func setTheme(_ theme: Theme) { inner.setTheme(theme) }
    public func nextEvent(timeout: Double?) -> Event? { inner.nextEvent(timeout: timeout) }
    public func suspend() { inner.suspend() }
    public func resume() {
        inner.resume()
        previous = nil
    }
    public func shutdown() { inner.shutdown() }
    public func copyToClipboard(_ text: String) { inner.copyToClipboard(text) }
    public var isScripted: Bool { inner.isScripted }

    public func present(_ buffer: Buffer, cursor: Point?) {
        var plain = ReaderView.plain(buffer)
        let focus = ReaderView.focus(in: plain, cursor: cursor)
        let parts = ReaderView.changes(from: previous, to: plain, focus: focus, lastFocus: lastFocus)
        if !parts.isEmpty {
            announcement = parts.joined(separator: " — ")
            announcements.append(announcement)
        }
        previous = plain
        lastFocus = focus
        ReaderView.writeAnnouncement(announcement, into: &plain)
        inner.present(plain, cursor: cursor ?? focus?.position)
    }
}

extension Array where Element == String {
    fileprivate func uniqued() -> [String] {
        var seen: Set<String> = []
        return filter { seen.insert($0).inserted }
    }
}

/// The pieces of reader mode, as functions of frames (tested on their own).
public enum ReaderView {
    /// The item with focus: where the cursor goes, what is said, and what identifies it (a
    /// new item is announced; typing in the same field is not).
    public struct Focus: Equatable, Sendable {
        public var position: Point
        public var text: String
        public var identity: String
    }

    /// Lines, corners, blocks and shades: drawing, not text.
    public static func isDrawing(_ c: Character) -> Bool {
        guard c.unicodeScalars.count == 1, let v = c.unicodeScalars.first?.value else { return false }
        return (0x2500...0x259F).contains(v)
    }

    /// The markers of the item with focus: "›" in lists, "▸" in forms.
    static let markers: Set<Character> = ["›", "▸"]

    /// The frame with every drawing character made a space.
    public static func plain(_ buffer: Buffer) -> Buffer {
        var out = buffer
        for y in 0..<buffer.size.height {
            for x in 0..<buffer.size.width where isDrawing(buffer[x, y].grapheme) && !buffer[x, y].isContinuation {
                out[x, y] = Cell(" ", role: buffer[x, y].role)
            }
        }
        return out
    }

    /// Row `y` from column `x` as words: runs of spaces become one.
    public static func text(_ buffer: Buffer, row y: Int, from x: Int = 0, to end: Int? = nil) -> String {
        guard y >= 0, y < buffer.size.height else { return "" }
        var s = ""
        for i in max(0, x)..<min(end ?? buffer.size.width, buffer.size.width) where !buffer[i, y].isContinuation {
            s.append(buffer[i, y].grapheme)
        }
        return s.split(whereSeparator: { $0 == " " }).joined(separator: " ")
    }

    /// Row `y` from column `x` in its columns: parts apart by two spaces or more (a title
    /// and its value, the columns of a list), each as words.
    public static func segments(_ buffer: Buffer, row y: Int, from x: Int = 0) -> [String] {
        guard y >= 0, y < buffer.size.height else { return [] }
        var parts: [String] = [], current = "", spaces = 0
        for i in max(0, x)..<buffer.size.width where !buffer[i, y].isContinuation {
            let g = buffer[i, y].grapheme
            if g == " " { spaces += 1; continue }
            if spaces >= 2, !current.isEmpty { parts.append(current); current = "" } else if spaces == 1, !current.isEmpty { current.append(" ") }
            spaces = 0
            current.append(g)
        }
        if !current.isEmpty { parts.append(current) }
        return parts
    }

    /// A row's text for comparing frames: without the focus markers.
    static func comparable(_ buffer: Buffer, row y: Int) -> String {
        text(buffer, row: y).filter { !markers.contains($0) }.split(separator: " ").joined(separator: " ")
    }

    /// The marker of the item with focus: the rightmost (the innermost pane), else the
    /// rightmost chosen run of a list or sidebar below the title line.
    static func marker(in buffer: Buffer, rows: Range<Int>, maxX: Int = Int.max) -> Point? {
        var best: Point?
        for y in rows {
            for x in 0..<min(buffer.size.width, maxX) {
                let cell = buffer[x, y]
                guard markers.contains(cell.grapheme), [.selection, .focusedBorder].contains(cell.role) else { continue }
                if best == nil || x > best!.x { best = Point(x: x, y: y) }
                break
            }
        }
        return best
    }

    /// The item with focus: at the cursor (a field being typed in, with its title), or at
    /// the marker of the chosen item, or at the chosen run of a list without a marker.
    public static func focus(in buffer: Buffer, cursor: Point?) -> Focus? {
        let h = buffer.size.height
        guard h > 0, buffer.size.width > 0 else { return nil }
        if let c = cursor, c.y >= 0, c.y < h {
            // The field's title: a marker at or above the cursor, left of it, near.
            if let label = marker(in: buffer, rows: max(0, c.y - 12)..<(c.y + 1), maxX: c.x + 1) {
                let kop = segments(buffer, row: label.y, from: label.x + 1)
                let titel = kop.first ?? ""
                let waarde = label.y == c.y ? kop.dropFirst().joined(separator: ", ") : text(buffer, row: c.y, from: label.x + 1)
                return Focus(position: c, text: waarde.isEmpty ? titel : "\(titel): \(waarde)", identity: "veld \(label.x),\(label.y) \(titel)")
            }
            return Focus(position: c, text: segments(buffer, row: c.y).joined(separator: ", "), identity: "regel \(c.y)")
        }
        if let m = marker(in: buffer, rows: 0..<(h - 1)) {
            let delen = segments(buffer, row: m.y, from: m.x + 1)
            // A form field: its title, then its value.
            let said = buffer[m.x, m.y].role == .focusedBorder && delen.count > 1
                ? "\(delen[0]): " + delen.dropFirst().joined(separator: ", ") : delen.joined(separator: ", ")
            return Focus(position: m, text: said, identity: "\(m.x),\(m.y) \(said)")
        }
        // A list without a marker (a sidebar, a menu): its chosen run, below the title line.
        var best: (x: Int, y: Int, end: Int)?
        for y in 1..<max(1, h - 1) {
            var x = 0
            while x < buffer.size.width {
                guard buffer[x, y].role == .selection else { x += 1; continue }
                var end = x
                while end < buffer.size.width && buffer[end, y].role == .selection { end += 1 }
                if best == nil || x > best!.x { best = (x, y, end) }
                x = end
            }
        }
        guard let b = best else { return nil }
        let said = text(buffer, row: b.y, from: b.x, to: b.end)
        return Focus(position: Point(x: b.x, y: b.y), text: said, identity: "\(b.x),\(b.y) \(said)")
    }

    /// What to announce between two frames: a new screen by its title, a new message (the
    /// lines above the bottom line), and the item with focus when it is another one.
    public static func changes(from old: Buffer?, to new: Buffer, focus: Focus?, lastFocus: Focus?) -> [String] {
        let h = new.size.height
        var parts: [String] = []
        var title: String?
        let changed = (0..<max(0, h - 1)).filter { y in old.map { $0.size != new.size || comparable($0, row: y) != comparable(new, row: y) } ?? true }
        let newScreen = old == nil || old!.size != new.size || changed.count * 2 > h
        if newScreen {
            // The screen by its first line: its first part and the part chosen there (a tab).
            if let y = (0..<max(0, h - 1)).first(where: { !text(new, row: $0).isEmpty }) {
                let first = segments(new, row: y).first ?? ""
                let chosen = (0..<new.size.width).first { new[$0, y].role == .selection }
                    .map { x in text(new, row: y, from: x, to: (x..<new.size.width).first { new[$0, y].role != .selection }) }
                title = ([first] + (chosen.map { [$0] } ?? [])).filter { !$0.isEmpty }.uniqued().joined(separator: ", ")
            }
        } else {
            // The message: lines just above the bottom line that changed (not the status bar,
            // not a field being typed in).
            var y = h - 2
            var message: [String] = []
            while y > 0, changed.contains(y), y != focus?.position.y, !isQuiet(new, row: y) {
                let t = text(new, row: y)
                if !t.isEmpty { message.insert(t, at: 0) }
                y -= 1
            }
            if !message.isEmpty { parts.append(message.joined(separator: " ")) }
        }
        if let focus, !focus.text.isEmpty, newScreen || focus.identity != lastFocus?.identity { parts.append(focus.text) }
        if let title, !title.isEmpty { parts.append(title) }
        return parts
    }

    /// A row that changes without news: the status bar, or a field being typed in.
    static func isQuiet(_ buffer: Buffer, row y: Int) -> Bool {
        (0..<buffer.size.width).contains { [.statusBar, .input, .focusedInput].contains(buffer[$0, y].role) }
    }

    /// The bottom line: the announcement, for the screen reader (and the eye) to read.
    public static func writeAnnouncement(_ text: String, into buffer: inout Buffer) {
        guard buffer.size.height > 1 else { return }
        let row = Rect(x: 0, y: buffer.size.height - 1, width: buffer.size.width, height: 1)
        buffer.fill(row, Cell(" ", role: .statusBar))
        buffer.write(text.truncated(toColumns: buffer.size.width), x: 0, y: row.y, role: .statusBar, clip: row)
    }
}
