import Foundation
import RegieDomain
import Screen
import Testing
@testable import RegieApp

/// The phases as a checklist and the extra safety steps (meldcode), on the in-memory screen.
@Suite("Fasen en meldcode")
struct FasenSchermTests {
    static let naam = "Sanne Visser"

    /// A new household in phase 1, nothing ticked, shown on the phases screen.
    func rit(_ werk: TestWerk, breedte: Int = 100, hoogte: Int = 30) -> SchermRit<FasenScherm> {
        let d = Dossier(naam: "Familie Test", aangemaakt: werk.omgeving.vandaag)
        var rit = SchermRit(FasenScherm(d, werk.omgeving), d, werk.omgeving)
        rit.breedte = breedte
        rit.hoogte = hoogte
        return rit
    }

    func vroegNaam(_ verzoeken: [Verzoek]) -> Bool {
        verzoeken.contains { if case .vraagGebruiker = $0 { true } else { false } }
    }

    func meldingen(_ verzoeken: [Verzoek]) -> [String] {
        verzoeken.compactMap { if case .melding(let m) = $0 { m.text } else { nil } }
    }

    // MARK: The checklist

    @Test("afvinken in fase 1 en 2 legt vandaag en de naam vast, en het scherm toont ze")
    func afvinken() throws {
        let werk = try TestWerk(gebruiker: Self.naam)
        defer { werk.ruimOp() }
        var rit = rit(werk)
        #expect(rit.tekst().contains("[ ] 1. Neem de vraag van de klant aan."))
        rit.druk(.character(" "))
        #expect(rit.dossier.proces.afgevinkt == [Afvinking(actie: "1.p1", datum: werk.omgeving.vandaag, door: Self.naam)])
        var scherm = rit.tekst()
        #expect(scherm.contains("[x] 1. Neem de vraag van de klant aan."))
        #expect(scherm.contains("afgevinkt 23-11-2026 door Sanne Visser"))
        #expect(scherm.contains("1/8"), "de voortgang van fase 1 in de lijst:\n\(scherm)")

        rit.druk(.pageDown, .character(" "), .down, .character(" "))
        #expect(rit.dossier.proces.afgevinkt.map(\.actie) == ["1.p1", "2.p1", "2.p2"])
        #expect(rit.dossier.proces.afgevinkt.allSatisfy { $0.door == Self.naam && $0.datum == werk.omgeving.vandaag })
        scherm = rit.tekst()
        #expect(scherm.contains("Fase 2 · Intake"))
        #expect(scherm.contains("Procesregie · 2/"))
        #expect(scherm.components(separatedBy: "afgevinkt 23-11-2026 door Sanne Visser").count == 3)
    }

    @Test("procesregie en casusregie staan apart, elk onder een eigen kop")
    func tweeKoppen() throws {
        let werk = try TestWerk()
        defer { werk.ruimOp() }
        var rit = rit(werk, hoogte: 60)
        // The last casusregie action of phase 1 is action 8: ticking it is recorded under its own id.
        rit.druk(.end, .character(" "))
        #expect(rit.dossier.proces.afgevinkt.map(\.actie) == ["1.c4"])
        let regels = rit.tekst().components(separatedBy: "\n")
        let proces = try #require(regels.firstIndex { $0.contains("Procesregie · 0/4 afgevinkt") })
        let casus = try #require(regels.firstIndex { $0.contains("Casusregie · 1/4 afgevinkt") })
        #expect(proces < casus)
    }

    @Test("afvinken zonder naam vraagt de naam en vinkt niets af")
    func zonderNaam() throws {
        let werk = try TestWerk(gebruiker: nil)
        defer { werk.ruimOp() }
        var rit = rit(werk)
        rit.druk(.character(" "))
        #expect(vroegNaam(rit.verzoeken))
        #expect(rit.dossier.proces.afgevinkt.isEmpty)
        #expect(rit.tekst().contains("[ ] 1. Neem de vraag"))
    }

