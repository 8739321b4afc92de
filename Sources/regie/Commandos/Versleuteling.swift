import ArgumentParser
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import RegieStore

/// `regie versleuteling status|instellen|wijzig|herstel|herstelcode|bewaar-sleutel|uit`:
/// encryption at rest of the data folder.
struct VersleutelingCommando: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "versleuteling",
        abstract: "Versleuteling van de gegevens: bekijken, instellen, wachtwoord wijzigen, of bewust uit.",
        discussion: """
            Regie versleutelt alles wat het in de gegevensmap schrijft met een wachtwoord. \
            Zonder dat wachtwoord zijn de gegevens niet te lezen, ook niet door een beheerder: \
            bewaar het goed. In een terminal vraagt regie het wachtwoord zonder het te tonen; een \
            script geeft het op standaardinvoer met --wachtwoord-stdin (nooit als argument of \
            omgevingsvariabele).

            Bij het instellen maakt Regie ook een herstelcode: die wordt één keer getoond. Schrijf \
            hem op papier en bewaar dat veilig. Bent u het wachtwoord kwijt, dan kiest u met de \
            herstelcode een nieuw ('regie versleuteling herstel'). Maak ook een reservekopie van \
            het sleutelbestand ('regie versleuteling bewaar-sleutel') en bewaar die apart van de \
            computer: zonder sleutelbestand helpen wachtwoord en herstelcode niet.
            """,
        subcommands: [Status.self, Instellen.self, Wijzig.self, Herstel.self, HerstelcodeCommando.self, BewaarSleutel.self, Uit.self]
    )

    struct Status: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Toon of de gegevens versleuteld zijn.")
        @OptionGroup var opties: AlgemeneOpties

        func run() throws {
            let map = try opties.opslagMap()
            switch Kluis.stand(map: map) {
            case .versleuteld:
                if let probleem = Kluis.sleutelProbleem(map: map) {
                    schrijf("Map: \(map.path)")
                    throw RegieFout(probleem.melding)
                }
                let k = Kluis.kosten(map: map).map { " (wachtwoord via scrypt, N=\($0.n), r=\($0.r), p=\($0.p))" } ?? ""
                schrijf("Versleuteld met AES-256-GCM\(k).")
                schrijf(Kluis.heeftHerstelcode(map: map)
                    ? "Herstelcode: ja. Daarmee kiest u een nieuw wachtwoord als u het uwe vergeet ('regie versleuteling herstel')."
                    : "Herstelcode: nee. Maak er een met 'regie versleuteling herstelcode'; zonder herstelcode is alles weg als u het wachtwoord vergeet.")
                if Kluis.isVersleutelenBezig(map: map) {
                    schrijf("Het versleutelen van bestaande bestanden is nog niet af; dat gebeurt bij het volgende openen met het wachtwoord.")
                }
            case .onversleuteld:
                schrijf("Niet versleuteld: zo gekozen met 'regie versleuteling uit'. Versleutelen kan met 'regie versleuteling instellen'.")
            case .nieuw:
                schrijf("Nog niet ingesteld: de map is leeg. Kies een wachtwoord met 'regie versleuteling instellen'.")
            case .teVersleutelen:
                schrijf("Niet versleuteld: de gegevens zijn van vóór de versleuteling. Versleutel ze met 'regie versleuteling instellen'.")
            case .sleutelKwijt:
                schrijf("Map: \(map.path)")
                throw RegieFout(KluisFout.sleutelKwijt(pad: Kluis.sleutelPad(map: map)).melding)
            }
            schrijf("Map: \(map.path)")
        }
    }

    struct Instellen: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Kies een wachtwoord en versleutel de gegevens (ook wat er al staat).")
        @OptionGroup var opties: AlgemeneOpties

        func run() throws {
            let map = try opties.opslagMap()
            switch Kluis.stand(map: map) {
            case .versleuteld: throw RegieFout(KluisFout.alVersleuteld.melding)
            case .sleutelKwijt: throw RegieFout(KluisFout.sleutelKwijt(pad: Kluis.sleutelPad(map: map)).melding)
            case .nieuw, .onversleuteld, .teVersleutelen: break
            }
            _ = try Wachtwoordinvoer.versleutel(map: map, stdin: opties.wachtwoordStdin, codeOpUitvoer: true)
        }
    }

    struct Wijzig: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Kies een ander wachtwoord (met --wachtwoord-stdin: eerst het huidige, dan het nieuwe, elk op een regel).")
        @OptionGroup var opties: AlgemeneOpties

        func run() throws {
            let map = try opties.opslagMap()
            try Wachtwoordinvoer.eisSleutel(map)
            let oud = try Wachtwoordinvoer.bestaand(stdin: opties.wachtwoordStdin, vraag: "Huidig wachtwoord: ")
            // Checked before a new one is asked for.
            do { _ = try Kluis.open(map: map, wachtwoord: oud) } catch { throw RegieFout(error.melding) }
            let nieuw = try Wachtwoordinvoer.nieuw(stdin: opties.wachtwoordStdin)
            do {
                try Kluis.wijzigWachtwoord(map: map, oud: oud, nieuw: nieuw, door: try? Instellingen.laad().naam)
            } catch {
                throw RegieFout(error.melding)
            }
            schrijf("Het wachtwoord is gewijzigd. Het oude werkt niet meer.")
        }
    }

    struct Herstel: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Wachtwoord vergeten: kies met de herstelcode een nieuw (met --wachtwoord-stdin: eerst de herstelcode, dan het nieuwe wachtwoord, elk op een regel).")
        @OptionGroup var opties: AlgemeneOpties

        func run() throws {
            let map = try opties.opslagMap()
            try Wachtwoordinvoer.eisSleutel(map)
            let tekst: String
            if opties.wachtwoordStdin {
                guard let r = readLine(strippingNewline: true), !r.isEmpty else {
                    throw RegieFout("Er staat geen herstelcode op standaardinvoer (--wachtwoord-stdin verwacht eerst de herstelcode, dan het nieuwe wachtwoord, elk op een regel).")
                }
                tekst = r
            } else {
                guard isatty(0) == 1 else {
                    throw RegieFout("Geef de herstelcode in een terminal, of in een script op standaardinvoer met --wachtwoord-stdin.")
                }
                tekst = Wachtwoordinvoer.vraagZichtbaar("Herstelcode (zoals op papier, met of zonder streepjes): ") ?? ""
            }
            guard let code = Herstelcode(tekst) else {
                throw RegieFout("Dat is geen herstelcode: die bestaat uit zeven groepjes van vier letters en cijfers, zoals XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX. Er is niets veranderd.")
            }
            // Checked before a new passphrase is asked for.
            do { try Kluis.controleerHerstelcode(map: map, herstelcode: code) } catch { throw RegieFout(error.melding) }
            let nieuw = try Wachtwoordinvoer.nieuw(stdin: opties.wachtwoordStdin)
            do {
                try Kluis.herstel(map: map, herstelcode: code, nieuw: nieuw, door: try? Instellingen.laad().naam)
            } catch {
                throw RegieFout(error.melding)
            }
            schrijf("Er is een nieuw wachtwoord ingesteld; het oude werkt niet meer. De herstelcode blijft geldig. "
                + "Wilt u een nieuwe herstelcode (bijvoorbeeld omdat iemand anders deze heeft gezien): 'regie versleuteling herstelcode'.")
        }
    }

    struct HerstelcodeCommando: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "herstelcode",
            abstract: "Maak een nieuwe herstelcode (het wachtwoord is nodig); een eerdere herstelcode werkt daarna niet meer.")
        @OptionGroup var opties: AlgemeneOpties

        func run() throws {
            let map = try opties.opslagMap()
            try Wachtwoordinvoer.eisSleutel(map)
            let w = try Wachtwoordinvoer.bestaand(stdin: opties.wachtwoordStdin, vraag: "Wachtwoord: ")
            let code = Herstelcode.nieuw()
            do {
                try Kluis.maakHerstelcode(map: map, wachtwoord: w, herstelcode: code, door: try? Instellingen.laad().naam)
            } catch {
                throw RegieFout(error.melding)
            }
            schrijf(Wachtwoordinvoer.herstelcodeTekst(code))
        }
    }

    struct BewaarSleutel: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "bewaar-sleutel",
            abstract: "Schrijf een reservekopie van het sleutelbestand (bewaar die apart van deze computer).",
            discussion: """
                De reservekopie alleen opent niets: er is ook het wachtwoord of de herstelcode voor \
                nodig. Zonder sleutelbestand zijn de gegevens niet meer te openen, ook niet met het \
                wachtwoord; zet dan de reservekopie terug als sleutel.json in de map met gegevens.
                """)
        @OptionGroup var opties: AlgemeneOpties

        @Argument(help: ArgumentHelp("Het bestand voor de reservekopie.", valueName: "bestand"))
        var bestand: String

        @Flag(name: .customLong("overschrijf"), help: "Een bestaand bestand vervangen.")
        var overschrijf = false

        func run() throws {
            let map = try opties.opslagMap()
            try Wachtwoordinvoer.eisSleutel(map)
            let doel = URL(fileURLWithPath: bestand).standardizedFileURL.path
            do { try Kluis.bewaarSleutel(map: map, naar: doel, overschrijf: overschrijf) } catch { throw RegieFout(error.melding) }
            schrijf("De reservekopie van de sleutel staat in \(doel). Bewaar hem apart van deze computer, bijvoorbeeld op een "
                + "USB-stick in een afgesloten kast. Alleen opent hij niets: er is ook het wachtwoord of de herstelcode nodig.")
        }
    }

    struct Uit: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Kies bewust voor gegevens zonder versleuteling (alleen voor een map die nog niet versleuteld is).")
        @OptionGroup var opties: AlgemeneOpties

        @Flag(name: .customLong("ja"), help: "Niet vragen: bestaande onversleutelde gegevens blijven onversleuteld (voor scripts).")
        var ja = false

        func run() throws {
            let map = try opties.opslagMap()
            switch Kluis.stand(map: map) {
            case .versleuteld:
                throw RegieFout("Deze gegevens zijn versleuteld. Ontsleutelen kan in deze versie van Regie niet: dat zou alles leesbaar op schijf zetten.")
            case .sleutelKwijt:
                throw RegieFout(KluisFout.sleutelKwijt(pad: Kluis.sleutelPad(map: map)).melding)
            case .onversleuteld:
                schrijf("Deze gegevens waren al bewust onversleuteld.")
                return
            case .teVersleutelen where !ja:
                guard isatty(0) == 1 else {
                    throw RegieFout("Er staan al gegevens in deze map. Bevestig met --ja dat ze onversleuteld blijven, of versleutel ze met 'regie versleuteling instellen'.")
                }
                let antwoord = Wachtwoordinvoer.vraagZichtbaar(
                    "Er staan al gegevens in deze map. Iedereen die bij de bestanden kan, kan ze lezen. Onversleuteld laten? Typ ja: ")
                guard antwoord?.lowercased() == "ja" else { throw RegieFout("Er is niets veranderd.") }
            case .nieuw, .teVersleutelen:
                break
            }
            do { try Kluis.kiesOnversleuteld(map: map) } catch { throw RegieFout(error.melding) }
            schrijf("Deze gegevens worden niet versleuteld. Iedereen die bij de bestanden kan, kan ze lezen. Versleutelen kan later met 'regie versleuteling instellen'.")
        }
    }
}

