#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Testing
import TestSupport

/// One run of `regie themas --voorbeeld` in a private tmux server, with its own fresh
/// config folder and home, a fixed today, and nothing of the test's environment that
/// could change what the screen shows.
final class Voorbeeldscherm {
    let sessie: TmuxSessie
    let map: URL

    /// Variables of the test's own environment (which the tmux server inherits) that
    /// would change the program's behaviour; they are removed unless a test sets them.
    static let weg = ["NO_COLOR", "REGIE_DATA", "REGIE_METHODE", "XDG_DATA_HOME", "LC_ALL", "LC_CTYPE", "LC_MESSAGES"]

    /// Starts the preview and waits for its first frame.
    /// - Parameters:
    ///   - argumenten: after `regie themas --voorbeeld`
    ///   - omgeving: extra environment variables
    ///   - toetsen: the text of `$XDG_CONFIG_HOME/regie/toetsen.yaml`, if any
    ///   - wachtOp: text the first frame shows
    init(_ argumenten: [String] = [], breedte: Int = 80, hoogte: Int = 24, omgeving: [String: String] = [:],
         toetsen: String? = nil, wachtOp: String = "themavoorbeeld · ") throws {
        let programma = try #require(gebouwdProgramma("regie"), "het programma regie is niet gevonden bij de tests")
        map = FileManager.default.temporaryDirectory.appendingPathComponent("regie-e2e-\(UUID().uuidString)")
        let config = map.appendingPathComponent("config")
        let home = map.appendingPathComponent("home")
        try FileManager.default.createDirectory(at: config.appendingPathComponent("regie"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        if let toetsen {
            try toetsen.write(to: config.appendingPathComponent("regie/toetsen.yaml"), atomically: true, encoding: .utf8)
        }
        var env = ["XDG_CONFIG_HOME": config.path, "HOME": home.path, "REGIE_VANDAAG": "2026-11-23"]
        env.merge(omgeving) { _, nieuw in nieuw }
        // `env -u` execs the program, so the shell's child is the program itself (programmaPid).
        let opruimen = Self.weg.filter { env[$0] == nil }.flatMap { ["-u", $0] }
        do {
            sessie = try TmuxSessie(["env"] + opruimen + [programma.path, "themas", "--voorbeeld"] + argumenten,
                                    breedte: breedte, hoogte: hoogte, omgeving: env)
        } catch {
            try? FileManager.default.removeItem(at: map)
            throw error
        }
        try sessie.wachtOp(wachtOp)
    }

    deinit {
        sessie.sluit()
        try? FileManager.default.removeItem(at: map)
    }

    /// Waits for the program to end.
    /// - Returns: its exit code, and whether the wrapping shell found the terminal settings
    ///   as they were before the program started.
    func einde(seconden: Double = 10) throws -> (code: Int32, ttyHersteld: Bool) {
        let code = try sessie.wachtOpEinde(seconden: seconden)
        let scherm = try sessie.wachtTot(seconden: seconden, "__TTY_OK__ of __TTY_KAPOT__") {
            $0.contains("__TTY_OK__") || $0.contains("__TTY_KAPOT__")
        }
        return (code, scherm.contains("__TTY_OK__"))
    }

    /// Whether the program has not ended (the shell has not printed its exit code).
    func draaitNog() throws -> Bool {
        let scherm = try sessie.scherm()
        let pid = try sessie.programmaPid()
        return !scherm.contains("__EXIT__=") && pid != nil
    }

    /// Presses `toets` and waits until the screen changes from `voor`: keys are delivered in
    /// order, so what a later key does shows that an earlier one was handled.
    @discardableResult
    func druk(_ toets: String, tot wat: String, _ klaar: @escaping (String) -> Bool) throws -> String {
        try sessie.toetsen(toets)
        return try sessie.wachtTot(wat, klaar)
    }

    // MARK: Reading the screen

    static func regels(_ scherm: String) -> [String] {
        var regels = scherm.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if regels.last == "" { regels.removeLast() }
        return regels
    }

    /// The title line's theme: "Regie · themavoorbeeld · naam (i/n)".
    struct Titel: Equatable, CustomStringConvertible {
        var naam: String
        var nummer: Int
        var aantal: Int
        var description: String { "\(naam) (\(nummer)/\(aantal))" }
    }

    static func titel(_ scherm: String) -> Titel? {
        guard let eerste = regels(scherm).first,
              let m = eerste.firstMatch(of: /^Regie · themavoorbeeld · (.+) \((\d+)\/(\d+)\)/),
              let nummer = Int(m.2), let aantal = Int(m.3) else { return nil }
        return Titel(naam: String(m.1), nummer: nummer, aantal: aantal)
    }

    /// The message line: the line above the help bar at the bottom.
    static func meldregel(_ scherm: String) -> String? {
        let r = regels(scherm)
        guard let balk = r.lastIndex(where: { $0.hasPrefix("F1 ") && $0.contains("Afsluiten") }), balk > 0 else { return nil }
        return r[balk - 1]
    }

    /// The help bar at the bottom.
    static func hulpbalk(_ scherm: String) -> String? {
        regels(scherm).last { $0.hasPrefix("F1 ") && $0.contains("Afsluiten") }
    }

    static func aantal(_ tekst: String, in scherm: String) -> Int {
        scherm.components(separatedBy: tekst).count - 1
    }
}
