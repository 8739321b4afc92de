import Foundation

/// What an update asks the runtime to do: effects are never run inside update.
public enum Effect<Message: Sendable>: Sendable {
    /// Stop the program.
    case quit
    /// Deliver `message` after `seconds` (autosave, a meeting clock). Costs nothing until due.
    case after(seconds: Double, Message)
    /// Run a side effect (save, export) off the input loop and feed its result back as a
    /// message. Work runs on one worker, one at a time in the order it was asked (a save
    /// before the list that shows it); work still running when the program stops (quit, a
    /// signal) is finished first.
    case perform(@Sendable () -> Message)
    /// The same as `perform` for work an app describes as a value (so a test can assert
    /// "C-s asks to save dossier X with fingerprint Y").
    case run(any Work<Message>)
    /// Long work that must not hold up the worker or stopping (rebuilding an index): it
    /// runs on its own thread and may send messages (progress) while it runs. It is not
    /// waited for when the program stops.
    case background(@Sendable (_ send: @escaping @Sendable (Message) -> Void) -> Void)
    /// Hand `text` to the user's $EDITOR; the edited text (or nil when it failed) comes back.
    case editor(text: String, done: @Sendable (String?) -> Message)
    /// Put `text` on the user's clipboard through the terminal (OSC 52).
    case clipboard(String)
}

/// Work described as a value: what `Effect.run` runs off the input loop.
public protocol Work<Message>: Sendable {
    associatedtype Message: Sendable
    /// Runs the work (off the input loop) and returns its result as a message.
    func run() -> Message
}

/// Messages that work off the loop has finished, waiting for the loop to take them.
final class Inbox<Message: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    /// Each message, and whether it ends a piece of counted work (`perform`, `run`).
    private var messages: [(message: Message, counted: Bool)] = []
    private var running = 0

    func put(_ message: Message, counted: Bool = true) {
        condition.lock()
        messages.append((message, counted))
        condition.broadcast()
        condition.unlock()
    }

    /// Everything waiting; with `wait`, blocks until at least one message is there (or
    /// `timeout` seconds passed).
    func take(wait: Bool, timeout: Double? = nil) -> [(message: Message, counted: Bool)] {
        condition.lock()
        defer { condition.unlock() }
        if wait && messages.isEmpty {
            if let timeout {
                _ = condition.wait(until: Date(timeIntervalSinceNow: timeout))
            } else {
                while messages.isEmpty { condition.wait() }
            }
        }
        let all = messages
        messages.removeAll()
        return all
    }

    var hasMessages: Bool {
        condition.lock()
        defer { condition.unlock() }
        return !messages.isEmpty
    }

    /// Background work running now.
    var background: Int {
        condition.lock()
        defer { condition.unlock() }
        return running
    }

    func backgroundStarted() {
        condition.lock()
        running += 1
        condition.unlock()
    }

    func backgroundEnded() {
        condition.lock()
        running -= 1
        condition.broadcast()
        condition.unlock()
    }
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
    /// The effects returned (and the work already running) are finished before the run
    /// ends; their messages still reach `update`. Nothing is drawn after this.
    func stopping(_ model: inout Model) -> [Effect<Message>]
}

extension Program {
    public var minimumSize: Size { Size(width: 40, height: 10) }
    public func stopping(_ model: inout Model) -> [Effect<Message>] { [] }
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
    /// Work (`perform`, `run`) runs here, one at a time, off the input loop.
    private let worker = DispatchQueue(label: "runtime.worker")
    private let inbox = Inbox<P.Message>()
    /// Work asked on the worker whose message has not come back yet.
    public private(set) var pendingWork = 0
    /// Before each event, wait until the work running is done and its messages handled, so
    /// a test's queued keys meet the same state every run. On by default for the memory
    /// backend; a real terminal never waits (keys are handled while work runs).
    public var settlesBeforeEachEvent: Bool
    /// How often the loop looks for finished work while some runs (seconds).
    public var pollInterval = 0.01

