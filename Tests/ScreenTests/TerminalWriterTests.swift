import Testing
@testable import Screen

// MARK: - A small terminal for the tests

/// The code point widths the tests give the writer, as glibc's wcwidth has them for
/// the characters used here.
func testWidth(_ s: Unicode.Scalar) -> Int {
    let v = s.value
    if v < 0x20 || (0x7F..<0xA0).contains(v) { return -1 }
    if (0x300...0x36F).contains(v) || v == 0x200D || v == 0xFE0F { return 0 }
    if DisplayWidth.isWide(v) || (0x1F3FB...0x1F3FF).contains(v) { return 2 }
    return 1
}

/// Applies the writer's bytes to a grid of cells the way xterm does: printing (UTF-8,
/// wide and combining characters, autowrap), CR, LF, BS, CUP, CUU/CUD/CUF/CUB, CHA, EL,
/// ED, ICH, DCH, IL, DL, DECSTBM, SGR, and the modes ?25 and ?7. Anything else, and
/// anything a writer must never cause (scrolling the screen, ICH in the middle of a wide
/// character), is recorded in `errors`.
struct TestTerminal {
    struct Cell: Equatable {
        var text = " "
        var look = TerminalWriter.Look()
        var isContinuation = false
    }

    let width: Int, height: Int
    var grid: [[Cell]]
    var x = 0, y = 0
    var pendingWrap = false
    var autowrap = true
    var cursorVisible = true
    var look = TerminalWriter.Look()
    var top = 0, bottom: Int
    var errors: [String] = []
    var lastPrinted: (x: Int, y: Int)?

    init(width: Int, height: Int) {
        self.width = width
        self.height = height
        bottom = height - 1
        grid = Array(repeating: Array(repeating: Cell(), count: width), count: height)
    }

    /// A blank as erasing leaves it: the current background, nothing else.
    var erased: Cell { Cell(text: " ", look: TerminalWriter.Look(bg: look.bg)) }

    /// What curses' clear does: everything erased in the default colours.
    mutating func clearAll() {
        look = TerminalWriter.Look()
        grid = Array(repeating: Array(repeating: Cell(), count: width), count: height)
        x = 3
        y = 1
        pendingWrap = false
    }

