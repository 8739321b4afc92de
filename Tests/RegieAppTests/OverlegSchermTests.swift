import Foundation
import RegieDomain
import Screen
import Testing
@testable import RegieApp

/// A wall clock the test moves by hand.
final class TestKlok: @unchecked Sendable {
    private let slot = NSLock()
    private var t = Date(timeIntervalSince1970: 1_795_424_400)  // 23-11-2026 around 07:00 UTC

    var nu: Date { slot.lock(); defer { slot.unlock() }; return t }
    func verder(_ seconden: TimeInterval) { slot.lock(); t += seconden; slot.unlock() }
}

/// The overleg screen on the in-memory screen: a whole startoverleg from attendance to
/// closing, the clocks, and the sizes.
@Suite("Overleg-scherm")
struct OverlegSchermTests {
    func rit(_ d: Dossier, _ klok: TestKlok = TestKlok()) throws -> (SchermRit<OverlegScherm>, TestWerk) {
        var werk = try TestWerk()
        werk.omgeving.nu = { klok.nu }
        return (SchermRit(OverlegScherm(d, werk.omgeving), d, werk.omgeving), werk)
    }

    /// Starts a startoverleg with the test household (Sanne, Noah, Ilse) all present.
    func begin(_ r: inout SchermRit<OverlegScherm>) {
        r.druk(.insert)
        r.typ("1")
        r.druk(.character(" "), .down, .character(" "), .down, .character(" "), .enter)
    }

    func naar(_ stap: String, _ r: inout SchermRit<OverlegScherm>, sourceLocation: SourceLocation = #_sourceLocation) {
        for _ in 0..<30 where r.dossier.lopendOverleg?.verloop?.huidigeStap != stap { r.druk(.pageDown) }
        #expect(r.dossier.lopendOverleg?.verloop?.huidigeStap == stap, sourceLocation: sourceLocation)
    }

    func sprekers(_ lijst: [Uitspraak], _ d: Dossier) -> [String] { lijst.map { d.naam(van: $0.spreker) } }

