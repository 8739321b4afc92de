import Foundation
import Testing
@testable import RegieDomain

/// The pure rules of the meeting mode: which steps are taken, who speaks when, the
/// clocks, starting and closing, and that dossiers from before still load.
@Suite("Overleg: agenda, sprekers, klok en afsluiten")
struct OverlegTests {
    let sanne = Gezinslid(id: "sanne", naam: "Sanne de Jong", rolInGezin: "moeder")
    let noe = Gezinslid(id: "noe", naam: "Noé El Amrani", rolInGezin: "zoon")
    let ria = Netwerklid(id: "ria", naam: "Ria", relatie: "oma")
    let ilse = Professional(id: "ilse", naam: "Ilse", functie: "jeugdverpleegkundige")
    let marloes = Regisseur(id: "marloes", naam: "Marloes", rol: .proces)

    func gezin(contact: String = "") -> Dossier {
        Dossier(id: "d1", naam: "Familie Test", aangemaakt: vandaag, contact: Contactgegevens(naam: contact),
                gezinsleden: [sanne, noe], netwerk: [ria], professionals: [ilse], regisseurs: [marloes])
    }

    func startagenda() throws -> Overlegagenda { try #require(try standaardMethode().agenda(.start)) }

    @Test("zonder zorgen over veiligheid vallen de stappen van het veiligheidsplan weg")
    func stappenZonderVeiligheid() throws {
        let agenda = try startagenda()
        let d = gezin()
        let stappen = d.actieveStappen(agenda)
        #expect(!stappen.contains { $0.alleenBijVeiligheid })
        #expect(stappen.contains { $0.stapsoort == .veiligheidsvraag }, "de vraag zelf wordt altijd gesteld")
        #expect(stappen.count < agenda.stappen.count)
    }

    @Test("bij ja op de veiligheidsvraag, of met een veiligheidsplan, komen ze vóór de doelen")
    func stappenMetVeiligheid() throws {
        let agenda = try startagenda()
        var ja = gezin()
        ja.plan.zorgenBasiszorgVeiligheid = .ja
        var metPlan = gezin()
        metPlan.plan.zorgenBasiszorgVeiligheid = .nee
        metPlan.veiligheidsplan = Veiligheidsplan()
        for d in [ja, metPlan] {
            let soorten = d.actieveStappen(agenda).compactMap(\.stapsoort)
            #expect(soorten.count == agenda.stappen.count)
            let schaal = try #require(soorten.firstIndex(of: .schaalvraag))
            #expect(try #require(soorten.firstIndex(of: .veiligheidsvraag)) < schaal)
            #expect(schaal < (try #require(soorten.firstIndex(of: .doelen))))
            #expect(try #require(soorten.firstIndex(of: .zorgen)) < schaal)
        }
    }

    @Test("een stap die wegvalt staat voor de eerstvolgende stap die blijft")
    func positieNaWegvallen() throws {
        let agenda = try startagenda()
        let d = gezin()
        let stappen = d.actieveStappen(agenda)
        let i = d.positie(van: "schaalvraag", in: agenda)
        #expect(stappen[i].stapsoort == .doelen)
        #expect(d.positie(van: "krachten", in: agenda) == stappen.firstIndex { $0.id == "krachten" })
    }

    @Test("volgorde van een ronde: eerst de klant, dan gezin, netwerk, professionals, regisseurs als laatste")
    func sprekervolgorde() {
        let iedereen = ["marloes", "ilse", "ria", "noe", "sanne"]
        #expect(gezin().rondeVolgorde(aanwezigen: iedereen).map(\.id) == ["sanne", "noe", "ria", "ilse", "marloes"])
        // The contact person is the client, also written without accents or capitals.
        let viaContact = gezin(contact: "noe el amrani").rondeVolgorde(aanwezigen: iedereen).map(\.id)
        #expect(viaContact == ["noe", "sanne", "ria", "ilse", "marloes"])
        #expect(gezin(contact: "Noé El Amrani").klant?.id == "noe")
        // Only who is present; unknown ids are left out.
        #expect(gezin().rondeVolgorde(aanwezigen: ["ilse", "weg", "ria"]).map(\.id) == ["ria", "ilse"])
    }

    @Test("de volgende spreker gaat rond, en begint bij de eerste")
    func volgendeSpreker() {
        let volgorde = gezin().rondeVolgorde(aanwezigen: ["sanne", "ria", "ilse"])
        #expect(Dossier.volgendeSpreker(na: nil, in: volgorde)?.id == "sanne")
        #expect(Dossier.volgendeSpreker(na: "sanne", in: volgorde)?.id == "ria")
        #expect(Dossier.volgendeSpreker(na: "ilse", in: volgorde)?.id == "sanne")
        #expect(Dossier.volgendeSpreker(na: "niet-aanwezig", in: volgorde)?.id == "sanne")
        #expect(Dossier.volgendeSpreker(na: "sanne", in: []) == nil)
    }

    @Test("klok per stap en totaal, ook als een stap opnieuw wordt bezocht, en tijd over")
    func klok() {
        let t0 = Tijdstip(seconden: 1_800_000_000)
        func na(_ s: Int) -> Tijdstip { Tijdstip(seconden: t0.seconden + s) }
        var v = Overlegverloop(begin: t0, huidigeStap: "welkom")
        #expect(Overlegklok.seconden(stap: "welkom", in: v, nu: na(125)) == 125)
        v.ga(naar: "krachten", nu: na(300))
        #expect(Overlegklok.seconden(stap: "welkom", in: v, nu: na(900)) == 300)
        #expect(Overlegklok.seconden(stap: "krachten", in: v, nu: na(900)) == 600)
        v.ga(naar: "welkom", nu: na(960))
        #expect(Overlegklok.seconden(stap: "welkom", in: v, nu: na(1000)) == 340)
        #expect(Overlegklok.seconden(stap: "krachten", in: v, nu: na(1000)) == 660)
        #expect(v.stap("krachten")?.einde == na(960))
        #expect(Overlegklok.totaal(v, nu: na(2590)) == 2590)
        v.sluit(na(3000))
        #expect(Overlegklok.totaal(v, nu: na(9999)) == 3000, "na afsluiten staat de klok stil")
        #expect(Overlegklok.seconden(stap: "welkom", in: v, nu: na(9999)) == 300 + 2040)

        #expect(Overlegklok.tekst(425) == "07:05")
        #expect(Overlegklok.tekst(2590) == "43:10")
        #expect(Overlegklok.tekst(5400) == "1:30:00")
        #expect(Overlegklok.over(599, gepland: 10) == 0)
        #expect(Overlegklok.overTekst(Overlegklok.over(600, gepland: 10)) == nil)
        #expect(Overlegklok.overTekst(Overlegklok.over(601, gepland: 10)) == "1 min over")
        #expect(Overlegklok.overTekst(Overlegklok.over(780, gepland: 10)) == "3 min over")
    }

    @Test("tijdstippen als jjjj-mm-ddTuu:mm:ssZ, heen en terug")
    func tijdstip() throws {
        let t = Tijdstip(seconden: Datum(jaar: 2026, maand: 11, dag: 23)!.dagnummer * 86_400 + 9 * 3600 + 30 * 60 + 5)
        #expect(t.iso == "2026-11-23T09:30:05Z")
        #expect(Tijdstip(iso: t.iso) == t)
        #expect(Tijdstip(iso: "2026-11-23 09:30:05") == nil)
        #expect(try JSONDecoder().decode(Tijdstip.self, from: JSONEncoder().encode(t)) == t)
    }

    @Test("een overleg dat vandaag met Regie is (of wordt) gehouden, is niet 'het volgende overleg'")
    func gehoudenIsNietVolgend() throws {
        let agenda = try startagenda()
        var d = gezin()
        d.plan.overleggen = [Overleg(id: "later", soort: .voortgang, datum: dag(14), tijd: Tijd(uur: 14, minuut: 0))]
        d.beginOverleg(.start, agenda: agenda, aanwezigen: ["sanne"], vandaag: vandaag, tijd: Tijd(uur: 9, minuut: 30),
                       nu: Tijdstip(seconden: 100))
        #expect(d.volgendOverleg(vandaag: vandaag)?.id == "later")
        #expect(DossierSamenvatting(d).volgendOverleg(vandaag: vandaag) == dag(14))
        d.plan.overleggen.removeAll { $0.id == "later" }
        #expect(d.volgendOverleg(vandaag: vandaag) == nil)
    }

    @Test("beginnen neemt het geplande overleg van die soort over; er loopt er hooguit één")
    func beginnen() throws {
        let agenda = try startagenda()
        var d = gezin()
        let gepland = Overleg(id: "gepland", soort: .start, datum: dag(3), locatie: "Wijkcentrum")
        d.plan.overleggen = [gepland]
        let id = d.beginOverleg(.start, agenda: agenda, aanwezigen: ["sanne", "ilse"], vandaag: vandaag, tijd: Tijd(uur: 9, minuut: 30),
                                nu: Tijdstip(seconden: 100))
        #expect(id == "gepland")
        #expect(d.plan.overleggen.count == 1)
        #expect(d.lopendOverleg?.datum == vandaag)
        #expect(d.lopendOverleg?.locatie == "Wijkcentrum")
        #expect(d.lopendOverleg?.verloop?.huidigeStap == "welkom")
        let tweede = d.beginOverleg(.extra, agenda: agenda, aanwezigen: ["sanne"], vandaag: vandaag, tijd: nil, nu: Tijdstip(seconden: 200))
        #expect(tweede == nil)
        #expect(d.plan.overleggen.count == 1)
    }

    @Test("afsluiten kan pas met een volgend overleg of een reden, en zet de datum en het einde")
    func afsluiten() throws {
        let agenda = try startagenda()
        var d = gezin()
        let begonnen = d.beginOverleg(.start, agenda: agenda, aanwezigen: ["sanne"], vandaag: vandaag, tijd: nil, nu: Tijdstip(seconden: 0))
        let id = try #require(begonnen)
        let problemen = d.sluitproblemen(id, vandaag: vandaag)
        #expect(problemen.count == 1)
        #expect(problemen.first?.contains("volgend overleg") == true)
        let teVroeg = d.sluitOverleg(id, vandaag: vandaag, nu: Tijdstip(seconden: 60))
        #expect(!teVroeg)
        #expect(d.lopendOverleg != nil)

        var metReden = d
        metReden.plan.overleggen[0].verloop?.geenVolgendOverleg = "  "
        #expect(!metReden.sluitproblemen(id, vandaag: vandaag).isEmpty, "een lege reden telt niet")
        metReden.plan.overleggen[0].verloop?.geenVolgendOverleg = "Het gezin verhuist naar een andere gemeente."
        #expect(metReden.sluitproblemen(id, vandaag: vandaag).isEmpty)

        d.plan.overleggen.append(Overleg(soort: .voortgang, datum: dag(28), tijd: Tijd(uur: 14, minuut: 0)))
        #expect(d.sluitproblemen(id, vandaag: vandaag).isEmpty)
        let gelukt = d.sluitOverleg(id, vandaag: vandaag, nu: Tijdstip(seconden: 5400))
        #expect(gelukt)
        #expect(d.lopendOverleg == nil)
        let gesloten = try #require(d.plan.overleggen.first { $0.id == id })
        #expect(gesloten.verloop?.afgesloten == Tijdstip(seconden: 5400))
        #expect(gesloten.datum == vandaag)
        #expect(d.aanwezigeNamen(gesloten) == ["Sanne de Jong"])
        #expect(d.sluitproblemen(id, vandaag: vandaag) == ["Dit overleg is al afgesloten."])
    }

    @Test("na het afsluiten worden de acties van de gelopen stappen afgevinkt, eenmaal, met datum, wie en het overleg")
    func afvinkenNaAfsluiten() throws {
        let agenda = try startagenda()
        var d = gezin()
        d.proces.afgevinkt = [Afvinking(actie: "3b.p1", datum: dag(-7), door: "Eerder")]
        let begonnen = d.beginOverleg(.start, agenda: agenda, aanwezigen: ["sanne"], vandaag: vandaag, tijd: nil, nu: Tijdstip(seconden: 0))
        let id = try #require(begonnen)
        let terwijlHetLoopt = d.vinkAfNaOverleg(id, agenda: agenda, try standaardMethode(), vandaag: vandaag, door: "Marloes")
        #expect(terwijlHetLoopt.isEmpty, "niet zolang het loopt")
        let i = try #require(d.plan.overleggen.firstIndex { $0.id == id })
        for (n, stap) in ["agenda", "krachten", "zorgen"].enumerated() { d.plan.overleggen[i].verloop?.ga(naar: stap, nu: Tijdstip(seconden: 60 * (n + 1))) }
        d.plan.overleggen[i].verloop?.geenVolgendOverleg = "Het gezin verhuist."
        let gesloten = d.sluitOverleg(id, vandaag: vandaag, nu: Tijdstip(seconden: 600))
        #expect(gesloten)
        let nieuw = d.vinkAfNaOverleg(id, agenda: agenda, try standaardMethode(), vandaag: vandaag, door: "Marloes")
        #expect(nieuw == ["3b.p2", "3b.p3"], "welkom (3b.p1) was al afgevinkt; krachten en zorgen zijn samen één actie")
        let p3 = try #require(d.proces.afgevinkt.first { $0.actie == "3b.p3" })
        #expect(p3.door == "Marloes" && p3.datum == vandaag && p3.notitie == "tijdens het startoverleg van \(vandaag.tekst)")
        #expect(d.proces.afgevinkt.first { $0.actie == "3b.p1" }?.door == "Eerder")
        let tweedeKeer = d.vinkAfNaOverleg(id, agenda: agenda, try standaardMethode(), vandaag: vandaag, door: "Marloes")
        #expect(tweedeKeer.isEmpty, "een tweede keer verandert niets")
        #expect(d.proces.afgevinkt.count == 3)
    }

    @Test("een dossier van vóór de overlegmodus laadt: overleggen zonder verloop")
    func oudeJSON() throws {
        let oud = #"{"id":"o1","soort":"startoverleg","datum":"2026-03-05","tijd":"09:30","locatie":"Thuis","aanwezigen":["sanne"]}"#
        let o = try JSONDecoder().decode(Overleg.self, from: Data(oud.utf8))
        #expect(o.verloop == nil)
        #expect(o.aanwezigen == ["sanne"])
        #expect(o.tijd == Tijd(uur: 9, minuut: 30))

        // A whole dossier written before, with its overleggen.
        let demo = Voorbeeld.demo(vandaag: vandaag, id: "demo")
        let tekst = try #require(String(data: try JSONEncoder().encode(demo), encoding: .utf8))
        #expect(!tekst.contains("verloop"), "een overleg zonder verloop schrijft het veld niet")
        #expect(try JSONDecoder().decode(Dossier.self, from: Data(tekst.utf8)) == demo)

        // A verloop with only its first fields still reads, the rest at their defaults.
        let kaal = #"{"begin":"2026-03-05T09:30:00Z","huidigeStap":"krachten"}"#
        let v = try JSONDecoder().decode(Overlegverloop.self, from: Data(kaal.utf8))
        #expect(v.stapSinds == v.begin)
        #expect(v.loopt)
        #expect(v.noteringen.isEmpty && v.rondvraag.isEmpty)
    }

    @Test("een lopend overleg gaat heen en terug door JSON")
    func verloopHeenEnTerug() throws {
        var d = gezin()
        let agenda = try startagenda()
        let begonnen = d.beginOverleg(.start, agenda: agenda, aanwezigen: ["sanne", "ria"], vandaag: vandaag, tijd: nil,
                                      nu: Tijdstip(seconden: 1_800_000_000))
        let id = try #require(begonnen)
        d.plan.overleggen[0].verloop?.ga(naar: "krachten", nu: Tijdstip(seconden: 1_800_000_300))
        d.plan.overleggen[0].verloop?.noteringen.append(Notering(stap: "krachten", uitspraak: "u1"))
        d.plan.overleggen[0].verloop?.ervaring.append(Uitspraak(spreker: "sanne", citaat: "Fijn, één keer wat rustiger"))
        let terug = try JSONDecoder().decode(Dossier.self, from: JSONEncoder().encode(d))
        #expect(terug == d)
        #expect(terug.lopendOverleg?.id == id)
    }

    @Test("het voortgangsoverleg vraagt altijd naar signalen; op niveau 3 ook zonder zorgen de veiligheidsstappen")
    func voortgangVeiligheid() throws {
        let agenda = try #require(try standaardMethode().agenda(.voortgang))
        var d = gezin()
        #expect(d.actieveStappen(agenda).contains { $0.stapsoort == .veiligheidsvraag })
        #expect(!d.actieveStappen(agenda).contains { $0.alleenBijVeiligheid })
        d.proces.niveau = 3
        #expect(d.actieveStappen(agenda) == agenda.stappen)
        #expect(agenda.stappen.filter(\.alleenBijVeiligheid).compactMap(\.stapsoort)
                == [.veiligheidsafspraken, .veiligheidGoed, .veiligheidZorgen, .schaalvraag, .doelencheckEnOndertekening])
    }

