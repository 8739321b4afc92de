import Foundation
import RegieDomain
import RegieExport
import RegieStore
import Screen
import Testing
@testable import RegieApp

@Suite("Privacy in het programma: wissen, bewaartermijn en inzage")
struct PrivacySchermTests {
    /// The demo household, and a household closed with the closing act on `gesloten`.
    func werkMetAfgesloten(_ gesloten: Datum) throws -> (TestWerk, Dossier, Dossier) {
        let werk = try TestWerk()
        let demo = try werk.demo()
        var dicht = Dossier(naam: "Familie Bakker", aangemaakt: gesloten)
        let bezwaren = dicht.sluitAf(Afsluiting(datum: gesloten, door: "Test Regisseur", evaluatie: "Het gaat goed.",
                                                vragenBij: "Wijkteam"), werk.omgeving.methode)
        try #require(bezwaren.isEmpty, "\(bezwaren)")
        try werk.omgeving.opslag.voegToe(dicht)
        return (werk, demo, dicht)
    }

    func scherm(_ o: Overzicht, _ omgeving: Werkomgeving, _ breedte: Int = 100, _ hoogte: Int = 30) -> Buffer {
        var b = Buffer(size: Size(width: breedte, height: hoogte))
        _ = o.render(omgeving, into: &b, area: b.area)
        return b
    }

    func typ(_ tekst: String, _ o: inout Overzicht, _ omgeving: Werkomgeving) {
        for c in tekst { _ = o.stuur(.key(.character(c)), omgeving) }
    }

    @Test("w vraagt de naam; een verkeerde naam wist niets, de juiste naam wist het huishouden")
    func wissen() throws {
        let (werk, demo, dicht) = try werkMetAfgesloten(Datum(jaar: 2026, maand: 11, dag: 1)!)
        defer { werk.ruimOp() }
        var o = Overzicht()
        o.vernieuw(werk.omgeving, selecteer: demo.id)
        #expect(o.stuur(.key(.character("w")), werk.omgeving) == .verwerkt)
        #expect(scherm(o, werk.omgeving).text.contains("Huishouden wissen"))
        typ("Familie Bakker", &o, werk.omgeving)
        _ = o.stuur(.key(.enter), werk.omgeving)
        #expect(werk.omgeving.opslag.bestaat(demo.id))
        #expect(scherm(o, werk.omgeving).text.contains("niet de naam"))
        for _ in 0..<20 { _ = o.stuur(.key(.backspace), werk.omgeving) }
        typ("familie de jong-el amrani", &o, werk.omgeving)
        _ = o.stuur(.key(.enter), werk.omgeving)
        #expect(!werk.omgeving.opslag.bestaat(demo.id))
        #expect(werk.omgeving.opslag.bestaat(dicht.id))
        #expect(o.dossiers.map(\.id) == [dicht.id])
        let t = scherm(o, werk.omgeving).text
        #expect(t.contains("Gelukt: Het huishouden is gewist"))
        #expect(!t.contains("Huishouden wissen"))
    }

    @Test("Esc sluit de wisvraag zonder te wissen")
    func wissenStoppen() throws {
        let werk = try TestWerk()
        defer { werk.ruimOp() }
        let demo = try werk.demo()
        var o = Overzicht()
        o.vernieuw(werk.omgeving)
        _ = o.stuur(.key(.character("w")), werk.omgeving)
        _ = o.stuur(.key(.escape), werk.omgeving)
        #expect(o.wisvraag == nil)
        #expect(werk.omgeving.opslag.bestaat(demo.id))
    }

    @Test("een afgesloten huishouden na de bewaartermijn: gemarkeerd, te filteren, met het aanbod om te wissen")
    func bewaartermijn() throws {
        let (werk, demo, dicht) = try werkMetAfgesloten(Datum(jaar: 2024, maand: 1, dag: 10)!)
        defer { werk.ruimOp() }
        var o = Overzicht()
        o.vernieuw(werk.omgeving)
        #expect(o.termijnVoorbij == [dicht.id])
        let b = scherm(o, werk.omgeving)
        #expect(b.lines.first { $0.contains("Familie Bakker") }?.contains("bewaartermijn voorbij") == true)
        #expect(b.lines.first { $0.contains("De Jong") }?.contains("bewaartermijn") == false)
        #expect(b.text.contains("Bewaartermijn voorbij bij 1 huishouden"))
        for _ in 0..<4 { _ = o.stuur(.key(.character("f")), werk.omgeving) }
        #expect(o.filter == .bewaartermijn)
        #expect(o.getoond.map(\.id) == [dicht.id])
        _ = o.stuur(.key(.character("w")), werk.omgeving)
        #expect(scherm(o, werk.omgeving).text.contains("De bewaartermijn"))
        _ = o.stuur(.key(.escape), werk.omgeving)
        // A longer term: nothing is past yet.
        o.stelIn(bewaartermijn: Bewaartermijn(maanden: 60), werk.omgeving)
        #expect(o.termijnVoorbij.isEmpty)
        #expect(o.getoond.isEmpty)
        _ = demo
    }

