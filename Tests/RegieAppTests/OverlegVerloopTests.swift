import Foundation
import RegieDomain
import Screen
import Testing
@testable import RegieApp

/// The overleg and the work process: the phase proposed after closing, the safety steps at
/// level 3, whether each veiligheidsafspraak was kept, the next overleg moved instead of
/// doubled, and planned overleggen that never took place.
@Suite("Overleg en het werkproces")
struct OverlegVerloopTests {
    static let vandaag = Datum(jaar: 2026, maand: 11, dag: 23)!

    func rit(_ d: Dossier) throws -> (SchermRit<OverlegScherm>, TestWerk) {
        var werk = try TestWerk()
        let klok = TestKlok()
        werk.omgeving.nu = { klok.nu }
        return (SchermRit(OverlegScherm(d, werk.omgeving), d, werk.omgeving), werk)
    }

    /// The test household in phase 4, with every action before phase 4 ticked (so going on
    /// needs no reason).
    func inFase4(_ methode: Methode, plan: Veiligheidsplan? = nil) -> Dossier {
        var d = Dossier.testGezin(Self.vandaag, plan: plan)
        let vier = methode.fasen.firstIndex { $0.id == "4" }!
        for f in methode.fasen.prefix(vier) {
            for a in f.afvinkbareActies { d.proces.vinkAf(a.id, methode, datum: Self.vandaag, door: "Test Regisseur") }
        }
        d.proces.fase = "4"
        return d
    }

    /// Starts a voortgangsoverleg with Sanne, Noah and Ilse present.
    func beginVoortgang(_ r: inout SchermRit<OverlegScherm>) {
        r.druk(.insert)
        r.typ("2")
        r.druk(.character(" "), .down, .character(" "), .down, .character(" "), .enter)
    }

    func naar(_ stap: String, _ r: inout SchermRit<OverlegScherm>, sourceLocation: SourceLocation = #_sourceLocation) {
        for _ in 0..<30 where r.dossier.lopendOverleg?.verloop?.huidigeStap != stap { r.druk(.pageDown) }
        #expect(r.dossier.lopendOverleg?.verloop?.huidigeStap == stap, sourceLocation: sourceLocation)
    }

    /// Closes the running overleg with a reason for no next one.
    func sluit(_ r: inout SchermRit<OverlegScherm>) {
        naar("volgend-overleg", &r)
        r.druk(.function(4))
        r.typ("Het gezin gaat verhuizen\n")
        r.druk(.function(9), .function(9))
        r.typ("j")
    }

    func meldingen(_ r: SchermRit<OverlegScherm>) -> [String] {
        r.verzoeken.compactMap { if case .melding(let m) = $0 { m.text } else { nil } }
    }