/// Asking for passphrases: on the terminal without echo (prompts on standard error), or one
/// line at a time from standard input with --wachtwoord-stdin. Never from an argument or an
/// environment variable.
enum Wachtwoordinvoer {
    /// The byte layer for the store in `map`, asking what its state needs.
    static func laag(map: URL, stdin: Bool) throws -> any Bytelaag {
        switch Kluis.stand(map: map) {
        case .versleuteld:
            // A damaged key file is named before a passphrase is asked.
            if let probleem = Kluis.sleutelProbleem(map: map) { throw RegieFout(probleem.melding) }
            let wachtwoord = try bestaand(stdin: stdin, vraag: "Wachtwoord: ")
            do { return try Kluis.open(map: map, wachtwoord: wachtwoord) } catch { throw RegieFout(error.melding) }
        case .onversleuteld:
            waarschuw(Kluis.onversleuteldWaarschuwing)
            return GeenVersleuteling()
        case .sleutelKwijt:
            throw RegieFout(KluisFout.sleutelKwijt(pad: Kluis.sleutelPad(map: map)).melding)
        case .nieuw, .teVersleutelen:
            guard stdin || isatty(0) == 1 else {
                throw RegieFout("Deze gegevens hebben nog geen wachtwoord. Kies er een met 'regie versleuteling instellen' (of geef het op standaardinvoer met --wachtwoord-stdin), of kies bewust voor onversleuteld met 'regie versleuteling uit'.")
            }
            return try versleutel(map: map, stdin: stdin)
        }
    }

