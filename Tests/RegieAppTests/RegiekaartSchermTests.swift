import Foundation
import RegieDomain
import Screen
import Testing
@testable import RegieApp

private func vroegNaam(_ verzoeken: [Verzoek]) -> Bool {
    verzoeken.contains { if case .vraagGebruiker = $0 { true } else { false } }
}

private func regels<S>(_ rit: SchermRit<S>) -> [String] {
    rit.tekst().split(separator: "\n", omittingEmptySubsequences: false).map { String($0) }
}

/// The regiekaart screen on its own and in the program.
@Suite("Regiekaartscherm")
struct RegiekaartSchermTests {
    @Test("het huidige niveau staat er met situatie, regie, inzet en plannen; andere niveaus zijn te bekijken")
    func beschrijvingEnBladeren() throws {
        let werk = try TestWerk()
        defer { werk.ruimOp() }
        let d = Voorbeeld.demo(vandaag: werk.omgeving.vandaag)
        var rit = SchermRit(RegiekaartScherm(d, werk.omgeving), d, werk.omgeving)
        rit.hoogte = 60
        var tekst = rit.tekst()
        #expect(tekst.contains("[huidig] Niveau 3: onveilig"))
        #expect(tekst.contains("Draagkracht         Helemaal uit balans."))
        #expect(tekst.contains("(competentieprofiel B)"))
        #expect(tekst.contains("Veilig Thuis, SAVE/GI"))
        #expect(tekst.contains("Veiligheidsplan     verplicht"))
        rit.druk(.right)
        tekst = rit.tekst()
        #expect(tekst.contains("[bekijken] Niveau 4: ketenoverstijgend (het huidige niveau is 3)"))
        #expect(tekst.contains("competentieprofiel B+"))
        #expect(!tekst.contains("[huidig]"))
        rit.druk(.right, .right)
        #expect(rit.tekst().contains("[bekijken] Niveau 5: maatschappelijke onrust"), "na het hoogste niveau blijft het daar")
        rit.typ("h")
        #expect(rit.tekst().contains("[huidig] Niveau 3: onveilig"))
        rit.druk(.left, .left)
        tekst = rit.tekst()
        #expect(tekst.contains("[bekijken] Niveau 1: in balans"))
        #expect(tekst.contains("Ondersteuningsplan  naar behoefte"))
        #expect(rit.dossier == d, "bekijken verandert niets")
    }

    @Test("vragen met ja, nee en onbekend beantwoorden verandert het voorstel, met de redenen")
    func vragenEnVoorstel() throws {
        let werk = try TestWerk()
        defer { werk.ruimOp() }
        let d = Voorbeeld.demo(vandaag: werk.omgeving.vandaag)
        var rit = SchermRit(RegiekaartScherm(d, werk.omgeving), d, werk.omgeving)
        rit.hoogte = 60
        rit.typ("j")
        #expect(rit.dossier.proces.schaalantwoorden.isEmpty, "buiten de vragen doet j niets")
        rit.druk(.tab)
        #expect(rit.tekst().contains("Voorstel: blijven op niveau 3"))
        rit.typ("jjjjjj")
        #expect(rit.tekst().contains("Voorstel: blijven op niveau 3"), "zes van de zeven uitspraken is niet genoeg")
        rit.typ("j")
        #expect(rit.dossier.proces.schaalantwoorden["n3.op.1.g"] == .ja)
        var tekst = rit.tekst()
        #expect(tekst.contains("Voorstel: opschalen naar niveau 4"))
        #expect(tekst.contains("Mogelijk: niveau 4 of 5"))
        #expect(tekst.contains("[geldt]"))

        rit.druk(.up)
        rit.typ("n")
        #expect(rit.dossier.proces.schaalantwoorden["n3.op.1.g"] == .nee)
        #expect(rit.tekst().contains("Voorstel: blijven op niveau 3"))
        rit.druk(.up, .character(" "))
        #expect(rit.dossier.proces.schaalantwoorden["n3.op.1.g"] == nil, "spatie: van nee naar onbekend")
        rit.druk(.character(" "))
        #expect(rit.dossier.proces.schaalantwoorden["n3.op.1.g"] == .ja)
        #expect(rit.tekst().contains("Voorstel: opschalen naar niveau 4"))

        // Criterion 3: the professionals disagree on the organisation → the manager, not a level.
        rit.druk(.down, .down, .down, .down)
        rit.typ("jj")
        #expect(rit.dossier.proces.schaalantwoorden["n3.op.3.a"] == .ja && rit.dossier.proces.schaalantwoorden["n3.op.3.b"] == .ja)
        rit.druk(.tab)
        tekst = rit.tekst()
        #expect(tekst.contains("Voorstel: opschalen naar niveau 4"))
        #expect(tekst.contains("! Let op: escalatie naar manager, geen niveauwijziging."))
        #expect(tekst.contains("Opschalen naar manager"))

        rit.druk(.backTab, .up)
        rit.typ("o")
        #expect(rit.dossier.proces.schaalantwoorden["n3.op.3.b"] == nil, "o maakt het antwoord weer onbekend")
        #expect(!rit.tekst().contains("! Let op: escalatie"))
    }