    public init(program: P, model: P.Model, backend: any Backend, clock: @escaping () -> Double = monotonicSeconds) {
        self.program = program
        self.model = model
        self.backend = backend
        self.clock = clock
        settlesBeforeEachEvent = backend.isScripted
    }

    /// Runs until quit (or, with a memory backend, until its events run out).
    /// - Returns: the final model.
    @discardableResult
    public func run() -> P.Model {
        render()
        while !quitting {
            if settlesBeforeEachEvent, settle(), !quitting { render() }
            if quitting { break }
            var timeout = timers.map(\.due).min().map { max(0, $0 - clock()) }
            // While work runs, look for its result often (the backend cannot be woken).
            if pendingWork > 0 || inbox.background > 0 { timeout = min(timeout ?? pollInterval, pollInterval) }
            let event = backend.nextEvent(timeout: timeout)
            if let signal = backend.stopSignal {
                stoppedBy = signal
                for message in perform(program.stopping(&model)) { dispatch(message) }
                break
            }
            if let event {
                handle(event)
            } else if backend.isScripted && timers.isEmpty {
                if pendingWork == 0 && inbox.background == 0 && !inbox.hasMessages { break }  // a test's events are done
                // Work still runs: wait a little for its next message.
                deliver(inbox.take(wait: true, timeout: pollInterval))
            }
            deliverFinished()
            fireDueTimers()
            if !quitting { render() }
        }
        finishWork()
        return model
    }

    /// Handles one event and renders: for tests that step through a story. Work the
    /// event asked for is waited for (with `settlesBeforeEachEvent`).
    public func send(_ event: Event) {
        handle(event)
        if settlesBeforeEachEvent { settle() }
        deliverFinished()
        fireDueTimers()
        if settlesBeforeEachEvent { settle() }
        if !quitting { render() }
    }

    /// Waits until no work runs on the worker, handling each result as it comes (which
    /// may ask for more work). For tests, and before stopping.
    /// - Returns: whether any message came in.
    @discardableResult
    public func settle() -> Bool {
        var any = false
        while pendingWork > 0 {
            deliver(inbox.take(wait: true))
            any = true
        }
        let rest = inbox.take(wait: false)
        deliver(rest)
        return any || !rest.isEmpty
    }

    /// Waits until background work has ended too (tests only; it may take long).
    public func settleAll() {
        while pendingWork > 0 || inbox.background > 0 || inbox.hasMessages {
            deliver(inbox.take(wait: true, timeout: pollInterval))
        }
    }

    /// Work still running when the program stops is finished, and its messages handled.
    private func finishWork() {
        settle()
    }

    private func deliverFinished() {
        deliver(inbox.take(wait: false))
    }

    private func deliver(_ messages: [(message: P.Message, counted: Bool)]) {
        for (message, counted) in messages {
            if counted { pendingWork -= 1 }
            dispatch(message)
        }
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
            queue += perform(program.update(&model, m))
        }
    }

    /// Starts the effects; returns the messages that are already there (the editor's).
    @discardableResult
    private func perform(_ effects: [Effect<P.Message>]) -> [P.Message] {
        var now: [P.Message] = []
        for effect in effects {
            switch effect {
            case .quit:
                quitting = true
            case .after(let seconds, let msg):
                timers.append((clock() + seconds, msg))
            case .perform(let work):
                pendingWork += 1
                let inbox = inbox
                worker.async { inbox.put(work()) }
            case .run(let work):
                pendingWork += 1
                let inbox = inbox
                worker.async { inbox.put(work.run()) }
            case .background(let work):
                let inbox = inbox
                inbox.backgroundStarted()
                // Its messages are not counted as pending: the loop takes them as they
                // come, and stopping does not wait for them.
                Thread.detachNewThread {
                    work { message in inbox.put(message, counted: false) }
                    inbox.backgroundEnded()
                }
            case .editor(let text, let done):
                backend.suspend()
                let result = runEditor(text)
                backend.resume()
                now.append(done(result))
            case .clipboard(let text):
                backend.copyToClipboard(text)
            }
        }
        return now
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
