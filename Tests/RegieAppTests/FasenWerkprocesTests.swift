import Foundation
import RegieDomain
import Screen
import Testing
@testable import RegieApp

/// The work process on the phases screen: rounds of 4/5a/5b, the reason asked for a phase
/// change, the safety question at the branch points, 6b.p10 as a rule, and the
/// life-threatening step in the meldcode.
@Suite("Fasen: rondes, reden, signalen")
struct FasenWerkprocesTests {
    static let naam = "Sanne Visser"

    static func dag(_ d: Int) -> Datum { Datum(jaar: 2026, maand: 11, dag: d)! }

    /// A household in phase 4, round 2: round 1 had its voortgangsoverleg on 18-11 and two
    /// ticks in phase 4 (one in 5b); round 2 has one tick so far.
    static func rondeTwee() -> Dossier {
        var d = Dossier(naam: "Familie Test", aangemaakt: dag(2))
        d.plan.overleggen = [Overleg(id: "o1", soort: .voortgang, datum: dag(18))]
        d.proces = Processtatus(
            fase: "4",
            afgevinkt: [Afvinking(actie: "4.p1", datum: dag(3), door: "Marloes", ronde: 1),
                        Afvinking(actie: "4.p2", datum: dag(4), door: "Marloes", notitie: "Loopt goed", ronde: 1),
                        Afvinking(actie: "5b.p1", datum: dag(18), door: "Marloes", ronde: 1),
                        Afvinking(actie: "4.p2", datum: dag(20), door: naam, ronde: 2)],
            rondes: [Ronde(nummer: 1, begonnen: dag(3), door: "Marloes", overleg: "o1"),
                     Ronde(nummer: 2, begonnen: dag(19), door: naam)])
        return d
    }

    static func nieuw() -> Dossier { Dossier(naam: "Familie Test", aangemaakt: dag(2)) }

    func rit(_ werk: TestWerk, _ d: Dossier, breedte: Int = 100, hoogte: Int = 30) -> SchermRit<FasenScherm> {
        var rit = SchermRit(FasenScherm(d, werk.omgeving), d, werk.omgeving)
        rit.breedte = breedte
        rit.hoogte = hoogte
        return rit
    }

    func regels(_ rit: SchermRit<FasenScherm>) -> [String] { rit.tekst().components(separatedBy: "\n") }

    func meldingen(_ verzoeken: [Verzoek]) -> [String] {
        verzoeken.compactMap { if case .melding(let m) = $0 { m.text } else { nil } }
    }

    func vroegNaam(_ verzoeken: [Verzoek]) -> Bool {
        verzoeken.contains { if case .vraagGebruiker = $0 { true } else { false } }
    }

    // MARK: Rounds

