import ArgumentParser
import RegieDomain
import RegieExport
import RegieStore

/// `regie toon <dossier>`: the whole plan as readable text.
struct Toon: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "toon",
        abstract: "Toon het hele plan van een huishouden als leesbare tekst."
    )

    @OptionGroup var opties: AlgemeneOpties

    @Argument(help: ArgumentHelp("Id of het begin van de naam van het huishouden.", valueName: "dossier"))
    var dossier: String

    func run() throws {
        let methode = try opties.laadMethode()
        let geladen = try opties.opslag().vindEnLaad(dossier)
        schrijf(MarkdownWeergave(dossier: geladen.dossier, methode: methode, vandaag: vandaag()).tekst())
    }
}

/// `regie controleer <dossier>`: the plan check.
struct Controleer: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "controleer",
        abstract: "Controleer een plan op wat de methode vraagt.",
        discussion: "Geeft exitcode 0 als er geen fouten zijn (alleen aandachtspunten of tips), anders 1."
    )

    @OptionGroup var opties: AlgemeneOpties

    @Argument(help: ArgumentHelp("Id of het begin van de naam van het huishouden.", valueName: "dossier"))
    var dossier: String

    func run() throws {
        let methode = try opties.laadMethode()
        let d = try opties.opslag().vindEnLaad(dossier).dossier
        let bevindingen = d.planCheck(methode, vandaag: vandaag())
        guard !bevindingen.isEmpty else {
            schrijf("Plancheck \(d.naam): alles in orde.")
            return
        }
        var regels = ["Plancheck \(d.naam): \(bevindingen.count) \(bevindingen.count == 1 ? "bevinding" : "bevindingen")", ""]
        for b in bevindingen {
            regels.append("[\(b.ernst.tekst)] \(b.plaats.tekst(in: d)): \(b.melding)")
        }
        schrijf(regels.joined(separator: "\n"))
        let fouten = bevindingen.filter { $0.ernst == .fout }.count
        if fouten > 0 { throw ExitCode(1) }
    }
}

/// `regie demo`: adds a fictional household.
struct Demo: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Voeg een verzonnen voorbeeldhuishouden toe, met een ingevuld plan en veiligheidsplan."
    )

    @OptionGroup var opties: AlgemeneOpties

    func run() throws {
        _ = try opties.laadMethode()
        let opslag = try opties.opslag()
        let d = Voorbeeld.demo(vandaag: vandaag())
        do { try opslag.voegToe(d) } catch { throw RegieFout(error.melding) }
        schrijf("""
            Voorbeeldhuishouden toegevoegd: \(d.naam) (id \(d.id)).
            Alle namen zijn verzonnen. Bekijk het plan met: regie toon \(d.id)
            """)
    }
}
