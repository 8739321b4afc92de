import Foundation
import RegieDomain
import RegieStore
import Screen
import Testing
@testable import RegieApp

/// Quotes without words are not kept; long texts have a limit that is said, not cut; a key in
/// a long text costs no copy of the text.
@Suite("Formulier: lege citaten en lange teksten")
struct TekstenTests {
    func plan(_ werk: TestWerk, _ d: Dossier? = nil) -> SchermRit<PlanScherm> {
        let d = d ?? Dossier.testGezin(werk.omgeving.vandaag)
        return SchermRit(PlanScherm(d, werk.omgeving), d, werk.omgeving)
    }

    @Test("Insert, spreker kiezen en dan Esc of PgDn zonder te typen: er blijft geen leeg citaat staan")
    func legeCitatenWeg() throws {
        let werk = try TestWerk()
        defer { werk.ruimOp() }
        var r = plan(werk)
        r.druk(.pageDown)
        r.druk(.insert)
        r.typ("1")
        #expect(r.dossier.plan.krachten.count == 1, "het citaat staat open om in te typen")
        r.druk(.escape)
        #expect(r.dossier.plan.krachten.isEmpty)
        #expect(!r.tekst().contains("“”"), "\(r.tekst())")
        // Leaving the section the same way.
        r.druk(.insert)
        r.typ("2")
        r.druk(.pageDown)
        #expect(r.dossier.plan.krachten.isEmpty)
        // With words it stays.
        r.druk(.pageUp, .insert)
        r.typ("2")
        r.typ("Ik ben goed in voetbal")
        r.druk(.escape, .escape)
        #expect(r.dossier.plan.krachten.map(\.citaat) == ["Ik ben goed in voetbal"])
    }

    @Test("een leeg citaat (een crash vlak na Insert) komt niet in het bestand en niet terug bij laden")
    func legeCitatenNietBewaard() throws {
        let werk = try TestWerk()
        defer { werk.ruimOp() }
        var d = Dossier.testGezin(werk.omgeving.vandaag)
        let sanne = d.gezinsleden[0].id
        d.plan.krachten = [Uitspraak(spreker: sanne, citaat: "Wij lachen veel"), Uitspraak(spreker: sanne, citaat: "")]
        d.veiligheidsplan = Veiligheidsplan(grootsteZorg: [Uitspraak(spreker: sanne, citaat: " \n ")])
        try werk.omgeving.opslag.voegToe(d)
        let pad = try #require(FileManager.default.enumerator(atPath: werk.map.path)?.compactMap { $0 as? String }
            .first { $0.hasSuffix("\(d.id).json") })
        let bestand = try String(contentsOf: werk.map.appendingPathComponent(pad), encoding: .utf8)
        #expect(bestand.contains("Wij lachen veel"))
        #expect(!bestand.contains("\"citaat\" : \"\""), "\(bestand)")
        let geladen = try werk.omgeving.opslag.laad(d.id).dossier
        #expect(geladen.plan.krachten.map(\.citaat) == ["Wij lachen veel"])
        #expect(geladen.veiligheidsplan?.grootsteZorg.isEmpty == true)
    }

    @Test("plakken boven de grens van een veld wordt geweigerd met de reden; de tekst blijft zoals hij was")
    func plakkenBovenGrens() throws {
        let werk = try TestWerk()
        defer { werk.ruimOp() }
        var r = plan(werk)
        r.druk(.down)
        r.typ("Ruzie thuis")
        #expect(r.dossier.plan.aanleiding == "Ruzie thuis")
        r.stuur(.paste(String(repeating: "a", count: 100_001)))
        #expect(r.meldingen == ["De geplakte tekst is 100.001 tekens; een veld mag er 100.000 bevatten. Er is niets ingevoegd."])
        #expect(r.dossier.plan.aanleiding == "Ruzie thuis")
        // A one-line field (a name) has its own, smaller limit.
        var h = SchermRit(HuishoudenScherm(), r.dossier, werk.omgeving)
        h.typ("!")
        #expect(h.dossier.naam == "Familie Test!")
        h.stuur(.paste(String(repeating: "b", count: 1_000)))
        #expect(h.meldingen.last == "De geplakte tekst is 1.000 tekens; met de 13 die er al staan wordt het veld te lang: "
            + "een veld mag er 1.000 bevatten. Er is niets ingevoegd.")
        #expect(h.dossier.naam == "Familie Test!")
    }

    @Test("typen in een lange tekst kopieert de tekst niet per toets")
    func geenKopiePerToets() throws {
        let werk = try TestWerk()
        defer { werk.ruimOp() }
        var d = Dossier.testGezin(werk.omgeving.vandaag)
        d.plan.integraleAnalyse = String(repeating: "Alles hangt samen met alles. ", count: 3_000)
        var r = plan(werk, d)
        for _ in 0..<PlanScherm.Deel.analyse.rawValue { r.druk(.pageDown) }
        r.druk(.ctrlEnd)
        _ = r.tekst()
        r.typ("Nieuw")
        r.druk(.backspace, .left)
        r.typ("w")
        #expect(r.dossier.plan.integraleAnalyse.hasSuffix("Niewu"))
        guard case .tekst(let veld)? = r.scherm.formulier.bewerker?.widget else {
            Issue.record("de analyse is een tekstvak")
            return
        }
        #expect(veld.wholeCopies == 0, "elke toets kopieerde de hele tekst")
        #expect(veld.count == d.plan.integraleAnalyse.count + 5)
    }
}
