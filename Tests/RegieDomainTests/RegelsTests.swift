import Foundation
import Testing
@testable import RegieDomain
import RegieMethode

@Suite("Vereiste plannen")
struct VereistePlannenTests {
    func dossier(niveau: Int?, zorgen: JaNee?) -> Dossier {
        var d = Proef.dossier()
        d.proces.niveau = niveau
        d.plan.zorgenBasiszorgVeiligheid = zorgen
        return d
    }

    @Test(arguments: [
        (1, PlanVereiste.naarBehoefte, PlanVereiste.nietNodig),
        (2, .verplicht, .nietNodig),
        (3, .verplicht, .verplicht),
        (4, .verplicht, .verplicht),
        (5, .verplicht, .verplicht),
    ])
    func perNiveau(niveau: Int, ondersteuning: PlanVereiste, veiligheid: PlanVereiste) throws {
        let methode = try standaardMethode()
        for zorgen in [JaNee.nee, nil] {
            let p = dossier(niveau: niveau, zorgen: zorgen).vereistePlannen(methode)
            #expect(p == VereistePlannen(ondersteuningsplan: ondersteuning, veiligheidsplan: veiligheid))
            #expect(dossier(niveau: niveau, zorgen: zorgen).veiligheidsplanVereist(methode) == (veiligheid == .verplicht))
        }
    }

    @Test(arguments: [1, 2, 3, 4, 5])
    func zorgenOverVeiligheidMaaktVeiligheidsplanVerplicht(niveau: Int) throws {
        let methode = try standaardMethode()
        let d = dossier(niveau: niveau, zorgen: .ja)
        #expect(d.vereistePlannen(methode).veiligheidsplan == .verplicht)
        #expect(d.veiligheidsplanVereist(methode))
        // The ondersteuningsplan requirement is the level's own.
        #expect(d.vereistePlannen(methode).ondersteuningsplan == methode.niveau(niveau)!.plannen.ondersteuningsplan)
    }

    @Test func zonderNiveauAlleenOndersteuningsplan() throws {
        let methode = try standaardMethode()
        #expect(dossier(niveau: nil, zorgen: nil).vereistePlannen(methode)
            == VereistePlannen(ondersteuningsplan: .verplicht, veiligheidsplan: .nietNodig))
        #expect(!dossier(niveau: nil, zorgen: .nee).veiligheidsplanVereist(methode))
        #expect(dossier(niveau: nil, zorgen: .ja).veiligheidsplanVereist(methode))
        // A level the regiekaart does not know is treated like no level.
        #expect(dossier(niveau: 9, zorgen: nil).vereistePlannen(methode)
            == VereistePlannen(ondersteuningsplan: .verplicht, veiligheidsplan: .nietNodig))
    }
}

@Suite("Te late acties")
struct TeLateActiesTests {
    func dossier(_ acties: [Actie]) -> Dossier {
        var d = Proef.dossier()
        d.plan.doelen = [Doel(id: "d1", omschrijving: "Doel een", acties: acties)]
        return d
    }

    @Test func verledenEnNietGedaanIsTeLaat() {
        let d = dossier([Actie(id: "a", wie: Proef.moeder, wat: "Bellen", wanneer: dag(-1))])
        let laat = d.teLateActies(vandaag: vandaag)
        #expect(laat.map(\.actie.id) == ["a"])
        #expect(laat.first?.doel.id == "d1")
    }

    @Test func gedaanIsNietTeLaat() {
        let d = dossier([Actie(id: "a", wie: Proef.moeder, wat: "Bellen", wanneer: dag(-10), gedaan: dag(-2))])
        #expect(d.teLateActies(vandaag: vandaag).isEmpty)
    }

    @Test func vandaagIsNietTeLaat() {
        let d = dossier([Actie(id: "a", wie: Proef.moeder, wat: "Bellen", wanneer: vandaag)])
        #expect(d.teLateActies(vandaag: vandaag).isEmpty)
        // The day after, it is.
        #expect(d.teLateActies(vandaag: dag(1)).map(\.actie.id) == ["a"])
    }

    @Test func zonderDatumNietTeLaat() {
        let d = dossier([Actie(id: "a", wie: Proef.moeder, wat: "Bellen", wanneer: nil)])
        #expect(d.teLateActies(vandaag: vandaag).isEmpty)
    }

    @Test func toekomstNietTeLaat() {
        let d = dossier([Actie(id: "a", wie: Proef.moeder, wat: "Bellen", wanneer: dag(1))])
        #expect(d.teLateActies(vandaag: vandaag).isEmpty)
    }

