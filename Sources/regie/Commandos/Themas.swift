import ArgumentParser
import Foundation
import RegieApp
import RegieThemes
import Screen

/// `regie themas`: the themes there are, shipped and the user's own; with `--voorbeeld`
/// a screen showing every kind of field and role in a theme.
struct Themas: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "themas",
        abstract: "Toon de beschikbare kleurthema's (meegeleverd en eigen), of bekijk er een.",
        discussion: """
            Eigen thema's staan in $XDG_CONFIG_HOME/regie/themes (zie Themes/README.md voor het formaat).
            Met --voorbeeld opent een scherm met alle soorten velden in het thema; C-t wisselt van thema.
            """
    )

    @Flag(name: .customLong("voorbeeld"), help: "Open een voorbeeldscherm met alle velden en kleuren van het thema.")
    var voorbeeld = false

    @Argument(help: ArgumentHelp("Het thema voor het voorbeeld (anders --thema, de instellingen of standaard).", valueName: "naam"))
    var naam: String?

    @OptionGroup var scherm: SchermOpties

    func run() throws {
        let omgeving = ProcessInfo.processInfo.environment
        let catalog = ThemeCatalog(shippedFolder: ShippedThemes.folder, userFolder: ThemeCatalog.userFolder(environment: omgeving))
        guard voorbeeld else {
            if naam != nil { throw RegieFout("Een themanaam hoort bij --voorbeeld: regie themas --voorbeeld \(naam!)") }
            schrijf(catalog.overview())
            return
        }
        let (keymap, problemen) = scherm.toetsen(omgeving: omgeving)
        let sessie = try scherm.start(gevraagd: naam ?? scherm.thema, catalog: catalog, omgeving: omgeving)
        let themas = catalog.entries.compactMap(\.theme)
        var lijst = themas.contains { $0.name == sessie.theme.name } ? themas : [sessie.theme] + themas
        if lijst.isEmpty { lijst = [sessie.theme] }
        let meldingen = ([sessie.themaWaarschuwing].compactMap { $0 } + problemen).joined(separator: " · ")
        let model = Themavoorbeeld.Model(themas: lijst, gekozen: lijst.firstIndex { $0.name == sessie.theme.name } ?? 0,
                                         keymap: keymap, vandaag: vandaag(),
                                         melding: meldingen.isEmpty ? nil : meldingen)
        sessie.draai(Themavoorbeeld(), model: model)
    }
}
