/// The only door to a terminal. The curses backend is the real one; the memory backend
/// lets every screen be tested as text.
public protocol Backend: AnyObject {
    var size: Size { get }
    /// Shows `buffer`; only cells that differ from what is on the terminal are written.
    func present(_ buffer: Buffer, cursor: Point?)
    /// Changes how roles look; the next `present` redraws every cell.
    func setTheme(_ theme: Theme)
    /// The next event, waiting at most `timeout` seconds (nil: wait for ever).
    func nextEvent(timeout: Double?) -> Event?
    /// Gives the terminal back (for $EDITOR); `resume` takes it again.
    func suspend()
    func resume()
    /// Restores the terminal. Safe to call more than once.
    func shutdown()
    /// A signal that asked the program to stop (SIGTERM, SIGHUP: a closed lid, a dropped
    /// connection), once it has arrived; the run loop then lets the program save and stops.
    var stopSignal: Int32? { get }
    /// Puts `text` on the user's clipboard, through the terminal (OSC 52): it works over
    /// ssh and in Windows Terminal, where the program cannot reach the clipboard itself.
    func copyToClipboard(_ text: String)
    /// True for a backend whose events are a test's list (no terminal): the run ends when
    /// they run out, and work is waited for before each event.
    var isScripted: Bool { get }
}

extension Backend {
    public var stopSignal: Int32? { nil }
    public var isScripted: Bool { false }
    public func copyToClipboard(_ text: String) {}
}

/// Which cells changed between two frames, as runs per line: the part of presenting that
/// every backend shares.
public struct Diff: Equatable, Sendable {
    public struct Run: Equatable, Sendable {
        public var x: Int
        public var y: Int
        public var cells: [Cell]
    }

    public var runs: [Run]

    public init(from old: Buffer?, to new: Buffer) {
        runs = []
        let full = old == nil || old!.size != new.size
        for y in 0..<new.size.height {
            var x = 0
            while x < new.size.width {
                if !full && old![x, y] == new[x, y] { x += 1; continue }
                var start = x
                // A changed continuation cell means its wide grapheme must be redrawn.
                if new[x, y].isContinuation && x > 0 { start = x - 1 }
                var end = x
                while end < new.size.width && (full || old![end, y] != new[end, y] || new[end, y].isContinuation) { end += 1 }
                runs.append(Run(x: start, y: y, cells: Array(new.cells[(y * new.size.width + start)..<(y * new.size.width + end)])))
                x = end
            }
        }
    }

    public var cellCount: Int { runs.reduce(0) { $0 + $1.cells.count } }
}
