import Foundation
import RegieDomain
import Screen
import Testing
@testable import RegieApp

private func plaatsen(_ verzoeken: [Verzoek]) -> [Plaats] {
    verzoeken.compactMap { if case .ga(let p) = $0 { p } else { nil } }
}

/// A dossier the plan check has nothing to say about.
private func opOrde(_ vandaag: Datum) -> Dossier {
    var d = Dossier(naam: "Familie Orde", aangemaakt: vandaag)
    d.gezinsleden = [Gezinslid(naam: "Ans Orde")]
    d.regisseurs = [Regisseur(naam: "Rob Regie", rol: .proces, profiel: .a), Regisseur(naam: "Cas Casus", rol: .casus, profiel: .a)]
    d.toestemmingDelen = .ja
    d.plan.aanleiding = "Ans vraagt hulp bij haar post."
    d.plan.zorgenBasiszorgVeiligheid = .nee
    d.plan.overleggen = [Overleg(soort: .voortgang, datum: vandaag, tijd: Tijd(uur: 10, minuut: 0), locatie: "Thuis")]
    d.proces.niveau = 2
    return d
}

/// The plan check screen on its own and in the program.
@Suite("Plancheckscherm")
struct PlancheckSchermTests {
    @Test("het voorbeelddossier: de bevindingen met ernst in woorden en een telling")
    func demo() throws {
        let werk = try TestWerk()
        defer { werk.ruimOp() }
        let d = Voorbeeld.demo(vandaag: werk.omgeving.vandaag)
        let lijst = d.planCheck(werk.omgeving.methode, vandaag: werk.omgeving.vandaag)
        #expect(!lijst.isEmpty)
        let rit = SchermRit(PlancheckScherm(d, werk.omgeving), d, werk.omgeving)
        let tekst = rit.tekst()
        let telling = Ernst.allCases.map { e in "\(PlancheckScherm.groepsnaam(e)): \(lijst.filter { $0.ernst == e }.count)" }
        #expect(tekst.contains(telling.joined(separator: " · ")))
        for b in lijst {
            #expect(tekst.contains("[\(b.ernst.tekst)]"))
            #expect(tekst.contains(b.plaats.tekst(in: d) + ": " + String(b.melding.prefix(20))))
        }
        #expect(tekst.contains("[let op] Doel 1, actie 2: Deze actie is te laat"))
    }

    @Test("een leeg dossier: alles wat ontbreekt, gegroepeerd, de ernstigste eerst")
    func leeg() throws {
        let werk = try TestWerk()
        defer { werk.ruimOp() }
        let d = Dossier(naam: "Familie Leeg", aangemaakt: werk.omgeving.vandaag)
        let rit = SchermRit(PlancheckScherm(d, werk.omgeving), d, werk.omgeving)
        let tekst = rit.tekst()
        #expect(tekst.contains("Er staat nog geen gezinslid in het dossier."))
        #expect(tekst.contains("Let op (6)"))
        #expect(tekst.contains("[let op] Aanleiding: De aanleiding is nog leeg."))
        #expect(tekst.contains("Tip (1)"))
        #expect(tekst.contains("[tip]    Regiekaart: Het niveau op de regiekaart is nog niet bepaald."))
        let letOp = try #require(tekst.range(of: "Let op (6)"))
        let tip = try #require(tekst.range(of: "Tip (1)"))
        #expect(letOp.lowerBound < tip.lowerBound)
    }

    @Test("zonder bevindingen staat dat er gewoon; een nieuwe fout verschijnt meteen")
    func geenBevindingen() throws {
        let werk = try TestWerk()
        defer { werk.ruimOp() }
        let d = opOrde(werk.omgeving.vandaag)
        #expect(d.planCheck(werk.omgeving.methode, vandaag: werk.omgeving.vandaag).isEmpty)
        var rit = SchermRit(PlancheckScherm(d, werk.omgeving), d, werk.omgeving)
        #expect(rit.tekst().contains("Geen bevindingen."))
        #expect(rit.stuur(.key(.enter)) == .ignored)
        #expect(plaatsen(rit.verzoeken).isEmpty)
        rit.dossier.regisseurs.append(Regisseur(naam: "Tweede", rol: .proces))
        #expect(rit.tekst().contains("[fout]   Regisseurs: Er zijn 2 procesregisseurs"), "de lijst wordt elke keer opnieuw bepaald")
        #expect(rit.tekst().contains("Fout: 1"))
    }

