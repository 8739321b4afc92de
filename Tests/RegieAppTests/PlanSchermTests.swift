import Foundation
import RegieDomain
import Screen
import Testing
@testable import RegieApp

/// The ondersteuningsplan screen on the in-memory screen: quotes by name, goals with
/// actions, the safety question, jumps from the plan check, deleting and undo.
@Suite("Ondersteuningsplan-scherm")
struct PlanSchermTests {
    func rit(_ werk: TestWerk, _ dossier: Dossier? = nil) -> SchermRit<PlanScherm> {
        let d = dossier ?? Dossier.testGezin(werk.omgeving.vandaag)
        return SchermRit(PlanScherm(d, werk.omgeving), d, werk.omgeving)
    }

    /// PgDn from the first section to `deel`.
    func naar(_ deel: PlanScherm.Deel, _ rit: inout SchermRit<PlanScherm>) {
        for _ in 0..<deel.rawValue { rit.druk(.pageDown) }
    }

    @Test("een kracht: spreker met één toets kiezen, citaat typen, in de lijst als Naam: “citaat”")
    func krachtMetNaam() throws {
        let werk = try TestWerk()
        defer { werk.ruimOp() }
        var r = rit(werk)
        naar(.krachten, &r)
        r.druk(.insert)
        #expect(r.tekst().contains("Wie noemt deze kracht?"))
        #expect(r.tekst().contains("1  Sanne (moeder)"))
        r.typ("1")
        r.typ("Ik kook elke dag voor de kinderen.")
        let kracht = try #require(r.dossier.plan.krachten.first)
        #expect(kracht.spreker == r.dossier.gezinsleden[0].id)
        #expect(kracht.citaat == "Ik kook elke dag voor de kinderen.")
        #expect(r.tekst().contains("Kracht van Sanne"))
        r.druk(.escape)
        #expect(r.tekst().contains("Sanne: “Ik kook elke dag voor de kinderen.”"))
        #expect(r.tekst().contains("Krachten (1)"))
    }

    @Test("een zorg met sinds wanneer; Tab gaat van het citaat naar het volgende veld")
    func zorg() throws {
        let werk = try TestWerk()
        defer { werk.ruimOp() }
        var r = rit(werk)
        naar(.zorgen, &r)
        r.druk(.insert)
        r.typ("3")
        r.typ("Noah komt vaak moe op school.")
        r.druk(.tab)
        r.typ("dit schooljaar")
        r.druk(.escape)
        let zorg = try #require(r.dossier.plan.zorgen.first)
        #expect(zorg.spreker == r.dossier.professionals[0].id)
        #expect(zorg.sinds == "dit schooljaar")
        #expect(r.tekst().contains("Ilse: “Noah komt vaak moe op school.”"))
        #expect(r.dossier.plan.krachten.isEmpty)
    }

    @Test("een doel met twee acties: wie met één toets, dan wat en wanneer")
    func doelMetActies() throws {
        let werk = try TestWerk()
        defer { werk.ruimOp() }
        var r = rit(werk)
        naar(.doelen, &r)
        r.druk(.insert)
        r.typ("Het is rustig in huis.")
        r.druk(.tab, .tab, .tab)  // status, leefgebied, then the list of actions
        #expect(r.tekst().contains("Acties (0)"))
        r.druk(.enter)
        #expect(r.tekst().contains("Wie doet het?"))
        r.typ("1")
        r.typ("Oudercursus zoeken\n")
        r.typ("01-12-2026\n")
        r.druk(.escape)
        r.druk(.insert)
        r.typ("3")
        r.typ("Gesprek met school plannen\n")
        r.typ("+1w\n")
        r.druk(.escape)
        let doel = try #require(r.dossier.plan.doelen.first)
        #expect(doel.omschrijving == "Het is rustig in huis.")
        #expect(doel.acties.count == 2)
        #expect(doel.acties.map(\.wat) == ["Oudercursus zoeken", "Gesprek met school plannen"])
        #expect(doel.acties[0].wie == r.dossier.gezinsleden[0].id)
        #expect(doel.acties[1].wie == r.dossier.professionals[0].id)
        #expect(doel.acties[0].wanneer == Datum(jaar: 2026, maand: 12, dag: 1))
        #expect(doel.acties[1].wanneer == werk.omgeving.vandaag.plus(dagen: 7))
        #expect(r.tekst().contains("[ ] Sanne: Oudercursus zoeken · uiterlijk 01-12-2026"))
        #expect(r.tekst().contains("[ ] Ilse: Gesprek met school plannen · uiterlijk 30-11-2026"))
        r.druk(.escape)
        #expect(r.tekst().contains("[nog niet bereikt] 0/2 acties gedaan · Het is rustig in huis."))
    }

