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
        var dossier: Dossier
        do {
            dossier = try RegieStore.Formaat.decodeer(data).0
        } catch {
            throw RegieFout("\(bestand) is geen geldig dossier: \(error.reden).")
        }
        let teLang = dossier.teLangeTeksten()
        guard teLang.isEmpty else { throw RegieFout("\(bestand) is niet ingelezen: \(teLang.joined(separator: "; ")). Er is niets toegevoegd.") }
        if nieuweId { dossier.id = Sleutel.nieuw() }
        if opslag.bestaat(dossier.id) {
            throw RegieFout("Er is al een dossier met id \(dossier.id). Er is niets veranderd; geef --nieuwe-id om het als nieuw dossier toe te voegen.")
        }
        do { try opslag.voegToe(dossier) } catch { throw RegieFout(error.melding) }
        schrijf("Ingelezen: \(dossier.naam) (id \(dossier.id)).")
    }
}
