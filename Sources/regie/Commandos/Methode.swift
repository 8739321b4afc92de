import ArgumentParser
import Foundation
import RegieDomain
import RegieMethode

/// `regie methode controleer [DIR]`.
struct MethodeCommando: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "methode",
        abstract: "Werk met de methodeset: fasen, regiekaart, meldcode en criteria.",
        subcommands: [MethodeControleer.self, MethodeKopieer.self]
    )
}

struct MethodeControleer: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "controleer",
        abstract: "Controleer een methodeset (zonder map: de set die regie nu gebruikt)."
    )

    @Argument(help: ArgumentHelp("Map met methode.yaml, fasen.yaml, regiekaart.yaml, meldcode.yaml, criteria.yaml en overleggen.yaml (die mag ontbreken).", valueName: "map"))
    var map: String?

    @Option(name: .customLong("methode"), help: ArgumentHelp("Map met een eigen methodeset (zoals bij de andere opdrachten).", valueName: "map"))
    var methode: String?

    func run() throws {
        let gekozen = try map ?? methodeMap(methode)
        let m: Methode
        do {
            m = try gekozen.map { try MethodeLader.laad(map: URL(fileURLWithPath: $0)) } ?? MethodeLader.standaard()
        } catch let f as MethodeFout {
            throw RegieFout(f.description)
        }
        let acties = m.fasen.reduce(0) { $0 + $1.alleActies.count }
        let criteria = m.regiekaart.niveaus.reduce(0) { $0 + $1.opschalen.count + $1.afschalen.count }
        schrijf("""
            Methodeset in orde: \(m.info.naam) (versie \(m.info.versie)).
            - \(m.fasen.count) fasen met \(acties) acties
            - \(m.regiekaart.niveaus.count) niveaus met \(criteria) op- en afschaalcriteria
            - \(m.meldcode.stappen.count) meldcodestappen en \(m.meldcode.afwegingen.count) afwegingen
            - \(m.criteria.startcriteria.count) startcriteria en \(m.criteria.verwijsindex.count) Verwijsindex-criteria
            """)
    }
}

/// `regie methode kopieer DIR`: writes the shipped set to a folder, to adapt for a region.
struct MethodeKopieer: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kopieer",
        abstract: "Kopieer de meegeleverde methodeset naar een map, om aan te passen voor uw regio.",
        discussion: "Gebruik de aangepaste set daarna met --methode <map> of REGIE_METHODE=<map>."
    )

    @Argument(help: ArgumentHelp("Een nieuwe of lege map.", valueName: "map"))
    var map: String

    func run() throws {
        guard let bron = MethodeLader.standaardMap else { throw RegieFout("De meegeleverde methodeset is niet gevonden.") }
        let fm = FileManager.default
        try? fm.createDirectory(atPath: map, withIntermediateDirectories: true)
        for naam in MethodeLader.bestanden {
            let doel = URL(fileURLWithPath: map).appendingPathComponent(naam)
            if fm.fileExists(atPath: doel.path) {
                throw RegieFout("\(doel.path) bestaat al; er is niets overschreven.")
            }
        }
        for naam in MethodeLader.bestanden {
            do {
                try fm.copyItem(at: bron.appendingPathComponent(naam), to: URL(fileURLWithPath: map).appendingPathComponent(naam))
            } catch {
                throw RegieFout("\(naam) kan niet naar \(map) worden gekopieerd.")
            }
        }
        schrijf("De methodeset staat in \(map). Controleer na het aanpassen met: regie methode controleer \(map)")
    }
}
