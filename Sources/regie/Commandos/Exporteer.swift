import ArgumentParser
import Foundation
import RegieDomain
import RegieExport
import RegieStore
#if canImport(Glibc)
import Glibc
#endif

/// `regie export <dossier> --formaat json|md --uit DIR`.
struct Exporteer: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Schrijf een dossier naar een bestand: JSON (om in te lezen), Markdown (om te lezen) of een agenda-uitnodiging (ics) voor het volgende overleg.",
        discussion: "Het bestand heet regie-<id>.json, .md of .ics en is alleen voor u leesbaar (0600). Een bestaand bestand wordt niet overschreven, tenzij u --overschrijf geeft."
    )

    enum Formaat: String, ExpressibleByArgument, CaseIterable {
        case json, md, ics
    }

    @OptionGroup var opties: AlgemeneOpties

    @Argument(help: ArgumentHelp("Id of het begin van de naam van het huishouden.", valueName: "dossier"))
    var dossier: String

    @Option(name: .customLong("formaat"), help: ArgumentHelp("json, md of ics (uitnodiging voor het volgende overleg).", valueName: "formaat"))
    var formaat: Formaat

    @Option(name: .customLong("uit"), help: ArgumentHelp("De map waarin het bestand komt.", valueName: "map"))
    var uit: String

    @Flag(name: .customLong("overschrijf"), help: "Vervang een bestaand bestand.")
    var overschrijf = false

    func run() throws {
        let methode = try opties.laadMethode()
        let d = try opties.opslag().vindEnLaad(dossier).dossier
        var isMap: ObjCBool = false
        guard FileManager.default.fileExists(atPath: uit, isDirectory: &isMap), isMap.boolValue else {
            throw RegieFout("De map \(uit) bestaat niet.")
        }
        let data: Data
        switch formaat {
        case .json: data = try RegieStore.Formaat.codeer(d)
        case .md: data = Data(MarkdownWeergave(dossier: d, methode: methode, vandaag: vandaag()).tekst().utf8)
        case .ics:
            let overleg = d.volgendOverleg(vandaag: vandaag())
            if let probleem = ICalendarUitnodiging.probleem(overleg) { throw RegieFout(probleem) }
            let f = DateFormatter()
            f.locale = Locale(identifier: "en_US_POSIX")
            f.timeZone = TimeZone(identifier: "UTC")
            f.dateFormat = "yyyyMMdd'T'HHmmss'Z'"
            data = Data(ICalendarUitnodiging(dossier: d, overleg: overleg!, gemaakt: f.string(from: Date())).tekst().utf8)
        }
        let pad = URL(fileURLWithPath: uit).appendingPathComponent("regie-\(d.id).\(formaat.rawValue)").path
        if FileManager.default.fileExists(atPath: pad) && !overschrijf {
            throw RegieFout("Het bestand \(pad) bestaat al. Er is niets overschreven; geef --overschrijf om het te vervangen.")
        }
        do {
            try Uitvoer.schrijf(data, naar: pad)
        } catch {
            throw RegieFout(error.melding)
        }
        schrijf("Geschreven: \(pad)")
    }
}
