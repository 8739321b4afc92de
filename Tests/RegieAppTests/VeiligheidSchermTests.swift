import Foundation
import RegieDomain
import Screen
import Testing
@testable import RegieApp

/// The veiligheidsplan screen on the in-memory screen: starting one, when it is required,
/// the scale question with its history, signing, jumps, deleting and undo.
@Suite("Veiligheidsplan-scherm")
struct VeiligheidSchermTests {
    func rit(_ werk: TestWerk, _ d: Dossier) -> SchermRit<VeiligheidScherm> {
        SchermRit(VeiligheidScherm(d, werk.omgeving), d, werk.omgeving)
    }

    func naar(_ deel: VeiligheidScherm.Deel, _ r: inout SchermRit<VeiligheidScherm>) {
        for _ in 0..<deel.rawValue { r.druk(.pageDown) }
    }

    @Test("zonder veiligheidsplan: uitleg, en Enter begint er een")
    func beginnen() throws {
        let werk = try TestWerk()
        defer { werk.ruimOp() }
        var r = rit(werk, Dossier.testGezin(werk.omgeving.vandaag))
        let tekst = r.tekst()
        #expect(tekst.contains("Er is nog geen veiligheidsplan voor dit huishouden."))
        #expect(tekst.contains("Voor dit huishouden is het nu niet verplicht."))
        #expect(tekst.contains("Enter of Insert: veiligheidsplan beginnen"))
        #expect(r.scherm.scopes == ["veiligheid"])
        #expect(r.stuur(.key(.pageDown)) == .ignored, "zonder plan doet het formulier nog niets")
        #expect(r.dossier.veiligheidsplan == nil)
        r.druk(.enter)
        #expect(r.dossier.veiligheidsplan == Veiligheidsplan())
        #expect(r.tekst().contains("Doelencheck"))
        #expect(r.tekst().contains("▸ Afspraken nakomen"))
        #expect(r.scherm.scopes == ["formulier", "veiligheidsplan"])
        r.druk(.character(" "))
        #expect(r.dossier.veiligheidsplan?.doelencheck.afsprakenNakomen == true)
        #expect(r.tekst().contains("! Nog niet compleet: 1 van de 4."))
    }

    @Test("verplicht door niveau 3 of door zorgen over veiligheid, met de reden en of het ondertekend is")
    func verplicht() throws {
        let werk = try TestWerk()
        defer { werk.ruimOp() }
        var d = Dossier.testGezin(werk.omgeving.vandaag)
        d.proces.niveau = 3
        var r = rit(werk, d)
        #expect(r.tekst().contains("! Nog niet begonnen · verplicht: niveau 3"))
        #expect(r.tekst().contains("! Voor dit huishouden is het nu verplicht: niveau 3."))
        r.druk(.insert)
        #expect(r.tekst().contains("! Nog niet ondertekend · verplicht: niveau 3"))

        var zorgen = Dossier.testGezin(werk.omgeving.vandaag, plan: Veiligheidsplan())
        zorgen.plan.zorgenBasiszorgVeiligheid = .ja
        let z = rit(werk, zorgen)
        #expect(z.tekst().contains("! Nog niet ondertekend · verplicht: er zijn zorgen over veiligheid"))

        let demo = Voorbeeld.demo(vandaag: werk.omgeving.vandaag)
        let v = rit(werk, demo)
        #expect(v.tekst().contains("[x] Ondertekend · verplicht: niveau 3 en er zijn zorgen over veiligheid"))
    }

    @Test("twee cijfers op de schaalvraag voor één persoon: de geschiedenis staat erbij")
    func schaalvraag() throws {
        let werk = try TestWerk()
        defer { werk.ruimOp() }
        var r = rit(werk, Dossier.testGezin(werk.omgeving.vandaag, plan: Veiligheidsplan()))
        naar(.schaalvraag, &r)
        #expect(r.tekst().contains("Nog geen cijfers."))
        r.druk(.insert)
        #expect(r.tekst().contains("Wie geeft een cijfer?"))
        r.typ("1")
        #expect(r.tekst().contains("▸ Cijfer"))
        r.typ("3\n")   // the score, then on to the explanation
        r.typ("Nog veel ruzie.")
        r.druk(.tab, .ctrl("u"))
        r.typ("01-11-2026\n")
        r.druk(.escape)
        r.druk(.insert)
        r.typ("1")
        #expect(r.dossier.veiligheidsplan?.schaalvragen.last?.cijfer == 3, "het vorige cijfer is het begin")
        r.typ("6\n")
        r.druk(.escape)
        let scores = try #require(r.dossier.veiligheidsplan?.schaalvragen)
        #expect(scores.count == 2)
        #expect(scores.map(\.cijfer) == [3, 6])
        #expect(scores.allSatisfy { $0.persoon == r.dossier.gezinsleden[0].id })
        #expect(scores[0].datum == Datum(jaar: 2026, maand: 11, dag: 1))
        #expect(scores[0].toelichting == "Nog veel ruzie.")
        #expect(scores[1].datum == werk.omgeving.vandaag, "vandaag is de standaarddatum")
        #expect(r.tekst().contains("Sanne: 3 (01-11) → 6 (23-11)"))
        #expect(r.tekst().contains("Sanne: 6 · 23-11-2026"))
    }

