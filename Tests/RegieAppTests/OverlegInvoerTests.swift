import Foundation
import RegieDomain
import RegieStore
import Screen
import Testing
@testable import RegieApp

extension SchermRit {
    /// The text from $EDITOR comes back to the screen.
    mutating func editor(_ tekst: String?) {
        var ctx = SchermContext(dossier: dossier, omgeving: omgeving)
        scherm.editorKlaar(tekst, &ctx)
        dossier = ctx.dossier
        verzoeken += ctx.verzoeken
    }

    /// The messages the screen gave, in order.
    var meldingen: [String] { verzoeken.compactMap { if case .melding(let m) = $0 { m.text } else { nil } } }
}

/// A quote of `lengte` characters in three paragraphs, the way a note from a meeting is pasted.
func langCitaat(_ lengte: Int) -> String {
    let alinea = (lengte - 2) / 3
    let zin = "Ze zegt dat het thuis beter gaat en dat oma Zoë vaak helpt. "
    func stuk(_ n: Int) -> String { String(String(repeating: zin, count: n / zin.count + 1).prefix(n)) }
    return stuk(alinea) + "\n" + stuk(alinea) + "\n" + stuk(lengte - 2 - 2 * alinea)
}

/// The text typed in an overleg step: pasted quotes stay whole with their paragraphs, the
/// same limit as a quote in the form (said before anything is cut), and C-o to $EDITOR.
@Suite("Overleg: invoer, plakken en de editor")
struct OverlegInvoerTests {
    func rit(_ d: Dossier) throws -> (SchermRit<OverlegScherm>, TestWerk) {
        let werk = try TestWerk()
        return (SchermRit(OverlegScherm(d, werk.omgeving), d, werk.omgeving), werk)
    }

    func begin(_ r: inout SchermRit<OverlegScherm>) {
        r.druk(.insert)
        r.typ("1")
        r.druk(.character(" "), .down, .character(" "), .down, .character(" "), .enter)
    }

    func naar(_ stap: String, _ r: inout SchermRit<OverlegScherm>, sourceLocation: SourceLocation = #_sourceLocation) {
        for _ in 0..<30 where r.dossier.lopendOverleg?.verloop?.huidigeStap != stap { r.druk(.pageDown) }
        #expect(r.dossier.lopendOverleg?.verloop?.huidigeStap == stap, sourceLocation: sourceLocation)
    }

    @Test("een geplakt citaat van 3.013 tekens in drie alinea's wordt heel bewaard, met de regelovergangen")
    func plakkenHeel() throws {
        var (r, werk) = try rit(Dossier.testGezin(Datum(jaar: 2026, maand: 11, dag: 23)!))
        defer { werk.ruimOp() }
        begin(&r)
        naar("krachten", &r)
        let citaat = langCitaat(3_013)
        #expect(citaat.count == 3_013)
        let voor = r.meldingen.count
        r.stuur(.paste(citaat))
        // The field grows to show more than one row of it.
        let regels = r.tekst().split(separator: "\n")
        #expect(regels.contains { $0.contains("Sanne zegt: ") }, "\(r.tekst())")
        #expect(regels.filter { $0.contains("oma Zoë") }.count >= 2, "\(r.tekst())")
        r.druk(.enter)
        #expect(r.dossier.plan.krachten.map(\.citaat) == [citaat])
        #expect(r.dossier.plan.krachten.first?.citaat.split(separator: "\n").count == 3)
        #expect(r.meldingen.count == voor, "\(r.meldingen)")
    }

    @Test("een te lang citaat wordt niet ingekort maar geweigerd met de reden; wat er stond blijft, in het overleg en in het formulier gelijk")
    func teLangGeweigerd() throws {
        var (r, werk) = try rit(Dossier.testGezin(Datum(jaar: 2026, maand: 11, dag: 23)!))
        defer { werk.ruimOp() }
        begin(&r)
        naar("krachten", &r)
        r.typ("Eerst dit")
        r.stuur(.paste(langCitaat(10_001)))
        let melding = "De geplakte tekst is 10.001 tekens; een veld mag er 10.000 bevatten. Er is niets ingevoegd."
        #expect(r.meldingen.last == melding)
        #expect(r.scherm.invoer.text == "Eerst dit")
        // Fits alone, not with what is there.
        r.stuur(.paste(langCitaat(9_995)))
        #expect(r.meldingen.last == "De geplakte tekst is 9.995 tekens; met de 9 die er al staan wordt het veld te lang: "
            + "een veld mag er 10.000 bevatten. Er is niets ingevoegd.")
        #expect(r.scherm.invoer.text == "Eerst dit")
        r.druk(.enter)
        #expect(r.dossier.plan.krachten.map(\.citaat) == ["Eerst dit"])