    @Test func oudsteEerstOverDoelenHeen() {
        var d = Proef.dossier()
        d.plan.doelen = [
            Doel(id: "d1", omschrijving: "Een", acties: [
                Actie(id: "a1", wie: nil, wat: "B", wanneer: dag(-2)),
                Actie(id: "a2", wie: nil, wat: "Klaar", wanneer: dag(-9), gedaan: dag(-9)),
                Actie(id: "a3", wie: nil, wat: "Later", wanneer: dag(3)),
            ]),
            Doel(id: "d2", omschrijving: "Twee", acties: [
                Actie(id: "a4", wie: nil, wat: "C", wanneer: dag(-5)),
                Actie(id: "a5", wie: nil, wat: "A", wanneer: dag(-2)),
            ]),
        ]
        let laat = d.teLateActies(vandaag: vandaag)
        // Oldest first; the same day by text.
        #expect(laat.map(\.actie.id) == ["a4", "a5", "a1"])
        #expect(laat.map(\.doel.id) == ["d2", "d2", "d1"])
        #expect(d.alleActies.count == 5)
    }
}

@Suite("Volgend overleg")
struct VolgendOverlegTests {
    func dossier(_ overleggen: [Overleg]) -> Dossier {
        var d = Proef.dossier()
        d.plan.overleggen = overleggen
        return d
    }

    @Test func vandaagTelt() {
        let d = dossier([Overleg(id: "nu", soort: .extra, datum: vandaag), Overleg(id: "later", soort: .voortgang, datum: dag(3))])
        #expect(d.volgendOverleg(vandaag: vandaag)?.id == "nu")
    }

    @Test func verledenTeltNiet() {
        let d = dossier([Overleg(id: "gisteren", soort: .start, datum: dag(-1)), Overleg(id: "later", soort: .voortgang, datum: dag(20))])
        #expect(d.volgendOverleg(vandaag: vandaag)?.id == "later")
    }

    @Test func vroegsteToekomstigeWordtGekozen() {
        let d = dossier([
            Overleg(id: "c", soort: .voortgang, datum: dag(30)),
            Overleg(id: "a", soort: .voortgang, datum: dag(-3)),
            Overleg(id: "b", soort: .voortgang, datum: dag(4)),
            Overleg(id: "zonder", soort: .extra, datum: nil),
            Overleg(id: "d", soort: .voortgang, datum: dag(12)),
        ])
        #expect(d.volgendOverleg(vandaag: vandaag)?.id == "b")
    }

    @Test func opDezelfdeDagTeltDeTijd() {
        let d = dossier([
            Overleg(id: "middag", soort: .voortgang, datum: dag(2), tijd: Tijd(uur: 14, minuut: 0)),
            Overleg(id: "ochtend", soort: .voortgang, datum: dag(2), tijd: Tijd(uur: 9, minuut: 30)),
        ])
        #expect(d.volgendOverleg(vandaag: vandaag)?.id == "ochtend")
    }

    @Test func nilAlsErGeenIs() {
        #expect(dossier([]).volgendOverleg(vandaag: vandaag) == nil)
        #expect(dossier([Overleg(soort: .start, datum: dag(-1)), Overleg(soort: .extra, datum: nil)]).volgendOverleg(vandaag: vandaag) == nil)
    }
}

@Suite("Fasevoortgang")
struct FaseVoortgangTests {
    func methode() -> Methode {
        Methode(
            info: MethodeInfo(naam: "proef", versie: "1"),
            fasen: [
                Fase(id: "1", naam: "Een", doel: "", procesregie: [FaseActie(id: "1.p1", tekst: "x"), FaseActie(id: "1.p2", tekst: "x")],
                     casusregie: [FaseActie(id: "1.c1", tekst: "x")], volgende: ["2"]),
                Fase(id: "2", naam: "Twee", doel: "", procesregie: [FaseActie(id: "2.p1", tekst: "x")], casusregie: [], volgende: ["3"]),
                Fase(id: "3", naam: "Drie", doel: "", procesregie: [], casusregie: [], volgende: []),
            ],
            regiekaart: Regiekaart(niveaus: []),
            meldcode: Meldcode(levensbedreigend: "", stappen: [], afwegingen: [], besluiten: [], start: "a1"),
            criteria: Criteria(startcriteria: [], verwijsindex: []))
    }