    /// Refuses a folder without a sound key file, with the message that says what to do.
    static func eisSleutel(_ map: URL) throws {
        switch Kluis.stand(map: map) {
        case .versleuteld:
            if let probleem = Kluis.sleutelProbleem(map: map) { throw RegieFout(probleem.melding) }
        case .sleutelKwijt: throw RegieFout(KluisFout.sleutelKwijt(pad: Kluis.sleutelPad(map: map)).melding)
        case .nieuw, .onversleuteld, .teVersleutelen: throw RegieFout(KluisFout.geenSleutel.melding)
        }
    }

    /// The recovery code with what to do with it.
    static func herstelcodeTekst(_ code: Herstelcode) -> String {
        """
        Uw herstelcode (Regie toont hem maar één keer):

            \(code.tekst)

        Schrijf hem op papier of druk hem af, en bewaar dat op een veilige plek, apart van deze computer.
        Vergeet u het wachtwoord, dan kiest u met deze code een nieuw: regie versleuteling herstel.
        Wie de code en de gegevens heeft, kan alles lezen: bewaar hem even zorgvuldig als het wachtwoord.
        """
    }

    /// Asks a new passphrase and encrypts the store (and what is already in it), with a
    /// recovery code, shown once: on standard output for `versleuteling instellen`
    /// (`codeOpUitvoer`), else on standard error (standard output carries the command's own output).
    static func versleutel(map: URL, stdin: Bool, codeOpUitvoer: Bool = false) throws -> VersleuteldeLaag {
        // Also a folder marked unencrypted before: what is in it gets encrypted now.
        let dossiers = (try? FileManager.default.contentsOfDirectory(atPath: map.appendingPathComponent("dossiers").path)) ?? []
        let bestaand = Kluis.stand(map: map) == .teVersleutelen || dossiers.contains { $0.hasSuffix(".json") }
        if !stdin {
            meld("Regie versleutelt alle gegevens met een wachtwoord. Zonder dat wachtwoord zijn ze niet te lezen, ook niet door een beheerder: bewaar het goed.")
            if bestaand { meld("Er staan al gegevens in deze map; die worden nu versleuteld.") }
        }
        let wachtwoord = try nieuw(stdin: stdin)
        do {
            let code = Herstelcode.nieuw()
            let laag = try Kluis.maak(map: map, wachtwoord: wachtwoord, herstelcode: code, door: try? Instellingen.laad().naam)
            meld(bestaand ? "De bestaande gegevens zijn versleuteld." : "De gegevens worden voortaan versleuteld bewaard.")
            if codeOpUitvoer { schrijf(herstelcodeTekst(code)) } else { meld(herstelcodeTekst(code)) }
            return laag
        } catch {
            throw RegieFout(error.melding)
        }
    }