    @Test("een heel startoverleg: aanwezigen, rondes, veiligheid, doelen, volgend overleg, afsluiten")
    func heelStartoverleg() throws {
        let klok = TestKlok()
        var (r, werk) = try rit(Dossier.testGezin(Datum(jaar: 2026, maand: 11, dag: 23)!), klok)
        defer { werk.ruimOp() }
        #expect(r.tekst().contains("Er loopt geen overleg."))
        #expect(r.scherm.scopes == ["overleglijst"])

        // Kind and attendance, with someone new at the table.
        r.druk(.insert)
        #expect(r.tekst().contains("Nieuw overleg: welke soort?"))
        r.typ("1")
        #expect(r.tekst().contains("Wie zijn er bij het startoverleg?"))
        #expect(r.scherm.scopes == ["aanwezig"])
        r.druk(.character(" "), .down, .character(" "), .down, .character(" "))
        r.druk(.insert)
        r.typ("Gülten")
        r.druk(.tab, .right, .tab)
        r.typ("buurvrouw")
        r.druk(.enter)
        #expect(r.dossier.netwerk.map(\.naam) == ["Gülten"])
        #expect(r.dossier.netwerk.first?.relatie == "buurvrouw")
        #expect(r.tekst().contains("[x] Gülten (netwerk, buurvrouw)"))
        r.druk(.enter)
        let overleg = try #require(r.dossier.lopendOverleg)
        #expect(overleg.soort == .start)
        #expect(overleg.datum == werk.omgeving.vandaag)
        #expect(r.dossier.aanwezigeNamen(overleg) == ["Sanne", "Noah", "Gülten", "Ilse"])
        #expect(r.scherm.scopes == ["overleg"])
        #expect(r.scherm.wilKlok(r.dossier))
        #expect(r.tekst().contains("Stap 1 van 14: Welkom en kennismaken"), "zonder zorgen over veiligheid 14 stappen:\n\(r.tekst())")

        // Krachten: two rounds, the client first, é and ë kept.
        naar("krachten", &r)
        #expect(r.tekst().contains("▸ Sanne (moeder) · 0 citaten · aan het woord"))
        r.typ("Wij zijn een hecht gezin, écht\n")
        #expect(r.tekst().contains("▸ Noah (zoon)"))
        r.typ("Ik ben goed in voetbal\nZe zijn altijd welkom bij mij, ëcht\nSanne vraagt op tijd hulp\nTweede ronde: we lachen veel\n")
        #expect(sprekers(r.dossier.plan.krachten, r.dossier) == ["Sanne", "Noah", "Gülten", "Ilse", "Sanne"])
        #expect(r.dossier.plan.krachten.first?.citaat == "Wij zijn een hecht gezin, écht")
        #expect(r.dossier.plan.krachten[2].citaat == "Ze zijn altijd welkom bij mij, ëcht")
        #expect(r.tekst().contains("Sanne: “Wij zijn een hecht gezin, écht”"))
        #expect(r.tekst().contains("▸ Noah (zoon) · 1 citaat"))

        // Zorgen: ↓ offers the next, F2 picks anyone in one key.
        naar("zorgen", &r)
        r.typ("Geldzorgen, één grote\n")
        r.druk(.down)
        #expect(r.tekst().contains("▸ Gülten"))
        r.druk(.up)
        r.typ("School is moeilijk\nDe huur is laat\nNoah is vaak moe\n")
        r.druk(.function(2))
        #expect(r.tekst().contains("Wie is aan het woord?"))
        r.typ("3")
        r.typ("Ik zie ze weinig buiten\n")
        #expect(sprekers(r.dossier.plan.zorgen, r.dossier) == ["Sanne", "Noah", "Gülten", "Ilse", "Gülten"])
        #expect(r.dossier.plan.zorgen.first?.citaat == "Geldzorgen, één grote")

        // The safety question: ja starts the veiligheidsplan and puts its steps on the agenda.
        naar("veiligheidsvraag", &r)
        #expect(r.dossier.veiligheidsplan == nil)
        r.druk(.character("j"))
        #expect(r.dossier.plan.zorgenBasiszorgVeiligheid == .ja)
        #expect(r.dossier.veiligheidsplan != nil)
        #expect(r.verzoeken.contains { if case .melding(let m) = $0 { m.text.contains("verplicht") } else { false } })
        #expect(r.tekst().contains("van 20: Zorgen over veiligheid?"))

        naar("veiligheid-goed", &r)
        r.typ("Oma is er altijd als het misgaat\n")
        #expect(sprekers(r.dossier.veiligheidsplan?.bestaandeVeiligheid ?? [], r.dossier) == ["Sanne"])
        naar("veiligheid-zorgen", &r)
        r.typ("Dat een ruzie uit de hand loopt\n")
        #expect(r.dossier.veiligheidsplan?.grootsteZorg.first?.citaat == "Dat een ruzie uit de hand loopt")

        // Schaalvraag: everyone present in order, 0–10.
        naar("schaalvraag", &r)
        #expect(r.tekst().contains("▸ Sanne: –"))
        r.typ("4\n6 het gaat al beter\n11\n")
        #expect(r.tekst().contains("Cijfer Gülten"), "11 is geen cijfer: Gülten blijft aan de beurt")
        #expect(r.verzoeken.contains { if case .melding(let m) = $0 { m.text.contains("0 tot en met 10") } else { false } })
        r.druk(.ctrl("u"))
        r.typ("7\n5\n")
        let scores = r.dossier.veiligheidsplan?.schaalvragen ?? []
        #expect(scores.map(\.cijfer) == [4, 6, 7, 5])
        #expect(scores.map { r.dossier.naam(van: $0.persoon) } == ["Sanne", "Noah", "Gülten", "Ilse"])
        #expect(scores.allSatisfy { $0.overleg == overleg.id && $0.datum == werk.omgeving.vandaag })
        #expect(scores[1].toelichting == "het gaat al beter")
        #expect(r.tekst().contains("Iedereen heeft een cijfer gegeven."))

        // An afspraak: what (typed), who (one key), where and when (a form), who sees to it.
        naar("veiligheidsafspraken", &r)
        r.typ("Bij ruzie gaat Noah naar oma\n")
        #expect(r.tekst().contains("Wie doet het?"))
        r.typ("2")
        #expect(r.tekst().contains("Waar en wanneer?"))
        r.typ("bij oma, Dorpsstraat 3\n01-12-2026\n")
        #expect(r.tekst().contains("Wie ziet erop toe"))
        r.typ("4")
        let afspraak = try #require(r.dossier.veiligheidsplan?.afspraken.first)
        #expect(afspraak.toezicht == r.dossier.professionals.first?.id)
        #expect(afspraak.wie == r.dossier.gezinsleden[1].id)
        #expect(afspraak.waar == "bij oma, Dorpsstraat 3")
        #expect(afspraak.wanneer == Datum(jaar: 2026, maand: 12, dag: 1))
        #expect(r.tekst().contains("wie: Noah · waar: bij oma, Dorpsstraat 3 · wanneer:"))
        naar("doelencheck", &r)
        r.druk(.character(" "))
        #expect(r.dossier.veiligheidsplan?.doelencheck.afsprakenNakomen == true)
        r.druk(.character("t"))
        r.typ("1")
        #expect(r.dossier.veiligheidsplan?.ondertekening.map(\.naam) == ["Sanne"])
        #expect(r.dossier.veiligheidsplan?.ondertekening.first?.hoedanigheid == .klant)

        // A goal with two actions: what, who (one key), when.
        naar("doelen", &r)
        r.typ("Er is rust in huis\n")
        #expect(r.dossier.plan.doelen.map(\.omschrijving) == ["Er is rust in huis"])
        r.typ("Oudercursus zoeken\n")
        #expect(r.tekst().contains("Wie doet het?"))
        r.typ("4")
        r.typ("15-12-2026\n")
        r.typ("Elke week oma bellen\n")
        r.typ("1")
        r.typ("morgen\n")
        #expect(r.tekst().contains("Schrijf de datum als dd-mm-jjjj"))
        r.druk(.ctrl("u"))
        r.typ("1-12-2026\n")
        let acties = r.dossier.plan.doelen.first?.acties ?? []
        #expect(acties.map(\.wat) == ["Oudercursus zoeken", "Elke week oma bellen"])
        #expect(acties.map { r.dossier.naam(van: $0.wie) } == ["Ilse", "Sanne"])
        #expect(acties.map(\.wanneer) == [Datum(jaar: 2026, maand: 12, dag: 15), Datum(jaar: 2026, maand: 12, dag: 1)])

        // Closing is refused without a next overleg.
        r.druk(.function(9))
        #expect(r.dossier.lopendOverleg?.verloop?.huidigeStap == "afsluiten")
        #expect(r.tekst().contains("[ ] Volgend overleg: nog niet gepland"))
        r.druk(.enter)
        #expect(r.verzoeken.contains { if case .melding(let m) = $0 { m.text.hasPrefix("Nog niet af te sluiten") } else { false } })
        #expect(r.dossier.lopendOverleg != nil)

        // The next overleg, with a wrong date first.
        r.druk(.pageUp, .pageUp, .pageUp)
        #expect(r.dossier.lopendOverleg?.verloop?.huidigeStap == "volgend-overleg")
        r.typ("31-02-2027")
        r.druk(.tab)
        r.typ("14:30")
        r.druk(.tab)
        r.typ("Wijkcentrum De Brug\n")
        #expect(r.tekst().contains("De datum klopt niet"))
        r.druk(.pageDown)
        #expect(r.dossier.lopendOverleg?.verloop?.huidigeStap == "volgend-overleg", "niet weg met tekst die niet bewaard is")
        r.druk(.ctrl("u"))
        r.typ("07-12-2026\n")
        let volgend = try #require(r.dossier.plan.overleggen.first { $0.id == r.dossier.lopendOverleg?.verloop?.volgendOverleg })
        #expect(volgend.datum == Datum(jaar: 2026, maand: 12, dag: 7))
        #expect(volgend.tijd == Tijd(uur: 14, minuut: 30))
        #expect(volgend.locatie == "Wijkcentrum De Brug")
        #expect(volgend.soort == .voortgang)

        naar("ervaring", &r)
        r.typ("Fijn dat iedereen er was, ook Gülten\n")
        #expect(r.dossier.lopendOverleg?.verloop?.ervaring.first.map { r.dossier.naam(van: $0.spreker) } == "Sanne")
        naar("rondvraag", &r)
        r.typ("Ilse stuurt de folder\n")
        #expect(r.dossier.lopendOverleg?.verloop?.rondvraag == ["Ilse stuurt de folder"])

        naar("afsluiten", &r)
        #expect(r.tekst().contains("[x] Volgend overleg: voortgangsoverleg 07-12-2026 14:30"))
        klok.verder(60)
        r.druk(.enter)
        #expect(r.tekst().contains("Overleg afsluiten"))
        r.typ("j")
        let gesloten = try #require(r.dossier.plan.overleggen.first { $0.id == overleg.id })
        #expect(gesloten.verloop?.afgesloten != nil)
        #expect(r.dossier.lopendOverleg == nil)
        #expect(!r.scherm.wilKlok(r.dossier))
        let vastgesteld = r.verzoeken.compactMap { v -> (String?, [String])? in
            if case .stelVast(let o, let a) = v { (o, a) } else { nil }
        }
        #expect(vastgesteld.count == 1)
        #expect(vastgesteld.first?.0 == overleg.id)
        #expect(vastgesteld.first?.1 == ["Sanne", "Noah", "Gülten", "Ilse"])
        #expect(r.tekst().contains("startoverleg · afgesloten"))
        // The next phase is proposed; here it needs a reason (nothing of phases 1 to 3a is ticked).
        #expect(r.tekst().contains("┌─ Volgende fase"))
        r.druk(.escape)
        #expect(r.scherm.scopes == ["overleglijst"])
        // The method's actions of the steps walked are ticked, by the user, once.
        #expect(r.verzoeken.contains { if case .melding(let m) = $0 { m.text.contains("acties van fase 3b afgevinkt") } else { false } })
        #expect(r.dossier.proces.isAfgevinkt("3b.p3", r.omgeving.methode) && r.dossier.proces.isAfgevinkt("3b.p8", r.omgeving.methode))
        #expect(r.dossier.proces.afgevinkt.allSatisfy { $0.door == "Test Regisseur" && $0.datum == werk.omgeving.vandaag })
    }