    @Test("ja bij zorgen over veiligheid maakt het veiligheidsplan verplicht en zegt dat")
    func zorgenOverVeiligheid() throws {
        let werk = try TestWerk()
        defer { werk.ruimOp() }
        var r = rit(werk)
        naar(.veiligheid, &r)
        #expect(r.tekst().contains("Bij ja is een veiligheidsplan verplicht"))
        #expect(!r.dossier.veiligheidsplanVereist(werk.omgeving.methode))
        r.typ("j")
        #expect(r.dossier.plan.zorgenBasiszorgVeiligheid == .ja)
        #expect(r.dossier.veiligheidsplanVereist(werk.omgeving.methode))
        #expect(r.tekst().contains("! Er is nog geen veiligheidsplan"))
        r.typ("n")
        #expect(r.dossier.plan.zorgenBasiszorgVeiligheid == .nee)
        #expect(!r.tekst().contains("! Er is nog geen veiligheidsplan"))
    }

    @Test("een ongeldige datum geeft de Nederlandse melding en houdt de oude datum")
    func ongeldigeDatum() throws {
        let werk = try TestWerk()
        defer { werk.ruimOp() }
        var d = Dossier.testGezin(werk.omgeving.vandaag)
        let oud = Datum(jaar: 2026, maand: 11, dag: 2)!
        d.plan.datum = oud
        var r = rit(werk, d)
        #expect(r.tekst().contains("▸ Datum plan"))
        r.druk(.end, .backspace, .backspace, .backspace, .backspace)
        r.typ("20x6\n")
        #expect(r.dossier.plan.datum == oud)
        #expect(r.tekst().contains("! Geen geldige datum: gebruik dd-mm-jjjj"))
        r.druk(.down)
        #expect(r.dossier.plan.datum == oud)
        #expect(r.tekst().contains("▸ Datum plan"), "verlaten gaat niet zolang de tekst geen datum is")
        #expect(r.tekst().contains("02-11-20x6"))
        r.druk(.escape)
        #expect(r.dossier.plan.datum == oud)
        #expect(r.tekst().contains("02-11-2026"))
    }

    @Test("aanwezigen bij een overleg: per persoon een vinkje")
    func overlegAanwezigen() throws {
        let werk = try TestWerk()
        defer { werk.ruimOp() }
        var r = rit(werk)
        naar(.overleggen, &r)
        r.druk(.insert)
        r.typ("07-12-2026\n")
        r.typ("14:00\n")
        r.typ("Wijkcentrum\n")
        #expect(r.tekst().contains("▸ Sanne"))
        r.druk(.character(" "), .down, .down, .character(" "))
        let overleg = try #require(r.dossier.plan.overleggen.first)
        #expect(overleg.soort == .start)
        #expect(overleg.tijd == Tijd(uur: 14, minuut: 0))
        #expect(overleg.aanwezigen == [r.dossier.gezinsleden[0].id, r.dossier.professionals[0].id])
        r.druk(.escape)
        #expect(r.tekst().contains("[volgende] startoverleg 07-12-2026 14:00 · Wijkcentrum · 2 aanwezig"))
    }

    @Test("sprongen uit de plancheck openen de juiste rubriek, het record en het veld")
    func sprongen() throws {
        let werk = try TestWerk()
        defer { werk.ruimOp() }
        let d = Voorbeeld.demo(vandaag: werk.omgeving.vandaag)
        var r = rit(werk, d)
        r.scherm.ga(naar: .zorg(d.plan.zorgen[1].id), in: d)
        #expect(r.tekst().contains("Zorg van Youssef El Amrani"))
        #expect(r.tekst().contains("De rekeningen stapelen zich op"))
        r.scherm.ga(naar: .actie(doel: d.plan.doelen[1].id, actie: d.plan.doelen[1].acties[1].id), in: d)
        #expect(r.tekst().contains("Actie van Sanne de Jong"))
        #expect(r.tekst().contains("Alle ongeopende post"))
        r.scherm.ga(naar: .zorgenVeiligheid, in: d)
        #expect(r.tekst().contains("▸ Zorgen veiligheid"))
        r.scherm.ga(naar: .doel(d.plan.doelen[2].id), in: d)
        #expect(r.tekst().contains("Doel 3"))
        r.scherm.ga(naar: .kracht(d.plan.krachten[3].id), in: d)
        #expect(r.tekst().contains("Kracht van Ria de Jong"))
        r.scherm.ga(naar: .overleggen, in: d)
        #expect(r.tekst().contains("Overleggen (2)"))
        #expect(r.tekst().contains("voortgangsoverleg"))
        #expect(r.scherm.heeftEigenFocus == false)
        // The plan's own texts, the krachten as a whole, and one overleg.
        r.scherm.ga(naar: .plandeel(.gewenstResultaat), in: d)
        #expect(r.tekst().contains("▸ Gewenst resultaat"), "\(r.tekst())")
        r.scherm.ga(naar: .plandeel(.aanleiding), in: d)
        #expect(r.tekst().contains("▸ Aanleiding"), "\(r.tekst())")
        r.scherm.ga(naar: .plandeel(.krachten), in: d)
        #expect(r.tekst().contains("Krachten (5)"), "\(r.tekst())")
        r.scherm.ga(naar: .overleg(d.plan.overleggen[1].id), in: d)
        #expect(r.tekst().contains("Wijkcentrum De Brug"), "\(r.tekst())")
    }

