import Foundation
import RegieDomain
import RegieStore
import Screen
import Testing
@testable import RegieApp

/// Closing a household and opening it again from the phases, the closed household in the
/// phases and the overview, and ending the veiligheidsplan; on the in-memory screen.
@Suite("Afsluiten, heropenen en het veiligheidsplan afronden")
struct AfsluitenTests {
    static let naam = "Test Regisseur"

    func rit(_ werk: TestWerk, _ d: Dossier, breedte: Int = 80, hoogte: Int = 24) -> SchermRit<FasenScherm> {
        var rit = SchermRit(FasenScherm(d, werk.omgeving), d, werk.omgeving)
        rit.breedte = breedte
        rit.hoogte = hoogte
        return rit
    }

    func regels(_ tekst: String) -> [String] { tekst.components(separatedBy: "\n") }

    func meldingen(_ verzoeken: [Verzoek]) -> [String] {
        verzoeken.compactMap { if case .melding(let m) = $0 { m.text } else { nil } }
    }

    /// A new household closed through the dialog, with one nazorg row filled and one left empty.
    func gesloten(_ werk: TestWerk) -> SchermRit<FasenScherm> {
        var r = rit(werk, Dossier(naam: "Familie Test", aangemaakt: werk.omgeving.vandaag))
        r.druk(.character("a"))
        r.typ("Het gaat goed; de klant is tevreden.\n")
        r.typ("Wijkteam Noord, 020-1234567\n")
        r.typ("Ilse\nbelt na drie maanden\nfebruari 2027\neenmalig\n")
        r.druk(.enter, .enter, .enter, .enter)   // the second row stays empty; Enter on the last field closes
        return r
    }

    // MARK: Refused