    /// An existing passphrase.
    static func bestaand(stdin: Bool, vraag: String) throws -> String {
        if stdin { return try regel() }
        guard isatty(0) == 1 else {
            throw RegieFout("Deze gegevens zijn versleuteld. Geef het wachtwoord in een terminal, of in een script op standaardinvoer met --wachtwoord-stdin.")
        }
        guard let w = vraagVerborgen(vraag), !w.isEmpty else { throw RegieFout("Er is geen wachtwoord ingevoerd.") }
        return w
    }

    /// A new passphrase: from standard input one line, in a terminal twice with the strength hint.
    static func nieuw(stdin: Bool) throws -> String {
        if stdin {
            let w = try regel()
            guard Kluis.sterkte(w).isLangGenoeg else { throw RegieFout(KluisFout.teKort.melding) }
            return w
        }
        for _ in 0..<3 {
            guard let w = vraagVerborgen("Nieuw wachtwoord (minstens \(Wachtwoordsterkte.minimaleLengte) tekens): ") else { break }
            let sterkte = Kluis.sterkte(w)
            meld(sterkte.regel)
            guard sterkte.isLangGenoeg else { continue }
            if sterkte.niveau == .zwak {
                guard vraagZichtbaar("Toch dit wachtwoord gebruiken? Typ ja: ")?.lowercased() == "ja" else { continue }
            }
            guard let nogmaals = vraagVerborgen("Nog een keer, ter controle: ") else { break }
            if nogmaals == w { return w }
            meld("De twee wachtwoorden zijn niet gelijk. Probeer het opnieuw.")
        }
        throw RegieFout("Er is geen wachtwoord gekozen; er is niets veranderd.")
    }