    @Test("Enter vraagt om naar de plaats van de gekozen bevinding te gaan; Tab springt naar de volgende soort")
    func enter() throws {
        let werk = try TestWerk()
        defer { werk.ruimOp() }
        let d = Voorbeeld.demo(vandaag: werk.omgeving.vandaag)
        let lijst = d.planCheck(werk.omgeving.methode, vandaag: werk.omgeving.vandaag)
        var rit = SchermRit(PlancheckScherm(d, werk.omgeving), d, werk.omgeving)
        rit.druk(.enter)
        #expect(plaatsen(rit.verzoeken) == [lijst[0].plaats])
        rit.druk(.down, .enter)
        #expect(plaatsen(rit.verzoeken) == [lijst[0].plaats, lijst[1].plaats])
        #expect(rit.dossier == d)

        let leeg = Dossier(naam: "Familie Leeg", aangemaakt: werk.omgeving.vandaag)
        var rit2 = SchermRit(PlancheckScherm(leeg, werk.omgeving), leeg, werk.omgeving)
        rit2.druk(.tab, .enter)
        #expect(plaatsen(rit2.verzoeken) == [.niveau])
        rit2.druk(.tab, .enter)
        #expect(plaatsen(rit2.verzoeken) == [.niveau, .huishouden], "na de laatste soort weer bovenaan")
    }

    @Test("de keuze blijft bij dezelfde bevinding als de lijst verandert; is die opgelost, dan de volgende")
    func keuzeBlijft() throws {
        let werk = try TestWerk()
        defer { werk.ruimOp() }
        let d = Dossier(naam: "Familie Leeg", aangemaakt: werk.omgeving.vandaag)
        var rit = SchermRit(PlancheckScherm(d, werk.omgeving), d, werk.omgeving)
        rit.druk(.down, .down)
        rit.druk(.enter)
        #expect(plaatsen(rit.verzoeken).last == .toestemming)
        rit.dossier.gezinsleden = [Gezinslid(naam: "Ans")]
        #expect(rit.tekst().contains("Let op (5)"))
        rit.druk(.enter)
        #expect(plaatsen(rit.verzoeken).last == .toestemming, "een bevinding erboven verdween; de keuze bleef")
        rit.dossier.toestemmingDelen = .ja
        rit.druk(.enter)
        #expect(plaatsen(rit.verzoeken).last == .plandeel(.aanleiding), "de gekozen bevinding is opgelost: de volgende")
    }

    @Test("in het programma: Enter op een bevinding opent het juiste tabblad")
    func inHetProgramma() throws {
        let werk = try TestWerk()
        defer { werk.ruimOp() }
        _ = try werk.demo()
        let rit = ProgrammaRit(werk.omgeving)
        rit.druk(.enter, .alt("6"))
        #expect(rit.model.tab == .plancheck)
        rit.druk(.enter)
        #expect(rit.model.tab == .plan)
        // The second finding is the phase that contradicts the ticks.
        rit.druk(.alt("6"), .down, .enter)
        #expect(rit.model.tab == .fasen)
        // A tip on a veiligheidsafspraak opens the veiligheidsplan.
        rit.druk(.alt("6"), .down, .down, .down, .enter)
        #expect(rit.model.tab == .veiligheid)
    }

    @Test("in het programma: de bevinding over het niveau opent de regiekaart")
    func naarRegiekaart() throws {
        let werk = try TestWerk()
        defer { werk.ruimOp() }
        let rit = ProgrammaRit(werk.omgeving)
        rit.druk(.insert)
        rit.typ("Familie Leeg\n")
        rit.druk(.alt("6"), .tab, .enter)
        #expect(rit.model.tab == .regiekaart)
        #expect(rit.tekst.contains("Regiekaart · nog geen niveau"))
    }

    @Test("in het programma: een lege aanleiding opent het plan op dat veld")
    func naarAanleiding() throws {
        let werk = try TestWerk()
        defer { werk.ruimOp() }
        let rit = ProgrammaRit(werk.omgeving)
        rit.druk(.insert)
        rit.typ("Familie Leeg\n")
        rit.druk(.alt("6"), .down, .down, .down)
        #expect(rit.tekst.contains("Enter: naar Ondersteuningsplan › Aanleiding"), "\(rit.tekst)")
        rit.druk(.enter)
        #expect(rit.model.tab == .plan)
        #expect(rit.tekst.contains("▸ Aanleiding"), "\(rit.tekst)")
    }

