import Foundation
import RegieDomain
import RegieStore
import Screen
import Testing
@testable import RegieApp

/// Every screen of the program at 80×24, asserted whole, line by line, through the real
/// program on the in-memory screen: a broken layout, a hint that moved or a line cut short
/// fails here, where a search for a word would pass.
@Suite("Hele schermen op 80×24")
struct HeleSchermenTests {
    /// The demo household in a fresh store, opened in the program at 80×24.
    static func metDemo() throws -> (TestWerk, ProgrammaRit) {
        var werk = try TestWerk()
        werk.omgeving.nu = { Date(timeIntervalSince1970: 1_795_424_400) }
        _ = try werk.demo()
        return (werk, ProgrammaRit(werk.omgeving, breedte: 80, hoogte: 24))
    }

    func regels(_ rit: ProgrammaRit) -> [String] { rit.tekst.components(separatedBy: "\n") }

    @Test("overzicht zonder huishoudens")
    func leegOverzicht() throws {
        let werk = try TestWerk()
        defer { werk.ruimOp() }
        let rit = ProgrammaRit(werk.omgeving, breedte: 80, hoogte: 24)
        #expect(regels(rit) == [
            "Regie · overzicht · 23-11-2026",
            "┌─ Huishoudens (0 van 0) · gesorteerd op naam ─────────────────────────────────┐",
            "│                                                                              │",
            "│  Er staan nog geen huishoudens in deze map.                                  │",
            "│                                                                              │",
            "│  Insert: een nieuw huishouden beginnen. U geeft het een naam en vult daarna  │",
            "│  het huishouden, het plan en de fasen in.                                    │",
            "│                                                                              │",
            "│  d: een verzonnen voorbeeldhuishouden toevoegen om Regie te leren kennen.    │",
            "│  Het is duidelijk als voorbeeld te herkennen en u kunt het later weggooien.  │",
            "│                                                                              │",
            "│  F1 of ?: alle toetsen.                                                      │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "└──────────────────────────────────────────────────────────────────────────────┘",
            "U werkt als Test Regisseur.                        F5: presenteren · F1: toetsen",
            "Insert Nieuw huishouden  / Zoeken in alle dossiers  s Anders sorteren  F1 Hulp",
        ], "het lege overzicht")
    }

    @Test("overzicht met het voorbeeldhuishouden")
    func overzicht() throws {
        let (werk, rit) = try Self.metDemo()
        defer { werk.ruimOp() }
        #expect(regels(rit) == [
            "Regie · overzicht · 23-11-2026",
            "┌─ Huishoudens (1 van 1) · gesorteerd op naam ─────────────────────────────────┐",
            "│  Huishouden             Fase  Niveau  Overleg     Te laat  Veiligheidsplan   │",
            "│› Familie De Jong-El A…  4     3       07-12-2026      ! 1  ja                │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "│Enter: openen · /: zoeken · s: sorteren · f: filter                           │",
            "└──────────────────────────────────────────────────────────────────────────────┘",
            "U werkt als Test Regisseur.                        F5: presenteren · F1: toetsen",
            "Enter Huishouden openen  Insert Nieuw huishouden  / Zoeken in alle dossiers",
        ], "het overzicht")
    }

    @Test("zoeken in het overzicht")
    func zoeken() throws {
        let (werk, rit) = try Self.metDemo()
        defer { werk.ruimOp() }
        rit.typ("/jong")
        #expect(regels(rit) == [
            "Regie · overzicht · 23-11-2026",
            "┌─ Zoeken in alle dossiers ────────────────────────────────────────────────────┐",
            "│Zoek: jong                                                                    │",
            "│4 treffers · ↑ ↓ kiezen · Enter: openen · Esc: terug                          │",
            "│  Huishouden                  Waar                Gevonden                    │",
            "│› Familie De Jong-El Amrani   Huishouden          Familie De Jong-El Amrani   │",
            "│  Familie De Jong-El Amrani   Gezinslid           Sanne de Jong               │",
            "│  Familie De Jong-El Amrani   Netwerk             Ria de Jong                 │",
            "│  Familie De Jong-El Amrani   Kracht              Noé is slim en helpt jonger…│",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "└──────────────────────────────────────────────────────────────────────────────┘",
            "U werkt als Test Regisseur.                        F5: presenteren · F1: toetsen",
            "Enter Huishouden openen  Insert Nieuw huishouden  / Zoeken in alle dossiers",
        ], "zoeken")
    }

    @Test("elk tabblad van het open dossier")
    func tabbladen() throws {
        let (werk, rit) = try Self.metDemo()
        defer { werk.ruimOp() }
        rit.druk(.enter)
        #expect(regels(rit) == [
            "Familie De Jong-El Amr… │ 1 Huishouden 2 Pla 3 Vei 4 Fas 5 Reg 6 Pla 7 Ove 8 Ver",
            "[ Huishouden ]      ┌─ Huishouden ─────────────────────────────────────────────┐",
            "  Gezinsleden       │▸ Naam huishouden       Familie De Jong-El Amrani         │",
            "  Netwerk           │  Contactpersoon        Sanne de Jong                     │",
            "  Professionals     │  Straat en huisnummer  Lindelaan 14                      │",
            "  Regisseurs        │  Postcode              1234 AB                           │",
            "  Waarom regie      │  Woonplaats            Zuiderveen                        │",
            "                    │  Telefoon              06-12345678                       │",
            "                    │  E-mail                sanne@voorbeeld.nl                │",
            "                    │  Toestemming delen     ja                                │",
            "                    │  Dossier begonnen      19-10-2026                        │",
            "                    │                                                          │",
            "                    │                                                          │",
            "                    │                                                          │",
            "                    │                                                          │",
            "                    │                                                          │",
            "                    │                                                          │",
            "                    │                                                          │",
            "                    │                                                          │",
            "                    │                                                          │",
            "                    │                                                          │",
            "                    └──────────────────────────────────────────────────────────┘",
            "Familie De Jong-El Amrani · fase 4 Voortgang · niveau 3                  bewaard",
            "PgDn Volgende rubriek  F1 Hulp  C-q Afsluiten",
        ], "Huishouden")
        rit.druk(.alt("2"))
        #expect(regels(rit) == [
            "Familie De Jong-El Amrani │ 1 Hui 2 Plan 3 Vei 4 Fas 5 Reg 6 Pla 7 Ove 8 Ver",
            "[ Aanleiding ]      ┌─ Aanleiding ─────────────────────────────────────────────┐",
            "  Krachten          │  Het plan wordt samen met het huishouden gemaakt en bij  │",
            "  Zorgen            │  elk overleg aangevuld.                                  │",
            "  Eerdere hulp      │▸ Datum plan        02-11-2026                            │",
            "  Analyse           │  Aanleiding        Sanne meldde zich bij het lokaal team:│",
            "  Resultaat         │                    er is veel ruzie thuis sinds Youssef  │",
            "  Veiligheid        │                    zijn baan kwijt is, de huur is twee…  │",
            "  Doelen            │                                                          │",
            "  Samenvatting      │                                                          │",
            "  Overleggen        │                                                          │",
            "                    │                                                          │",
            "                    │                                                          │",
            "                    │                                                          │",
            "                    │                                                          │",
            "                    │                                                          │",
            "                    │                                                          │",
            "                    │                                                          │",
            "                    │                                                          │",
            "                    │                                                          │",
            "                    │                                                          │",
            "                    └──────────────────────────────────────────────────────────┘",
            "Familie De Jong-El Amrani · fase 4 Voortgang · niveau 3                  bewaard",
            "PgDn Volgende rubriek  F1 Hulp  C-q Afsluiten",
        ], "Plan")
        rit.druk(.alt("3"))
        #expect(regels(rit) == [
            "Familie De Jong-El Amr… │ 1 Hui 2 Pla 3 Veiligheid 4 Fas 5 Reg 6 Pla 7 Ove 8 Ver",
            "[x] Ondertekend · verplicht: niveau 3 en er zijn zorgen over veiligheid · F9 af…",
            "[ Doelencheck ]     ┌─ Doelencheck ────────────────────────────────────────────┐",
            "  Voorwaarden       │  Staan deze doelen en acties in het ondersteuningsplan of│",
            "  Krachten          │  in dit veiligheidsplan? Spatie: aan/uit.                │",
            "  Wat er gebeurde   │▸ Afspraken nakomen  [x]   (Spatie: aan/uit)              │",
            "  Schade            │  Onveiligheid weg   [x]                                  │",
            "  Grootste zorg     │  Aanpak oorzaken    [x]                                  │",
            "  Complicerend      │  Herstel en nazorg  [ ]                                  │",
            "  Schaalvraag       │  ! Nog niet compleet: 3 van de 4.                        │",
            "  Afspraken         │                                                          │",
            "  Contacten         │                                                          │",
            "  Ondertekening     │                                                          │",
            "                    │                                                          │",
            "                    │                                                          │",
            "                    │                                                          │",
            "                    │                                                          │",
            "                    │                                                          │",
            "                    │                                                          │",
            "                    │                                                          │",
            "                    │Doel '[namen]: ik houd mij aan de veiligheidsafspraken'   │",
            "                    └──────────────────────────────────────────────────────────┘",
            "Familie De Jong-El Amrani · fase 4 Voortgang · niveau 3                  bewaard",
            "Insert Toevoegen aan de lijst  PgDn Volgende rubriek  F1 Hulp  C-q Afsluiten",
        ], "Veiligheid")
        rit.druk(.alt("4"))
        #expect(regels(rit) == [
            "Familie De Jong-El Amrani │ 1 Hui 2 Pla 3 Vei 4 Fasen 5 Reg 6 Pla 7 Ove 8 Ver",
            "┌─ Fasen ────────────────────┐┌─ Fase 4 · Voortgang ───────────────────────────┐",
            "│  1  Aanmelding          3/8││◆ Dit is de huidige fase · 0/9 afgevinkt        │",
            "│  2  Intake             2/10││Ronde 1 · huidige ronde                         │",
            "│  3a Startoverleg voor… 0/24││Doel: Iedereen voert de afspraken uit het plan  │",
            "│  3b Startoverleg uitv… 0/16││      uit. Je volgt hoe het gaat, pakt signalen │",
            "│▸ 4  Voortgang ronde 1 · 0/9││      op en schaalt op als dat nodig is.        │",
            "│   ◆ huidige fase           ││! Zijn er signalen van (acute) onveiligheid of  │",
            "│  5a Voortga… ronde 1 · 0/13││  onvoldoende basiszorg? Beantwoord met v: ja,  │",
            "│  5b Voortga… ronde 1 · 0/20││  nee of onbekend.                              │",
            "│  6a Overdragen of afsl… 0/5││  Nog niet beantwoord in deze fase.             │",
            "│  6b Afsluiten en nazor… 0/9││                                                │",
            "│                            ││Procesregie · 0/6 afgevinkt                     │",
            "│Meldcode                    ││▸ [ ] 1. Stuur de klant en de professionals het │",
            "│Vraag 3 van het             ││         ondersteuningsplan als pdf, of geef    │",
            "│afwegingskader staat open; 1││         toegang tot het digitale plan.         │",
            "│van 6 stappen gedaan.       ││  [ ] 2. Volg hoe het traject loopt.            │",
            "│                            ││         Uitleg: Vertel open en duidelijk aan   │",
            "│                            ││                 alle betrokkenen wat er        │",
            "│                            ││                 gebeurt. Wees bereikbaar ↓ meer│",
            "└────────────────────────────┘└────────────────────────────────────────────────┘",
            " Spatie afvinken · n notitie · h huidige fase · m meldcode · v signalen",
            "Familie De Jong-El Amrani · fase 4 Voortgang · niveau 3                  bewaard",
            "Spatie Afvinken of weghalen  n Notitie  m Extra stappen (meldcode)  F1 Hulp",
        ], "Fasen")
        rit.druk(.alt("5"))
        #expect(regels(rit) == [
            "Familie De Jong-El Amr… │ 1 Hui 2 Pla 3 Vei 4 Fas 5 Regiekaart 6 Pla 7 Ove 8 Ver",
            "┌─ Regiekaart · huidig niveau 3 ───────────────────────────────────────────────┐",
            "│[ Niveau ]  Op- en afschalen   Voorstel   Geschiedenis                        │",
            "│                                                                              │",
            "│[huidig] Niveau 3: onveilig                                                   │",
            "│Niveaus:  1   2  [ 3 huidig ]  4   5                                          │",
            "│                                                                              │",
            "│  De veiligheid van een of meer leden van het huishouden is in gevaar.        │",
            "│  Casusregie en procesregie worden gevoerd door professionals met expertise   │",
            "│  in complexe problemen en veiligheid, met een ondersteuningsplan en een      │",
            "│  veiligheidsplan.                                                            │",
            "│                                                                              │",
            "│  Situatie                                                                    │",
            "│  Draagkracht         Helemaal uit balans.                                    │",
            "│  Zelfredzaamheid     Niet zelfredzaam, of er zijn acute problemen.           │",
            "│  Zorgen              Meervoudig of complex, met (dreigende) onveiligheid     │",
            "│                      voor een persoon of voor leden van het huishouden.      │",
            "│  Hulp                Problemen behandelen, de veiligheid herstellen en de    │",
            "│                      schade herstellen die al is ontstaan.                   │",
            "│                                                                             ↓│",
            "│←/→: ander niveau · h: huidig · w: niveau wijzigen · Tab: volgend deel        │",
            "└──────────────────────────────────────────────────────────────────────────────┘",
            "Familie De Jong-El Amrani · fase 4 Voortgang · niveau 3                  bewaard",
            "w Niveau wijzigen  Tab Volgend deel  Left Lager niveau bekijken  F1 Hulp",
        ], "Regiekaart")
        rit.druk(.alt("6"))
        #expect(regels(rit) == [
            "Familie De Jong-El Amra… │ 1 Hui 2 Pla 3 Vei 4 Fas 5 Reg 6 Plancheck 7 Ove 8 Ver",
            "┌─ Plancheck ──────────────────────────────────────────────────────────────────┐",
            "│Fout: 0 · Let op: 3 · Tip: 3 · de ernstigste eerst                            │",
            "│                                                                              │",
            "│  Let op (3)                                                                  │",
            "│▸ [let op] Doel 1, actie 2: Deze actie is te laat: gepland op 20-11-2026.     │",
            "│  [let op] Fase: Fase 4 is de huidige fase, maar in fase 1, 2, 3a en 3b zijn  │",
            "│           nog 53 acties niet afgevinkt, en er is geen reden vastgelegd.      │",
            "│  [let op] Meldcode: De meldcode loopt sinds 24-10-2026 (30 dagen) zonder     │",
            "│           besluit; de afspraak is binnen 28 dagen.                           │",
            "│                                                                              │",
            "│  Tip (3)                                                                     │",
            "│  [tip]    Veiligheidsafspraak 1: Bij deze afspraak ontbreekt wie, waar en    │",
            "│           wanneer.                                                           │",
            "│  [tip]    Veiligheidsafspraak 2: Bij deze afspraak ontbreekt wie, waar en    │",
            "│           wanneer.                                                           │",
            "│  [tip]    Veiligheidsplan, doelencheck: De doelencheck van het               │",
            "│           veiligheidsplan is nog niet helemaal afgevinkt.                    │",
            "│                                                                              │",
            "│                                                                              │",
            "│Enter: naar Ondersteuningsplan › Doel 1, actie 2                 actie.te-laat│",
            "└──────────────────────────────────────────────────────────────────────────────┘",
            "Familie De Jong-El Amrani · fase 4 Voortgang · niveau 3                  bewaard",
            "Enter Naar de plek van de bevinding  F1 Hulp  C-q Afsluiten",
        ], "Plancheck")
        rit.druk(.alt("7"))
        #expect(regels(rit) == [
            "Familie De Jong-El Amrani │ 1 Hui 2 Pla 3 Vei 4 Fas 5 Reg 6 Pla 7 Overleg 8 Ver",
            "┌─ Overleggen ─────────────────────────────────────────────────────────────────┐",
            "│Er loopt geen overleg. Insert begint een startoverleg, voortgangsoverleg of   │",
            "│extra overleg: Regie loopt dan de agenda van de methode met u door, met een   │",
            "│klok per stap.                                                                │",
            "│Gepland: voortgangsoverleg 07-12-2026 14:00, Wijkcentrum De Brug, Zuiderveen  │",
            "│                                                                              │",
            "│Gehouden                                                                      │",
            "│▸ 02-11-2026  startoverleg                                                    │",
            "│    aanwezig: Sanne de Jong, Youssef El Amrani, Ria de Jong, Ilse Peeters,    │",
            "│    Kees Brouwer, Marloes Visser, Thijs Bos                                   │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "└──────────────────────────────────────────────────────────────────────────────┘",
            " Insert nieuw overleg · ↑ ↓ bladeren",
            "Familie De Jong-El Amrani · fase 4 Voortgang · niveau 3                  bewaard",
            "Insert Nieuw overleg beginnen  F1 Hulp  C-q Afsluiten",
        ], "Overleg")
        rit.druk(.alt("8"))
        #expect(regels(rit) == [
            "Familie De Jong-El Amrani │ 1 Hui 2 Pla 3 Vei 4 Fas 5 Reg 6 Pla 7 Ove 8 Versies",
            "┌─ Versies (0 vastgesteld) ────────────────────────────────────────────────────┐",
            "│▸   Nu (werkversie): het dossier zoals het nu is                              │",
            "└──────────────────────────────────────────────────────────────────────────────┘",
            "┌─ Veiligheidstrend ───────────────────────────────────────────────────────────┐",
            "│  Er is nog geen vastgestelde versie. Een versie wordt vastgelegd als u een   │",
            "│  overleg afsluit op het tabblad Overleg (M-7). Daarna ziet u hier wat er     │",
            "│  sinds dat overleg veranderd is.                                             │",
            "│                                                                              │",
            "│  Schaalvraag per persoon, oud → nieuw (0 = levensgevaarlijk, 10 = veilig     │",
            "│  genoeg om af te sluiten)                                                    │",
            "│  Sanne de Jong      ▄  4 (één score), laatst op 02-11-2026                   │",
            "│  Youssef El Amrani  ▅  6 (één score), laatst op 02-11-2026                   │",
            "│  Marloes Visser     ▄  4 (één score), laatst op 02-11-2026                   │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "└──────────────────────────────────────────────────────────────────────────────┘",
            "Familie De Jong-El Amrani · fase 4 Voortgang · niveau 3                  bewaard",
            "Enter Vergelijken  v Vergelijk met…  t Veiligheidstrend  F1 Hulp  C-q Afsluiten",
        ], "Versies")
    }

    @Test("hulp, begrippen en meldingen over het dossier heen")
    func lagen() throws {
        let (werk, rit) = try Self.metDemo()
        defer { werk.ruimOp() }
        rit.druk(.enter, .function(1))
        #expect(regels(rit) == [
            "┌─ Toetsen ────────────────────────────────────────────────────────────────────┐",
            "│ Algemeen                                                                     │",
            "│ F1, ?        Hulp                                                            │",
            "│ Tab          Volgend veld                                                    │",
            "│ S-Tab        Vorig veld                                                      │",
            "│ C-q          Afsluiten                                                       │",
            "│ F7           Alle meldingen van nu, heel (nieuwste eerst)                    │",
            "│ C-l          Vergrendelen (wachtwoord nodig om verder te gaan)               │",
            "│              niet nu: deze map is niet versleuteld                           │",
            "│                                                                              │",
            "│ Dossier                                                                      │",
            "│ C-s          Nu bewaren (gebeurt ook vanzelf)                                │",
            "│              niet nu: alles is al bewaard                                    │",
            "│ C-z          Ongedaan maken                                                  │",
            "│              niet nu: er is niets om ongedaan te maken                       │",
            "│ C-y          Opnieuw doen                                                    │",
            "│              niet nu: er is niets om opnieuw te doen                         │",
            "│ Esc          Terug naar het overzicht                                        │",
            "│ C-r          Na een conflict: dossier opnieuw lezen                          │",
            "│              niet nu: alleen na een conflict                                 │",
            "│ C-b          Na een conflict: uw versie als nieuw dossier bewaren            │",
            "│              niet nu: alleen na een conflict                                 │",
            "│ C-c          Tekst van het veld kopiëren (naar het klembord, ook via ssh)    │",
            "└─ Esc sluiten ─────────────────────────────────────────────────────── ↓ meer ─┘",
        ], "de toetsen")
        rit.druk(.character("b"))
        #expect(regels(rit) == [
            "┌─ Begrippen en afkortingen ───────────────────────────────────────────────────┐",
            "│ Zoeken:                                                                      │",
            "│                                                                              │",
            "│   1Gezin1Plan1Regisseur                                                      │",
            "│     De werkwijze waarmee een huishouden één plan en één regisseur krijgt,    │",
            "│     ook als er veel hulpverleners zijn. Ook wel 1G1P1R of coördinatie van    │",
            "│     zorg genoemd.                                                            │",
            "│   Adviseur zorg- en veiligheidshuis                                          │",
            "│     De schakel tussen het lokale veld en het zorg- en veiligheidshuis.       │",
            "│     Zorgt dat wat het lokale team doet en wat het veiligheidshuis doet op    │",
            "│     elkaar aansluit.                                                         │",
            "│   Ambtenaar crisisbeheersing                                                 │",
            "│     De ambtenaar van de gemeente die de aanpak van een crisis regelt. Kan    │",
            "│     op niveau 5 de procesregie voeren, net als de OOV-ambtenaar.             │",
            "│   Basiszorg                                                                  │",
            "│     De gewone voorzieningen om het huishouden heen: kraamzorg,               │",
            "│     verloskundigen, jeugdgezondheidszorg, thuiszorg, welzijnswerk,           │",
            "│     ouderenzorg, scholen, huisartsen, kinderopvang, gemeentelijke loketten,  │",
            "│     schuldhulpverlening, bewindvoerders, wijkverpleegkundigen,               │",
            "│     woningcorporaties en meldpunten.                                         │",
            "│   Betrokkenen                                                                │",
            "│     Iedereen die bij het huishouden betrokken is: de klant en de           ↓ │",
            "│ Esc: sluiten · typ om te zoeken, Backspace wist · ↑↓ PgUp PgDn: lezen        │",
            "└──────────────────────────────────────────────────────────────────────────────┘",
        ], "de begrippen")
        rit.druk(.escape, .function(7))
        #expect(regels(rit) == [
            "Familie De Jong-El Amr… │ 1 Huishouden 2 Pla 3 Vei 4 Fas 5 Reg 6 Pla 7 Ove 8 Ver",
            "┌─ Meldingen (nieuwste eerst) ─────────────────────────────────────────────────┐",
            "│ Er zijn nog geen meldingen.                                                  │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "│ F7 of Esc: sluiten                                                           │",
            "└──────────────────────────────────────────────────────────────────────────────┘",
            "Esc Meldingen sluiten",
        ], "de meldingen")
    }

    @Test("exportvenster en presentatie")
    func exportEnPresentatie() throws {
        let (werk, rit) = try Self.metDemo()
        defer { werk.ruimOp() }
        rit.druk(.enter, .ctrl("p"))
        #expect(regels(rit) == [
            "Familie De Jong-El Amr… │ 1 Huishouden 2 Pla 3 Vei 4 Fas 5 Reg 6 Pla 7 Ove 8 Ver",
            "[ Huishouden ]      ┌─ Huishouden ─────────────────────────────────────────────┐",
            "  Gezinsleden       │▸ Naam huishouden       Familie De Jong-El Amrani         │",
            "  Netwerk           │  Contactpersoon        Sanne de Jong                     │",
            "  Professionals     │  Straat en huisnummer  Lindelaan 14                      │",
            "  R┌─ Exporteren ──────────────────────────────────────────────────────────┐   │",
            "  W│ Het plan voor het gezin en school:                                    │   │",
            "   │   zonder Verwijsindex, ID-controle, woonplaatsbeginsel en lege velden │   │",
            "   │ v  andere versie: voor professionals                                  │   │",
            "   │                                                                       │   │",
            "   │ p  PDF van het plan (en het veiligheidsplan), om te versturen         │   │",
            "   │ m  Markdown: dezelfde inhoud als platte tekst                         │   │",
            "   │ i  Uitnodiging voor het volgende overleg (agenda, .ics)               │   │",
            "   │ a  Acties van het plan in de agenda (.ics), met hun ritme             │   │",
            "   │ j  JSON: het hele dossier, om elders in te lezen                      │   │",
            "   │                                                                       │   │",
            "   │ Esc: niets doen                                                       │   │",
            "   └───────────────────────────────────────────────────────────────────────┘   │",
            "                    │                                                          │",
            "                    │                                                          │",
            "                    │                                                          │",
            "                    └──────────────────────────────────────────────────────────┘",
            "Familie De Jong-El Amrani · fase 4 Voortgang · niveau 3                  bewaard",
            "Esc Niets schrijven",
        ], "het exportvenster")
        rit.druk(.escape, .function(5))
        #expect(regels(rit) == [
            "Familie De Jong-El Amr… │ 1 Huishouden 2 Pla 3 Vei 4 Fas 5 Reg 6 Pla 7 Ove 8 Ver",
            "[ Huishouden ]      ┌─ Huishouden ─────────────────────────────────────────────┐",
            "  Gezinsleden       │▸ Naam huishouden       Familie De Jong-El Amrani         │",
            "  Netwerk           │  Contactpersoon        Sanne de Jong                     │",
            "  Professionals     │  Straat en huisnummer  Lindelaan 14                      │",
            "  Regisseurs        │  Postcode              1234 AB                           │",
            "  Waarom regie      │  Woonplaats            Zuiderveen                        │",
            "                    │  Telefoon              06-12345678                       │",
            "                    │  E-mail                sanne@voorbeeld.nl                │",
            "                    │  Toestemming delen     ja                                │",
            "                    │  Dossier begonnen      19-10-2026                        │",
            "                    │                                                          │",
            "                    │                                                          │",
            "                    │                                                          │",
            "                    │                                                          │",
            "                    │                                                          │",
            "                    │                                                          │",
            "                    │                                                          │",
            "                    │                                                          │",
            "                    │                                                          │",
            "                    │                                                          │",
            "                    └──────────────────────────────────────────────────────────┘",
            "Presentatie aan: alleen dit huishouden is te zien. F5 zet hem uit.",
            "PgDn Volgende rubriek  F1 Hulp  C-q Afsluiten",
        ], "de presentatie")
        rit.druk(.function(8))
        #expect(regels(rit) == [
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "                                                                      F8: terug",
        ], "zwart tijdens een pauze")
    }
}