    @Test("de klokken lopen per stap en in totaal, en zeggen in woorden hoeveel het uitloopt")
    func klokEnOvertijd() throws {
        let klok = TestKlok()
        var (r, werk) = try rit(Dossier.testGezin(Datum(jaar: 2026, maand: 11, dag: 23)!), klok)
        defer { werk.ruimOp() }
        begin(&r)
        #expect(r.tekst().contains("stap 00:00 / 05:00"))
        #expect(r.tekst().contains("totaal 00:00 / 1:10:00"))
        klok.verder(4 * 60 + 10)
        #expect(r.tekst().contains("stap 04:10 / 05:00"))
        #expect(!r.tekst().contains("min over"))
        klok.verder(2 * 60 + 50)
        var b = r.buffer()
        #expect(b.text.contains("! 2 min over · stap 07:00 / 05:00"))
        let rij = try #require(b.lines.firstIndex { $0.contains("min over") })
        #expect(b.role(of: "! 2 min over", line: rij) == .warning)
        r.druk(.pageDown)
        #expect(r.tekst().contains("stap 00:00 / 05:00"))
        #expect(r.tekst().contains("✓ Welkom en kennis"))
        klok.verder(70 * 60)
        b = r.buffer()
        #expect(b.text.contains("! 7 min over · totaal 1:17:00 / 1:10:00"), "\(b.text)")
        // Back to the first step: its clock goes on from where it stopped.
        r.druk(.pageUp)
        klok.verder(30)
        #expect(r.tekst().contains("stap 07:30 / 05:00"))
    }