    @Test("in het hele programma: eerst de naam, daarna wordt dezelfde actie afgevinkt op die naam")
    func naamInProgramma() throws {
        let werk = try TestWerk(gebruiker: nil)
        defer { werk.ruimOp() }
        try werk.omgeving.opslag.voegToe(Dossier(naam: "Familie Test", aangemaakt: werk.omgeving.vandaag))
        let rit = ProgrammaRit(werk.omgeving, breedte: 80, hoogte: 24)
        rit.druk(.enter, .alt("4"), .character(" "))
        #expect(rit.tekst.contains("Uw naam"))
        #expect(rit.model.open?.dossier.proces.afgevinkt.isEmpty == true)
        rit.typ("Sanne Visser\n")
        #expect(rit.model.open?.dossier.proces.afgevinkt.map(\.door) == [Self.naam])
        #expect(rit.tekst.contains("afgevinkt 23-11-2026 door Sanne Visser"))
        rit.druk(.ctrl("z"))
        #expect(rit.model.open?.dossier.proces.afgevinkt.isEmpty == true, "C-z neemt het afvinken terug")
    }

    @Test("een afvinking weghalen vraagt eerst; Nee en Esc laten haar staan")
    func weghalenVraagt() throws {
        let werk = try TestWerk(gebruiker: Self.naam)
        defer { werk.ruimOp() }
        var rit = rit(werk)
        rit.druk(.character(" "), .character(" "))
        #expect(rit.tekst().contains("Afvinking weghalen"))
        #expect(rit.scherm.heeftEigenFocus)
        #expect(rit.dossier.proces.afgevinkt.count == 1)
        rit.druk(.character("n"))
        #expect(rit.dossier.proces.afgevinkt.count == 1)
        rit.druk(.character(" "))
        #expect(rit.stuur(.key(.escape)) == .consumed, "Esc sluit de vraag, niet het dossier")
        #expect(rit.dossier.proces.afgevinkt.count == 1)
        rit.druk(.character(" "), .character("j"))
        #expect(rit.dossier.proces.afgevinkt.isEmpty)
        #expect(rit.tekst().contains("[ ] 1. Neem de vraag"))
    }

    @Test("een notitie bij een afgevinkte actie: schrijven, zien, en bij bewerken staat ze er al")
    func notitie() throws {
        let werk = try TestWerk(gebruiker: Self.naam)
        defer { werk.ruimOp() }
        var rit = rit(werk)
        rit.druk(.character("n"))
        #expect(meldingen(rit.verzoeken).contains { $0.contains("afgevinkte actie") })
        #expect(!rit.scherm.heeftEigenFocus)

        rit.druk(.character(" "), .character("n"))
        #expect(rit.tekst().contains("Notitie toevoegen"))
        rit.typ("Gebeld met de huisarts; n en ? zijn gewoon tekst")
        rit.druk(.enter)
        #expect(rit.dossier.proces.afgevinkt.first?.notitie == "Gebeld met de huisarts; n en ? zijn gewoon tekst")
        #expect(rit.tekst().contains("Notitie: Gebeld met de huisarts"))

        rit.druk(.character("n"))
        let scherm = rit.tekst()
        #expect(scherm.contains("Notitie bewerken"))
        #expect(scherm.contains("│ Gebeld met de huisarts; n en ? zijn gewoon tekst"), "de notitie staat in het vak:\n\(scherm)")
        rit.typ(" (terugbellen)")
        rit.druk(.escape)
        #expect(rit.tekst().contains("nogmaals Esc"), "één Esc gooit getypte tekst niet weg")
        rit.druk(.escape)
        #expect(!rit.scherm.heeftEigenFocus)
        #expect(rit.dossier.proces.afgevinkt.first?.notitie == "Gebeld met de huisarts; n en ? zijn gewoon tekst")
    }

    @Test("een notitie die getypt wordt, blijft staan als het dossier elders verandert")
    func notitieBijHerladen() throws {
        let werk = try TestWerk(gebruiker: Self.naam)
        defer { werk.ruimOp() }
        var rit = rit(werk)
        rit.druk(.character(" "), .character("n"))
        rit.typ("Half af")
        rit.scherm.herlaad(rit.dossier)
        #expect(rit.tekst().contains("Half af"))
        rit.druk(.enter)
        #expect(rit.dossier.proces.afgevinkt.first?.notitie == "Half af")
    }