    @Test("het overzicht met wisvraag past op 80×24 en 100×30 en loopt niet vast op 20×5")
    func maten() throws {
        let (werk, _, _) = try werkMetAfgesloten(Datum(jaar: 2024, maand: 1, dag: 10)!)
        defer { werk.ruimOp() }
        var o = Overzicht()
        o.vernieuw(werk.omgeving)
        let klein = scherm(o, werk.omgeving, 80, 24).text
        #expect(klein.contains("Familie Bakker"))
        _ = o.stuur(.key(.character("w")), werk.omgeving)
        for (b, h) in [(80, 24), (100, 30)] {
            let t = scherm(o, werk.omgeving, b, h).text
            #expect(t.contains("Huishouden wissen"))
            #expect(t.contains("Typ de naam"), "\(b)×\(h)")
        }
        _ = scherm(o, werk.omgeving, 20, 5)
        _ = scherm(o, werk.omgeving, 1, 1)
    }

    @Test("in het hele programma op 80×24: w, de naam typen en Enter wist het huishouden")
    func programma() throws {
        let werk = try TestWerk()
        defer { werk.ruimOp() }
        let demo = try werk.demo()
        let rit = ProgrammaRit(werk.omgeving, breedte: 80, hoogte: 24)
        rit.druk(.character("w"))
        #expect(rit.tekst.contains("Huishouden wissen"))
        rit.typ("Familie De Jong-El Amrani\n")
        #expect(!werk.omgeving.opslag.bestaat(demo.id))
        #expect(rit.model.overzicht.dossiers.isEmpty)
        #expect(!rit.tekst.contains("Huishouden wissen"))
    }

    @Test("inzage: PDF of JSON kiezen, map bevestigen, geschreven; een tweede keer eerst vragen")
    func inzage() throws {
        let werk = try TestWerk()
        defer { werk.ruimOp() }
        let demo = try werk.demo()
        let sanne = try #require(demo.personen.first { $0.naam == "Sanne de Jong" })
        let uit = werk.map.appendingPathComponent("uit")
        try FileManager.default.createDirectory(at: uit, withIntermediateDirectories: true)
        var d = try #require(Inzagedialoog(persoon: sanne.id, in: demo, map: uit.path))
        #expect(Inzagedialoog(persoon: "niemand", in: demo) == nil)
        var b = Buffer(size: Size(width: 80, height: 24))
        _ = d.render(into: &b, screen: b.area, keymap: werk.omgeving.keymap)
        #expect(b.text.contains("Sanne de Jong"))
        #expect(d.handle(.key(.character("j")), demo, werk.omgeving) == .bezig)
        guard case .klaar(let m) = d.handle(.key(.enter), demo, werk.omgeving) else {
            Issue.record("niet geschreven: \(d.stap)")
            return
        }
        #expect(m.text.contains("regie-\(demo.id)-\(sanne.id).json"))
        let data = try Data(contentsOf: uit.appendingPathComponent("regie-\(demo.id)-\(sanne.id).json"))
        let g = try JSONDecoder().decode(Persoonsgegevens.self, from: data)
        #expect(g.persoon.id == sanne.id)
        // Again: the file exists, so it asks; n keeps it.
        var nogmaals = try #require(Inzagedialoog(persoon: sanne.id, in: demo, map: uit.path))
        _ = nogmaals.handle(.key(.character("j")), demo, werk.omgeving)
        #expect(nogmaals.handle(.key(.enter), demo, werk.omgeving) == .bezig)
        guard case .overschrijven = nogmaals.stap else {
            Issue.record("geen vraag om te vervangen")
            return
        }
        #expect(nogmaals.handle(.key(.character("n")), demo, werk.omgeving) == .gestopt)
        // PDF.
        var pdf = try #require(Inzagedialoog(persoon: sanne.id, in: demo, map: uit.path))
        _ = pdf.handle(.key(.character("p")), demo, werk.omgeving)
        guard case .klaar = pdf.handle(.key(.enter), demo, werk.omgeving) else {
            Issue.record("geen PDF geschreven")
            return
        }
        let bytes = try Data(contentsOf: uit.appendingPathComponent("regie-\(demo.id)-\(sanne.id).pdf"))
        #expect(bytes.starts(with: Data("%PDF".utf8)))
    }

    @Test("het inzagedocument bevat haar gegevens en citaten, niet die van anderen")
    func document() throws {
        let demo = Voorbeeld.demo(vandaag: Datum(jaar: 2026, maand: 11, dag: 23)!)
        let sanne = try #require(demo.personen.first { $0.naam == "Sanne de Jong" })
        let g = try #require(Persoonsgegevens.van(sanne.id, in: demo))
        let doc = Plandocument.inzage(g, vandaag: Datum(jaar: 2026, maand: 11, dag: 23)!)
        let t = doc.alleTekst
        #expect(t.contains("Lindelaan 14"))
        #expect(t.contains("Als we ruzie hebben, gaat het schreeuwen en de kinderen horen alles."))
        #expect(t.contains("Alle ongeopende post meenemen naar het gesprek"))
        #expect(!t.contains("Ik kook elke dag"))
        #expect(t.contains("artikel 15"))
    }
}
