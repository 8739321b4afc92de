import Foundation
import Testing
@testable import RegieDomain
import RegieMethode

@Suite("Plancheck")
struct PlancheckTests {
    func check(_ d: Dossier, vandaag dag: Datum = vandaag) throws -> [Bevinding] {
        try d.planCheck(standaardMethode(), vandaag: dag)
    }

    func bevindingen(_ b: [Bevinding], _ ernst: Ernst, _ plaats: Plaats) -> [Bevinding] {
        b.filter { $0.ernst == ernst && $0.plaats == plaats }
    }

    @Test func proefdossierHeeftGeenBevindingen() throws {
        #expect(try check(Proef.dossier()) == [])
    }

    // MARK: - Goals and actions

    @Test(arguments: [
        ("Anna drinkt geen alcohol meer.", "geen"),
        ("Bram spijbelt niet meer", "niet"),
        ("Er is nooit meer ruzie.", "nooit"),
        ("Youssef stopt met gokken.", "stopt"),
        ("NIET meer schreeuwen", "niet"),
        ("Leven zonder schulden", "zonder"),
    ])
    func negatiefDoelIsHint(omschrijving: String, woord: String) throws {
        var d = Proef.dossier()
        d.plan.doelen[0].omschrijving = omschrijving
        let b = try check(d)
        #expect(b.count == 1)
        let hint = try #require(bevindingen(b, .hint, .doel(Proef.doel)).first)
        #expect(hint.melding.contains("negatief"))
        #expect(hint.melding.contains("\"\(woord)\""))
    }

    @Test(arguments: ["Anna slaapt elke nacht zeven uur.", "Nietsnut wordt held", "Bram gaat graag naar school"])
    func positiefDoelGeenHint(omschrijving: String) throws {
        var d = Proef.dossier()
        d.plan.doelen[0].omschrijving = omschrijving
        #expect(try check(d) == [])
    }

    @Test func doelZonderOmschrijvingIsFout() throws {
        var d = Proef.dossier()
        d.plan.doelen[0].omschrijving = "  \n"
        let b = try check(d)
        #expect(b.count == 1)
        #expect(bevindingen(b, .fout, .doel(Proef.doel)).first?.melding.contains("omschrijving") == true)
    }

    @Test func doelZonderActies() throws {
        var d = Proef.dossier()
        d.plan.doelen[0].acties = []
        let b = try check(d)
        #expect(b.count == 1)
        let w = try #require(bevindingen(b, .waarschuwing, .doel(Proef.doel)).first)
        #expect(w.melding.contains("geen actie"))
    }

    @Test(arguments: [
        (true, false, false, "ontbreekt wie."),
        (false, true, false, "ontbreekt wat."),
        (false, false, true, "ontbreekt wanneer."),
        (false, true, true, "ontbreekt wat en wanneer."),
        (true, true, true, "ontbreekt wie, wat en wanneer."),
    ])
    func actieMistWieWatWanneer(zonderWie: Bool, zonderWat: Bool, zonderWanneer: Bool, verwacht: String) throws {
        var d = Proef.dossier()
        if zonderWie { d.plan.doelen[0].acties[0].wie = nil }
        if zonderWat { d.plan.doelen[0].acties[0].wat = "   " }
        if zonderWanneer { d.plan.doelen[0].acties[0].wanneer = nil }
        let b = try check(d)
        #expect(b.count == 1)
        let w = try #require(bevindingen(b, .waarschuwing, .actie(doel: Proef.doel, actie: Proef.actie)).first)
        #expect(w.melding.hasSuffix(verwacht), "melding: \(w.melding)")
        for deel in ["wie", "wat", "wanneer"] {
            let mist = (deel == "wie" && zonderWie) || (deel == "wat" && zonderWat) || (deel == "wanneer" && zonderWanneer)
            let woorden = w.melding.split { !$0.isLetter }.map(String.init)
            #expect(woorden.contains(deel) == mist, "\(deel) in \(w.melding)")
        }
    }

    @Test func actieVoorOnbekendePersoonIsFout() throws {
        var d = Proef.dossier()
        d.plan.doelen[0].acties[0].wie = "bestaat-niet"
        let b = try check(d)
        #expect(b.count == 1)
        let f = try #require(bevindingen(b, .fout, .actie(doel: Proef.doel, actie: Proef.actie)).first)
        #expect(f.melding.contains("niet in het dossier"))
    }

