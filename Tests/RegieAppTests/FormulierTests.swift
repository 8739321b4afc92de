import Foundation
import RegieDomain
import Screen
import Testing
@testable import RegieApp

/// The form engine through the household screen: rows, typing, records, the person picker.
@Suite("Formulier")
struct FormulierTests {
    func rit() throws -> (SchermRit<HuishoudenScherm>, TestWerk) {
        let werk = try TestWerk()
        return (SchermRit(HuishoudenScherm(), Voorbeeld.demo(vandaag: werk.omgeving.vandaag), werk.omgeving), werk)
    }

    @Test("typen gaat meteen het dossier in; ↑ ↓ gaan langs de velden")
    func typen() throws {
        var (r, werk) = try rit()
        defer { werk.ruimOp() }
        r.druk(.down)
        r.druk(.ctrl("u"))
        r.typ("Fatima El Amrani")
        #expect(r.dossier.contact.naam == "Fatima El Amrani")
        #expect(r.tekst().contains("▸ Contactpersoon"))
        r.druk(.up)
        #expect(r.tekst().contains("▸ Naam huishouden"))
        #expect(r.verzoeken.contains { if case .bewaarNu = $0 { true } else { false } }, "een veld verlaten bewaart")
    }

    @Test("een verkeerde datum blijft staan met een melding; de oude datum blijft in het dossier")
    func verkeerdeDatum() throws {
        var (r, werk) = try rit()
        defer { werk.ruimOp() }
        let oud = r.dossier.aangemaakt
        r.druk(.ctrlEnd)
        #expect(r.tekst().contains("▸ Dossier begonnen"))
        r.druk(.ctrl("u"))
        r.typ("31-02-2026")
        #expect(r.dossier.aangemaakt == oud)
        #expect(r.tekst().contains("Geen geldige datum"))
        r.druk(.ctrl("u"))
        r.typ("01-10-2026")
        #expect(r.dossier.aangemaakt == Datum(jaar: 2026, maand: 10, dag: 1))
        #expect(!r.tekst().contains("Geen geldige datum"))
    }

    @Test("ja/nee/onbekend met de pijltjes")
    func keuze() throws {
        var (r, werk) = try rit()
        defer { werk.ruimOp() }
        r.dossier.toestemmingDelen = nil
        for _ in 0..<7 { r.druk(.down) }
        #expect(r.tekst().contains("▸ Toestemming delen"))
        r.druk(.right)
        #expect(r.dossier.toestemmingDelen == .ja)
        r.druk(.right)
        #expect(r.dossier.toestemmingDelen == .nee)
    }

    @Test("een gezinslid toevoegen, invullen en met een vraag verwijderen")
    func records() throws {
        var (r, werk) = try rit()
        defer { werk.ruimOp() }
        let aantal = r.dossier.gezinsleden.count
        r.druk(.pageDown)
        #expect(r.tekst().contains("Gezinsleden (\(aantal))"))
        r.druk(.insert)
        #expect(r.dossier.gezinsleden.count == aantal + 1)
        #expect(r.tekst().contains("Gezinsleden › (naam nog leeg)"))
        r.typ("Noé Bakker")
        r.druk(.down)
        r.typ("zoon")
        #expect(r.dossier.gezinsleden.last?.naam == "Noé Bakker")
        #expect(r.dossier.gezinsleden.last?.rolInGezin == "zoon")
        r.druk(.escape)
        #expect(r.tekst().contains("• Noé Bakker · zoon"))
        #expect(r.tekst().contains("▸ Gezinsleden") == false)
        r.druk(.delete)
        #expect(r.tekst().contains("Gezinslid verwijderen: Noé Bakker · zoon?"))
        r.druk(.escape)
        #expect(r.dossier.gezinsleden.count == aantal + 1, "Esc houdt het gezinslid")
        r.druk(.delete)
        r.typ("v")
        #expect(r.dossier.gezinsleden.count == aantal)
        #expect(!r.tekst().contains("Noé Bakker"))
    }

    @Test("de rubrieken met PgDn en PgUp, ook rond")
    func rubrieken() throws {
        var (r, werk) = try rit()
        defer { werk.ruimOp() }
        r.druk(.pageUp)
        #expect(r.scherm.formulier.gekozen == 5)
        #expect(r.tekst().contains("┌─ Waarom regie"))
        r.druk(.pageDown)
        #expect(r.scherm.formulier.gekozen == 0)
    }

    @Test("de plancheck springt naar een gezinslid")
    func springen() throws {
        var (r, werk) = try rit()
        defer { werk.ruimOp() }
        let lid = r.dossier.gezinsleden[1]
        r.scherm.ga(naar: .gezinslid(lid.id), in: r.dossier)
        #expect(r.tekst().contains("Gezinsleden › \(lid.naam)"))
        #expect(r.tekst().contains("▸ Naam"))
    }

    @Test("na ongedaan maken toont het veld weer wat in het dossier staat")
    func herladen() throws {
        var (r, werk) = try rit()
        defer { werk.ruimOp() }
        let oud = r.dossier
        r.druk(.end)
        r.typ(" X")
        r.dossier = oud
        r.scherm.herlaad(oud)
        #expect(r.tekst().contains(oud.naam + " ") || r.tekst().contains(oud.naam))
        #expect(!r.tekst().contains(oud.naam + " X"))
        r.druk(.end)
        r.typ("Y")
        #expect(r.dossier.naam == oud.naam + "Y")
    }

    @Test("smal en klein: geen crash, de velden blijven bruikbaar")
    func klein() throws {
        var (r, werk) = try rit()
        defer { werk.ruimOp() }
        r.breedte = 80
        r.hoogte = 20
        #expect(r.tekst().contains("Naam huishouden"))
        r.breedte = 12
        r.hoogte = 4
        _ = r.tekst()
        r.breedte = 1
        r.hoogte = 1
        _ = r.tekst()
    }
}

/// The person picker: one key per person.
@Suite("Persoonkiezer")
struct PersoonkiezerTests {
    @Test("cijfers en letters kiezen meteen; 0 is niemand; Esc stopt")
    func kiezen() {
        let d = Voorbeeld.demo(vandaag: Datum(jaar: 2026, maand: 11, dag: 23)!)
        var k = Persoonkiezer(vraag: "Wie zegt het?", personen: d.personen, magNiemand: true)
        #expect(k.handle(.key(.character("2")), RegieToetsen.standaard) == .gekozen(d.personen[1].id))
        #expect(k.handle(.key(.character("0")), RegieToetsen.standaard) == .gekozen(nil))
        #expect(k.handle(.key(.escape), RegieToetsen.standaard) == .gestopt)
        #expect(k.handle(.key(.down), RegieToetsen.standaard) == .bezig)
        #expect(k.handle(.key(.enter), RegieToetsen.standaard) == .gekozen(d.personen[1].id))
        var b = Buffer(size: Size(width: 80, height: 24))
        k.render(into: &b, screen: b.area, keymap: RegieToetsen.standaard)
        #expect(b.text.contains("1  \(d.personen[0].naam)"))
        #expect(b.text.contains("0  niemand"))
    }
}
