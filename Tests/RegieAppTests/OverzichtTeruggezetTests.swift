import Foundation
import RegieDomain
import RegieStore
import Screen
import Testing
@testable import RegieApp

@Suite("Overzicht: een teruggezette reservekopie wordt gemeld")
struct OverzichtTeruggezetTests {
    @Test("een beschadigd dossier met een goede reservekopie staat in de lijst, en de melding staat onder de lijst")
    func meldingInOverzicht() throws {
        let werk = try TestWerk()
        defer { werk.ruimOp() }
        let opslag = werk.omgeving.opslag
        let d = try werk.demo()
        let g = try opslag.laad(d.id)
        var nieuw = g.dossier
        nieuw.plan.aanleiding += " Aangevuld."
        try opslag.bewaar(nieuw, verwacht: g.vingerafdruk)
        let bestand = opslag.map.appendingPathComponent("dossiers/\(d.id).json")
        try Data("{\"schema\": 1, \"soort\": \"regie-dossier\", \"dossier\": {".utf8).write(to: bestand)

        var o = Overzicht()
        o.vernieuw(werk.omgeving)
        #expect(o.dossiers.map(\.naam) == ["Familie De Jong-El Amrani"])
        #expect(o.problemen.count == 1)
        let melding = try #require(o.problemen.first)
        #expect(melding.hasPrefix("Dossier \(d.id) was beschadigd (het is geen geldige JSON (afgebroken of beschadigd)). "
            + "De vorige bewaarde versie is teruggezet; de laatste wijziging kan daardoor ontbreken. "
            + "Het beschadigde bestand is apart gezet als apart/\(d.id).json."))
        var b = Buffer(size: Size(width: 300, height: 12))
        _ = o.render(werk.omgeving, into: &b, area: b.area)
        let regel = try #require(b.lines.first { $0.contains("! Dossier") })
        #expect(regel.contains("! " + melding))
        #expect(b.lines.contains { $0.contains("Familie De Jong-El Amrani") })
        #expect(try opslag.laad(d.id).dossier == d)
    }
}
