import Foundation

/// What an update asks the runtime to do: effects are never run inside update.
public enum Effect<Message: Sendable>: Sendable {
    /// Stop the program.
    case quit
    /// Deliver `message` after `seconds` (autosave, a meeting clock). Costs nothing until due.
    case after(seconds: Double, Message)
    /// Run a side effect (save, export) and feed its result back as a message.
    case perform(@Sendable () -> Message)
    /// Hand `text` to the user's $EDITOR; the edited text (or nil when it failed) comes back.
    case editor(text: String, done: @Sendable (String?) -> Message)
    /// Put `text` on the user's clipboard through the terminal (OSC 52).
    case clipboard(String)
}

/// What a view draws: the cells, and where the real cursor goes (the focused field), so
/// screen readers and input methods can follow it.
public struct Frame: Sendable {
    public var buffer: Buffer
    public var cursor: Point?
    /// The theme to show the frame in; nil keeps the current one.
    public var theme: Theme?

    public init(size: Size) {
        buffer = Buffer(size: size)
        cursor = nil
        theme = nil
    }

    public var area: Rect { buffer.area }
}

/// An Elm-style program: events become messages, `update` changes the model and returns
/// effects, `view` draws the model into a frame.
public protocol Program {
    associatedtype Model
    associatedtype Message: Sendable

    /// Below this size the runtime shows "Venster te klein" instead of the view.
    var minimumSize: Size { get }
    func message(for event: Event, in model: Model) -> Message?
    /// Below the minimum size the user cannot see what a key would do: only the message
    /// returned here acts (quitting, with its save); every other key or paste is dropped.
    /// Resizes always get through.
    func messageWhenTooSmall(for event: Event, in model: Model) -> Message?
    /// A line under "Venster te klein" that says what still works (e.g. the key to stop).
    func tooSmallNote(_ model: Model) -> String?
    func update(_ model: inout Model, _ message: Message) -> [Effect<Message>]
    func view(_ model: Model, into frame: inout Frame)
    /// The process was asked to stop by a signal: keep what must not be lost (save).
    /// Nothing is drawn after this.
    func stopping(_ model: inout Model)
}

extension Program {
    public var minimumSize: Size { Size(width: 40, height: 10) }
    public func stopping(_ model: inout Model) {}
    public func messageWhenTooSmall(for event: Event, in model: Model) -> Message? { nil }
    public func tooSmallNote(_ model: Model) -> String? { nil }
}

/// Seconds on a clock that only goes forward.
public func monotonicSeconds() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }

/// Runs a program on a backend until it asks to quit.
public final class Runtime<P: Program> {
    public let program: P
    public private(set) var model: P.Model
    public let backend: any Backend
    private var timers: [(due: Double, message: P.Message)] = []
    private var quitting = false
    private var shownTheme: Theme?
    /// The signal that stopped the run, if one did; the caller raises it again once the
    /// terminal is restored, so the process ends as the signal asked.
    public private(set) var stoppedBy: Int32?
    private let clock: () -> Double
    /// How $EDITOR is run; replaceable in tests.
    public var runEditor: (String) -> String? = ExternalEditor.edit

    public init(program: P, model: P.Model, backend: any Backend, clock: @escaping () -> Double = monotonicSeconds) {
        self.program = program
        self.model = model
        self.backend = backend
        self.clock = clock
    }

    /// Runs until quit (or, with a memory backend, until its events run out).
    /// - Returns: the final model.
    @discardableResult
    public func run() -> P.Model {
        render()
        while !quitting {
            let timeout = timers.map(\.due).min().map { max(0, $0 - clock()) }
            let event = backend.nextEvent(timeout: timeout)
            if let signal = backend.stopSignal {
                stoppedBy = signal
                program.stopping(&model)
                break
            }
            if let event {
                handle(event)
            } else if timers.isEmpty && backend is MemoryBackend {
                break  // a test's events are done
            }
            fireDueTimers()
            if !quitting { render() }
        }
        return model
    }

    /// Handles one event and renders: for tests that step through a story.
    public func send(_ event: Event) {
        handle(event)
        fireDueTimers()
        if !quitting { render() }
    }

    public var isQuitting: Bool { quitting }

    /// Whether the window is smaller than the program needs ("Venster te klein" is shown).
    public var isTooSmall: Bool {
        let size = backend.size, minimum = program.minimumSize
        return size.width < minimum.width || size.height < minimum.height
    }

    private func handle(_ event: Event) {
        // A resize needs nothing here: the next render uses the backend's new size.
        let message: P.Message?
        if isTooSmall, event.isInput {
            message = program.messageWhenTooSmall(for: event, in: model)
        } else {
            message = program.message(for: event, in: model)
        }
        guard let message else { return }
        dispatch(message)
    }

    private func dispatch(_ message: P.Message) {
        var queue = [message]
        while !queue.isEmpty {
            let m = queue.removeFirst()
            for effect in program.update(&model, m) {
                switch effect {
                case .quit:
                    quitting = true
                case .after(let seconds, let msg):
                    timers.append((clock() + seconds, msg))
                case .perform(let work):
                    queue.append(work())
                case .editor(let text, let done):
                    backend.suspend()
                    let result = runEditor(text)
                    backend.resume()
                    queue.append(done(result))
                case .clipboard(let text):
                    backend.copyToClipboard(text)
                }
            }
        }
    }

    private func fireDueTimers() {
        let now = clock()
        let due = timers.filter { $0.due <= now }
        guard !due.isEmpty else { return }
        timers.removeAll { $0.due <= now }
        for t in due.sorted(by: { $0.due < $1.due }) { dispatch(t.message) }
    }

    /// Draws the current model, or "Venster te klein" when the window is too small.
    public func render() {
        let size = backend.size
        var frame = Frame(size: size)
        if isTooSmall {
            TooSmall.render(into: &frame.buffer, minimum: program.minimumSize, note: program.tooSmallNote(model))
        } else {
            program.view(model, into: &frame)
        }
        if let theme = frame.theme, theme != shownTheme {
            backend.setTheme(theme)
            shownTheme = theme
        }
        backend.present(frame.buffer, cursor: frame.cursor)
    }
}

/// The message shown when the window is smaller than a screen needs.
public enum TooSmall {
    /// - Parameter note: a line below, wrapped to the window (what still works).
    public static func render(into buffer: inout Buffer, minimum: Size, note: String? = nil) {
        var lines = ["Venster te klein", "nodig: \(minimum.width)×\(minimum.height)", "nu: \(buffer.size.width)×\(buffer.size.height)"]
        if let note, buffer.size.width > 0 { lines += note.wrapped(toColumns: buffer.size.width) }
        let top = max(0, (buffer.size.height - lines.count) / 2)
        for (i, line) in lines.enumerated() where top + i < buffer.size.height {
            let text = line.truncated(toColumns: buffer.size.width)
            let x = max(0, (buffer.size.width - text.displayWidth) / 2)
            buffer.write(text, x: x, y: top + i, role: i == 0 ? .warning : .muted)
        }
    }
}
