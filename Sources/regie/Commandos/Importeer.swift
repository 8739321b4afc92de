import ArgumentParser
import Foundation
import RegieDomain
import RegieStore

/// `regie importeer <bestand>`: adds a dossier from a file in the documented format.
struct Importeer: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "importeer",
        abstract: "Lees een dossierbestand in (het formaat van regie export --formaat json).",
        discussion: "Het bestand wordt eerst helemaal gecontroleerd; bij een fout wordt niets toegevoegd."
    )

    @OptionGroup var opties: AlgemeneOpties

    @Argument(help: ArgumentHelp("Het JSON-bestand.", valueName: "bestand"))
    var bestand: String

    @Flag(name: .customLong("nieuwe-id"), help: "Geef het dossier een nieuwe id (als de id al bestaat).")
    var nieuweId = false

    func run() throws {
        _ = try opties.laadMethode()
        let opslag = try opties.opslag()
        let data: Data
        do {
            data = try Uitvoer.lees(bestand)
        } catch {
            throw RegieFout("\(bestand) kan niet worden ingelezen: \(error.melding)")
        }
        let ingelezen: Import
        do { ingelezen = try opslag.importeer(data, nieuweId: nieuweId) } catch { throw RegieFout(error.melding(bestand: bestand)) }
        schrijf("Ingelezen: \(ingelezen.dossier.naam) (id \(ingelezen.dossier.id)).")
        for a in ingelezen.aanpassingen { schrijf(a) }
    }
}
