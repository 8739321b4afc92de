import Foundation
import Testing
@testable import RegieDomain
import RegieMethode

/// The method's quality criteria in the plan check: what each rule says, where it points,
/// and when it stays silent.
@Suite("Kwaliteitscriteria")
struct KwaliteitscriteriaTests {
    func check(_ d: Dossier, vandaag dag: Datum = vandaag) throws -> [Bevinding] {
        try d.planCheck(standaardMethode(), vandaag: dag)
    }

    func codes(_ d: Dossier) throws -> [String] { try check(d).map(\.code) }

    // MARK: - The plan's own texts

    @Test func legeTekstenWijzenNaarHunVeld() throws {
        var d = Proef.dossier()
        d.plan.aanleiding = ""
        d.plan.integraleAnalyse = ""
        d.plan.gewenstResultaat = ""
        d.plan.samenvatting = ""
        let b = try check(d)
        #expect(b.map(\.plaats) == [.plandeel(.aanleiding), .plandeel(.integraleAnalyse), .plandeel(.gewenstResultaat), .plandeel(.samenvatting)])
        #expect(b.map(\.ernst) == [.waarschuwing, .waarschuwing, .waarschuwing, .hint])
        #expect(b[0].melding.hasPrefix("De aanleiding is nog leeg."))
        #expect(Plaats.plandeel(.integraleAnalyse).tekst(in: d) == "Integrale analyse")
        #expect(Plaats.plandeel(.gewenstResultaat).ids == ["deel": "gewenst-resultaat"])
    }

    @Test("voor het startoverleg vraagt de plancheck alleen de aanleiding")
    func voorHetStartoverleg() throws {
        var d = Proef.dossier()
        d.plan.integraleAnalyse = ""
        d.plan.gewenstResultaat = ""
        d.plan.samenvatting = ""
        d.plan.krachten = []
        d.plan.zorgen = []
        d.proces.fase = "2"
        d.proces.faseovergangen = [Faseovergang(van: "1", naar: "2", datum: dag(-30), door: "Rita Regie", reden: "Intake.", ronde: 1)]
        let voor = try codes(d)
        #expect(!voor.contains { $0.hasPrefix("plan.") || $0 == "huishouden.geen-eigen-woorden" }, "\(voor)")
        d.plan.aanleiding = ""
        #expect(try codes(d).contains("plan.aanleiding-leeg"))
        // A held startoverleg makes the plan due, whatever the phase says.
        d.plan.overleggen.append(Overleg(id: "start", soort: .start, datum: dag(-1)))
        let na = try codes(d)
        for code in ["plan.analyse-leeg", "plan.gewenst-resultaat-leeg", "plan.samenvatting-leeg", "huishouden.geen-eigen-woorden"] {
            #expect(na.contains(code), "\(code) in \(na)")
        }
    }

    // MARK: - Custody

    @Test(arguments: [(10, "", true), (17, "  ", true), (10, "beide ouders", false), (18, "", false), (40, "", false)])
    func gezagBijEenMinderjarige(jaar: Int, gezag: String, gemeld: Bool) throws {
        var d = Proef.dossier()
        d.gezinsleden[1].geboortedatum = Datum(jaar: vandaag.jaar - jaar, maand: vandaag.maand, dag: vandaag.dag)
        d.gezinsleden[1].gezag = gezag
        let b = try check(d).filter { $0.regel == .gezagOntbreekt }
        #expect(b.count == (gemeld ? 1 : 0))
        if gemeld {
            #expect(b.first?.plaats == .gezinslid(Proef.zoon))
            #expect(b.first?.melding.hasPrefix("Bram Proef is \(jaar) jaar; vul in wie het gezag heeft") == true)
        }
    }

    @Test func zonderGeboortedatumGeenGezagsmelding() throws {
        var d = Proef.dossier()
        d.gezinsleden[1].gezag = ""
        #expect(try check(d) == [])
    }

    // MARK: - The household's own words

    @Test("zonder kracht of zorg van het gezin: één melding, niet ook nog één per gezinslid")
    func geenEigenWoorden() throws {
        var d = Proef.dossier()
        d.plan.krachten = [Uitspraak(id: "k9", spreker: Proef.huisarts, citaat: "Anna komt haar afspraken na.")]
        let b = try check(d)
        #expect(b.map(\.code) == ["huishouden.geen-eigen-woorden"])
        #expect(b.first?.plaats == .plandeel(.krachten))
        #expect(b.first?.ernst == .waarschuwing)
    }