    @Test(arguments: [Proef.moeder, Proef.oma, Proef.huisarts, Proef.regisseur])
    func actieVoorIedereenUitHetDossierMag(wie: String) throws {
        var d = Proef.dossier()
        d.plan.doelen[0].acties[0].wie = wie
        #expect(try check(d) == [])
    }

    @Test func teLateActie() throws {
        var d = Proef.dossier()
        d.plan.doelen[0].acties[0].wanneer = dag(-2)
        let b = try check(d)
        #expect(b.count == 1)
        let w = try #require(bevindingen(b, .waarschuwing, .actie(doel: Proef.doel, actie: Proef.actie)).first)
        #expect(w.melding.contains("te laat"))
        #expect(w.melding.contains("03-03-2026"))
    }

    @Test func gedaneOfVandaagGeplandeActieIsNietTeLaat() throws {
        var d = Proef.dossier()
        d.plan.doelen[0].acties[0].wanneer = dag(-2)
        d.plan.doelen[0].acties[0].gedaan = dag(-3)
        #expect(try check(d) == [])
        d.plan.doelen[0].acties[0].gedaan = nil
        d.plan.doelen[0].acties[0].wanneer = vandaag
        #expect(try check(d) == [])
    }

    // MARK: - Overleg

    @Test func geenVolgendOverleg() throws {
        var d = Proef.dossier()
        d.plan.overleggen = [Overleg(soort: .start, datum: dag(-14))]
        let b = try check(d)
        #expect(b.count == 1)
        #expect(bevindingen(b, .waarschuwing, .overleggen).first?.melding.contains("volgend overleg") == true)
        d.plan.overleggen = []
        #expect(try check(d).map(\.plaats) == [.overleggen])
        d.plan.overleggen = [Overleg(soort: .extra, datum: vandaag, tijd: Tijd(uur: 16, minuut: 0), locatie: "Thuis")]
        #expect(try check(d) == [])
    }

    // MARK: - Safety

    @Test func veiligheidsplanOntbreektOpNiveau3() throws {
        var d = Proef.dossier()
        d.proces.niveau = 3
        let b = try check(d)
        #expect(b.count == 2)
        let f = try #require(bevindingen(b, .fout, .veiligheidsplan).first)
        #expect(f.melding.contains("veiligheidsplan"))
        #expect(f.melding.contains("niveau 3"))
        // Level 3 also asks for the extra safety steps.
        #expect(bevindingen(b, .fout, .meldcode).first?.melding.hasPrefix("Het huishouden staat op niveau 3, maar de meldcode") == true)
    }

    @Test(arguments: [4, 5])
    func veiligheidsplanOntbreektOpNiveau4En5(niveau: Int) throws {
        var d = Proef.dossier()
        d.proces.niveau = niveau
        let b = try check(d)
        #expect(bevindingen(b, .fout, .veiligheidsplan).first?.melding.contains("niveau \(niveau)") == true)
    }

    @Test func veiligheidsplanOntbreektBijZorgenOpNiveau2() throws {
        var d = Proef.dossier()
        d.plan.zorgenBasiszorgVeiligheid = .ja
        #expect(d.proces.niveau == 2)
        let b = try check(d)
        #expect(b.count == 2)
        let f = try #require(bevindingen(b, .fout, .veiligheidsplan).first)
        #expect(f.melding.contains("zorgen over basiszorg en veiligheid"))
        // Worries also ask for the extra safety steps.
        #expect(bevindingen(b, .fout, .meldcode).first?.melding.hasPrefix("Er zijn signalen van onveiligheid, maar de meldcode") == true)
    }

    @Test func geenVeiligheidsplanNodigOpNiveau2ZonderZorgen() throws {
        var d = Proef.dossier()
        d.plan.zorgenBasiszorgVeiligheid = .nee
        #expect(try check(d).filter { $0.plaats == .veiligheidsplan } == [])
    }