    @Test("de gekozen fase wordt de huidige; ga naar de fase toont de huidige")
    func huidigeFase() throws {
        let werk = try TestWerk()
        defer { werk.ruimOp() }
        var rit = rit(werk)
        #expect(rit.tekst().contains("◆ Dit is de huidige fase"))
        rit.druk(.pageDown)
        #expect(rit.tekst().contains("niet de huidige fase"))
        rit.druk(.character("h"))
        #expect(rit.dossier.proces.fase == "1", "fase 1 is niet afgevinkt: eerst een reden")
        rit.typ("Aanmelding liep via de huisarts\n")
        #expect(rit.dossier.proces.fase == "2")
        let scherm = rit.tekst()
        #expect(scherm.contains("◆ Dit is de huidige fase"))
        let regels = scherm.components(separatedBy: "\n")
        let intake = try #require(regels.firstIndex { $0.contains("2  Intake") })
        #expect(regels[intake + 1].contains("◆ huidige fase"))
        #expect(scherm.contains("Doel: Je maakt samen met de klant duidelijk"))

        rit.druk(.left, .down, .down, .down, .down)
        #expect(rit.tekst().contains("Fase 5a"))
        rit.scherm.ga(naar: .fase, in: rit.dossier)
        #expect(rit.tekst().contains("Fase 2 · Intake"))
    }

    @Test("de toelichting van een fase is te lezen")
    func toelichting() throws {
        let werk = try TestWerk()
        defer { werk.ruimOp() }
        var rit = rit(werk, breedte: 80, hoogte: 21)
        #expect(!rit.tekst().contains("Toelichting"))
        rit.druk(.end)
        #expect(rit.tekst().contains("Toelichting"), "op de laatste actie schuift de fase door tot het eind:\n\(rit.tekst())")
        #expect(rit.tekst().contains("Daarna: fase 2 Intake"))
    }

    // MARK: The meldcode

    @Test("een stap van de meldcode afvinken legt datum en naam vast; weghalen vraagt eerst")
    func meldcodeStap() throws {
        let werk = try TestWerk(gebruiker: Self.naam)
        defer { werk.ruimOp() }
        var rit = rit(werk)
        rit.druk(.character("m"))
        #expect(rit.scherm.scopes == ["meldcode"])
        #expect(rit.tekst().contains("Extra stappen bij onveiligheid"))
        #expect(rit.tekst().contains("112"))
        rit.druk(.character(" "))
        let verloop = try #require(rit.dossier.proces.meldcode.last)
        #expect(verloop.stappen == [Stapvastlegging(stap: "0", datum: werk.omgeving.vandaag, door: Self.naam)])
        #expect(rit.tekst().contains("afgevinkt 23-11-2026 door Sanne Visser"))
        rit.druk(.character("n"))
        rit.typ("Signalen besproken met collega")
        rit.druk(.enter)
        #expect(rit.dossier.proces.meldcode.last?.stappen.first?.notitie == "Signalen besproken met collega")
        rit.druk(.character(" "))
        #expect(rit.tekst().contains("Afvinking weghalen"))
        rit.druk(.character("j"))
        #expect(rit.dossier.proces.meldcode.last?.stappen.isEmpty == true)
        rit.druk(.escape)
        #expect(rit.scherm.scopes == ["fasen"], "Esc gaat terug naar de fasen")
    }

    /// Answers the question that is open, with a toelichting.
    func beantwoord(_ rit: inout SchermRit<FasenScherm>, _ ja: Bool, _ toelichting: String) {
        rit.druk(.enter, .character(ja ? "j" : "n"))
        rit.typ(toelichting)
        rit.druk(.enter)
    }

    @Test("het afwegingskader vraag voor vraag doorlopen en het besluit vastleggen")
    func afwegingskader() throws {
        let werk = try TestWerk(gebruiker: Self.naam)
        defer { werk.ruimOp() }
        var rit = rit(werk)
        rit.druk(.character("m"), .end, .up)
        #expect(rit.tekst().contains("Nu: beantwoord vraag 1"))
        rit.druk(.enter)
        #expect(rit.tekst().contains("Afwegingskader, vraag 1"))
        rit.druk(.character("j"), .enter)
        #expect(rit.tekst().contains("Schrijf kort waarom"), "een antwoord vraagt een toelichting")
        #expect(rit.dossier.proces.meldcode.isEmpty)
        rit.typ("Blauwe plekken gezien bij Noor")
        rit.druk(.enter)
        #expect(rit.dossier.proces.meldcode.last?.antwoorden
            == [AfwegingAntwoord(afweging: "a1", antwoord: .ja, datum: werk.omgeving.vandaag, door: Self.naam, toelichting: "Blauwe plekken gezien bij Noor")])
        #expect(rit.tekst().contains("Nu: beantwoord vraag 2"))