    @Test("Esc verliest niets: eerst een waarschuwing, het overleg loopt door buiten het tabblad")
    func escVerliestNiets() throws {
        var (r, werk) = try rit(Dossier.testGezin(Datum(jaar: 2026, maand: 11, dag: 23)!))
        defer { werk.ruimOp() }
        begin(&r)
        naar("krachten", &r)
        r.typ("Half getypt")
        #expect(r.scherm.heeftEigenFocus)
        #expect(r.stuur(.key(.escape)) == .consumed)
        #expect(r.tekst().contains("Half getypt"))
        r.druk(.pageDown)
        #expect(r.dossier.lopendOverleg?.verloop?.huidigeStap == "krachten", "niet weg met tekst die niet bewaard is")
        #expect(r.stuur(.key(.escape)) == .consumed)
        #expect(r.tekst().contains("Half getypt"), "na een andere toets waarschuwt Esc opnieuw")
        #expect(r.stuur(.key(.escape)) == .consumed)
        #expect(!r.tekst().contains("Half getypt"))
        #expect(r.stuur(.key(.escape)) == .ignored, "zonder tekst is Esc voor het programma")
        // A new screen (coming back to the tab or the dossier) resumes the running overleg.
        let opnieuw = SchermRit(OverlegScherm(r.dossier, werk.omgeving), r.dossier, werk.omgeving)
        #expect(opnieuw.tekst().contains("Krachten"))
        #expect(opnieuw.scherm.scopes == ["overleg"])
    }