    @Test("ondertekenen: persoon kiezen vult naam, hoedanigheid en vandaag in")
    func ondertekenen() throws {
        let werk = try TestWerk()
        defer { werk.ruimOp() }
        var r = rit(werk, Dossier.testGezin(werk.omgeving.vandaag, plan: Veiligheidsplan()))
        r.druk(.pageUp)  // the last section
        #expect(r.tekst().contains("[ ] klant/wettelijk vertegenwoordiger  [ ] professional"))
        r.druk(.insert)
        #expect(r.tekst().contains("Wie ondertekent?"))
        r.typ("1")
        #expect(r.tekst().contains("▸ Als"))
        r.druk(.escape)
        #expect(r.tekst().contains("Sanne · klant · 23-11-2026"))
        #expect(r.tekst().contains("! Nog niet ondertekend door een professional · nu niet verplicht"))
        r.druk(.insert)
        r.typ("3")
        r.druk(.escape)
        let handtekeningen = try #require(r.dossier.veiligheidsplan?.ondertekening)
        #expect(handtekeningen.map(\.naam) == ["Sanne", "Ilse"])
        #expect(handtekeningen.map(\.hoedanigheid) == [.klant, .professional])
        #expect(handtekeningen.allSatisfy { $0.datum == werk.omgeving.vandaag })
        #expect(r.dossier.veiligheidsplan?.isOndertekend == true)
        #expect(r.tekst().contains("[x] klant/wettelijk vertegenwoordiger  [x] professional"))
        #expect(r.tekst().contains("[x] Ondertekend · nu niet verplicht"))
    }

    @Test("een ongeldige datum bij ondertekening geeft de melding en houdt de oude datum")
    func ongeldigeDatum() throws {
        let werk = try TestWerk()
        defer { werk.ruimOp() }
        let d = Voorbeeld.demo(vandaag: werk.omgeving.vandaag)
        let oud = try #require(d.veiligheidsplan?.ondertekening[0].datum)
        var r = rit(werk, d)
        r.scherm.ga(naar: .ondertekening, in: d)
        r.druk(.down, .down, .enter, .down, .down, .down)
        #expect(r.tekst().contains("▸ Datum"))
        r.druk(.ctrl("u"))
        r.typ("31-02-2026\n")
        #expect(r.tekst().contains("! Geen geldige datum: gebruik dd-mm-jjjj"))
        #expect(r.dossier.veiligheidsplan?.ondertekening[0].datum == oud)
        r.druk(.escape)
        #expect(r.dossier.veiligheidsplan?.ondertekening[0].datum == oud)
    }