        beantwoord(&rit, false, "Geen acuut gevaar")
        beantwoord(&rit, true, "Gezinscoach kan starten")
        beantwoord(&rit, true, "Ouders werken mee")
        #expect(rit.tekst().contains("Bied hulp of organiseer die."), "het gevolg van een antwoord staat erbij")
        beantwoord(&rit, true, "Veiligheid houdt stand")
        let verloop = try #require(rit.dossier.proces.meldcode.last)
        #expect(verloop.antwoorden.map(\.afweging) == ["a1", "a2", "a3", "a4", "a5"])
        #expect(verloop.antwoorden.map(\.antwoord) == [.ja, .nee, .ja, .ja, .ja])
        #expect(verloop.antwoorden.allSatisfy { $0.door == Self.naam && !$0.toelichting.isEmpty })
        #expect(rit.tekst().contains("komt uit op: Ga door met de hulp"))
        #expect(verloop.besluit == nil)

        rit.druk(.character("b"))
        #expect(rit.tekst().contains("(uitkomst van het"))
        rit.druk(.enter)
        rit.typ("Afgesproken: elke maand samen de veiligheid nalopen")
        rit.druk(.enter)
        let besluit = try #require(rit.dossier.proces.meldcode.last?.besluit)
        #expect(besluit == BesluitVastlegging(besluit: "hulp-vervolgen", datum: werk.omgeving.vandaag, door: Self.naam,
                                              toelichting: "Afgesproken: elke maand samen de veiligheid nalopen"))
        let scherm = rit.tekst()
        #expect(scherm.contains("vastgelegd 23-11-2026 door Sanne Visser"))
        #expect(scherm.contains("het besluit is vastgelegd"))
    }

    @Test("ja op vraag 2 leidt naar melden; een ander besluit kiezen kan, met een vraag vooraf")
    func melden() throws {
        let werk = try TestWerk(gebruiker: Self.naam)
        defer { werk.ruimOp() }
        var rit = rit(werk)
        rit.druk(.character("m"), .end, .up)
        beantwoord(&rit, true, "Vermoeden")
        beantwoord(&rit, true, "Structureel onveilig")
        #expect(rit.tekst().contains("komt uit op: Meld bij Veilig Thuis"))
        rit.druk(.enter)  // on the decision now
        rit.druk(.enter)
        rit.typ("Gemeld op 23-11")
        rit.druk(.enter)
        #expect(rit.dossier.proces.meldcode.last?.besluit?.besluit == "melden")
        rit.druk(.character("b"))
        #expect(rit.tekst().contains("Besluit vervangen"))
        rit.druk(.character("n"))
        #expect(rit.dossier.proces.meldcode.last?.besluit?.besluit == "melden")
    }

    @Test("beantwoorden zonder naam vraagt eerst de naam")
    func antwoordZonderNaam() throws {
        let werk = try TestWerk(gebruiker: nil)
        defer { werk.ruimOp() }
        var rit = rit(werk)
        rit.druk(.character("m"), .end, .up, .enter)
        #expect(vroegNaam(rit.verzoeken))
        #expect(!rit.tekst().contains("Afwegingskader, vraag 1"))
        rit.druk(.home, .character(" "))
        #expect(rit.dossier.proces.meldcode.isEmpty)
    }

    @Test("een nieuwe ronde begint leeg; de vorige blijft bewaard en is terug te zien")
    func nieuweRonde() throws {
        let werk = try TestWerk(gebruiker: Self.naam)
        defer { werk.ruimOp() }
        var rit = rit(werk)
        rit.druk(.character("m"), .character(" "), .insert)
        #expect(rit.tekst().contains("Nieuwe ronde"))
        rit.druk(.character("j"))
        #expect(rit.dossier.proces.meldcode.count == 2)
        #expect(rit.dossier.proces.meldcode[0].stappen.count == 1)
        #expect(rit.tekst().contains("ronde 2 van 2"))
        #expect(rit.tekst().contains("[ ] Stap 0"))
        rit.druk(.pageUp)
        #expect(rit.tekst().contains("ronde 1 van 2"))
        #expect(rit.tekst().contains("[x] Stap 0"))
        rit.druk(.down, .character(" "))
        #expect(rit.dossier.proces.meldcode[0].stappen.count == 1, "een eerdere ronde blijft zoals ze was")
        #expect(rit.dossier.proces.meldcode[1].stappen.isEmpty)
    }

    @Test("de lijst met fasen zegt waar de meldcode staat")
    func meldcodeInLijst() throws {
        let werk = try TestWerk()
        defer { werk.ruimOp() }
        let d = Voorbeeld.demo(vandaag: werk.omgeving.vandaag)
        let rit = SchermRit(FasenScherm(d, werk.omgeving), d, werk.omgeving)
        let scherm = rit.tekst()
        #expect(scherm.contains("Fase 4 · Voortgang"))
        #expect(scherm.contains("Vraag 3 van het afwegingskader"))
    }

    // MARK: Keys and sizes

    @Test("de toetsen van fasen en meldcode botsen niet en staan in de hulp")
    func toetsen() {
        let botsingen = RegieToetsen.standaard.conflicts.filter { ["fasen", "meldcode"].contains($0.scope) }
        #expect(botsingen.isEmpty, "\(botsingen)")
        #expect(FasenScherm.toetsen.filter { $0.scope == "fasen" && $0.showInHelpBar }.count >= 2)
        #expect(FasenScherm.toetsen.contains { $0.id == "meldcode.besluit" })
    }

    @Test("past op 80×24 en 100×30, met de fasen links en de acties rechts")
    func maten() throws {
        for (b, h) in [(80, 24), (100, 30)] {
            let werk = try TestWerk()
            defer { werk.ruimOp() }
            _ = try werk.demo()
            let rit = ProgrammaRit(werk.omgeving, breedte: b, hoogte: h)
            rit.druk(.enter, .alt("4"))
            var scherm = rit.tekst
            for verwacht in ["┌─ Fasen", "Fase 4 · Voortgang", "◆ huidige fase", "3/8", "Procesregie", "Spatie afvinken"] {
                #expect(scherm.contains(verwacht), "\(verwacht) ontbreekt op \(b)×\(h):\n\(scherm)")
            }
            let regels = scherm.components(separatedBy: "\n")
            let rij = try #require(regels.firstIndex { $0.contains("Fase 4 · Voortgang") })
            #expect(regels[rij].contains("┌─ Fasen"), "naast elkaar op \(b)×\(h)")
            rit.druk(.character("m"))
            scherm = rit.tekst
            #expect(scherm.contains("Nu: beantwoord vraag 3"), "\(scherm)")
            #expect(scherm.contains("Enter beantwoorden"))
            rit.druk(.escape)
            #expect(rit.model.open != nil, "Esc sluit de meldcode, niet het dossier")
            #expect(rit.tekst.contains("Fase 4 · Voortgang"))
        }
    }

    @Test("een heel klein scherm laat niets vastlopen, ook niet met een vraag open")
    func klein() throws {
        let werk = try TestWerk(gebruiker: Self.naam)
        defer { werk.ruimOp() }
        for (b, h) in [(20, 5), (1, 1), (0, 0), (50, 12), (59, 40)] {
            var rit = rit(werk, breedte: b, hoogte: h)
            _ = rit.tekst()
            rit.druk(.character(" "), .character(" "))
            _ = rit.tekst()
            rit.druk(.escape, .character("n"))
            _ = rit.tekst()
            rit.druk(.escape, .character("m"), .end, .up, .enter)
            _ = rit.tekst()
            rit.druk(.character("j"))
            _ = rit.tekst()
            rit.druk(.escape, .character("b"))
            _ = rit.tekst()
        }
        var smal = rit(werk, breedte: 50, hoogte: 20)
        #expect(smal.tekst().contains("Fase 1 · Aanmelding"), "onder elkaar als het smal is:\n\(smal.tekst())")
        smal.druk(.character(" "))
        #expect(smal.tekst().contains("[x]"))
    }
}
