// Turns frames into the bytes an ANSI terminal needs (ECMA-48 and xterm control
// sequences). Pure: no ncurses and no I/O, so it can be tested byte for byte; the curses
// backend writes what it returns.

/// How many colours the terminal shows.
public enum TerminalColors: Sendable, Equatable {
    case none, eight, sixteen, full256

    /// From the terminal's colour count (curses' `COLORS`).
    public init(count: Int) {
        switch count {
        case ..<8: self = .none
        case ..<16: self = .eight
        case ..<256: self = .sixteen
        default: self = .full256
        }
    }

    var available: Int {
        switch self {
        case .none: return 0
        case .eight: return 8
        case .sixteen: return 16
        case .full256: return 256
        }
    }
}

/// Writes frames to an ANSI terminal with as few bytes as it can.
///
/// It keeps a model of what the terminal shows (cells, the current SGR attributes, the
/// cursor's place and whether it is visible) across frames, and for each frame sends only
/// what differs:
///  - CUP and shorter moves (CR, CR LF, BS, CUF/CUB/CUU/CUD) to reach a changed cell;
///    a gap of up to three unchanged ASCII cells in the current attributes is rewritten
///    instead of jumped over;
///  - SGR with only the attributes that change (never a reset at the end of a frame);
///  - EL (`ESC[K`) for a row tail of blanks that look like erased cells (default
///    background, not reversed, not underlined);
///  - ICH/DCH (`ESC[n@`, `ESC[nP`) when a row's new content is its old content shifted
///    right or left from the first changed column (typing and deleting in a line);
///  - DL/IL (`ESC[nM`, `ESC[nL`), within a scrolling region (DECSTBM) when needed, when
///    rows moved up or down (a text scrolling, a line inserted);
///  - the cursor shown or hidden (`ESC[?25h`/`ESC[?25l`) only when that changes, and put
///    on the focused field at the end.
/// The bottom-right cell never makes the screen scroll: it is written one column to the
/// left and pushed into place with BS and ICH, or (without ICH, or when it is wide) with
/// autowrap off (`ESC[?7l` … `ESC[?7h`). Graphemes are written as the curses backend always did: when the
/// code points' widths (`scalarWidth`, wcwidth in the backend) do not add up to the
/// grapheme's width, only the first code point is sent; after anything but a plain
/// one-column character the cursor is placed again with CUP before the next cell.
public struct TerminalWriter {
    /// The width of one code point as the terminal sees it (wcwidth: -1, 0, 1 or 2).
    public typealias ScalarWidth = (Unicode.Scalar) -> Int

    public private(set) var theme: Theme
    public let colors: TerminalColors
    /// Whether ICH, DCH, IL, DL and scrolling regions may be used.
    public let canShift: Bool
    private let scalarWidth: ScalarWidth

    /// One cell as the terminal shows it.
    enum Slot: Equatable {
        /// Unknown (e.g. a blank a shift brought in): always written again.
        case unknown
        /// A blank in the terminal's default colours, as left by erasing.
        case erased
        /// A cell written by us (never one that looks erased: that is `.erased`).
        case cell(Cell)

        var isContinuation: Bool {
            if case .cell(let c) = self { return c.isContinuation }
            return false
        }
    }

    enum CursorState: Equatable {
        case unknown
        /// `x == width` means "after the last column" (the terminal's pending wrap).
        case at(x: Int, y: Int)
    }

    /// The terminal's current attributes and cursor place.
    struct Pen {
        /// Index into `looks`; nil: unknown.
        var look: Int?
        var cursor: CursorState = .unknown
    }

    /// A style as the terminal gets it: colours already mapped to what it has.
    struct Look: Hashable {
        /// -1: the terminal's default; else an index (0…255).
        var fg = -1, bg = -1
        var bold = false, dim = false, underline = false, reverse = false

        /// Erasing (EL, ED) with these attributes leaves blanks that look like the default.
        var erasesClean: Bool { bg == -1 && !reverse }
        /// A blank in this look cannot be told from an erased cell.
        var blankLooksErased: Bool { bg == -1 && !reverse && !underline }
    }

