import Foundation
import Testing
@testable import RegieDomain
import RegieMethode

/// One household through the whole work process with the domain alone: aanmelding, intake,
/// startoverleg, two voortgangsoverleggen (the second with signs of unsafety), a refused
/// closure, a third overleg where the veiligheidsplan is evaluated and signed again, and a
/// closure with nazorg. Then written and read back as after a restart.
@Suite("Scenario: één huishouden, twee volle rondes")
struct ScenarioTests {
    let rita = "Rita Regie"
    // The days of the story.
    let aanmelding = Datum(jaar: 2026, maand: 1, dag: 5)!
    var intake: Datum { aanmelding.plus(dagen: 7)! }
    var start: Datum { aanmelding.plus(dagen: 21)! }
    var eerste: Datum { start.plus(dagen: 42)! }
    var tweede: Datum { eerste.plus(dagen: 42)! }
    var derde: Datum { tweede.plus(dagen: 28)! }

    func om(_ d: Datum, _ uur: Int, _ minuut: Int = 0) -> Tijdstip { Tijdstip(seconden: d.dagnummer * 86_400 + uur * 3600 + minuut * 60) }

    func vinkAlles(_ fasen: [String], _ d: inout Dossier, _ m: Methode, datum: Datum) throws {
        for id in fasen {
            for a in try #require(m.fase(id)).afvinkbareActies { d.proces.vinkAf(a.id, m, datum: datum, door: rita) }
        }
    }

    /// Walks the steps with ids `ids` of the running overleg, a minute each from `vanaf`.
    func loop(_ ids: [String], _ d: inout Dossier, _ overleg: String, vanaf: Tijdstip) throws {
        let i = try #require(d.plan.overleggen.firstIndex { $0.id == overleg })
        for (n, id) in ids.enumerated() { d.plan.overleggen[i].verloop?.ga(naar: id, nu: Tijdstip(seconden: vanaf.seconden + 60 * (n + 1))) }
    }

    /// Plans the next overleg in the "volgend overleg" step of overleg `id` (or says why there is none).
    func volgend(_ d: inout Dossier, na id: String, op datum: Datum?, reden: String? = nil) throws {
        let i = try #require(d.plan.overleggen.firstIndex { $0.id == id })
        if let datum {
            let nieuw = Overleg(soort: .voortgang, datum: datum, tijd: Tijd(uur: 10, minuut: 0), locatie: "Bij het gezin thuis")
            d.plan.overleggen.append(nieuw)
            d.plan.overleggen[i].verloop?.volgendOverleg = nieuw.id
        } else {
            d.plan.overleggen[i].verloop?.geenVolgendOverleg = reden
        }
    }

    /// Closes overleg `id` and ticks what its steps stand for.
    func sluit(_ d: inout Dossier, _ id: String, agenda: Overlegagenda, _ m: Methode, op datum: Datum) throws -> [String] {
        #expect(d.sluitproblemen(id, vandaag: datum) == [])
        let gesloten = d.sluitOverleg(id, vandaag: datum, nu: om(datum, 12))
        #expect(gesloten)
        return d.vinkAfNaOverleg(id, agenda: agenda, m, vandaag: datum, door: rita)
    }

