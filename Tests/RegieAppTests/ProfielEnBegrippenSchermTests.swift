import Foundation
import RegieDomain
import Screen
import Testing
@testable import RegieApp

/// The regisseurs with their competence profile and period; 6a.p1 as a handover of the
/// procesregie; the glossary from the help; the profiles and terms on a regiekaart level.
@Suite("Regisseurs, profielen en begrippen op het scherm")
struct ProfielEnBegrippenSchermTests {
    static let naam = "Sanne Visser"

    func regels(_ tekst: String) -> [String] { tekst.components(separatedBy: "\n") }

    @Test("de regisseurs: profiel tegen het niveau, sinds en tot; een regisseur openen toont de velden")
    func regisseurs() throws {
        let werk = try TestWerk(gebruiker: Self.naam)
        defer { werk.ruimOp() }
        var d = Voorbeeld.demo(vandaag: werk.omgeving.vandaag)
        d.regisseurs[1].profiel = .a
        var r = SchermRit(HuishoudenScherm(werk.omgeving.methode), d, werk.omgeving)
        r.scherm.ga(naar: .regisseurs, in: r.dossier)
        #expect(regels(r.tekst()) == [
            "  Huishouden            ┌─ Regisseurs ─────────────────────────────────────────────────────────────┐",
            "  Gezinsleden           │  Eén procesregisseur per huishouden; casusregisseurs kunnen er meer zijn.│",
            "  Netwerk               │  Niveau 3 vraagt casusregie met competentieprofiel B en procesregie met  │",
            "  Professionals         │  competentieprofiel B. Wat elk profiel vraagt, staat bij het niveau op   │",
            "[ Regisseurs ]          │  het tabblad Regiekaart en bij de begrippen in de hulp.                  │",
            "  Waarom regie          │  De procesregie overdragen: tabblad Fasen, fase 6a, de eerste actie      │",
            "                        │  afvinken. Wie de regie overdroeg, blijft hier staan met de datum tot    │",
            "                        │  wanneer.                                                                │",
            "                        │▸ Regisseurs (2)                                         Insert: toevoegen│",
            "                        │    • Marloes Visser · procesregisseur sinds 19-10-2026 · profiel B · Lok…│",
            "                        │    • Thijs Bos · casusregisseur sinds 19-10-2026 · profiel A · Maatschap…│",
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
            "                        │Enter of Insert: regisseur toevoegen                                      │",
            "                        └──────────────────────────────────────────────────────────────────────────┘",
        ], "\n\(r.tekst())")
        r.druk(.down, .down, .enter)
        #expect(regels(r.tekst()) == [
            "  Huishouden            ┌─ Regisseurs › Thijs Bos · casusregisseur sinds 19-10-2026 · profiel A … ─┐",
            "  Gezinsleden           │▸ Naam                   Thijs Bos                                        │",
            "  Netwerk               │  Rol                    casusregisseur                                   │",
            "  Professionals         │  Competentieprofiel     A ! niveau 3 vraagt B                            │",
            "[ Regisseurs ]          │  Sinds                  19-10-2026                                       │",
            "  Waarom regie          │  Tot                    —                                                │",
            "                        │  Organisatie            Maatschappelijk werk Zuiderveen                  │",
            "                        │  Telefoon               —                                                │",
            "                        │  E-mail                 t.bos@voorbeeld.nl                               │",
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
            "                        │                                                                          │",
            "                        │                                                                          │",
            "                        └──────────────────────────────────────────────────────────────────────────┘",
        ], "\n\(r.tekst())")
        r.druk(.down, .down, .right)
        #expect(r.dossier.regisseurs[1].profiel == .b)
    }

    @Test("6a.p1 afvinken vraagt wie de procesregie overneemt en vanaf wanneer, en legt dat vast")
    func overdracht() throws {
        let werk = try TestWerk(gebruiker: Self.naam)
        defer { werk.ruimOp() }
        let d = Voorbeeld.demo(vandaag: werk.omgeving.vandaag)
        var r = SchermRit(FasenScherm(d, werk.omgeving), d, werk.omgeving)
        r.scherm.fase = try #require(werk.omgeving.methode.fasen.firstIndex { $0.id == "6a" })
        r.scherm.focus = .acties
        r.scherm.actie = 0
        r.druk(.character(" "))
        #expect(regels(r.tekst()) == [
            "┌─ Fasen ───────────────────────┐┌─ Fase 6a · Overdragen of afsluiten en nazorg professional ──────┐",
            "│  1  Aanmelding             3/8││0/5 afgevinkt · niet de huidige fase                             │",
            "│  2  Intake                2/10││Doel: Een professional draagt zijn of haar taak over, of stopt   │",
            "│  3a Startoverleg voorber… 0/24││      met de betrokkenheid. Dat gebeurt zorgvuldig, zodat de hulp│",
            "│  3b Startoverleg uitvoer… 0/16││      aan de klant goed doorloopt.                               │",
            "│  4  Voortgang    ronde 1 · 0/9││                                                                 │",
            "│   ◆ huidige fase              ││Procesregie · 0/2 afgevinkt                                      │",
            "│  5a Voortgangs… ronde 1 · 0/13││▸ [ ] 1. Draag de procesregie zorgvuldig over bij overdracht,    │",
            "│  5b Voortgangs… ronde 1 · 0/20││         opschalen of afschalen.                                 │",
            "│▸ 6a Overdr┌─ Procesregie overdragen ─────────────────────────────────────────────────┐t en vanaf │",
            "│  6b Afslui│ Wie neemt de procesregie over van Marloes Visser (sinds 19-10-2026), en  │           │",
            "│           │ vanaf welke dag? Die dag wordt de einddatum van de huidige               │ord af.    │",
            "│Meldcode   │ procesregisseur.                                                         │           │",
            "│Vraag 3 van│                                                                          │           │",
            "│staat open;│ Nieuwe procesregisseur                                                   │mand anders│",
            "│gedaan.    │ Organisatie                                                              │           │",
            "│           │ Competentieprofiel      [ onbekend ]  A   B   B+                         │           │",
            "│           │ Vanaf                   23-11-2026                                       │           │",
            "│           │                                                                          │over de    │",
            "│           │ Enter volgend veld, op het laatste veld vastleggen · Esc annuleren       │           │",
            "│           └──────────────────────────────────────────────────────────────────────────┘eun nodig  │",
            "│                               ││                 is. Bespreek wie kan helpen bij vragen of       │",
            "│                               ││                 problemen die overblijven. Maak daar afspraken  │",
            "│                               ││                 over.                                           │",
            "│                               ││  [ ] 3. Sluit je betrokkenheid zorgvuldig en verantwoord af.    │",
            "│                               ││                                                                 │",
            "│                               ││Toelichting                                                      │",
            "│                               ││Moet je stoppen als procesregisseur of casusregisseur, terw↓ meer│",
            "└───────────────────────────────┘└─────────────────────────────────────────────────────────────────┘",
            " Spatie afvinken · n notitie · h huidige fase · m meldcode · PgDn volgende fase · Tab fasen/acties",
        ], "\n\(r.tekst())")
        // Without a name nothing is recorded, and the form says why.
        r.druk(.enter, .enter, .enter, .enter)
        #expect(regels(r.tekst()) == [
            "┌─ Fasen ───────────────────────┐┌─ Fase 6a · Overdragen of afsluiten en nazorg professional ──────┐",
            "│  1  Aanmelding             3/8││0/5 afgevinkt · niet de huidige fase                             │",
            "│  2  Intake                2/10││Doel: Een professional draagt zijn of haar taak over, of stopt   │",
            "│  3a Startoverleg voorber… 0/24││      met de betrokkenheid. Dat gebeurt zorgvuldig, zodat de hulp│",
            "│  3b Startoverleg uitvoer… 0/16││      aan de klant goed doorloopt.                               │",
            "│  4  Voortgang    ronde 1 · 0/9││                                                                 │",
            "│   ◆ huidige fase              ││Procesregie · 0/2 afgevinkt                                      │",
            "│  5a Voortgangs… ronde 1 · 0/13││▸ [ ] 1. Draag de procesregie zorgvuldig over bij overdracht,    │",
            "│  5b Voortg┌─ Procesregie overdragen ─────────────────────────────────────────────────┐           │",
            "│▸ 6a Overdr│ Wie neemt de procesregie over van Marloes Visser (sinds 19-10-2026), en  │t en vanaf │",
            "│  6b Afslui│ vanaf welke dag? Die dag wordt de einddatum van de huidige               │           │",
            "│           │ procesregisseur.                                                         │ord af.    │",
            "│Meldcode   │                                                                          │           │",
            "│Vraag 3 van│ Nieuwe procesregisseur                                                   │           │",
            "│staat open;│ Organisatie                                                              │mand anders│",
            "│gedaan.    │ Competentieprofiel      [ onbekend ]  A   B   B+                         │           │",
            "│           │ Vanaf                   23-11-2026                                       │           │",
            "│           │                                                                          │           │",
            "│           │ ! Vul de naam in van wie de procesregie overneemt.                       │over de    │",
            "│           │                                                                          │           │",
            "│           │ Enter volgend veld, op het laatste veld vastleggen · Esc annuleren       │eun nodig  │",
            "│           └──────────────────────────────────────────────────────────────────────────┘n of       │",
            "│                               ││                 problemen die overblijven. Maak daar afspraken  │",
            "│                               ││                 over.                                           │",
            "│                               ││  [ ] 3. Sluit je betrokkenheid zorgvuldig en verantwoord af.    │",
            "│                               ││                                                                 │",
            "│                               ││Toelichting                                                      │",
            "│                               ││Moet je stoppen als procesregisseur of casusregisseur, terw↓ meer│",
            "└───────────────────────────────┘└─────────────────────────────────────────────────────────────────┘",
            " Spatie afvinken · n notitie · h huidige fase · m meldcode · PgDn volgende fase · Tab fasen/acties",
        ], "\n\(r.tekst())")
        #expect(r.dossier == d)
        r.druk(.tab)
        r.typ("Piet de Vries")
        r.druk(.enter)
        r.typ("Gemeente Zuiderveen")
        r.druk(.enter, .right, .right, .right, .enter)
        r.druk(.ctrl("u"))
        r.typ("+7d")
        r.druk(.enter)
        let vanaf = try #require(werk.omgeving.vandaag.plus(dagen: 7))
        #expect(r.dossier.regisseurs[0].naam == "Marloes Visser" && r.dossier.regisseurs[0].tot == vanaf)
        let piet = try #require(r.dossier.regisseurs.last)
        #expect(piet.naam == "Piet de Vries" && piet.rol == .proces && piet.profiel == .bPlus && piet.vanaf == vanaf
                && piet.organisatie == "Gemeente Zuiderveen")
        let tik = try #require(r.dossier.proces.afvinking("6a.p1", werk.omgeving.methode))
        #expect(tik.notitie == "Procesregie van Marloes Visser naar Piet de Vries vanaf \(vanaf.tekst).")
        #expect(tik.door == Self.naam)
        #expect(regels(r.tekst()) == [
            "┌─ Fasen ───────────────────────┐┌─ Fase 6a · Overdragen of afsluiten en nazorg professional ──────┐",
            "│  1  Aanmelding             3/8││1/5 afgevinkt · niet de huidige fase                             │",
            "│  2  Intake                2/10││Doel: Een professional draagt zijn of haar taak over, of stopt   │",
            "│  3a Startoverleg voorber… 0/24││      met de betrokkenheid. Dat gebeurt zorgvuldig, zodat de hulp│",
            "│  3b Startoverleg uitvoer… 0/16││      aan de klant goed doorloopt.                               │",
            "│  4  Voortgang    ronde 1 · 0/9││                                                                 │",
            "│   ◆ huidige fase              ││Procesregie · 1/2 afgevinkt                                      │",
            "│  5a Voortgangs… ronde 1 · 0/13││▸ [x] 1. Draag de procesregie zorgvuldig over bij overdracht,    │",
            "│  5b Voortgangs… ronde 1 · 0/20││         opschalen of afschalen.                                 │",
            "│▸ 6a Overdragen of afsluit… 1/5││         afgevinkt 23-11-2026 door Sanne Visser                  │",
            "│  6b Afsluiten en nazorg k… 0/9││         Notitie: Procesregie van Marloes Visser naar Piet de    │",
            "│                               ││                  Vries vanaf 30-11-2026.                        │",
            "│Meldcode                       ││         Uitleg: Spreek af wie de procesregie overneemt en vanaf │",
            "│Vraag 3 van het afwegingskader ││                 welk moment precies.                            │",
            "│staat open; 1 van 6 stappen    ││  [ ] 2. Sluit je betrokkenheid zorgvuldig en verantwoord af.    │",
            "│gedaan.                        ││                                                                 │",
            "│                               ││Casusregie · 0/3 afgevinkt                                       │",
            "│                               ││  [ ] 1. Draag je betrokkenheid zorgvuldig over als iemand anders│",
            "│                               ││         het overneemt.                                          │",
            "│                               ││         Uitleg: Vertel de klant, de betrokkenen en de           │",
            "│                               ││                 procesregisseur over de overdracht.             │",
            "│                               ││  [ ] 2. Stop je met je betrokkenheid? Maak afspraken over de    │",
            "│                               ││         hulp daarna.                                            │",
            "│                               ││         Uitleg: Ga na of er op jouw leefgebied nog steun nodig  │",
            "│                               ││                 is. Bespreek wie kan helpen bij vragen of       │",
            "│                               ││                 problemen die overblijven. Maak daar afspraken  │",
            "│                               ││                 over.                                           │",
            "│                               ││  [ ] 3. Sluit je betrokkenheid zorgvuldig en verantwoord a↓ meer│",
            "└───────────────────────────────┘└─────────────────────────────────────────────────────────────────┘",
            " Spatie afvinken · n notitie · h huidige fase · m meldcode · PgDn volgende fase · Tab fasen/acties",
        ], "\n\(r.tekst())")
    }

    @Test("F1 en dan b: de begrippen en de competentieprofielen; typen zoekt, Esc sluit")
    func begrippen() throws {
        let werk = try TestWerk(gebruiker: Self.naam)
        defer { werk.ruimOp() }
        let rit = ProgrammaRit(werk.omgeving, breedte: 80, hoogte: 24)
        rit.druk(.function(1), .end)
        #expect(rit.tekst.contains("│ Hulp "), "\n\(rit.tekst)")
        #expect(rit.tekst.contains("│ b            Begrippen en afkortingen van de methode (in deze hulp)"), "\n\(rit.tekst)")
        rit.druk(.character("b"))
        #expect(rit.model.hulp == nil)
        #expect(regels(rit.tekst) == [
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
        ], "\n\(rit.tekst)")
        rit.typ("pga")
        #expect(regels(rit.tekst) == [
            "┌─ Begrippen en afkortingen ───────────────────────────────────────────────────┐",
            "│ Zoeken: pga                                                                  │",
            "│                                                                              │",
            "│   PGA-expert                                                                 │",
            "│     De procesregisseur van de gemeente voor zware en complexe situaties      │",
            "│     waarin overlast of criminaliteit samengaat met zorg. Neemt op niveau 4   │",
            "│     de procesregie over bij ernstige veiligheidsproblemen, of wordt eerst    │",
            "│     geraadpleegd.                                                            │",
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
            "│ Esc: sluiten · typ om te zoeken, Backspace wist · ↑↓ PgUp PgDn: lezen        │",
            "└──────────────────────────────────────────────────────────────────────────────┘",
        ], "\n\(rit.tekst)")
        rit.druk(.backspace, .backspace, .backspace)
        rit.typ("B+")
        #expect(regels(rit.tekst) == [
            "┌─ Begrippen en afkortingen ───────────────────────────────────────────────────┐",
            "│ Zoeken: B+                                                                   │",
            "│                                                                              │",
            "│   Competentieprofiel                                                         │",
            "│     Wat een regisseur moet kunnen: profiel A, B of B+ (B+ kan het meest).    │",
            "│     De regiekaart zegt per niveau welk profiel de casusregie en de           │",
            "│     procesregie vragen.                                                      │",
            "│                                                                              │",
            "│   Competentieprofielen: wat een regisseur kan                                │",
            "│   Casusregisseur B+                                                          │",
            "│     Alles van casusregisseur A en B, en daarbij:                             │",
            "│     Veiligheid van de klant, de betrokkenen en de omgeving                   │",
            "│       • Heeft van de eigen organisatie het mandaat om zakelijk en snel te    │",
            "│         handelen, de situatie te kalmeren en de veiligheid te herstellen.    │",
            "│       • Spreekt met het gezin af wanneer er geen overlast meer is voor de    │",
            "│         omgeving, en betrekt de omgeving zo nodig bij de plannen.            │",
            "│       • Weegt zorgvuldig de keuzes en hun gevolgen, ook voor de omgeving.    │",
            "│       • Spreekt mensen aan op strafbaar gedrag of fraude, en is daar open    │",
            "│         over naar de klant en de partners.                                   │",
            "│       • Kent de risico's die kunnen ontstaan als zorg en veiligheid samen    │",
            "│         moeten optreden.                                                     │",
            "│       • Is politiek sensitief.                                             ↓ │",
            "│ Esc: sluiten · typ om te zoeken, Backspace wist · ↑↓ PgUp PgDn: lezen        │",
            "└──────────────────────────────────────────────────────────────────────────────┘",
        ], "\n\(rit.tekst)")
        rit.druk(.escape)
        #expect(rit.model.begrippen == nil && rit.model.hulp == nil)
        #expect(!rit.tekst.contains("Begrippen en afkortingen"))
    }

    @Test("een niveau op de regiekaart: de profielen die het vraagt, hoe de regisseurs passen, en de begrippen uit de tekst")
    func regiekaart() throws {
        let werk = try TestWerk(gebruiker: Self.naam)
        defer { werk.ruimOp() }
        var d = Voorbeeld.demo(vandaag: werk.omgeving.vandaag)
        d.regisseurs[1].profiel = .a
        var r = SchermRit(RegiekaartScherm(d, werk.omgeving), d, werk.omgeving)
        r.breedte = 100
        r.hoogte = 40
        _ = r.tekst()
        r.druk(.pageDown)
        #expect(regels(r.tekst()) == [
            "┌─ Regiekaart · huidig niveau 3 ───────────────────────────────────────────────────────────────────┐",
            "│[ Niveau ]  Op- en afschalen   Voorstel   Geschiedenis                                            │",
            "│                                                                                                  │",
            "│[huidig] Niveau 3: onveilig                                                                       │",
            "│Niveaus:  1   2  [ 3 huidig ]  4   5                                                              │",
            "│                                                                                                  │",
            "│                                                                                                 ↑│",
            "│  Escaleren (het niveau blijft)                                                                   │",
            "│  Naar de manager van de betrokken professional: De samenwerking tussen de professionals loopt    │",
            "│                                                 vast, of de uitvoering of het resultaat komt in  │",
            "│                                                 gevaar. De manager ondersteunt de                │",
            "│                                                 procesregisseur of onderneemt stappen.           │",
            "│                                                                                                  │",
            "│  Op- en afschalen                                                                                │",
            "│  Bij dit niveau horen 4 opschaal- en 3 afschaalcriteria. Beantwoord ze bij Op- en afschalen;     │",
            "│  daar staat ook welk niveau ze voorstellen.                                                      │",
            "│                                                                                                  │",
            "│  Competentieprofielen                                                                            │",
            "│  Marloes Visser (procesregisseur sinds 19-10-2026): profiel B: past                              │",
            "│  Thijs Bos (casusregisseur sinds 19-10-2026): ! profiel A; dit niveau vraagt B                   │",
            "│  Casusregisseur B                                                                                │",
            "│    Alles van casusregisseur A, en daarbij:                                                       │",
            "│    Veiligheid van de klant en de betrokkenen                                                     │",
            "│      • Zet veiligheid altijd voorop en durft het gesprek over veiligheid in het gezin en het     │",
            "│        netwerk aan te gaan.                                                                      │",
            "│      • Grijpt zo nodig in, en houdt bij een moeilijk besluit afstand zonder het contact met de   │",
            "│        klant te verliezen.                                                                       │",
            "│      • Spreekt samen met het gezin af wanneer het goed en veilig genoeg is.                      │",
            "│      • Vraagt eerst het gezin en het netwerk hoe zij de veiligheid zelf regelen, en maakt samen  │",
            "│        veiligheidsafspraken.                                                                     │",
            "│      • Blijft kritisch of een besluit over veiligheid nog het beste is.                          │",
            "│      • Werkt samen met partners uit zorg en veiligheid, ook binnen een kader van dwang en drang. │",
            "│    Veiligheid van de regisseur                                                                   │",
            "│      • Spreekt mensen aan op grensoverschrijdend gedrag.                                         │",
            "│      • Kent de eigen grenzen, vraagt op tijd hulp en schakelt collega's in.                      │",
            "│      • Let op de eigen veiligheid en zegt het op tijd als het te veel wordt.                     │",
            "│  Procesregisseur B                                                                               │",
            "│    Alles van casus- en procesregisseur A en casusregisseur B, en daarbij:                       ↓│",
            "│←/→: ander niveau · h: huidig · w: niveau wijzigen · Tab: volgend deel                            │",
            "└──────────────────────────────────────────────────────────────────────────────────────────────────┘",
        ], "\n\(r.tekst())")
        r.druk(.end)
        #expect(regels(r.tekst()) == [
            "┌─ Regiekaart · huidig niveau 3 ───────────────────────────────────────────────────────────────────┐",
            "│[ Niveau ]  Op- en afschalen   Voorstel   Geschiedenis                                            │",
            "│                                                                                                  │",
            "│[huidig] Niveau 3: onveilig                                                                       │",
            "│Niveaus:  1   2  [ 3 huidig ]  4   5                                                              │",
            "│                                                                                                  │",
            "│      • Kent bestuurlijke, civiele en strafrechtelijke maatregelen, de wetten, de sociale kaart  ↑│",
            "│        en het forensische veld.                                                                  │",
            "│      • Leidt het proces strak en spreekt klant, netwerk en professionals aan op afspraken.       │",
            "│      • Ziet knelpunten en patronen in de samenwerking en geeft advies om die te verbeteren.      │",
            "│                                                                                                  │",
            "│  Begrippen in deze tekst                                                                         │",
            "│  Basiszorg: De gewone voorzieningen om het huishouden heen: kraamzorg, verloskundigen,           │",
            "│             jeugdgezondheidszorg, thuiszorg, welzijnswerk, ouderenzorg, scholen, huisartsen,     │",
            "│             kinderopvang, gemeentelijke loketten, schuldhulpverlening, bewindvoerders,           │",
            "│             wijkverpleegkundigen, woningcorporaties en meldpunten.                               │",
            "│  Casusregisseur: Heeft de regie over de dagelijkse steun aan een persoon of gezin. Staat naast   │",
            "│                  het huishouden en doet wat nodig is. Er kunnen er meer zijn.                    │",
            "│  GI: Gecertificeerde instelling: voert een maatregel van jeugdbescherming of jeugdreclassering   │",
            "│      uit. In het gedwongen kader is de GI procesregisseur voor de jeugdige met een maatregel.    │",
            "│  Lokaal team: Het team van de gemeente met brede kennis van het sociale domein; elk teamlid      │",
            "│               heeft daarnaast een eigen specialisme. Voert vanaf niveau 2 meestal de             │",
            "│               procesregie.                                                                       │",
            "│  Procesregisseur: Zorgt dat de betrokkenen samenwerken. Zorgt met de klant en de betrokkenen     │",
            "│                   voor een gezamenlijke analyse en één plan, en volgt de voortgang en de         │",
            "│                   evaluatie ervan. Eén per huishouden.                                           │",
            "│  SAVE: Het team dat samen met de GI de procesregie voert als er bij een jeugdige signalen zijn   │",
            "│        van onvoldoende basiszorg, onveiligheid of geweld. Het lokale team draagt de procesregie  │",
            "│        en het plan er in een warme overdracht aan over, en krijgt ze terug als het weer veilig   │",
            "│        is. Meestal geschreven als SAVE/GI.                                                       │",
            "│  Veilig Thuis: Het advies- en meldpunt voor huiselijk geweld en kindermishandeling. Daar meld je │",
            "│                of vraag je advies in de stappen van de meldcode; het werkt vanaf niveau 3 mee.   │",
            "│  Veiligheidsketen: De organisaties voor veiligheid: onder meer Veilig Thuis, de politie, de      │",
            "│                    OOV-ambtenaar, de reclassering, de Raad voor de Kinderbescherming,            │",
            "│                    forensische zorg en de gecertificeerde instellingen.                          │",
            "│  Zorgketen: De hulp- en dienstverlening voor jeugd, volwassenen en ouderen: maatschappelijk      │",
            "│             werk, opvang, verslavingszorg, gehandicaptenzorg, geestelijke gezondheidszorg,       │",
            "│             ziekenhuizen en slachtofferhulp.                                                     │",
            "│←/→: ander niveau · h: huidig · w: niveau wijzigen · Tab: volgend deel                            │",
            "└──────────────────────────────────────────────────────────────────────────────────────────────────┘",
        ], "\n\(r.tekst())")
    }
}