/// The dialogs and running work of the program at 80×24, asserted whole.
@Suite("Hele schermen op 80×24: vensters en het lopende overleg")
struct HeleVenstersTests {
    func regels(_ rit: ProgrammaRit) -> [String] { rit.tekst.components(separatedBy: "\n") }

    @Test("een nieuw huishouden: de vraag naar de naam, en wat leeg laten zegt")
    func nieuwHuishouden() throws {
        let (werk, rit) = try HeleSchermenTests.metDemo()
        defer { werk.ruimOp() }
        rit.druk(.insert)
        #expect(regels(rit) == [
            "Regie · overzicht · 23-11-2026",
            "┌─ Huishoudens (1 van 1) · gesorteerd op naam ─────────────────────────────────┐",
            "│  Huishouden             Fase  Niveau  Overleg     Te laat  Veiligheidsplan   │",
            "│› Familie De Jong-El A…  4     3       07-12-2026      ! 1  ja                │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "│              ┌─ Nieuw huishouden ─────────────────────────────┐              │",
            "│              │ Hoe heet het huishouden? Bijvoorbeeld 'Familie │              │",
            "│              │ Jansen'. De naam is later te wijzigen.         │              │",
            "│              │                                                │              │",
            "│              │                                                │              │",
            "│              │                                                │              │",
            "│              │ Enter: klaar · Esc: stoppen                    │              │",
            "│              └────────────────────────────────────────────────┘              │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "│Enter: openen · /: zoeken · s: sorteren · f: filter                           │",
            "└──────────────────────────────────────────────────────────────────────────────┘",
            "U werkt als Test Regisseur.                        F5: presenteren · F1: toetsen",
            "Enter Antwoord geven  Esc Vraag sluiten zonder antwoord",
        ], "de vraag")
        rit.druk(.enter)
        #expect(regels(rit) == [
            "Regie · overzicht · 23-11-2026",
            "┌─ Huishoudens (1 van 1) · gesorteerd op naam ─────────────────────────────────┐",
            "│  Huishouden             Fase  Niveau  Overleg     Te laat  Veiligheidsplan   │",
            "│› Familie De Jong-El A…  4     3       07-12-2026      ! 1  ja                │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "│              ┌─ Nieuw huishouden ─────────────────────────────┐              │",
            "│              │ Hoe heet het huishouden? Bijvoorbeeld 'Familie │              │",
            "│              │ Jansen'. De naam is later te wijzigen.         │              │",
            "│              │                                                │              │",
            "│              │                                                │              │",
            "│              │                                                │              │",
            "│              │ ! Vul iets in, of Esc om te stoppen.           │              │",
            "│              └────────────────────────────────────────────────┘              │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "│Enter: openen · /: zoeken · s: sorteren · f: filter                           │",
            "└──────────────────────────────────────────────────────────────────────────────┘",
            "U werkt als Test Regisseur.                        F5: presenteren · F1: toetsen",
            "Enter Antwoord geven  Esc Vraag sluiten zonder antwoord",
        ], "leeg mag niet")
    }

    @Test("wissen vanuit het overzicht vraagt eerst")
    func wissen() throws {
        let (werk, rit) = try HeleSchermenTests.metDemo()
        defer { werk.ruimOp() }
        rit.typ("w")
        #expect(regels(rit) == [
            "Regie · overzicht · 23-11-2026",
            "┌─ Huishoudens (1 van 1) · gesorteerd op naam ─────────────────────────────────┐",
            "│  Huishouden             Fase  Niveau  Overleg     Te laat  Veiligheidsplan   │",
            "│› Familie De Jong-El A…  4     3       07-12-2026      ! 1  ja                │",
            "│                                                                              │",
            "│              ┌─ Huishouden wissen ────────────────────────────┐              │",
            "│              │ Alles van dit huishouden gaat weg: het         │              │",
            "│              │ dossier, de reservekopie. Dit kan niet         │              │",
            "│              │ ongedaan worden gemaakt. In het logboek komt   │              │",
            "│              │ alleen dat er iets is gewist. Typ de naam van  │              │",
            "│              │ het huishouden om te bevestigen: Familie De    │              │",
            "│              │ Jong-El Amrani                                 │              │",
            "│              │                                                │              │",
            "│              │                                                │              │",
            "│              │                                                │              │",
            "│              │ Enter: klaar · Esc: stoppen                    │              │",
            "│              └────────────────────────────────────────────────┘              │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "│Enter: openen · /: zoeken · s: sorteren · f: filter                           │",
            "└──────────────────────────────────────────────────────────────────────────────┘",
            "U werkt als Test Regisseur.                        F5: presenteren · F1: toetsen",
            "Enter Huishouden openen  Insert Nieuw huishouden  / Zoeken in alle dossiers",
        ], "de wisvraag")
    }

    @Test("het lopende voortgangsoverleg: aanwezigen en de eerste stap")
    func lopendOverleg() throws {
        let (werk, rit) = try HeleSchermenTests.metDemo()
        defer { werk.ruimOp() }
        rit.druk(.enter, .alt("7"), .insert)
        #expect(regels(rit) == [
            "Familie De Jong-El Amrani │ 1 Hui 2 Pla 3 Vei 4 Fas 5 Reg 6 Pla 7 Overleg 8 Ver",
            "┌─ Overleggen ─────────────────────────────────────────────────────────────────┐",
            "│Er loopt geen overleg. Insert begint een startoverleg, voortgangsoverleg of   │",
            "│extra overleg: Regie loopt dan de agenda van de methode met u door, met een   │",
            "│klok per stap.                                                                │",
            "│Gepland: voortgangsoverleg 07-12-2026 14:00, Wijkcentrum De Brug, Zuiderveen  │",
            "│                                                                              │",
            "┌─ Nieuw overleg: welke soort? ────────────────────────────────────────────────┐",
            "│  1  Startoverleg (ongeveer 90 min)                                           │",
            "│▸ 2  Voortgangsoverleg (ongeveer 65 min)                                      │",
            "│  3  Extra overleg (ongeveer 47 min)                                          │",
            "│                                                                              │",
            "│Gepland: voortgangsoverleg 07-12-2026 14:00, Wijkcentrum De Brug, Zuiderveen.…│",
            "│                                                                              │",
            "│↑ ↓ of 1–3 kiezen · Enter verder · Esc stoppen                                │",
            "└──────────────────────────────────────────────────────────────────────────────┘",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "└──────────────────────────────────────────────────────────────────────────────┘",
            " Insert nieuw overleg · ↑ ↓ bladeren",
            "Familie De Jong-El Amrani · fase 4 Voortgang · niveau 3                  bewaard",
            "F1 Hulp  C-q Afsluiten",
        ], "welk overleg")
        rit.typ("2")
        #expect(regels(rit) == [
            "Familie De Jong-El Amrani │ 1 Hui 2 Pla 3 Vei 4 Fas 5 Reg 6 Pla 7 Overleg 8 Ver",
            "┌─ Overleggen ─────────────────────────────────────────────────────────────────┐",
            "│Er loopt geen overleg. Insert begint een startoverleg, voortgangsoverleg of   │",
            "│extra overleg: Regie loopt dan de agenda van de methode met u door, met een   │",
            "┌─ Wie zijn er bij het voortgangsoverleg? ─────────────────────────────────────┐",
            "│▸ [ ] Sanne de Jong (gezin, moeder)                                           │",
            "│  [ ] Youssef El Amrani (gezin, vader)                                        │",
            "│  [ ] Noé El Amrani (gezin, zoon)                                             │",
            "│  [ ] Liënne El Amrani (gezin, dochter)                                       │",
            "│  [ ] Ria de Jong (netwerk, oma (moeder van Sanne))                           │",
            "│  [ ] Gülten Kaya (netwerk, buurvrouw)                                        │",
            "│  [ ] Dr. Pieter van Dijk (professional, huisarts, Huisartsenpraktijk De Lind…│",
            "│  [ ] Ilse Peeters (professional, jeugdverpleegkundige, Jeugdgezondheidszorg …│",
            "│  [ ] Kees Brouwer (professional, intern begeleider, Basisschool De Regenboog)│",
            "│  [ ] Marloes Visser (regie, procesregisseur)                                 │",
            "│  [ ] Thijs Bos (regie, casusregisseur)                                       │",
            "│                                                                              │",
            "│0 aanwezig · Spatie aan/uit · Insert nieuw · Enter beginnen · Esc terug       │",
            "└──────────────────────────────────────────────────────────────────────────────┘",
            "│                                                                              │",
            "└──────────────────────────────────────────────────────────────────────────────┘",
            " Insert nieuw overleg · ↑ ↓ bladeren",
            "Familie De Jong-El Amrani · fase 4 Voortgang · niveau 3                  bewaard",
            "Spatie Aanwezig of niet  Insert Nieuwe persoon toevoegen  Enter Overleg beginnen",
        ], "wie er zijn")
        rit.druk(.character(" "), .down, .character(" "), .enter)
        #expect(regels(rit) == [
            "Familie De Jong-El Amrani │ 1 Hui 2 Pla 3 Vei 4 Fas 5 Reg 6 Pla 7 Overleg 8 Ver",
            "Voortgangsoverleg · stap 1/18 · Welkom                        stap 00:00 / 03:00",
            "2 aanwezig: Sanne de Jong, Youssef El Amrani              totaal 00:00 / 1:05:00",
            "┌─ Agenda ─────────────┐┌─ Stap 1 van 18: Welkom ──────────────────────────────┐",
            "│▸ Welkom            3'││ Heet iedereen welkom.                                │",
            "│  Doel en agenda    2'││                                                      │",
            "│  Hoe gaat het nu?  5'││ Aanwezig:                                            │",
            "│  Signalen van onv… 2'││   Sanne de Jong (gezin, moeder)                      │",
            "│  Veiligheidsafspr… 4'││   Youssef El Amrani (gezin, vader)                   │",
            "│  Veiligheid: wat … 3'││                                                      │",
            "│  Veiligheid: groo… 3'││ Komt er iemand bij die nog niet in het dossier       │",
            "│  Veiligheidsschaal 4'││ staat? Insert voegt toe.                             │",
            "│  Wat is bereikt?   8'││                                                      │",
            "│  Krachten van nu   5'││                                                      │",
            "│  Zorgen van nu     5'││                                                      │",
            "│  Past het niveau … 2'││                                                      │",
            "│  Nieuwe doelen en… 8'││                                                      │",
            "│  Doelencheck en t… 3'││                                                      │",
            "│  Volgend overleg   3'││                                                      │",
            "│  Hoe was het over… 2'││                                                      │",
            "└──────────────────────┘└──────────────────────────────────────────────────────┘",
            " Insert iemand toevoegen · C-x annuleren · PgDn volgende stap · PgUp vorige",
            "Gelukt: Het voortgangsoverleg is begonnen met 2 aanwezigen. De klok loopt.",
            "PgDn Volgende stap  Enter Bewaren  F2 Spreker kiezen  F9 Overleg afsluiten",
        ], "de eerste stap")
    }

    @Test("de meldcode, de inzage en het afsluiten vanuit de fasen")
    func fasenVensters() throws {
        let (werk, rit) = try HeleSchermenTests.metDemo()
        defer { werk.ruimOp() }
        rit.druk(.enter, .alt("4"))
        rit.typ("m")
        #expect(regels(rit) == [
            "Familie De Jong-El Amrani │ 1 Hui 2 Pla 3 Vei 4 Fasen 5 Reg 6 Pla 7 Ove 8 Ver",
            "┌─ Extra stappen bij onveiligheid (meldcode) · ronde 1 van 1 ──────────────────┐",
            "│! Is er acuut gevaar, blijkt dat uit wat je ziet of hoort? Bel dan eerst de   │",
            "│  politie via 112 en/of het crisisinterventieteam van de GGZ, de crisisdienst │",
            "│  van Veilig Thuis of de Raad voor de Kinderbescherming. Ga daarna verder met │",
            "│  stap 1.                                                                     │",
            "│  Leg met l vast wat er is gedaan en hoe laat.                                │",
            "│Begonnen 24-10-2026                                                           │",
            "│Nu: beantwoord vraag 3: Kan ik effectieve hulp bieden of organiseren?         │",
            "│                                                                              │",
            "│▸ [ ] Stap 1: breng de signalen in kaart                                ↑ meer│",
            "│      · Leg vast welke (mogelijke) signalen je ziet; gebruik daarbij een      │",
            "│        signalenkaart.                                                        │",
            "│      · Ga na of je onderbuikgevoel steunt op feiten die je hebt gezien,      │",
            "│        gehoord of geroken.                                                   │",
            "│      · Stel vast welke feiten je hebt.                                       │",
            "│      · Bedenk welke informatie je nog nodig hebt om de situatie in te        │",
            "│        schatten.                                                             │",
            "│      · Bedenk wie je erbij moet betrekken; let op de ouder die het gezag     │",
            "│        heeft.                                                          ↓ meer│",
            "└──────────────────────────────────────────────────────────────────────────────┘",
            " Spatie afvinken · Enter beantwoorden · b besluit · n notitie · Esc terug",
            "Familie De Jong-El Amrani · fase 4 Voortgang · niveau 3                  bewaard",
            "Spatie Afvinken of weghalen  Enter Beantwoorden (ja of nee)  F1 Hulp",
        ], "de meldcode")
        rit.druk(.escape)
        rit.typ("a")
        #expect(regels(rit) == [
            "Familie De Jong-El Amrani │ 1 Hui 2 Pla 3 Vei 4 Fasen 5 Reg 6 Pla 7 Ove 8 Ver",
            "┌─ Fasen ────────────────────┐┌─ Fase 4 · Voortgang ───────────────────────────┐",
            "│  1  Aanmelding          3/8││◆ Dit is de huidige fase · 0/9 afgevinkt        │",
            "│  2  Intake             2/10││Ronde 1 · huidige ronde                         │",
            "│ ┌─ Afsluiten kan niet ─────────────────────────────────────────────────────┐ │",
            "│ │ Het huishouden kan nu niet worden afgesloten. Er is niets vastgelegd.    │ │",
            "│▸│                                                                          │ │",
            "│ │                                                                          │ │",
            "│ │ ! In het ondersteuningsplan staat dat er zorgen zijn over basiszorg of   │ │",
            "│ │ veiligheid.                                                              │ │",
            "│ │ ! Het huishouden staat op niveau 3 van de regiekaart; dat is 3 of hoger. │ │",
            "│ │ ! Het laatste cijfer op de schaalvraag van Sanne de Jong is 4; dat moet  │ │",
            "│ │ minstens 10 zijn.                                                        │ │",
            "│M│ ! De meldcode is sinds 24-10-2026 in gang en heeft nog geen besluit.     │ │",
            "│V│ ! Het veiligheidsplan loopt nog: rond het eerst af, in het tabblad       │ │",
            "│a│ Veiligheidsplan.                                                         │ │",
            "│v│                                                                          │ │",
            "│ │ Enter of Esc: terug naar de fasen                                        │ │",
            "│ └──────────────────────────────────────────────────────────────────────────┘ │",
            "│                            ││                 gebeurt. Wees bereikbaar ↓ meer│",
            "└────────────────────────────┘└────────────────────────────────────────────────┘",
            " Spatie afvinken · n notitie · h huidige fase · m meldcode · v signalen",
            "Familie De Jong-El Amrani · fase 4 Voortgang · niveau 3                  bewaard",
            "Spatie Afvinken of weghalen  n Notitie  m Extra stappen (meldcode)  F1 Hulp",
        ], "afsluiten geweigerd")
        rit.druk(.escape, .alt("1"), .function(3))
        #expect(regels(rit) == [
            "Familie De Jong-El Amr… │ 1 Huishouden 2 Pla 3 Vei 4 Fas 5 Reg 6 Pla 7 Ove 8 Ver",
            "[ Huishouden ]      ┌─ Huishouden ─────────────────────────────────────────────┐",
            "  Gezinsleden       │▸ Naam huishouden       Familie De Jong-El Amrani         │",
            "  Netwerk           │  Contactpersoon        Sanne de Jong                     │",
            "  Professionals     │  Straat en huisnummer  Lindelaan 14                      │",
            "  Regisseurs        │  Postcode              1234 AB                           │",
            "  Waarom regie      │  Woonplaats            Zuiderveen                        │",
            "                    │  Telefoon              06-12345678                       │",
            "                    │  E-mail                sanne@voorbeeld.nl                │",
            "                    │  Toestemming delen     ja                                │",
            "                    │  Dossier begonnen      19-10-2026                        │",
            "                    │                                                          │",
            "                    │                                                          │",
            "                    │                                                          │",
            "                    │                                                          │",
            "                    │                                                          │",
            "                    │                                                          │",
            "                    │                                                          │",
            "                    │                                                          │",
            "                    │                                                          │",
            "                    │                                                          │",
            "                    └──────────────────────────────────────────────────────────┘",
            "Ga eerst naar een persoon: een gezinslid, netwerklid, professional of regisseur.",
            "PgDn Volgende rubriek  F1 Hulp  C-q Afsluiten",
        ], "inzage")
    }

    @Test("het niveau wijzigen op de regiekaart")
    func niveauWijzigen() throws {
        let (werk, rit) = try HeleSchermenTests.metDemo()
        defer { werk.ruimOp() }
        rit.druk(.enter, .alt("5"))
        rit.typ("w")
        #expect(regels(rit) == [
            "Familie De Jong-El Amr… │ 1 Hui 2 Pla 3 Vei 4 Fas 5 Regiekaart 6 Pla 7 Ove 8 Ver",
            "┌─ Regiekaart · huidig niveau 3 ───────────────────────────────────────────────┐",
            "│[ Niveau ]  Op- en afschalen   Voorstel   Geschiedenis                        │",
            "│                                                                              │",
            "│[huidig] Niveau 3: onveilig                                                   │",
            "│Niveaus:  1   2  [ 3 huidig ]  4   5                                          │",
            "│       ┌─ Niveau wijzigen ────────────────────────────────────────────┐       │",
            "│  De ve│ Nu niveau 3. Naar welk niveau?                               │       │",
            "│  Casus│                                                              │tise   │",
            "│  in co│   1  Niveau 1: in balans                                     │n      │",
            "│  veili│   2  Niveau 2: uit balans                                    │       │",
            "│       │ ▸ 3  Niveau 3: onveilig (huidig; blijven)                    │       │",
            "│  Situa│   4  Niveau 4: ketenoverstijgend                             │       │",
            "│  Draag│   5  Niveau 5: maatschappelijke onrust                       │       │",
            "│  Zelfr│                                                              │       │",
            "│  Zorge│ ↑↓ of cijfer: kiezen · Enter: verder · Esc: stoppen          │id     │",
            "│       └──────────────────────────────────────────────────────────────┘.      │",
            "│  Hulp                Problemen behandelen, de veiligheid herstellen en de    │",
            "│                      schade herstellen die al is ontstaan.                   │",
            "│                                                                             ↓│",
            "│←/→: ander niveau · h: huidig · w: niveau wijzigen · Tab: volgend deel        │",
            "└──────────────────────────────────────────────────────────────────────────────┘",
            "Familie De Jong-El Amrani · fase 4 Voortgang · niveau 3                  bewaard",
            "w Niveau wijzigen  Tab Volgend deel  Left Lager niveau bekijken  F1 Hulp",
        ], "niveau wijzigen")
    }

    @Test("te klein venster")
    func teKlein() throws {
        let (werk, rit) = try HeleSchermenTests.metDemo()
        defer { werk.ruimOp() }
        rit.backend.resize(width: 60, height: 20)
        rit.runtime.send(.resize(Size(width: 60, height: 20)))
        #expect(regels(rit) == [
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "                      Venster te klein",
            "                        nodig: 80×24",
            "                         nu: 60×20",
            " Vergroot het venster. Toetsen doen nu niets; C-q stopt (en",
            "                         bewaart).",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
        ], "te klein")
    }
}
