// The only file that imports ncurses.
import CNcurses
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The real terminal, through wide-character ncurses.
///
/// Raw input (so Ctrl-S and Ctrl-C are keys, not flow control or a signal), wide
/// characters, resize as an event, bracketed paste as one event, the real cursor on the
/// focused field, the theme's colours over the terminal's own background. The terminal
/// is restored on `shutdown`, around `$EDITOR`, and by signal handlers on SIGTERM, SIGHUP,
/// SIGINT and crash signals.
///
/// Curses sets the terminal up, reads the keys and gives the terminal back; on an ANSI
/// terminal (nearly all) the frames are written by `TerminalWriter`, which sends far fewer
/// bytes than curses' refresh (no attribute reset after every frame, insert and delete
/// character and line). Curses never draws over it: nothing is drawn into stdscr, and
/// where curses must refresh (at the start, after a resize, after `$EDITOR`) it does so
/// first, clearing the screen, and the writer then draws the whole frame. Other terminals
/// get the frames through curses.
public final class CursesBackend: Backend {
    public private(set) var theme: Theme
    private var shown: Buffer?
    /// Writes the frames on an ANSI terminal; nil: curses draws them.
    private var writer: TerminalWriter?
    /// Curses has not refreshed since it started, the window was resized or the terminal
    /// came back: it does so before the next frame (else its next `getch` would).
    private var cursesMustRefresh = true
    /// The FILE curses writes to; the writer's bytes go there too.
    private let terminalFile: UnsafeMutablePointer<FILE>
    private var pairs: [PairKey: Int16] = [:]
    private var hasColors = false
    private var isDown = false
    private var screen: OpaquePointer?
    private var extendedKeys: [Int32: Key] = [:]
    private var pending: [Event] = []
    private let inputFd: Int32
    private let outputFd: Int32
    /// Bytes written to the terminal are counted when the output is a file (benchmarks).
    public let outputFile: UnsafeMutablePointer<FILE>?

    private struct PairKey: Hashable {
        var foreground: Color
        var background: Color
    }

    /// Starts curses on the process's terminal, or on `output`/`input` files (for a
    /// benchmark that counts bytes). Fails when the terminal cannot be used.
    public init(theme: Theme, output: UnsafeMutablePointer<FILE>? = nil, input: UnsafeMutablePointer<FILE>? = nil,
                terminalType: String? = nil) throws {
        self.theme = theme
        outputFile = output
        terminalFile = output ?? regie_stdout()
        inputFd = input.map { fileno($0) } ?? 0
        outputFd = output.map { fileno($0) } ?? 1
        setlocale(LC_ALL, "")
        regie_save_terminal(inputFd, outputFd)
        if output != nil || input != nil || terminalType != nil {
            screen = newterm(terminalType, output ?? regie_stdout(), input ?? regie_stdin())
            guard screen != nil else { throw CursesError.noTerminal }
            set_term(screen)
        } else {
            guard isatty(0) == 1, isatty(1) == 1 else { throw CursesError.noTerminal }
            guard initscr() != nil else { throw CursesError.noTerminal }
        }
        raw()
        noecho()
        nonl()
        keypad(regie_stdscr(), true)
        set_escdelay(25)
        intrflush(regie_stdscr(), false)
        if has_colors() {
            start_color()
            use_default_colors()
            hasColors = regie_colors() >= 8
        }
        for (name, key) in [("kLFT5", Key.ctrlLeft), ("kRIT5", .ctrlRight), ("kHOM5", .ctrlHome), ("kEND5", .ctrlEnd)] {
            let code = key_defined(name)
            if code > 0 { extendedKeys[code] = key }
        }
        regie_install_signal_handlers()
        regie_write_out("\u{1B}[?2004h")  // bracketed paste on
        curs_set(0)
        if Self.terminalIsANSI(terminalType ?? ProcessInfo.processInfo.environment["TERM"]) {
            let shift = ["ich", "dch", "il", "dl", "csr"].allSatisfy { (name: String) in regie_cap_is_ansi(name) != 0 }
            writer = TerminalWriter(theme: theme, colors: hasColors ? TerminalColors(count: Int(regie_colors())) : .none,
                                    canShift: shift) { Int(regie_wcwidth(wchar_t(bitPattern: $0.value))) }
        }
    }

