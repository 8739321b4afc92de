import ArgumentParser
#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// The entry point: runs the command and turns every error into one Dutch sentence and a
/// non-zero exit code, without stack traces.
@main
enum Hoofd {
    static func main() {
        let argumenten = Array(CommandLine.arguments.dropFirst())
        do {
            var opdracht = try Regie.parseAsRoot(argumenten)
            try opdracht.run()
        } catch let fout as RegieFout {
            meld(fout.melding)
            exit(fout.code)
        } catch {
            let code = Regie.exitCode(for: error)
            if code == .success || error is CleanExit {
                Regie.exit(withError: error)  // --help and friends: prints the help, exit 0
            }
            if let e = error as? ExitCode { exit(e.rawValue) }
            meld(Vertaling.dutch(Regie.message(for: error)) + " Zie 'regie --help'.")
            exit(64)
        }
    }

    static func meld(_ tekst: String) {
        FileHandle.standardError.write(Data(("regie: " + tekst + "\n").utf8))
    }
}

/// An error for the user: one sentence, and the exit code.
struct RegieFout: Error {
    var melding: String
    var code: Int32 = 1

    init(_ melding: String, code: Int32 = 1) {
        self.melding = melding
        self.code = code
    }
}

/// The argument parser speaks English; this puts its usual messages into Dutch.
enum Vertaling {
    static func dutch(_ bericht: String) -> String {
        let regel = bericht.split(separator: "\n").first.map(String.init) ?? bericht
        func tussen(_ s: String) -> String {
            guard let a = s.firstIndex(of: "'"), let b = s.lastIndex(of: "'"), a < b else { return s }
            return String(s[s.index(after: a)..<b])
        }
        if regel.hasPrefix("Missing expected argument") { return "Er ontbreekt een argument: \(tussen(regel))." }
        if regel.hasPrefix("Unknown option") { return "Onbekende optie: \(tussen(regel))." }
        if regel.hasPrefix("Unexpected argument") { return "Onverwacht argument: \(tussen(regel))." }
        if regel.hasPrefix("Unexpected arguments") { return "Onverwachte argumenten: \(tussen(regel))." }
        // "2 unexpected arguments: 'a', 'b'"
        if let r = regel.range(of: "unexpected arguments: ") { return "Onverwachte argumenten: \(regel[r.upperBound...])." }
        if regel.hasPrefix("Missing value for") { return "Bij \(tussen(regel)) hoort een waarde." }
        if regel.hasPrefix("The value") && regel.contains("is invalid for") {
            let delen = regel.components(separatedBy: "' is invalid for '")
            if delen.count == 2 {
                let waarde = delen[0].replacingOccurrences(of: "The value '", with: "")
                let optie = delen[1].split(separator: "'").first.map(String.init) ?? delen[1]
                return "De waarde '\(waarde)' past niet bij \(optie)."
            }
        }
        if regel.hasPrefix("Missing expected argument") || regel.hasPrefix("Missing") { return "Er ontbreekt iets: \(regel)." }
        return "De opdracht is niet goed: \(regel)"
    }
}