    @Test func teltAfgevinkteActiesPerFase() {
        var d = Proef.dossier()
        d.proces.fase = "2"
        d.proces.afgevinkt = [
            Afvinking(actie: "1.p1", datum: dag(-3), door: "Rita"),
            Afvinking(actie: "1.c1", datum: dag(-3), door: "Rita"),
            Afvinking(actie: "1.p1", datum: dag(-2), door: "Rita"),  // twice counts once
            Afvinking(actie: "2.p1", datum: dag(-1), door: "Rita"),
            Afvinking(actie: "9.p9", datum: dag(-1), door: "Rita"),  // unknown: ignored
        ]
        let v = d.faseVoortgang(methode())
        #expect(v.map(\.fase) == ["1", "2", "3"])
        #expect(v.map(\.naam) == ["Een", "Twee", "Drie"])
        #expect(v.map(\.gedaan) == [2, 1, 0])
        #expect(v.map(\.totaal) == [3, 1, 0])
        #expect(v.map(\.isHuidig) == [false, true, false])
        #expect(v.map(\.isKlaar) == [false, true, false])  // a phase without actions is never "klaar"
    }

    @Test func demoMetMeegeleverdeMethode() throws {
        let methode = try standaardMethode()
        let v = Voorbeeld.demo(vandaag: vandaag, id: "demo").faseVoortgang(methode)
        #expect(v.map(\.fase) == ["1", "2", "3a", "3b", "4", "5a", "5b", "6a", "6b"])
        #expect(v.map(\.gedaan) == [3, 2, 0, 0, 0, 0, 0, 0, 0])
        #expect(v[0].totaal == 8)  // 1.p1–1.p4 and 1.c1–1.c4
        #expect(v[1].totaal == 10) // 2.p1–2.p7 and 2.c1–2.c3
        #expect(v.filter(\.isHuidig).map(\.fase) == ["4"])
        #expect(v.allSatisfy { !$0.isKlaar })
    }
}

@Suite("Dossiersamenvatting")
struct SamenvattingTests {
    @Test func demo() throws {
        let methode = try standaardMethode()
        let d = Voorbeeld.demo(vandaag: vandaag, id: "demo")
        let s = DossierSamenvatting(d)
        #expect(s.id == "demo")
        #expect(s.naam == "Familie De Jong-El Amrani")
        #expect(s.fase == "4")
        #expect(s.niveau == 3)
        #expect(s.overlegdata == [dag(-21), dag(14)])
        #expect(s.volgendOverleg(vandaag: vandaag) == dag(14))
        #expect(s.volgendOverleg(vandaag: dag(14)) == dag(14))
        #expect(s.volgendOverleg(vandaag: dag(15)) == nil)
        #expect(s.openDeadlines == [dag(-3), dag(5), dag(5), dag(7), dag(7)])
        #expect(s.aantalTeLaat(vandaag: vandaag) == 1)
        #expect(s.aantalTeLaat(vandaag: dag(6)) == 3)
        #expect(s.heeftVeiligheidsplan)
        #expect(s.veiligheidsplanOndertekend)
        #expect(s.veiligheidsplanProbleem(methode) == nil)
        // The summary agrees with the full rules.
        #expect(s.aantalTeLaat(vandaag: vandaag) == d.teLateActies(vandaag: vandaag).count)
        #expect(s.volgendOverleg(vandaag: vandaag) == d.volgendOverleg(vandaag: vandaag)?.datum)
    }

    @Test func veiligheidsplanProbleem() throws {
        let methode = try standaardMethode()
        var d = Proef.dossier()
        d.proces.niveau = 2
        #expect(DossierSamenvatting(d).veiligheidsplanProbleem(methode) == nil)
        d.proces.niveau = 3
        #expect(DossierSamenvatting(d).veiligheidsplanProbleem(methode) == "ontbreekt")
        d.veiligheidsplan = Proef.veiligheidsplan(ondertekening: [Proef.klantTekent])
        #expect(DossierSamenvatting(d).veiligheidsplanProbleem(methode) == "niet ondertekend")
        d.veiligheidsplan = Proef.veiligheidsplan(ondertekening: [Proef.klantTekent, Proef.professionalTekent])
        #expect(DossierSamenvatting(d).veiligheidsplanProbleem(methode) == nil)
        d.proces.niveau = 1
        d.veiligheidsplan = nil
        d.plan.zorgenBasiszorgVeiligheid = .ja
        #expect(DossierSamenvatting(d).veiligheidsplanProbleem(methode) == "ontbreekt")
    }
}

@Suite("Dossier.problemen")
struct DossierProblemenTests {
    @Test func demoEnProefZijnInOrde() {
        #expect(Voorbeeld.demo(vandaag: vandaag).problemen() == [])
        #expect(Proef.dossier().problemen() == [])
    }

    @Test(arguments: ["../x", "", "Familie", "a/b", ".x", "-x", String(repeating: "a", count: 65)])
    func ongeldigeId(id: String) {
        var d = Proef.dossier()
        d.id = id
        let p = d.problemen()
        #expect(p.count == 1)
        #expect(p.first?.contains("ongeldig") == true)
        #expect(p.first?.contains("de id") == true)
    }

