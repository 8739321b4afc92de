import ArgumentParser
import Foundation
import RegieThemes
import Screen

/// `regie themas`: the themes there are, shipped and the user's own.
struct Themas: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "themas",
        abstract: "Toon de beschikbare kleurthema's (meegeleverd en eigen).",
        discussion: "Eigen thema's staan in $XDG_CONFIG_HOME/regie/themes (zie Themes/README.md voor het formaat)."
    )

    func run() throws {
        let catalog = ThemeCatalog(shippedFolder: ShippedThemes.folder,
                                   userFolder: ThemeCatalog.userFolder(environment: ProcessInfo.processInfo.environment))
        schrijf(catalog.overview())
    }
}