    @Test("sprongen uit de plancheck openen de juiste rubriek en het record")
    func sprongen() throws {
        let werk = try TestWerk()
        defer { werk.ruimOp() }
        let d = Voorbeeld.demo(vandaag: werk.omgeving.vandaag)
        let vp = try #require(d.veiligheidsplan)
        var r = rit(werk, d)
        r.scherm.ga(naar: .veiligheidsUitspraak(vp.schade[0].id), in: d)
        #expect(r.tekst().contains("Schade van Ilse Peeters"))
        r.scherm.ga(naar: .veiligheidsUitspraak(vp.complicerendeFactoren[0].id), in: d)
        #expect(r.tekst().contains("Complicerende factor van Youssef El Amrani"))
        r.scherm.ga(naar: .schaalscore(vp.schaalvragen[1].id), in: d)
        #expect(r.tekst().contains("Cijfer van Youssef El Amrani"))
        #expect(r.tekst().contains("Het gaat al beter sinds we praten."))
        r.scherm.ga(naar: .afspraak(vp.afspraken[1].id), in: d)
        #expect(r.tekst().contains("Afspraak 2"))
        #expect(r.tekst().contains("Marloes Visser"))
        r.scherm.ga(naar: .ondertekening, in: d)
        #expect(r.tekst().contains("Ondertekend door (3)"))
        r.scherm.ga(naar: .doelencheck, in: d)
        #expect(r.tekst().contains("! Nog niet compleet: 3 van de 4."))
        r.scherm.ga(naar: .veiligheidsplan, in: d)
        #expect(r.tekst().contains("▸ Afspraken nakomen"))
        // An empty part: its section.
        r.scherm.ga(naar: .veiligheidsdeel(.contacten), in: d)
        #expect(r.tekst().contains("Veilig Thuis"), "\(r.tekst())")
        r.scherm.ga(naar: .veiligheidsdeel(.schaalvraag), in: d)
        #expect(r.tekst().contains("Het is nog te vaak onrustig."), "\(r.tekst())")
        r.scherm.ga(naar: .veiligheidsdeel(.bestaandeVeiligheid), in: d)
        #expect(r.tekst().contains("Bij oma mag ik in het grote bed slapen."), "\(r.tekst())")
    }

    @Test("via het programma: beginnen, verwijderen met een vraag, en C-z zet alles terug")
    func programma() throws {
        let werk = try TestWerk()
        defer { werk.ruimOp() }
        let demo = try werk.demo()
        let p = ProgrammaRit(werk.omgeving, breedte: 80, hoogte: 24)
        p.druk(.enter, .alt("3"))
        #expect(p.tekst.contains("[x] Ondertekend · verplicht: niveau 3"))
        for _ in 0..<VeiligheidScherm.Deel.afspraken.rawValue { p.druk(.pageDown) }
        p.druk(.down)
        p.druk(.delete)
        #expect(p.tekst.contains("Afspraak verwijderen"))
        p.druk(.character("v"))
        #expect(p.model.open?.dossier.veiligheidsplan?.afspraken.count == 1)
        p.druk(.ctrl("z"))
        #expect(p.model.open?.dossier.veiligheidsplan?.afspraken == demo.veiligheidsplan?.afspraken)

        // A household without a plan: the program starts one with Enter, and C-z takes it away again.
        let ander = try TestWerk()
        defer { ander.ruimOp() }
        let leeg = Dossier.testGezin(ander.omgeving.vandaag)
        try ander.omgeving.opslag.voegToe(leeg)
        let q = ProgrammaRit(ander.omgeving, breedte: 80, hoogte: 24)
        q.druk(.enter, .alt("3"))
        #expect(q.model.open?.dossier.id == leeg.id)
        #expect(q.tekst.contains("Er is nog geen veiligheidsplan"))
        q.druk(.enter)
        #expect(q.model.open?.dossier.veiligheidsplan != nil)
        #expect(q.tekst.contains("Het veiligheidsplan is begonnen."))
        q.druk(.ctrl("z"))
        #expect(q.model.open?.dossier.veiligheidsplan == nil)
        #expect(q.tekst.contains("Er is nog geen veiligheidsplan"))
    }

    @Test("past op 80×24 en 100×30, en valt niet om op een piepklein scherm")
    func maten() throws {
        let werk = try TestWerk()
        defer { werk.ruimOp() }
        let d = Voorbeeld.demo(vandaag: werk.omgeving.vandaag)
        var r = rit(werk, d)
        r.breedte = 80
        r.hoogte = 21  // the program's screen area at 80×24
        naar(.schaalvraag, &r)
        for verwacht in ["Schaalvraag", "Ondertekening", "Sanne de Jong: 4 (02-11)", "Youssef El Amrani: 6 (02-11)", "Alle cijfers (3)"] {
            #expect(r.tekst().contains(verwacht), "\(verwacht) ontbreekt:\n\(r.tekst())")
        }
        r.breedte = 100
        r.hoogte = 30
        #expect(r.tekst().contains("Marloes Visser: 4 (02-11)"))
        for (b, h) in [(20, 5), (3, 2), (1, 1)] {
            r.breedte = b
            r.hoogte = h
            _ = r.tekst()
            r.druk(.insert, .character("1"), .escape, .pageDown)
            _ = r.tekst()
        }
        var leeg = rit(werk, Dossier.testGezin(werk.omgeving.vandaag))
        leeg.breedte = 20
        leeg.hoogte = 5
        _ = leeg.tekst()
    }
}