        // The same paste in the form's quote field: the same limit and the same words.
        var p = SchermRit(PlanScherm(r.dossier, werk.omgeving), r.dossier, werk.omgeving)
        p.druk(.pageDown)
        p.druk(.insert)
        p.typ("2")
        p.typ("Noah zegt")
        p.stuur(.paste(langCitaat(10_001)))
        #expect(p.meldingen.last == melding)
        #expect(p.dossier.plan.krachten.map(\.citaat) == ["Eerst dit", "Noah zegt"])
        // 3.013 characters with paragraphs fit in both.
        p.stuur(.paste("\n" + langCitaat(3_013)))
        #expect(p.dossier.plan.krachten.last?.citaat == "Noah zegt\n" + langCitaat(3_013))
    }

    @Test("C-o opent het citaat in $EDITOR; de tekst komt terug in het veld, Enter bewaart hem; te lang wordt geweigerd")
    func editor() throws {
        var (r, werk) = try rit(Dossier.testGezin(Datum(jaar: 2026, maand: 11, dag: 23)!))
        defer { werk.ruimOp() }
        begin(&r)
        naar("zorgen", &r)
        r.typ("Geldzorgen")
        r.druk(.ctrl("o"))
        let gevraagd = r.verzoeken.compactMap { if case .editor(let t) = $0 { t } else { nil } }
        #expect(gevraagd == ["Geldzorgen"])
        r.editor("Geldzorgen, al jaren.\n\nEn de huur is laat.\n")
        #expect(r.scherm.invoer.text == "Geldzorgen, al jaren.\n\nEn de huur is laat.")
        #expect(r.dossier.lopendOverleg?.verloop?.concept?.tekst == "Geldzorgen, al jaren.\n\nEn de huur is laat.")
        r.editor(String(repeating: "x", count: 10_001))
        #expect(r.meldingen.last?.hasPrefix("De tekst uit de editor is 10.001 tekens; een veld mag er 10.000 bevatten. Er is niets veranderd") == true)
        #expect(r.scherm.invoer.text == "Geldzorgen, al jaren.\n\nEn de huur is laat.")
        r.druk(.enter)
        #expect(r.dossier.plan.zorgen.map(\.citaat) == ["Geldzorgen, al jaren.\n\nEn de huur is laat."])
        // The key is in the help of the overleg, from the keymap.
        #expect(werk.omgeving.keymap["overleg.editor"]?.keys == [.ctrl("o")])
    }
}

/// Each safety step says in which section of the veiligheidsplan its text lands, with the
/// question of that section, and the text lands there.
@Suite("Overleg: de veiligheidsstappen en hun vraag")
struct OverlegVeiligheidsvragenTests {
    @Test("elke stap van het veiligheidsplan toont de echte vraag van de rubriek waar de tekst heen gaat",
          arguments: [
            ("veiligheid-goed", "In het veiligheidsplan bij Bestaande veiligheid: Wat geeft nu al veiligheid bij de grootste zorg? Per persoon, in eigen woorden."),
            ("veiligheid-zorgen", "In het veiligheidsplan bij Grootste zorg: Wat is het ergste dat er kan gebeuren als er niets verandert?"),
            ("complicerend", "In het veiligheidsplan bij Complicerende factoren: Wat maakt het soms moeilijker om het veilig te houden? Triggers, stress, omstandigheden."),
            ("schaalvraag", "In het veiligheidsplan bij Schaalvraag: 0 = zeer ernstige of levensbedreigende onveiligheid, 10 = iedereen weet dat het veilig genoeg is om af te sluiten."),
            ("veiligheidsafspraken", "In het veiligheidsplan bij Veiligheidsafspraken: Wat moet er minimaal gebeuren om de (acute) onveiligheid op te heffen?"),
            ("doelencheck", "In het veiligheidsplan bij Doelencheck: Staan deze doelen en acties in het ondersteuningsplan of in dit veiligheidsplan?"),
          ])
    func vraagPerStap(stap: String, vraag: String) throws {
        let werk = try TestWerk()
        defer { werk.ruimOp() }
        let d = Dossier.testGezin(werk.omgeving.vandaag, plan: Veiligheidsplan())
        var r = SchermRit(OverlegScherm(d, werk.omgeving), d, werk.omgeving)
        r.breedte = 240
        r.hoogte = 40
        OverlegInvoerTests().begin(&r)
        OverlegInvoerTests().naar(stap, &r)
        #expect(r.tekst().split(separator: "\n").contains { $0.contains(vraag) }, "\(r.tekst())")
        // The text typed here lands in that section.
        switch stap {
        case "veiligheid-goed":
            r.typ("Oma is er altijd\n")
            #expect(r.dossier.veiligheidsplan?.bestaandeVeiligheid.map(\.citaat) == ["Oma is er altijd"])
        case "veiligheid-zorgen":
            r.typ("Dat een ruzie uit de hand loopt\n")
            #expect(r.dossier.veiligheidsplan?.grootsteZorg.map(\.citaat) == ["Dat een ruzie uit de hand loopt"])
            #expect(r.tekst().contains("Veiligheid: grootste zorg"), "de titel van de stap zegt het ook")
        case "complicerend":
            r.typ("Stress over geld\n")
            #expect(r.dossier.veiligheidsplan?.complicerendeFactoren.map(\.citaat) == ["Stress over geld"])
        case "schaalvraag":
            r.typ("6\n")
            #expect(r.dossier.veiligheidsplan?.schaalvragen.map(\.cijfer) == [6])
        case "veiligheidsafspraken":
            r.typ("Sanne belt oma bij ruzie\n")
            #expect(r.dossier.veiligheidsplan?.afspraken.map(\.wat) == ["Sanne belt oma bij ruzie"])
        default:
            r.druk(.character(" "))
            #expect(r.dossier.veiligheidsplan?.doelencheck.afsprakenNakomen == true)
        }
    }
}