    /// Whether the writer's control sequences work here: cursor addressing and erasing
    /// in their ANSI form. Needs the current curses terminal.
    private static func terminalIsANSI(_ term: String?) -> Bool {
        if let term, term.hasPrefix("dumb") { return false }
        return regie_cap_is_ansi("cup") != 0 && regie_cap_is_ansi("el") != 0
    }

    /// Whether the terminal shows colours (false: use a theme without colours).
    public var terminalHasColors: Bool { hasColors }

    public func setTheme(_ theme: Theme) {
        self.theme = theme
        shown = nil
        writer?.setTheme(theme)
    }

    public var size: Size { Size(width: Int(regie_cols()), height: Int(regie_lines())) }

    // MARK: Output

    public func present(_ buffer: Buffer, cursor: Point?) {
        guard !isDown else { return }
        if writer != nil {
            if cursesMustRefresh { cursesRefresh() }
            send(writer!.frame(buffer, cursor: cursor))
            return
        }
        if shown?.size != buffer.size { shown = nil }
        let diff = Diff(from: shown, to: buffer)
        for run in diff.runs {
            var x = run.x
            for cell in run.cells {
                if !cell.isContinuation { put(cell, x: x, y: run.y, in: buffer) }
                x += 1
            }
        }
        shown = buffer
        if let c = cursor, c.x >= 0, c.y >= 0, c.x < buffer.size.width, c.y < buffer.size.height {
            curs_set(1)
            move(Int32(c.y), Int32(c.x))
        } else {
            curs_set(0)
        }
        refresh()
    }

    /// Lets curses refresh (and clear) the screen now, so it has nothing left to draw
    /// later over the writer's frames; the writer then draws everything.
    private func cursesRefresh() {
        // Curses clears in the attributes it thinks the terminal has (the default), but the
        // terminal still has the writer's: with a background colour the whole screen would
        // be cleared in it (back colour erase).
        send(writer!.resetAttributes())
        clearok(regie_stdscr(), true)
        refresh()
        writer?.screenWasCleared()
        cursesMustRefresh = false
    }

    /// Sends the writer's bytes to the terminal, through the FILE curses writes to.
    private func send(_ bytes: [UInt8]) {
        guard !bytes.isEmpty else { return }
        let written = bytes.withUnsafeBufferPointer { fwrite($0.baseAddress, 1, $0.count, terminalFile) }
        if fflush(terminalFile) != 0 || written != bytes.count {
            // Part of it may be on the screen: draw everything again next time.
            clearerr(terminalFile)
            writer?.invalidate()
        }
    }

    private func put(_ cell: Cell, x: Int, y: Int, in buffer: Buffer) {
        let style = hasColors ? theme.style(cell.role) : theme.style(cell.role).withoutColor
        let attrs = attributes(style)
        let pair = hasColors ? colorPair(style) : 0
        let width = DisplayWidth.of(cell.grapheme)
        var scalars = cell.grapheme.unicodeScalars.map { wchar_t(bitPattern: $0.value) }
        // ncurses adds the widths of code points; where that differs from the grapheme's
        // width (👍🏽, 👨‍👩‍👧, ❤️), show only the first code point so the layout holds.
        let cursesWidth = scalars.reduce(0) { $0 + max(0, Int(regie_wcwidth($1))) }
        if scalars.count > 5 || cursesWidth != width { scalars = [scalars[0]] }
        scalars.append(0)
        let rc = scalars.withUnsafeBufferPointer { regie_put(Int32(y), Int32(x), $0.baseAddress, attrs, pair) }
        if rc == ERR, y != buffer.size.height - 1 || x != buffer.size.width - 1 {
            var q: [wchar_t] = [wchar_t(UInt8(ascii: "?")), 0]
            _ = q.withUnsafeMutableBufferPointer { regie_put(Int32(y), Int32(x), $0.baseAddress, attrs, pair) }
        }
        if width == 2, max(0, Int(regie_wcwidth(scalars[0]))) < 2, x + 1 < buffer.size.width {
            var blank: [wchar_t] = [wchar_t(UInt8(ascii: " ")), 0]
            _ = blank.withUnsafeMutableBufferPointer { regie_put(Int32(y), Int32(x + 1), $0.baseAddress, attrs, pair) }
        }
    }

