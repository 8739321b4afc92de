import Foundation
import RegieDomain
@testable import RegieStore
import Testing

/// A dossier file written before rounds, closures and safety answers is read by the store,
/// listed, and written again in today's format without losing a tick.
@Suite("Opslag: een dossierbestand van vóór de rondes")
struct OudFormaatOpslagTests {
    /// The file as the store wrote it then (sorted keys): ticks without `ronde`, no `rondes`,
    /// `faseovergangen`, `veiligheidsvragen` or `afsluitingen`, an afspraak without `wie`,
    /// `waar`, `wanneer` and `nalevingen`.
    static let bestand = #"""
    {
      "dossier" : {
        "aangemaakt" : "2026-01-05",
        "contact" : { "adres" : { "postcode" : "", "straatEnHuisnummer" : "", "woonplaats" : "" }, "email" : "", "naam" : "", "telefoon" : "" },
        "gezinsleden" : [
          { "adres" : { "postcode" : "", "straatEnHuisnummer" : "", "woonplaats" : "" }, "beroep" : "", "burgerlijkeStaat" : "",
            "email" : "", "geslacht" : "", "gezag" : "", "id" : "anna", "naam" : "Anna Oud", "rolInGezin" : "moeder", "telefoon" : "" }
        ],
        "id" : "oud",
        "naam" : "Familie Oud",
        "netwerk" : [],
        "plan" : {
          "aanleiding" : "", "doelen" : [], "eerdereHulp" : [], "gewenstResultaat" : "", "integraleAnalyse" : "", "krachten" : [],
          "overleggen" : [ { "aanwezigen" : [ "anna" ], "datum" : "2026-12-07", "id" : "o1", "locatie" : "", "soort" : "voortgangsoverleg" } ],
          "samenvatting" : "", "zorgen" : [], "zorgenBasiszorgVeiligheid" : "nee"
        },
        "proces" : {
          "afgevinkt" : [
            { "actie" : "3b.p1", "datum" : "2026-02-01", "door" : "Rita", "notitie" : "" },
            { "actie" : "4.p1", "datum" : "2026-03-01", "door" : "Rita", "notitie" : "eerste voortgang" }
          ],
          "fase" : "4",
          "meldcode" : [],
          "niveau" : 2,
          "niveaugeschiedenis" : [],
          "schaalantwoorden" : {},
          "startcriteria" : []
        },
        "professionals" : [],
        "regisseurs" : [ { "email" : "", "id" : "rita", "naam" : "Rita", "organisatie" : "", "rol" : "procesregisseur", "telefoon" : "" } ],
        "toestemmingDelen" : "ja",
        "veiligheidsplan" : {
          "afspraken" : [ { "alsNietNagekomen" : "", "id" : "af1", "nodig" : "", "toezicht" : "rita", "wat" : "Bellen bij ruzie." } ],
          "bestaandeVeiligheid" : [], "complicerendeFactoren" : [], "contacten" : [],
          "doelencheck" : { "afsprakenNakomen" : false, "herstelEnNazorg" : false, "onveiligheidOpheffen" : false, "oorzakenBehandelen" : false },
          "gebeurtenissen" : [], "grootsteZorg" : [], "ondertekening" : [], "schaalvragen" : [], "schade" : [], "veiligheidsvoorwaarden" : ""
        }
      },
      "schema" : 1,
      "soort" : "regie-dossier"
    }
    """#

    @Test("lezen, in de lijst, en opnieuw bewaard met elk vinkje als ronde 1")
    func oudBestand() throws {
        let t = try Testopslag()
        defer { t.ruimOp() }
        try FileManager.default.createDirectory(at: t.dossiers, withIntermediateDirectories: true)
        try Data(Self.bestand.utf8).write(to: t.bestand("oud"))
        #expect(!Self.bestand.contains("\"ronde") && !Self.bestand.contains("\"waar"))

        let lijst = t.opslag.lijst()
        #expect(lijst.problemen.isEmpty, "\(lijst.problemen)")
        #expect(lijst.dossiers.map(\.id) == ["oud"])
        #expect(lijst.dossiers.first?.isAfgesloten == false)
        #expect(lijst.dossiers.first?.veiligheidssignalen == false)

        let geladen = try t.opslag.laad("oud")
        let d = geladen.dossier
        #expect(d.proces.afgevinkt.map(\.actie) == ["3b.p1", "4.p1"])
        #expect(d.proces.afgevinkt.allSatisfy { $0.ronde == 1 })
        #expect(d.proces.rondes.isEmpty && d.proces.faseovergangen.isEmpty && d.proces.veiligheidsvragen.isEmpty)
        #expect(d.proces.afsluitingen.isEmpty)
        #expect(d.veiligheidsplan?.afspraken.first?.nalevingen == [])
        #expect(t.apartNamen.isEmpty)

        // Saved again: today's format, the same dossier.
        _ = try t.opslag.bewaar(d, verwacht: geladen.vingerafdruk)
        let tekst = String(decoding: try Data(contentsOf: t.bestand("oud")), as: UTF8.self)
        #expect(tekst.contains("\"ronde\" : 1"))
        #expect(tekst.contains("\"rondes\" : ["))
        #expect(try t.tweede().laad("oud").dossier == d)
    }
}