    @Test("naleving van een afspraak: per overleg één antwoord, een gewijzigd antwoord vervangt het")
    func naleving() {
        var d = gezin()
        let a = Veiligheidsafspraak(wat: "Bij ruzie gaat Noé naar oma", wie: "noe", wanneer: vandaag.plus(dagen: -3))
        d.veiligheidsplan = Veiligheidsplan(afspraken: [a])
        #expect(d.veiligheidsplan?.afspraken[0].isTeLaat(vandaag: vandaag) == true)
        let onbekend = d.legNalevingVast("bestaat-niet", Naleving(datum: vandaag, nagekomen: .ja))
        #expect(!onbekend)
        let nee = d.legNalevingVast(a.id, Naleving(datum: vandaag, nagekomen: .nee, toelichting: "oma was weg", overleg: "o1"))
        let ja = d.legNalevingVast(a.id, Naleving(datum: vandaag, nagekomen: .ja, overleg: "o1"))
        #expect(nee && ja)
        #expect(d.veiligheidsplan?.afspraken[0].nalevingen == [Naleving(datum: vandaag, nagekomen: .ja, overleg: "o1")])
        #expect(d.veiligheidsplan?.afspraken[0].isTeLaat(vandaag: vandaag) == false)
        d.legNalevingVast(a.id, Naleving(datum: vandaag, nagekomen: .nee, overleg: "o2"))
        #expect(d.veiligheidsplan?.afspraken[0].nalevingen.map(\.overleg) == ["o1", "o2"])
    }

