import Foundation
import Testing
@testable import RegieDomain
import RegieMethode

/// A dossier written before rounds, phase changes, safety answers, closures, recurring
/// actions and the veiligheidsafspraak's wie/waar/wanneer loads, and keeps every tick.
@Suite("Een dossier in het oude formaat")
struct OudFormaatTests {
    /// Written by hand in the encoding from before: no `ronde` at a tick; no `rondes`,
    /// `faseovergangen`, `veiligheidsvragen` or `afsluitingen`; an afspraak without `wie`,
    /// `waar`, `wanneer` and `nalevingen`; a veiligheidsplan without `gewijzigd` and `afgerond`;
    /// an action without `herhaling`; an overleg without `nietDoorgegaan`; a meldcode walk
    /// without `begonnen`, `aanleiding` and `levensbedreigend`.
    static let oud = #"""
    {
      "aangemaakt" : "2025-06-01",
      "contact" : { "adres" : { "postcode" : "1234 AB", "straatEnHuisnummer" : "Dorpsstraat 1", "woonplaats" : "Ergens" },
                    "email" : "", "naam" : "Anna Oud", "telefoon" : "06-12345678" },
      "gezinsleden" : [
        { "adres" : { "postcode" : "", "straatEnHuisnummer" : "", "woonplaats" : "" }, "beroep" : "", "burgerlijkeStaat" : "",
          "email" : "", "geboortedatum" : "1990-02-03", "geslacht" : "vrouw", "gezag" : "", "id" : "anna", "naam" : "Anna Oud",
          "rolInGezin" : "moeder", "telefoon" : "" },
        { "adres" : { "postcode" : "", "straatEnHuisnummer" : "", "woonplaats" : "" }, "beroep" : "", "burgerlijkeStaat" : "",
          "email" : "", "geslacht" : "man", "gezag" : "", "id" : "bram", "naam" : "Bram Oud", "rolInGezin" : "zoon", "telefoon" : "" }
      ],
      "id" : "oud",
      "naam" : "Familie Oud",
      "netwerk" : [ { "email" : "", "id" : "oma", "naam" : "Oma Oud", "relatie" : "oma", "telefoon" : "" } ],
      "plan" : {
        "aanleiding" : "Anna slaapt slecht.",
        "datum" : "2025-06-10",
        "doelen" : [
          { "acties" : [
              { "gedaan" : "2025-06-30", "id" : "a1", "wanneer" : "2025-07-01", "wat" : "Afspraak bij de huisarts", "wie" : "anna" },
              { "id" : "a2", "wanneer" : "2025-08-01", "wat" : "Sportclub zoeken", "wie" : "bram" }
            ],
            "id" : "d1", "omschrijving" : "Anna slaapt elke nacht zeven uur.", "status" : "nog-niet-bereikt" }
        ],
        "eerdereHulp" : [],
        "gewenstResultaat" : "",
        "integraleAnalyse" : "",
        "krachten" : [ { "citaat" : "Ik zorg goed voor Bram.", "gevolgen" : "", "id" : "k1", "sinds" : "", "spreker" : "anna" } ],
        "overleggen" : [
          { "aanwezigen" : [ "anna", "rita" ], "datum" : "2025-06-10", "id" : "o1", "locatie" : "Thuis", "soort" : "startoverleg", "tijd" : "10:00" },
          { "aanwezigen" : [], "datum" : "2025-09-01", "id" : "o2", "locatie" : "", "soort" : "voortgangsoverleg" }
        ],
        "samenvatting" : "",
        "zorgen" : [ { "citaat" : "Er is veel ruzie.", "gevolgen" : "", "id" : "z1", "sinds" : "", "spreker" : "ilse" } ],
        "zorgenBasiszorgVeiligheid" : "ja"
      },
      "proces" : {
        "afgevinkt" : [
          { "actie" : "1.p1", "datum" : "2025-06-01", "door" : "Rita", "notitie" : "" },
          { "actie" : "3b.p1", "datum" : "2025-06-10", "door" : "Rita", "notitie" : "tijdens het startoverleg van 10-06-2025" },
          { "actie" : "4.p1", "datum" : "2025-06-20", "door" : "Rita", "notitie" : "" },
          { "actie" : "5a.p1", "datum" : "2025-06-25", "door" : "Rita", "notitie" : "voorbereid" }
        ],
        "fase" : "5a",
        "meldcode" : [
          { "antwoorden" : [ { "afweging" : "a1", "antwoord" : "ja", "datum" : "2025-06-12", "door" : "Rita", "toelichting" : "" } ],
            "besluit" : { "besluit" : "hulp-vervolgen", "datum" : "2025-06-12", "door" : "Rita", "toelichting" : "" },
            "stappen" : [ { "datum" : "2025-06-11", "door" : "Rita", "notitie" : "", "stap" : "1" } ] }
        ],
        "niveau" : 3,
        "niveaugeschiedenis" : [ { "criteria" : [], "datum" : "2025-06-12", "door" : "Rita", "naar" : 3, "reden" : "Ruzies.", "van" : 2 } ],
        "schaalantwoorden" : { "n3.op.1.a" : "ja" },
        "startcriteria" : [ "s1" ]
      },
      "professionals" : [ { "email" : "", "functie" : "jeugdverpleegkundige", "id" : "ilse", "naam" : "Ilse", "organisatie" : "GGD", "telefoon" : "" } ],
      "regisseurs" : [ { "email" : "", "id" : "rita", "naam" : "Rita", "organisatie" : "Wijkteam", "rol" : "procesregisseur", "telefoon" : "" } ],
      "toestemmingDelen" : "ja",
      "veiligheidsplan" : {
        "afspraken" : [ { "alsNietNagekomen" : "Oma belt Rita.", "id" : "af1", "nodig" : "", "toezicht" : "oma", "wat" : "Bij ruzie gaat Bram naar oma." } ],
        "bestaandeVeiligheid" : [],
        "complicerendeFactoren" : [],
        "contacten" : [ { "email" : "", "id" : "c1", "naam" : "Oma Oud", "telefoon" : "", "wanneerBellen" : "bij ruzie" } ],
        "doelencheck" : { "afsprakenNakomen" : true, "herstelEnNazorg" : false, "onveiligheidOpheffen" : true, "oorzakenBehandelen" : false },
        "evaluatiedatum" : "2025-09-01",
        "gebeurtenissen" : [],
        "grootsteZorg" : [],
        "ondertekening" : [
          { "datum" : "2025-06-10", "hoedanigheid" : "klant", "id" : "t1", "naam" : "Anna Oud", "persoon" : "anna" },
          { "datum" : "2025-06-10", "hoedanigheid" : "professional", "id" : "t2", "naam" : "Rita", "persoon" : "rita" }
        ],
        "schaalvragen" : [ { "cijfer" : 6, "datum" : "2025-06-10", "id" : "s1", "overleg" : "o1", "persoon" : "anna", "toelichting" : "" } ],
        "schade" : [],
        "veiligheidsvoorwaarden" : ""
      }
    }
    """#

    @Test("de fixture is echt van vóór: geen enkel nieuw veld")
    func fixtureIsOud() {
        for veld in ["ronde", "rondes", "faseovergangen", "veiligheidsvragen", "afsluitingen", "waar", "nalevingen",
                     "gewijzigd", "afgerond", "herhaling", "nietDoorgegaan", "begonnen", "levensbedreigend"] {
            #expect(!Self.oud.contains("\"\(veld)"), "\(veld)")
        }
    }

    @Test("laadt, houdt elk vinkje als ronde 1, en gaat heen en terug gelijk")
    func laadtEnHoudtVinkjes() throws {
        let m = try standaardMethode()
        let d = try JSONDecoder().decode(Dossier.self, from: Data(Self.oud.utf8))
        #expect(d.id == "oud" && d.naam == "Familie Oud")
        #expect(d.proces.fase == "5a")
        #expect(d.proces.afgevinkt.map(\.actie) == ["1.p1", "3b.p1", "4.p1", "5a.p1"])
        #expect(d.proces.afgevinkt.allSatisfy { $0.ronde == 1 })
        #expect(d.proces.afgevinkt[1].notitie == "tijdens het startoverleg van 10-06-2025")
        #expect(d.proces.huidigeRonde == 1)
        for actie in ["1.p1", "3b.p1", "4.p1", "5a.p1"] { #expect(d.proces.isAfgevinkt(actie, m), "\(actie)") }
        #expect(d.proces.afvinkingen(inRonde: 1, m).map(\.actie) == ["4.p1", "5a.p1"])
        #expect(d.proces.rondeOverzicht(m).map(\.nummer) == [1])
        #expect(d.proces.rondes.isEmpty && d.proces.faseovergangen.isEmpty)
        #expect(d.proces.veiligheidsvragen.isEmpty && d.proces.afsluitingen.isEmpty)
        #expect(!d.isAfgesloten)
        // What is absent means: nothing recorded yet.
        let afspraak = try #require(d.veiligheidsplan?.afspraken.first)
        #expect(afspraak.wie == nil && afspraak.waar == "" && afspraak.wanneer == nil && afspraak.nalevingen.isEmpty)
        #expect(afspraak.toezicht == "oma")
        #expect(d.veiligheidsplan?.gewijzigd == nil && d.veiligheidsplan?.afgerond == nil)
        #expect(d.veiligheidsplan?.isOndertekend == true, "zonder wijzigingsdatum telt elke ondertekening")
        #expect(d.plan.doelen[0].acties.allSatisfy { $0.herhaling == nil })
        #expect(d.plan.overleggen.allSatisfy { $0.nietDoorgegaan == nil })
        let walk = try #require(d.proces.meldcode.first)
        #expect(walk.begonnen == nil && walk.aanleiding == nil && walk.levensbedreigend == nil)
        #expect(walk.begindatum == Datum(iso: "2025-06-11"))
        #expect(d.proces.niveau == 3)
        #expect(d.heeftVeiligheidssignalen)

        // Written again in today's format, and read back: the same dossier.
        let nieuw = try JSONEncoder().encode(d)
        let terug = try JSONDecoder().decode(Dossier.self, from: nieuw)
        #expect(terug == d)
        let tekst = String(decoding: nieuw, as: UTF8.self)
        #expect(tekst.contains("\"ronde\":1"))
        #expect(tekst.contains("\"rondes\":[]"))
    }
}