    mutating func feed(_ bytes: [UInt8]) {
        var i = 0
        var text: [UInt8] = []
        func flushText() {
            guard !text.isEmpty else { return }
            for s in String(decoding: text, as: UTF8.self).unicodeScalars { print(s) }
            text = []
        }
        while i < bytes.count {
            let b = bytes[i]
            if b == 0x1B {
                flushText()
                guard i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: "[") else {
                    errors.append("ESC zonder [ op \(i)")
                    i += 1
                    continue
                }
                var j = i + 2
                var privateMode = false
                if j < bytes.count && bytes[j] == UInt8(ascii: "?") { privateMode = true; j += 1 }
                var params: [Int?] = []
                var current: Int?
                while j < bytes.count, bytes[j] == UInt8(ascii: ";") || (0x30...0x39).contains(bytes[j]) {
                    if bytes[j] == UInt8(ascii: ";") {
                        params.append(current)
                        current = nil
                    } else {
                        current = (current ?? 0) * 10 + Int(bytes[j] - 0x30)
                    }
                    j += 1
                }
                params.append(current)
                guard j < bytes.count else { errors.append("onaf CSI"); return }
                lastPrinted = nil
                csi(bytes[j], params, privateMode: privateMode)
                i = j + 1
            } else if b < 0x20 || b == 0x7F {
                flushText()
                lastPrinted = nil
                switch b {
                case 0x0D: x = 0; pendingWrap = false
                case 0x0A: lineFeed()
                case 0x08: if x > 0 { x -= 1 }; pendingWrap = false
                default: errors.append("stuurteken \(b)")
                }
                i += 1
            } else {
                text.append(b)
                i += 1
            }
        }
        flushText()
    }

    mutating func lineFeed() {
        pendingWrap = false
        if y == bottom {
            errors.append("het scherm schoof (LF op de onderste regel)")
            grid.remove(at: top)
            grid.insert(Array(repeating: erased, count: width), at: bottom)
        } else if y < height - 1 {
            y += 1
        }
    }

    /// Blanks the other half of any wide character that (x) is part of.
    mutating func breakWide(_ cx: Int, _ cy: Int) {
        guard cx >= 0 && cx < width else { return }
        if grid[cy][cx].isContinuation, cx > 0 {
            grid[cy][cx - 1] = Cell(text: " ", look: grid[cy][cx - 1].look)
            grid[cy][cx] = Cell(text: " ", look: grid[cy][cx].look)
        } else if cx + 1 < width, grid[cy][cx + 1].isContinuation {
            grid[cy][cx + 1] = Cell(text: " ", look: grid[cy][cx + 1].look)
        }
    }

    mutating func print(_ s: Unicode.Scalar) {
        let w = testWidth(s)
        if w < 0 { errors.append("onafdrukbaar teken U+\(String(s.value, radix: 16))"); return }
        if w == 0 {
            if let p = lastPrinted { grid[p.y][p.x].text.unicodeScalars.append(s) }
            return
        }
        if pendingWrap && autowrap {
            x = 0
            lineFeed()
        }
        pendingWrap = false
        if x + w > width {
            if autowrap {
                x = 0
                lineFeed()
            } else {
                x = width - w
            }
        }
        breakWide(x, y)
        if w == 2 { breakWide(x + 1, y) }
        grid[y][x] = Cell(text: String(s), look: look)
        if w == 2 { grid[y][x + 1] = Cell(text: "", look: look, isContinuation: true) }
        lastPrinted = (x, y)
        x += w
        if x >= width {
            x = width - 1
            pendingWrap = autowrap
        }
    }

    mutating func csi(_ final: UInt8, _ p: [Int?], privateMode: Bool) {
        func n(_ i: Int, _ d: Int = 1) -> Int { i < p.count ? (p[i].map { $0 == 0 ? d : $0 } ?? d) : d }
        if privateMode {
            let on = final == UInt8(ascii: "h")
            guard on || final == UInt8(ascii: "l") else { errors.append("onbekende ?-reeks"); return }
            switch p.first ?? nil {
            case 25: cursorVisible = on
            case 7: autowrap = on
            default: errors.append("onbekende modus \(String(describing: p))")
            }
            return
        }
        let wasPending = pendingWrap
        pendingWrap = false
        switch Character(UnicodeScalar(final)) {
        case "H", "f":
            y = min(n(0), height) - 1
            x = min(n(1), width) - 1
        case "A": y = max(0, y - n(0))
        case "B": y = min(height - 1, y + n(0))
        case "C": x = min(width - 1, x + n(0))
        case "D": x = max(0, x - n(0))
        case "G": x = min(n(0), width) - 1
        case "K":
            pendingWrap = wasPending
            let mode = p.first.flatMap { $0 } ?? 0
            let range = mode == 0 ? x..<width : mode == 1 ? 0..<(x + 1) : 0..<width
            if range.lowerBound > 0 { breakWide(range.lowerBound, y) }
            for i in range { grid[y][i] = erased }
        case "J":
            let mode = p.first.flatMap { $0 } ?? 0
            guard mode == 2 else { errors.append("ED \(mode)"); return }
            grid = Array(repeating: Array(repeating: erased, count: width), count: height)
        case "@":
            if grid[y][x].isContinuation { errors.append("ICH midden in een breed teken") }
            let k = min(n(0), width - x)
            grid[y].removeLast(k)
            grid[y].insert(contentsOf: Array(repeating: erased, count: k), at: x)
            if grid[y][width - 1].text != "", width > 1, !grid[y][width - 1].isContinuation,
               testWidth(grid[y][width - 1].text.unicodeScalars.first!) == 2 {
                grid[y][width - 1] = erased  // a wide character lost its second half
            }
        case "P":
            let k = min(n(0), width - x)
            if grid[y][x].isContinuation || (x + k < width && grid[y][x + k].isContinuation) {
                errors.append("DCH splitst een breed teken")
            }
            grid[y].removeSubrange(x..<(x + k))
            grid[y].append(contentsOf: Array(repeating: erased, count: k))
        case "L", "M":
            guard y >= top && y <= bottom else { errors.append("IL/DL buiten het schuifgebied"); return }
            let k = min(n(0), bottom - y + 1)
            for _ in 0..<k {
                if final == UInt8(ascii: "L") {
                    grid.remove(at: bottom)
                    grid.insert(Array(repeating: erased, count: width), at: y)
                } else {
                    grid.remove(at: y)
                    grid.insert(Array(repeating: erased, count: width), at: bottom)
                }
            }
            x = 0
        case "r":
            top = n(0) - 1
            bottom = min(n(1, height), height) - 1
            x = 0
            y = 0
        case "m":
            sgr(p)
        default:
            errors.append("onbekende reeks ESC[\(String(describing: p))\(Character(UnicodeScalar(final)))")
        }
    }

    mutating func sgr(_ p: [Int?]) {
        var i = 0
        while i < p.count {
            let v = p[i] ?? 0
            switch v {
            case 0: look = TerminalWriter.Look()
            case 1: look.bold = true
            case 2: look.dim = true
            case 4: look.underline = true
            case 7: look.reverse = true
            case 22: look.bold = false; look.dim = false
            case 24: look.underline = false
            case 27: look.reverse = false
            case 30...37: look.fg = v - 30
            case 39: look.fg = -1
            case 40...47: look.bg = v - 40
            case 49: look.bg = -1
            case 90...97: look.fg = v - 90 + 8
            case 100...107: look.bg = v - 100 + 8
            case 38, 48:
                guard i + 2 < p.count, p[i + 1] == 5, let c = p[i + 2] else { errors.append("SGR \(v) zonder ;5;n"); return }
                if v == 38 { look.fg = c } else { look.bg = c }
                i += 2
            default: errors.append("onbekende SGR \(v)")
            }
            i += 1
        }
    }

    /// The screen as text, continuation cells left out (as `Buffer.lines`).
    var lines: [String] { grid.map { $0.filter { !$0.isContinuation }.map(\.text).joined() } }
}

