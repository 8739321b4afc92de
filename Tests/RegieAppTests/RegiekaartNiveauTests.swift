import Foundation
import RegieDomain
import Screen
import Testing
@testable import RegieApp

private func regels<S>(_ rit: SchermRit<S>) -> [String] {
    rit.tekst().split(separator: "\n", omittingEmptySubsequences: false).map { String($0) }
}

private func meldingen<S>(_ rit: SchermRit<S>) -> [String] {
    rit.verzoeken.compactMap { if case .melding(let m) = $0 { m.text } else { nil } }
}

/// The first level from the situatie questions, answers with their date and overleg, and
/// escalations, on the regiekaart screen; and the voortgangsoverleg's question whether the
/// level still fits.
@Suite("Regiekaart: eerste niveau, antwoorden met datum, escalaties")
struct RegiekaartNiveauTests {
    func rit(_ d: Dossier, _ werk: TestWerk) -> SchermRit<RegiekaartScherm> {
        var r = SchermRit(RegiekaartScherm(d, werk.omgeving), d, werk.omgeving)
        r.breedte = 80
        r.hoogte = 24
        return r
    }

    @Test("zonder niveau: w stelt de vier vragen van de situatie, het voorstel volgt de antwoorden, bevestigen legt het vast van geen niveau")
    func eersteNiveau() throws {
        let werk = try TestWerk()
        defer { werk.ruimOp() }
        let d = Dossier(naam: "Familie Nieuw", aangemaakt: werk.omgeving.vandaag)
        var r = rit(d, werk)
        r.typ("w")
        #expect(r.scherm.heeftEigenFocus)
        #expect(r.scherm.scopes == ["plaatsing"])
        #expect(regels(r) == [
            "┌─ Regiekaart · eerste niveau bepalen ─────────────────────────────────────────┐",
            "│  Er is nog geen niveau. Kies bij elke vraag de beschrijving uit de           │",
            "│  regiekaart die het best past; Regie stelt dan een eerste niveau voor.       │",
            "│                                                                              │",
            "│  Draagkracht: Hoe is de draagkracht van het huishouden?                      │",
            "│▸  ( ) In balans. (niveau 1)                                                  │",
            "│   ( ) Deels of helemaal uit balans. (niveau 2)                               │",
            "│   ( ) Helemaal uit balans. (niveau 3, 4 en 5)                                │",
            "│                                                                              │",
            "│  Zelfredzaamheid: Hoe zelfredzaam is het huishouden?                         │",
            "│   ( ) Voldoende of volledig. (niveau 1)                                      │",
            "│   ( ) Beperkt of afwezig. (niveau 2)                                         │",
            "│   ( ) Niet zelfredzaam, of er zijn acute problemen. (niveau 3 en 4)          │",
            "│   ( ) Niet zelfredzaam, en er zijn acute problemen. (niveau 5)               │",
            "│                                                                              │",
            "│  Zorgen: Welke zorgen zijn er?                                               │",
            "│   ( ) Gewone zorgen over het dagelijks leven, die iedereen weleens heeft.    │",
            "│       Risico's worden zo vroeg mogelijk opgemerkt om problemen te voorkomen. │",
            "│       (niveau 1)                                                            ↓│",
            "│─ Voorstel ───────────────────────────────────────────────────────────────────│",
            "│  Nog geen voorstel: beantwoord een of meer vragen. U kunt ook zonder         │",
            "│  voorstel een niveau vastleggen met v.                                       │",
            "│↑↓: kiezen · Spatie: deze beschrijving · v: niveau vastleggen · Esc: stoppen  │",
            "└──────────────────────────────────────────────────────────────────────────────┘",
        ], "\n\(r.tekst())")
        // Draagkracht: helemaal uit balans; zelfredzaamheid: niet, of acute problemen; zorgen and hulp of level 3.
        r.druk(.down, .down, .character(" "))
        r.druk(.down, .down, .character(" "))
        r.druk(.down, .down, .enter)
        r.druk(.down, .down, .character(" "))
        #expect(regels(r) == [
            "┌─ Regiekaart · eerste niveau bepalen ─────────────────────────────────────────┐",
            "│       of voor leden van het huishouden. (niveau 3)                          ↑│",
            "│   ( ) Meervoudig of complex, met onveiligheid voor een persoon, voor leden   │",
            "│       van het huishouden en/of voor de omgeving. (niveau 4)                  │",
            "│   ( ) Zorgen om de veiligheid van meerdere personen, en/of een (dreigende)   │",
            "│       escalatie met maatschappelijke onrust, soms met aandacht van de media. │",
            "│       (niveau 5)                                                             │",
            "│                                                                              │",
            "│  Hulp: Welke hulp is nodig?                                                  │",
            "│   ( ) Geen hulp, of hulp om problemen te voorkomen. (niveau 1)               │",
            "│   ( ) Problemen voorkomen en behandelen, en de schade herstellen die al is   │",
            "│       ontstaan. (niveau 2)                                                   │",
            "│▸  (•) Problemen behandelen, de veiligheid herstellen en de schade herstellen │",
            "│       die al is ontstaan. (niveau 3)                                        ↓│",
            "│─ Voorstel ───────────────────────────────────────────────────────────────────│",
            "│  Voorstel: niveau 3; leg het vast met v, met een reden.                      │",
            "│  • Draagkracht: helemaal uit balans (past bij niveau 3, 4 en 5).             │",
            "│  • Zelfredzaamheid: niet zelfredzaam, of er zijn acute problemen (past bij   │",
            "│    niveau 3 en 4).                                                           │",
            "│  • Zorgen: meervoudig of complex, met (dreigende) onveiligheid voor een      │",
            "│    persoon of voor leden van het huishouden (past bij niveau 3).             │",
            "│  • Hulp: problemen behandelen, de veiligheid herstellen en de schade        ↓│",
            "│↑↓: kiezen · Spatie: deze beschrijving · v: niveau vastleggen · Esc: stoppen  │",
            "└──────────────────────────────────────────────────────────────────────────────┘",
        ], "\n\(r.tekst())")
        #expect(r.dossier == d, "antwoorden verandert nog niets")
        r.typ("v")
        #expect(regels(r) == [
            "┌─ Regiekaart · eerste niveau bepalen ─────────────────────────────────────────┐",
            "│       of voor leden van het huishouden. (niveau 3)                          ↑│",
            "│   ( ) Meervoudig of complex, met onveiligheid voor een persoon, voor leden   │",
            "│       van het huishouden en/of voor de omgeving. (niveau 4)                  │",
            "│   ( ) Zorgen om de veiligheid van meerdere personen, en/of een (dreigende)   │",
            "│       escalatie met maatschappelijke onrust, soms met aandacht van de media. │",
            "│       (niveau 5)                                                             │",
            "│ ┌─ Eerste niveau vastleggen ───────────────────────────────────────────────┐ │",
            "│ │ Regie stelt niveau 3 voor; de redenen staan onder Voorstel. De reden     │ │",
            "│ │ komt met de datum en uw naam in de geschiedenis.                         │ │",
            "│ │                                                                          │ │",
            "│ │ Niveau   1   2  [ 3 ]  4   5                                             │ │",
            "│ │ Reden                                                                    │ │",
            "│ │                                                                          │↓│",
            "│─│ Enter volgend veld, op het laatste veld vastleggen · Esc annuleren       │─│",
            "│ └──────────────────────────────────────────────────────────────────────────┘ │",
            "│  • Draagkracht: helemaal uit balans (past bij niveau 3, 4 en 5).             │",
            "│  • Zelfredzaamheid: niet zelfredzaam, of er zijn acute problemen (past bij   │",
            "│    niveau 3 en 4).                                                           │",
            "│  • Zorgen: meervoudig of complex, met (dreigende) onveiligheid voor een      │",
            "│    persoon of voor leden van het huishouden (past bij niveau 3).             │",
            "│  • Hulp: problemen behandelen, de veiligheid herstellen en de schade        ↓│",
            "│↑↓: kiezen · Spatie: deze beschrijving · v: niveau vastleggen · Esc: stoppen  │",
            "└──────────────────────────────────────────────────────────────────────────────┘",
        ], "\n\(r.tekst())")
        r.typ("Ruzies, de kinderen zijn bang.\n")
        #expect(!r.scherm.heeftEigenFocus)
        #expect(r.dossier.proces.niveau == 3)
        let kaart = werk.omgeving.methode.regiekaart
        let keuzes = Situatieaspect.allCases.map { a in kaart.situatieopties(a).first { $0.niveaus.contains(3) }! }
        #expect(r.dossier.proces.niveaugeschiedenis == [Niveauwijziging(
            datum: werk.omgeving.vandaag, van: nil, naar: 3, reden: "Ruzies, de kinderen zijn bang.", door: "Test Regisseur",
            situatie: keuzes)])
        #expect(meldingen(r).last == "Niveau 3 vastgelegd als eerste niveau. Het staat in de geschiedenis.")
        #expect(r.verzoeken.contains { if case .bewaarNu = $0 { true } else { false } })
        r.druk(.backTab)
        #expect(regels(r) == [
            "┌─ Regiekaart · huidig niveau 3 ───────────────────────────────────────────────┐",
            "│ Niveau   Op- en afschalen   Voorstel  [ Geschiedenis ]                       │",
            "│                                                                              │",
            "│  1 wijziging, de nieuwste eerst.                                             │",
            "│                                                                              │",
            "│  23-11-2026  niveau 3 vastgesteld  door Test Regisseur                       │",
            "│    Reden: Ruzies, de kinderen zijn bang.                                     │",
            "│    Situatie: draagkracht helemaal uit balans; zelfredzaamheid niet           │",
            "│              zelfredzaam, of er zijn acute problemen; zorgen meervoudig of   │",
            "│              complex, met (dreigende) onveiligheid voor een persoon of voor  │",
            "│              leden van het huishouden; hulp problemen behandelen, de         │",
            "│              veiligheid herstellen en de schade herstellen die al is         │",
            "│              ontstaan                                                        │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "│↑↓ PgUp PgDn: lezen · w: niveau wijzigen · e: escaleren · Tab: volgend deel   │",
            "└──────────────────────────────────────────────────────────────────────────────┘",
        ], "\n\(r.tekst())")
    }

    @Test("zonder antwoorden: geen voorstel, toch een niveau te kiezen; een lege reden wordt geweigerd; Esc gaat terug naar de vragen en dan weg")
    func zonderAntwoordenEnStoppen() throws {
        let werk = try TestWerk()
        defer { werk.ruimOp() }
        let d = Dossier(naam: "Familie Nieuw", aangemaakt: werk.omgeving.vandaag)
        var r = rit(d, werk)
        r.typ("wv")
        #expect(regels(r) == [
            "┌─ Regiekaart · eerste niveau bepalen ─────────────────────────────────────────┐",
            "│  Er is nog geen niveau. Kies bij elke vraag de beschrijving uit de           │",
            "│  regiekaart die het best past; Regie stelt dan een eerste niveau voor.       │",
            "│                                                                              │",
            "│  Draagkracht: Hoe is de draagkracht van het huishouden?                      │",
            "│   ( ) In balans. (niveau 1)                                                  │",
            "│   ( ) Deels of helemaal uit balans. (niveau 2)                               │",
            "│ ┌─ Eerste niveau vastleggen ───────────────────────────────────────────────┐ │",
            "│ │ Er is geen vraag beantwoord, dus geen voorstel. Kies het niveau dat      │ │",
            "│ │ past. De reden komt met de datum en uw naam in de geschiedenis.          │ │",
            "│ │                                                                          │ │",
            "│ │ Niveau  [ 1 ]  2   3   4   5                                             │ │",
            "│ │ Reden                                                                    │ │",
            "│ │                                                                          │ │",
            "│ │ Enter volgend veld, op het laatste veld vastleggen · Esc annuleren       │ │",
            "│ └──────────────────────────────────────────────────────────────────────────┘ │",
            "│   ( ) Gewone zorgen over het dagelijks leven, die iedereen weleens heeft.    │",
            "│       Risico's worden zo vroeg mogelijk opgemerkt om problemen te voorkomen. │",
            "│       (niveau 1)                                                            ↓│",
            "│─ Voorstel ───────────────────────────────────────────────────────────────────│",
            "│  Nog geen voorstel: beantwoord een of meer vragen. U kunt ook zonder         │",
            "│  voorstel een niveau vastleggen met v.                                       │",
            "│↑↓: kiezen · Spatie: deze beschrijving · v: niveau vastleggen · Esc: stoppen  │",
            "└──────────────────────────────────────────────────────────────────────────────┘",
        ], "\n\(r.tekst())")
        r.druk(.enter)
        #expect(r.tekst().contains("! Schrijf op waarom niveau 1 past; zonder reden wordt er niets"))
        #expect(r.dossier == d)
        r.druk(.escape)
        #expect(r.scherm.heeftEigenFocus && r.scherm.scopes == ["plaatsing"], "terug bij de vragen")
        #expect(r.stuur(.key(.alt("2"))) == .ignored, "de toetsen van het programma blijven werken")
        #expect(r.stuur(.key(.ctrl("q"))) == .ignored)
        r.druk(.escape)
        #expect(!r.scherm.heeftEigenFocus)
        #expect(r.dossier == d)
        #expect(r.tekst().contains("[bekijken] Niveau 1: in balans (er is nog geen niveau bepaald)"))
    }

    @Test("signalen van onveiligheid in het dossier: het eerste voorstel is 3, ook bij antwoorden van niveau 1")
    func eersteNiveauVeiligheid() throws {
        let werk = try TestWerk()
        defer { werk.ruimOp() }
        var d = Dossier(naam: "Familie Nieuw", aangemaakt: werk.omgeving.vandaag)
        d.beantwoordVeiligheidsvraag(fase: "1", .ja, datum: werk.omgeving.vandaag, door: "Test Regisseur")
        var r = rit(d, werk)
        r.typ("w")
        for _ in 0..<4 { r.druk(.character(" ")) }
        let tekst = r.tekst()
        #expect(tekst.contains("Voorstel: niveau 3"), "\(tekst)")
        r.typ("v")
        #expect(r.tekst().contains("[ 3 ]"), "het voorstel is gekozen")
    }

    @Test("een antwoord krijgt datum, naam en het lopende overleg; a toont eerdere antwoorden")
    func antwoordMetDatum() throws {
        let werk = try TestWerk()
        defer { werk.ruimOp() }
        var d = Voorbeeld.demo(vandaag: werk.omgeving.vandaag)
        let agenda = try #require(werk.omgeving.methode.agenda(.voortgang))
        let begonnen = d.beginOverleg(.voortgang, agenda: agenda, aanwezigen: d.personen.map(\.id),
                                      vandaag: werk.omgeving.vandaag, tijd: nil, nu: Tijdstip(Date()))
        let overleg = try #require(begonnen)
        var r = rit(d, werk)
        r.druk(.tab)
        r.typ("j")
        #expect(r.dossier.proces.laatsteSchaalantwoord("n3.op.1.a") == Schaalantwoord(
            vraag: "n3.op.1.a", antwoord: .ja, datum: werk.omgeving.vandaag, door: "Test Regisseur", overleg: overleg))
        r.druk(.up)
        r.typ("n")
        r.druk(.up)
        #expect(regels(r) == [
            "┌─ Regiekaart · huidig niveau 3 ───────────────────────────────────────────────┐",
            "│ Niveau  [ Op- en afschalen ]  Voorstel   Geschiedenis                        │",
            "│                                                                              │",
            "│  Een criterium geldt als al zijn uitspraken met ja zijn beantwoord. [ ? ] is │",
            "│  nog onbekend.                                                               │",
            "│  Nieuwe antwoorden horen bij het voortgangsoverleg van 23-11-2026.           │",
            "│                                                                              │",
            "│  Opschalen                                                                   │",
            "│   Criterium 1 → naar niveau 4 of 5                                           │",
            "│     Niveau 5 als er ook totale escalatie of maatschappelijke onrust dreigt,  │",
            "│     anders niveau 4.                                                         │",
            "│▸    [nee] De draagkracht is uit balans.                                      │",
            "│           beantwoord: 23-11-2026, Test Regisseur, bij het voortgangsoverleg  │",
            "│           van 23-11-2026                                                     │",
            "│     [ ? ] De zelfredzaamheid is beperkt of afwezig.                          │",
            "│     [ ? ] De basiszorg en de ingezette zorg zijn niet genoeg; er is meer of  │",
            "│           andere hulp nodig.                                                ↓│",
            "│─ Voorstel ───────────────────────────────────────────────────────────────────│",
            "│  Voorstel: blijven op niveau 3                                               │",
            "│  Waarom:                                                                     │",
            "│  • Niet afschalen: er zijn signalen van onveiligheid (in het                 │",
            "│    ondersteuningsplan staan zorgen over basiszorg of veiligheid).            │",
            "│j: ja · n: nee · o: onbekend · Spatie: wisselen · a: eerdere · w: wijzigen    │",
            "└──────────────────────────────────────────────────────────────────────────────┘",
        ], "\n\(r.tekst())")
        r.typ("a")
        #expect(regels(r) == [
            "┌─ Regiekaart · huidig niveau 3 ───────────────────────────────────────────────┐",
            "│ Niveau  [ Op- en afschalen ]  Voorstel   Geschiedenis                        │",
            "│                                                                              │",
            "│  Een criterium geldt als al zijn uitspraken met ja zijn beantwoord. [ ? ] is │",
            "│  nog onbekend.                                                               │",
            "│  Nieuwe antwoorden horen bij het voortgangsoverleg van 23-11-2026.           │",
            "│                                                                              │",
            "│  Opschalen                                                                   │",
            "│   Criterium 1 → naar niveau 4 of 5                                           │",
            "│     Niveau 5 als er ook totale escalatie of maatschappelijke onrust dreigt,  │",
            "│     anders niveau 4.                                                         │",
            "│▸    [nee] De draagkracht is uit balans.                                      │",
            "│           beantwoord: 23-11-2026, Test Regisseur, bij het voortgangsoverleg  │",
            "│           van 23-11-2026                                                     │",
            "│           eerder ja: 23-11-2026, Test Regisseur, bij het voortgangsoverleg   │",
            "│           van 23-11-2026                                                     │",
            "│     [ ? ] De zelfredzaamheid is beperkt of afwezig.                         ↓│",
            "│─ Voorstel ───────────────────────────────────────────────────────────────────│",
            "│  Voorstel: blijven op niveau 3                                               │",
            "│  Waarom:                                                                     │",
            "│  • Niet afschalen: er zijn signalen van onveiligheid (in het                 │",
            "│    ondersteuningsplan staan zorgen over basiszorg of veiligheid).            │",
            "│j: ja · n: nee · o: onbekend · Spatie: wisselen · a: eerdere · w: wijzigen    │",
            "└──────────────────────────────────────────────────────────────────────────────┘",
        ], "\n\(r.tekst())")
        r.typ("a")
        #expect(!r.tekst().contains("eerder ja"))
    }

    @Test("een antwoord uit een oud bestand heeft geen datum en zegt dat")
    func oudAntwoord() throws {
        let werk = try TestWerk()
        defer { werk.ruimOp() }
        var d = Voorbeeld.demo(vandaag: werk.omgeving.vandaag)
        // What an old file gives: the answer without date or name.
        d.proces.schaalgeschiedenis = [Schaalantwoord(vraag: "n3.op.1.a", antwoord: .ja, datum: nil)]
        var r = rit(d, werk)
        r.druk(.tab)
        #expect(r.tekst().contains("beantwoord: datum onbekend (uit een ouder bestand)"), "\n\(r.tekst())")
    }

    @Test("escaleren op niveau 4: kiezen naar wie, aan wie en waarom; het staat in de geschiedenis, het niveau blijft")
    func escaleren() throws {
        let werk = try TestWerk()
        defer { werk.ruimOp() }
        var d = Voorbeeld.demo(vandaag: werk.omgeving.vandaag)
        d.proces.niveau = 4
        var r = rit(d, werk)
        r.typ("e")
        #expect(regels(r) == [
            "┌─ Regiekaart · huidig niveau 4 ───────────────────────────────────────────────┐",
            "│[ Niveau ]  Op- en afschalen   Voorstel   Geschiedenis                        │",
            "│                                                                              │",
            "│[huidig] Niveau 4: ketenoverstijgend                                          │",
            "│Niveaus:  1   2   3  [ 4 huidig ]  5                                          │",
            "│                                                                              │",
            "│  Er is onveiligheid die zorg en veiligheid samen moeten aanpakken. De regie  │",
            "│ ┌─ Escalatie vastleggen ───────────────────────────────────────────────────┐ │",
            "│ │ Niveau 4. Aan wie is de regie voorgelegd, en waarom? Het niveau blijft   │ │",
            "│ │ 4.                                                                       │ │",
            "│ │                                                                          │ │",
            "│ │ Naar     [ manager ]  PGA-expert   burgemeester                          │ │",
            "│ │ Aan wie                                                                  │ │",
            "│ │ Reden                                                                    │ │",
            "│ │                                                                          │ │",
            "│ │ Enter volgend veld, op het laatste veld vastleggen · Esc annuleren       │ │",
            "│ └──────────────────────────────────────────────────────────────────────────┘ │",
            "│  Hulp                Eerst de situatie en de veiligheid herstellen, daarna   │",
            "│                      de problemen behandelen en de schade herstellen.        │",
            "│                                                                              │",
            "│  Regie                                                                       │",
            "│  Casusregie          Een professional uit het lokale team, de zorg- of      ↓│",
            "│←/→: ander niveau · h: huidig · w: niveau wijzigen · Tab: volgend deel        │",
            "└──────────────────────────────────────────────────────────────────────────────┘",
        ], "\n\(r.tekst())")
        r.druk(.right, .enter)
        r.typ("Jan de Vries\n")
        r.druk(.enter)
        #expect(r.tekst().contains("! Schrijf op waarom de regie is voorgelegd; zonder reden wordt er niets"))
        #expect(r.dossier.proces.escalaties.isEmpty)
        r.typ("Drang en bestuurlijke maatregelen zijn nodig.\n")
        #expect(!r.scherm.heeftEigenFocus)
        #expect(r.dossier.proces.escalaties == [Escalatie(
            datum: werk.omgeving.vandaag, naar: "PGA-expert", aan: "Jan de Vries", reden: "Drang en bestuurlijke maatregelen zijn nodig.",
            door: "Test Regisseur", niveau: 4)])
        #expect(r.dossier.proces.niveau == 4)
        #expect(meldingen(r).last == "Escalatie naar de PGA-expert van de gemeente (aan: Jan de Vries) vastgelegd. Het staat in de geschiedenis.")
        r.druk(.backTab)
        #expect(regels(r) == [
            "┌─ Regiekaart · huidig niveau 4 ───────────────────────────────────────────────┐",
            "│ Niveau   Op- en afschalen   Voorstel  [ Geschiedenis ]                       │",
            "│                                                                              │",
            "│  2 wijzigingen en 1 escalatie, de nieuwste eerst.                            │",
            "│                                                                              │",
            "│  23-11-2026  escalatie naar de PGA-expert van de gemeente (aan: Jan de       │",
            "│  Vries) op niveau 4  door Test Regisseur                                     │",
            "│    Reden: Drang en bestuurlijke maatregelen zijn nodig.                      │",
            "│                                                                              │",
            "│  02-11-2026  niveau 2 → 3  door Marloes Visser                               │",
            "│    Reden: Zorgen over veiligheid: ruzies waar de kinderen bij zijn.          │",
            "│                                                                              │",
            "│  24-10-2026  niveau 2 vastgesteld  door Marloes Visser                       │",
            "│    Reden: Meervoudige zorgen: geld, werk en opvoeding.                       │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "│↑↓ PgUp PgDn: lezen · w: niveau wijzigen · e: escaleren · Tab: volgend deel   │",
            "└──────────────────────────────────────────────────────────────────────────────┘",
        ], "\n\(r.tekst())")
    }

    @Test("escaleren: zonder niveau niet; op niveau 3 alleen naar de manager; Esc legt niets vast")
    func escalerenGrenzen() throws {
        let werk = try TestWerk()
        defer { werk.ruimOp() }
        let leeg = Dossier(naam: "Familie Nieuw", aangemaakt: werk.omgeving.vandaag)
        var r = rit(leeg, werk)
        r.typ("e")
        #expect(!r.scherm.heeftEigenFocus)
        #expect(meldingen(r).last == "Er is nog geen niveau. Leg eerst het niveau vast met w.")
        let d = Voorbeeld.demo(vandaag: werk.omgeving.vandaag)
        r = rit(d, werk)
        r.typ("e")
        let tekst = r.tekst()
        #expect(tekst.contains("Naar     [ manager ]"), "\(tekst)")
        #expect(!tekst.contains("PGA-expert"))
        r.druk(.escape)
        #expect(!r.scherm.heeftEigenFocus)
        #expect(r.dossier == d)
    }

    @Test("zonder lopend overleg: g kiest een gehouden overleg, de nieuwste eerst, en de antwoorden horen daarbij; na het oudste geen")
    func antwoordenBijGehoudenOverleg() throws {
        let werk = try TestWerk()
        defer { werk.ruimOp() }
        let d = Voorbeeld.demo(vandaag: werk.omgeving.vandaag)
        let gehouden = d.gehoudenOverleggen(vandaag: werk.omgeving.vandaag)
        try #require(gehouden.count >= 1)
        var r = rit(d, werk)
        r.druk(.tab)
        #expect(!r.tekst().contains("Nieuwe antwoorden horen bij"))
        r.typ("g")
        let eerste = try #require(d.overlegOmschrijving(gehouden[0].id))
        #expect(meldingen(r).last == "Nieuwe antwoorden horen bij \(eerste).")
        #expect(regels(r)[3...6] == [
            "│  Een criterium geldt als al zijn uitspraken met ja zijn beantwoord. [ ? ] is │",
            "│  nog onbekend.                                                               │",
            "│  Nieuwe antwoorden horen bij \(eerste).".padding(toLength: 79, withPad: " ", startingAt: 0) + "│",
            "│  g: een ander gehouden overleg, of geen.                                     │",
        ], "\n\(r.tekst())")
        r.typ("j")
        #expect(r.dossier.proces.laatsteSchaalantwoord("n3.op.1.a")?.overleg == gehouden[0].id)
        for _ in gehouden { r.typ("g") }
        #expect(meldingen(r).last == "Nieuwe antwoorden horen bij geen overleg.")
        r.typ("n")
        #expect(r.dossier.proces.laatsteSchaalantwoord("n3.op.1.b")?.overleg == nil)
    }
}