    @Test("de plaatsen van de kwaliteitscriteria horen bij hun tabblad")
    func tabbladen() {
        for deel in Plandeel.allCases { #expect(Tabblad.voor(.plandeel(deel)) == .plan) }
        for deel in Veiligheidsdeel.allCases { #expect(Tabblad.voor(.veiligheidsdeel(deel)) == .veiligheid) }
        #expect(Tabblad.voor(.overleg("o1")) == .plan)
    }

    @Test("past op 80×24 en 100×30", arguments: [(80, 24), (100, 30)])
    func maten(breedte: Int, hoogte: Int) throws {
        let werk = try TestWerk()
        defer { werk.ruimOp() }
        _ = try werk.demo()
        let rit = ProgrammaRit(werk.omgeving, breedte: breedte, hoogte: hoogte)
        rit.druk(.enter, .alt("6"))
        // The demo is in phase 4 with nothing of 1–3b ticked, its meldcode open for 30 days, and
        // afspraken without wie, waar and wanneer: the plan check says so.
        #expect(rit.tekst.contains("Fout: 0 · Let op: 3 · Tip: 3 · de ernstigste eerst"))
        #expect(rit.tekst.contains("[let op] Fase: Fase 4 is de huidige fase, maar in fase 1, 2, 3a en 3b zijn"))
        #expect(rit.tekst.contains("[let op] Meldcode: De meldcode loopt sinds 24-10-2026 (30 dagen) zonder"))
        #expect(rit.tekst.contains("Enter: naar Ondersteuningsplan › Doel 1, actie 2"))
        #expect(rit.tekst.contains("[tip]    Veiligheidsplan, doelencheck: De doelencheck van het"))
    }

    @Test("een heel klein scherm en een lange lijst: geen crash, de keuze blijft in beeld")
    func klein() throws {
        let werk = try TestWerk()
        defer { werk.ruimOp() }
        var d = Dossier(naam: "Familie Veel", aangemaakt: werk.omgeving.vandaag)
        d.plan.doelen = (0..<30).map { _ in Doel(omschrijving: "") }
        for (b, h) in [(20, 5), (8, 3), (1, 1), (3, 12)] {
            var rit = SchermRit(PlancheckScherm(d, werk.omgeving), d, werk.omgeving)
            rit.breedte = b
            rit.hoogte = h
            _ = rit.tekst()
            rit.druk(.pageDown, .down, .end, .tab, .backTab)
            _ = rit.tekst()
        }
        var rit = SchermRit(PlancheckScherm(d, werk.omgeving), d, werk.omgeving)
        rit.breedte = 80
        rit.hoogte = 21
        rit.druk(.end)
        #expect(rit.tekst().contains("▸ [tip]"))
        rit.druk(.home)
        #expect(rit.tekst().contains("▸ [fout]"))
    }
}

/// The code of the chosen finding stands small at the bottom right, when it fits.
@Suite("Plancheckscherm: de code van de bevinding")
struct PlancheckCodeTests {
    @Test("het hele scherm met twee bevindingen: de code van de gekozen rechtsonder; na ↓ past die van de volgende er niet naast")
    func heleScherm() throws {
        let werk = try TestWerk()
        defer { werk.ruimOp() }
        var d = opOrde(werk.omgeving.vandaag)
        d.toestemmingDelen = nil
        d.regisseurs.append(Regisseur(naam: "Tweede", rol: .proces, profiel: .a))
        var rit = SchermRit(PlancheckScherm(d, werk.omgeving), d, werk.omgeving)
        rit.breedte = 80
        rit.hoogte = 10
        #expect(rit.tekst().split(separator: "\n", omittingEmptySubsequences: false).map(String.init) == [
            "┌─ Plancheck ──────────────────────────────────────────────────────────────────┐",
            "│Fout: 1 · Let op: 1 · Tip: 0 · de ernstigste eerst                            │",
            "│  Fout (1)                                                                    │",
            "│▸ [fout]   Regisseurs: Er zijn 2 procesregisseurs; een huishouden heeft er    │",
            "│           hooguit één.                                                       │",
            "│                                                                              │",
            "│  Let op (1)                                                                  │",
            "│  [let op] Toestemming om informatie te delen: Niet vastgelegd of er         ↓│",
            "│Enter: naar Huishouden › Regisseurs           regisseurs.meer-procesregisseurs│",
            "└──────────────────────────────────────────────────────────────────────────────┘",
        ], "\n\(rit.tekst())")
        rit.druk(.down)
        #expect(rit.tekst().split(separator: "\n", omittingEmptySubsequences: false).map(String.init) == [
            "┌─ Plancheck ──────────────────────────────────────────────────────────────────┐",
            "│Fout: 1 · Let op: 1 · Tip: 0 · de ernstigste eerst                            │",
            "│  [fout]   Regisseurs: Er zijn 2 procesregisseurs; een huishouden heeft er   ↑│",
            "│           hooguit één.                                                       │",
            "│                                                                              │",
            "│  Let op (1)                                                                  │",
            "│▸ [let op] Toestemming om informatie te delen: Niet vastgelegd of er          │",
            "│           toestemming is om informatie met betrokkenen te delen.             │",
            "│Enter: naar Huishouden › Toestemming om informatie te delen                   │",
            "└──────────────────────────────────────────────────────────────────────────────┘",
        ], "\n\(rit.tekst())")
    }

    @Test("past de code niet naast de tekst, dan staat ze er niet")
    func smal() throws {
        let werk = try TestWerk()
        defer { werk.ruimOp() }
        var d = opOrde(werk.omgeving.vandaag)
        d.regisseurs.append(Regisseur(naam: "Tweede", rol: .proces))
        var rit = SchermRit(PlancheckScherm(d, werk.omgeving), d, werk.omgeving)
        rit.hoogte = 10
        rit.breedte = 80
        #expect(rit.tekst().contains("regisseurs.meer-procesregisseurs"))
        rit.breedte = 60
        #expect(!rit.tekst().contains("regisseurs.meer-procesregisseurs"))
        #expect(rit.tekst().contains("Enter: naar"))
    }
}
