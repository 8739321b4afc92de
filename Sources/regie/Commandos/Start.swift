import ArgumentParser
import Foundation
import RegieApp
import RegieThemes
import Screen
#if canImport(Glibc)
import Glibc
#endif

/// `regie` (or `regie start`): the program with its screens, on the default store.
/// Outside a terminal (a pipe, a script) it prints the list instead.
struct Start: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "start",
        abstract: "Open het programma: overzicht, huishouden, plannen, fasen en regiekaart."
    )

    @OptionGroup var opties: AlgemeneOpties
    @OptionGroup var scherm: SchermOpties

    @Option(name: .customLong("presentatie"),
            help: ArgumentHelp("Open meteen dit huishouden als presentatie (voor de beamer): het overzicht met andere huishoudens komt niet in beeld.",
                               valueName: "dossier"))
    var presentatie: String?

    func run() throws {
        guard isatty(0) == 1, isatty(1) == 1 else {
            // Never print the list of every household when one was asked to be presented.
            if presentatie != nil { throw RegieFout("Een presentatie kan alleen in een terminal worden getoond.") }
            var argumenten: [String] = []
            if let d = opties.data { argumenten += ["--data", d] }
            if let m = opties.methode { argumenten += ["--methode", m] }
            var lijst = try Lijst.parse(argumenten)
            try lijst.run()
            return
        }
        let omgeving = ProcessInfo.processInfo.environment
        let methode = try opties.laadMethode()
        let opslag = try opties.opslag()
        let instellingen = try Instellingen.laad()
        let (keymap, problemen) = scherm.toetsen(omgeving: omgeving)
        let werk = Werkomgeving(opslag: opslag, methode: methode, vandaag: vandaag(), gebruiker: instellingen.naam, keymap: keymap,
                                bewaarGebruiker: { try Instellingen.zet("naam", op: $0) })
        let catalog = ThemeCatalog(shippedFolder: ShippedThemes.folder, userFolder: ThemeCatalog.userFolder(environment: omgeving))
        // Found before the terminal starts, so a wrong name is a plain message.
        let tePresenteren = try presentatie.map { try opslag.vindEnLaad($0).dossier.id }
        let sessie = try scherm.start(gevraagd: scherm.thema, catalog: catalog, omgeving: omgeving)
        let meldingen = ([sessie.themaWaarschuwing].compactMap { $0 } + problemen).joined(separator: " · ")
        // Projector mode uses the beamer theme, unless the terminal has no colours (or the
        // user asked for none): then the black-and-white theme stays.
        let beamer = sessie.theme.name == "zwart-wit" ? sessie.theme : (catalog.entry(named: "beamer")?.theme ?? sessie.theme)
        var model = RegieProgramma.Model(omgeving: werk, melding: meldingen.isEmpty ? nil : meldingen,
                                         themas: Themakeuze(gewoon: sessie.theme, beamer: beamer))
        if let id = tePresenteren { _ = RegieProgramma().presenteer(id, in: &model) }
        let einde = sessie.draai(RegieProgramma(), model: model)
        if let open = einde.open, open.heeftWijzigingen {
            waarschuw("Niet alles kon worden bewaard: \(open.conflict ?? "zie de melding in het programma").")
        }
    }
}