    @Test(arguments: [[], [Proef.klantTekent], [Proef.professionalTekent]])
    func veiligheidsplanNietOndertekend(ondertekening: [Ondertekening]) throws {
        var d = Proef.dossier()
        d.proces.niveau = 3
        d.proces.meldcode = [Proef.meldcodeGestart]
        d.veiligheidsplan = Proef.veiligheidsplan(ondertekening: ondertekening)
        let b = try check(d)
        #expect(b.count == 1)
        let f = try #require(bevindingen(b, .fout, .ondertekening).first)
        #expect(f.melding.contains("niet ondertekend"))
        #expect(f.melding.contains("niveau 3"))
        #expect(bevindingen(b, .fout, .veiligheidsplan).isEmpty)
    }

    @Test func veiligheidsplanNietOndertekendBijZorgen() throws {
        var d = Proef.dossier()
        d.plan.zorgenBasiszorgVeiligheid = .ja
        d.proces.meldcode = [Proef.meldcodeGestart]
        d.veiligheidsplan = Proef.veiligheidsplan(ondertekening: [Proef.klantTekent])
        let b = try check(d)
        #expect(b.count == 1)
        #expect(bevindingen(b, .fout, .ondertekening).first?.melding.contains("zorgen over basiszorg") == true)
    }

    @Test func ondertekendDoorKlantEnProfessional() throws {
        var d = Proef.dossier()
        d.proces.niveau = 3
        d.proces.meldcode = [Proef.meldcodeGestart]
        d.veiligheidsplan = Proef.veiligheidsplan(ondertekening: [Proef.klantTekent, Proef.professionalTekent])
        let b = try check(d)
        #expect(b == [])
        #expect(!b.contains { $0.plaats == .ondertekening || $0.plaats == .veiligheidsplan })
    }

    @Test func nietIngevuldOfErZorgenZijn() throws {
        var d = Proef.dossier()
        d.plan.zorgenBasiszorgVeiligheid = nil
        let b = try check(d)
        #expect(b.count == 1)
        #expect(bevindingen(b, .waarschuwing, .zorgenVeiligheid).count == 1)
    }

    @Test func veiligheidsplanOnderdelen() throws {
        var d = Proef.dossier()
        d.veiligheidsplan = Veiligheidsplan(
            gebeurtenissen: [Uitspraak(id: "u1", spreker: nil, citaat: "Er werd geschreeuwd."),
                             Uitspraak(id: "u2", spreker: "wie", citaat: "Onbekend.")],
            schaalvragen: [Schaalscore(id: "s1", persoon: nil, cijfer: 12, datum: vandaag)],
            afspraken: [Veiligheidsafspraak(id: "af1", wat: "Iets", toezicht: nil)],
            ondertekening: [])
        let b = try check(d)
        #expect(bevindingen(b, .waarschuwing, .veiligheidsUitspraak("u1")).count == 1)
        #expect(bevindingen(b, .fout, .veiligheidsUitspraak("u2")).count == 1)
        #expect(bevindingen(b, .fout, .schaalscore("s1")).first?.melding.contains("12") == true)
        #expect(bevindingen(b, .waarschuwing, .schaalscore("s1")).count == 1)
        // No one who sees to it, and nothing said about what happens when it is not kept.
        #expect(bevindingen(b, .waarschuwing, .afspraak("af1")).map(\.code) == ["afspraak.toezicht-ontbreekt", "afspraak.gevolg-ontbreekt"])
        #expect(bevindingen(b, .waarschuwing, .veiligheidsdeel(.bestaandeVeiligheid)).count == 1)
        #expect(bevindingen(b, .waarschuwing, .veiligheidsdeel(.contacten)).count == 1)
        #expect(bevindingen(b, .waarschuwing, .veiligheidsdeel(.schaalvraag)).isEmpty)   // it has a score
        #expect(bevindingen(b, .hint, .veiligheidsplan).count == 1)   // no evaluation date
        #expect(bevindingen(b, .hint, .doelencheck).count == 1)
        #expect(bevindingen(b, .hint, .afspraak("af1")).map(\.melding) == ["Bij deze afspraak ontbreekt wie, waar en wanneer."])
        // Not required at level 2 without worries, so no signature finding.
        #expect(bevindingen(b, .fout, .ondertekening).isEmpty)
        #expect(b.count == 11)
        d.veiligheidsplan?.afspraken = []
        #expect(bevindingen(try check(d), .waarschuwing, .veiligheidsplan).first?.melding.contains("veiligheidsafspraak") == true)
    }

