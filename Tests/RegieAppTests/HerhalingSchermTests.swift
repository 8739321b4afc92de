import Foundation
import RegieDomain
import Screen
import RegieExport
import Testing
@testable import RegieApp

/// Actions that repeat in the plan screen: the fields Herhaalt, Tijd and Tot, marking the
/// latest time done with Space, a wrong time refused, and the rhythm in the list of actions.
/// Today is Monday 23-11-2026.
@Suite("Ondersteuningsplan: herhaalde acties")
struct HerhalingSchermTests {
    static func d(_ s: String) -> Datum { Datum(invoer: s)! }

    func rit(_ werk: TestWerk, _ dossier: Dossier) -> SchermRit<PlanScherm> {
        SchermRit(PlanScherm(dossier, werk.omgeving), dossier, werk.omgeving)
    }

    /// The test household with one goal and one action of Sanne, first on `wanneer`.
    static func dossier(_ vandaag: Datum, wanneer: Datum, herhaling: Herhaling? = nil, gedaan: Datum? = nil) -> Dossier {
        var d = Dossier.testGezin(vandaag)
        d.plan.doelen = [Doel(id: "doel", omschrijving: "Sanne houdt contact met de buurt.",
                              acties: [Actie(id: "actie", wie: d.gezinsleden[0].id, wat: "Mevr. Smit bellen", wanneer: wanneer,
                                             gedaan: gedaan, herhaling: herhaling)])]
        return d
    }

    /// The rows of the screen, each trimmed at the end.
    static func regels(_ r: SchermRit<PlanScherm>) -> [String] {
        r.tekst().components(separatedBy: "\n").map { var s = $0; while s.last == " " { s.removeLast() }; return s }
    }

    var actie: (SchermRit<PlanScherm>) -> Actie { { $0.dossier.plan.doelen[0].acties[0] } }

    @Test("Herhaalt, Tijd en Tot: elke maandag 9:00 tot 01-03-2027, in het formulier en in de lijst")
    func ritmeKiezen() throws {
        let werk = try TestWerk()
        defer { werk.ruimOp() }
        var r = rit(werk, Self.dossier(werk.omgeving.vandaag, wanneer: Self.d("07-12-2026")))
        r.scherm.ga(naar: .actie(doel: "doel", actie: "actie"), in: r.dossier)
        r.druk(.down, .down, .down)
        #expect(r.tekst().contains("▸ Herhaalt"))
        #expect(!r.tekst().contains("Tijd"), "een actie die niet herhaalt heeft geen tijd en geen einddatum")
        r.druk(.right)
        #expect(actie(r).herhaling == Herhaling(ritme: .week))
        r.druk(.enter)
        r.typ("9:00\n")
        r.typ("01-03-2027\n")
        #expect(actie(r).herhaling == Herhaling(ritme: .week, tot: Self.d("01-03-2027"), tijd: Tijd(invoer: "9:00")))
        #expect(Self.regels(r) == Self.formulier)
        // At 80×24 every field and the line with the rhythm are there.
        r.breedte = 80
        r.hoogte = 24
        let klein = r.tekst()
        for tekst in ["Herhaalt", "Tijd", "Tot", "▸ Gedaan", "[ ] nog geen keer", "Elke maandag 9:00 tot 01-03-2027 · volgende 07-12-2026"] {
            #expect(klein.contains(tekst), "\(tekst) ontbreekt op 80×24:\n\(klein)")
        }
        r.breedte = 100
        r.hoogte = 30
        r.druk(.escape)
        #expect(Self.regels(r) == Self.lijst)
    }