    @Test("verwijderen vraagt eerst; C-z in het programma zet de kracht terug")
    func verwijderenEnOngedaan() throws {
        let werk = try TestWerk()
        defer { werk.ruimOp() }
        _ = try werk.demo()
        let p = ProgrammaRit(werk.omgeving, breedte: 80, hoogte: 24)
        p.druk(.enter, .alt("2"), .pageDown, .down)
        #expect(p.tekst.contains("Sanne de Jong: “We willen allebei"))
        p.druk(.delete)
        #expect(p.tekst.contains("Kracht verwijderen"))
        #expect(p.model.open?.dossier.plan.krachten.count == 5, "nog niets weg zolang de vraag open staat")
        p.druk(.character("v"))
        #expect(p.model.open?.dossier.plan.krachten.count == 4)
        #expect(p.tekst.contains("Verwijderd. C-z zet het terug."))
        #expect(!p.tekst.contains("We willen allebei"))
        p.druk(.ctrl("z"))
        #expect(p.model.open?.dossier.plan.krachten.count == 5)
        #expect(p.tekst.contains("Sanne de Jong: “We willen allebei"))
        // and the undo is saved
        let bewaard = try werk.omgeving.opslag.laad(p.model.open!.dossier.id).dossier
        #expect(bewaard.plan.krachten.count == 5)
    }

    @Test("past op 80×24 en 100×30, en valt niet om op een piepklein scherm")
    func maten() throws {
        let werk = try TestWerk()
        defer { werk.ruimOp() }
        _ = try werk.demo()
        let p = ProgrammaRit(werk.omgeving, breedte: 80, hoogte: 24)
        p.druk(.enter, .alt("2"))
        for verwacht in ["Aanleiding", "Overleggen", "▸ Datum plan", "Sanne meldde zich"] {
            #expect(p.tekst.contains(verwacht), "\(verwacht) ontbreekt:\n\(p.tekst)")
        }
        p.druk(.pageDown, .pageDown, .pageDown, .pageDown, .pageDown, .pageDown)
        #expect(p.tekst.contains("[ ja ]"))

        let d = Voorbeeld.demo(vandaag: werk.omgeving.vandaag)
        var r = rit(werk, d)
        r.breedte = 100
        r.hoogte = 30
        r.scherm.ga(naar: .doel(d.plan.doelen[0].id), in: d)
        // The date stays whole; what is done is shortened first.
        #expect(r.tekst().contains("[ ] ! te laat · Youssef El Amrani: Time-outp… · uiterlijk 20-11-2026"))
        #expect(r.tekst().contains("[x] Marloes Visser: Aanmelden bij oudercursus"))
        for (b, h) in [(20, 5), (3, 2), (1, 1)] {
            r.breedte = b
            r.hoogte = h
            _ = r.tekst()
            r.druk(.insert, .character("1"), .escape, .pageDown)
            _ = r.tekst()
        }
    }
}

/// Every change of a screen goes through the open dossier, which notes when a goal's status changed.
@Suite("Stand van een doel")
struct DoelstandTests {
    @Test("een andere stand van een doel krijgt de dag van vandaag; andere wijzigingen niet")
    func standKrijgtDatum() {
        let vandaag = Datum(jaar: 2026, maand: 11, dag: 23)!
        let d = Voorbeeld.demo(vandaag: vandaag, id: "demo")
        var open = OpenDossier(nieuw: d)
        var tekst = d
        tekst.plan.doelen[0].omschrijving += " Elke week."
        open.verander(naar: tekst, wijziging: nil, vandaag: vandaag)
        #expect(open.dossier.plan.doelen[0].statusSinds == nil)
        var stand = open.dossier
        stand.plan.doelen[0].status = .nietBereikt
        open.verander(naar: stand, wijziging: nil, vandaag: vandaag.plus(dagen: 2)!)
        #expect(open.dossier.plan.doelen[0].statusSinds == vandaag.plus(dagen: 2))
        #expect(open.dossier.plan.doelen[1].statusSinds == nil)
    }
}
