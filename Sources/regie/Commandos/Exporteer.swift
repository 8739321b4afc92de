import ArgumentParser
import Foundation
import RegieApp
import RegieDomain
import RegieExport
import RegieStore

extension Exportformaat: ExpressibleByArgument {}
extension Ontvanger: ExpressibleByArgument {}

/// `regie export <dossier> --formaat pdf|md|ics|acties|json [--voor gezin|professionals] --uit DIR`.
struct Exporteer: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Schrijf een dossier naar een bestand: een PDF of Markdown van het plan (om te versturen of te lezen), een agenda-uitnodiging (ics) voor het volgende overleg, de open acties voor de agenda (ics), of JSON (om in te lezen).",
        discussion: "Het bestand heet regie-<id>.pdf, .md, .ics, -acties.ics of .json en is alleen voor u leesbaar (0600). Een bestaand bestand wordt niet overschreven, tenzij u --overschrijf geeft. De PDF en de Markdown bevatten het ondersteuningsplan, het veiligheidsplan met een regel om te ondertekenen per ondertekenaar, de datum en de versie. Zonder --voor is dat de versie voor het gezin en school: zonder Verwijsindex, ID-controle en woonplaatsbeginsel per persoon en zonder lege velden. Met --voor professionals staan alle gegevens erin; dat bestand heet regie-<id>-professionals.pdf of .md."
    )

    @OptionGroup var opties: AlgemeneOpties

    @Argument(help: ArgumentHelp("Id of het begin van de naam van het huishouden.", valueName: "dossier"))
    var dossier: String

    @Option(name: .customLong("formaat"), help: ArgumentHelp("pdf, md, ics (uitnodiging voor het volgende overleg), acties (de open acties voor de agenda, ics) of json.", valueName: "formaat"))
    var formaat: Exportformaat

    @Option(name: .customLong("voor"), help: ArgumentHelp("Voor wie het plan (pdf, md) is: gezin (standaard; ook voor school) of professionals.",
                                                          valueName: "gezin|professionals"))
    var voor: Ontvanger?

    @OptionGroup var uitvoer: UitvoerOpties

    func run() throws {
        if voor != nil && !Ontvanger.geldt(voor: formaat) {
            throw RegieFout("--voor geldt alleen voor het plan (pdf of md), niet voor \(formaat.rawValue). Er is niets geschreven.", code: 64)
        }
        let methode = try opties.laadMethode()
        let opslag = try opties.opslag()
        let d = try opslag.vindEnLaad(dossier).dossier
        let exporteur = Exporteur(opslag: opslag, methode: methode, vandaag: vandaag(), nu: Date())
        do {
            let geschreven = try exporteur.schrijf(d, formaat, voor: voor ?? .gezin, naarMap: uitvoer.uit, overschrijf: uitvoer.overschrijf)
            opslag.noteerExport(dossier: d.id, formaat: formaat.rawValue)
            schrijf("Geschreven: \(geschreven.pad)")
            if let waarschuwing = geschreven.waarschuwing { Hoofd.meld(waarschuwing) }
        } catch .bestaatAl(let pad) {
            throw UitvoerOpties.bestaatAl(pad)
        } catch {
            throw RegieFout(error.melding)
        }
    }
}

/// Where a command writes its file, and whether it may replace one (export, inzage).
struct UitvoerOpties: ParsableArguments {
    @Option(name: .customLong("uit"), help: ArgumentHelp("De map waarin het bestand komt.", valueName: "map"))
    var uit: String

    @Flag(name: .customLong("overschrijf"), help: "Vervang een bestaand bestand.")
    var overschrijf = false

    static func bestaatAl(_ pad: String) -> RegieFout {
        RegieFout("Het bestand \(pad) bestaat al. Er is niets overschreven; geef --overschrijf om het te vervangen.")
    }
}