    private func attributes(_ s: Style) -> attr_t {
        var a = regie_a_normal()
        if s.bold { a |= regie_a_bold() }
        if s.underline { a |= regie_a_underline() }
        if s.reverse { a |= regie_a_reverse() }
        if s.dim { a |= regie_a_dim() }
        return a
    }

    private func colorPair(_ s: Style) -> Int16 {
        let key = PairKey(foreground: s.foreground, background: s.background)
        if key.foreground == .terminal && key.background == .terminal { return 0 }
        if let p = pairs[key] { return p }
        let next = Int16(pairs.count + 1)
        guard Int32(next) < regie_color_pairs() else { return 0 }
        init_pair(next, colorNumber(key.foreground), colorNumber(key.background))
        pairs[key] = next
        return next
    }

    private func colorNumber(_ c: Color) -> Int16 {
        switch c {
        case .terminal: return -1
        case .index(let n):
            let available = Int(regie_colors())
            return Int16(n < available ? n : n % 8)
        }
    }

    // MARK: Input

    public var stopSignal: Int32? {
        let signal = regie_stop_signal()
        return signal == 0 ? nil : signal
    }

    /// Ends the process with `signal` as its cause, after the terminal was restored.
    public static func endBySignal(_ signal: Int32) {
        regie_reraise(signal)
    }

    public func nextEvent(timeout: Double?) -> Event? {
        if !pending.isEmpty { return pending.removeFirst() }
        guard !isDown else { return nil }
        if let back = takeBackAfterStop() { return back }
        wtimeout(regie_stdscr(), timeout.map { Int32(min(max(0, $0 * 1000), 86_400_000)) } ?? -1)
        var wc: wint_t = 0
        let rc = get_wch(&wc)
        let event: Event?
        if rc == KEY_CODE_YES {
            event = functionKey(Int32(wc))
        } else if rc == OK {
            event = character(Int32(wc))
        } else {
            event = nil
        }
        // Stopped (C-z, SIGTSTP) and continued while waiting: draw everything first.
        if let back = takeBackAfterStop() {
            if let event { pending.append(event) }
            return back
        }
        return event
    }

    /// After the process was stopped and continued, the terminal is as the shell left it:
    /// take it again (curses' settings, the alternate screen, bracketed paste) and have the
    /// whole frame drawn, as after a resize.
    private func takeBackAfterStop() -> Event? {
        guard regie_take_continued() != 0 else { return nil }
        endwin()  // the stop handler gave the terminal back behind curses' back
        resume()
        return .resize(size)
    }

    private func functionKey(_ code: Int32) -> Event? {
        if code == KEY_RESIZE {
            shown = nil
            clearok(regie_stdscr(), true)
            // The resize touched stdscr: curses refreshes it now, not at the next getch
            // over the frame the writer is about to draw.
            if writer != nil { cursesRefresh() }
            return .resize(size)
        }
        if let key = extendedKeys[code] { return .key(key) }
        let map: [Int32: Key] = [
            KEY_UP: .up, KEY_DOWN: .down, KEY_LEFT: .left, KEY_RIGHT: .right, KEY_HOME: .home, KEY_END: .end,
            KEY_PPAGE: .pageUp, KEY_NPAGE: .pageDown, KEY_DC: .delete, KEY_IC: .insert, KEY_BACKSPACE: .backspace,
            KEY_ENTER: .enter, KEY_BTAB: .backTab,
        ]
        if let key = map[code] { return .key(key) }
        for n in 1...24 where regie_key_f(Int32(n)) == code { return .key(.function(n)) }
        return nil
    }

    private func character(_ c: Int32) -> Event? {
        switch c {
        case 27: return escape()
        case 13, 10: return .key(.enter)
        case 9: return .key(.tab)
        case 127, 8: return .key(.backspace)
        case 0: return .key(.ctrl(" "))
        case 1...26: return .key(.ctrl(Character(UnicodeScalar(UInt8(c) + 96))))
        default:
            guard let scalar = UnicodeScalar(UInt32(bitPattern: c)) else { return nil }
            return .key(.character(Character(scalar)))
        }
    }