    @Test("niveau wijzigen naar 3: standaard het voorstel, met reden, in de geschiedenis en het dossier")
    func niveauWijzigen() throws {
        let werk = try TestWerk()
        defer { werk.ruimOp() }
        var d = Voorbeeld.demo(vandaag: werk.omgeving.vandaag)
        d.proces.niveau = 2
        for v in ["a", "b", "c", "d", "e"] {
            d.proces.beantwoordSchaalvraag("n2.op.1.\(v)", .ja, datum: werk.omgeving.vandaag, door: "Marloes Visser")
        }
        var rit = SchermRit(RegiekaartScherm(d, werk.omgeving), d, werk.omgeving)
        rit.typ("w")
        #expect(rit.scherm.heeftEigenFocus)
        #expect(rit.tekst().contains("▸ 3  Niveau 3: onveilig (voorstel)"))
        rit.druk(.enter)
        #expect(rit.tekst().contains("Reden voor niveau 3"))
        rit.typ("Ruzies waar de kinderen bij zijn.\n")
        #expect(!rit.scherm.heeftEigenFocus)
        #expect(rit.dossier.proces.niveau == 3)
        #expect(rit.dossier.proces.niveaugeschiedenis.count == d.proces.niveaugeschiedenis.count + 1)
        #expect(rit.dossier.proces.niveaugeschiedenis.last == Niveauwijziging(
            datum: werk.omgeving.vandaag, van: 2, naar: 3, reden: "Ruzies waar de kinderen bij zijn.",
            criteria: ["n2.op.1"], door: "Test Regisseur"))
        #expect(rit.verzoeken.contains { if case .bewaarNu = $0 { true } else { false } })
        #expect(rit.tekst().contains("[huidig] Niveau 3: onveilig"))

        rit.druk(.backTab)
        let tekst = rit.tekst()
        #expect(tekst.contains("23-11-2026  niveau 2 → 3  door Test Regisseur"))
        #expect(tekst.contains("Reden: Ruzies waar de kinderen bij zijn."))
        #expect(tekst.contains("Op grond van: opschalen, criterium 1 van niveau 2"))
        let nieuwste = try #require(tekst.range(of: "23-11-2026"))
        let oudste = try #require(tekst.range(of: "24-10-2026  niveau 2 vastgesteld"))
        #expect(nieuwste.lowerBound < oudste.lowerBound, "de nieuwste eerst")
    }

    @Test("zonder naam van de gebruiker: eerst de naam vragen, en niets wijzigen")
    func zonderNaam() throws {
        let werk = try TestWerk(gebruiker: nil)
        defer { werk.ruimOp() }
        let d = Voorbeeld.demo(vandaag: werk.omgeving.vandaag)
        var rit = SchermRit(RegiekaartScherm(d, werk.omgeving), d, werk.omgeving)
        rit.typ("w")
        #expect(vroegNaam(rit.verzoeken))
        #expect(!rit.scherm.heeftEigenFocus)
        #expect(!rit.tekst().contains("Niveau wijzigen"))
        #expect(rit.dossier == d)
    }

    @Test("een lege reden wordt geweigerd; Esc laat alles zoals het was")
    func weigeren() throws {
        let werk = try TestWerk()
        defer { werk.ruimOp() }
        let d = Voorbeeld.demo(vandaag: werk.omgeving.vandaag)
        var rit = SchermRit(RegiekaartScherm(d, werk.omgeving), d, werk.omgeving)
        rit.typ("w4")
        rit.druk(.enter)
        #expect(rit.tekst().contains("Reden voor niveau 4"))
        rit.typ("   ")
        rit.druk(.enter)
        #expect(rit.tekst().contains("Vul iets in"))
        #expect(rit.scherm.heeftEigenFocus)
        #expect(rit.dossier == d)
        rit.druk(.escape)
        #expect(!rit.scherm.heeftEigenFocus)
        #expect(rit.dossier == d)
        #expect(rit.stuur(.key(.escape)) == .ignored, "zonder venster is Esc voor het programma")
    }

    @Test("het huidige niveau kiezen: een andere regisseur of bekeken en gehouden, vastgelegd als wijziging van 3 naar 3")
    func zelfdeNiveauHouden() throws {
        let werk = try TestWerk()
        defer { werk.ruimOp() }
        let d = Voorbeeld.demo(vandaag: werk.omgeving.vandaag)
        var rit = SchermRit(RegiekaartScherm(d, werk.omgeving), d, werk.omgeving)
        rit.breedte = 80
        rit.hoogte = 24
        rit.typ("w3")
        #expect(regels(rit) == [
            "┌─ Regiekaart · huidig niveau 3 ───────────────────────────────────────────────┐",
            "│[ Niveau ]  Op- en afschalen   Voorstel   Geschiedenis                        │",
            "│                                                                              │",
            "│[huidig] Niveau 3: onveilig                                                   │",
            "│Niveaus:  1   2  [ 3 huidig ]  4   5                                          │",
            "│                                                                              │",
            "│  De ve┌─ Niveau wijzigen ────────────────────────────────────────────┐       │",
            "│  Casus│ Nu niveau 3. Naar welk niveau?                               │tise   │",
            "│  in co│                                                              │n      │",
            "│  veili│   1  Niveau 1: in balans                                     │       │",
            "│       │   2  Niveau 2: uit balans                                    │       │",
            "│  Situa│ ▸ 3  Niveau 3: onveilig (huidig; blijven)                    │       │",
            "│  Draag│   4  Niveau 4: ketenoverstijgend                             │       │",
            "│  Zelfr│   5  Niveau 5: maatschappelijke onrust                       │       │",
            "│  Zorge│                                                              │id     │",
            "│       │ ↑↓ of cijfer: kiezen · Enter: verder · Esc: stoppen          │.      │",
            "│  Hulp └──────────────────────────────────────────────────────────────┘ de    │",
            "│                      schade herstellen die al is ontstaan.                   │",
            "│                                                                              │",
            "│  Regie                                                                       │",
            "│  Casusregie          Een professional uit het lokale team, de zorgketen,     │",
            "│                      Veilig Thuis en/of SAVE/GI, met expertise in complexe  ↓│",
            "│←/→: ander niveau · h: huidig · w: niveau wijzigen · Tab: volgend deel        │",
            "└──────────────────────────────────────────────────────────────────────────────┘",
        ])
        rit.druk(.enter)
        #expect(regels(rit) == [
            "┌─ Regiekaart · huidig niveau 3 ───────────────────────────────────────────────┐",
            "│[ Niveau ]  Op- en afschalen   Voorstel   Geschiedenis                        │",
            "│                                                                              │",
            "│[huidig] Niveau 3: onveilig                                                   │",
            "│Niveaus:  1   2  [ 3 huidig ]  4   5                                          │",
            "│                                                                              │",
            "│  De veilighei┌─ Reden voor niveau 3 ──────────────────────────┐evaar.        │",
            "│  Casusregie e│ Het huishouden blijft op niveau 3: een andere  │t expertise   │",
            "│  in complexe │ regisseur neemt de regie over, of het niveau   │n en een      │",
            "│  veiligheidsp│ is opnieuw bekeken en past nog. Waarom? De     │              │",
            "│              │ reden komt met de datum en uw naam in de       │              │",
            "│  Situatie    │ geschiedenis.                                  │              │",
            "│  Draagkracht │                                                │              │",
            "│  Zelfredzaamh│                                                │en.           │",
            "│  Zorgen      │                                                │eiligheid     │",
            "│              │ Enter: klaar · Esc: stoppen                    │shouden.      │",
            "│  Hulp        └────────────────────────────────────────────────┘llen en de    │",
            "│                      schade herstellen die al is ontstaan.                   │",
            "│                                                                              │",
            "│  Regie                                                                       │",
            "│  Casusregie          Een professional uit het lokale team, de zorgketen,     │",
            "│                      Veilig Thuis en/of SAVE/GI, met expertise in complexe  ↓│",
            "│←/→: ander niveau · h: huidig · w: niveau wijzigen · Tab: volgend deel        │",
            "└──────────────────────────────────────────────────────────────────────────────┘",
        ])
        rit.typ("Andere regisseur met meer ervaring met geweld in het gezin.\n")
        #expect(!rit.scherm.heeftEigenFocus)
        #expect(rit.dossier.proces.niveau == 3)
        #expect(rit.dossier.proces.niveaugeschiedenis.last == Niveauwijziging(
            datum: werk.omgeving.vandaag, van: 3, naar: 3, reden: "Andere regisseur met meer ervaring met geweld in het gezin.",
            door: "Test Regisseur"))
        #expect(rit.dossier.proces.niveaugeschiedenis.count == d.proces.niveaugeschiedenis.count + 1)
        rit.druk(.backTab)
        #expect(rit.tekst().contains("23-11-2026  niveau 3 gehouden  door Test Regisseur"))
    }

    /// The demo without any safety sign, at `niveau`.
    func veiligeDemo(_ werk: TestWerk, niveau: Int) -> Dossier {
        var d = Voorbeeld.demo(vandaag: werk.omgeving.vandaag)
        d.proces.niveau = niveau
        d.proces.schaalgeschiedenis = []
        d.plan.zorgenBasiszorgVeiligheid = .nee
        d.proces.veiligheidsvragen = []
        d.proces.meldcode = []
        return d
    }

    @Test("een ja op de veiligheidsvraag: het voorstel springt van niveau 1 naar 3, met de reden")
    func veiligheidVoedtHetVoorstel() throws {
        let werk = try TestWerk()
        defer { werk.ruimOp() }
        var d = veiligeDemo(werk, niveau: 1)
        var rit = SchermRit(RegiekaartScherm(d, werk.omgeving), d, werk.omgeving)
        rit.breedte = 80
        rit.hoogte = 24
        rit.druk(.tab, .tab)
        #expect(rit.tekst().contains("Voorstel: blijven op niveau 1"))
        d.beantwoordVeiligheidsvraag(fase: "4", .ja, datum: werk.omgeving.vandaag, door: "Test Regisseur")
        rit = SchermRit(RegiekaartScherm(d, werk.omgeving), d, werk.omgeving)
        rit.breedte = 80
        rit.hoogte = 24
        rit.druk(.tab, .tab)
        #expect(regels(rit) == [
            "┌─ Regiekaart · huidig niveau 1 ───────────────────────────────────────────────┐",
            "│ Niveau   Op- en afschalen  [ Voorstel ]  Geschiedenis                        │",
            "│                                                                              │",
            "│  0 van 9 uitspraken van niveau 1: in balans beantwoord (ja: 0, nee: 0).      │",
            "│                                                                              │",
            "│  Voorstel: opschalen naar niveau 3                                           │",
            "│  Waarom:                                                                     │",
            "│  • Ladder naar niveau 3: signalen van onveiligheid of een onveilige situatie │",
            "│    (bij fase 4 is op 23-11-2026 ja gezegd op de vraag naar signalen van      │",
            "│    onveiligheid).                                                            │",
            "│                                                                              │",
            "│  Het voorstel verandert niets vanzelf. Neemt u het over, leg het dan vast    │",
            "│  met w, met een reden.                                                       │",
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
        ])
        rit.typ("w")
        #expect(rit.tekst().contains("▸ 3  Niveau 3: onveilig (voorstel)"))
    }

    @Test("n2.op.2 zonder onveiligheid: voorstel een andere regisseur op niveau 2, of hoger")
    func andereRegisseur() throws {
        let werk = try TestWerk()
        defer { werk.ruimOp() }
        var d = veiligeDemo(werk, niveau: 2)
        d.proces.beantwoordSchaalvraag("n2.op.2.a", .ja, datum: werk.omgeving.vandaag, door: "Marloes Visser")
        d.proces.beantwoordSchaalvraag("n2.op.2.b", .ja, datum: werk.omgeving.vandaag, door: "Marloes Visser")
        var rit = SchermRit(RegiekaartScherm(d, werk.omgeving), d, werk.omgeving)
        rit.breedte = 80
        rit.hoogte = 24
        rit.druk(.tab, .tab)
        #expect(regels(rit) == [
            "┌─ Regiekaart · huidig niveau 2 ───────────────────────────────────────────────┐",
            "│ Niveau   Op- en afschalen  [ Voorstel ]  Geschiedenis                        │",
            "│                                                                              │",
            "│  2 van 19 uitspraken van niveau 2: uit balans beantwoord (ja: 2, nee: 0).    │",
            "│                                                                              │",
            "│  Voorstel: op niveau 2 blijven met een andere regisseur, of hoger            │",
            "│  Mogelijk: niveau 2, 3 of 4; kies wat bij de situatie past.                  │",
            "│  Waarom:                                                                     │",
            "│  • Opschalen naar niveau 2, 3 of 4 (Afhankelijk van de expertise die nodig   │",
            "│    is. Is die expertise op niveau 2 te vinden, dan neemt een andere          │",
            "│    regisseur binnen niveau 2 de regie over.), want: de problemen van de      │",
            "│    klant of van leden van het huishouden zetten het overleg, de uitvoering   │",
            "│    of het volgen van het plan vast; er is een regisseur nodig die            │",
            "│    gespecialiseerd is in deze problemen of in samenwerking.                  │",
            "│                                                                              │",
            "│  Het voorstel verandert niets vanzelf. Neemt u het over, leg het dan vast    │",
            "│  met w, met een reden.                                                       │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "│↑↓ PgUp PgDn: lezen · w: niveau wijzigen · e: escaleren · Tab: volgend deel   │",
            "└──────────────────────────────────────────────────────────────────────────────┘",
        ])
        rit.typ("w")
        #expect(rit.tekst().contains("▸ 2  Niveau 2: uit balans (huidig; blijven)"))
    }

    @Test("een dossier zonder niveau: uitleg, en het eerste niveau vastleggen")
    func zonderNiveau() throws {
        let werk = try TestWerk()
        defer { werk.ruimOp() }
        let d = Dossier(naam: "Familie Nieuw", aangemaakt: werk.omgeving.vandaag)
        var rit = SchermRit(RegiekaartScherm(d, werk.omgeving), d, werk.omgeving)
        #expect(rit.tekst().contains("[bekijken] Niveau 1: in balans (er is nog geen niveau bepaald)"))
        rit.druk(.tab)
        #expect(rit.tekst().contains("Er is nog geen niveau bepaald"))
        rit.typ("w")
        #expect(rit.tekst().contains("Draagkracht: Hoe is de draagkracht van het huishouden?"), "eerst de vragen van de situatie")
        rit.typ("v")
        #expect(rit.tekst().contains("Eerste niveau vastleggen"))
        rit.druk(.up)
        rit.typ("2")
        rit.druk(.enter)
        rit.typ("Meervoudige zorgen.\n")
        #expect(rit.dossier.proces.niveau == 2)
        #expect(rit.dossier.proces.niveaugeschiedenis == [Niveauwijziging(
            datum: werk.omgeving.vandaag, van: nil, naar: 2, reden: "Meervoudige zorgen.", door: "Test Regisseur")])
        rit.druk(.backTab)
        #expect(rit.tekst().contains("23-11-2026  niveau 2 vastgesteld  door Test Regisseur"))
    }

    @Test("in het programma: naam vragen, dan niveau 4 kiezen, vastleggen en bewaren")
    func inHetProgramma() throws {
        let werk = try TestWerk(gebruiker: nil)
        defer { werk.ruimOp() }
        let d = try werk.demo()
        let rit = ProgrammaRit(werk.omgeving, breedte: 80, hoogte: 24)
        rit.druk(.enter, .alt("5"))
        #expect(rit.model.tab == .regiekaart)
        rit.typ("w")
        #expect(rit.tekst.contains("Uw naam"))
        rit.typ("Fatima Bakker\n")
        #expect(rit.tekst.contains("Niveau wijzigen"), "na de naam gaat de toets gewoon door")
        rit.typ("4")
        rit.druk(.enter)
        rit.typ("Overlast in de buurt.\n")
        #expect(rit.model.open?.dossier.proces.niveau == 4)
        #expect(rit.model.open?.dossier.proces.niveaugeschiedenis.last?.door == "Fatima Bakker")
        #expect(try werk.omgeving.opslag.laad(d.id).dossier.proces.niveau == 4)
        #expect(rit.tekst.contains("niveau 4"))
    }

    @Test("alle delen passen op 80×24 en 100×30", arguments: [(80, 24), (100, 30)])
    func maten(breedte: Int, hoogte: Int) throws {
        let werk = try TestWerk()
        defer { werk.ruimOp() }
        _ = try werk.demo()
        let rit = ProgrammaRit(werk.omgeving, breedte: breedte, hoogte: hoogte)
        rit.druk(.enter, .alt("5"))
        #expect(rit.tekst.contains("[huidig] Niveau 3: onveilig"))
        #expect(rit.tekst.contains("Tab: volgend deel"))
        rit.druk(.tab)
        #expect(rit.tekst.contains("[ ? ] De draagkracht is uit balans."))
        #expect(rit.tekst.contains("Voorstel: blijven op niveau 3"))
        rit.druk(.tab)
        #expect(rit.tekst.contains("0 van 20 uitspraken"))
        rit.druk(.tab)
        #expect(rit.tekst.contains("niveau 2 → 3  door Marloes Visser"))
        rit.typ("w")
        #expect(rit.tekst.contains("5  Niveau 5: maatschappelijke onrust"), "de hele keuzelijst past")
    }

    @Test("de toetsen van regiekaart en plancheck botsen niet en staan in de standaardtoetsen")
    func toetsen() {
        let map = RegieToetsen.standaard
        #expect(map.conflicts.filter { ["regiekaart", "plancheck"].contains($0.scope) }.isEmpty)
        for b in RegiekaartScherm.toetsen + PlancheckScherm.toetsen {
            #expect(map[b.id] == b)
            #expect(["regiekaart", "plancheck"].contains(b.scope))
        }
        #expect(RegiekaartScherm.toetsen.filter(\.showInHelpBar).count >= 2)
    }

    @Test("een heel klein scherm: geen crash in elk deel en in de vensters")
    func klein() throws {
        let werk = try TestWerk()
        defer { werk.ruimOp() }
        let d = Voorbeeld.demo(vandaag: werk.omgeving.vandaag)
        for (b, h) in [(20, 5), (8, 3), (1, 1), (3, 12)] {
            var rit = SchermRit(RegiekaartScherm(d, werk.omgeving), d, werk.omgeving)
            rit.breedte = b
            rit.hoogte = h
            for _ in 0..<4 {
                _ = rit.tekst()
                rit.druk(.down, .pageDown, .end, .tab)
            }
            rit.typ("w")
            _ = rit.tekst()
            rit.druk(.enter)
            _ = rit.tekst()
            #expect(rit.scherm.heeftEigenFocus)
        }
        var rit = SchermRit(RegiekaartScherm(d, werk.omgeving), d, werk.omgeving)
        rit.breedte = 20
        rit.hoogte = 5
        #expect(rit.tekst().contains("Regiekaart"))
    }
}