    @Test("aanmelding tot afsluiting met nazorg, en alles staat er na een herstart nog")
    func tweeVolleRondes() throws {
        let m = try standaardMethode()
        let startagenda = try #require(m.agenda(.start))
        let voortgangsagenda = try #require(m.agenda(.voortgang))

        // MARK: Aanmelding (phase 1)
        var d = Dossier(id: "scenario", naam: "Familie Scenario", aangemaakt: aanmelding,
                        gezinsleden: [Gezinslid(id: "anna", naam: "Anna Scenario", rolInGezin: "moeder"),
                                      Gezinslid(id: "bram", naam: "Bram Scenario", rolInGezin: "zoon")],
                        netwerk: [Netwerklid(id: "oma", naam: "Oma Scenario", relatie: "oma")],
                        professionals: [Professional(id: "ilse", naam: "Ilse", organisatie: "GGD", functie: "jeugdverpleegkundige")],
                        regisseurs: [Regisseur(id: "rita", naam: rita, rol: .proces)])
        #expect(d.proces.fase == "1")
        #expect(d.beantwoordVeiligheidsvraag(fase: "1", .nee, datum: aanmelding, door: rita) == .vastgelegd)
        try vinkAlles(["1"], &d, m, datum: aanmelding)
        #expect(d.gaNaarFase("2", m, datum: intake, door: rita) == nil)

        // MARK: Intake (phase 2) and preparing the startoverleg (3a)
        d.toestemmingDelen = .ja
        d.plan.aanleiding = "Anna slaapt slecht en Bram spijbelt."
        d.plan.zorgenBasiszorgVeiligheid = .nee
        d.proces.niveau = 2
        d.proces.niveaugeschiedenis.append(Niveauwijziging(datum: intake, van: nil, naar: 2, reden: "Bij de intake.", door: rita))
        #expect(d.beantwoordVeiligheidsvraag(fase: "2", .nee, datum: intake, door: rita) == .vastgelegd)
        try vinkAlles(["2"], &d, m, datum: intake)
        #expect(d.gaNaarFase("3a", m, datum: intake, door: rita) == nil)
        d.plan.overleggen.append(Overleg(id: "start", soort: .start, datum: start, tijd: Tijd(uur: 10, minuut: 0)))
        try vinkAlles(["3a"], &d, m, datum: intake)
        #expect(d.gaNaarFase("3b", m, datum: intake, door: rita) == nil)

        // MARK: Startoverleg (3b)
        let iedereen = ["anna", "bram", "oma", "ilse", "rita"]
        let startIdBegonnen = d.beginOverleg(.start, agenda: startagenda, aanwezigen: iedereen, vandaag: start,
                                                  tijd: Tijd(uur: 10, minuut: 0), nu: om(start, 10))
        let startId = try #require(startIdBegonnen)
        #expect(startId == "start", "het geplande startoverleg wordt overgenomen")
        #expect(!d.veiligheidsstappenNodig)
        try loop(d.actieveStappen(startagenda).map(\.id).dropFirst().map { $0 }, &d, startId, vanaf: om(start, 10))
        d.plan.krachten = [Uitspraak(id: "k1", spreker: "anna", citaat: "Ik wil er voor Bram zijn.")]
        d.plan.zorgen = [Uitspraak(id: "z1", spreker: "ilse", citaat: "Anna slaapt vier uur per nacht.")]
        d.plan.doelen = [Doel(id: "d1", omschrijving: "Anna slaapt elke nacht zeven uur.",
                              acties: [Actie(id: "a1", wie: "anna", wat: "Afspraak bij de huisarts maken", wanneer: start.plus(dagen: 7))])]
        try volgend(&d, na: startId, op: eerste)
        let startVinkjes = try sluit(&d, startId, agenda: startagenda, m, op: start)
        #expect(startVinkjes == ["3b.p1", "3b.p2", "3b.p3", "3b.p4", "3b.p6", "3b.p7", "3b.p8", "3b.p9", "3b.p10"],
                "zonder zorgen vallen de veiligheidsstappen (3b.p5) weg")
        #expect(d.voorgesteldeFasen(naOverleg: startId, m).map(\.id) == ["4"])
        #expect(d.redenNodig(naar: "4", m) != nil, "de acties die het overleg niet afvinkt, staan nog open")
        try vinkAlles(["3b"], &d, m, datum: start)
        #expect(d.gaNaarFase("4", m, datum: start, door: rita) == nil)
        #expect(d.proces.huidigeRonde == 1)
        #expect(d.plan.doelen[0].acties[0].markeerGedaan(vandaag: start.plus(dagen: 6)!) == start.plus(dagen: 6))

        // MARK: Round 1: the first voortgangsoverleg
        try vinkAlles(["4"], &d, m, datum: start.plus(dagen: 14)!)
        #expect(d.gaNaarFase("5a", m, datum: eerste.plus(dagen: -7)!, door: rita) == nil)
        try vinkAlles(["5a"], &d, m, datum: eerste.plus(dagen: -7)!)
        #expect(d.gaNaarFase("5b", m, datum: eerste, door: rita) == nil)
        let eersteIdBegonnen = d.beginOverleg(.voortgang, agenda: voortgangsagenda, aanwezigen: ["anna", "ilse", "rita"],
                                                   vandaag: eerste, tijd: Tijd(uur: 10, minuut: 0), nu: om(eerste, 10))
        let eersteId = try #require(eersteIdBegonnen)
        try loop(d.actieveStappen(voortgangsagenda).map(\.id).dropFirst().map { $0 }, &d, eersteId, vanaf: om(eerste, 10))
        try volgend(&d, na: eersteId, op: tweede)
        let rondeEen = try sluit(&d, eersteId, agenda: voortgangsagenda, m, op: eerste)
        // The safety question is asked at every voortgangsoverleg (5b.p4), also without signals.
        #expect(rondeEen.contains("5b.p1") && rondeEen.contains("5b.p4"))
        try vinkAlles(["5b"], &d, m, datum: eerste)
        #expect(d.voorgesteldeFasen(naOverleg: eersteId, m).map(\.id) == ["4", "6b"])
        #expect(d.gaNaarFase("4", m, datum: eerste, door: rita) == nil)
        #expect(d.proces.huidigeRonde == 2)
        #expect(!d.proces.isAfgevinkt("5b.p1", m), "de nieuwe ronde begint leeg")