/// What the terminal should show for `buffer`, cell by cell; nil when it matches.
func difference(_ term: TestTerminal, _ buffer: Buffer, _ theme: Theme, _ colors: TerminalColors) -> String? {
    let w = buffer.size.width
    for y in 0..<buffer.size.height {
        for x in 0..<w {
            let cell = buffer[x, y]
            let shown = term.grid[y][x]
            let look = TerminalWriter.look(theme.style(cell.role), colors)
            let lead = x + 1 < w && buffer[x + 1, y].isContinuation && !cell.isContinuation && DisplayWidth.of(cell.grapheme) == 2
            if cell.isContinuation && x > 0 && !buffer[x - 1, y].isContinuation && DisplayWidth.of(buffer[x - 1, y].grapheme) == 2 {
                // The second half of a wide character: a continuation, or the blank after
                // a character sent as its first code point only.
                if shown.isContinuation || (shown.text == " " && shown.look == term.grid[y][x - 1].look) { continue }
                return "(\(x),\(y)): tweede helft verwacht, staat \(shown)"
            }
            var text: String
            let width = DisplayWidth.of(cell.grapheme)
            if cell.isContinuation {
                text = " "
            } else if width == 0 {
                text = "?"
            } else if width == 2 && !lead {
                text = " "
            } else {
                let scalars = Array(cell.grapheme.unicodeScalars)
                let sum = scalars.map { max(0, testWidth($0)) }.reduce(0, +)
                text = scalars.count > 5 || sum != width ? String(scalars[0]) : String(cell.grapheme)
            }
            if text == " " && look.blankLooksErased {
                if shown.text == " " && shown.look.blankLooksErased && !shown.isContinuation { continue }
            } else if shown.text == text && shown.look == look && !shown.isContinuation {
                continue
            }
            return "(\(x),\(y)): verwacht \(text.debugDescription) \(look), staat \(shown.text.debugDescription) \(shown.look)\n"
                + term.lines.joined(separator: "\n")
        }
    }
    return nil
}

// MARK: - Tests

@Suite("TerminalWriter: frames als bytes voor de terminal")
struct TerminalWriterTests {
    static let theme = Theme(name: "proef", styles: [
        .text: Style(), .muted: Style(foreground: .brightBlack), .border: Style(foreground: .index(208)),
        .title: Style(foreground: .brightWhite, bold: true), .input: Style(underline: true),
        .focusedInput: Style(foreground: .brightWhite, bold: true, underline: true),
        .selection: Style(foreground: .black, background: .cyan, bold: true), .statusBar: Style(foreground: .black, background: .white),
        .error: Style(foreground: .brightWhite, background: .red, bold: true), .dialog: Style(reverse: true),
        .placeholder: Style(dim: true), .helpKey: Style(background: .index(17), bold: true),
    ])

    static func writer(_ colors: TerminalColors = .full256, theme: Theme = theme, canShift: Bool = true) -> TerminalWriter {
        TerminalWriter(theme: theme, colors: colors, canShift: canShift, scalarWidth: testWidth)
    }