    @Test("afsluiten bij signalen van onveiligheid: een venster met elke reden, en er wordt niets vastgelegd")
    func geweigerd() throws {
        let werk = try TestWerk()
        defer { werk.ruimOp() }
        let demo = try werk.demo()
        // The box fills a screen of exactly its size, so every line of it is asserted.
        var r = rit(werk, demo, breedte: 76, hoogte: 15)
        r.druk(.character("a"))
        #expect(regels(r.tekst()) == [
            "┌─ Afsluiten kan niet ─────────────────────────────────────────────────────┐",
            "│ Het huishouden kan nu niet worden afgesloten. Er is niets vastgelegd.    │",
            "│                                                                          │",
            "│                                                                          │",
            "│ ! In het ondersteuningsplan staat dat er zorgen zijn over basiszorg of   │",
            "│ veiligheid.                                                              │",
            "│ ! Het huishouden staat op niveau 3 van de regiekaart; dat is 3 of hoger. │",
            "│ ! Het laatste cijfer op de schaalvraag van Sanne de Jong is 4; dat moet  │",
            "│ minstens 10 zijn.                                                        │",
            "│ ! De meldcode is sinds 24-10-2026 in gang en heeft nog geen besluit.     │",
            "│ ! Het veiligheidsplan loopt nog: rond het eerst af, in het tabblad       │",
            "│ Veiligheidsplan.                                                         │",
            "│                                                                          │",
            "│ Enter of Esc: terug naar de fasen                                        │",
            "└──────────────────────────────────────────────────────────────────────────┘",
        ])
        #expect(r.dossier == demo, "nothing recorded")
        #expect(r.verzoeken.isEmpty)
        // Typing goes nowhere; Esc (or Enter) closes the box.
        r.typ("x")
        #expect(r.dossier == demo)
        r.druk(.escape)
        #expect(r.scherm.afsluiten == nil)
        #expect(!r.tekst().contains("Afsluiten kan niet"))
        r.druk(.character("a"), .enter)
        #expect(r.scherm.afsluiten == nil)
        #expect(r.dossier == demo)
    }

    @Test("een afgesloten huishouden nog eens afsluiten wordt geweigerd met de reden")
    func alAfgesloten() throws {
        let werk = try TestWerk()
        defer { werk.ruimOp() }
        var r = gesloten(werk)
        let voor = r.dossier
        r.druk(.character("a"))
        #expect(r.tekst().contains("! Het huishouden is al afgesloten."))
        #expect(r.dossier == voor)
    }

    // MARK: The closing dialog

    @Test("het afsluitvenster: de velden, lege velden genoemd in het venster, en niets vastgelegd tot het klopt")
    func venster() throws {
        let werk = try TestWerk()
        defer { werk.ruimOp() }
        let d = Dossier(naam: "Familie Test", aangemaakt: werk.omgeving.vandaag)
        var r = rit(werk, d, breedte: 76, hoogte: 18)
        r.druk(.character("a"))
        #expect(regels(r.tekst()) == [
            "┌─ Huishouden afsluiten ───────────────────────────────────────────────────┐",
            "│ Afsluiten op 23-11-2026 door Test Regisseur. Hoe is het traject volgens  │",
            "│ de klant gegaan, waar kan de klant terecht met vragen, en wie doet welke │",
            "│ nazorg? Lege nazorgregels tellen niet mee.                               │",
            "│                                                                          │",
            "│ Evaluatie met de klant                                                   │",
            "│ Vragen kunnen naar                                                       │",
            "│ Nazorg 1: wie                                                            │",
            "│ Nazorg 1: wat                                                            │",
            "│ Nazorg 1: wanneer                                                        │",
            "│ Nazorg 1: hoe vaak                                                       │",
            "│ Nazorg 2: wie                                                            │",
            "│ Nazorg 2: wat                                                            │",
            "│ Nazorg 2: wanneer                                                        │",
            "│ Nazorg 2: hoe vaak                                                       │",
            "│                                                                          │",
            "│ Enter volgende · laatste veld: afsluiten · Esc annuleren                 │",
            "└──────────────────────────────────────────────────────────────────────────┘",
        ])
        // Submitted empty, with a nazorg row that has only "wanneer": refused inside the dialog.
        r.druk(.enter, .enter, .enter, .enter)
        r.typ("maart")
        for _ in 0..<6 { r.druk(.enter) }
        r.hoogte = 23
        #expect(regels(r.tekst()) == [
            "┌─ Huishouden afsluiten ───────────────────────────────────────────────────┐",
            "│ Afsluiten op 23-11-2026 door Test Regisseur. Hoe is het traject volgens  │",
            "│ de klant gegaan, waar kan de klant terecht met vragen, en wie doet welke │",
            "│ nazorg? Lege nazorgregels tellen niet mee.                               │",
            "│                                                                          │",
            "│ Evaluatie met de klant                                                   │",
            "│ Vragen kunnen naar                                                       │",
            "│ Nazorg 1: wie                                                            │",
            "│ Nazorg 1: wat                                                            │",
