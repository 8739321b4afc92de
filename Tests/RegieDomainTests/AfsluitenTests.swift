import Foundation
import Testing
@testable import RegieDomain
import RegieMethode

/// Closing as an act and a rule (6b.p10: never close while there are signs of unsafety),
/// ending the veiligheidsplan, and reopening.
@Suite("Afsluiten, veiligheidsplan afronden en heropenen")
struct AfsluitenTests {
    let wie = "Rita Regie"

    func afsluiting(datum: Datum = vandaag, nazorg: [Nazorgafspraak] = [Nazorgafspraak(wie: "Oma Proef", wat: "Belt elke week even.",
                                                                                         wanneer: "vanaf april", hoeVaak: "elke week")]) -> Afsluiting {
        Afsluiting(datum: datum, door: wie, evaluatie: "Anna slaapt weer; het ging volgens haar goed.", nazorg: nazorg,
                   vragenBij: "Het wijkteam, 020-1234567.")
    }

    /// Proef: level 2, no worries, no veiligheidsplan: nothing stands in the way of closing.
    func veiligDossier() -> Dossier { Proef.dossier() }

    // MARK: - Refusals, one reason at a time

    @Test("zorgen ja in het plan: geweigerd")
    func zorgenJa() throws {
        let m = try standaardMethode()
        var d = veiligDossier()
        d.plan.zorgenBasiszorgVeiligheid = .ja
        d.proces.meldcode = [Meldcodeverloop(besluit: BesluitVastlegging(besluit: "hulp-vervolgen", datum: dag(-2), door: wie), begonnen: dag(-9))]
        d.veiligheidsplan = Proef.veiligheidsplan(ondertekening: [Proef.klantTekent, Proef.professionalTekent])
        d.veiligheidsplan?.afgerond = Afronding(datum: dag(-1), door: wie)
        #expect(d.afsluitbezwaren(m) == ["In het ondersteuningsplan staat dat er zorgen zijn over basiszorg of veiligheid."])
        let voor = d
        #expect(d.sluitAf(afsluiting(), m) == ["In het ondersteuningsplan staat dat er zorgen zijn over basiszorg of veiligheid."])
        #expect(d == voor, "een geweigerde afsluiting verandert niets")
        #expect(!d.isAfgesloten)
    }

    @Test("ja op de veiligheidsvraag: geweigerd, met de fase en de datum, en de meldcode die loopt")
    func veiligheidsvraagJa() throws {
        let m = try standaardMethode()
        var d = veiligDossier()
        d.beantwoordVeiligheidsvraag(fase: "6b", .ja, datum: dag(-1), door: wie)
        let verwacht = [
            "Bij fase 6b zijn op \(dag(-1).tekst) signalen van onveiligheid vastgelegd.",
            "De meldcode is sinds \(dag(-1).tekst) in gang en heeft nog geen besluit.",
        ]
        #expect(d.afsluitbezwaren(m) == verwacht)
        #expect(d.sluitAf(afsluiting(), m) == verwacht)
        // Once the walk has a decision and a later answer is nee, nothing is left.
        d.proces.meldcode[0].besluit = BesluitVastlegging(besluit: "hulp-vervolgen", datum: vandaag, door: wie)
        d.beantwoordVeiligheidsvraag(fase: "6b", .nee, datum: vandaag, door: wie)
        #expect(d.afsluitbezwaren(m).isEmpty)
        #expect(!d.isAfgesloten)
    }

    @Test("niveau 3 of hoger: geweigerd")
    func niveauDrie() throws {
        let m = try standaardMethode()
        for niveau in [3, 4, 5] {
            var d = veiligDossier()
            d.proces.niveau = niveau
            #expect(d.sluitAf(afsluiting(), m) == ["Het huishouden staat op niveau \(niveau) van de regiekaart; dat is 3 of hoger."])
        }
    }

    @Test("een laatste cijfer onder de drempel van de methode: geweigerd")
    func schaalscoreOnderDrempel() throws {
        let m = try standaardMethode()
        var d = veiligDossier()
        d.veiligheidsplan = Proef.veiligheidsplan(ondertekening: [Proef.klantTekent, Proef.professionalTekent])
        d.veiligheidsplan?.schaalvragen = [
            Schaalscore(id: "s1", persoon: Proef.moeder, cijfer: 4, datum: dag(-20)),
            Schaalscore(id: "s2", persoon: Proef.moeder, cijfer: 10, datum: dag(-2)),
            Schaalscore(id: "s3", persoon: Proef.huisarts, cijfer: 7, datum: dag(-2)),
        ]
        d.veiligheidsplan?.afgerond = Afronding(datum: dag(-1), door: wie)
        #expect(d.laagsteLaatsteScore?.id == "s3", "ieders laatste cijfer telt; het oude cijfer van Anna niet meer")
        #expect(d.sluitAf(afsluiting(), m) == ["Het laatste cijfer op de schaalvraag van Dr. Huis is 7; dat moet minstens 10 zijn."])
        // The threshold is the region's.
        var regio = m
        regio.info.regels.afsluitenVanafSchaalscore = 7
        #expect(d.afsluitbezwaren(regio).isEmpty)
    }

