import ArgumentParser
import Foundation
import RegieDomain
import RegieMethode
import RegieStore

struct Regie: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "regie",
        abstract: "Regie: plannen en regie volgens 1Gezin1Plan1Regisseur.",
        discussion: """
            Zonder opdracht opent regie het programma met alle huishoudens.
            Buiten een terminal (in een script) toont het de lijst als tekst.
            De gegevens staan in $XDG_DATA_HOME/regie (standaard
            ~/.local/share/regie); kies een andere map met --data of REGIE_DATA.
            Instellingen (data, methode, thema, naam) staan in
            $XDG_CONFIG_HOME/regie/instellingen.yaml.
            """,
        subcommands: [Start.self, Lijst.self, Toon.self, Controleer.self, Demo.self, Exporteer.self, Importeer.self, MethodeCommando.self, Themas.self, Toetsen.self, LogboekCommando.self, Inzage.self, Wis.self, BewaartermijnCommando.self, VersleutelingCommando.self],
        defaultSubcommand: Start.self
    )
}

/// Options every command that reads the store takes.
struct AlgemeneOpties: ParsableArguments {
    @Option(name: .customLong("data"), help: ArgumentHelp("Map met de gegevens (anders REGIE_DATA, de instellingen of ~/.local/share/regie).", valueName: "map"))
    var data: String?

    @Option(name: .customLong("methode"), help: ArgumentHelp("Map met een eigen methodeset van de regio (anders REGIE_METHODE, de instellingen of de meegeleverde).", valueName: "map"))
    var methode: String?

    @Flag(name: .customLong("wachtwoord-stdin"), help: "Lees het wachtwoord van de gegevens van standaardinvoer (één regel), voor scripts.")
    var wachtwoordStdin = false

    /// The store, unlocked: asks for the passphrase (or a new one) as its state needs.
    func opslag() throws -> Opslag {
        let map = try opslagMap()
        return try opslag(laag: Wachtwoordinvoer.laag(map: map, stdin: wachtwoordStdin), map: map)
    }

    /// The store's folder, without asking anything (for the program's own passphrase screen:
    /// `Kluis.stand(map:)` says what to ask).
    func opslagMap() throws -> URL {
        let omgeving = ProcessInfo.processInfo.environment
        let gekozen = try data ?? (omgeving["REGIE_DATA"].flatMap { $0.isEmpty ? nil : $0 }) ?? Instellingen.laad().data
        return Opslag.standaardMap(argument: gekozen)
    }

    /// The store over a byte layer that is already unlocked (`Kluis.open`, `Kluis.maak`).
    func opslag(laag: any Bytelaag, map: URL? = nil) throws -> Opslag {
        let map = try map ?? opslagMap()
        do {
            // The audit trail records who did what; a failure to record is reported, never fatal.
            return try Opslag(map: map, laag: laag)
                .metLogboek(gebruiker: try? Instellingen.laad().naam, bijProbleem: { waarschuw($0) })
        } catch {
            throw RegieFout(error.melding)
        }
    }

    /// The method set, loaded and validated; the program does not start with a broken one.
    func laadMethode() throws -> Methode {
        let map = try methodeMap(methode)
        do {
            // Through the cache: parsing the YAML files is most of the time to the first frame.
            return try MethodeLader.laad(map: map.map { URL(fileURLWithPath: $0) }, cache: MethodeLader.cachemap())
        } catch {
            throw RegieFout(error.description)
        }
    }
}

/// The method folder: the option, else `REGIE_METHODE`, else the settings file; nil for the shipped set.
func methodeMap(_ optie: String?) throws -> String? {
    if let optie { return optie }
    if let m = ProcessInfo.processInfo.environment["REGIE_METHODE"], !m.isEmpty { return m }
    return try Instellingen.laad().methode
}

/// Today, from the clock; `REGIE_VANDAAG` (jjjj-mm-dd) fixes it for tests and demonstrations.
func vandaag() -> Datum {
    if let s = ProcessInfo.processInfo.environment["REGIE_VANDAAG"], let d = Datum(iso: s) { return d }
    let c = Calendar(identifier: .gregorian).dateComponents(in: .current, from: Date())
    let jaar = c.year ?? Datum.eerste.jaar
    // A clock outside the years a date can have is wrong; the nearest day there is will do.
    return Datum(jaar: jaar, maand: c.month ?? 1, dag: c.day ?? 1) ?? (jaar < Datum.eerste.jaar ? .eerste : .laatste)
}

/// Every line the program prints goes through here (`schrijf`, `waarschuw`, `Hoofd.meld`):
/// text from a file (a household's name, a reason quoting a field) may hold control
/// characters, and on a terminal those are commands. Each is shown as a visible sign
/// instead: caret notation for C0 and DEL (ESC is `^[`, NUL `^@`, CR `^M`), `�` for C1.
/// Newline and tab stay.
func zichtbaar(_ tekst: String) -> String {
    guard tekst.unicodeScalars.contains(where: { Stuurtekens.isStuurteken($0) && $0 != "\n" && $0 != "\t" }) else { return tekst }
    var uit = String.UnicodeScalarView()
    for s in tekst.unicodeScalars {
        switch s.value {
        case 0x0A, 0x09: uit.append(s)
        case 0x00..<0x20: uit.append("^"); uit.append(Unicode.Scalar(UInt8(s.value + 0x40)))
        case 0x7F: uit.append(contentsOf: "^?".unicodeScalars)
        case 0x80...0x9F: uit.append("\u{FFFD}")
        default: uit.append(s)
        }
    }
    return String(uit)
}

func schrijf(_ tekst: String) {
    FileHandle.standardOutput.write(Data(zichtbaar(tekst.hasSuffix("\n") ? tekst : tekst + "\n").utf8))
}

func waarschuw(_ tekst: String) {
    FileHandle.standardError.write(Data(("regie: " + zichtbaar(tekst) + "\n").utf8))
}

extension Opslag {
    /// Loads the household named by id or a unique start of its name.
    func vindEnLaad(_ verwijzing: String) throws -> GeladenDossier {
        do throws(OpslagFout) {
            let lijst = lijst()
            for p in lijst.problemen { waarschuw(p.description) }
            let s = try lijst.vind(verwijzing)
            return try laad(s.id)
        } catch {
            throw RegieFout(error.melding)
        }
    }
}
