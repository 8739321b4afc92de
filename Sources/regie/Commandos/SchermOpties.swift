import ArgumentParser
import Foundation
import RegieApp
import RegieDomain
import Screen

/// Options of the commands that open a screen.
struct SchermOpties: ParsableArguments {
    @Option(name: .customLong("thema"), help: ArgumentHelp("Kleurthema (zie 'regie themas'; anders de instellingen of standaard).", valueName: "naam"))
    var thema: String?

    @Flag(name: .customLong("lezer"), help: "Leesmodus voor een schermlezer (NVDA, JAWS, Orca): gewone regels zonder lijnen, de onderste regel zegt wat de focus heeft en wat er veranderde, de cursor staat op de focus (anders de instellingen).")
    var lezer = false

    /// Starts the terminal with the chosen theme.
    func start(gevraagd: String?, catalog: ThemeCatalog, omgeving: [String: String]) throws -> Terminalsessie {
        let instellingen = try Instellingen.laad(omgeving: omgeving)
        do {
            return try Terminalsessie(gevraagd: gevraagd, ingesteld: instellingen.thema, omgeving: omgeving, catalog: catalog,
                                      lezer: lezer || instellingen.lezer?.aan == true)
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

