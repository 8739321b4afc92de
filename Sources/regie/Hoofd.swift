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
        let argumenten = algemeneOptiesAchteraan(Array(CommandLine.arguments.dropFirst()))
        do {
            var opdracht = try Regie.parseAsRoot(argumenten)
            try opdracht.run()
        } catch let fout as RegieFout {
            meld(fout.melding)
            exit(fout.code)
        } catch {
            let code = Regie.exitCode(for: error)
            if code == .success {
                // --help, `regie help <opdracht>`: the help text, with its headings in Dutch.
                schrijf(Vertaling.hulp(Regie.fullMessage(for: error)))
                exit(0)
            }
            if let e = error as? ExitCode { exit(e.rawValue) }
            meld(Vertaling.dutch(Regie.message(for: error)) + " Zie 'regie --help'.")
            exit(64)
        }
    }

    /// `regie --data MAP toon x` works like `regie toon x --data MAP`: the options every
    /// command takes may stand before the command's name too.
    static func algemeneOptiesAchteraan(_ args: [String]) -> [String] {
        var voor: [String] = []
        var i = 0
        while i < args.count {
            let a = args[i]
            if (a == "--data" || a == "--methode") && i + 1 < args.count {
                voor += [a, args[i + 1]]
                i += 2
            } else if a == "--wachtwoord-stdin" || a.hasPrefix("--data=") || a.hasPrefix("--methode=") {
                voor.append(a)
                i += 1
            } else {
                break
            }
        }
        return Array(args[i...]) + voor
    }

    static func meld(_ tekst: String) {
        FileHandle.standardError.write(Data(("regie: " + zichtbaar(tekst) + "\n").utf8))
    }
}

/// An error for the user: one sentence, and the exit code.
struct RegieFout: Error, CustomStringConvertible {
    var melding: String
    var description: String { melding }
    var code: Int32 = 1

    init(_ melding: String, code: Int32 = 1) {
        self.melding = melding
        self.code = code
    }
}

/// The argument parser speaks English; this puts its usual messages into Dutch.
enum Vertaling {
    /// The fixed English parts of a help text.
    static func hulp(_ tekst: String) -> String {
        let vervangingen = [
            ("OVERVIEW:", "OVERZICHT:"), ("USAGE:", "GEBRUIK:"), ("ARGUMENTS:", "ARGUMENTEN:"), ("OPTIONS:", "OPTIES:"),
            ("SUBCOMMANDS:", "OPDRACHTEN:"), ("Show help information.", "Toon deze hulp."),
            ("<subcommand>", "<opdracht>"), (" (default)", " (standaard)"), ("(values: ", "(waarden: "), ("(default: ", "(standaard: "),
        ]
        var t = tekst
        for (en, nl) in vervangingen { t = t.replacingOccurrences(of: en, with: nl) }
        // "See 'regie help methode <opdracht>' for detailed help."
        return t.split(separator: "\n", omittingEmptySubsequences: false).map { regel in
            guard regel.contains("See '"), regel.hasSuffix("' for detailed help.") else { return String(regel) }
            return regel.replacingOccurrences(of: "See '", with: "Zie '")
                .replacingOccurrences(of: "' for detailed help.", with: "' voor de hulp bij een opdracht.")
        }.joined(separator: "\n")
    }

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
        if regel.hasPrefix("Missing") { return "Er ontbreekt iets: \(regel)." }
        return "De opdracht is niet goed: \(regel)"
    }
}
