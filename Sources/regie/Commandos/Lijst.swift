import ArgumentParser
import Foundation
import RegieDomain
import RegieStore

/// `regie lijst`: the caseload, one line per household.
struct Lijst: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lijst",
        abstract: "Toon alle huishoudens: fase, niveau, volgend overleg (of de dag van afsluiten), te late acties en ontbrekend veiligheidsplan."
    )

    @OptionGroup var opties: AlgemeneOpties

    @Flag(name: .customLong("json"), help: "Geef de lijst als JSON, voor scripts.")
    var json = false

    struct Regel: Encodable {
        var id: String
        var naam: String
        var fase: String
        var faseNaam: String?
        var niveau: Int?
        var volgendOverleg: String?
        var teLateActies: Int
        var veiligheidsplan: String?
        /// The day the household was closed (ISO); absent while it is open.
        var afgesloten: String?
    }

    func run() throws {
        let methode = try opties.laadMethode()
        let opslag = try opties.opslag()
        let lijst = opslag.lijst()
        for p in lijst.problemen { waarschuw(p.description) }
        let dag = vandaag()
        let regels = lijst.dossiers.map { s in
            Regel(id: s.id, naam: s.naam, fase: s.fase, faseNaam: methode.fase(s.fase)?.naam, niveau: s.niveau,
                  volgendOverleg: s.volgendOverleg(vandaag: dag)?.iso, teLateActies: s.aantalTeLaat(vandaag: dag),
                  veiligheidsplan: s.veiligheidsplanProbleem(methode), afgesloten: s.afgesloten?.iso)
        }
        if json {
            let e = JSONEncoder()
            e.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            schrijf(String(decoding: try e.encode(regels), as: UTF8.self))
            return
        }
        guard !regels.isEmpty else {
            schrijf("""
                Er zijn nog geen huishoudens.
                Begin met een voorbeeld: regie demo
                of lees een dossierbestand in: regie importeer <bestand>
                """)
            return
        }
        let kop = ["Huishouden", "Id", "Fase", "Niveau", "Volgend overleg", "Te laat", "Veiligheidsplan"]
        let rijen = zip(regels, lijst.dossiers).map { r, s in
            [r.naam, r.id, r.fase + (r.faseNaam.map { " \($0)" } ?? ""), r.niveau.map(String.init) ?? "-",
             s.afgesloten.map { "afgesloten \($0.tekst)" } ?? s.volgendOverleg(vandaag: dag)?.tekst ?? "geen gepland",
             r.teLateActies == 0 ? "-" : String(r.teLateActies), r.veiligheidsplan.map { "! \($0)" } ?? "-"]
        }
        schrijf(Tabel.tekst(kop: kop, rijen: rijen))
        schrijf("\(regels.count) \(regels.count == 1 ? "huishouden" : "huishoudens").")
    }
}

/// Plain text columns.
enum Tabel {
    static func tekst(kop: [String], rijen: [[String]]) -> String {
        var breedte = kop.map(\.count)
        for rij in rijen { for (i, cel) in rij.enumerated() { breedte[i] = max(breedte[i], cel.count) } }
        func regel(_ cellen: [String]) -> String {
            var r = ""
            for (i, c) in cellen.enumerated() {
                r += c
                if i < cellen.count - 1 { r += String(repeating: " ", count: breedte[i] - c.count + 2) }
            }
            return r
        }
        return ([regel(kop), regel(breedte.map { String(repeating: "-", count: $0) })] + rijen.map(regel)).joined(separator: "\n")
    }
}
