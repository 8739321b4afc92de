#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// A private tmux server running one program, for end-to-end tests that type keys and
/// read the screen as a user would.
///
/// The program runs as `sh -c '<program>; echo __EXIT__=$?; …; sleep'` so its exit code
/// can be read from the screen, and the shell checks afterwards that the terminal
/// settings are as they were before the program started (`__TTY_OK__` or `__TTY_KAPOT__`).
public final class TmuxSessie {
    public let socket: String
    public private(set) var isGesloten = false

    public struct Fout: Error, CustomStringConvertible {
        public var description: String
        public init(_ d: String) { description = d }
    }

    /// Starts `argumenten` (the program and its arguments) in a new tmux server.
    public init(_ argumenten: [String], breedte: Int = 100, hoogte: Int = 30, omgeving: [String: String] = [:]) throws {
        socket = "regie-e2e-\(UUID().uuidString.prefix(8))"
        let programma = argumenten.map(Self.citeer).joined(separator: " ")
        let script = "oud=$(stty -g); \(programma); echo __EXIT__=$?; "
            + "if [ \"$(stty -g)\" = \"$oud\" ]; then echo __TTY_OK__; else echo __TTY_KAPOT__; fi; sleep 86400"
        var args = ["-L", socket, "-f", "/dev/null", "new-session", "-d", "-x", String(breedte), "-y", String(hoogte),
                    "-e", "LANG=C.UTF-8", "-e", "TERM=tmux-256color"]
        for (k, v) in omgeving.sorted(by: { $0.key < $1.key }) { args += ["-e", "\(k)=\(v)"] }
        args.append(script)
        try tmux(args)
    }

    static func citeer(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'" }

    /// Runs tmux and returns what it printed.
    ///
    /// Not through Foundation's `Process`: `tmux new-session` leaves a server running that
    /// would inherit the descriptors `Process` watches (so waiting never ends), and a test
    /// thread's blocked signals would pass on to the server and the program under test
    /// (so SIGTERM in a test would do nothing). Here tmux starts with only stdin, stdout and
    /// stderr open and every signal unblocked and at its default.
    @discardableResult
    public func tmux(_ args: [String]) throws -> String {
        let volledig = args.first == "-L" ? args : ["-L", socket] + args
        let (status, tekst) = try Self.start(["tmux"] + volledig)
        guard status == 0 else { throw Fout("tmux \(args.joined(separator: " ")): \(tekst)") }
        return tekst
    }

    static func start(_ argumenten: [String]) throws -> (Int32, String) {
        let uitPad = FileManager.default.temporaryDirectory.appendingPathComponent("regie-tmux-\(UUID().uuidString)").path
        defer { unlink(uitPad) }
        let uit = open(uitPad, O_CREAT | O_WRONLY | O_TRUNC, 0o600)
        guard uit >= 0 else { throw Fout("kan \(uitPad) niet openen") }
        defer { close(uit) }
        var acties = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&acties)
        defer { posix_spawn_file_actions_destroy(&acties) }
        posix_spawn_file_actions_addopen(&acties, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&acties, uit, 1)
        posix_spawn_file_actions_adddup2(&acties, uit, 2)
        // Close everything else the child would inherit (glibc ignores a descriptor that
        // another thread closed in the meantime).
        let open = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []
        for fd in open.compactMap({ Int32($0) }) where fd > 2 { posix_spawn_file_actions_addclose(&acties, fd) }
        var attr = posix_spawnattr_t()
        posix_spawnattr_init(&attr)
        defer { posix_spawnattr_destroy(&attr) }
        var geen = sigset_t()
        sigemptyset(&geen)
        posix_spawnattr_setsigmask(&attr, &geen)
        var alle = sigset_t()
        sigfillset(&alle)
        posix_spawnattr_setsigdefault(&attr, &alle)
        posix_spawnattr_setflags(&attr, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var argv: [UnsafeMutablePointer<CChar>?] = argumenten.map { strdup($0) } + [nil]
        defer { for a in argv { free(a) } }
        var pid: pid_t = 0
        let rc = posix_spawnp(&pid, argumenten[0], &acties, &attr, &argv, environ)
        guard rc == 0 else { throw Fout("\(argumenten[0]) kan niet starten (fout \(rc)); is het geïnstalleerd?") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let tekst = (try? String(contentsOfFile: uitPad, encoding: .utf8)) ?? ""
        let code = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return (code, tekst)
    }

    /// Named keys: "Enter", "Escape", "Tab", "BTab", "Up", "F1", "C-s", "M-x".
    public func toetsen(_ namen: String...) throws {
        try tmux(["send-keys", "-t", "0"] + namen)
    }

    /// Literal text, typed as is (UTF-8).
    public func typ(_ tekst: String) throws {
        try tmux(["send-keys", "-t", "0", "-l", tekst])
    }

    /// Text pasted with bracketed paste, as a terminal does when the user pastes.
    public func plak(_ tekst: String) throws {
        try tmux(["set-buffer", "--", tekst])
        try tmux(["paste-buffer", "-p", "-t", "0"])
    }

    /// The screen as text.
    public func scherm() throws -> String {
        try tmux(["capture-pane", "-p", "-t", "0"])
    }

    public func waarde(_ formaat: String) throws -> String {
        try tmux(["display-message", "-p", "-t", "0", formaat]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Waits (polling every 10 ms) until the screen contains `tekst`; fails after `seconden`
    /// (20 by default: a busy machine running every suite at once can be slow to draw; a test
    /// that passes does not wait longer).
    @discardableResult
    public func wachtOp(_ tekst: String, seconden: Double = 20) throws -> String {
        try wachtTot(seconden: seconden, "\"\(tekst)\"") { $0.contains(tekst) }
    }

    @discardableResult
    public func wachtTot(seconden: Double = 20, _ wat: String, _ klaar: (String) -> Bool) throws -> String {
        let einde = Date().addingTimeInterval(seconden)
        var laatste = ""
        while Date() < einde {
            laatste = try scherm()
            if klaar(laatste) { return laatste }
            usleep(10_000)
        }
        throw Fout("na \(seconden) s nog niet op het scherm: \(wat)\n--- scherm:\n\(laatste)")
    }

    /// Waits for the program to end and returns its exit code.
    public func wachtOpEinde(seconden: Double = 20) throws -> Int32 {
        let s = try wachtOp("__EXIT__=", seconden: seconden)
        guard let r = s.range(of: "__EXIT__=") else { throw Fout("geen exitcode") }
        let getal = s[r.upperBound...].prefix { $0.isNumber }
        return Int32(getal) ?? -1
    }

    public func formaat(breedte: Int, hoogte: Int) throws {
        try tmux(["resize-window", "-t", "0", "-x", String(breedte), "-y", String(hoogte)])
    }

    /// The process id of the program (the shell's child).
    public func programmaPid() throws -> Int32? {
        let shell = try waarde("#{pane_pid}")
        let (_, tekst) = try Self.start(["pgrep", "-P", shell])
        return tekst.split(separator: "\n").compactMap { Int32($0) }.first
    }

    public func sluit() {
        guard !isGesloten else { return }
        isGesloten = true
        _ = try? tmux(["kill-server"])
        // tmux leaves its socket file behind after kill-server.
        let tmuxMap = ProcessInfo.processInfo.environment["TMUX_TMPDIR"] ?? "/tmp"
        unlink("\(tmuxMap)/tmux-\(getuid())/\(socket)")
    }

    deinit { sluit() }
}