    /// Role → look, with the last role remembered (runs of one role are the rule).
    final class LookTable {
        var byRole: [Role: Int] = [:]
        var lastRole: Role = .text
        var lastLook = 0

        func look(_ role: Role) -> Int {
            if role == lastRole { return lastLook }
            let l = byRole[role] ?? 0
            lastRole = role
            lastLook = l
            return l
        }
    }

    private var size = Size(width: 0, height: 0)
    private var screen: [Slot]?
    /// The terminal was cleared by someone else (curses): the next frame need not clear.
    private var clearedForNextFrame = false
    private var pen = Pen()
    private var cursorVisible: Bool?

    private var looks: [Look] = []
    private var table = LookTable()
    /// SGR bytes from look `from` (or unknown) to look `to`: `[(from + 1) * looks.count + to]`.
    private var transitions: [[UInt8]] = []

    /// The largest shift tried for ICH/DCH.
    private let maxShift = 16

    public init(theme: Theme, colors: TerminalColors, canShift: Bool = true, scalarWidth: @escaping ScalarWidth) {
        self.theme = theme
        self.colors = colors
        self.canShift = canShift
        self.scalarWidth = scalarWidth
        buildLooks()
    }

    // MARK: State from outside

    /// A new theme: everything is drawn again in the next frame.
    public mutating func setTheme(_ theme: Theme) {
        self.theme = theme
        buildLooks()
        pen.look = nil
        screen = nil
    }

    /// Nothing is known about the terminal any more: the next frame clears and redraws.
    public mutating func invalidate() {
        screen = nil
        clearedForNextFrame = false
        pen = Pen()
        cursorVisible = nil
    }

    /// Someone else (curses) just cleared the screen and left the default attributes:
    /// the next frame draws everything without clearing again. Where the cursor is and
    /// whether it shows is not known.
    public mutating func screenWasCleared() {
        screen = nil
        clearedForNextFrame = true
        pen = Pen(look: 0, cursor: .unknown)
        cursorVisible = nil
    }

    /// The bytes that put the terminal's attributes back to the default (before giving
    /// the terminal to another program or back to the shell).
    public mutating func resetAttributes() -> [UInt8] {
        guard pen.look != 0 else { return [] }
        pen.look = 0
        return Array("\u{1B}[m".utf8)
    }

    // MARK: A frame

    /// The bytes that turn what the terminal shows into `buffer`, with the cursor shown
    /// at `cursor` (hidden when nil or outside the screen).
    public mutating func frame(_ buffer: Buffer, cursor: Point?) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(64)
        let w = buffer.size.width, h = buffer.size.height
        var want: Point?
        if let c = cursor, c.x >= 0, c.y >= 0, c.x < w, c.y < h { want = c }
        if want == nil && cursorVisible != false {
            out += Self.hideCursor
            cursorVisible = false
        }
        var pen = self.pen
        if screen == nil || size != buffer.size {
            size = buffer.size
            if !clearedForNextFrame {
                if !(pen.look.map { looks[$0].erasesClean } ?? false) { setLook(0, &pen, &out) }
                out += Array("\u{1B}[H\u{1B}[2J".utf8)
                pen.cursor = .at(x: 0, y: 0)
            }
            clearedForNextFrame = false
            screen = Array(repeating: .erased, count: w * h)
        }
        guard w > 0, h > 0, var model = screen else {
            self.pen = pen
            return out
        }
        screen = nil  // `model` is the only reference while it changes
        let cells = buffer.cells

        if canShift { shiftRows(cells, &model, &pen, &out) }
        var row: [Slot] = []
        row.reserveCapacity(w)
        for y in 0..<h {
            let base = y * w
            guard let x0 = firstDirty(cells, model, base) else { continue }
            row.removeAll(keepingCapacity: true)
            row.append(contentsOf: model[base..<(base + w)])
            emitRowBest(y, x0, cells, &row, &pen, &out)
            model.replaceSubrange(base..<(base + w), with: row)
        }

