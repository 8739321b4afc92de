import Foundation
import RegieDomain
import Screen
import Testing
@testable import RegieApp

/// In the Fasen tab, an action the method ties to a place in the dossier says so, and `g`
/// goes there: 2.p3 "bepaal of het huishouden kwetsbaar is" opens the start criteria.
@Suite("Fasen: naar de plek van een actie")
struct FasenPlekTests {
    func regels(_ tekst: String) -> [String] {
        tekst.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    @Test("2.p3 wijst naar de startcriteria; g opent het tabblad Huishouden bij Waarom regie")
    func naarStartcriteria() throws {
        let werk = try TestWerk(gebruiker: "Sanne Visser")
        defer { werk.ruimOp() }
        try werk.omgeving.opslag.voegToe(Dossier(naam: "Familie Test", aangemaakt: werk.omgeving.vandaag,
                                                 proces: Processtatus(fase: "2")))
        let rit = ProgrammaRit(werk.omgeving, breedte: 100, hoogte: 24)
        rit.druk(.enter, .alt("4"), .right, .down)
        // An action without a place: no line, no hint, and g says so.
        #expect(!rit.tekst.contains("g: naar"))
        rit.druk(.character("g"))
        #expect(rit.model.tab == .fasen)
        #expect(rit.tekst.contains("Bij deze actie hoort geen vaste plek in het dossier."))
        rit.druk(.down)
        #expect(regels(rit.tekst) == [
            "Familie Test │ 1 Huishouden 2 Plan 3 Veiligheid 4 Fasen 5 Regiekaart 6 Plancheck 7 Overleg 8 Versies",
            "┌─ Fasen ───────────────────────┐┌─ Fase 2 · Intake ───────────────────────────────────────────────┐",
            "│  1  Aanmelding             0/8││◆ Dit is de huidige fase · 0/10 afgevinkt                        │",
            "│▸ 2  Intake                0/10││Doel: Je maakt samen met de klant duidelijk wat de vraag is, wat │",
            "│   ◆ huidige fase              ││      goed gaat en wat zorgen geeft. Je bepaalt of coördinatie   │",
            "│  3a Startoverleg voorber… 0/24││      van zorg nodig is.                                         │",
            "│  3b Startoverleg uitvoer… 0/16││! Zijn er signalen van (acute) onveiligheid of onvoldoende       │",
            "│  4  Voortgang    ronde 1 · 0/9││  basiszorg? Beantwoord met v: ja, nee of onbekend.              │",
            "│  5a Voortgangs… ronde 1 · 0/13││  Nog niet beantwoord in deze fase.                              │",
            "│  5b Voortgangs… ronde 1 · 0/20││                                                                 │",
            "│  6a Overdragen of afsluit… 0/5││Procesregie · 0/7 afgevinkt                                      │",
            "│  6b Afsluiten en nazorg k… 0/9││  [ ] 1. Maak samen met de klant de vraag duidelijk.             │",
            "│                               ││  [ ] 2. Breng de krachten en zorgen in kaart en bekijk hoe ze   │",
            "│Meldcode                       ││         samenhangen.                                            │",
            "│Niet doorlopen.                ││▸ [ ] 3. Bepaal of het huishouden kwetsbaar is volgens de        │",
            "│                               ││         criteria. Is dat zo? Start dan coördinatie van zorg.    │",
            "│                               ││         g: naar de startcriteria (Huishouden, Waarom regie)     │",
            "│                               ││  [ ] 4. Leg de werkwijze uit.                                   │",
            "│                               ││  [ ] 5. Geef de klant de folder van 1Gezin1Plan1Regisseur.      │",
            "│                               ││  [ ] 6. Ga naar fase 3a.                                  ↓ meer│",
            "└───────────────────────────────┘└─────────────────────────────────────────────────────────────────┘",
            " Spatie afvinken · g ga erheen · n notitie · h huidige fase · m meldcode · v signalen",
            "Familie Test · fase 2 Intake · geen niveau                                                   bewaard",
            "Spatie Afvinken of weghalen  n Notitie  m Extra stappen (meldcode)  F1 Hulp  C-q Afsluiten",
        ], "\n\(rit.tekst)")
        rit.druk(.character("g"))
        #expect(rit.model.tab == .huishouden)
        #expect(regels(rit.tekst) == [
            "Familie Test │ 1 Huishouden 2 Plan 3 Veiligheid 4 Fasen 5 Regiekaart 6 Plancheck 7 Overleg 8 Versies",
            "  Huishouden            ┌─ Waarom regie ───────────────────────────────────────────────────────────┐",
            "  Gezinsleden           │  Bepaal of het huishouden kwetsbaar is volgens de criteria; één criterium│",
            "  Netwerk               │  is genoeg. De groep Jeugd geldt daarnaast voor huishoudens met een      │",
            "  Professionals         │  jeugdige. 0 van 9 beantwoord.                                           │",
            "  Regisseurs            │  Alle huishoudens                                                        │",
            "[ Waarom regie ]        │  Het huishouden is kwetsbaar, ongeacht hoeveel zorgaanbieders er         │",
            "                        │  betrokken zijn.                                                         │",
            "                        │▸ Geldt dit?              geldt   geldt niet  [ onbekend ]                │",
            "                        │  Er zijn twee of meer zorgaanbieders betrokken.                          │",
            "                        │  Geldt dit?             onbekend                                         │",
            "                        │  Het huishouden maakt een crisis door.                                   │",
            "                        │  Geldt dit?             onbekend                                         │",
            "                        │  Er zijn (signalen van) onvoldoende basiszorg, onveiligheid en/of        │",
            "                        │  (huiselijk) geweld.                                                     │",
            "                        │  Geldt dit?             onbekend                                         │",
            "                        │  Er komt een tweede (of nog een) voorziening vanuit de Jeugdwet of de Wmo│",
            "                        │  bij in het huishouden.                                                  │",
            "                        │  Geldt dit?             onbekend                                         │",
            "                        │  Jeugd                                                             ↓ meer│",
            "                        │Een huishouden is kwetsbaar als een of meer van deze dingen gelden: gezins│",
            "                        └──────────────────────────────────────────────────────────────────────────┘",
            "Familie Test · fase 2 Intake · geen niveau                                                   bewaard",
            "PgDn Volgende rubriek  F1 Hulp  C-q Afsluiten",
        ], "\n\(rit.tekst)")
    }
}