    @Test("een veiligheidsplan gewijzigd na het tekenen: afsluiten zegt dat het opnieuw getekend moet worden")
    func opnieuwTekenen() throws {
        let agenda = try #require(try standaardMethode().agenda(.voortgang))
        var d = gezin()
        var vp = Veiligheidsplan()
        vp.ondertekening = [Ondertekening(persoon: "sanne", naam: "Sanne", hoedanigheid: .klant, datum: vandaag.plus(dagen: -7)!),
                            Ondertekening(persoon: "ilse", naam: "Ilse", hoedanigheid: .professional, datum: vandaag.plus(dagen: -7)!)]
        d.veiligheidsplan = vp
        let begonnen = d.beginOverleg(.voortgang, agenda: agenda, aanwezigen: ["sanne"], vandaag: vandaag, tijd: nil, nu: Tijdstip(seconden: 0))
        let id = try #require(begonnen)
        #expect(!d.sluitaandachtspunten(id).contains { $0.contains("ondertekend") }, "getekend en niet gewijzigd")
        d.veiligheidsplan?.gewijzigd = vandaag
        #expect(d.sluitaandachtspunten(id).contains(
            "Het veiligheidsplan is gewijzigd sinds het is ondertekend: laat klant en professional opnieuw tekenen."))
    }

    @Test("verplaatsen houdt één gepland overleg van een soort")
    func verplaatsen() throws {
        var d = gezin()
        let gepland = Overleg(soort: .voortgang, datum: vandaag.plus(dagen: 14), tijd: Tijd(uur: 14, minuut: 0))
        d.plan.overleggen = [gepland]
        let verplaatst = d.verplaatsOverleg(gepland.id, naar: vandaag.plus(dagen: 21)!, tijd: Tijd(uur: 9, minuut: 0))
        #expect(verplaatst)
        #expect(d.geplandeOverleggen(.voortgang, vandaag: vandaag).map(\.id) == [gepland.id])
        #expect(d.geplandeOverleggen(.voortgang, vandaag: vandaag).first?.datum == vandaag.plus(dagen: 21))
    }
}