"│ Nazorg 1: wanneer       maart                                            │",
            "│ Nazorg 1: hoe vaak                                                       │",
            "│ Nazorg 2: wie                                                            │",
            "│ Nazorg 2: wat                                                            │",
            "│ Nazorg 2: wanneer                                                        │",
            "│ Nazorg 2: hoe vaak                                                       │",
            "│                                                                          │",
            "│ ! Schrijf op hoe het traject volgens de klant is gegaan en wat het heeft │",
            "│ opgeleverd.                                                              │",
            "│ ! Schrijf op waar de klant terecht kan met vragen.                       │",
            "│ ! Bij nazorgafspraak 1 ontbreekt wie of wat.                             │",
            "│                                                                          │",
            "│ Enter volgende · laatste veld: afsluiten · Esc annuleren                 │",
            "└──────────────────────────────────────────────────────────────────────────┘",
        ])
        #expect(r.dossier == d, "a refused closure records nothing")
        // Esc cancels; nothing recorded either.
        r.druk(.escape)
        #expect(r.scherm.afsluiten == nil)
        #expect(r.dossier == d)
    }

    @Test("afsluiten legt de afsluiting vast met vandaag, de naam, de evaluatie en de nazorg; 6b.p7 en 6b.p9 zijn afgevinkt")
    func vastgelegd() throws {
        let werk = try TestWerk(gebruiker: Self.naam)
        defer { werk.ruimOp() }
        let r = gesloten(werk)
        let vandaag = werk.omgeving.vandaag
        #expect(r.dossier.proces.afsluitingen == [
            Afsluiting(datum: vandaag, door: Self.naam, evaluatie: "Het gaat goed; de klant is tevreden.",
                       nazorg: [Nazorgafspraak(wie: "Ilse", wat: "belt na drie maanden", wanneer: "februari 2027", hoeVaak: "eenmalig")],
                       vragenBij: "Wijkteam Noord, 020-1234567"),
        ])
        #expect(r.dossier.isAfgesloten)
        #expect(r.dossier.proces.fase == "6b")
        let methode = werk.omgeving.methode
        for id in ["6b.p7", "6b.p9", "6b.p4", "6b.p5"] {
            #expect(r.dossier.proces.afvinking(id, methode)?.door == Self.naam, "\(id)")
        }
        #expect(r.scherm.afsluiten == nil)
        #expect(r.verzoeken.contains { if case .bewaarNu = $0 { true } else { false } })
        #expect(meldingen(r.verzoeken) == ["Het huishouden is afgesloten op 23-11-2026. C-z maakt dit ongedaan."])
    }

    @Test("afsluiten zonder bekende naam vraagt eerst de naam en opent nog niets")
    func zonderNaam() throws {
        let werk = try TestWerk(gebruiker: nil)
        defer { werk.ruimOp() }
        var r = rit(werk, Dossier(naam: "Familie Test", aangemaakt: werk.omgeving.vandaag))
        r.druk(.character("a"))
        #expect(r.verzoeken.contains { if case .vraagGebruiker = $0 { true } else { false } })
        #expect(r.scherm.afsluiten == nil)
        #expect(r.dossier.proces.afsluitingen.isEmpty)
    }

    // MARK: Closed, in the phases

    @Test("het afgesloten huishouden in de fasen: wanneer, door wie, de evaluatie, waar met vragen, de nazorg")
    func afgeslotenInFasen() throws {
        let werk = try TestWerk()
        defer { werk.ruimOp() }
        let r = gesloten(werk)
        #expect(r.scherm.focus == .fasen, "nothing to tick: the page reads from its top")
        let tekst = regels(r.tekst())
        // The right panel of the closing phase, from its title into its goal.
        let begin = try #require(tekst.firstIndex { $0.contains("Fase 6b · Afsluiten en nazorg klant") })
        let paneel = tekst.map { String($0.dropFirst(30)) }
        #expect(Array(paneel[begin...(begin + 12)]) == [
            "┌─ Fase 6b · Afsluiten en nazorg klant ──────────┐",
            "│◆ Dit is de huidige fase · 4/9 afgevinkt        │",
            "│Afgesloten op 23-11-2026 door Test Regisseur    │",
            "│Evaluatie met de klant: Het gaat goed; de klant │",
            "│                        is tevreden.            │",
            "│Vragen kunnen naar: Wijkteam Noord, 020-1234567 │",
            "│Nazorg: Ilse: belt na drie maanden · februari   │",
            "│        2027 · eenmalig                         │",
            "│o: heropenen (terug naar een nieuwe ronde of een│",
            "│nieuwe aanvraag)                                │",
            "│                                                │",
            "│Doel: Je sluit de coördinatie van zorg samen met│",
            "│      de klant af. Je regelt wat er daarna nog  │",
        ])
    }

    @Test("een open huishouden: de fase van afsluiten noemt de toets en wat nu in de weg staat")
    func openInFasen() throws {
        let werk = try TestWerk()
        defer { werk.ruimOp() }
        var d = Dossier(naam: "Familie Test", aangemaakt: werk.omgeving.vandaag)
        d.proces.niveau = 3
        d.proces.fase = "6b"
        let r = rit(werk, d, breedte: 100, hoogte: 30)
        let paneel = regels(r.tekst()).map { String($0.dropFirst(33)) }
        #expect(Array(paneel[0...9]) == [
            "┌─ Fase 6b · Afsluiten en nazorg klant ───────────────────────────┐",
            "│◆ Dit is de huidige fase · 0/9 afgevinkt                         │",
            "│Afsluiten                                                        │",
            "│a: afsluiten, met de evaluatie met de klant, de nazorg en waar de│",
            "│klant terecht kan met vragen. Dat kan niet zolang er signalen van│",
            "│onveiligheid zijn.                                               │",
            "│! Het huishouden staat op niveau 3 van de regiekaart; dat is 3 of│",
            "│  hoger.                                                         │",
            "│                                                                 │",
            "│Doel: Je sluit de coördinatie van zorg samen met de klant af. Je │",
        ])
    }

    // MARK: Reopening

    @Test("heropenen: geweigerd als het niet is afgesloten; het venster; de reden is verplicht; terug naar 4 begint een nieuwe ronde")
    func heropenen() throws {
        let werk = try TestWerk()
        defer { werk.ruimOp() }
        var open = rit(werk, Dossier(naam: "Familie Test", aangemaakt: werk.omgeving.vandaag))
        open.druk(.character("o"))
        #expect(open.scherm.afsluiten == nil)
        #expect(meldingen(open.verzoeken) == ["Het huishouden is niet afgesloten; heropenen kan alleen na het afsluiten."])

        var r = gesloten(werk)
        let ronde = r.dossier.proces.huidigeRonde
        r.breedte = 76
        r.hoogte = 9
        r.druk(.character("o"))
        #expect(regels(r.tekst()) == [
            "┌─ Huishouden heropenen ───────────────────────────────────────────────────┐",
            "│ Afgesloten op 23-11-2026 door Test Regisseur. Waar gaat het verder, en   │",
            "│ waarom?                                                                  │",
            "│                                                                          │",
            "│ Naar   [ Terug naar fase 4 (nieuwe ronde) ]  Fase 1 (nieuwe aanvraag)    │",
            "│ Reden                                                                    │",
            "│                                                                          │",
            "│ ←→ kiezen · Enter volgende · laatste veld: heropenen · Esc annuleren     │",
            "└──────────────────────────────────────────────────────────────────────────┘",
        ])
        let gesloten = r.dossier
        r.druk(.enter, .enter)
        r.hoogte = 11
        #expect(regels(r.tekst()) == [
            "┌─ Huishouden heropenen ───────────────────────────────────────────────────┐",
            "│ Afgesloten op 23-11-2026 door Test Regisseur. Waar gaat het verder, en   │",
            "│ waarom?                                                                  │",
            "│                                                                          │",
            "│ Naar   [ Terug naar fase 4 (nieuwe ronde) ]  Fase 1 (nieuwe aanvraag)    │",
            "│ Reden                                                                    │",
            "│                                                                          │",
            "│ ! Schrijf op waarom het huishouden weer open gaat.                       │",
            "│                                                                          │",
            "│ ←→ kiezen · Enter volgende · laatste veld: heropenen · Esc annuleren     │",
            "└──────────────────────────────────────────────────────────────────────────┘",
        ])
        #expect(r.dossier == gesloten)
        r.typ("Nieuwe zorgen van school.\n")
        #expect(r.scherm.afsluiten == nil)
        #expect(!r.dossier.isAfgesloten)
        #expect(r.dossier.proces.fase == "4")
        #expect(r.dossier.proces.huidigeRonde == ronde + 1)
        #expect(r.dossier.proces.afsluitingen.first?.heropend
            == Heropening(datum: werk.omgeving.vandaag, door: Self.naam, naarFase: "4", reden: "Nieuwe zorgen van school."))
        #expect(meldingen(r.verzoeken).last == "Het huishouden is heropend: fase 4 is de huidige fase. C-z maakt dit ongedaan.")
        // The history stays on the page of the closing phase.
        r.breedte = 120
        r.hoogte = 40
        r.druk(.left, .end)   // the last phase: the closing phase
        let tekst = r.tekst()
        #expect(tekst.contains("Eerder: afgesloten op 23-11-2026 door Test Regisseur; heropend op 23-11-2026"), "\(tekst)")
        #expect(tekst.contains("Nieuwe zorgen van school."))
        #expect(tekst.contains("a: afsluiten"))
    }

    @Test("heropenen naar fase 1 is een nieuwe aanvraag")
    func nieuweAanvraag() throws {
        let werk = try TestWerk()
        defer { werk.ruimOp() }
        var r = gesloten(werk)
        r.druk(.character("o"), .right, .enter)
        r.typ("Nieuwe aanmelding via de huisarts.\n")
        #expect(r.dossier.proces.fase == "1")
        #expect(r.dossier.proces.rondes.last?.nieuweAanvraag == true)
        #expect(r.dossier.proces.afsluitingen.first?.heropend?.naarFase == "1")
    }

    // MARK: The overview

    @Test("het overzicht: een afgesloten huishouden staat er als afgesloten, zonder overleg of te late acties")
    func overzicht() throws {
        let werk = try TestWerk()
        defer { werk.ruimOp() }
        _ = try werk.demo()
        var dicht = Dossier(naam: "Familie Bakker", aangemaakt: werk.omgeving.vandaag)
        dicht.plan.overleggen = [Overleg(soort: .voortgang, datum: werk.omgeving.vandaag.plus(dagen: 3))]
        dicht.plan.doelen = [Doel(omschrijving: "Rust in huis", acties: [Actie(wie: nil, wat: "Bellen", wanneer: werk.omgeving.vandaag.plus(dagen: -5))])]
        #expect(dicht.sluitAf(Afsluiting(datum: werk.omgeving.vandaag, door: "X", evaluatie: "Goed.", vragenBij: "Wijkteam"),
                              werk.omgeving.methode).isEmpty)
        try werk.omgeving.opslag.voegToe(dicht)
        var o = Overzicht()
        o.vernieuw(werk.omgeving)
        func scherm() -> [String] {
            var b = Buffer(size: Size(width: 80, height: 8))
            _ = o.render(werk.omgeving, into: &b, area: b.area)
            return regels(b.text)
        }
        #expect(scherm() == [
            "┌─ Huishoudens (2 van 2) · gesorteerd op naam ─────────────────────────────────┐",
            "│  Huishouden             Fase  Niveau  Overleg     Te laat  Veiligheidsplan   │",
            "│› Familie Bakker         6b    —       afgesloten        —  —                 │",
            "│  Familie De Jong-El A…  4     3       07-12-2026      ! 1  ja                │",
            "│                                                                              │",
            "│                                                                              │",
            "│Enter: openen · /: zoeken · s: sorteren · f: filter                           │",
            "└──────────────────────────────────────────────────────────────────────────────┘",
        ])
        // Sorted on the next overleg, the closed household comes last; "this week" and "late" leave it out.
        _ = o.handle(.key(.character("s")), werk.omgeving)
        #expect(o.getoond.map(\.naam) == ["Familie De Jong-El Amrani", "Familie Bakker"])
        _ = o.handle(.key(.character("f")), werk.omgeving)
        #expect(o.filter == .teLaat)
        #expect(o.getoond.map(\.naam) == ["Familie De Jong-El Amrani"])
        _ = o.handle(.key(.character("f")), werk.omgeving)
        _ = o.handle(.key(.character("f")), werk.omgeving)
        #expect(o.filter == .dezeWeek)
        #expect(!o.getoond.contains { $0.naam == "Familie Bakker" })
    }

    // MARK: The veiligheidsplan

    func veiligheid(_ werk: TestWerk, _ d: Dossier, hoogte: Int = 30) -> SchermRit<VeiligheidScherm> {
        var r = SchermRit(VeiligheidScherm(d, werk.omgeving), d, werk.omgeving)
        r.hoogte = hoogte
        return r
    }

    @Test("veiligheidsplan afronden bij signalen: geweigerd met de redenen, niets vastgelegd")
    func afrondenGeweigerd() throws {
        let werk = try TestWerk()
        defer { werk.ruimOp() }
        let demo = try werk.demo()
        var r = veiligheid(werk, demo)
        #expect(r.tekst().contains("[x] Ondertekend · verplicht: niveau 3 en er zijn zorgen over veiligheid · F9 afronden"))
        r.druk(.function(9))
        let tekst = r.tekst()
        #expect(tekst.contains("─ Afronden kan niet ─"))
        #expect(tekst.contains("│ ! In het ondersteuningsplan staat dat er zorgen zijn over basiszorg of"), "\(tekst)")
        #expect(tekst.contains("│ ! Het huishouden staat op niveau 3 van de regiekaart; dat is 3 of hoger."))
        #expect(tekst.contains("│ Enter of Esc: terug naar het veiligheidsplan"))
        #expect(r.dossier == demo)
        r.druk(.escape)
        #expect(r.scherm.afrondweigering == nil)
        #expect(!r.tekst().contains("Afronden kan niet"))
        #expect(r.dossier == demo)
    }

    @Test("veiligheidsplan afronden: vandaag en de naam vastgelegd, en het scherm zegt wanneer en door wie")
    func afronden() throws {
        let werk = try TestWerk()
        defer { werk.ruimOp() }
        var r = veiligheid(werk, Dossier.testGezin(werk.omgeving.vandaag, plan: Veiligheidsplan()))
        #expect(r.tekst().contains("! Nog niet ondertekend · nu niet verplicht · F9 afronden"))
        r.druk(.function(9))
        #expect(r.dossier.veiligheidsplan?.afgerond == Afronding(datum: werk.omgeving.vandaag, door: Self.naam))
        #expect(regels(r.tekst()).first?.trimmingCharacters(in: .whitespaces) == "Afgerond op 23-11-2026 door Test Regisseur · ! Nog niet ondertekend")
        #expect(meldingen(r.verzoeken) == ["Het veiligheidsplan is afgerond op 23-11-2026. C-z maakt dit ongedaan."])
        let na = r.dossier
        r.druk(.function(9))
        #expect(r.tekst().contains("│ ! Het veiligheidsplan is al afgerond."))
        #expect(r.dossier == na)
    }

    @Test("afronden zonder bekende naam vraagt eerst de naam")
    func afrondenZonderNaam() throws {
        let werk = try TestWerk(gebruiker: nil)
        defer { werk.ruimOp() }
        var r = veiligheid(werk, Dossier.testGezin(werk.omgeving.vandaag, plan: Veiligheidsplan()))
        r.druk(.function(9))
        #expect(r.verzoeken.contains { if case .vraagGebruiker = $0 { true } else { false } })
        #expect(r.dossier.veiligheidsplan?.afgerond == nil)
    }
}

