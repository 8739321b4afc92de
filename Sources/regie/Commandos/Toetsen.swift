import ArgumentParser
import Foundation
import RegieApp
import Screen

/// `regie toetsen`: every key binding as Markdown, with the user's key file applied.
struct Toetsen: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "toetsen",
        abstract: "Toon alle toetsen als Markdown (met uw eigen toetsen.yaml erin verwerkt).",
        discussion: """
            Eigen toetsen staan in $XDG_CONFIG_HOME/regie/toetsen.yaml, per actie-id een lijst toetsen:
              app.afsluiten: [C-q, F10]
            De id's staan in de laatste kolom. Problemen in het bestand komen op de foutuitvoer;
            wat klopt, wordt wel gebruikt.
            """
    )

    func run() throws {
        let omgeving = ProcessInfo.processInfo.environment
        let bestand = Keymap.userFile(environment: omgeving)
        let (keymap, problemen) = RegieToetsen.geladen(bestand: bestand)
        for p in problemen { waarschuw(p) }
        schrijf(keymap.markdown(title: "Toetsen van Regie"))
    }
}