    /// A writer and a terminal that together have shown the first frame.
    struct Setup {
        var writer: TerminalWriter
        var term: TestTerminal
        var colors: TerminalColors
        var theme: Theme

        init(_ first: Buffer, cursor: Point? = nil, colors: TerminalColors = .full256, theme: Theme = TerminalWriterTests.theme,
             canShift: Bool = true) {
            writer = TerminalWriterTests.writer(colors, theme: theme, canShift: canShift)
            term = TestTerminal(width: first.size.width, height: first.size.height)
            self.colors = colors
            self.theme = theme
            _ = show(first, cursor: cursor)
        }

        /// Shows a frame; the bytes it took.
        mutating func show(_ buffer: Buffer, cursor: Point?) -> [UInt8] {
            let bytes = writer.frame(buffer, cursor: cursor)
            term.feed(bytes)
            return bytes
        }

        func check(_ buffer: Buffer, cursor: Point?, _ bytes: [UInt8] = [], sourceLocation: SourceLocation = #_sourceLocation) {
            #expect(term.errors.isEmpty, "\(term.errors)\n\(readable(bytes))", sourceLocation: sourceLocation)
            let diff = difference(term, buffer, theme, colors)
            #expect(diff == nil, "\(diff ?? "")\nbytes: \(readable(bytes))", sourceLocation: sourceLocation)
            #expect(term.autowrap, "autowrap staat nog uit", sourceLocation: sourceLocation)
            #expect(term.top == 0 && term.bottom == buffer.size.height - 1, "het schuifgebied is niet hersteld", sourceLocation: sourceLocation)
            #expect(term.cursorVisible == (cursor != nil), sourceLocation: sourceLocation)
            if let c = cursor {
                #expect(term.x == c.x && term.y == c.y && !term.pendingWrap,
                        "cursor op (\(term.x),\(term.y)), verwacht (\(c.x),\(c.y))", sourceLocation: sourceLocation)
            }
        }
    }

    /// A full-screen text area as the benchmark types in: text in focusedInput.
    static func textScreen(_ lines: [String], width: Int = 80, height: Int = 24) -> Buffer {
        var b = Buffer(size: Size(width: width, height: height))
        b.fill(b.area, Cell(" ", role: .focusedInput))
        for (y, line) in lines.enumerated() where y < height { b.write(line, x: 0, y: y, role: .focusedInput) }
        return b
    }

    static let prose: [String] = (0..<24).map { i in
        String("Het gezin maakt samen een plan met afspraken over school, werk en geld. Regel \(i) ".prefix(70 + i % 7))
    }

    @Test("Een eerste frame wist het scherm en zet alle tekst op zijn plaats", arguments: [true, false])
    func volledigFrame(_ canShift: Bool) {
        var b = Buffer(size: Size(width: 30, height: 6))
        b.write("Regie — plan", x: 2, y: 0, role: .title)
        b.write("Één café, ë ü", x: 0, y: 2)
        b.write("grijs", x: 5, y: 3, role: .muted)
        b.fill(Rect(x: 0, y: 5, width: 30, height: 1), Cell(" ", role: .statusBar))
        b.write("C-q Afsluiten", x: 1, y: 5, role: .statusBar)
        var s = Setup(Buffer(size: Size(width: 30, height: 6)), canShift: canShift)
        s.writer.invalidate()
        let bytes = s.show(b, cursor: Point(x: 4, y: 2))
        #expect(readable(bytes).hasPrefix("␛[H␛[2J") || readable(bytes).contains("␛[H␛[2J"), "\(readable(bytes))")
        s.check(b, cursor: Point(x: 4, y: 2), bytes)
        #expect(s.term.lines[2].hasPrefix("Één café, ë ü"))
        // The status bar reaches the bottom-right cell: written one column to the left and
        // pushed into place with ICH, or (without ICH) with autowrap off.
        if canShift {
            #expect(readable(bytes).contains(" \\u{8}␛[@ ") && !readable(bytes).contains("␛[?7l"), "\(readable(bytes))")
        } else {
            #expect(readable(bytes).contains("␛[?7l ␛[?7h"), "\(readable(bytes))")
        }
    }

    @Test("Eén letter midden in een regel: invoegen met ICH, hooguit 32 bytes")
    func invoegenMetICH() {
        var lines = Self.prose
        var s = Setup(Self.textScreen(lines), cursor: Point(x: 30, y: 11))
        var total = 0
        for (i, c) in "nieuw".enumerated() {
            let col = 30 + i
            lines[11].insert(c, at: lines[11].index(lines[11].startIndex, offsetBy: col))
            let b = Self.textScreen(lines)
            let bytes = s.show(b, cursor: Point(x: col + 1, y: 11))
            s.check(b, cursor: Point(x: col + 1, y: 11), bytes)
            #expect(readable(bytes).contains("␛[@"), "\(readable(bytes))")
            #expect(bytes.count <= 32, "\(bytes.count) bytes: \(readable(bytes))")
            total += bytes.count
        }
        // The cursor is already where the next letter goes: only ICH and the letter.
        #expect(total <= 5 * 12, "\(total) bytes voor 5 letters")
    }

    @Test("Letters weghalen midden in een regel gebruikt DCH")
    func weghalenMetDCH() {
        var lines = Self.prose
        var s = Setup(Self.textScreen(lines), cursor: Point(x: 40, y: 5))
        for col in stride(from: 39, through: 36, by: -1) {  // backspace, four times
            lines[5].remove(at: lines[5].index(lines[5].startIndex, offsetBy: col))
            let b = Self.textScreen(lines)
            let bytes = s.show(b, cursor: Point(x: col, y: 5))
            s.check(b, cursor: Point(x: col, y: 5), bytes)
            #expect(readable(bytes).contains("␛[P"), "\(readable(bytes))")
            // BS, DCH, then the underlined blank DCH left at the end of the row, and back.
            #expect(bytes.count <= 16, "\(bytes.count) bytes: \(readable(bytes))")
        }
        // Delete (the letter under the cursor), three at once: ESC[3P.
        lines[5].removeSubrange(lines[5].index(lines[5].startIndex, offsetBy: 10)..<lines[5].index(lines[5].startIndex, offsetBy: 13))
        let b = Self.textScreen(lines)
        let bytes = s.show(b, cursor: Point(x: 10, y: 5))
        s.check(b, cursor: Point(x: 10, y: 5), bytes)
        #expect(readable(bytes).contains("␛[3P"), "\(readable(bytes))")
    }

    @Test("Geen SGR als de stijl gelijk blijft, ook niet tussen frames")
    func geenOverbodigeSGR() {
        var b = Self.textScreen(["abc"], width: 40, height: 5)
        var s = Setup(b, cursor: Point(x: 3, y: 0))
        for (i, c) in "defgh".enumerated() {
            b.write(String(c), x: 3 + i, y: 0, role: .focusedInput)
            let bytes = s.show(b, cursor: Point(x: 4 + i, y: 0))
            s.check(b, cursor: Point(x: 4 + i, y: 0), bytes)
            #expect(!readable(bytes).contains("m"), "\(readable(bytes))")  // no SGR (and no letter m typed)
            #expect(bytes.count == 1, "\(readable(bytes))")
        }
        // A different role costs only what changes: from bold underlined white to underlined.
        b.write("x", x: 10, y: 2, role: .input)
        let bytes = s.show(b, cursor: Point(x: 11, y: 2))
        s.check(b, cursor: Point(x: 11, y: 2), bytes)
        #expect(readable(bytes) == "␛[3;11H␛[0;4mx", "\(readable(bytes))")  // reset and underline: shorter than ␛[22;39m
    }

    @Test("De cursor wordt alleen getoond of verborgen als dat verandert")
    func cursorZichtbaarheid() {
        let b = Self.textScreen(["abc"], width: 20, height: 4)
        var s = Setup(b, cursor: nil)
        func count(_ bytes: [UInt8], _ s: String) -> Int { readable(bytes).components(separatedBy: s).count - 1 }
        var bytes = s.show(b, cursor: Point(x: 1, y: 1))
        #expect(count(bytes, "␛[?25h") == 1 && count(bytes, "␛[?25l") == 0, "\(readable(bytes))")
        bytes = s.show(b, cursor: Point(x: 2, y: 1))
        #expect(readable(bytes) == "␛[C", "\(readable(bytes))")
        bytes = s.show(b, cursor: Point(x: 2, y: 1))
        #expect(bytes.isEmpty, "\(readable(bytes))")
        bytes = s.show(b, cursor: nil)
        #expect(readable(bytes) == "␛[?25l", "\(readable(bytes))")
        bytes = s.show(b, cursor: nil)
        #expect(bytes.isEmpty)
        bytes = s.show(b, cursor: Point(x: 25, y: 1))  // outside the screen: hidden
        #expect(bytes.isEmpty)
        s.check(b, cursor: nil)
    }

    @Test("Brede tekens, accenten en emoji houden hun plaats", arguments: [TerminalColors.full256, .eight, .none])
    func bredeTekens(_ colors: TerminalColors) {
        var b = Buffer(size: Size(width: 24, height: 4))
        b.write("a漢b👍c❤️d👍🏽e👨‍👩‍👧f", x: 0, y: 0, role: .title)
        b.write("e\u{301}é─│·…字", x: 1, y: 1, role: .muted)
        b.write("漢字漢字漢字漢字漢字漢字", x: 0, y: 3, role: .selection)
        var s = Setup(b, cursor: Point(x: 2, y: 1), colors: colors)
        s.check(b, cursor: Point(x: 2, y: 1))
        #expect(s.term.lines[0].hasPrefix("a漢b👍c❤ d👍e👨f"), "\(s.term.lines[0])")
        // Overwriting half of a wide character, inserting before one, deleting one.
        b.write("x", x: 2, y: 0, role: .title)
        b.write("Z", x: 0, y: 3, role: .selection)
        var line = Buffer(size: b.size)
        line.write("q漢字e\u{301}é─│·…字", x: 0, y: 1, role: .muted)
        for x in 0..<24 { b[x, 1] = line[x, 1] }
        let bytes = s.show(b, cursor: Point(x: 5, y: 3))
        s.check(b, cursor: Point(x: 5, y: 3), bytes)
    }

    @Test("Een lege regelstaart wordt gewist met EL")
    func staartWissen() {
        var b = Buffer(size: Size(width: 40, height: 3))
        b.write("Een regel met heel wat tekst erop, ja", x: 0, y: 1)
        var s = Setup(b)
        b.fill(Rect(x: 3, y: 1, width: 37, height: 1))
        let bytes = s.show(b, cursor: nil)
        s.check(b, cursor: nil, bytes)
        #expect(readable(bytes).hasSuffix("␛[K") && bytes.count <= 11, "\(readable(bytes))")
        // Blanks that are underlined cannot be erased: they are written.
        b.fill(Rect(x: 0, y: 2, width: 40, height: 1), Cell(" ", role: .input))
        let underlined = s.show(b, cursor: nil)
        s.check(b, cursor: nil, underlined)
        #expect(!readable(underlined).contains("␛[K"), "\(readable(underlined))")
    }

    @Test("Tekst die een regel schuift wordt verschoven met DL of IL, niet opnieuw geschreven")
    func regelsSchuiven() {
        let all = (0..<40).map { "Regel \($0): " + String(repeating: "tekst ", count: 10) }
        var s = Setup(Self.textScreen(Array(all[0..<24])), cursor: Point(x: 0, y: 23))
        // Scrolling down one line: everything moves up.
        var b = Self.textScreen(Array(all[1..<25]))
        var bytes = s.show(b, cursor: Point(x: 0, y: 23))
        s.check(b, cursor: Point(x: 0, y: 23), bytes)
        #expect(readable(bytes).contains("␛[M"), "\(readable(bytes))")
        #expect(bytes.count < 120, "\(bytes.count) bytes: \(readable(bytes))")
        // A line inserted in the middle, with a status bar below that stays: IL inside a region.
        var lines = Array(all[1..<23])
        lines.insert("nieuw", at: 10)
        b = Self.textScreen(Array(lines[0..<22]))
        b.fill(Rect(x: 0, y: 22, width: 80, height: 2), Cell(" ", role: .statusBar))
        b.write("status", x: 0, y: 23, role: .statusBar)
        var before = Self.textScreen(Array(all[1..<23]))
        before.fill(Rect(x: 0, y: 22, width: 80, height: 2), Cell(" ", role: .statusBar))
        before.write("status", x: 0, y: 23, role: .statusBar)
        _ = s.show(before, cursor: nil)
        bytes = s.show(b, cursor: nil)
        s.check(b, cursor: nil, bytes)
        #expect(readable(bytes).contains("␛[11;22r"), "\(readable(bytes))")
        #expect(readable(bytes).contains("␛[L"), "\(readable(bytes))")
        #expect(bytes.count < 120, "\(bytes.count) bytes: \(readable(bytes))")
    }

    @Test("SGR: alleen wat verandert, en kleuren naar wat de terminal heeft")
    func sgrCodes() {
        typealias L = TerminalWriter.Look
        func sgr(_ from: L?, _ to: L) -> String { readable(TerminalWriter.sgr(from: from, to: to)) }
        #expect(sgr(nil, L()) == "␛[m")
        #expect(sgr(L(fg: 15, bold: true, underline: true), L()) == "␛[m")
        #expect(sgr(L(), L(fg: 15, bold: true, underline: true)) == "␛[1;4;97m")
        #expect(sgr(L(fg: 15, bold: true), L(fg: 15, dim: true)) == "␛[22;2m")
        #expect(sgr(L(fg: 3), L(fg: 3, bg: 200)) == "␛[48;5;200m")
        #expect(sgr(L(fg: 3, reverse: true), L(fg: 3)) == "␛[27m")
        #expect(sgr(nil, L(fg: 1, bg: 12)) == "␛[0;31;104m")
        let style = Style(foreground: .index(9), background: .index(208), bold: true)
        #expect(TerminalWriter.look(style, .full256) == L(fg: 9, bg: 208, bold: true))
        #expect(TerminalWriter.look(style, .sixteen) == L(fg: 9, bg: 0, bold: true))
        #expect(TerminalWriter.look(style, .eight) == L(fg: 1, bg: 0, bold: true))
        #expect(TerminalWriter.look(style, .none) == L(bold: true))
        #expect(TerminalColors(count: 256) == .full256 && TerminalColors(count: 8) == .eight && TerminalColors(count: 0) == .none)
    }

    @Test("Een ander thema of een gewist scherm: alles opnieuw, in de nieuwe kleuren")
    func themaEnWissen() {
        var b = Buffer(size: Size(width: 20, height: 3))
        b.write("titel", x: 0, y: 0, role: .title)
        b.write("fout", x: 0, y: 1, role: .error)
        var s = Setup(b)
        s.writer.setTheme(.fallback)
        s.theme = .fallback
        var bytes = s.show(b, cursor: nil)
        s.check(b, cursor: nil, bytes)
        // Curses cleared the screen (after a resize): drawn again without a second clear.
        s.term.clearAll()
        s.writer.screenWasCleared()
        bytes = s.show(b, cursor: Point(x: 1, y: 1))
        s.check(b, cursor: Point(x: 1, y: 1), bytes)
        #expect(!readable(bytes).contains("␛[2J"), "\(readable(bytes))")
    }

    @Test("Willekeurige bewerkingen: wat de terminal toont is steeds de buffer",
          arguments: [(UInt64(1), TerminalColors.full256, 80, 24), (2, .eight, 20, 8), (3, .none, 11, 5), (4, .sixteen, 40, 12),
                      (5, .full256, 30, 10)])
    func willekeurig(_ seed: UInt64, _ colors: TerminalColors, _ width: Int, _ height: Int) {
        var rng = Rng(seed: seed)
        let pieces = ["a", "b", "e", "n", " ", " ", "é", "ë", "e\u{301}", "漢", "字", "👍", "👍🏽", "❤️", "─", "·", "…", "ü", "X", "👨‍👩‍👧"]
        let roles: [Role] = [.text, .focusedInput, .muted, .selection, .statusBar, .input, .error, .border, .dialog, .helpKey]
        func word() -> String { (0..<rng.next(1...8)).map { _ in pieces[rng.next(0...(pieces.count - 1))] }.joined() }
        var lines: [String] = (0..<height).map { _ in (0..<rng.next(0...6)).map { _ in word() }.joined(separator: " ") }
        var lineRoles: [Role] = (0..<height).map { _ in roles[rng.next(0...(roles.count - 1))] }
        var extra: [(String, Int, Int, Role)] = []
        // Blank rectangles and role changes over everything: they can cut a wide character
        // in two (a first half without its second, or the other way round).
        var fills: [(Rect, Role, blank: Bool)] = []
        func render() -> Buffer {
            var b = Buffer(size: Size(width: width, height: height))
            for y in 0..<height {
                b.fill(Rect(x: 0, y: y, width: width, height: 1), Cell(" ", role: lineRoles[y]))
                b.write(lines[y], x: 0, y: y, role: lineRoles[y])
            }
            for (t, x, y, r) in extra { b.write(t, x: x, y: y, role: r) }
            for (rect, role, blank) in fills {
                if blank { b.fill(rect, Cell(" ", role: role)) } else { b.setRole(rect, role) }
            }
            return b
        }
        // The last case: a terminal without ICH, DCH, IL and DL.
        var s = Setup(render(), colors: colors, canShift: seed != 5)
        var theme = Self.theme
        for step in 0..<400 {
            switch rng.next(0...13) {
            case 0...3:  // typing into a line
                let y = rng.next(0...(height - 1))
                var chars = Array(lines[y])
                chars.insert(contentsOf: Array(rng.next(0...4) == 0 ? word() : pieces[rng.next(0...(pieces.count - 1))]),
                             at: rng.next(0...chars.count))
                lines[y] = String(chars)
            case 4...5:  // deleting
                let y = rng.next(0...(height - 1))
                var chars = Array(lines[y])
                if !chars.isEmpty {
                    let at = rng.next(0...(chars.count - 1))
                    chars.removeSubrange(at..<min(chars.count, at + rng.next(1...3)))
                }
                lines[y] = String(chars)
            case 6:  // scrolling up or down part of the screen
                let a = rng.next(0...(height - 2)), b = rng.next((a + 1)...(height - 1))
                if rng.next(0...1) == 0 {
                    lines.remove(at: a)
                    lines.insert(word(), at: b)
                } else {
                    lines.remove(at: b)
                    lines.insert(word(), at: a)
                }
            case 7:
                lineRoles[rng.next(0...(height - 1))] = roles[rng.next(0...(roles.count - 1))]
            case 8:  // text over anything, splitting wide characters
                extra.append((word(), rng.next(0...(width - 1)), rng.next(0...(height - 1)), roles[rng.next(0...(roles.count - 1))]))
                if extra.count > 6 { extra.removeFirst() }
            case 9:
                if rng.next(0...2) == 0 {
                    extra.removeAll()
                    fills.removeAll()
                } else {
                    let x = rng.next(0...(width - 1)), y = rng.next(0...(height - 1))
                    fills.append((Rect(x: x, y: y, width: rng.next(1...(width - x)), height: rng.next(1...(height - y))),
                                  roles[rng.next(0...(roles.count - 1))], rng.next(0...1) == 0))
                    if fills.count > 3 { fills.removeFirst() }
                }
            case 10:  // a line ending in the last column, the bottom one too
                let y = rng.next(0...1) == 0 ? height - 1 : rng.next(0...(height - 1))
                lines[y] = String(repeating: "x", count: width - 1) + pieces[rng.next(0...(pieces.count - 1))]
            case 11:
                if rng.next(0...9) == 0 {
                    theme = theme == .fallback ? Self.theme : .fallback
                    s.writer.setTheme(theme)
                    s.theme = theme
                } else if rng.next(0...5) == 0 {
                    s.term.clearAll()
                    s.writer.screenWasCleared()
                }
            case 12:
                lines[rng.next(0...(height - 1))] = ""
            default:
                let y = rng.next(0...(height - 1))
                lines[y] = word() + " " + lines[y]
            }
            let b = render()
            let cursor: Point? = rng.next(0...3) == 0 ? nil : Point(x: rng.next(0...(width - 1)), y: rng.next(0...(height - 1)))
            let bytes = s.show(b, cursor: cursor)
            s.check(b, cursor: cursor, bytes)
            if !s.term.errors.isEmpty || difference(s.term, b, s.theme, colors) != nil {
                Issue.record("stap \(step) ging mis")
                break
            }
        }
    }
}

/// Bytes with ESC shown as ␛ and other control characters as \u{..}, for messages.
func readable(_ bytes: [UInt8]) -> String {
    var s = ""
    for scalar in String(decoding: bytes, as: UTF8.self).unicodeScalars {
        switch scalar.value {
        case 0x1B: s += "␛"
        case 0..<0x20: s += "\\u{\(String(scalar.value, radix: 16))}"
        default: s.unicodeScalars.append(scalar)
        }
    }
    return s
}

/// A small seeded random generator (xorshift), so a failure can be repeated.
struct Rng {
    var state: UInt64
    init(seed: UInt64) { state = seed &* 0x9E37_79B9_7F4A_7C15 | 1 }
    mutating func next(_ range: ClosedRange<Int>) -> Int {
        state ^= state << 13
        state ^= state >> 7
        state ^= state << 17
        return range.lowerBound + Int(state % UInt64(range.count))
    }
}