    @Test("na een voortgangsoverleg stelt Regie fase 4 (ronde 2) of 6b voor; Enter neemt het eerste, en ronde 2 begint")
    func faseVoorstel() throws {
        let werk0 = try TestWerk()
        defer { werk0.ruimOp() }
        var (r, werk) = try rit(inFase4(werk0.omgeving.methode))
        defer { werk.ruimOp() }
        beginVoortgang(&r)
        sluit(&r)
        #expect(r.dossier.lopendOverleg == nil)
        #expect(r.scherm.scopes == [])
        r.breedte = 80
        r.hoogte = 24
        #expect(r.buffer().lines == [
            "┌─ Overleggen ─────────────────────────────────────────────────────────────────┐",
            "│Er loopt geen overleg. Insert begint een startoverleg, voortgangsoverleg of   │",
            "│extra overleg: Regie loopt dan de agenda van de methode met u door, met een   │",
            "│klok per stap.                                                                │",
            "│                                                                              │",
            "│Gehouden                                                                      │",
            "│▸ 23-11-2026  voortgangsoverleg · afgesloten                                  │",
            "│    aanwezig: Sanne, Noah, Ilse                                               │",
            "│ ┌─ Volgende fase ──────────────────────────────────────────────────────────┐ │",
            "│ │ Het voortgangsoverleg is afgesloten. Naar welke fase gaat het werk nu?   │ │",
            "│ │ Nu is het fase 4 Voortgang, ronde 1.                                     │ │",
            "│ │                                                                          │ │",
            "│ │   [ 4 Voortgang (ronde 2) ]  6b Afsluiten en nazorg klant   Niet nu      │ │",
            "│ │                                                                          │ │",
            "│ │ Enter kiezen · Left/Right ander antwoord · Esc niet nu                   │ │",
            "│ └──────────────────────────────────────────────────────────────────────────┘ │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "└──────────────────────────────────────────────────────────────────────────────┘",
            " Insert nieuw overleg · ↑ ↓ bladeren                                            ",
        ])
        // One key accepts the first: phase 4, a new round for the next voortgangsoverleg.
        // Keys of the program (a tab, help) are not swallowed by the form, which waits.
        #expect(r.stuur(.key(.alt("3"))) == .ignored)
        #expect(r.stuur(.key(.function(1))) == .ignored)
        #expect(r.scherm.formulier != nil)
        r.druk(.enter)
        #expect(r.scherm.formulier == nil)
        #expect(r.dossier.proces.fase == "4")
        #expect(r.dossier.proces.huidigeRonde == 2)
        #expect(r.dossier.proces.faseovergangen.last?.naar == "4")
        #expect(meldingen(r).last == "Nu in fase 4 Voortgang, ronde 2.")
        #expect(r.scherm.scopes == ["overleglijst"])
    }

    @Test("de fase kiezen: 6b met één toets, of niet nu; het voorstel aannemen vraagt geen reden: het overleg is de reden")
    func faseKiezenOfNietNu() throws {
        let werk0 = try TestWerk()
        defer { werk0.ruimOp() }
        var (r, werk) = try rit(inFase4(werk0.omgeving.methode))
        defer { werk.ruimOp() }
        beginVoortgang(&r)
        sluit(&r)
        r.typ("n")
        #expect(r.scherm.formulier?.dialog.choice("fase") == "Niet nu")
        r.druk(.enter)
        #expect(r.dossier.proces.fase == "4")
        #expect(r.dossier.proces.huidigeRonde == 1)
        #expect(meldingen(r).last?.hasPrefix("De fase blijft 4.") == true)

        // A household with nothing ticked: the step to 4 after the startoverleg would need a
        // reason in the Fasen tab; accepting the proposal gives the overleg as the reason.
        var (s, werk2) = try rit(Dossier.testGezin(Self.vandaag))
        defer { werk2.ruimOp() }
        s.druk(.insert)
        s.typ("1")
        s.druk(.character(" "), .enter)
        sluit(&s)
        #expect(s.scherm.formulier?.dialog.choice("fase") == "4 Voortgang")
        #expect(s.dossier.redenNodig(naar: "4", werk2.omgeving.methode) != nil)
        s.druk(.enter)
        #expect(s.dossier.proces.fase == "4")
        #expect(s.dossier.proces.faseovergangen.last?.reden == "voorgesteld na het startoverleg van \(Self.vandaag.tekst)")
        #expect(s.dossier.faseTegenspraak(werk2.omgeving.methode) == nil)
        #expect(meldingen(s).last == "Nu in fase 4 Voortgang, ronde 1.")
    }

    @Test("niveau 3 zonder zorgen: het voortgangsoverleg vraagt naar signalen en loopt de veiligheidsstappen")
    func niveauDrieVeiligheidsstappen() throws {
        var d = Dossier.testGezin(Self.vandaag)
        d.proces.niveau = 3
        #expect(d.plan.zorgenBasiszorgVeiligheid == nil)
        var (r, werk) = try rit(d)
        defer { werk.ruimOp() }
        beginVoortgang(&r)
        let agenda = try #require(r.omgeving.methode.agenda(.voortgang))
        let stappen = r.dossier.actieveStappen(agenda).map(\.id)
        #expect(stappen == agenda.stappen.map(\.id), "op niveau 3 staan alle stappen op de agenda")
        // The question is answered here, as phase 4's branch point: recorded with date and who.
        naar("veiligheidsvraag", &r)
        #expect(r.tekst().contains("Stap 4 van 18: Signalen van onveiligheid?"))
        r.typ("n")
        r.breedte = 100
        r.hoogte = 30
        let stap = r.buffer().lines[2...14].map { String($0.dropFirst(30)) }
        #expect(stap == [
            "┌─ Stap 4 van 18: Signalen van onveiligheid? ────────────────────────┐",
            "│ Is er een veiligheidsplan? Bespreek dan de veiligheid.             │",
            "│                                                                    │",
            "│ Zijn er signalen van (acute) onveiligheid of onvoldoende           │",
            "│ basiszorg?                                                         │",
            "│                                                                    │",
            "│ Laatst vastgelegd: nee, op 23-11-2026 bij fase 4 door Test         │",
            "│ Regisseur.                                                         │",
            "│ Het huishouden staat op niveau 3 van de regiekaart: de veiligheid  │",
            "│ komt in elk overleg aan bod.                                       │",
            "│ j: ja · n: nee                                                     │",
            "│                                                                    │",
            "│ ! De stappen van het veiligheidsplan staan op de agenda, vóór de   │",
        ], "\(r.buffer().lines.joined(separator: "\n"))")
        #expect(r.dossier.proces.veiligheidsvragen.map(\.antwoord) == [.nee])
        #expect(r.dossier.proces.veiligheidsvragen.first?.fase == "4")
        #expect(r.dossier.proces.veiligheidsvragen.first?.door == "Test Regisseur")
        r.typ("n")
        #expect(r.dossier.proces.veiligheidsvragen.count == 1, "hetzelfde antwoord op dezelfde dag telt één keer")
        r.typ("j")
        #expect(r.dossier.proces.meldcode.count == 1, "ja begint de meldcode")
        #expect(meldingen(r).last?.contains("De meldcode is begonnen") == true)
        // Still at level 3 after "nee": the safety steps stay.
        r.typ("n")
        #expect(r.dossier.veiligheidsstappenNodig)
        for stap in ["veiligheidsafspraken", "veiligheid-goed", "veiligheid-zorgen", "schaalvraag"] { naar(stap, &r) }
        r.typ("6\n7\n5\n")
        #expect(r.dossier.veiligheidsplan?.schaalvragen.map(\.cijfer) == [6, 7, 5], "iedereen die er is, geeft een cijfer")
        naar("doelencheck", &r)
    }

    @Test("per veiligheidsafspraak: nagekomen ja of nee met toelichting, vastgelegd bij dit overleg")
    func naleving() throws {
        var d = Dossier.testGezin(Self.vandaag)
        let sanne = d.gezinsleden[0].id, noah = d.gezinsleden[1].id
        d.veiligheidsplan = Veiligheidsplan(afspraken: [
            Veiligheidsafspraak(wat: "Bij ruzie gaat Noah naar oma", wie: noah, waar: "bij oma", wanneer: Datum(jaar: 2026, maand: 11, dag: 1)),
            Veiligheidsafspraak(wat: "Sanne belt elke maandag de wijkcoach", wie: sanne),
        ])
        var (r, werk) = try rit(d)
        defer { werk.ruimOp() }
        beginVoortgang(&r)
        naar("veiligheidsafspraken", &r)
        r.breedte = 100
        r.hoogte = 30
        let scherm = r.buffer().lines
        #expect(Array(scherm[2...16]) == [
            "┌─ Agenda ───────────────────┐┌─ Stap 5 van 18: Veiligheidsafspraken nagekomen? ───────────────────┐",
            "│✓ Welkom                  3'││ Is er een veiligheidsplan? Bespreek dan de veiligheid.             │",
            "│✓ Doel en agenda          2'││                                                                    │",
            "│✓ Hoe gaat het nu?        5'││ In het veiligheidsplan bij Veiligheidsafspraken: Wat moet er       │",
            "│✓ Signalen van onveiligh… 2'││ minimaal gebeuren om de (acute) onveiligheid op te heffen?         │",
            "│▸ Veiligheidsafspraken n… 4'││                                                                    │",
            "│  Veiligheid: wat gaat g… 3'││ Per afspraak: is die nagekomen? Kies de afspraak en Enter. Een     │",
            "│  Veiligheid: grootste z… 3'││ nieuwe afspraak typt u onderaan.                                   │",
            "│  Veiligheidsschaal       4'││ ▸ 1. Bij ruzie gaat Noah naar oma                                  │",
            "│  Wat is bereikt?         8'││      wie: Noah · waar: bij oma · wanneer: 01-11-2026 · toezicht: … │",
            "│  Krachten van nu         5'││      nagekomen? nog niet besproken · ! te laat                     │",
            "│  Zorgen van nu           5'││   2. Sanne belt elke maandag de wijkcoach                          │",
            "│  Past het niveau nog?    2'││      wie: Sanne · toezicht: nog niemand                            │",
            "│  Nieuwe doelen en acties 8'││      nagekomen? nog niet besproken                                 │",
            "│  Doelencheck en tekenen  3'││   + Nieuwe afspraak                                                │",
        ], "\(scherm.joined(separator: "\n"))")

        // Enter on the first: the form, whole.
        r.druk(.enter)
        let regels = r.buffer().lines
        let kop = try #require(regels.firstIndex { $0.contains("┌─ Afspraak nagekomen?") }, "\(regels.joined(separator: "\n"))")
        let links = try #require(regels[kop].range(of: "┌")).lowerBound
        let dialoog = regels[kop...].prefix(9).map { String($0[links...].prefix(76)) }
        #expect(dialoog == [
            "┌─ Afspraak nagekomen? ────────────────────────────────────────────────────┐",
            "│ Bij ruzie gaat Noah naar oma                                             │",
            "│ wie: Noah · waar: bij oma · wanneer: 01-11-2026 · toezicht: nog niemand  │",
            "│                                                                          │",
            "│ Nagekomen    [ ja ]  nee                                                 │",
            "│ Toelichting                                                              │",
            "│                                                                          │",
            "│ Enter volgende of vastleggen · Left/Right ander antwoord · Esc niet nu   │",
            "└──────────────────────────────────────────────────────────────────────────┘",
        ], "\(regels.joined(separator: "\n"))")
        r.typ("n\n")
        r.typ("Noah bleef thuis, oma was weg\n")
        let eerste = try #require(r.dossier.veiligheidsplan?.afspraken.first)
        let overleg = try #require(r.dossier.lopendOverleg?.id)
        #expect(eerste.nalevingen == [Naleving(datum: Self.vandaag, nagekomen: .nee, toelichting: "Noah bleef thuis, oma was weg", overleg: overleg)])
        #expect(meldingen(r).last?.hasPrefix("Vastgelegd: afspraak 1 is niet nagekomen.") == true)
        #expect(r.tekst().contains("nagekomen: nee · Noah bleef thuis, oma was weg"))
        #expect(r.tekst().contains("▸ 2. Sanne belt elke maandag de wijkcoach"), "de volgende afspraak die nog niet besproken is")
        r.typ("\n\n\n")
        #expect(r.dossier.veiligheidsplan?.afspraken[1].nalevingen.map(\.nagekomen) == [.ja])
        #expect(r.tekst().contains("▸ + Nieuwe afspraak"))
        // The first again, now kept after all: the answer of this overleg is replaced, not doubled.
        r.druk(.up, .up)
        r.druk(.enter)
        #expect(r.scherm.formulier?.dialog.text("toelichting") == "Noah bleef thuis, oma was weg")
        r.typ("j\n")
        r.druk(.ctrl("u"))
        r.typ("toch gegaan\n")
        #expect(r.dossier.veiligheidsplan?.afspraken.first?.nalevingen.map(\.nagekomen) == [.ja])
        #expect(r.dossier.veiligheidsplan?.afspraken.first?.isTeLaat(vandaag: Self.vandaag) == false)
    }

    @Test("is er al een voortgangsoverleg gepland, dan verplaatst de stap Volgend overleg dat, in plaats van een tweede te plannen")
    func verplaatsen() throws {
        var d = Dossier.testGezin(Self.vandaag)
        let gepland = Overleg(soort: .voortgang, datum: Datum(jaar: 2026, maand: 12, dag: 7), tijd: Tijd(uur: 14, minuut: 30), locatie: "Wijkcentrum")
        d.plan.overleggen = [gepland]
        var (r, werk) = try rit(d)
        defer { werk.ruimOp() }
        r.druk(.insert)
        r.typ("1")
        r.druk(.character(" "), .down, .character(" "), .enter)
        naar("volgend-overleg", &r)
        r.breedte = 100
        r.hoogte = 30
        let scherm = r.buffer().lines
        let stap = scherm.compactMap { regel -> String? in
            guard let i = regel.range(of: "││ ") else { return nil }
            return String(regel[i.upperBound...]).trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "│", with: "")
                .trimmingCharacters(in: .whitespaces)
        }
        #expect(Array(stap.prefix(11)) == [
            "Spreek samen een datum en tijd af voor het volgende overleg.",
            "",
            "Al gepland: voortgangsoverleg 07-12-2026 14:30, Wijkcentrum. Dat",
            "telt als volgend overleg. Een andere datum of tijd hieronder",
            "verplaatst dat overleg; er komt geen tweede bij.",
            "Datum: 07-12-2026",
            "Tijd: 14:30",
            "Plaats: Wijkcentrum",
            "",
            "Tab volgend veld · Enter verplaatsen · F4 geen volgend overleg",
            "(met reden)",
        ], "\(scherm.joined(separator: "\n"))")
        r.druk(.ctrl("u"))
        r.typ("14-12-2026\n")
        let voortgang = r.dossier.plan.overleggen.filter { $0.soort == .voortgang }
        #expect(voortgang.count == 1, "één volgend overleg, verplaatst")
        #expect(voortgang.first?.id == gepland.id)
        #expect(voortgang.first?.datum == Datum(jaar: 2026, maand: 12, dag: 14))
        #expect(voortgang.first?.tijd == Tijd(uur: 14, minuut: 30))
        #expect(r.dossier.lopendOverleg?.verloop?.volgendOverleg == gepland.id)
        #expect(meldingen(r).last == "Volgend overleg verplaatst: voortgangsoverleg 07-12-2026 14:30, Wijkcentrum wordt "
                + "voortgangsoverleg 14-12-2026 14:30, Wijkcentrum.")
        #expect(r.dossier.geplandeOverleggen(.voortgang, vandaag: Self.vandaag).count == 1)
    }

    @Test("een gepland overleg dat nooit is gehouden, staat in de lijst als niet doorgegaan")
    func nietDoorgegaan() throws {
        var d = Dossier.testGezin(Self.vandaag)
        var gehouden = Overleg(soort: .voortgang, datum: Datum(jaar: 2026, maand: 11, dag: 2), aanwezigen: [d.gezinsleden[0].id])
        var verloop = Overlegverloop(begin: Tijdstip(seconden: 1_793_000_000), huidigeStap: "welkom")
        verloop.sluit(Tijdstip(seconden: 1_793_003_600))
        gehouden.verloop = verloop
        let vergeten = Overleg(soort: .voortgang, datum: Datum(jaar: 2026, maand: 11, dag: 16), tijd: Tijd(uur: 10, minuut: 0))
        d.plan.overleggen = [gehouden, vergeten]
        var (r, werk) = try rit(d)
        defer { werk.ruimOp() }
        // A voortgangsoverleg today: the one of 16-11 never took place.
        beginVoortgang(&r)
        #expect(r.dossier.plan.overleggen.first { $0.id == vergeten.id }?.nietDoorgegaan == true)
        r.druk(.ctrl("x"))
        r.typ("j")
        #expect(r.dossier.lopendOverleg == nil)
        let regels = r.buffer().lines
        let i = try #require(regels.firstIndex { $0.contains("Niet doorgegaan") }, "\(regels.joined(separator: "\n"))")
        #expect(regels[i + 1].hasPrefix("│  16-11-2026 10:00  voortgangsoverleg · niet doorgegaan"))
        #expect(!regels.contains { $0.contains("16-11-2026  voortgangsoverleg") }, "niet bij de gehouden overleggen")
    }

    @Test("een veiligheidsplan dat na het tekenen is gewijzigd, moet opnieuw getekend worden: de doelencheck en het afsluiten zeggen het")
    func opnieuwTekenen() throws {
        var vp = Veiligheidsplan(afspraken: [Veiligheidsafspraak(wat: "Bij ruzie gaat Noah naar oma")])
        vp.ondertekening = [Ondertekening(persoon: nil, naam: "Sanne", hoedanigheid: .klant, datum: Datum(jaar: 2026, maand: 11, dag: 1)!),
                            Ondertekening(persoon: nil, naam: "Ilse", hoedanigheid: .professional, datum: Datum(jaar: 2026, maand: 11, dag: 1)!)]
        vp.gewijzigd = Self.vandaag
        var (r, werk) = try rit(Dossier.testGezin(Self.vandaag, plan: vp))
        defer { werk.ruimOp() }
        beginVoortgang(&r)
        naar("doelencheck", &r)
        let doelencheck = r.tekst()
        #expect(doelencheck.contains("! Het veiligheidsplan is gewijzigd op 23-11-2026, na het tekenen:"), "\(doelencheck)")
        #expect(doelencheck.contains("laat een klant of wettelijk vertegenwoordiger en een professional"))
        #expect(doelencheck.contains("opnieuw tekenen."))
        naar("afsluiten", &r)
        #expect(r.dossier.sluitaandachtspunten(try #require(r.dossier.lopendOverleg?.id)).contains(
            "Het veiligheidsplan is gewijzigd sinds het is ondertekend: laat klant en professional opnieuw tekenen."))
        #expect(r.tekst().contains("! Het veiligheidsplan is gewijzigd sinds het is ondertekend"), "\(r.tekst())")
    }

    @Test("in het veiligheidsplan heeft een afspraak wie, waar en wanneer, met wat er over nakomen is gezegd en 'te laat'")
    func afspraakInFormulier() throws {
        var d = Dossier.testGezin(Self.vandaag)
        let noah = d.gezinsleden[1].id
        d.veiligheidsplan = Veiligheidsplan(afspraken: [
            Veiligheidsafspraak(wat: "Bij ruzie gaat Noah naar oma", wie: noah, waar: "bij oma", wanneer: Datum(jaar: 2026, maand: 11, dag: 1),
                                nalevingen: [Naleving(datum: Datum(jaar: 2026, maand: 11, dag: 16)!, nagekomen: .nee, toelichting: "oma was weg")]),
        ])
        let lijst = try #require(VeiligheidScherm.rubriek(.afspraken, d, Self.vandaag).lijst("afspraken"))
        #expect(lijst.regels(d) == ["Noah: Bij ruzie gaat Noah naar oma"])
        #expect(lijst.staart?(d, 0) == "· ! te laat")
        let element = lijst.element(d, 0)
        let velden = element.onderdelen.compactMap { if case .veld(let v) = $0 { v.id } else { nil } }
        #expect(velden == ["wat", "wie", "waar", "wanneer", "nodig", "toezicht", "alsNietNagekomen"])
        let uitleg = element.onderdelen.compactMap { if case .uitleg(let t, _) = $0 { t } else { nil } }
        #expect(uitleg == ["! Te laat: de afspraak moest uiterlijk 01-11-2026 gebeuren, en niemand heeft sindsdien gezegd dat hij is nagekomen.",
                           "Nagekomen? 16-11-2026 nee (oma was weg)"])
        // Said to be kept after its date: no longer late.
        d.veiligheidsplan?.afspraken[0].nalevingen.append(Naleving(datum: Self.vandaag, nagekomen: .ja))
        #expect(lijst.staart?(d, 0) == "· uiterlijk 01-11-2026")
    }

    @Test("in het hele programma: na het afsluiten staat het voorstel naast de melding van de versie, en Enter gaat naar ronde 2")
    func voorstelInHetProgramma() throws {
        let werk = try TestWerk()
        defer { werk.ruimOp() }
        let d = inFase4(werk.omgeving.methode)
        try werk.omgeving.opslag.voegToe(d)
        let p = ProgrammaRit(werk.omgeving, breedte: 100, hoogte: 30)
        p.druk(.enter, .alt("7"), .insert)
        p.typ("2")
        p.druk(.character(" "), .enter)
        #expect(p.model.open?.dossier.lopendOverleg != nil, "\(p.tekst)")
        p.druk(.function(4))
        p.typ("Het gezin gaat verhuizen\n")
        p.druk(.function(9), .function(9))
        p.typ("j")
        #expect(p.model.open?.dossier.lopendOverleg == nil, "\(p.tekst)")
        #expect(p.tekst.contains("┌─ Volgende fase"), "\(p.tekst)")
        #expect(p.tekst.contains("[ 4 Voortgang (ronde 2) ]"))
        #expect(p.tekst.contains("Plan vastgesteld als versie van 23-11-2026"), "\(p.tekst)")
        p.druk(.enter)
        #expect(!p.tekst.contains("┌─ Volgende fase"))
        #expect(p.model.open?.dossier.proces.fase == "4")
        #expect(p.model.open?.dossier.proces.huidigeRonde == 2)
        #expect(p.tekst.contains("Nu in fase 4 Voortgang, ronde 2."), "\(p.tekst)")
        // Kept on disk.
        p.druk(.ctrl("s"))
        #expect(try werk.omgeving.opslag.laad(d.id).dossier.proces.huidigeRonde == 2)
    }

    @Test("het formulier van een afspraak in het veiligheidsplan, heel: wie, wat, waar, wanneer, te laat en wat er over nakomen is gezegd")
    func afspraakFormulierScherm() throws {
        let werk = try TestWerk()
        defer { werk.ruimOp() }
        var d = Dossier.testGezin(Self.vandaag)
        let noah = d.gezinsleden[1].id
        let afspraak = Veiligheidsafspraak(wat: "Bij ruzie gaat Noah naar oma", wie: noah, waar: "bij oma", wanneer: Datum(jaar: 2026, maand: 11, dag: 1),
                                           nalevingen: [Naleving(datum: Datum(jaar: 2026, maand: 11, dag: 16)!, nagekomen: .nee, toelichting: "oma was weg")])
        d.veiligheidsplan = Veiligheidsplan(afspraken: [afspraak])
        var r = SchermRit(VeiligheidScherm(d, werk.omgeving), d, werk.omgeving)
        r.scherm.ga(naar: .afspraak(afspraak.id), in: d)
        r.breedte = 100
        r.hoogte = 30
        let scherm = r.buffer().lines
        #expect(scherm == [
            "! Nog niet ondertekend · nu niet verplicht · F9 afronden                                            ",
            "  Doelencheck           ┌─ Afspraken › Afspraak 1 ─────────────────────────────────────────────────┐",
            "  Voorwaarden           │▸ Wat gebeurt er         Bij ruzie gaat Noah naar oma                     │",
            "  Krachten              │                                                                          │",
            "  Wat er gebeurde       │                                                                          │",
            "  Schade                │                                                                          │",
            "  Grootste zorg         │                                                                          │",
            "  Complicerend          │                                                                          │",
            "  Schaalvraag           │                                                                          │",
            "[ Afspraken ]           │                                                                          │",
            "  Contacten             │                                                                          │",
            "  Ondertekening         │                                                                          │",
            "                        │  Wie                    Noah                                             │",
            "                        │  Waar                   bij oma                                          │",
            "                        │  Wanneer                01-11-2026                                       │",
            "                        │  Wat is nodig           —                                                │",
            "                        │  Wie ziet erop toe      (niemand gekozen)                                │",
            "                        │  Als niet nagekomen     —                                                │",
            "                        │  ! Te laat: de afspraak moest uiterlijk 01-11-2026 gebeuren, en niemand  │",
            "                        │  heeft sindsdien gezegd dat hij is nagekomen.                            │",
            "                        │  Nagekomen? 16-11-2026 nee (oma was weg)                                 │",
            "                        │                                                                          │",
            "                        │                                                                          │",
            "                        │                                                                          │",
            "                        │                                                                          │",
            "                        │                                                                          │",
            "                        │                                                                          │",
            "                        │                                                                          │",
            "                        │Concreet en direct: wie doet wat, waar en wanneer?                        │",
            "                        └──────────────────────────────────────────────────────────────────────────┘",
        ], "\(scherm.joined(separator: "\n"))")
    }
}