    @Test("een meldcode zonder besluit: geweigerd")
    func openMeldcode() throws {
        let m = try standaardMethode()
        var d = veiligDossier()
        d.proces.meldcode = [Meldcodeverloop(begonnen: dag(-3), aanleiding: "signalen bij fase 4")]
        #expect(d.sluitAf(afsluiting(), m) == ["De meldcode is sinds \(dag(-3).tekst) in gang en heeft nog geen besluit."])
    }

    @Test("een veiligheidsplan dat nodig is en ontbreekt: geweigerd")
    func veiligheidsplanNodig() throws {
        var m = try standaardMethode()
        // A region where level 2 asks for a veiligheidsplan: the plan is required without other signs.
        let i = try #require(m.regiekaart.niveaus.firstIndex { $0.niveau == 2 })
        m.regiekaart.niveaus[i].plannen.veiligheidsplan = .verplicht
        var d = veiligDossier()
        #expect(d.sluitAf(afsluiting(), m) == ["Er is een veiligheidsplan nodig (het ontbreekt)."])
        d.veiligheidsplan = Proef.veiligheidsplan(ondertekening: [Proef.klantTekent, Proef.professionalTekent])
        #expect(d.sluitAf(afsluiting(), m) == ["Er is een veiligheidsplan nodig (het loopt)."])
    }

    @Test("een veiligheidsplan dat nog loopt: geweigerd")
    func veiligheidsplanLoopt() throws {
        let m = try standaardMethode()
        var d = veiligDossier()
        d.veiligheidsplan = Proef.veiligheidsplan(ondertekening: [Proef.klantTekent, Proef.professionalTekent])
        #expect(d.sluitAf(afsluiting(), m) == ["Het veiligheidsplan loopt nog: rond het eerst af, in het tabblad Veiligheidsplan."])
        #expect(d.rondVeiligheidsplanAf(m, datum: dag(-1), door: wie) == [])
        #expect(d.veiligheidsplan?.afgerond == Afronding(datum: dag(-1), door: wie))
        #expect(d.sluitAf(afsluiting(), m) == [])
    }

    @Test("een overleg dat nog loopt: geweigerd")
    func overlegLoopt() throws {
        let m = try standaardMethode()
        var d = veiligDossier()
        let agenda = try #require(m.agenda(.voortgang))
        #expect(d.beginOverleg(.voortgang, agenda: agenda, aanwezigen: [Proef.moeder], vandaag: vandaag, tijd: nil, nu: Tijdstip(seconden: 0)) != nil)
        #expect(d.sluitAf(afsluiting(), m) == ["Er loopt nog een overleg."])
    }