    @Test("ronde 2 staat bovenaan met haar vinkjes; ronde 1 staat eronder met haar overleg en wie wat afvinkte")
    func rondeTweeMetRondeEen() throws {
        let werk = try TestWerk(gebruiker: Self.naam)
        defer { werk.ruimOp() }
        let r = rit(werk, Self.rondeTwee(), hoogte: 64)
        #expect(regels(r) == [
            "┌─ Fasen ───────────────────────┐┌─ Fase 4 · Voortgang ────────────────────────────────────────────┐",
            "│  1  Aanmelding             0/8││◆ Dit is de huidige fase · 1/9 afgevinkt                         │",
            "│  2  Intake                0/10││Ronde 2 · huidige ronde · begonnen 19-11-2026                    │",
            "│  3a Startoverleg voorber… 0/24││Doel: Iedereen voert de afspraken uit het plan uit. Je volgt hoe │",
            "│  3b Startoverleg uitvoer… 0/16││      het gaat, pakt signalen op en schaalt op als dat nodig is. │",
            "│▸ 4  Voortgang    ronde 2 · 1/9││! Zijn er signalen van (acute) onveiligheid of onvoldoende       │",
            "│   ◆ huidige fase              ││  basiszorg? Beantwoord met v: ja, nee of onbekend.              │",
            "│  5a Voortgangs… ronde 2 · 0/13││  Nog niet beantwoord in deze fase.                              │",
            "│  5b Voortgangs… ronde 2 · 0/20││                                                                 │",
            "│  6a Overdragen of afsluit… 0/5││Procesregie · 1/6 afgevinkt                                      │",
            "│  6b Afsluiten en nazorg k… 0/9││▸ [ ] 1. Stuur de klant en de professionals het                  │",
            "│                               ││         ondersteuningsplan als pdf, of geef toegang tot het     │",
            "│Meldcode                       ││         digitale plan.                                          │",
            "│Niet doorlopen.                ││  [x] 2. Volg hoe het traject loopt.                             │",
            "│                               ││         afgevinkt 20-11-2026 door Sanne Visser                  │",
            "│                               ││         Uitleg: Vertel open en duidelijk aan alle betrokkenen   │",
            "│                               ││                 wat er gebeurt. Wees bereikbaar voor signalen.  │",
            "│                               ││  [ ] 3. Pak signalen op over de uitvoering, de samenwerking en  │",
            "│                               ││         zaken die vastlopen.                                    │",
            "│                               ││  [ ] 4. Schaal op als dat nodig is.                             │",
            "│                               ││         Uitleg: Gebruik daarvoor de regiekaart.                 │",
            "│                               ││  [ ] 5. Ga verder met fase 5a.                                  │",
            "│                               ││  [ ] 6. Zijn er signalen van (acute) onveiligheid of onvoldoende│",
            "│                               ││         basiszorg? Ga naar 'Aanvullende acties bij              │",
            "│                               ││         onveiligheid'.                                          │",
            "│                               ││         Uitleg: Neem die stappen op in de coördinatie van zorg. │",
            "│                               ││                                                                 │",
            "│                               ││Casusregie · 0/3 afgevinkt                                       │",
            "│                               ││  [ ] 1. Volg hoe het traject loopt.                             │",
            "│                               ││         Uitleg: Vertel open en duidelijk aan alle betrokkenen   │",
            "│                               ││                 wat er gebeurt. Wees bereikbaar voor signalen.  │",
            "│                               ││                 Werk mee als er signalen zijn over de           │",
            "│                               ││                 uitvoering, de samenwerking of zaken die        │",
            "│                               ││                 vastlopen. Schaal op als dat nodig is.          │",
            "│                               ││  [ ] 2. Ga verder met fase 5a.                                  │",
            "│                               ││  [ ] 3. Zijn er signalen van (acute) onveiligheid of onvoldoende│",
            "│                               ││         basiszorg? Ga naar 'Aanvullende acties bij              │",
            "│                               ││         onveiligheid'.                                          │",
            "│                               ││         Uitleg: Neem die stappen op in de coördinatie van zorg. │",
            "│                               ││                                                                 │",
            "│                               ││Eerdere rondes                                                   │",
            "│                               ││Ronde 1 · begonnen 03-11-2026 · voortgangsoverleg van 18-11-2026 │",
            "│                               ││  [x] 1. Stuur de klant en de professi… · 03-11-2026 door Marloes│",
            "│                               ││  [x] 2. Volg hoe het traject loopt. · 04-11-2026 door Marloes   │",
            "│                               ││         Notitie: Loopt goed                                     │",
            "│                               ││                                                                 │",
            "│                               ││Toelichting                                                      │",
            "│                               ││Help met je acties mee aan het gewone leven van de klant: zelf   │",
            "│                               ││dingen kunnen en meedoen. Werk volgens plan en op resultaat. Zorg│",
            "│                               ││dat de hulp doorloopt. Zeg wat je doet en doe wat je zegt. Voer  │",
            "│                               ││alle afgesproken acties uit; niets is zo frustrerend als doelen  │",
            "│                               ││en acties afspreken waar daarna niets mee gebeurt. Steun elkaar  │",
            "│                               ││en spreek elkaar aan op de afspraken. Zorg dat hulp en           │",
            "│                               ││ondersteuning goed op elkaar aansluiten. De verantwoordelijkheden│",
            "│                               ││zijn dezelfde als in fase 3b. Schaal op als het nodig is en      │",
            "│                               ││schaal af als het kan. Gebruik daarvoor de regiekaart en de      │",
            "│                               ││afspraken daarover.                                              │",
            "│                               ││                                                                 │",
            "│                               ││Daarna: fase 5a Voortgangsoverleg voorbereiden of 6a Overdragen  │",
            "│                               ││             of afsluiten en nazorg professional                 │",
            "│                               ││                                                                 │",
            "│                               ││                                                                 │",
            "└───────────────────────────────┘└─────────────────────────────────────────────────────────────────┘",
            " Spatie afvinken · n notitie · h huidige fase · m meldcode · v signalen · PgDn volgende fase",
        ])
    }

    @Test("afvinken in ronde 2 laat het vinkje van ronde 1 staan, en weghalen ook")
    func afvinkenInRondeTwee() throws {
        let werk = try TestWerk(gebruiker: Self.naam)
        defer { werk.ruimOp() }
        var r = rit(werk, Self.rondeTwee(), hoogte: 64)
        r.druk(.character(" "))  // 4.p1: ticked in round 1, not yet in round 2
        let vandaag = werk.omgeving.vandaag
        #expect(r.dossier.proces.afgevinkt.filter { $0.actie == "4.p1" }
            == [Afvinking(actie: "4.p1", datum: Self.dag(3), door: "Marloes", ronde: 1),
                Afvinking(actie: "4.p1", datum: vandaag, door: Self.naam, ronde: 2)])
        #expect(regels(r) == [
            "┌─ Fasen ───────────────────────┐┌─ Fase 4 · Voortgang ────────────────────────────────────────────┐",
            "│  1  Aanmelding             0/8││◆ Dit is de huidige fase · 2/9 afgevinkt                         │",
            "│  2  Intake                0/10││Ronde 2 · huidige ronde · begonnen 19-11-2026                    │",
            "│  3a Startoverleg voorber… 0/24││Doel: Iedereen voert de afspraken uit het plan uit. Je volgt hoe │",
            "│  3b Startoverleg uitvoer… 0/16││      het gaat, pakt signalen op en schaalt op als dat nodig is. │",
            "│▸ 4  Voortgang    ronde 2 · 2/9││! Zijn er signalen van (acute) onveiligheid of onvoldoende       │",
            "│   ◆ huidige fase              ││  basiszorg? Beantwoord met v: ja, nee of onbekend.              │",
            "│  5a Voortgangs… ronde 2 · 0/13││  Nog niet beantwoord in deze fase.                              │",
            "│  5b Voortgangs… ronde 2 · 0/20││                                                                 │",
            "│  6a Overdragen of afsluit… 0/5││Procesregie · 2/6 afgevinkt                                      │",
            "│  6b Afsluiten en nazorg k… 0/9││▸ [x] 1. Stuur de klant en de professionals het                  │",
            "│                               ││         ondersteuningsplan als pdf, of geef toegang tot het     │",
            "│Meldcode                       ││         digitale plan.                                          │",
            "│Niet doorlopen.                ││         afgevinkt 23-11-2026 door Sanne Visser                  │",
            "│                               ││  [x] 2. Volg hoe het traject loopt.                             │",
            "│                               ││         afgevinkt 20-11-2026 door Sanne Visser                  │",
            "│                               ││         Uitleg: Vertel open en duidelijk aan alle betrokkenen   │",
            "│                               ││                 wat er gebeurt. Wees bereikbaar voor signalen.  │",
            "│                               ││  [ ] 3. Pak signalen op over de uitvoering, de samenwerking en  │",
            "│                               ││         zaken die vastlopen.                                    │",
            "│                               ││  [ ] 4. Schaal op als dat nodig is.                             │",
            "│                               ││         Uitleg: Gebruik daarvoor de regiekaart.                 │",
            "│                               ││  [ ] 5. Ga verder met fase 5a.                                  │",
            "│                               ││  [ ] 6. Zijn er signalen van (acute) onveiligheid of onvoldoende│",
            "│                               ││         basiszorg? Ga naar 'Aanvullende acties bij              │",
            "│                               ││         onveiligheid'.                                          │",
            "│                               ││         Uitleg: Neem die stappen op in de coördinatie van zorg. │",
            "│                               ││                                                                 │",
            "│                               ││Casusregie · 0/3 afgevinkt                                       │",
            "│                               ││  [ ] 1. Volg hoe het traject loopt.                             │",
            "│                               ││         Uitleg: Vertel open en duidelijk aan alle betrokkenen   │",
            "│                               ││                 wat er gebeurt. Wees bereikbaar voor signalen.  │",
            "│                               ││                 Werk mee als er signalen zijn over de           │",
            "│                               ││                 uitvoering, de samenwerking of zaken die        │",
            "│                               ││                 vastlopen. Schaal op als dat nodig is.          │",
            "│                               ││  [ ] 2. Ga verder met fase 5a.                                  │",
            "│                               ││  [ ] 3. Zijn er signalen van (acute) onveiligheid of onvoldoende│",
            "│                               ││         basiszorg? Ga naar 'Aanvullende acties bij              │",
            "│                               ││         onveiligheid'.                                          │",
            "│                               ││         Uitleg: Neem die stappen op in de coördinatie van zorg. │",
            "│                               ││                                                                 │",
            "│                               ││Eerdere rondes                                                   │",
            "│                               ││Ronde 1 · begonnen 03-11-2026 · voortgangsoverleg van 18-11-2026 │",
            "│                               ││  [x] 1. Stuur de klant en de professi… · 03-11-2026 door Marloes│",
            "│                               ││  [x] 2. Volg hoe het traject loopt. · 04-11-2026 door Marloes   │",
            "│                               ││         Notitie: Loopt goed                                     │",
            "│                               ││                                                                 │",
            "│                               ││Toelichting                                                      │",
            "│                               ││Help met je acties mee aan het gewone leven van de klant: zelf   │",
            "│                               ││dingen kunnen en meedoen. Werk volgens plan en op resultaat. Zorg│",
            "│                               ││dat de hulp doorloopt. Zeg wat je doet en doe wat je zegt. Voer  │",
            "│                               ││alle afgesproken acties uit; niets is zo frustrerend als doelen  │",
            "│                               ││en acties afspreken waar daarna niets mee gebeurt. Steun elkaar  │",
            "│                               ││en spreek elkaar aan op de afspraken. Zorg dat hulp en           │",
            "│                               ││ondersteuning goed op elkaar aansluiten. De verantwoordelijkheden│",
            "│                               ││zijn dezelfde als in fase 3b. Schaal op als het nodig is en      │",
            "│                               ││schaal af als het kan. Gebruik daarvoor de regiekaart en de      │",
            "│                               ││afspraken daarover.                                              │",
            "│                               ││                                                                 │",
            "│                               ││Daarna: fase 5a Voortgangsoverleg voorbereiden of 6a Overdragen  │",
            "│                               ││             of afsluiten en nazorg professional                 │",
            "│                               ││                                                                 │",
            "└───────────────────────────────┘└─────────────────────────────────────────────────────────────────┘",
            " Spatie afvinken · n notitie · h huidige fase · m meldcode · v signalen · PgDn volgende fase",
        ])

        r.druk(.character(" "), .character("j"))
        #expect(r.dossier.proces.afgevinkt.filter { $0.actie == "4.p1" }
            == [Afvinking(actie: "4.p1", datum: Self.dag(3), door: "Marloes", ronde: 1)])
        #expect(regels(r) == regels(rit(werk, Self.rondeTwee(), hoogte: 64)), "weer zoals het was")
    }

    @Test("de lijst met fasen zet de ronde bij 4, 5a en 5b")
    func rondeInLijst() throws {
        let werk = try TestWerk()
        defer { werk.ruimOp() }
        let scherm = regels(rit(werk, Self.rondeTwee()))
        #expect(Array(scherm[0...10].map { String($0.prefix(33)) }) == [
            "┌─ Fasen ───────────────────────┐",
            "│  1  Aanmelding             0/8│",
            "│  2  Intake                0/10│",
            "│  3a Startoverleg voorber… 0/24│",
            "│  3b Startoverleg uitvoer… 0/16│",
            "│▸ 4  Voortgang    ronde 2 · 1/9│",
            "│   ◆ huidige fase              │",
            "│  5a Voortgangs… ronde 2 · 0/13│",
            "│  5b Voortgangs… ronde 2 · 0/20│",
            "│  6a Overdragen of afsluit… 0/5│",
            "│  6b Afsluiten en nazorg k… 0/9│",
        ])
    }

    // MARK: The phase follows the work

    @Test("een fase die vooruitloopt op de vinkjes vraagt een reden; leeg wordt geweigerd, de reden wordt bewaard")
    func redenGevraagd() throws {
        let werk = try TestWerk(gebruiker: Self.naam)
        defer { werk.ruimOp() }
        var r = rit(werk, Self.nieuw())
        r.druk(.pageDown, .character("h"))
        #expect(r.scherm.heeftEigenFocus)
        #expect(regels(r) == [
            "┌─ Fasen ───────────────────────┐┌─ Fase 2 · Intake ───────────────────────────────────────────────┐",
            "│  1  Aanmelding             0/8││0/10 afgevinkt · niet de huidige fase                            │",
            "│   ◆ huidige fase              ││Doel: Je maakt samen met de klant duidelijk wat de vraag is, wat │",
            "│▸ 2  Intake                0/10││      goed gaat en wat zorgen geeft. Je bepaalt of coördinatie   │",
            "│  3a Startoverleg voorber… 0/24││      van zorg nodig is.                                         │",
            "│  3b Startoverleg uitvoer… 0/16││! Zijn er signalen van (acute) onveiligheid of onvoldoende       │",
            "│  4  Voortgang    ronde 1 · 0/9││  basiszorg? Beantwoord met v: ja, nee of onbekend.              │",
            "│  5a Voortgangs… ronde 1 · 0/13││  Nog niet beantwoord in deze fase.                              │",
            "│  5b Voortgangs… ronde 1 · 0/20││                                                                 │",
            "│  6a Overdragen of afsluit… 0/5││Procesregie · 0/7 afgevinkt                                      │",
            "│  6b Afsluiten en nazorg k… 0/9││▸ [ ] 1. Maak samen met de klant de vraag duidelijk.             │",
            "│           ┌─ Fase 2 wordt de huidige fase ───────────────────────────────────────────┐k hoe ze   │",
            "│Meldcode   │ In fase 1 zijn nog 8 acties niet afgevinkt. Waarom nu naar fase 2        │           │",
            "│Niet doorlo│ Intake?                                                                  │ de        │",
            "│           │                                                                          │n zorg.    │",
            "│           │ Reden                                                                    │           │",
            "│           │                                                                          │seur.      │",
            "│           │ Enter vastleggen · Esc annuleren                                         │           │",
            "│           └──────────────────────────────────────────────────────────────────────────┘onvoldoende│",
            "│                               ││         basiszorg? Ga naar 'Aanvullende acties bij              │",
            "│                               ││         onveiligheid'.                                          │",
            "│                               ││         Uitleg: Neem die stappen op in de coördinatie van zorg. │",
            "│                               ││                                                                 │",
            "│                               ││Casusregie · 0/3 afgevinkt                                       │",
            "│                               ││  [ ] 1. Als de klant dat wil: ondersteun de klant bij de intake │",
            "│                               ││         door het lokale team.                                   │",
            "│                               ││  [ ] 2. Ga naar fase 3a.                                        │",
            "│                               ││  [ ] 3. Zijn er signalen van (acute) onveiligheid of onvol↓ meer│",
            "└───────────────────────────────┘└─────────────────────────────────────────────────────────────────┘",
            " Spatie afvinken · n notitie · h huidige fase · m meldcode · v signalen · PgDn volgende fase",
        ])

        r.druk(.enter)
        #expect(r.dossier.proces.fase == "1", "zonder reden verandert de fase niet")
        #expect(r.dossier.proces.faseovergangen.isEmpty)
        #expect(regels(r) == [
            "┌─ Fasen ───────────────────────┐┌─ Fase 2 · Intake ───────────────────────────────────────────────┐",
            "│  1  Aanmelding             0/8││0/10 afgevinkt · niet de huidige fase                            │",
            "│   ◆ huidige fase              ││Doel: Je maakt samen met de klant duidelijk wat de vraag is, wat │",
            "│▸ 2  Intake                0/10││      goed gaat en wat zorgen geeft. Je bepaalt of coördinatie   │",
            "│  3a Startoverleg voorber… 0/24││      van zorg nodig is.                                         │",
            "│  3b Startoverleg uitvoer… 0/16││! Zijn er signalen van (acute) onveiligheid of onvoldoende       │",
            "│  4  Voortgang    ronde 1 · 0/9││  basiszorg? Beantwoord met v: ja, nee of onbekend.              │",
            "│  5a Voortgangs… ronde 1 · 0/13││  Nog niet beantwoord in deze fase.                              │",
            "│  5b Voortgangs… ronde 1 · 0/20││                                                                 │",
            "│  6a Overdr┌─ Fase 2 wordt de huidige fase ───────────────────────────────────────────┐           │",
            "│  6b Afslui│ In fase 1 zijn nog 8 acties niet afgevinkt. Waarom nu naar fase 2        │           │",
            "│           │ Intake?                                                                  │k hoe ze   │",
            "│Meldcode   │                                                                          │           │",
            "│Niet doorlo│ Reden                                                                    │ de        │",
            "│           │                                                                          │n zorg.    │",
            "│           │ ! Schrijf op waarom fase 2 nu de huidige fase wordt; zonder reden        │           │",
            "│           │ verandert de fase niet.                                                  │seur.      │",
            "│           │                                                                          │           │",
            "│           │ Enter vastleggen · Esc annuleren                                         │onvoldoende│",
            "│           └──────────────────────────────────────────────────────────────────────────┘           │",
            "│                               ││         onveiligheid'.                                          │",
            "│                               ││         Uitleg: Neem die stappen op in de coördinatie van zorg. │",
            "│                               ││                                                                 │",
            "│                               ││Casusregie · 0/3 afgevinkt                                       │",
            "│                               ││  [ ] 1. Als de klant dat wil: ondersteun de klant bij de intake │",
            "│                               ││         door het lokale team.                                   │",
            "│                               ││  [ ] 2. Ga naar fase 3a.                                        │",
            "│                               ││  [ ] 3. Zijn er signalen van (acute) onveiligheid of onvol↓ meer│",
            "└───────────────────────────────┘└─────────────────────────────────────────────────────────────────┘",
            " Spatie afvinken · n notitie · h huidige fase · m meldcode · v signalen · PgDn volgende fase",
        ])

        r.typ("Aanmelding liep via de huisarts")
        r.druk(.enter)
        #expect(!r.scherm.heeftEigenFocus)
        #expect(r.dossier.proces.fase == "2")
        #expect(r.dossier.proces.faseovergangen == [Faseovergang(van: "1", naar: "2", datum: werk.omgeving.vandaag, door: Self.naam,
                                                                 reden: "Aanmelding liep via de huisarts", ronde: 1)])
        #expect(meldingen(r.verzoeken) == ["Fase 2 Intake is nu de huidige fase. De reden is vastgelegd."])
        r.druk(.end)
        #expect(regels(r) == [
            "┌─ Fasen ───────────────────────┐┌─ Fase 2 · Intake ───────────────────────────────────────────────┐",
            "│  1  Aanmelding             0/8││         onveiligheid'.                                    ↑ meer│",
            "│▸ 2  Intake                0/10││         Uitleg: Neem die stappen op in de coördinatie van zorg. │",
            "│   ◆ huidige fase              ││                                                                 │",
            "│  3a Startoverleg voorber… 0/24││Casusregie · 0/3 afgevinkt                                       │",
            "│  3b Startoverleg uitvoer… 0/16││  [ ] 1. Als de klant dat wil: ondersteun de klant bij de intake │",
            "│  4  Voortgang    ronde 1 · 0/9││         door het lokale team.                                   │",
            "│  5a Voortgangs… ronde 1 · 0/13││  [ ] 2. Ga naar fase 3a.                                        │",
            "│  5b Voortgangs… ronde 1 · 0/20││▸ [ ] 3. Zijn er signalen van (acute) onveiligheid of onvoldoende│",
            "│  6a Overdragen of afsluit… 0/5││         basiszorg? Ga naar 'Aanvullende acties bij              │",
            "│  6b Afsluiten en nazorg k… 0/9││         onveiligheid'.                                          │",
            "│                               ││         Uitleg: Neem die stappen op in de coördinatie van zorg. │",
            "│Meldcode                       ││                                                                 │",
            "│Niet doorlopen.                ││Fasewisselingen                                                  │",
            "│                               ││  23-11-2026 · fase 1 → 2 · Sanne Visser                         │",
            "│                               ││    Reden: Aanmelding liep via de huisarts                       │",
            "│                               ││                                                                 │",
            "│                               ││Toelichting                                                      │",
            "│                               ││Zet coördinatie van zorg altijd in bij onvoldoende basiszorg,    │",
            "│                               ││onveiligheid, huiselijk geweld, kindermishandeling of            │",
            "│                               ││ouderenmishandeling. Ook als er alleen een vermoeden is.         │",
            "│                               ││Huiselijk geweld stopt niet vanzelf. Regie en goed volgen zijn   │",
            "│                               ││nodig om de situatie te verbeteren. Vraag de klant hoe hij of zij│",
            "│                               ││omgaat met ruzie en conflicten. Zo maak je onveiligheid op een   │",
            "│                               ││rustige manier bespreekbaar. De folder staat op de website van   │",
            "│                               ││1Gezin1Plan1Regisseur.                                           │",
            "│                               ││                                                                 │",
            "│                               ││Daarna: fase 3a Startoverleg voorbereiden                        │",
            "└───────────────────────────────┘└─────────────────────────────────────────────────────────────────┘",
            " Spatie afvinken · n notitie · h huidige fase · m meldcode · v signalen · PgDn volgende fase",
        ])
    }

    @Test("Esc sluit de vraag om een reden zonder iets te veranderen")
    func redenAnnuleren() throws {
        let werk = try TestWerk(gebruiker: Self.naam)
        defer { werk.ruimOp() }
        var r = rit(werk, Self.nieuw())
        r.druk(.pageDown, .character("h"))
        r.typ("half")
        #expect(r.stuur(.key(.escape)) == .consumed)
        #expect(!r.scherm.heeftEigenFocus)
        #expect(r.dossier.proces.fase == "1")
        #expect(r.dossier.proces.faseovergangen.isEmpty)
    }

    @Test("terug naar fase 4 na een ronde met werk begint ronde 2 zonder reden, en de melding zegt het")
    func nieuweRonde() throws {
        let werk = try TestWerk(gebruiker: Self.naam)
        defer { werk.ruimOp() }
        var d = Self.nieuw()
        d.proces = Processtatus(fase: "5b", afgevinkt: [Afvinking(actie: "4.p1", datum: Self.dag(3), door: "Marloes")])
        var r = rit(werk, d)
        r.druk(.pageUp, .pageUp, .character("h"))
        #expect(!r.scherm.heeftEigenFocus, "terug naar 4 volgt de methode: geen reden nodig")
        #expect(r.dossier.proces.fase == "4")
        #expect(r.dossier.proces.huidigeRonde == 2)
        #expect(meldingen(r.verzoeken) == ["Fase 4 Voortgang is nu de huidige fase. Ronde 2 is begonnen; de vinkjes van ronde 1 blijven bewaard."])
        let scherm = r.tekst()
        #expect(scherm.contains("│Ronde 2 · huidige ronde · begonnen 23-11-2026"))
        #expect(scherm.contains("[ ] 1. Stuur de klant"), "ronde 2 begint leeg")
    }

    @Test("een afgesloten huishouden krijgt geen andere fase; 6b.p10 zegt dat het is afgesloten")
    func afgesloten() throws {
        let werk = try TestWerk(gebruiker: Self.naam)
        defer { werk.ruimOp() }
        var d = Self.nieuw()
        d.proces.fase = "6b"
        d.proces.afsluitingen = [Afsluiting(datum: Self.dag(20), door: "Marloes", evaluatie: "Goed gegaan", vragenBij: "het lokale team")]
        var r = rit(werk, d, hoogte: 40)
        r.druk(.pageUp, .character("h"))
        #expect(!r.scherm.heeftEigenFocus)
        #expect(r.dossier.proces.fase == "6b")
        #expect(meldingen(r.verzoeken) == ["Het huishouden is afgesloten; de fase verandert pas als het weer open is."])
        r.druk(.pageDown, .end)
        #expect(r.tekst().contains("││          Regel · het huishouden is afgesloten op 20-11-2026 door│"))
    }

    @Test("een andere fase kiezen zonder naam vraagt eerst de naam")
    func huidigZonderNaam() throws {
        let werk = try TestWerk(gebruiker: nil)
        defer { werk.ruimOp() }
        var r = rit(werk, Self.nieuw())
        r.druk(.pageDown, .character("h"))
        #expect(vroegNaam(r.verzoeken))
        #expect(!r.scherm.heeftEigenFocus)
        #expect(r.dossier.proces.fase == "1")
    }

    // MARK: The safety question

    @Test("de vraag naar signalen: ja legt het antwoord vast, begint de meldcode en opent die")
    func signalenJa() throws {
        let werk = try TestWerk(gebruiker: Self.naam)
        defer { werk.ruimOp() }
        var r = rit(werk, Self.nieuw())
        r.druk(.character("v"))
        #expect(r.scherm.heeftEigenFocus)
        #expect(regels(r) == [
            "┌─ Fasen ───────────────────────┐┌─ Fase 1 · Aanmelding ───────────────────────────────────────────┐",
            "│▸ 1  Aanmelding             0/8││◆ Dit is de huidige fase · 0/8 afgevinkt                         │",
            "│   ◆ huidige fase              ││Doel: Er komt een vraag of aanmelding binnen. Je kijkt of de     │",
            "│  2  Intake                0/10││      basiszorg en de veiligheid in orde zijn en zorgt dat de    │",
            "│  3a Startoverleg voorber… 0/24││      vraag bij het lokale team komt.                            │",
            "│  3b Startoverleg uitvoer… 0/16││! Zijn er signalen van (acute) onveiligheid of onvoldoende       │",
            "│  4  Voortgang    ronde 1 · 0/9││  basiszorg? Beantwoord met v: ja, nee of onbekend.              │",
            "│  5a Voortgangs… ronde 1 · 0/13││  Nog niet beantwoord in deze fase.                              │",
            "│  5b Voortgangs… ronde 1 · 0/20││                                                                 │",
            "│  6a Overdragen of afsluit… 0/5││Procesregie · 0/4 afgevinkt                                      │",
            "│  6b Afslui┌─ Signalen van onveiligheid ──────────────────────────────────────────────┐           │",
            "│           │ Fase 1 Aanmelding. Zijn er signalen van (acute) onveiligheid of          │n het      │",
            "│Meldcode   │ onvoldoende basiszorg?                                                   │           │",
            "│Niet doorlo│                                                                          │           │",
            "│           │ Antwoord      ja   nee  [ onbekend ]                                     │           │",
            "│           │ Toelichting                                                              │ zijn. Is  │",
            "│           │                                                                          │org? Ga    │",
            "│           │ Enter volgend veld, op het laatste veld vastleggen · Esc annuleren       │           │",
            "│           └──────────────────────────────────────────────────────────────────────────┘ van zorg. │",
            "│                               ││  [ ] 4. Ga door naar fase 2.                                    │",
            "│                               ││                                                                 │",
            "│                               ││Casusregie · 0/4 afgevinkt                                       │",
            "│                               ││  [ ] 1. Neem de vraag van de klant aan.                         │",
            "│                               ││  [ ] 2. Heeft de klant een maatwerkvoorziening nodig? Verwijs de│",
            "│                               ││         klant dan naar het lokale team.                         │",
            "│                               ││         Uitleg: Een maatwerkvoorziening is hulp die speciaal    │",
            "│                               ││                 voor deze klant wordt geregeld en toegekend.    │",
            "│                               ││  [ ] 3. Kijk of de basiszorg en de veiligheid in orde zijn↓ meer│",
            "└───────────────────────────────┘└─────────────────────────────────────────────────────────────────┘",
            " Spatie afvinken · n notitie · h huidige fase · m meldcode · v signalen · PgDn volgende fase",
        ])

        r.druk(.character("j"), .enter)
        r.typ("Noah zegt dat vader slaat")
        r.druk(.enter)
        let vandaag = werk.omgeving.vandaag
        #expect(r.dossier.proces.veiligheidsvragen == [Veiligheidsvraag(fase: "1", antwoord: .ja, datum: vandaag, door: Self.naam,
                                                                        toelichting: "Noah zegt dat vader slaat", ronde: 1)])
        #expect(r.dossier.proces.meldcode == [Meldcodeverloop(begonnen: vandaag, aanleiding: "signalen bij fase 1")])
        #expect(r.scherm.scopes == ["meldcode"], "de extra stappen staan open")
        #expect(r.tekst().contains("│Begonnen 23-11-2026 · aanleiding: signalen bij fase 1"))
        #expect(meldingen(r.verzoeken) == ["Signalen van onveiligheid vastgelegd bij fase 1. De extra stappen (meldcode) zijn begonnen. Er is nu een veiligheidsplan nodig."])

        r.druk(.escape)
        #expect(regels(r) == [
            "┌─ Fasen ───────────────────────┐┌─ Fase 1 · Aanmelding ───────────────────────────────────────────┐",
            "│▸ 1  Aanmelding             0/8││◆ Dit is de huidige fase · 0/8 afgevinkt                         │",
            "│   ◆ huidige fase              ││Doel: Er komt een vraag of aanmelding binnen. Je kijkt of de     │",
            "│  2  Intake                0/10││      basiszorg en de veiligheid in orde zijn en zorgt dat de    │",
            "│  3a Startoverleg voorber… 0/24││      vraag bij het lokale team komt.                            │",
            "│  3b Startoverleg uitvoer… 0/16││! Zijn er signalen van (acute) onveiligheid of onvoldoende       │",
            "│  4  Voortgang    ronde 1 · 0/9││  basiszorg? Beantwoord met v: ja, nee of onbekend.              │",
            "│  5a Voortgangs… ronde 1 · 0/13││  Laatste antwoord: ja · 23-11-2026 door Sanne Visser            │",
            "│  5b Voortgangs… ronde 1 · 0/20││  Toelichting: Noah zegt dat vader slaat                         │",
            "│  6a Overdragen of afsluit… 0/5││  Ga verder met de extra stappen (meldcode, m).                  │",
            "│  6b Afsluiten en nazorg k… 0/9││                                                                 │",
            "│                               ││Procesregie · 0/4 afgevinkt                                      │",
            "│Meldcode                       ││▸ [ ] 1. Neem de vraag van de klant aan.                         │",
            "│Vraag 1 van het afwegingskader ││  [ ] 2. Zet de aanmelding door naar een medewerker van het      │",
            "│staat open; 0 van 6 stappen    ││         lokale team.                                            │",
            "│gedaan.                        ││         Uitleg: Dit doet de front office, het eerste            │",
            "│                               ││                 contactpunt.                                    │",
            "│                               ││  [ ] 3. Kijk of de basiszorg en de veiligheid in orde zijn. Is  │",
            "│                               ││         er (acute) onveiligheid of onvoldoende basiszorg? Ga    │",
            "│                               ││         naar 'Aanvullende acties bij onveiligheid'.             │",
            "│                               ││         Uitleg: Start in dat geval altijd coördinatie van zorg. │",
            "│                               ││  [ ] 4. Ga door naar fase 2.                                    │",
            "│                               ││                                                                 │",
            "│                               ││Casusregie · 0/4 afgevinkt                                       │",
            "│                               ││  [ ] 1. Neem de vraag van de klant aan.                         │",
            "│                               ││  [ ] 2. Heeft de klant een maatwerkvoorziening nodig? Verwijs de│",
            "│                               ││         klant dan naar het lokale team.                         │",
            "│                               ││         Uitleg: Een maatwerkvoorziening is hulp die specia↓ meer│",
            "└───────────────────────────────┘└─────────────────────────────────────────────────────────────────┘",
            " Spatie afvinken · n notitie · h huidige fase · m meldcode · v signalen · PgDn volgende fase",
        ])
    }

    @Test("nog eens ja met een open meldcode gaat verder met die; zonder toestemming wijst de melding op de meldcode")
    func signalenMeldcodeLoopt() throws {
        let werk = try TestWerk(gebruiker: Self.naam)
        defer { werk.ruimOp() }
        var d = Self.nieuw()
        d.toestemmingDelen = .nee
        d.proces.meldcode = [Meldcodeverloop(begonnen: Self.dag(10), aanleiding: "signalen bij fase 1")]
        var r = rit(werk, d)
        r.druk(.pageDown, .character("v"), .character("j"), .enter, .enter)
        #expect(r.dossier.proces.meldcode.count == 1)
        #expect(r.dossier.proces.veiligheidsvragen.map(\.fase) == ["2"])
        #expect(r.scherm.scopes == ["meldcode"])
        #expect(meldingen(r.verzoeken) == ["Signalen van onveiligheid vastgelegd bij fase 2. De extra stappen (meldcode) liepen al en gaan verder. "
                                           + "Er is nu een veiligheidsplan nodig. Er is geen toestemming om informatie te delen: volg de meldcode."])
        r.druk(.escape)
        #expect(regels(r) == [
            "┌─ Fasen ───────────────────────┐┌─ Fase 2 · Intake ───────────────────────────────────────────────┐",
            "│  1  Aanmelding             0/8││0/10 afgevinkt · niet de huidige fase                            │",
            "│   ◆ huidige fase              ││Doel: Je maakt samen met de klant duidelijk wat de vraag is, wat │",
            "│▸ 2  Intake                0/10││      goed gaat en wat zorgen geeft. Je bepaalt of coördinatie   │",
            "│  3a Startoverleg voorber… 0/24││      van zorg nodig is.                                         │",
            "│  3b Startoverleg uitvoer… 0/16││! Zijn er signalen van (acute) onveiligheid of onvoldoende       │",
            "│  4  Voortgang    ronde 1 · 0/9││  basiszorg? Beantwoord met v: ja, nee of onbekend.              │",
            "│  5a Voortgangs… ronde 1 · 0/13││  Laatste antwoord: ja · 23-11-2026 door Sanne Visser            │",
            "│  5b Voortgangs… ronde 1 · 0/20││  Ga verder met de extra stappen (meldcode, m). Er is geen       │",
            "│  6a Overdragen of afsluit… 0/5││  toestemming om informatie te delen: volg de meldcode.          │",
            "│  6b Afsluiten en nazorg k… 0/9││                                                                 │",
            "│                               ││Procesregie · 0/7 afgevinkt                                      │",
            "│Meldcode                       ││▸ [ ] 1. Maak samen met de klant de vraag duidelijk.             │",
            "│Vraag 1 van het afwegingskader ││  [ ] 2. Breng de krachten en zorgen in kaart en bekijk hoe ze   │",
            "│staat open; 0 van 6 stappen    ││         samenhangen.                                            │",
            "│gedaan.                        ││  [ ] 3. Bepaal of het huishouden kwetsbaar is volgens de        │",
            "│                               ││         criteria. Is dat zo? Start dan coördinatie van zorg.    │",
            "│                               ││  [ ] 4. Leg de werkwijze uit.                                   │",
            "│                               ││  [ ] 5. Geef de klant de folder van 1Gezin1Plan1Regisseur.      │",
            "│                               ││  [ ] 6. Ga naar fase 3a.                                        │",
            "│                               ││  [ ] 7. Zijn er signalen van (acute) onveiligheid of onvoldoende│",
            "│                               ││         basiszorg? Ga naar 'Aanvullende acties bij              │",
            "│                               ││         onveiligheid'.                                          │",
            "│                               ││         Uitleg: Neem die stappen op in de coördinatie van zorg. │",
            "│                               ││                                                                 │",
            "│                               ││Casusregie · 0/3 afgevinkt                                       │",
            "│                               ││  [ ] 1. Als de klant dat wil: ondersteun de klant bij de intake │",
            "│                               ││         door het lokale team.                             ↓ meer│",
            "└───────────────────────────────┘└─────────────────────────────────────────────────────────────────┘",
            " Spatie afvinken · n notitie · h huidige fase · m meldcode · v signalen · PgDn volgende fase",
        ])
    }

    @Test("nee legt het antwoord vast zonder meldcode; de vraag toont daarna het vorige antwoord")
    func signalenNee() throws {
        let werk = try TestWerk(gebruiker: Self.naam)
        defer { werk.ruimOp() }
        var r = rit(werk, Self.nieuw())
        r.druk(.character("v"), .character("n"), .enter, .enter)
        #expect(r.dossier.proces.veiligheidsvragen.map(\.antwoord) == [.nee])
        #expect(r.dossier.proces.meldcode.isEmpty)
        #expect(r.scherm.scopes == ["fasen"])
        #expect(meldingen(r.verzoeken) == ["Vastgelegd bij fase 1: geen signalen van onveiligheid."])
        #expect(r.tekst().contains("│  Laatste antwoord: nee · 23-11-2026 door Sanne Visser"))
        r.druk(.character("v"))
        #expect(r.tekst().contains("│ Antwoord      ja  [ nee ]  onbekend"), "het vorige antwoord staat klaar")
    }

    @Test("de vraag naar signalen hoort bij fase 1, 2, 4 en 6b; zonder naam wordt eerst de naam gevraagd")
    func signalenAlleenBijVertakking() throws {
        let werk = try TestWerk(gebruiker: nil)
        defer { werk.ruimOp() }
        var r = rit(werk, Self.nieuw())
        r.druk(.pageDown, .pageDown, .character("v"))
        #expect(!r.scherm.heeftEigenFocus)
        #expect(meldingen(r.verzoeken) == ["In fase 3a stelt de methode deze vraag niet; dat doet ze in fase 1, 2, 4 en 6b. "
                                           + "Ziet u toch signalen, open dan de extra stappen met m."])
        #expect(!r.tekst().contains("v signalen"), "de hint noemt de toets alleen waar de vraag hoort")
        r.druk(.pageUp, .character("v"))
        #expect(vroegNaam(r.verzoeken))
        #expect(!r.scherm.heeftEigenFocus)
        #expect(r.dossier.proces.veiligheidsvragen.isEmpty)
    }

    // MARK: 6b.p10 is a rule

    @Test("6b.p10 is een regel met de stand van nu, geen vinkje; Spatie legt uit")
    func regelInZesB() throws {
        let werk = try TestWerk(gebruiker: Self.naam)
        defer { werk.ruimOp() }
        var r = rit(werk, Self.nieuw(), hoogte: 50)
        r.druk(.left, .end, .right, .end)
        #expect(regels(r) == [
            "┌─ Fasen ───────────────────────┐┌─ Fase 6b · Afsluiten en nazorg klant ───────────────────────────┐",
            "│  1  Aanmelding             0/8││0/9 afgevinkt · niet de huidige fase                             │",
            "│   ◆ huidige fase              ││Afsluiten                                                        │",
            "│  2  Intake                0/10││a: afsluiten, met de evaluatie met de klant, de nazorg en waar de│",
            "│  3a Startoverleg voorber… 0/24││klant terecht kan met vragen. Dat kan niet zolang er signalen van│",
            "│  3b Startoverleg uitvoer… 0/16││onveiligheid zijn.                                               │",
            "│  4  Voortgang    ronde 1 · 0/9││                                                                 │",
            "│  5a Voortgangs… ronde 1 · 0/13││Doel: Je sluit de coördinatie van zorg samen met de klant af. Je │",
            "│  5b Voortgangs… ronde 1 · 0/20││      regelt wat er daarna nog nodig is. Sluit nooit af zolang er│",
            "│  6a Overdragen of afsluit… 0/5││      signalen van onveiligheid zijn.                            │",
            "│▸ 6b Afsluiten en nazorg k… 0/9││! Zijn er signalen van (acute) onveiligheid of onvoldoende       │",
            "│                               ││  basiszorg? Beantwoord met v: ja, nee of onbekend.              │",
            "│Meldcode                       ││  Nog niet beantwoord in deze fase.                              │",
            "│Niet doorlopen.                ││                                                                 │",
            "│                               ││Procesregie · 0/9 afgevinkt                                      │",
            "│                               ││  [ ] 1. Bespreek met de klant of de coördinatie van zorg kan    │",
            "│                               ││         stoppen.                                                │",
            "│                               ││  [ ] 2. Bespreek of er daarna nog hulp of steun nodig is.       │",
            "│                               ││  [ ] 3. Zo ja: bespreek met de klant en het netwerk wat er dan  │",
            "│                               ││         nodig is.                                               │",
            "│                               ││  [ ] 4. Leg vast wie wat doet, wanneer en hoe vaak.             │",
            "│                               ││  [ ] 5. Bespreek wie de klant kan helpen bij vragen.            │",
            "│                               ││  [ ] 6. Spreek af wanneer de coördinatie van zorg stopt.        │",
            "│                               ││  [ ] 7. Bespreek in het laatste overleg hoe het traject is      │",
            "│                               ││         gegaan en wat het heeft opgeleverd.                     │",
            "│                               ││  [ ] 8. Bedank de klant en de betrokkenen voor hun inzet en     │",
            "│                               ││         betrokkenheid.                                          │",
            "│                               ││  [ ] 9. Sluit af.                                               │",
            "│                               ││▸ (!) 10. Zijn er signalen van (acute) onveiligheid of           │",
            "│                               ││          onvoldoende basiszorg? Sluit dan niet af.              │",
            "│                               ││          Regel · geen signalen: afsluiten kan.                  │",
            "│                               ││          Uitleg: Ga terug naar fase 5b en naar 'Aanvullende     │",
            "│                               ││                  acties bij onveiligheid'. Neem die stappen op  │",
            "│                               ││                  in de coördinatie van zorg.                    │",
            "│                               ││                                                                 │",
            "│                               ││Casusregie · 0/0 afgevinkt                                       │",
            "│                               ││  Geen acties in deze fase.                                      │",
            "│                               ││                                                                 │",
            "│                               ││Toelichting                                                      │",
            "│                               ││Maak duidelijke afspraken over hulp die daarna nog nodig is.     │",
            "│                               ││Vertel de klant waar hij of zij terecht kan met nieuwe vragen.   │",
            "│                               ││                                                                 │",
            "│                               ││Daarna: fase 5b Voortgangsoverleg uitvoeren                      │",
            "│                               ││                                                                 │",
            "│                               ││                                                                 │",
            "│                               ││                                                                 │",
            "│                               ││                                                                 │",
            "│                               ││                                                                 │",
            "└───────────────────────────────┘└─────────────────────────────────────────────────────────────────┘",
            " Spatie afvinken · n notitie · h huidige fase · m meldcode · v signalen · PgDn volgende fase",
        ])
        r.druk(.character(" "))
        #expect(r.dossier.proces.afgevinkt.isEmpty)
        #expect(meldingen(r.verzoeken) == ["Dit is geen vinkje maar een regel: Regie laat het afsluiten niet toe zolang er signalen van onveiligheid zijn. "
                                           + "Nu: geen signalen: afsluiten kan."])

        var onveilig = Self.nieuw()
        onveilig.proces.niveau = 3
        var r2 = rit(werk, onveilig, hoogte: 40)
        r2.druk(.left, .end, .right, .end)
        #expect(regels(r2) == [
            "┌─ Fasen ───────────────────────┐┌─ Fase 6b · Afsluiten en nazorg klant ───────────────────────────┐",
            "│  1  Aanmelding             0/8││Doel: Je sluit de coördinatie van zorg samen met de klant a↑ meer│",
            "│   ◆ huidige fase              ││      regelt wat er daarna nog nodig is. Sluit nooit af zolang er│",
            "│  2  Intake                0/10││      signalen van onveiligheid zijn.                            │",
            "│  3a Startoverleg voorber… 0/24││! Zijn er signalen van (acute) onveiligheid of onvoldoende       │",
            "│  3b Startoverleg uitvoer… 0/16││  basiszorg? Beantwoord met v: ja, nee of onbekend.              │",
            "│  4  Voortgang    ronde 1 · 0/9││  Nog niet beantwoord in deze fase.                              │",
            "│  5a Voortgangs… ronde 1 · 0/13││                                                                 │",
            "│  5b Voortgangs… ronde 1 · 0/20││Procesregie · 0/9 afgevinkt                                      │",
            "│  6a Overdragen of afsluit… 0/5││  [ ] 1. Bespreek met de klant of de coördinatie van zorg kan    │",
            "│▸ 6b Afsluiten en nazorg k… 0/9││         stoppen.                                                │",
            "│                               ││  [ ] 2. Bespreek of er daarna nog hulp of steun nodig is.       │",
            "│Meldcode                       ││  [ ] 3. Zo ja: bespreek met de klant en het netwerk wat er dan  │",
            "│Niet doorlopen.                ││         nodig is.                                               │",
            "│                               ││  [ ] 4. Leg vast wie wat doet, wanneer en hoe vaak.             │",
            "│                               ││  [ ] 5. Bespreek wie de klant kan helpen bij vragen.            │",
            "│                               ││  [ ] 6. Spreek af wanneer de coördinatie van zorg stopt.        │",
            "│                               ││  [ ] 7. Bespreek in het laatste overleg hoe het traject is      │",
            "│                               ││         gegaan en wat het heeft opgeleverd.                     │",
            "│                               ││  [ ] 8. Bedank de klant en de betrokkenen voor hun inzet en     │",
            "│                               ││         betrokkenheid.                                          │",
            "│                               ││  [ ] 9. Sluit af.                                               │",
            "│                               ││▸ (!) 10. Zijn er signalen van (acute) onveiligheid of           │",
            "│                               ││          onvoldoende basiszorg? Sluit dan niet af.              │",
            "│                               ││          Regel · afsluiten kan nu niet: Het huishouden staat op │",
            "│                               ││                  niveau 3 van de regiekaart; dat is 3 of hoger. │",
            "│                               ││          Uitleg: Ga terug naar fase 5b en naar 'Aanvullende     │",
            "│                               ││                  acties bij onveiligheid'. Neem die stappen op  │",
            "│                               ││                  in de coördinatie van zorg.                    │",
            "│                               ││                                                                 │",
            "│                               ││Casusregie · 0/0 afgevinkt                                       │",
            "│                               ││  Geen acties in deze fase.                                      │",
            "│                               ││                                                                 │",
            "│                               ││Toelichting                                                      │",
            "│                               ││Maak duidelijke afspraken over hulp die daarna nog nodig is.     │",
            "│                               ││Vertel de klant waar hij of zij terecht kan met nieuwe vragen.   │",
            "│                               ││                                                                 │",
            "│                               ││Daarna: fase 5b Voortgangsoverleg uitvoeren                      │",
            "└───────────────────────────────┘└─────────────────────────────────────────────────────────────────┘",
            " Spatie afvinken · n notitie · h huidige fase · m meldcode · v signalen · PgDn volgende fase",
        ])
    }

    // MARK: Levensbedreigend

    @Test("levensbedreigend: wat er is gedaan en hoe laat; een verkeerde tijd wordt geweigerd en niets gaat verloren")
    func levensbedreigend() throws {
        let werk = try TestWerk(gebruiker: Self.naam)
        defer { werk.ruimOp() }
        var r = rit(werk, Self.nieuw())
        r.druk(.character("m"), .character("l"))
        #expect(r.scherm.heeftEigenFocus)
        r.druk(.enter, .enter)
        #expect(r.dossier.proces.meldcode.isEmpty)
        #expect(r.tekst().contains("! Schrijf op wat er is gedaan, bijvoorbeeld: 112 gebeld."))
        r.typ("112 gebeld")
        r.druk(.enter)
        r.typ("14.5")
        r.druk(.enter)
        #expect(r.dossier.proces.meldcode.isEmpty)
        #expect(regels(r) == [
            "┌─ Extra stappen bij onveiligheid (meldcode) · nog niet begonnen ──────────────────────────────────┐",
            "│! Is er acuut gevaar, blijkt dat uit wat je ziet of hoort? Bel dan eerst de politie via 112 en/of │",
            "│  het crisisinterventieteam van de GGZ, de crisisdienst van Veilig Thuis of de Raad voor de       │",
            "│  Kinderbescherming. Ga daarna verder met stap 1.                                                 │",
            "│  Leg met l vast wat er is gedaan en hoe laat.                                                    │",
            "│Nu: beantwoord vraag 1: Heb ik een vermoeden dat er huiselijk geweld is, of is daar sprake van?   │",
            "│                                                                                                  │",
            "│Stappen · 0/6 afgevinkt                                                                           │",
            "│▸ [ ] Stap ┌─ Levensbedreigende situatie ─────────────────────────────────────────────┐           │",
            "│      · Let│ Is er acuut gevaar, blijkt dat uit wat je ziet of hoort? Bel dan eerst   │ng,        │",
            "│        oud│ de politie via 112 en/of het crisisinterventieteam van de GGZ, de        │           │",
            "│      · Zie│ crisisdienst van Veilig Thuis of de Raad voor de Kinderbescherming. Ga   │           │",
            "│  [ ] Stap │ daarna verder met stap 1. Leg vast wat u deed en hoe laat.               │           │",
            "│  [ ] Stap │                                                                          │           │",
            "│  [ ] Stap │ Wat is gedaan  112 gebeld                                                │           │",
            "│  [ ] Stap │ Tijd (uu:mm)   14.5                                                      │           │",
            "│  [ ] Als z│                                                                          │           │",
            "│           │ ! \"14.5\" is geen tijd; schrijf uren en minuten, bijvoorbeeld 14:05.      │           │",
            "│Afwegingska│                                                                          │           │",
            "│  1. Heb ik│ Enter volgend veld, op het laatste veld vastleggen · Esc annuleren       │           │",
            "│     Nog ni└──────────────────────────────────────────────────────────────────────────┘           │",
            "│                                                                                                  │",
            "│Besluit                                                                                           │",
            "│  Nog niet vastgelegd.                                                                            │",
            "│                                                                                                  │",
            "│                                                                                                  │",
            "│                                                                                                  │",
            "│                                                                                                  │",
            "└──────────────────────────────────────────────────────────────────────────────────────────────────┘",
            " Spatie afvinken · Enter beantwoorden · b besluit · n notitie · Esc terug · l levensbedreigend",
        ])

        r.druk(.backspace, .backspace, .backspace, .backspace)
        r.typ("14:05")
        r.druk(.enter)
        let vandaag = werk.omgeving.vandaag
        #expect(r.dossier.proces.meldcode.last?.levensbedreigend
            == Noodmelding(datum: vandaag, tijd: Tijd(uur: 14, minuut: 5), door: Self.naam, wat: "112 gebeld"))
        #expect(meldingen(r.verzoeken).last == "Vastgelegd. Levensbedreigend: 112 gebeld om 14:05 op 23-11-2026 door Sanne Visser.")
        #expect(regels(r) == [
            "┌─ Extra stappen bij onveiligheid (meldcode) · ronde 1 van 1 ──────────────────────────────────────┐",
            "│! Is er acuut gevaar, blijkt dat uit wat je ziet of hoort? Bel dan eerst de politie via 112 en/of │",
            "│  het crisisinterventieteam van de GGZ, de crisisdienst van Veilig Thuis of de Raad voor de       │",
            "│  Kinderbescherming. Ga daarna verder met stap 1.                                                 │",
            "│  Levensbedreigend: 112 gebeld om 14:05 op 23-11-2026 door Sanne Visser                           │",
            "│Begonnen 23-11-2026 · aanleiding: levensbedreigende situatie                                      │",
            "│Nu: beantwoord vraag 1: Heb ik een vermoeden dat er huiselijk geweld is, of is daar sprake van?   │",
            "│                                                                                                  │",
            "│Stappen · 0/6 afgevinkt                                                                           │",
            "│▸ [ ] Stap 0: kijk of er signalen van onveiligheid zijn                                           │",
            "│      · Let op mogelijke signalen van huiselijk geweld: partnergeweld, kindermishandeling,        │",
            "│        ouderenmishandeling, eergerelateerd geweld of meisjesbesnijdenis.                         │",
            "│      · Zie je zulke signalen, ga dan door naar stap 1.                                           │",
            "│  [ ] Stap 1: breng de signalen in kaart                                                          │",
            "│  [ ] Stap 2: overleg met een deskundige en/of Veilig Thuis                                       │",
            "│  [ ] Stap 3: ga in gesprek met de klant                                                          │",
            "│  [ ] Stap 4 en 5: weeg de onveiligheid en beslis over melden en hulp                             │",
            "│  [ ] Als zorgen blijven                                                                          │",
            "│                                                                                                  │",
            "│Afwegingskader                                                                                    │",
            "│  1. Heb ik een vermoeden dat er huiselijk geweld is, of is daar sprake van?                      │",
            "│     Nog niet beantwoord (Enter: ja of nee)                                                       │",
            "│                                                                                                  │",
            "│Besluit                                                                                           │",
            "│  Nog niet vastgelegd.                                                                            │",
            "│                                                                                                  │",
            "│                                                                                                  │",
            "│                                                                                                  │",
            "└──────────────────────────────────────────────────────────────────────────────────────────────────┘",
            " Spatie afvinken · Enter beantwoorden · b besluit · n notitie · Esc terug · l levensbedreigend",
        ])
    }

    @Test("levensbedreigend vastleggen zonder naam vraagt eerst de naam")
    func levensbedreigendZonderNaam() throws {
        let werk = try TestWerk(gebruiker: nil)
        defer { werk.ruimOp() }
        var r = rit(werk, Self.nieuw())
        r.druk(.character("m"), .character("l"))
        #expect(vroegNaam(r.verzoeken))
        #expect(!r.tekst().contains("Levensbedreigende situatie"))
    }

    @Test("de nieuwe vragen passen ook op een heel klein scherm zonder vast te lopen")
    func klein() throws {
        let werk = try TestWerk(gebruiker: Self.naam)
        defer { werk.ruimOp() }
        for (b, h) in [(20, 5), (1, 1), (0, 0), (50, 12), (59, 40), (4, 3)] {
            var r = rit(werk, Self.rondeTwee(), breedte: b, hoogte: h)
            _ = r.tekst()
            r.druk(.pageDown, .character("h"), .enter)
            _ = r.tekst()
            r.druk(.escape, .pageUp, .character("v"), .enter)
            _ = r.tekst()
            r.druk(.escape, .character("m"), .character("l"), .enter, .enter)
            _ = r.tekst()
            r.druk(.escape, .escape, .end)
            _ = r.tekst()
        }
    }

    @Test("een bevinding over de meldcode opent de extra stappen")
    func naarMeldcode() throws {
        let werk = try TestWerk()
        defer { werk.ruimOp() }
        var r = rit(werk, Self.nieuw())
        r.scherm.ga(naar: .meldcode, in: r.dossier)
        #expect(r.scherm.scopes == ["meldcode"])
        r.scherm.ga(naar: .fase, in: r.dossier)
        #expect(r.scherm.scopes == ["fasen"])
    }
}