        // MARK: Round 2: the second voortgangsoverleg, with signs of unsafety
        try vinkAlles(["4"], &d, m, datum: eerste.plus(dagen: 14)!)
        #expect(d.gaNaarFase("5a", m, datum: tweede.plus(dagen: -7)!, door: rita) == nil)
        try vinkAlles(["5a"], &d, m, datum: tweede.plus(dagen: -7)!)
        #expect(d.gaNaarFase("5b", m, datum: tweede, door: rita) == nil)
        let tweedeIdBegonnen = d.beginOverleg(.voortgang, agenda: voortgangsagenda, aanwezigen: ["anna", "bram", "ilse", "rita"],
                                                   vandaag: tweede, tijd: Tijd(uur: 10, minuut: 0), nu: om(tweede, 10))
        let tweedeId = try #require(tweedeIdBegonnen)
        try loop(["agenda", "hoe-gaat-het"], &d, tweedeId, vanaf: om(tweede, 10))
        // The branch point of phase 4, asked at the overleg: "ja".
        #expect(d.beantwoordVeiligheidsvraag(fase: "4", .ja, datum: tweede, door: rita, toelichting: "Bram vertelt over harde ruzies thuis.")
                == .meldcodeGestart)
        #expect(d.openMeldcode?.begonnen == tweede)
        #expect(d.veiligheidsplanVereist(m))
        #expect(d.veiligheidsstappenNodig, "nu komen de veiligheidsstappen in de agenda")
        d.plan.zorgenBasiszorgVeiligheid = .ja
        d.proces.niveau = 3
        d.proces.niveaugeschiedenis.append(Niveauwijziging(datum: tweede, van: 2, naar: 3, reden: "Onveiligheid thuis.", door: rita))
        d.veiligheidsplan = Veiligheidsplan(
            doelencheck: Doelencheck(afsprakenNakomen: true, onveiligheidOpheffen: true, oorzakenBehandelen: true, herstelEnNazorg: true),
            grootsteZorg: [Uitspraak(id: "gz1", spreker: "ilse", citaat: "Dat Bram gewond raakt bij een ruzie.")],
            schaalvragen: [Schaalscore(id: "s1", persoon: "anna", cijfer: 4, datum: tweede, overleg: tweedeId),
                           Schaalscore(id: "s2", persoon: "ilse", cijfer: 5, datum: tweede, overleg: tweedeId)],
            afspraken: [Veiligheidsafspraak(id: "af1", wat: "Bij ruzie gaat Bram naar oma.", toezicht: "oma",
                                            alsNietNagekomen: "Oma belt Rita.", wie: "bram", waar: "bij oma thuis", wanneer: tweede.plus(dagen: 7))],
            contacten: [Veiligheidscontact(id: "c1", naam: "Oma Scenario", wanneerBellen: "bij ruzie")],
            evaluatiedatum: derde,
            ondertekening: [Ondertekening(id: "t1", persoon: "anna", naam: "Anna Scenario", hoedanigheid: .klant, datum: tweede),
                            Ondertekening(id: "t2", persoon: "rita", naam: rita, hoedanigheid: .professional, datum: tweede)])
        let rest = d.actieveStappen(voortgangsagenda).map(\.id).drop { $0 != "hoe-gaat-het" }.dropFirst()
        #expect(rest.contains("schaalvraag") && rest.contains("veiligheidsafspraken"))
        try loop(Array(rest), &d, tweedeId, vanaf: om(tweede, 10, 30))
        try volgend(&d, na: tweedeId, op: derde)
        let rondeTwee = try sluit(&d, tweedeId, agenda: voortgangsagenda, m, op: tweede)
        #expect(rondeTwee.contains("5b.p4") && rondeTwee.contains("5b.p10"), "nu zijn de veiligheidsstappen gelopen")

        // A closure now is refused, with every reason in Dutch.
        let nazorg = Afsluiting(datum: tweede, door: rita, evaluatie: "Anna: 'We hebben rust gekregen.'",
                                nazorg: [Nazorgafspraak(wie: "Oma Scenario", wat: "Belt Anna elke zondag.", wanneer: "vanaf de afsluiting", hoeVaak: "elke week")],
                                vragenBij: "Het wijkteam, spreekuur op dinsdag.")
        let geweigerd = d.sluitAf(nazorg, m)
        #expect(geweigerd == [
            "In het ondersteuningsplan staat dat er zorgen zijn over basiszorg of veiligheid.",
            "Bij fase 4 zijn op \(tweede.tekst) signalen van onveiligheid vastgelegd.",
            "Het huishouden staat op niveau 3 van de regiekaart; dat is 3 of hoger.",
            "Het laatste cijfer op de schaalvraag van Anna Scenario is 4; dat moet minstens 10 zijn.",
            "De meldcode is sinds \(tweede.tekst) in gang en heeft nog geen besluit.",
            "Het veiligheidsplan loopt nog: rond het eerst af, in het tabblad Veiligheidsplan.",
        ])
        #expect(!d.isAfgesloten)
        #expect(!d.proces.isAfgevinkt("6b.p9", m))
        #expect(try d.planCheck(m, vandaag: tweede).filter { $0.ernst == .fout } == [], "de meldcode loopt en het plan is getekend")

        try vinkAlles(["5b"], &d, m, datum: tweede)
        #expect(d.gaNaarFase("4", m, datum: tweede, door: rita) == nil)
        #expect(d.proces.huidigeRonde == 3)

        // MARK: Round 3: the veiligheidsplan evaluated and signed again, the level lowered
        try vinkAlles(["4"], &d, m, datum: tweede.plus(dagen: 7)!)
        #expect(d.gaNaarFase("5a", m, datum: derde.plus(dagen: -7)!, door: rita) == nil)
        try vinkAlles(["5a"], &d, m, datum: derde.plus(dagen: -7)!)
        #expect(d.gaNaarFase("5b", m, datum: derde, door: rita) == nil)
        let derdeIdBegonnen = d.beginOverleg(.voortgang, agenda: voortgangsagenda, aanwezigen: ["anna", "bram", "ilse", "rita"],
                                                  vandaag: derde, tijd: Tijd(uur: 10, minuut: 0), nu: om(derde, 10))
        let derdeId = try #require(derdeIdBegonnen)
        let voorHetOverleg = d
        try loop(["agenda", "hoe-gaat-het", "veiligheidsafspraken"], &d, derdeId, vanaf: om(derde, 10))
        d.veiligheidsplan?.afspraken[0].nalevingen.append(Naleving(datum: derde, nagekomen: .ja, toelichting: "Twee keer naar oma gegaan.", overleg: derdeId))
        try loop(["veiligheid-goed", "veiligheid-zorgen", "schaalvraag"], &d, derdeId, vanaf: om(derde, 10, 10))
        d.veiligheidsplan?.schaalvragen += [Schaalscore(id: "s3", persoon: "anna", cijfer: 10, datum: derde, overleg: derdeId),
                                            Schaalscore(id: "s4", persoon: "ilse", cijfer: 10, datum: derde, overleg: derdeId)]
        d.noteerWijzigingVeiligheidsplan(sinds: voorHetOverleg, vandaag: derde)
        #expect(d.veiligheidsplan?.gewijzigd == derde)
        #expect(d.veiligheidsplan?.moetOpnieuwOndertekend == true, "gewijzigd in het overleg: opnieuw ondertekenen (5b.p10)")
        d.veiligheidsplan?.ondertekening += [Ondertekening(id: "t3", persoon: "anna", naam: "Anna Scenario", hoedanigheid: .klant, datum: derde),
                                             Ondertekening(id: "t4", persoon: "rita", naam: rita, hoedanigheid: .professional, datum: derde)]
        #expect(d.veiligheidsplan?.isOndertekend == true)
        // The walk is decided, the answer is now nee, and the level goes down.
        let m0 = try #require(d.proces.meldcode.indices.last)
        d.proces.meldcode[m0].besluit = BesluitVastlegging(besluit: "melden", datum: derde, door: rita, toelichting: "Gemeld bij Veilig Thuis.")
        #expect(d.beantwoordVeiligheidsvraag(fase: "4", .nee, datum: derde, door: rita) == .vastgelegd)
        d.plan.zorgenBasiszorgVeiligheid = .nee
        d.proces.niveau = 2
        d.proces.niveaugeschiedenis.append(Niveauwijziging(datum: derde, van: 3, naar: 2, reden: "Het is weer veilig.", door: rita))
        let rest3 = d.actieveStappen(voortgangsagenda).map(\.id).drop { $0 != "schaalvraag" }.dropFirst()
        try loop(Array(rest3), &d, derdeId, vanaf: om(derde, 11))
        try volgend(&d, na: derdeId, op: nil, reden: "Het traject wordt afgesloten.")
        let rondeDrie = try sluit(&d, derdeId, agenda: voortgangsagenda, m, op: derde)
        #expect(rondeDrie.contains("5b.p4"))
        try vinkAlles(["5b"], &d, m, datum: derde)
        #expect(d.voorgesteldeFasen(naOverleg: derdeId, m).map(\.id) == ["4", "6b"])
        #expect(d.rondVeiligheidsplanAf(m, datum: derde, door: rita) == [])

        // MARK: Closing (6b) with nazorg
        #expect(d.redenNodig(naar: "6b", m) == nil, "alle acties van deze ronde zijn afgevinkt")
        #expect(d.gaNaarFase("6b", m, datum: derde, door: rita) == nil)
        #expect(d.beantwoordVeiligheidsvraag(fase: "6b", .nee, datum: derde, door: rita) == .vastgelegd)
        var slot = nazorg
        slot.datum = derde
        #expect(d.sluitAf(slot, m) == [])
        #expect(d.isAfgesloten)

        // MARK: Restart: written and read back
        let bytes = try JSONEncoder().encode(d)
        let terug = try JSONDecoder().decode(Dossier.self, from: bytes)
        #expect(terug == d)
        #expect(terug.proces.fase == "6b")
        #expect(terug.proces.rondes.map(\.nummer) == [1, 2, 3])
        #expect(terug.proces.rondes.map(\.overleg) == [eersteId, tweedeId, derdeId])
        #expect(terug.proces.rondeOverzicht(m).map(\.nummer) == [3, 2, 1])
        for ronde in 1...3 {
            let acties = Set(terug.proces.afvinkingen(inRonde: ronde, m).map(\.actie))
            let alle = Set(["4", "5a", "5b"].flatMap { m.fase($0)!.afvinkbareActies.map(\.id) })
            #expect(acties == alle, "ronde \(ronde) heeft al haar vinkjes")
        }
        #expect(terug.proces.afvinkingen(inRonde: 1, m).first { $0.actie == "5b.p1" }?.notitie == "tijdens het voortgangsoverleg van \(eerste.tekst)")
        #expect(terug.proces.afvinkingen(inRonde: 2, m).first { $0.actie == "5b.p4" }?.datum == tweede)
        #expect(terug.proces.veiligheidsvragen.map { "\($0.fase) \($0.antwoord.tekst)" } == ["1 nee", "2 nee", "4 ja", "4 nee", "6b nee"])
        #expect(terug.proces.meldcode.count == 1)
        #expect(terug.proces.meldcode[0].begonnen == tweede && terug.proces.meldcode[0].besluit?.besluit == "melden")
        #expect(terug.proces.niveaugeschiedenis.map(\.naar) == [2, 3, 2])
        #expect(terug.veiligheidsplan?.afgerond == Afronding(datum: derde, door: rita))
        #expect(terug.veiligheidsplan?.afspraken[0].nalevingen.map(\.nagekomen) == [.ja])
        #expect(terug.veiligheidsplan?.ondertekening.count == 4)
        #expect(terug.afsluiting == slot)
        #expect(terug.afsluiting?.nazorg.first?.wie == "Oma Scenario")
        for id in ["6b.p4", "6b.p5", "6b.p7", "6b.p9"] { #expect(terug.proces.isAfgevinkt(id, m), "\(id)") }
        #expect(terug.proces.faseovergangen.map(\.naar) == ["2", "3a", "3b", "4", "5a", "5b", "4", "5a", "5b", "4", "5a", "5b", "6b"])
        #expect(terug.proces.faseovergangen.allSatisfy { $0.reden.isEmpty }, "de fase volgde steeds het werk")
        #expect(terug.plan.overleggen.filter { $0.verloop != nil }.map(\.id) == [startId, eersteId, tweedeId, derdeId])

        let later = derde.plus(dagen: 60)!
        let samenvatting = DossierSamenvatting(terug)
        #expect(samenvatting.isAfgesloten)
        #expect(samenvatting.afgesloten == derde)
        #expect(samenvatting.veiligheidssignalen == false)
        #expect(samenvatting.volgendOverleg(vandaag: derde) == nil)
        #expect(samenvatting.aantalTeLaat(vandaag: later) == 0)
        #expect(terug.teLateActies(vandaag: later).isEmpty)
        let bevindingen = try terug.planCheck(m, vandaag: later)
        #expect(bevindingen.filter { $0.ernst == .fout } == [])
        #expect(!bevindingen.contains { [.meldcode, .fase, .overleggen, .niveau].contains($0.plaats) }, "\(bevindingen)")
    }
}