        if let p = want {
            move(p.x, p.y, &pen, &out)
            if cursorVisible != true {
                out += Self.showCursor
                cursorVisible = true
            }
        }
        screen = model
        self.pen = pen
        return out
    }

    static let hideCursor = Array("\u{1B}[?25l".utf8)
    static let showCursor = Array("\u{1B}[?25h".utf8)

    // MARK: Cells

    private func lookIndex(_ role: Role) -> Int { table.look(role) }

    /// Whether `cell` cannot be told from an erased cell.
    private func looksErased(_ cell: Cell) -> Bool {
        cell.grapheme == " " && !cell.isContinuation && looks[lookIndex(cell.role)].blankLooksErased
    }

    private func matches(_ slot: Slot, _ cell: Cell) -> Bool {
        switch slot {
        case .unknown: return false
        case .erased: return looksErased(cell)
        case .cell(let c): return c == cell
        }
    }

    private func slot(for cell: Cell) -> Slot { looksErased(cell) ? .erased : .cell(cell) }

    /// Whether the cell at `i` is the first half of a two-column grapheme whose second
    /// half follows it.
    private func isWideLead(_ cells: [Cell], _ i: Int, _ x: Int) -> Bool {
        x + 1 < size.width && cells[i + 1].isContinuation && !cells[i].isContinuation
            && DisplayWidth.of(cells[i].grapheme) == 2
    }

    /// Whether the cell at column `x` (`cells[ci]`, shown as `slots[si]`) must be written.
    private func isDirty(_ cells: [Cell], _ ci: Int, _ slots: [Slot], _ si: Int, _ x: Int, lead: Bool) -> Bool {
        if !matches(slots[si], cells[ci]) { return true }
        if lead { return !matches(slots[si + 1], cells[ci + 1]) }
        // A two-column grapheme on the terminal that is split now: write this half again.
        return x + 1 < size.width && slots[si + 1].isContinuation
    }

    /// The first column of the row at `base` that must be written, if any.
    private func firstDirty(_ cells: [Cell], _ model: [Slot], _ base: Int) -> Int? {
        let w = size.width
        var x = 0
        while x < w {
            let cell = cells[base + x]
            if cell.isContinuation && x > 0 && isWideLead(cells, base + x - 1, x - 1) { x += 1; continue }
            if isDirty(cells, base + x, model, base + x, x, lead: isWideLead(cells, base + x, x)) { return x }
            x += 1
        }
        return nil
    }

    /// How one cell is sent.
    struct Glyph {
        var ascii: UInt8 = 0
        var text: String?
        /// The columns the buffer gives it.
        var columns = 1
        /// The columns the terminal may take for it (wcwidth can say more).
        var reach = 1
        /// Fewer columns were sent than it takes: a blank follows in the second column.
        var pad = false
        /// The cursor surely moved `columns` to the right.
        var trusted = true

        func append(to out: inout [UInt8]) {
            if let text { out.append(contentsOf: text.utf8) } else { out.append(ascii) }
        }
    }

    private func glyph(_ cell: Cell, lead: Bool) -> Glyph {
        let g = cell.grapheme
        if let a = g.asciiValue, a >= 0x20, a < 0x7F { return Glyph(ascii: a) }
        let width = DisplayWidth.of(g)
        if width == 0 { return Glyph(ascii: UInt8(ascii: "?")) }  // a control character or a lone mark
        if width == 2 && !lead { return Glyph(ascii: UInt8(ascii: " ")) }  // no room for its second half
        var scalars = Array(g.unicodeScalars)
        if scalars.contains(where: { $0.value < 0x20 || (0x7F..<0xA0).contains($0.value) }) {
            return Glyph(ascii: UInt8(ascii: "?"))
        }
        let widths = scalars.map { max(0, scalarWidth($0)) }
        var sent = widths.reduce(0, +)
        // The terminal adds the widths of code points; where that differs from the
        // grapheme's width (👍🏽, 👨‍👩‍👧, ❤️), send only the first so the layout holds.
        if scalars.count > 5 || sent != width {
            scalars = [scalars[0]]
            sent = widths[0]
        }
        var text = String.UnicodeScalarView()
        text.append(contentsOf: scalars)
        return Glyph(text: String(text), columns: width, reach: max(width, sent), pad: width == 2 && sent < 2,
                     trusted: scalars.count == 1 && width == 1 && sent == 1)
    }

    // MARK: Moving and attributes

    private func setLook(_ look: Int, _ pen: inout Pen, _ out: inout [UInt8]) {
        if pen.look == look { return }
        out += transitions[((pen.look ?? -1) + 1) * looks.count + look]
        pen.look = look
    }

    private func move(_ x: Int, _ y: Int, _ pen: inout Pen, _ out: inout [UInt8]) {
        let w = size.width
        if pen.cursor == .at(x: x, y: y) { return }
        var best = Self.cup(x, y)
        if case .at(let cx, let cy) = pen.cursor {
            var other: [UInt8]?
            if y == cy || y == cy + 1 {
                // CR (and LF) to the row's start, then right: also after the last column.
                other = y == cy ? [0x0D] : [0x0D, 0x0A]
                if x > 0 { other! += Self.csi(x, "C") }
            }
            if let o = other, o.count < best.count { best = o }
            other = nil
            if cx < w {  // relative moves are not defined in the pending wrap
                if y == cy {
                    if x > cx {
                        other = Self.csi(x - cx, "C")
                    } else {
                        other = cx - x == 1 ? [0x08] : Self.csi(cx - x, "D")
                    }
                } else if x == cx {
                    other = y > cy ? Self.csi(y - cy, "B") : Self.csi(cy - y, "A")
                }
            }
            if let o = other, o.count < best.count { best = o }
        }
        out += best
        pen.cursor = .at(x: x, y: y)
    }

    /// CUP to a 0-based column and row, leaving out what defaults to 1.
    static func cup(_ x: Int, _ y: Int) -> [UInt8] {
        var s: [UInt8] = [0x1B, UInt8(ascii: "[")]
        if x == 0 && y == 0 { return s + [UInt8(ascii: "H")] }
        appendNumber(y + 1, &s)
        if x > 0 {
            s.append(UInt8(ascii: ";"))
            appendNumber(x + 1, &s)
        }
        s.append(UInt8(ascii: "H"))
        return s
    }

    /// `ESC [ n final`, without the 1 that is the default.
    static func csi(_ n: Int, _ final: Character) -> [UInt8] {
        var s: [UInt8] = [0x1B, UInt8(ascii: "[")]
        if n != 1 { appendNumber(n, &s) }
        s.append(final.asciiValue!)
        return s
    }

    static func appendNumber(_ n: Int, _ out: inout [UInt8]) {
        if n >= 10 { appendNumber(n / 10, &out) }
        out.append(UInt8(ascii: "0") + UInt8(n % 10))
    }

    // MARK: Rows

    /// Writes the row `y` (its old cells in `row`), with a shift when that is shorter.
    private func emitRowBest(_ y: Int, _ x0: Int, _ cells: [Cell], _ row: inout [Slot], _ pen: inout Pen,
                             _ out: inout [UInt8]) {
        let w = size.width, base = y * w
        guard canShift, w >= 8 else { return emitRow(y, x0, cells, &row, &pen, &out) }
        func mismatches(_ slotAt: (Int) -> Slot) -> Int {
            var n = 0
            for x in x0..<w where !matches(slotAt(x), cells[base + x]) { n += 1 }
            return n
        }
        let plain = mismatches { row[$0] }
        guard plain >= 3, !row[x0].isContinuation, row[x0] != .unknown else { return emitRow(y, x0, cells, &row, &pen, &out) }
        var best: (insert: Bool, n: Int, mismatches: Int)?
        for n in 1...maxShift where x0 + n < w {
            let probe = min(3, w - x0 - n)
            // Insert n: the old cells from x0 on are now n columns to the right.
            if (0..<probe).allSatisfy({ matches(row[x0 + $0], cells[base + x0 + n + $0]) }) {
                let m = mismatches { $0 < x0 + n ? .unknown : row[$0 - n] }
                if m < best?.mismatches ?? plain { best = (true, n, m) }
            }
            // Delete n: the old cells from x0 + n on are now at x0.
            if !row[x0 + n].isContinuation, (0..<probe).allSatisfy({ matches(row[x0 + n + $0], cells[base + x0 + $0]) }) {
                let m = mismatches { $0 + n < w ? row[$0 + n] : .unknown }
                if m < best?.mismatches ?? plain { best = (false, n, m) }
            }
        }
        guard let shift = best, shift.mismatches + 2 < plain else { return emitRow(y, x0, cells, &row, &pen, &out) }

        var plainRow = row, plainPen = pen, plainOut: [UInt8] = []
        emitRow(y, x0, cells, &plainRow, &plainPen, &plainOut)
        var shiftRow = row, shiftPen = pen, shiftOut: [UInt8] = []
        move(x0, y, &shiftPen, &shiftOut)
        if shift.insert {
            shiftOut += Self.csi(shift.n, "@")
            let cut = shiftRow[w - shift.n].isContinuation
            shiftRow.removeLast(shift.n)
            shiftRow.insert(contentsOf: repeatElement(.unknown, count: shift.n), at: x0)
            if cut { shiftRow[w - 1] = .unknown }  // a wide grapheme lost its second half
        } else {
            shiftOut += Self.csi(shift.n, "P")
            shiftRow.removeSubrange(x0..<(x0 + shift.n))
            shiftRow.append(contentsOf: repeatElement(.unknown, count: shift.n))
        }
        emitRow(y, x0, cells, &shiftRow, &shiftPen, &shiftOut)
        if shiftOut.count < plainOut.count {
            row = shiftRow
            pen = shiftPen
            out += shiftOut
        } else {
            row = plainRow
            pen = plainPen
            out += plainOut
        }
    }

    /// Writes the changed cells of row `y` from column `start` on; `row` holds what the
    /// terminal shows in that row and is updated.
    private func emitRow(_ y: Int, _ start: Int, _ cells: [Cell], _ row: inout [Slot], _ pen: inout Pen,
                         _ out: inout [UInt8]) {
        let w = size.width, base = y * w
        // Where the row's tail of erased-looking blanks starts.
        var erasable = w
        while erasable > start && looksErased(cells[base + erasable - 1]) { erasable -= 1 }
        var x = start
        while x < w {
            let cell = cells[base + x]
            if cell.isContinuation && x > 0 && isWideLead(cells, base + x - 1, x - 1) { x += 1; continue }
            let lead = isWideLead(cells, base + x, x)
            guard isDirty(cells, base + x, row, x, x, lead: lead) else { x += 1; continue }
            if x >= erasable && eraseIsShorter(x, cells, row, base) {
                move(x, y, &pen, &out)
                if !(pen.look.map { looks[$0].erasesClean } ?? false) { setLook(lookIndex(cell.role), &pen, &out) }
                out += Self.eraseLine
                for i in x..<w { row[i] = .erased }
                return
            }
            put(x, y, cell, lead: lead, cells, &row, &pen, &out)
            x += lead ? 2 : 1
        }
    }

    static let eraseLine = Array("\u{1B}[K".utf8)

    /// Whether erasing from `x` to the end of the row costs fewer bytes than writing the
    /// changed blanks there.
    private func eraseIsShorter(_ x: Int, _ cells: [Cell], _ row: [Slot], _ base: Int) -> Bool {
        var dirty = 0, runs = 0, inRun = false
        for i in x..<size.width {
            if matches(row[i], cells[base + i]) {
                inRun = false
            } else {
                dirty += 1
                if !inRun { runs += 1 }
                inRun = true
            }
        }
        // ESC[K is 3 bytes; each blank is 1, each jump over unchanged cells 3 or more.
        return dirty + 3 * (runs - 1) > 3
    }

    private func put(_ x: Int, _ y: Int, _ cell: Cell, lead: Bool, _ cells: [Cell], _ row: inout [Slot],
                     _ pen: inout Pen, _ out: inout [UInt8]) {
        let w = size.width, h = size.height, base = y * w
        let look = lookIndex(cell.role)
        let g = glyph(cell, lead: lead)
        let corner = y == h - 1 && x + g.reach >= w
        if corner && canShift && x == w - 1 && w >= 2 && g.trusted && !lead && !row[w - 2].isContinuation
            && !cells[base + w - 2].isContinuation && !isWideLead(cells, base + w - 2, w - 2) {
            // The bottom-right cell without touching autowrap: written one column to the
            // left, pushed into place by inserting a blank before it (BS, ICH), and then
            // the cell to its left is written again.
            move(w - 2, y, &pen, &out)
            setLook(look, &pen, &out)
            g.append(to: &out)
            out += [0x08] + Self.csi(1, "@")
            pen.cursor = .at(x: w - 2, y: y)
            row[w - 1] = slot(for: cell)
            row[w - 2] = .unknown
            put(w - 2, y, cells[base + w - 2], lead: false, cells, &row, &pen, &out)
            return
        }
        approach(x, y, look, cells, row, &pen, &out)
        if corner { out += Self.autowrapOff }
        setLook(look, &pen, &out)
        g.append(to: &out)
        pen.cursor = g.trusted ? .at(x: x + g.columns, y: y) : .unknown
        if g.pad {
            move(x + 1, y, &pen, &out)
            out.append(UInt8(ascii: " "))
            pen.cursor = .at(x: x + 2, y: y)
        }
        if corner {
            out += Self.autowrapOn
            pen.cursor = .unknown
        }
        // Writing one column over the first half of a wide grapheme blanks its second half.
        if !lead && x + 1 < w && row[x + 1].isContinuation { row[x + 1] = .unknown }
        row[x] = slot(for: cell)
        if lead { row[x + 1] = slot(for: cells[base + x + 1]) }
    }

    static let autowrapOff = Array("\u{1B}[?7l".utf8)
    static let autowrapOn = Array("\u{1B}[?7h".utf8)

    /// Moves to (x, y) to write a cell in `look`: a short gap of unchanged plain cells in
    /// the current attributes is written again when that is shorter than a cursor move.
    private func approach(_ x: Int, _ y: Int, _ look: Int, _ cells: [Cell], _ row: [Slot], _ pen: inout Pen,
                          _ out: inout [UInt8]) {
        if case .at(let cx, let cy) = pen.cursor, cy == y, cx < x, x - cx <= 3, let current = pen.look {
            let base = y * size.width
            var gap: [UInt8] = []
            for i in cx..<x {
                let c = cells[base + i]
                guard !c.isContinuation, let a = c.grapheme.asciiValue, a >= 0x20, a < 0x7F,
                      lookIndex(c.role) == current, matches(row[i], c) else { gap = []; break }
                gap.append(a)
            }
            if !gap.isEmpty && gap.count < Self.csi(x - cx, "C").count {
                out += gap
                pen.cursor = .at(x: x, y: y)
                return
            }
        }
        move(x, y, &pen, &out)
    }

    // MARK: Rows that moved

    /// When rows moved up or down (a text scrolled, a line was inserted), moves them on
    /// the terminal too with DL/IL, inside a scrolling region when the rows below stay.
    private func shiftRows(_ cells: [Cell], _ model: inout [Slot], _ pen: inout Pen, _ out: inout [UInt8]) {
        let w = size.width, h = size.height
        guard h >= 3 else { return }
        func rowEqual(_ newRow: Int, _ oldRow: Int) -> Bool {
            let nb = newRow * w, ob = oldRow * w
            for x in 0..<w where !matches(model[ob + x], cells[nb + x]) { return false }
            return true
        }
        var changed = [Bool](repeating: false, count: h)
        var changedCount = 0
        for y in 0..<h where !rowEqual(y, y) {
            changed[y] = true
            changedCount += 1
        }
        guard changedCount >= 3 else { return }

        // Fingerprints per row, to find moved rows quickly; a match is checked in full.
        let erasedPrint: UInt64 = 0x9E37_79B9_7F4A_7C15
        func fingerprint(_ cell: Cell) -> UInt64 {
            if looksErased(cell) { return erasedPrint }
            var v = UInt64(cell.grapheme.unicodeScalars.first?.value ?? 0)
            v = v &* 31 &+ UInt64(cell.grapheme.unicodeScalars.count)
            v = v &* 31 &+ UInt64(lookIndex(cell.role))
            return v &* 2 &+ (cell.isContinuation ? 1 : 0)
        }
        func mix(_ h: UInt64, _ v: UInt64) -> UInt64 { (h ^ v) &* 0x100_0000_01B3 }
        var newPrints = [UInt64](repeating: 0, count: h)
        var blank = [Bool](repeating: true, count: h)
        var oldPrints = [UInt64?](repeating: nil, count: h)
        for y in 0..<h {
            var p: UInt64 = 0xCBF2_9CE4_8422_2325, q: UInt64? = 0xCBF2_9CE4_8422_2325
            for x in 0..<w {
                let v = fingerprint(cells[y * w + x])
                if v != erasedPrint { blank[y] = false }
                p = mix(p, v)
                switch model[y * w + x] {
                case .unknown: q = nil
                case .erased: q = q.map { mix($0, erasedPrint) }
                case .cell(let c): q = q.map { mix($0, fingerprint(c)) }
                }
            }
            newPrints[y] = p
            oldPrints[y] = q
        }

        // The best move: up (new row y was old row y + k) or down (was y - k), over a run
        // of rows [a, b]. Gain: changed rows that need no writing after the move (blank
        // rows are cheap anyway); loss: unchanged rows that the move blanks.
        var best: (net: Int, up: Bool, k: Int, a: Int, b: Int)?
        for k in 1..<h {
            for up in [true, false] {
                var y = up ? 0 : k
                let end = up ? h - k : h
                while y < end {
                    guard let old = oldPrints[up ? y + k : y - k], old == newPrints[y] else { y += 1; continue }
                    let a = y
                    while y + 1 < end, let o = oldPrints[up ? y + 1 + k : y + 1 - k], o == newPrints[y + 1] { y += 1 }
                    let b = y
                    var net = 0
                    for r in a...b where changed[r] && !blank[r] { net += 1 }
                    for r in (up ? (b + 1)...(b + k) : (a - k)...(a - 1)) where !changed[r] && !blank[r] { net -= 1 }
                    if net > (best?.net ?? 0) { best = (net, up, k, a, b) }
                    y += 1
                }
            }
        }
        guard let m = best else { return }
        for r in m.a...m.b where !rowEqual(r, m.up ? r + m.k : r - m.k) { return }  // a fingerprint collision

        // The region [top, bottom] that moves. Rows next to the run move along when they
        // look more like the row that would move into them (e.g. the line being typed in
        // below a text that scrolls up, whose end changed): cells that differ are counted,
        // and a row that comes in blank (unknown) costs its visible cells.
        func differing(_ newRow: Int, _ oldRow: Int) -> Int {
            let nb = newRow * w, ob = oldRow * w
            var n = 0
            for x in 0..<w where !matches(model[ob + x], cells[nb + x]) { n += 1 }
            return n
        }
        func visible(_ newRow: Int) -> Int {
            var n = 0
            for x in 0..<w where !looksErased(cells[newRow * w + x]) { n += 1 }
            return n
        }
        var top = m.up ? m.a : m.a - m.k
        var bottom = m.up ? m.b + m.k : m.b
        if m.up {
            while bottom + 1 < h {
                let into = bottom + 1 - m.k, out = bottom + 1
                guard differing(into, out) + visible(out) <= visible(into) + differing(out, out) else { break }
                bottom += 1
            }
            while top > 0 && differing(top - 1, top - 1 + m.k) < differing(top - 1, top - 1) { top -= 1 }
        } else {
            while top > 0 {
                let into = top - 1 + m.k, out = top - 1
                guard differing(into, out) + visible(out) <= visible(into) + differing(out, out) else { break }
                top -= 1
            }
            while bottom + 1 < h && differing(bottom + 1, bottom + 1 - m.k) < differing(bottom + 1, bottom + 1) { bottom += 1 }
        }
        let region = bottom != h - 1
        if region {
            out += [0x1B, UInt8(ascii: "[")]
            Self.appendNumber(top + 1, &out)
            out.append(UInt8(ascii: ";"))
            Self.appendNumber(bottom + 1, &out)
            out.append(UInt8(ascii: "r"))
            pen.cursor = .unknown
        }
        move(0, top, &pen, &out)
        out += Self.csi(m.k, m.up ? "M" : "L")
        if region { out += Array("\u{1B}[r".utf8) }
        pen.cursor = .unknown

        let moved = Array(model[(top * w)..<((bottom + 1) * w)])
        let span = (bottom - top + 1) * w, shift = m.k * w
        for i in 0..<span {
            let from = m.up ? i + shift : i - shift
            model[top * w + i] = from >= 0 && from < span ? moved[from] : .unknown
        }
    }

    // MARK: Styles

    private mutating func buildLooks() {
        looks = [Look()]
        let table = LookTable()
        for role in Role.allCases {
            let look = Self.look(theme.style(role), colors)
            if let i = looks.firstIndex(of: look) {
                table.byRole[role] = i
            } else {
                looks.append(look)
                table.byRole[role] = looks.count - 1
            }
        }
        table.lastRole = .text
        table.lastLook = table.byRole[.text] ?? 0
        self.table = table
        transitions = []
        for from in -1..<looks.count {
            for to in 0..<looks.count {
                transitions.append(Self.sgr(from: from < 0 ? nil : looks[from], to: looks[to]))
            }
        }
    }

    static func look(_ style: Style, _ colors: TerminalColors) -> Look {
        let s = colors == .none ? style.withoutColor : style
        func index(_ c: Color) -> Int {
            switch c {
            case .terminal: return -1
            case .index(let n):
                if n < 0 { return -1 }
                return n < colors.available ? n : n % 8
            }
        }
        return Look(fg: index(s.foreground), bg: index(s.background), bold: s.bold, dim: s.dim,
                    underline: s.underline, reverse: s.reverse)
    }

    /// The shortest SGR from `from` (nil: unknown) to `to`.
    static func sgr(from: Look?, to: Look) -> [UInt8] {
        func color(_ n: Int, background: Bool) -> String {
            let base = background ? 40 : 30
            if n < 0 { return String(base + 9) }
            if n < 8 { return String(base + n) }
            if n < 16 { return String(base + 60 + n - 8) }
            return "\(base + 8);5;\(n)"
        }
        var full: [String] = []
        if to.bold { full.append("1") }
        if to.dim { full.append("2") }
        if to.underline { full.append("4") }
        if to.reverse { full.append("7") }
        if to.fg >= 0 { full.append(color(to.fg, background: false)) }
        if to.bg >= 0 { full.append(color(to.bg, background: true)) }
        var best = full.isEmpty ? "" : (["0"] + full).joined(separator: ";")
        if let from {
            if from == to { return [] }
            var p: [String] = []
            if (from.bold && !to.bold) || (from.dim && !to.dim) {
                p.append("22")
                if to.bold { p.append("1") }
                if to.dim { p.append("2") }
            } else {
                if to.bold && !from.bold { p.append("1") }
                if to.dim && !from.dim { p.append("2") }
            }
            if from.underline != to.underline { p.append(to.underline ? "4" : "24") }
            if from.reverse != to.reverse { p.append(to.reverse ? "7" : "27") }
            if from.fg != to.fg { p.append(color(to.fg, background: false)) }
            if from.bg != to.bg { p.append(color(to.bg, background: true)) }
            let step = p.joined(separator: ";")
            if step.utf8.count < best.utf8.count { best = step }
        }
        return Array("\u{1B}[\(best)m".utf8)
    }
}