    @Test("met een veiligheidsplan: de schaalvraag toont eerdere cijfers; geen volgend overleg met reden")
    func eerdereScoresEnReden() throws {
        let vandaag = Datum(jaar: 2026, maand: 11, dag: 23)!
        var d = Dossier.testGezin(vandaag, plan: Veiligheidsplan())
        let sanne = d.gezinsleden[0].id
        d.veiligheidsplan?.schaalvragen = [Schaalscore(persoon: sanne, cijfer: 3, datum: Datum(jaar: 2026, maand: 10, dag: 1)!, overleg: "oud")]
        var (r, werk) = try rit(d)
        defer { werk.ruimOp() }
        begin(&r)
        #expect(r.tekst().contains("van 20"), "met een veiligheidsplan staan de veiligheidsstappen er meteen op")
        naar("schaalvraag", &r)
        #expect(r.tekst().contains("▸ Sanne: – · eerder: 3 (01-10-2026)"))
        naar("volgend-overleg", &r)
        r.druk(.function(4))
        r.typ("Het gezin verhuist naar een andere gemeente\n")
        #expect(r.dossier.lopendOverleg?.verloop?.geenVolgendOverleg == "Het gezin verhuist naar een andere gemeente")
        naar("afsluiten", &r)
        #expect(r.tekst().contains("[x] Geen volgend overleg: Het gezin verhuist"))
        r.druk(.function(9))
        r.typ("j")
        #expect(r.dossier.lopendOverleg == nil)
    }

    @Test("80×24 en 100×30 passen, 20×5 loopt niet vast; in het programma op Alt-7")
    func maten() throws {
        var (r, werk) = try rit(Voorbeeld.demo(vandaag: Datum(jaar: 2026, maand: 11, dag: 23)!))
        defer { werk.ruimOp() }
        for (b, h) in [(80, 21), (100, 27), (20, 5), (4, 2), (1, 1)] {
            r.breedte = b
            r.hoogte = h
            _ = r.tekst()
        }
        r.breedte = 80
        r.hoogte = 21
        #expect(r.tekst().contains("Gehouden"))
        r.druk(.insert, .character("2"))
        r.druk(.insert)
        for (b, h) in [(20, 5), (3, 3)] {
            r.breedte = b
            r.hoogte = h
            _ = r.tekst()
        }
        r.druk(.escape)
        r.breedte = 80
        r.hoogte = 21
        #expect(r.tekst().contains("Wie zijn er bij het voortgangsoverleg?"))
        r.druk(.character(" "), .down, .character(" "), .enter)
        naar("schaalvraag", &r)
        #expect(r.tekst().contains("eerder: 4 ("), "eerdere cijfers van Sanne uit het startoverleg")
        naar("krachten", &r)
        r.druk(.function(2))
        for (b, h) in [(20, 5), (2, 2)] {
            r.breedte = b
            r.hoogte = h
            _ = r.tekst()
        }
        r.druk(.escape)
        r.breedte = 80
        r.hoogte = 21
        let scherm = r.tekst()
        for verwacht in ["Voortgangsoverleg · stap", "stap 00:00 / 05:00", "totaal 00:00 / 1:05:00", "┌─ Agenda", "▸ Sanne de Jong", "Sanne de Jong zegt"] {
            #expect(scherm.contains(verwacht), "\(verwacht) ontbreekt op 80×21:\n\(scherm)")
        }
        for s in ["doelen", "volgend-overleg", "afsluiten"] {
            naar(s, &r)
            for (b, h) in [(80, 21), (100, 27), (20, 5), (30, 8)] {
                r.breedte = b
                r.hoogte = h
                _ = r.tekst()
            }
            r.breedte = 100
            r.hoogte = 27
        }

        // In the whole program at 80×24.
        let werk2 = try TestWerk()
        defer { werk2.ruimOp() }
        _ = try werk2.demo()
        let p = ProgrammaRit(werk2.omgeving, breedte: 80, hoogte: 24)
        p.druk(.enter, .alt("7"))
        #expect(p.tekst.contains("Er loopt geen overleg."), "\(p.tekst)")
        #expect(p.tekst.contains("Insert Nieuw overleg beginnen") || p.tekst.contains("Nieuw overleg"))
        p.druk(.insert, .character("3"), .character(" "), .enter)
        #expect(p.tekst.contains("Extra overleg · stap 1/"), "\(p.tekst)")
        #expect(p.model.open?.dossier.lopendOverleg?.soort == .extra)
        // Esc leaves the dossier (saved); opening it again resumes the running overleg.
        p.druk(.pageDown)
        p.druk(.escape)
        #expect(p.model.open == nil)
        p.druk(.enter, .alt("7"))
        #expect(p.tekst.contains("Extra overleg · stap 2/"), "\(p.tekst)")
    }