    @Test("een gezinslid is gehoord met een kracht, een zorg, een uitspraak of cijfer in het veiligheidsplan, of bij een overleg")
    func gehoordOpElkePlek() throws {
        var basis = Proef.dossier()
        basis.plan.krachten.removeAll { $0.spreker == Proef.zoon }
        #expect(try check(basis).map(\.plaats) == [.gezinslid(Proef.zoon)])
        #expect(try check(basis).first?.melding.hasPrefix("Bram Proef komt nog nergens in het plan aan het woord.") == true)

        var zorg = basis
        zorg.plan.zorgen.append(Uitspraak(id: "z9", spreker: Proef.zoon, citaat: "Mama is vaak moe."))
        var score = basis
        score.veiligheidsplan = Proef.veiligheidsplan(ondertekening: [])
        score.veiligheidsplan?.schaalvragen.append(Schaalscore(id: "s-bram", persoon: Proef.zoon, cijfer: 7, datum: dag(-1)))
        var overleg = basis
        var verloop = Overlegverloop(begin: Tijdstip(seconden: dag(-7).dagnummer * 86_400 + 36_000), huidigeStap: "bedanken")
        verloop.ervaring = [Uitspraak(spreker: Proef.zoon, citaat: "Het was fijn dat ik mocht meepraten.")]
        verloop.sluit(Tijdstip(seconden: dag(-7).dagnummer * 86_400 + 39_600))
        overleg.plan.overleggen.append(Overleg(id: "o0", soort: .extra, datum: dag(-7), verloop: verloop))
        for d in [zorg, score, overleg] {
            #expect(!(try check(d)).contains { $0.regel == .gezinslidNietGehoord })
        }
    }

    @Test("een kind jonger dan vier hoeft niet geciteerd te worden")
    func jongKind() throws {
        var d = Proef.dossier()
        d.plan.krachten.removeAll { $0.spreker == Proef.zoon }
        d.gezinsleden[1].gezag = "moeder"
        d.gezinsleden[1].geboortedatum = Datum(jaar: vandaag.jaar - 3, maand: vandaag.maand, dag: vandaag.dag)
        #expect(try check(d) == [])
        d.gezinsleden[1].geboortedatum = Datum(jaar: vandaag.jaar - 4, maand: vandaag.maand, dag: vandaag.dag)
        #expect(try codes(d) == ["gezinslid.niet-gehoord"])
    }

    // MARK: - Goals: status and actions

    @Test func bereiktDoelMetOpenActies() throws {
        var d = Proef.dossier()
        d.plan.doelen[0].status = .bereikt
        d.plan.doelen[0].acties.append(Actie(id: "a2", wie: Proef.moeder, wat: "Slaapdagboek bijhouden", wanneer: dag(3)))
        let b = try check(d)
        #expect(b.map(\.code) == ["doel.bereikt-actie-open"])
        #expect(b.first?.plaats == .doel(Proef.doel))
        #expect(b.first?.melding.hasPrefix("Dit doel staat op bereikt, maar 2 acties staan nog open.") == true)
        d.plan.doelen[0].acties[0].gedaan = dag(-1)
        #expect(try check(d).first?.melding.hasPrefix("Dit doel staat op bereikt, maar 1 actie staat nog open.") == true)
        d.plan.doelen[0].acties[1].gedaan = dag(-1)
        #expect(try check(d) == [])
    }

