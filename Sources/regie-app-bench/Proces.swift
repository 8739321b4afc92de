import Foundation
import Screen
#if canImport(Glibc)
import Glibc
#endif

/// A program started in a pseudo-terminal, as a user starts it: its output is read as it
/// comes, so the time to a frame is the time until the frame's bytes reached the terminal.
final class PtyProces {
    let master: Int32
    private(set) var pid: pid_t = 0
    private(set) var uitvoer: [UInt8] = []
    /// When the program was started (monotonic nanoseconds).
    private(set) var gestart: UInt64 = 0

    struct Fout: Error, CustomStringConvertible {
        var description: String
    }

    init(_ argumenten: [String], omgeving: [String: String], breedte: Int, hoogte: Int) throws {
        guard let (m, pad) = CursesBackend.openPseudoTerminal(width: breedte, height: hoogte) else { throw Fout(description: "geen pseudoterminal") }
        master = m
        var acties = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&acties)
        defer { posix_spawn_file_actions_destroy(&acties) }
        posix_spawn_file_actions_addclose(&acties, m)
        // After setsid, opening the terminal makes it the child's controlling terminal.
        posix_spawn_file_actions_addopen(&acties, 0, pad, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&acties, 0, 1)
        posix_spawn_file_actions_adddup2(&acties, 0, 2)
        var attr = posix_spawnattr_t()
        posix_spawnattr_init(&attr)
        defer { posix_spawnattr_destroy(&attr) }
        posix_spawnattr_setflags(&attr, 0x80)  // POSIX_SPAWN_SETSID (glibc)
        let argv: [UnsafeMutablePointer<CChar>?] = argumenten.map { strdup($0) } + [nil]
        let envp: [UnsafeMutablePointer<CChar>?] = omgeving.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        gestart = DispatchTime.now().uptimeNanoseconds
        let rc = posix_spawn(&pid, argumenten[0], &acties, &attr, argv, envp)
        guard rc == 0 else {
            close(m)
            throw Fout(description: "\(argumenten[0]) start niet (\(rc))")
        }
    }

    /// Reads what has come, waiting at most `ms` for the first bytes. False: nothing came.
    @discardableResult
    func lees(wacht ms: Int32) -> Bool {
        var p = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        guard poll(&p, 1, ms) > 0 else { return false }
        var buf = [UInt8](repeating: 0, count: 65_536)
        let n = read(master, &buf, buf.count)
        guard n > 0 else { return false }
        uitvoer += buf[0..<n]
        return true
    }

    /// Reads until `teken` has come after byte `vanaf`; the moment it came, or nil after
    /// `seconden`.
    func wachtOp(_ teken: String, vanaf: Int = 0, seconden: Double = 20) -> UInt64? {
        let naald = Array(teken.utf8)
        let einde = DispatchTime.now().uptimeNanoseconds + UInt64(seconden * 1e9)
        var gezocht = vanaf
        while true {
            if let _ = zoek(naald, vanaf: max(vanaf, gezocht - naald.count)) { return DispatchTime.now().uptimeNanoseconds }
            gezocht = uitvoer.count
            let nu = DispatchTime.now().uptimeNanoseconds
            guard nu < einde else { return nil }
            lees(wacht: Int32(min(1000, (einde - nu) / 1_000_000 + 1)))
        }
    }

    private func zoek(_ naald: [UInt8], vanaf: Int) -> Int? {
        guard !naald.isEmpty, uitvoer.count >= naald.count else { return nil }
        var i = max(0, vanaf)
        while i + naald.count <= uitvoer.count {
            if uitvoer[i] == naald[0] && Array(uitvoer[i..<(i + naald.count)]) == naald { return i }
            i += 1
        }
        return nil
    }

    /// Reads until nothing came for `ms`.
    func stil(_ ms: Int32 = 150) {
        while lees(wacht: ms) {}
    }

    func stuur(_ tekst: String) {
        let bytes = Array(tekst.utf8)
        _ = bytes.withUnsafeBufferPointer { write(master, $0.baseAddress, $0.count) }
    }

    /// Ends the program (after `tekst`, its own way to stop, when given) and waits for it.
    func stop(_ tekst: String? = nil) {
        if let tekst {
            stuur(tekst)
            let einde = DispatchTime.now().uptimeNanoseconds + 3_000_000_000
            var status: Int32 = 0
            while DispatchTime.now().uptimeNanoseconds < einde {
                lees(wacht: 20)
                if waitpid(pid, &status, WNOHANG) == pid { close(master); return }
            }
        }
        kill(pid, SIGKILL)
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        close(master)
    }
}

/// The figures of whole processes in a terminal: exec → first frame, and key → echo.
enum Procesmeting {
    static func ms(_ ns: UInt64) -> Double { Double(ns) / 1_000_000 }

    static func mediaan(_ x: [Double]) -> Double { x.sorted()[x.count / 2] }

    /// Exec → the first frame: until `teken` (something drawn near the end of the frame)
    /// reached the terminal. The median of `keer` starts, in milliseconds.
    static func eersteFrame(_ argumenten: [String], omgeving: [String: String], teken: String, stop: String?,
                            breedte: Int = 100, hoogte: Int = 30, keer: Int = 11) throws -> Double {
        var tijden: [Double] = []
        for _ in 0..<keer {
            let p = try PtyProces(argumenten, omgeving: omgeving, breedte: breedte, hoogte: hoogte)
            guard let klaar = p.wachtOp(teken) else {
                p.stop()
                throw PtyProces.Fout(description: "\(argumenten[0]): '\(teken)' kwam niet op het scherm")
            }
            tijden.append(ms(klaar - p.gestart))
            p.stil(50)
            p.stop(stop)
        }
        return mediaan(tijden)
    }

    /// Key → echo: after `voorbereiding` (keys, each followed by quiet), a letter typed
    /// until it is on the terminal; the median of `keer` letters, in milliseconds.
    static func echo(_ argumenten: [String], omgeving: [String: String], start: String, voorbereiding: [String], stop: String?,
                     breedte: Int, hoogte: Int, keer: Int = 40) throws -> Double {
        let p = try PtyProces(argumenten, omgeving: omgeving, breedte: breedte, hoogte: hoogte)
        defer { p.stop(stop) }
        guard p.wachtOp(start) != nil else { throw PtyProces.Fout(description: "\(argumenten[0]): '\(start)' kwam niet op het scherm") }
        p.stil(300)
        for toets in voorbereiding {
            p.stuur(toets)
            p.stil(300)
        }
        var tijden: [Double] = []
        for _ in 0..<keer {
            let vanaf = p.uitvoer.count
            let t = DispatchTime.now().uptimeNanoseconds
            p.stuur("x")
            guard let klaar = p.wachtOp("x", vanaf: vanaf, seconden: 5) else {
                let staart = String(decoding: p.uitvoer.suffix(600), as: UTF8.self).replacingOccurrences(of: "\u{1B}", with: "^[")
                throw PtyProces.Fout(description: "\(argumenten[0]): geen echo; het laatste op het scherm: \(staart)")
            }
            tijden.append(ms(klaar - t))
            p.stil(30)
        }
        return mediaan(tijden)
    }
}