@Suite("Afsluiten in het hele programma")
struct AfsluitenProgrammaTests {
    @Test("in het programma: eerst de naam, dan het venster; afgesloten en bewaard, en terug in het overzicht staat het als afgesloten")
    func programma() throws {
        let werk = try TestWerk(gebruiker: nil)
        defer { werk.ruimOp() }
        let d = Dossier(naam: "Familie Test", aangemaakt: werk.omgeving.vandaag)
        try werk.omgeving.opslag.voegToe(d)
        let rit = ProgrammaRit(werk.omgeving, breedte: 80, hoogte: 24)
        rit.druk(.enter, .alt("4"), .character("a"))
        #expect(rit.tekst.contains("Uw naam"))
        rit.typ("Sanne Visser\n")
        #expect(rit.tekst.contains("─ Huishouden afsluiten ─"), "\(rit.tekst)")
        #expect(rit.tekst.contains("Afsluiten op 23-11-2026 door Sanne Visser."))
        rit.typ("Goed gegaan.\nWijkteam\n")
        rit.druk(.enter, .enter, .enter, .enter, .enter, .enter, .enter, .enter)
        #expect(rit.model.open?.dossier.afsluiting?.door == "Sanne Visser")
        #expect(rit.tekst.contains("Afgesloten op 23-11-2026 door Sanne Visser"), "\(rit.tekst)")
        // As the message says: C-z takes the closure back, C-y does it again.
        rit.druk(.ctrl("z"))
        #expect(rit.model.open?.dossier.isAfgesloten == false)
        rit.druk(.ctrl("y"))
        #expect(rit.model.open?.dossier.afsluiting?.door == "Sanne Visser")
        rit.druk(.escape)
        #expect(try werk.omgeving.opslag.laad(d.id).dossier.afsluiting?.evaluatie == "Goed gegaan.")
        let rij = try #require(rit.tekst.components(separatedBy: "\n").first { $0.contains("Familie Test") })
        #expect(rij.contains("afgesloten"), "\(rit.tekst)")
        // Opened again later: the closure is on screen at once.
        rit.druk(.enter, .alt("4"))
        #expect(rit.tekst.contains("Afgesloten op 23-11-2026 door Sanne Visser"), "\(rit.tekst)")
    }
}
