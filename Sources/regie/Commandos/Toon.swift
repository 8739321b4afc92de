import ArgumentParser
import Foundation
import RegieDomain
import RegieExport
import RegieStore

/// `regie toon <dossier>`: the whole plan as readable text.
struct Toon: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "toon",
        abstract: "Toon het hele plan van een huishouden als leesbare tekst."
    )

    @OptionGroup var opties: AlgemeneOpties

    @Argument(help: ArgumentHelp("Id of het begin van de naam van het huishouden.", valueName: "dossier"))
    var dossier: String

    func run() throws {
        let methode = try opties.laadMethode()
        let geladen = try opties.opslag().vindEnLaad(dossier)
        schrijf(MarkdownWeergave(dossier: geladen.dossier, methode: methode, vandaag: vandaag()).tekst())
    }
}

/// `regie controleer <dossier>`: the plan check.
struct Controleer: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "controleer",
        abstract: "Controleer een plan op wat de methode vraagt.",
        discussion: """
            Geeft exitcode 0 als er geen fouten zijn (alleen aandachtspunten of tips), anders 1. \
            Met --json komt elke bevinding met haar code, ernst, plaats, melding en bron; \
            alle codes staan in docs/plancheck.md.
            """
    )

    @OptionGroup var opties: AlgemeneOpties

    @Argument(help: ArgumentHelp("Id of het begin van de naam van het huishouden.", valueName: "dossier"))
    var dossier: String

    @Flag(name: .customLong("json"), help: "Geef de bevindingen als JSON, voor scripts.")
    var json = false

    struct Uitvoer: Encodable {
        var dossier: String
        var naam: String
        var fouten: Int
        var bevindingen: [Regel]
    }

    struct Regel: Encodable {
        var code: String
        var ernst: Sleutel
        var plaats: PlaatsUitvoer
        var melding: String
        var bron: String
    }

    struct Sleutel: Encodable {
        var sleutel: String
        var tekst: String
    }

    /// The kind of place, the ids it points at, and the place in words.
    struct PlaatsUitvoer: Encodable {
        var sleutel: String
        var ids: [String: String]
        var tekst: String

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: Naam.self)
            try c.encode(sleutel, forKey: Naam("sleutel"))
            for (k, v) in ids { try c.encode(v, forKey: Naam(k)) }
            try c.encode(tekst, forKey: Naam("tekst"))
        }
    }

    struct Naam: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(_ s: String) { stringValue = s }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    func run() throws {
        let methode = try opties.laadMethode()
        let d = try opties.opslag().vindEnLaad(dossier).dossier
        let bevindingen = d.planCheck(methode, vandaag: vandaag())
        let fouten = bevindingen.filter { $0.ernst == .fout }.count
        if json {
            let uitvoer = Uitvoer(dossier: d.id, naam: d.naam, fouten: fouten, bevindingen: bevindingen.map { b in
                Regel(code: b.code, ernst: Sleutel(sleutel: b.ernst.sleutel, tekst: b.ernst.tekst),
                      plaats: PlaatsUitvoer(sleutel: b.plaats.soort, ids: b.plaats.ids, tekst: b.plaats.tekst(in: d)),
                      melding: b.melding, bron: b.bron)
            })
            let e = JSONEncoder()
            e.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            schrijf(String(decoding: try e.encode(uitvoer), as: UTF8.self))
            if fouten > 0 { throw ExitCode(1) }
            return
        }
        guard !bevindingen.isEmpty else {
            schrijf("Plancheck \(d.naam): alles in orde.")
            return
        }
        var regels = ["Plancheck \(d.naam): \(bevindingen.count) \(bevindingen.count == 1 ? "bevinding" : "bevindingen")", ""]
        for b in bevindingen {
            regels.append("[\(b.ernst.tekst)] \(b.plaats.tekst(in: d)): \(b.melding)")
        }
        schrijf(regels.joined(separator: "\n"))
        if fouten > 0 { throw ExitCode(1) }
    }
}

/// `regie demo`: adds a fictional household.
struct Demo: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Voeg een verzonnen voorbeeldhuishouden toe, met een ingevuld plan en veiligheidsplan."
    )

    @OptionGroup var opties: AlgemeneOpties

    func run() throws {
        _ = try opties.laadMethode()
        let opslag = try opties.opslag()
        let d = Voorbeeld.demo(vandaag: vandaag())
        do { try opslag.voegToe(d) } catch { throw RegieFout(error.melding) }
        schrijf("""
            Voorbeeldhuishouden toegevoegd: \(d.naam) (id \(d.id)).
            Alle namen zijn verzonnen. Bekijk het plan met: regie toon \(d.id)
            """)
    }
}