    @Test("een te late actie gaat herhalen; Spatie bij Gedaan markeert de laatste keer en dan is ze niet meer te laat")
    func gedaanMarkeren() throws {
        let werk = try TestWerk()
        defer { werk.ruimOp() }
        // A one-off action of 09-11, late.
        var r = rit(werk, Self.dossier(werk.omgeving.vandaag, wanneer: Self.d("09-11-2026")))
        r.scherm.ga(naar: .actie(doel: "doel", actie: "actie"), in: r.dossier)
        r.druk(.down, .down, .down)
        r.typ("e")
        #expect(actie(r).herhaling == Herhaling(ritme: .week), "e: elke week")
        r.typ("e")
        #expect(actie(r).herhaling == Herhaling(ritme: .maand), "nog eens e: elke maand")
        r.druk(.left, .left)
        #expect(actie(r).herhaling == Herhaling(ritme: .week))
        #expect(actie(r).isTeLaat(vandaag: werk.omgeving.vandaag), "de maandag van 16-11 is gemist")
        #expect(Self.regels(r)[4...8] == [
            "  Analyse               │▸ Herhaalt                niet  [ elke week ]  om de week   elke maand    │",
            "  Resultaat             │  Tijd                   —                                                │",
            "  Veiligheid            │  Tot                    —                                                │",
            "[ Doelen ]              │  Gedaan                 [ ] nog geen keer                                │",
            "  Samenvatting          │  ! Te laat: elke maandag · gemist 09-11-2026                             │",
        ])
        r.druk(.down, .down, .down)
        #expect(r.tekst().contains("▸ Gedaan"))
        r.druk(.character(" "))
        #expect(actie(r).gedaan == Self.d("23-11-2026"), "de laatste keer tot vandaag: vandaag zelf")
        #expect(!actie(r).isTeLaat(vandaag: werk.omgeving.vandaag))
        #expect(r.dossier.planCheck(werk.omgeving.methode, vandaag: werk.omgeving.vandaag).allSatisfy { !$0.melding.contains("te laat") })
        #expect(Self.regels(r) == Self.gedaan)
        r.druk(.character(" "))
        #expect(actie(r).gedaan == Self.d("16-11-2026"), "nog eens Spatie: terug naar de keer ervoor")
        #expect(!actie(r).isTeLaat(vandaag: werk.omgeving.vandaag), "16-11 was de laatste keer vóór vandaag")
        #expect(r.tekst().contains("▸ Gedaan                 [ ] laatst 16-11-2026   (Spatie: aan/uit)"))
        r.druk(.character(" "))
        r.druk(.escape)
        #expect(actie(r).gedaan == Self.d("23-11-2026"))
        #expect(Self.regels(r)[5] == "  Resultaat             │    • [x] Sanne: Mevr. Smit bellen · elke maandag · volgende 30-11-2026   │")
    }

    @Test("een verkeerde tijd: de Nederlandse melding, en de tijd die er stond blijft")
    func verkeerdeTijd() throws {
        let werk = try TestWerk()
        defer { werk.ruimOp() }
        let herhaling = Herhaling(ritme: .tweeWeken, tot: Self.d("01-03-2027"), tijd: Tijd(invoer: "9:00"))
        var r = rit(werk, Self.dossier(werk.omgeving.vandaag, wanneer: Self.d("24-11-2026"), herhaling: herhaling))
        r.scherm.ga(naar: .actie(doel: "doel", actie: "actie"), in: r.dossier)
        r.druk(.down, .down, .down, .down)
        #expect(r.tekst().contains("▸ Tijd"))
        r.druk(.end, .backspace, .backspace)
        r.typ("75")
        #expect(actie(r).herhaling == herhaling, "niets verloren")
        #expect(Self.regels(r) == Self.fout)
        r.druk(.enter)
        #expect(actie(r).herhaling == herhaling)
        r.druk(.backspace, .backspace, .backspace, .backspace, .backspace)
        r.typ("14.30\n")
        #expect(actie(r).herhaling?.tijd == Tijd(invoer: "14:30"))
        #expect(actie(r).ritmeTekst == "om de week op dinsdag 14:30 tot 01-03-2027")
    }

    @Test("overleg, terugblik op de doelen: het ritme en de gemiste keer; Spatie markeert de laatste keer")
    func overlegTerugblik() throws {
        let werk = try TestWerk()
        defer { werk.ruimOp() }
        let h = Herhaling(ritme: .week, tijd: Tijd(invoer: "9:00"))
        let d = Self.dossier(werk.omgeving.vandaag, wanneer: Self.d("09-11-2026"), herhaling: h)
        var r = SchermRit(OverlegScherm(d, werk.omgeving), d, werk.omgeving)
        r.breedte = 120
        r.druk(.insert, .character("2"))
        r.druk(.character(" "), .down, .character(" "), .down, .character(" "), .enter)
        for _ in 0..<30 where r.dossier.lopendOverleg?.verloop?.huidigeStap != "terugblik" { r.druk(.pageDown) }
        #expect(r.dossier.lopendOverleg?.verloop?.huidigeStap == "terugblik")
        #expect(r.tekst().contains("      [ ] Sanne: Mevr. Smit bellen · elke maandag 9:00 · gemist 09-11-2026"))
        r.druk(.down)
        r.druk(.character(" "))
        #expect(r.dossier.plan.doelen[0].acties[0].gedaan == Self.d("23-11-2026"), "de laatste keer tot vandaag, niet de eerste")
        #expect(r.tekst().contains("▸     [x] Sanne: Mevr. Smit bellen · elke maandag 9:00 · volgende 30-11-2026"))
        r.druk(.character(" "))
        #expect(r.dossier.plan.doelen[0].acties[0].gedaan == Self.d("16-11-2026"))
        #expect(r.tekst().contains("▸     [ ] Sanne: Mevr. Smit bellen · elke maandag 9:00 · volgende 23-11-2026"))
    }

    @Test("inzage voor de persoon: de actie met haar ritme en de laatste keer gedaan")
    func inzage() throws {
        let werk = try TestWerk()
        defer { werk.ruimOp() }
        let h = Herhaling(ritme: .week, tot: Self.d("01-03-2027"), tijd: Tijd(invoer: "9:00"))
        let d = Self.dossier(werk.omgeving.vandaag, wanneer: Self.d("16-11-2026"), herhaling: h, gedaan: Self.d("23-11-2026"))
        let g = try #require(Persoonsgegevens.van(d.gezinsleden[0].id, in: d))
        let doc = Plandocument.inzage(g, vandaag: werk.omgeving.vandaag)
        var regels: [String] = []
        for case .opsomming(let r) in doc.blokken { regels += r.map { $0.map(\.tekst).joined() } }
        #expect(regels.contains("Mevr. Smit bellen (doel: Sanne houdt contact met de buurt.; wanneer: elke maandag 9:00 tot 01-03-2027; laatst gedaan op 23-11-2026)"))
    }

    // MARK: The screens, whole (100×30)

    static let formulier = [
            "  Aanleiding            ┌─ Doelen › Doel 1 › Actie van Sanne ──────────────────────────────────────┐",
            "  Krachten              │  Wie                    Sanne                                            │",
            "  Zorgen                │  Wat                    Mevr. Smit bellen                                │",
            "  Eerdere hulp          │  Wanneer                07-12-2026                                       │",
            "  Analyse               │  Herhaalt               elke week                                        │",
            "  Resultaat             │  Tijd                   09:00                                            │",
            "  Veiligheid            │  Tot                    01-03-2027                                       │",
            "[ Doelen ]              │▸ Gedaan                 [ ] nog geen keer   (Spatie: aan/uit)            │",
            "  Samenvatting          │  Elke maandag 9:00 tot 01-03-2027 · volgende 07-12-2026                  │",
            "  Overleggen            │                                                                          │",
            "                        │                                                                          │",
            "                        │                                                                          │",
            "                        │                                                                          │",
            "                        │                                                                          │",
            "                        │                                                                          │",
            "                        │                                                                          │",
            "                        │                                                                          │",
            "                        │                                                                          │",
            "                        │                                                                          │",
            "                        │                                                                          │",
            "                        │                                                                          │",
            "                        │                                                                          │",
            "                        │                                                                          │",
            "                        │                                                                          │",
            "                        │                                                                          │",
            "                        │                                                                          │",
            "                        │                                                                          │",
            "                        │                                                                          │",
            "                        │Is de laatste keer tot vandaag gedaan? Spatie zet het aan of uit.         │",
            "                        └──────────────────────────────────────────────────────────────────────────┘",
    ]

    static let lijst = [
            "  Aanleiding            ┌─ Doelen › Doel 1 ────────────────────────────────────────────────────────┐",
            "  Krachten              │  Doel                   Sanne houdt contact met de buurt.                │",
            "  Zorgen                │  Doel bereikt?          nog niet bereikt                                 │",
            "  Eerdere hulp          │  Leefgebied             —                                                │",
            "  Analyse               │  Acties (1)                                             Insert: toevoegen│",
            "  Resultaat             │    • [ ] Sanne: Mevr. Smit bellen · elke maandag 9… · volgende 07-12-2026│",
            "  Veiligheid            │                                                                          │",
            "[ Doelen ]              │                                                                          │",
            "  Samenvatting          │                                                                          │",
            "  Overleggen            │                                                                          │",
            "                        │                                                                          │",
            "                        │                                                                          │",
            "                        │                                                                          │",
            "                        │                                                                          │",
            "                        │                                                                          │",
            "                        │                                                                          │",
            "                        │                                                                          │",
            "                        │                                                                          │",
            "                        │                                                                          │",
            "                        │                                                                          │",
            "                        │                                                                          │",
            "                        │                                                                          │",
            "                        │                                                                          │",
            "                        │                                                                          │",
            "                        │                                                                          │",
            "                        │                                                                          │",
            "                        │                                                                          │",
            "                        │                                                                          │",
            "                        │Enter: openen · Delete: verwijderen · Insert: toevoegen                   │",
            "                        └──────────────────────────────────────────────────────────────────────────┘",
    ]

    static let gedaan = [
            "  Aanleiding            ┌─ Doelen › Doel 1 › Actie van Sanne ──────────────────────────────────────┐",
            "  Krachten              │  Wie                    Sanne                                            │",
            "  Zorgen                │  Wat                    Mevr. Smit bellen                                │",
            "  Eerdere hulp          │  Wanneer                09-11-2026                                       │",
            "  Analyse               │  Herhaalt               elke week                                        │",
            "  Resultaat             │  Tijd                   —                                                │",
            "  Veiligheid            │  Tot                    —                                                │",
            "[ Doelen ]              │▸ Gedaan                 [x] laatst 23-11-2026   (Spatie: aan/uit)        │",
            "  Samenvatting          │  Elke maandag · volgende 30-11-2026                                      │",
            "  Overleggen            │                                                                          │",
            "                        │                                                                          │",
            "                        │                                                                          │",
            "                        │                                                                          │",
            "                        │                                                                          │",
            "                        │                                                                          │",
            "                        │                                                                          │",
            "                        │                                                                          │",
            "                        │                                                                          │",
            "                        │                                                                          │",
            "                        │                                                                          │",
            "                        │                                                                          │",
            "                        │                                                                          │",
            "                        │                                                                          │",
            "                        │                                                                          │",
            "                        │                                                                          │",
            "                        │                                                                          │",
            "                        │                                                                          │",
            "                        │                                                                          │",
            "                        │Is de laatste keer tot vandaag gedaan? Spatie zet het aan of uit.         │",
            "                        └──────────────────────────────────────────────────────────────────────────┘",
    ]

    static let fout = [
            "  Aanleiding            ┌─ Doelen › Doel 1 › Actie van Sanne ──────────────────────────────────────┐",
            "  Krachten              │  Wie                    Sanne                                            │",
            "  Zorgen                │  Wat                    Mevr. Smit bellen                                │",
            "  Eerdere hulp          │  Wanneer                24-11-2026                                       │",
            "  Analyse               │  Herhaalt               om de week                                       │",
            "  Resultaat             │▸ Tijd                   09:75                                            │",
            "  Veiligheid            │  Tot                    01-03-2027                                       │",
            "[ Doelen ]              │  Gedaan                 [ ] nog geen keer                                │",
            "  Samenvatting          │  Om de week op dinsdag 9:00 tot 01-03-2027 · volgende 24-11-2026         │",
            "  Overleggen            │                                                                          │",
            "                        │                                                                          │",
            "                        │                                                                          │",
            "                        │                                                                          │",
            "                        │                                                                          │",
            "                        │                                                                          │",
            "                        │                                                                          │",
            "                        │                                                                          │",
            "                        │                                                                          │",
            "                        │                                                                          │",
            "                        │                                                                          │",
            "                        │                                                                          │",
            "                        │                                                                          │",
            "                        │                                                                          │",
            "                        │                                                                          │",
            "                        │                                                                          │",
            "                        │                                                                          │",
            "                        │                                                                          │",
            "                        │                                                                          │",
            "                        │! Geen geldige tijd: gebruik uu:mm, zoals 09:30                           │",
            "                        └──────────────────────────────────────────────────────────────────────────┘",
    ]
}