    /// After Escape: a bracketed paste, Alt plus a key, or Escape alone.
    private func escape() -> Event? {
        guard let next = readNow() else { return .key(.escape) }
        guard next == 91 /* [ */ else {
            if next == 27 {
                // Two Escapes typed quickly are two keys: the second is read again next time.
                _ = unget_wch(wchar_t(27))
                return .key(.escape)
            }
            return UnicodeScalar(UInt32(next)).map { .key(.alt(Character($0))) } ?? .key(.escape)
        }
        var sequence = "["
        while let c = readNow(), sequence.count < 16 {
            sequence.unicodeScalars.append(UnicodeScalar(UInt32(c)) ?? "?")
            if (0x40...0x7E).contains(c) { break }
        }
        if sequence == "[200~" { return .paste(sanitisePaste(readPaste())) }
        return nil  // an escape sequence curses did not know: ignore it rather than type it
    }

    /// Reads pasted text until the closing "ESC [ 2 0 1 ~".
    private func readPaste() -> String {
        var text = String.UnicodeScalarView()
        let end: [UInt32] = [27, 91, 50, 48, 49, 126]
        var tail: [UInt32] = []
        wtimeout(regie_stdscr(), 2000)
        while true {
            var wc: wint_t = 0
            let rc = get_wch(&wc)
            guard rc != ERR else { break }
            if rc == KEY_CODE_YES { continue }
            let v = UInt32(wc)
            tail.append(v)
            if tail.count > end.count { tail.removeFirst() }
            if tail == end {
                for _ in 0..<(end.count - 1) { if !text.isEmpty { text.removeLast() } }
                break
            }
            if let s = UnicodeScalar(v) { text.append(s) }
        }
        return String(text)
    }

    private func readNow() -> Int32? {
        wtimeout(regie_stdscr(), 0)
        var wc: wint_t = 0
        let rc = get_wch(&wc)
        // A function key right after Escape (Esc then ↓ typed quickly) is a key of its
        // own: keep it for the next event instead of losing it.
        if rc == KEY_CODE_YES, let event = functionKey(Int32(wc)) { pending.append(event) }
        guard rc == OK else { return nil }
        return Int32(wc)
    }

    // MARK: A terminal for other programs

    /// Opens a pseudo-terminal of `width`×`height` (for a benchmark that starts programs
    /// in a terminal): the master's descriptor and the slave's path, or nil.
    public static func openPseudoTerminal(width: Int, height: Int) -> (master: Int32, path: String)? {
        var name = [CChar](repeating: 0, count: 128)
        let fd = name.withUnsafeMutableBufferPointer { regie_open_pty(UInt16(height), UInt16(width), $0.baseAddress, $0.count) }
        guard fd >= 0 else { return nil }
        return (fd, String(cString: name))
    }

    // MARK: Clipboard

    /// Sends OSC 52 with the frames' bytes: the terminal (also at the far end of ssh) puts
    /// the text on the clipboard. Nothing is drawn, so the frame on screen stays valid.
    public func copyToClipboard(_ text: String) {
        guard !isDown else { return }
        send(Clipboard.osc52(text))
    }

    // MARK: Giving the terminal back

    public func suspend() {
        guard !isDown else { return }
        if writer != nil { send(writer!.resetAttributes()) }
        regie_write_out("\u{1B}[?2004l")
        def_prog_mode()
        endwin()
    }

    public func resume() {
        guard !isDown else { return }
        reset_prog_mode()
        regie_write_out("\u{1B}[?2004h")
        shown = nil
        if writer != nil {
            writer!.invalidate()  // what the editor left: attributes unknown
            cursesRefresh()
        } else {
            clearok(regie_stdscr(), true)
            refresh()
        }
    }

    public func shutdown() {
        guard !isDown else { return }
        isDown = true
        if writer != nil { send(writer!.resetAttributes()) }
        regie_write_out("\u{1B}[?2004l")
        curs_set(1)
        endwin()
        if let screen { delscreen(screen) }
        regie_remove_signal_handlers()
        regie_restore_terminal(inputFd)
    }

    deinit { shutdown() }
}

public enum CursesError: Error, CustomStringConvertible {
    case noTerminal

    public var description: String {
        switch self {
        case .noTerminal: return "Dit scherm heeft een terminal nodig (start regie in een terminalvenster)."
        }
    }
}