    @Test func actieGedaanNadatHetDoelNietBereiktWas() throws {
        var d = Proef.dossier()
        d.plan.doelen[0].status = .nietBereikt
        d.plan.doelen[0].statusSinds = dag(-5)
        d.plan.doelen[0].acties[0].gedaan = dag(-6)
        #expect(try check(d) == [], "gedaan voordat het doel op niet bereikt ging")
        d.plan.doelen[0].acties[0].gedaan = dag(-2)
        let b = try check(d)
        #expect(b.map(\.plaats) == [.actie(doel: Proef.doel, actie: Proef.actie)])
        #expect(b.first?.melding == "Deze actie is gedaan op \(dag(-2).tekst), nadat het doel op \(dag(-5).tekst) op niet bereikt is gezet. "
            + "Kijk of het doel weer op nog niet bereikt moet.")
        // A file from before the status date: nothing to compare with.
        d.plan.doelen[0].statusSinds = nil
        #expect(try check(d) == [])
    }

    @Test("de dag dat de stand van een doel verandert, wordt genoteerd")
    func statusdatum() {
        let oud = Proef.dossier()
        var nieuw = oud
        nieuw.plan.doelen[0].status = .nietBereikt
        nieuw.plan.doelen[1].omschrijving += " Altijd."
        nieuw.noteerDoelstatus(sinds: oud, vandaag: vandaag)
        #expect(nieuw.plan.doelen[0].statusSinds == vandaag)
        #expect(nieuw.plan.doelen[1].statusSinds == nil, "alleen de tekst veranderde")
        var later = nieuw
        later.plan.doelen[0].omschrijving = "Anna slaapt elke nacht acht uur."
        later.noteerDoelstatus(sinds: nieuw, vandaag: dag(3))
        #expect(later.plan.doelen[0].statusSinds == vandaag, "de stand bleef gelijk")
    }

    @Test("een doel uit een bestand van voor de statusdatum laadt, zonder datum")
    func oudDoelLaadt() throws {
        let json = #"{"id":"d1","omschrijving":"Anna slaapt goed.","acties":[],"status":"niet-bereikt"}"#
        let doel = try JSONDecoder().decode(Doel.self, from: Data(json.utf8))
        #expect(doel.status == .nietBereikt)
        #expect(doel.statusSinds == nil)
    }

    // MARK: - Wording

    @Test("de tips over formulering zeggen wat er mis is en geven een voorbeeld")
    func formuleringstips() throws {
        var d = Proef.dossier()
        d.plan.doelen[0].omschrijving = "Er was veel ruzie in huis."
        d.plan.doelen[0].acties[0].wat = "Kijken"
        d.plan.doelen[1].omschrijving = "Schulden."
        d.plan.doelen[1].acties[0].wat = "Schuldhulp"
        let b = try check(d)
        #expect(b.map(\.ernst) == [.hint, .hint, .hint, .hint])
        #expect(b.map(\.melding) == [
            "Het doel staat in de verleden tijd (\"was\"). Schrijf op hoe het straks is, bijvoorbeeld \"Er is rust in huis\" in plaats van \"Er was veel ruzie\".",
            "\"Kijken\" is te vaag om af te vinken. Schrijf op wat er klaar is als het gedaan is, bijvoorbeeld \"Met school bellen over het verzuim\".",
            "Het doel noemt alleen een onderwerp (\"Schulden.\"). Schrijf in een zin hoe het straks is, bijvoorbeeld \"De vaste lasten worden elke maand op tijd betaald\" in plaats van \"Schulden\".",
            "In deze actie staat geen werkwoord (\"Schuldhulp\"). Schrijf op wat er gedaan wordt, bijvoorbeeld \"Aanmelden bij de schuldhulp\" in plaats van \"Schuldhulp\".",
        ])
        #expect(b.map(\.plaats) == [.doel(Proef.doel), .actie(doel: Proef.doel, actie: Proef.actie),
                                     .doel(Proef.doelAfspraken), .actie(doel: Proef.doelAfspraken, actie: "actie2")])
    }

    @Test("een negatief doel krijgt één tip, niet ook nog een over het werkwoord")
    func eenTipPerDoel() throws {
        var d = Proef.dossier()
        d.plan.doelen[0].omschrijving = "Geen ruzie meer"
        #expect(try codes(d) == ["doel.negatief"])
    }

    // MARK: - Overleg

    @Test func geplandOverlegZonderTijdOfPlaats() throws {
        var d = Proef.dossier()
        d.plan.overleggen[0].tijd = nil
        #expect(try check(d).map(\.melding) == ["Bij het voortgangsoverleg van \(dag(10).tekst) ontbreekt de tijd. Vul dat aan: een uitnodiging noemt datum, tijd en plaats."])
        d.plan.overleggen[0].locatie = " "
        let b = try check(d)
        #expect(b.map(\.melding) == ["Bij het voortgangsoverleg van \(dag(10).tekst) ontbreekt de tijd en de plaats. Vul dat aan: een uitnodiging noemt datum, tijd en plaats."])
        #expect(b.first?.plaats == .overleg("o1"))
        #expect(Plaats.overleg("o1").tekst(in: d) == "Overleg van \(dag(10).tekst)")
        // An overleg of the past is not invited to any more.
        d.plan.overleggen.append(Overleg(id: "oud", soort: .start, datum: dag(-20)))
        #expect(try check(d).count == 1)
    }

    @Test func overlegDatOpenBlijft() throws {
        var d = Proef.dossier()
        let begin = Tijdstip(seconden: vandaag.dagnummer * 86_400 + 9 * 3600)
        d.plan.overleggen.append(Overleg(id: "nu", soort: .extra, datum: vandaag, verloop: Overlegverloop(begin: begin, huidigeStap: "welkom")))
        #expect(!(try check(d)).contains { $0.regel == .overlegNietAfgesloten }, "vandaag begonnen: het loopt gewoon")
        let b = try check(d, vandaag: dag(1)).filter { $0.regel == .overlegNietAfgesloten }
        #expect(b.map(\.plaats) == [.overleg("nu")])
        #expect(b.first?.melding.hasPrefix("Het extra overleg van \(vandaag.tekst) staat nog open.") == true)
    }

    // MARK: - Veiligheidsplan

    @Test("de demo had het vinkje bij de doelencheck zonder het doel; nu staat het doel erin")
    func demoDoelencheck() throws {
        var d = Voorbeeld.demo(vandaag: vandaag, id: "demo")
        #expect(d.veiligheidsplan?.doelencheck.afsprakenNakomen == true)
        #expect(!(try check(d)).contains { $0.regel == .doelencheckZonderDoel })
        d.plan.doelen.removeAll { Dossier.noemtVeiligheidsafspraken($0.omschrijving) }
        let b = try check(d).filter { $0.regel == .doelencheckZonderDoel }
        #expect(b.map(\.plaats) == [.doelencheck])
        d.veiligheidsplan?.doelencheck.afsprakenNakomen = false
        #expect(!(try check(d)).contains { $0.regel == .doelencheckZonderDoel })
    }

    @Test("een afgerond veiligheidsplan vraagt geen krachten, schaalvraag of contacten meer")
    func afgerondVeiligheidsplan() throws {
        var d = Proef.dossier()
        d.veiligheidsplan = Proef.veiligheidsplan(ondertekening: [])
        d.veiligheidsplan?.bestaandeVeiligheid = []
        d.veiligheidsplan?.schaalvragen = []
        d.veiligheidsplan?.contacten = []
        #expect(try check(d).map(\.plaats) == [.veiligheidsdeel(.bestaandeVeiligheid), .veiligheidsdeel(.schaalvraag), .veiligheidsdeel(.contacten)])
        d.veiligheidsplan?.afgerond = Afronding(datum: dag(-1), door: "Rita Regie")
        #expect(try check(d) == [])
    }

    // MARK: - Verwijsindex

    @Test("het oude ja/nee-signaal bij iemand van 23 of ouder wordt ook gemeld")
    func oudSignaalTeOud() throws {
        var d = Proef.dossier()
        d.gezinsleden[0].verwijsindexSignaal = .ja
        d.gezinsleden[0].geboortedatum = Datum(jaar: 1990, maand: 1, dag: 1)
        let b = try check(d)
        #expect(b.map(\.code) == ["verwijsindex.te-oud"])
        #expect(b.first?.melding == "Bij Anna Proef (36 jaar) staat een signaal in de Verwijsindex; de Verwijsindex is alleen voor jongeren tot 23 jaar.")
        d.gezinsleden[0].geboortedatum = Datum(jaar: 2005, maand: 1, dag: 1)
        #expect(try check(d) == [])
        d.gezinsleden[0].geboortedatum = Datum(jaar: 1990, maand: 1, dag: 1)
        d.gezinsleden[0].verwijsindexSignaal = .nee
        #expect(try check(d) == [])
    }

    // MARK: - The demo

    @Test("de demo: geen fout, en geen van de kwaliteitscriteria slaat aan")
    func demo() throws {
        let b = try check(Voorbeeld.demo(vandaag: vandaag, id: "demo"))
        #expect(b.filter { $0.ernst == .fout } == [])
        // What the demo shows on purpose: a late action, the process and the safety work under way.
        #expect(b.map(\.code) == ["actie.te-laat", "fase.tegenspraak", "meldcode.te-lang-open", "afspraak.onvolledig",
                                  "afspraak.onvolledig", "doelencheck.onvolledig"])
    }
}
