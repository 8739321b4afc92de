import ArgumentParser
import Foundation
import RegieApp
import RegieDomain
import Screen

/// Options of the commands that open a screen.
struct SchermOpties: ParsableArguments {
    @Option(name: .customLong("thema"), help: ArgumentHelp("Kleurthema (zie 'regie themas'; anders de instellingen of standaard).", valueName: "naam"))
    var thema: String?

    /// Starts the terminal with the chosen theme.
    func start(gevraagd: String?, catalog: ThemeCatalog, omgeving: [String: String]) throws -> Terminalsessie {
        let ingesteld = try Instellingen.laad(omgeving: omgeving).thema
        do {
            return try Terminalsessie(gevraagd: gevraagd, ingesteld: ingesteld, omgeving: omgeving, catalog: catalog)
        } catch {
            throw RegieFout("\(error)")
        }
    }

    /// The key bindings with the user's key file applied, and its problems.
    func toetsen(omgeving: [String: String]) -> (Keymap, [String]) {
        let (keymap, problemen) = RegieToetsen.geladen(bestand: Keymap.userFile(environment: omgeving))
        return (keymap, problemen)
    }
}