    @Test("alle redenen tegelijk, in vaste volgorde")
    func alleRedenen() throws {
        let m = try standaardMethode()
        var d = veiligDossier()
        d.plan.zorgenBasiszorgVeiligheid = .ja
        d.proces.niveau = 3
        d.beantwoordVeiligheidsvraag(fase: "4", .ja, datum: dag(-2), door: wie)
        d.veiligheidsplan = Proef.veiligheidsplan(ondertekening: [])
        d.veiligheidsplan?.schaalvragen = [Schaalscore(id: "s1", persoon: Proef.moeder, cijfer: 4, datum: dag(-2))]
        #expect(d.afsluitbezwaren(m) == [
            "In het ondersteuningsplan staat dat er zorgen zijn over basiszorg of veiligheid.",
            "Bij fase 4 zijn op \(dag(-2).tekst) signalen van onveiligheid vastgelegd.",
            "Het huishouden staat op niveau 3 van de regiekaart; dat is 3 of hoger.",
            "Het laatste cijfer op de schaalvraag van Anna Proef is 4; dat moet minstens 10 zijn.",
            "De meldcode is sinds \(dag(-2).tekst) in gang en heeft nog geen besluit.",
            "Het veiligheidsplan loopt nog: rond het eerst af, in het tabblad Veiligheidsplan.",
        ])
        // The veiligheidsplan cannot be ended for the same reasons.
        #expect(d.rondVeiligheidsplanAf(m, datum: vandaag, door: wie) == Array(d.afsluitbezwaren(m).prefix(5)))
        #expect(d.veiligheidsplan?.afgerond == nil)
    }

    @Test("een onvolledige afsluiting: geweigerd, met wat er ontbreekt")
    func onvolledig() throws {
        let m = try standaardMethode()
        var d = veiligDossier()
        let leeg = Afsluiting(datum: vandaag, door: wie, evaluatie: "  ", nazorg: [Nazorgafspraak(wie: "Oma", wat: " "), Nazorgafspraak(wie: "", wat: "Bellen")],
                              vragenBij: "")
        let verwacht = [
            "Schrijf op hoe het traject volgens de klant is gegaan en wat het heeft opgeleverd.",
            "Schrijf op waar de klant terecht kan met vragen.",
            "Bij nazorgafspraak 1 ontbreekt wie of wat.",
            "Bij nazorgafspraak 2 ontbreekt wie of wat.",
        ]
        #expect(Dossier.afsluitingOnvolledig(leeg) == verwacht)
        #expect(d.sluitAf(leeg, m) == verwacht)
        #expect(!d.isAfgesloten)
        #expect(Dossier.afsluitingOnvolledig(afsluiting(nazorg: [])).isEmpty, "nazorg is niet verplicht")
    }

    // MARK: - Accepted

    @Test("een afsluiting die mag: vastgelegd, 6b afgevinkt, geen te late acties en geen volgend overleg meer")
    func geaccepteerd() throws {
        let m = try standaardMethode()
        var d = veiligDossier()
        let later = dag(30)
        #expect(!d.teLateActies(vandaag: later).isEmpty, "voor het afsluiten is de actie op \(dag(7).tekst) dan te laat")
        #expect(try d.planCheck(m, vandaag: later).contains { $0.melding == "Er is geen volgend overleg gepland." })

        let a = afsluiting()
        #expect(d.sluitAf(a, m) == [])
        #expect(d.isAfgesloten)
        #expect(d.afsluiting == a)
        #expect(d.proces.afsluitingen == [a])
        #expect(d.proces.fase == "6b")
        #expect(d.proces.faseovergangen.last == Faseovergang(van: "4", naar: "6b", datum: vandaag, door: wie, reden: "afgesloten", ronde: 1))
        for id in ["6b.p4", "6b.p5", "6b.p7", "6b.p9"] {
            let tik = try #require(d.proces.afvinking(id, m), "\(id) is afgevinkt")
            #expect(tik.datum == vandaag && tik.door == wie && tik.notitie == "bij het afsluiten")
        }
        #expect(!d.proces.isAfgevinkt("6b.p10", m), "6b.p10 is de regel zelf, geen vinkje")
        #expect(!d.proces.isAfgevinkt("6b.p1", m))

        #expect(d.teLateActies(vandaag: later).isEmpty)
        #expect(d.volgendOverleg(vandaag: vandaag) == nil)
        #expect(try d.planCheck(m, vandaag: later) == [])
        let z = DossierSamenvatting(d)
        #expect(z.isAfgesloten && z.afgesloten == vandaag)
        #expect(z.aantalTeLaat(vandaag: later) == 0)
        #expect(z.volgendOverleg(vandaag: vandaag) == nil)
        #expect(Bewaartermijn.afgeslotenOp(d, m) == vandaag)

        // Without nazorg, 6b.p4 is not ticked.
        var zonder = veiligDossier()
        #expect(zonder.sluitAf(afsluiting(nazorg: []), m) == [])
        #expect(!zonder.proces.isAfgevinkt("6b.p4", m))
        #expect(zonder.proces.isAfgevinkt("6b.p9", m))

        // Twice is refused.
        #expect(d.sluitAf(afsluiting(), m) == ["Het huishouden is al afgesloten."])
        #expect(d.proces.afsluitingen.count == 1)
    }

    @Test("afgesloten terwijl er later signalen zijn: de plancheck meldt het")
    func afgeslotenMetSignalen() throws {
        let m = try standaardMethode()
        var d = veiligDossier()
        #expect(d.sluitAf(afsluiting(), m) == [])
        d.proces.niveau = 3
        let b = try d.planCheck(m, vandaag: vandaag).filter { $0.plaats == .fase }
        #expect(b == [Bevinding(.afgeslotenOnveilig, .fase, "Het huishouden is afgesloten, maar er zijn signalen van onveiligheid: "
                                + "Het huishouden staat op niveau 3 van de regiekaart; dat is 3 of hoger. Open het opnieuw.")])
    }

    // MARK: - Ending the veiligheidsplan

    @Test("veiligheidsplan afronden: zonder plan, al afgerond, of met signalen geweigerd")
    func veiligheidsplanAfronden() throws {
        let m = try standaardMethode()
        var d = veiligDossier()
        #expect(d.rondVeiligheidsplanAf(m, datum: vandaag, door: wie) == ["Er is geen veiligheidsplan."])
        d.veiligheidsplan = Proef.veiligheidsplan(ondertekening: [])
        d.proces.meldcode = [Meldcodeverloop(begonnen: dag(-3))]
        #expect(d.rondVeiligheidsplanAf(m, datum: vandaag, door: wie) == ["De meldcode is sinds \(dag(-3).tekst) in gang en heeft nog geen besluit."])
        d.proces.meldcode[0].besluit = BesluitVastlegging(besluit: "hulp-vervolgen", datum: dag(-1), door: wie)
        #expect(d.rondVeiligheidsplanAf(m, datum: vandaag, door: wie) == [])
        #expect(d.veiligheidsplan?.afgerond == Afronding(datum: vandaag, door: wie))
        #expect(d.rondVeiligheidsplanAf(m, datum: vandaag, door: wie) == ["Het veiligheidsplan is al afgerond."])
    }

    // MARK: - Reopening

    @Test("heropenen: geweigerd zonder reden of naar een andere fase; naar 4 een nieuwe ronde")
    func heropenen() throws {
        let m = try standaardMethode()
        var d = veiligDossier()
        #expect(d.heropen(naar: "4", reden: "Terug", m, datum: vandaag, door: wie) == "Het huishouden is niet afgesloten.")
        d.proces.vinkAf("4.p1", m, datum: dag(-5), door: wie)
        #expect(d.sluitAf(afsluiting(datum: dag(-2)), m) == [])
        #expect(d.heropen(naar: "4", reden: "  ", m, datum: vandaag, door: wie) == "Schrijf op waarom het huishouden weer open gaat.")
        #expect(d.heropen(naar: "5b", reden: "Terug", m, datum: vandaag, door: wie) == "Heropenen kan naar fase 4 of 1.")
        #expect(d.isAfgesloten)

        #expect(d.heropen(naar: "4", reden: " Het gaat weer mis met slapen. ", m, datum: vandaag, door: wie) == nil)
        #expect(!d.isAfgesloten)
        #expect(d.proces.fase == "4")
        #expect(d.proces.huidigeRonde == 2)
        #expect(d.proces.rondes.last?.nieuweAanvraag == false)
        #expect(d.proces.aanvraagRonde == 1)
        #expect(d.proces.afsluitingen.count == 1, "de afsluiting blijft bewaard")
        #expect(d.proces.afsluitingen[0].heropend == Heropening(datum: vandaag, door: wie, naarFase: "4", reden: "Het gaat weer mis met slapen."))
        #expect(d.proces.faseovergangen.last == Faseovergang(van: "6b", naar: "4", datum: vandaag, door: wie,
                                                             reden: "heropend: Het gaat weer mis met slapen.", ronde: 2))
        #expect(!d.proces.isAfgevinkt("4.p1", m), "een nieuwe ronde van 4")
        #expect(d.proces.isAfgevinkt("6b.p9", m) == true, "6b herhaalt niet: het vinkje van de afsluiting telt nog")
        #expect(d.volgendOverleg(vandaag: vandaag)?.id == "o1")
        #expect(Bewaartermijn.afgeslotenOp(d, m) == nil)
        #expect(DossierSamenvatting(d).isAfgesloten == false)
        // And it can be closed again.
        #expect(d.sluitAf(afsluiting(), m) == [])
        #expect(d.proces.afsluitingen.count == 2)
        #expect(d.afsluiting?.datum == vandaag)
    }

    @Test("heropenen naar 1: een nieuwe aanvraag")
    func heropenenNaarEen() throws {
        let m = try standaardMethode()
        var d = veiligDossier()
        #expect(d.sluitAf(afsluiting(datum: dag(-2)), m) == [])
        #expect(d.heropen(naar: "1", reden: "Nieuwe aanmelding.", m, datum: vandaag, door: wie) == nil)
        #expect(d.proces.fase == "1")
        #expect(d.proces.rondes.last == Ronde(nummer: 2, begonnen: vandaag, door: wie, nieuweAanvraag: true))
        #expect(d.proces.aanvraagRonde == 2)
        #expect(!d.proces.isAfgevinkt("6b.p9", m), "alles telt opnieuw vanaf de nieuwe aanvraag")
        #expect(d.proces.afsluitingen.first?.heropend?.naarFase == "1")
    }
}
