import Foundation
import RegieDomain
import RegieStore
import Screen
import Testing
@testable import RegieApp

@Suite("Overzicht")
struct OverzichtTests {
    /// Three households: the demo, one with a late action, one at level 4 without a veiligheidsplan.
    func werkMetDrie() throws -> TestWerk {
        let werk = try TestWerk()
        let vandaag = werk.omgeving.vandaag
        var demo = Voorbeeld.demo(vandaag: vandaag)
        demo.plan.overleggen = [Overleg(soort: .voortgang, datum: vandaag.plus(dagen: 3), tijd: nil, locatie: "")]
        try werk.omgeving.opslag.voegToe(demo)
        var laat = Dossier(naam: "Familie Aydın", aangemaakt: vandaag)
        laat.plan.doelen = [Doel(omschrijving: "Schulden op een rij", acties: [Actie(wie: nil, wat: "Bellen met de bank", wanneer: vandaag.plus(dagen: -5))])]
        try werk.omgeving.opslag.voegToe(laat)
        var zwaar = Dossier(naam: "Familie Bakker", aangemaakt: vandaag)
        zwaar.proces.niveau = 4
        try werk.omgeving.opslag.voegToe(zwaar)
        return werk
    }

    @Test("de lijst toont fase, niveau, volgend overleg, te laat en het veiligheidsplan")
    func kolommen() throws {
        let werk = try werkMetDrie()
        defer { werk.ruimOp() }
        var o = Overzicht()
        o.vernieuw(werk.omgeving)
        var b = Buffer(size: Size(width: 100, height: 20))
        _ = o.render(werk.omgeving, into: &b, area: b.area)
        let t = b.text
        #expect(t.contains("Huishoudens (3 van 3)"))
        let aydin = b.lines.first { $0.contains("Familie Aydın") }!
        #expect(aydin.contains("! 1"))
        let bakker = b.lines.first { $0.contains("Familie Bakker") }!
        #expect(bakker.contains("! ontbreekt"))
        #expect(bakker.contains("4"))
        let demo = b.lines.first { $0.contains("De Jong") }!
        #expect(demo.contains(werk.omgeving.vandaag.plus(dagen: 3)!.tekst))
    }

    @Test("s sorteert anders, f filtert, de selectie blijft")
    func sorterenEnFilteren() throws {
        let werk = try werkMetDrie()
        defer { werk.ruimOp() }
        var o = Overzicht()
        o.vernieuw(werk.omgeving)
        #expect(o.getoond.map(\.naam) == ["Familie Aydın", "Familie Bakker", "Familie De Jong-El Amrani"])
        _ = o.stuur(.key(.down), werk.omgeving)
        #expect(o.stuur(.key(.character("s")), werk.omgeving) == .verwerkt)
        #expect(o.sortering == .overleg)
        #expect(o.getoond.first?.naam == "Familie De Jong-El Amrani")
        #expect(o.getoond.first { $0.id == o.geselecteerd }?.naam == "Familie Bakker")
        _ = o.stuur(.key(.character("s")), werk.omgeving)
        #expect(o.getoond.first?.naam == "Familie Aydın", "te late acties eerst")
        _ = o.stuur(.key(.character("f")), werk.omgeving)
        #expect(o.getoond.map(\.naam).contains("Familie Aydın"))
        #expect(!o.getoond.map(\.naam).contains("Familie Bakker"))
        _ = o.stuur(.key(.character("f")), werk.omgeving)
        #expect(o.getoond.map(\.naam).contains("Familie Bakker"))
        #expect(!o.getoond.map(\.naam).contains("Familie Aydın"))
    }

    @Test("/ zoekt in namen, personen, acties en plantekst van alle dossiers")
    func zoeken() throws {
        let werk = try werkMetDrie()
        defer { werk.ruimOp() }
        var o = Overzicht()
        o.vernieuw(werk.omgeving)
        _ = o.stuur(.key(.character("/")), werk.omgeving)
        for c in "bank" { _ = o.stuur(.key(.character(c)), werk.omgeving) }
        #expect(o.zoeken?.treffers.map(\.huishouden) == ["Familie Aydın"])
        #expect(o.zoeken?.treffers.first?.waar == "Actie")
        var b = Buffer(size: Size(width: 100, height: 20))
        _ = o.render(werk.omgeving, into: &b, area: b.area)
        #expect(b.text.contains("Bellen met de bank"))
        #expect(o.stuur(.key(.enter), werk.omgeving) == .open(o.getoond[0].id))
        // accents and case do not matter
        _ = o.stuur(.key(.character("/")), werk.omgeving)
        for c in "AYDIN" { _ = o.stuur(.key(.character(c)), werk.omgeving) }
        #expect(o.zoeken?.treffers.isEmpty == false)
        _ = o.stuur(.key(.escape), werk.omgeving)
        #expect(o.zoeken == nil)
    }

    @Test("een kapot bestand: de rest staat er, met een melding")
    func kapotBestand() throws {
        let werk = try werkMetDrie()
        defer { werk.ruimOp() }
        try Data("{ kapot".utf8).write(to: werk.map.appendingPathComponent("dossiers/kapot.json"))
        var o = Overzicht()
        o.vernieuw(werk.omgeving)
        var b = Buffer(size: Size(width: 100, height: 20))
        _ = o.render(werk.omgeving, into: &b, area: b.area)
        #expect(o.dossiers.count == 3)
        #expect(b.text.contains("! "))
        #expect(b.text.contains("kapot"))
    }
}