    /// One line of standard input (for scripts).
    static func regel() throws -> String {
        guard let w = readLine(strippingNewline: true), !w.isEmpty else {
            throw RegieFout("Er staat geen wachtwoord op standaardinvoer (--wachtwoord-stdin verwacht het op de eerste regel).")
        }
        return w
    }

    /// Asks on the terminal with echo off; the terminal is restored, also on Ctrl-C.
    static func vraagVerborgen(_ vraag: String) -> String? {
        var oud = termios()
        guard tcgetattr(0, &oud) == 0 else { return vraagZichtbaar(vraag) }
        bewaardeTerminal = oud
        signal(SIGINT, herstelEnStop)
        signal(SIGTERM, herstelEnStop)
        signal(SIGHUP, herstelEnStop)
        var stil = oud
        stil.c_lflag &= ~tcflag_t(ECHO)
        stil.c_lflag |= tcflag_t(ECHONL)
        _ = tcsetattr(0, TCSAFLUSH, &stil)
        defer {
            _ = tcsetattr(0, TCSAFLUSH, &oud)
            signal(SIGINT, SIG_DFL)
            signal(SIGTERM, SIG_DFL)
            signal(SIGHUP, SIG_DFL)
        }
        FileHandle.standardError.write(Data(vraag.utf8))
        return readLine(strippingNewline: true)
    }

    static func vraagZichtbaar(_ vraag: String) -> String? {
        FileHandle.standardError.write(Data(vraag.utf8))
        return readLine(strippingNewline: true)?.trimmingCharacters(in: .whitespaces)
    }

    static func meld(_ tekst: String) {
        FileHandle.standardError.write(Data((tekst + "\n").utf8))
    }
}

/// The terminal settings to restore when a passphrase prompt is interrupted.
nonisolated(unsafe) private var bewaardeTerminal = termios()

private func herstelEnStop(_ signaal: Int32) {
    _ = tcsetattr(0, TCSANOW, &bewaardeTerminal)
    _ = write(2, "\n", 1)
    _exit(128 + signaal)
}