    // MARK: - People

    @Test func toestemmingNietVastgelegd() throws {
        var d = Proef.dossier()
        d.toestemmingDelen = nil
        let b = try check(d)
        #expect(b.count == 1)
        #expect(bevindingen(b, .waarschuwing, .toestemming).first?.melding.contains("toestemming") == true)
        d.toestemmingDelen = .nee
        #expect(try check(d) == [])
    }

    @Test func krachtZonderSpreker() throws {
        var d = Proef.dossier()
        d.plan.krachten[0].spreker = nil
        let b = try check(d)
        // Anna's own words are gone with it: she is now not heard anywhere in the plan.
        #expect(b.map(\.code) == ["kracht.spreker-ontbreekt", "gezinslid.niet-gehoord"])
        #expect(bevindingen(b, .hint, .gezinslid(Proef.moeder)).count == 1)
        let w = try #require(bevindingen(b, .waarschuwing, .kracht("k1")).first)
        #expect(w.melding.contains("kracht"))
        #expect(w.melding.contains("wie het zegt"))
    }

    @Test func zorgZonderSpreker() throws {
        var d = Proef.dossier()
        d.plan.zorgen[0].spreker = nil
        let b = try check(d)
        #expect(b.count == 1)
        let w = try #require(bevindingen(b, .waarschuwing, .zorg("z1")).first)
        #expect(w.melding.contains("zorg"))
        #expect(w.melding.contains("wie het zegt"))
    }

    @Test func krachtVanOnbekendeOfZonderTekst() throws {
        var d = Proef.dossier()
        d.plan.krachten[0].spreker = "onbekend"
        d.plan.zorgen[0].citaat = " "
        let b = try check(d)
        #expect(b.count == 3)
        #expect(bevindingen(b, .hint, .gezinslid(Proef.moeder)).count == 1)
        #expect(bevindingen(b, .fout, .kracht("k1")).count == 1)
        #expect(bevindingen(b, .waarschuwing, .zorg("z1")).first?.melding.contains("tekst") == true)
    }

    @Test func meerDanEenProcesregisseur() throws {
        var d = Proef.dossier()
        d.regisseurs.append(Regisseur(id: "regie2", naam: "Tweede", rol: .proces, profiel: .bPlus))
        d.regisseurs.append(Regisseur(id: "casus", naam: "Casus", rol: .casus, profiel: .bPlus))
        let b = try check(d)
        #expect(b.count == 1)
        let f = try #require(bevindingen(b, .fout, .regisseurs).first)
        #expect(f.melding.contains("2 procesregisseurs"))
        #expect(f.melding.contains("hooguit één"))
    }

    @Test func casusregisseursMogenMeerdere() throws {
        var d = Proef.dossier()
        d.regisseurs += [Regisseur(id: "c1", naam: "C1", rol: .casus, profiel: .a), Regisseur(id: "c2", naam: "C2", rol: .casus, profiel: .b)]
        #expect(try check(d) == [])
    }

    @Test func geenProcesregisseur() throws {
        var d = Proef.dossier()
        d.regisseurs = [Regisseur(id: Proef.regisseur, naam: "Rita", rol: .casus, profiel: .a)]
        #expect(try check(d).map(\.ernst) == [.waarschuwing])
        #expect(try check(d).map(\.plaats) == [.regisseurs])
        d.proces.niveau = 1
        #expect(try check(d) == [])  // not needed on level 1
    }

    @Test func geenGezinslid() throws {
        var d = Proef.dossier()
        d.gezinsleden = []
        d.plan.krachten = []
        d.plan.doelen[0].acties[0].wie = Proef.oma
        let b = try check(d)
        #expect(b.map(\.plaats) == [.huishouden])
        #expect(b.map(\.ernst) == [.waarschuwing])
    }

    // MARK: - Process