    @Test("wie later binnenkomt, wordt toegevoegd aan het dossier en aan de ronde")
    func laatBinnen() throws {
        var (r, werk) = try rit(Dossier.testGezin(Datum(jaar: 2026, maand: 11, dag: 23)!))
        defer { werk.ruimOp() }
        begin(&r)
        naar("krachten", &r)
        r.druk(.insert)
        #expect(r.tekst().contains("Er komt iemand bij"))
        r.typ("Kees")
        r.druk(.tab, .character("p"), .tab)
        r.typ("intern begeleider")
        r.druk(.enter)
        #expect(r.dossier.professionals.map(\.naam) == ["Ilse", "Kees"])
        #expect(r.dossier.professionals.last?.functie == "intern begeleider")
        let aanwezig = try #require(r.dossier.lopendOverleg)
        #expect(r.dossier.aanwezigeNamen(aanwezig) == ["Sanne", "Noah", "Ilse", "Kees"])
        r.druk(.up)
        #expect(r.tekst().contains("▸ Kees (intern begeleider)"), "↑ vanaf de klant gaat rond naar de laatste")
        r.typ("Noah leest graag voor\n")
        #expect(r.dossier.plan.krachten.map { r.dossier.naam(van: $0.spreker) } == ["Kees"])
    }
}

extension ProgrammaRit {
    /// The whole program with the small test household saved, a startoverleg begun with
    /// Sanne and Noah present, at the krachten round.
    static func inKrachtenronde(_ werk: TestWerk) throws -> (ProgrammaRit, Dossier) {
        let d = Dossier.testGezin(werk.omgeving.vandaag)
        try werk.omgeving.opslag.voegToe(d)
        let rit = ProgrammaRit(werk.omgeving, breedte: 100, hoogte: 30)
        rit.druk(.enter, .alt("7"), .character("n"))
        rit.typ("1")
        rit.druk(.character(" "), .down, .character(" "), .enter)
        for _ in 0..<10 where !rit.tekst.contains("Krachten ──") { rit.druk(.pageDown) }
        return (rit, d)
    }
}

@Suite("Overleg: stoppen midden in een citaat")
struct OverlegStoppenTests {
    @Test("C-q met een getypt maar niet bewaard citaat bewaart het citaat bij de spreker die aan de beurt is")
    func citaatBijStoppen() throws {
        let werk = try TestWerk()
        defer { werk.ruimOp() }
        let (rit, d) = try ProgrammaRit.inKrachtenronde(werk)
        #expect(rit.tekst.contains("Sanne zegt:"), "\(rit.tekst)")
        rit.typ("We lachen veel samen")
        rit.druk(.ctrl("q"))
        #expect(rit.runtime.isQuitting)
        let bewaard = try werk.omgeving.opslag.laad(d.id).dossier
        #expect(bewaard.plan.krachten.map(\.citaat) == ["We lachen veel samen"])
        #expect(bewaard.naam(van: bewaard.plan.krachten.first?.spreker) == "Sanne")
    }
}

@Suite("Overleg: half getypt blijft bewaard")
struct OverlegConceptTests {
    @Test("wat getypt is maar nog niet met Enter bewaard, staat in het dossier; een nieuw scherm (na een crash) toont het weer")
    func concept() throws {
        let werk = try TestWerk()
        defer { werk.ruimOp() }
        let (rit, d) = try ProgrammaRit.inKrachtenronde(werk)
        rit.typ("We lachen veel, zeker met oma Zoë")
        // Saved after the pause, as if the laptop then died: the dossier on disk has the words.
        rit.druk(.ctrl("s"))
        let bewaard = try werk.omgeving.opslag.laad(d.id).dossier
        #expect(bewaard.lopendOverleg?.verloop?.concept?.tekst == "We lachen veel, zeker met oma Zoë")
        // A new program on that dossier shows them in the field, and Enter stores the quote.
        var r = SchermRit(OverlegScherm(bewaard, werk.omgeving), bewaard, werk.omgeving)
        #expect(r.tekst().contains("We lachen veel, zeker met oma Zoë"))
        r.druk(.enter)
        #expect(r.dossier.plan.krachten.map(\.citaat) == ["We lachen veel, zeker met oma Zoë"])
        #expect(r.dossier.lopendOverleg?.verloop?.concept == nil)
    }
}