/// A reason half typed when the program stops comes back, like every other reason.
@Suite("Fasen: de reden als concept")
struct FasenRedenconceptTests {
    @Test("een half getypte reden voor een fase overleeft een crash en staat de volgende keer weer in de vraag")
    func redenNaCrash() throws {
        let werk = try TestWerk(gebruiker: "Sanne Visser")
        defer { werk.ruimOp() }
        let d = Dossier(naam: "Familie Test", aangemaakt: werk.omgeving.vandaag)
        try werk.omgeving.opslag.voegToe(d)
        var klok = 0.0
        let backend = MemoryBackend(width: 100, height: 30)
        let runtime = Runtime(program: RegieProgramma(), model: RegieProgramma.Model(omgeving: werk.omgeving), backend: backend,
                              clock: { klok })
        runtime.render()
        for k: Key in [.enter, .alt("4"), .pageDown, .character("h")] { runtime.send(.key(k)) }
        for c in "Intake al gedaan door" { runtime.send(.key(.character(c))) }
        klok = 1
        runtime.send(.tick)

        let bewaard = try werk.omgeving.opslag.laad(d.id).dossier
        #expect(bewaard.vraagconcepten == ["Fase 2 wordt de huidige fase": "Intake al gedaan door"])
        #expect(bewaard.proces.fase == "1")

        let opnieuw = ProgrammaRit(werk.omgeving)
        opnieuw.druk(.enter, .alt("4"), .pageDown, .character("h"))
        #expect(opnieuw.tekst.contains("│ Reden  Intake al gedaan door"), "\(opnieuw.tekst)")
        #expect(opnieuw.tekst.contains("(Teruggezet van de vorige keer.)"))
        opnieuw.typ(" het lokale team\n")
        let fase = opnieuw.model.open?.dossier.proces
        #expect(fase?.fase == "2")
        #expect(fase?.faseovergangen.last?.reden == "Intake al gedaan door het lokale team")
        #expect(opnieuw.model.open?.dossier.vraagconcepten == nil, "beantwoord: het concept is weg")
    }
}