    @Test func onbekendeFaseEnNiveau() throws {
        var d = Proef.dossier()
        d.proces.fase = "7"
        d.proces.niveau = 9
        let b = try check(d)
        #expect(bevindingen(b, .fout, .fase).first?.melding.contains("\"7\"") == true)
        #expect(bevindingen(b, .fout, .niveau).first?.melding.contains("Niveau 9") == true)
        // 9 is 3 or higher: without a meldcode walk that is a finding too.
        #expect(bevindingen(b, .fout, .meldcode).count == 1)
        #expect(b.count == 3)
    }

    @Test func niveauNogNietBepaald() throws {
        var d = Proef.dossier()
        d.proces.niveau = nil
        let b = try check(d)
        #expect(b.count == 1)
        #expect(bevindingen(b, .hint, .niveau).count == 1)
    }

    // MARK: - Demo and order

    @Test func demoHeeftGeenFouten() throws {
        let d = Voorbeeld.demo(vandaag: vandaag, id: "demo")
        let b = try check(d)
        #expect(b.filter { $0.ernst == .fout } == [])
        // The demo's one late action is reported.
        let laat = b.filter { $0.melding.contains("te laat") }
        #expect(laat.count == 1)
        #expect(laat.first?.ernst == .waarschuwing)
        // It is on level 3 and needs (and has) a signed veiligheidsplan.
        #expect(d.veiligheidsplanVereist(try standaardMethode()))
        #expect(!b.contains { $0.plaats == .veiligheidsplan && $0.ernst == .fout })
    }

    @Test(arguments: [-400, -30, 0, 30, 400])
    func demoHeeftOpElkeDagGeenFouten(verschuiving: Int) throws {
        let dagVanDemo = dag(verschuiving)
        let b = try check(Voorbeeld.demo(vandaag: dagVanDemo), vandaag: dagVanDemo)
        #expect(b.allSatisfy { $0.ernst != .fout })
    }

    @Test func gesorteerdFoutWaarschuwingHint() throws {
        var d = Proef.dossier()
        d.plan.doelen[0].omschrijving = "Geen ruzie meer"               // hint
        d.toestemmingDelen = nil                                         // waarschuwing
        d.plan.doelen[0].acties[0].wie = "onbekend"                      // fout
        d.plan.overleggen = []                                           // waarschuwing
        d.proces.niveau = 3                                              // fout (veiligheidsplan) + fout (meldcode)
        d.plan.doelen.append(Doel(id: "d2", omschrijving: "Nooit meer te laat")) // hint + waarschuwing
        let b = try check(d)
        #expect(b.map(\.ernst) == [.fout, .fout, .fout, .waarschuwing, .waarschuwing, .waarschuwing, .hint, .hint])
        // Within one severity the check's own order is kept.
        #expect(b.filter { $0.ernst == .hint }.map(\.plaats) == [.doel(Proef.doel), .doel("d2")])
        #expect(b.filter { $0.ernst == .fout }.map(\.plaats)
            == [.actie(doel: Proef.doel, actie: Proef.actie), .veiligheidsplan, .meldcode])
        #expect(b.filter { $0.ernst == .waarschuwing }.map(\.plaats) == [.toestemming, .doel("d2"), .overleggen])
    }

    @Test func ernstVolgorde() {
        #expect(Ernst.fout < Ernst.waarschuwing)
        #expect(Ernst.waarschuwing < Ernst.hint)
        #expect(Ernst.allCases.sorted() == [.fout, .waarschuwing, .hint])
        #expect(Ernst.fout.tekst == "fout")
    }

    @Test func plaatsInWoorden() {
        var d = Proef.dossier()
        d.plan.doelen.append(Doel(id: "d2", omschrijving: "Twee", acties: [Actie(id: "x", wie: nil, wat: "", wanneer: nil),
                                                                          Actie(id: "y", wie: nil, wat: "", wanneer: nil)]))
        #expect(Plaats.doel("d2").tekst(in: d) == "Doel 3")
        #expect(Plaats.actie(doel: "d2", actie: "y").tekst(in: d) == "Doel 3, actie 2")
        #expect(Plaats.kracht("k1").tekst(in: d) == "Kracht 1")
        #expect(Plaats.doel("bestaat-niet").tekst(in: d) == "Doel ?")
        #expect(Plaats.gezinslid(Proef.zoon).tekst(in: d) == "Gezinslid Bram Proef")
    }
}