    @Test(arguments: ["", "   ", "\t"])
    func legeNaam(naam: String) {
        var d = Proef.dossier()
        d.naam = naam
        #expect(d.problemen() == ["de naam van het huishouden is leeg"])
    }

    @Test func dubbelePersoonIds() {
        var d = Proef.dossier()
        d.netwerk.append(Netwerklid(id: Proef.moeder, naam: "Iemand anders"))
        let p = d.problemen()
        #expect(p.count == 1)
        #expect(p.first?.contains("dezelfde id") == true)
    }

    @Test func legePersoonId() {
        var d = Proef.dossier()
        d.professionals.append(Professional(id: "", naam: "Zonder id"))
        #expect(d.problemen().contains { $0.contains("lege id") })
    }

    @Test func score11() {
        var d = Proef.dossier()
        d.veiligheidsplan = Veiligheidsplan(schaalvragen: [
            Schaalscore(id: "s1", persoon: Proef.moeder, cijfer: 11, datum: vandaag),
            Schaalscore(id: "s2", persoon: Proef.moeder, cijfer: 10, datum: vandaag),
            Schaalscore(id: "s3", persoon: Proef.moeder, cijfer: 0, datum: vandaag),
        ])
        let p = d.problemen()
        #expect(p.count == 1)
        #expect(p.first?.contains("11") == true)
        #expect(p.first?.contains("0 tot en met 10") == true)
        d.veiligheidsplan?.schaalvragen[0].cijfer = -1
        #expect(d.problemen().first?.contains("-1") == true)
    }

    @Test func niveau6() {
        var d = Proef.dossier()
        d.proces.niveau = 6
        let p = d.problemen()
        #expect(p.count == 1)
        #expect(p.first?.contains("niveau 6") == true)
        d.proces.niveau = 0
        #expect(d.problemen().first?.contains("niveau 0") == true)
        for n in 1...5 {
            d.proces.niveau = n
            #expect(d.problemen() == [])
        }
    }

    @Test func niveauwijzigingNaarOnbestaandNiveau() {
        var d = Proef.dossier()
        d.proces.niveaugeschiedenis = [Niveauwijziging(datum: vandaag, van: 2, naar: 7, reden: "?", door: "Rita")]
        let p = d.problemen()
        #expect(p.count == 1)
        #expect(p.first?.contains("niveau 7") == true)
    }

    @Test func dubbeleDoelIds() {
        var d = Proef.dossier()
        d.plan.doelen.append(Doel(id: Proef.doel, omschrijving: "Nog een"))
        #expect(d.problemen() == ["twee doelen hebben dezelfde id"])
    }

    @Test func meerdereProblemenTegelijk() {
        var d = Proef.dossier()
        d.id = "../x"
        d.naam = ""
        d.proces.niveau = 6
        #expect(d.problemen().count == 3)
    }
}

@Suite("Personen")
struct PersonenTests {
    @Test func volgordeEnNamen() {
        let d = Proef.dossier()
        #expect(d.personen.map(\.id) == [Proef.moeder, Proef.zoon, Proef.oma, Proef.huisarts, Proef.regisseur, Proef.casusregisseur])
        #expect(d.personen.map(\.soort) == [.gezinslid, .gezinslid, .netwerk, .professional, .regisseur, .regisseur])
        #expect(d.persoon(Proef.huisarts)?.rol == "huisarts, Praktijk")
        #expect(d.persoon(Proef.regisseur)?.rol == "procesregisseur")
        #expect(d.naam(van: Proef.oma) == "Oma Proef")
        #expect(d.naam(van: "onbekend") == "(onbekende persoon)")
        #expect(d.naam(van: nil) == "(niemand gekozen)")
        #expect(d.procesregisseurs.count == 1)
        #expect(d.casusregisseurs.map(\.id) == [Proef.casusregisseur])
    }

    @Test func ondertekend() {
        #expect(!Proef.veiligheidsplan(ondertekening: []).isOndertekend)
        #expect(!Proef.veiligheidsplan(ondertekening: [Proef.klantTekent]).isOndertekend)
        #expect(!Proef.veiligheidsplan(ondertekening: [Proef.professionalTekent]).isOndertekend)
        #expect(Proef.veiligheidsplan(ondertekening: [Proef.klantTekent, Proef.professionalTekent]).isOndertekend)
        let vertegenwoordiger = Ondertekening(persoon: nil, naam: "Voogd", hoedanigheid: .wettelijkVertegenwoordiger, datum: vandaag)
        #expect(Proef.veiligheidsplan(ondertekening: [vertegenwoordiger, Proef.professionalTekent]).isOndertekend)
    }
}
