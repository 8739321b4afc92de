/// A terminal in memory: events are queued by the test, frames are kept as buffers.
public final class MemoryBackend: Backend {
    public private(set) var size: Size
    /// What the "terminal" shows now.
    public private(set) var screen: Buffer
    public private(set) var cursor: Point?
    /// How many cells were written in total (to check only changes are sent).
    public private(set) var cellsWritten = 0
    public private(set) var presentCount = 0
    public private(set) var isSuspended = false
    public private(set) var isShutDown = false
    public var events: [Event] = []
    /// Set by a test to act as SIGTERM/SIGHUP arriving.
    public var stopSignal: Int32?
    public private(set) var theme: Theme = .fallback
    /// Every text put on the clipboard, in order.
    public private(set) var clipboard: [String] = []

    public init(width: Int = 80, height: Int = 24) {
        size = Size(width: width, height: height)
        screen = Buffer(size: size)
    }

    public func present(_ buffer: Buffer, cursor: Point?) {
        let diff = Diff(from: screen.size == buffer.size ? screen : nil, to: buffer)
        cellsWritten += diff.cellCount
        presentCount += 1
        screen = buffer
        self.cursor = cursor
    }

    public func nextEvent(timeout: Double?) -> Event? {
        events.isEmpty ? nil : events.removeFirst()
    }

    /// Changes the size and queues the resize event, as a terminal would.
    public func resize(width: Int, height: Int) {
        size = Size(width: width, height: height)
        events.append(.resize(size))
    }

    public func setTheme(_ theme: Theme) {
        self.theme = theme
        screen = Buffer(size: Size(width: 0, height: 0))  // everything is drawn again
    }

    public func copyToClipboard(_ text: String) { clipboard.append(text) }
    public var isScripted: Bool { true }

    public func suspend() { isSuspended = true }
    public func resume() { isSuspended = false }
    public func shutdown() { isShutDown = true }

    public var text: String { screen.text }
    public var lines: [String] { screen.lines }
}
