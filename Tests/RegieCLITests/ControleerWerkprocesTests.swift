import Foundation
import RegieDomain
import RegieStore
import Testing

/// `regie controleer` shows the findings of the work-process rules: a phase that contradicts
/// the ticks, signs of unsafety without the meldcode, a closed household.
@Suite("regie controleer: de regels van het werkproces")
struct ControleerWerkprocesTests {
    /// Today in the tests (REGIE_VANDAAG).
    let vandaag = Datum(iso: "2026-11-23")!

    /// A household in order apart from what the test sets: people, consent, a next overleg, level 2.
    func dossier(_ id: String, _ naam: String) -> Dossier {
        Dossier(id: id, naam: naam, aangemaakt: vandaag.plus(dagen: -30)!,
                gezinsleden: [Gezinslid(id: "anna", naam: "Anna Test", rolInGezin: "moeder")],
                regisseurs: [Regisseur(id: "rita", naam: "Rita Regie", rol: .proces, profiel: .bPlus),
                             Regisseur(id: "carl", naam: "Carl Casus", rol: .casus, profiel: .bPlus)],
                toestemmingDelen: .ja,
                plan: Ondersteuningsplan(aanleiding: "Anna vraagt hulp.", zorgenBasiszorgVeiligheid: .nee,
                                         overleggen: [Overleg(id: "o1", soort: .voortgang, datum: vandaag.plus(dagen: 14),
                                                              tijd: Tijd(uur: 10, minuut: 0), locatie: "Thuis")]),
                proces: Processtatus(fase: "1", niveau: 2))
    }

    func importeer(_ d: Dossier, in o: Omgeving) throws {
        let bestand = o.pad("\(d.id).json")
        try Formaat.codeer(d).write(to: URL(fileURLWithPath: bestand))
        let r = try o.metData(["importeer", bestand])
        #expect(r.code == 0, "\(r)")
    }

    @Test("een fase die de vinkjes tegenspreekt en signalen zonder meldcode: elke bevinding op een eigen regel, exit 1")
    func tegenspraakEnSignalen() throws {
        let o = try Omgeving()
        defer { o.ruimOp() }
        var d = dossier("tegen", "Familie Tegenspraak")
        d.proces.fase = "2"
        d.plan.zorgenBasiszorgVeiligheid = .ja
        try importeer(d, in: o)

        let r = try o.metData(["controleer", "tegen"])
        #expect(r.code == 1, "\(r)")
        #expect(r.uit.split(separator: "\n", omittingEmptySubsequences: false) == [
            "Plancheck Familie Tegenspraak: 3 bevindingen",
            "",
            "[fout] Veiligheidsplan: Er moet een veiligheidsplan zijn: er zijn zorgen over basiszorg en veiligheid.",
            "[fout] Meldcode: Er zijn signalen van onveiligheid, maar de meldcode is nog niet gevolgd. Open de extra stappen bij onveiligheid.",
            "[let op] Fase: Fase 2 is de huidige fase, maar in fase 1 zijn nog 8 acties niet afgevinkt, en er is geen reden vastgelegd.",
            "",
        ], "\(r)")
    }

    @Test("een meldcode die te lang open staat, een besluit zonder nieuw niveau en geen toestemming bij signalen")
    func meldcodeRegels() throws {
        let o = try Omgeving()
        defer { o.ruimOp() }
        var d = dossier("meld", "Familie Meld")
        d.toestemmingDelen = .nee
        d.proces.veiligheidsvragen = [Veiligheidsvraag(fase: "1", antwoord: .ja, datum: vandaag.plus(dagen: -40)!, door: "Rita Regie")]
        d.proces.meldcode = [
            Meldcodeverloop(besluit: BesluitVastlegging(besluit: "melden", datum: vandaag.plus(dagen: -50)!, door: "Rita Regie"),
                            begonnen: vandaag.plus(dagen: -60)!),
            Meldcodeverloop(begonnen: vandaag.plus(dagen: -40)!, aanleiding: "signalen bij fase 1"),
        ]
        d.veiligheidsplan = Veiligheidsplan(
            doelencheck: Doelencheck(afsprakenNakomen: true, onveiligheidOpheffen: true, oorzakenBehandelen: true, herstelEnNazorg: true),
            bestaandeVeiligheid: [Uitspraak(spreker: "anna", citaat: "Mijn zus helpt als het misgaat.")],
            schaalvragen: [Schaalscore(persoon: "anna", cijfer: 6, datum: vandaag.plus(dagen: -39)!)],
            afspraken: [Veiligheidsafspraak(id: "af1", wat: "Bellen bij ruzie.", toezicht: "rita", alsNietNagekomen: "Rita belt Veilig Thuis.",
                                            wie: "anna", waar: "thuis", wanneer: vandaag.plus(dagen: 7))],
            contacten: [Veiligheidscontact(naam: "Veilig Thuis", wanneerBellen: "bij geweld", telefoon: "0800-2000")],
            evaluatiedatum: vandaag.plus(dagen: 7),
            ondertekening: [Ondertekening(persoon: "anna", naam: "Anna Test", hoedanigheid: .klant, datum: vandaag.plus(dagen: -39)!),
                            Ondertekening(persoon: "rita", naam: "Rita Regie", hoedanigheid: .professional, datum: vandaag.plus(dagen: -39)!)])
        // The goal the first box of the doelencheck says is in the plan.
        d.plan.doelen = [Doel(id: "d1", omschrijving: "Anna houdt zich aan de veiligheidsafspraken.",
                              acties: [Actie(id: "a1", wie: "rita", wat: "Elke week de afspraken met Anna nalopen", wanneer: vandaag.plus(dagen: 7))])]
        try importeer(d, in: o)

        let r = try o.metData(["controleer", "meld"])
        #expect(r.code == 1, "\(r)")
        #expect(r.uit.split(separator: "\n", omittingEmptySubsequences: false) == [
            "Plancheck Familie Meld: 3 bevindingen",
            "",
            "[fout] Meldcode: Er is geen toestemming om informatie te delen, terwijl er signalen van onveiligheid zijn: volg de meldcode.",
            "[let op] Meldcode: De meldcode loopt sinds 14-10-2026 (40 dagen) zonder besluit; de afspraak is binnen 28 dagen.",
            "[let op] Regiekaart: Op 04-10-2026 is besloten: \"Meld bij Veilig Thuis.\". Bekijk daarna het niveau op de regiekaart opnieuw.",
            "",
        ], "\(r)")
    }

    @Test("een afgesloten huishouden: geen te late actie en geen 'geen volgend overleg' meer")
    func afgesloten() throws {
        let o = try Omgeving()
        defer { o.ruimOp() }
        var d = dossier("dicht", "Familie Dicht")
        d.plan.overleggen = [Overleg(id: "o1", soort: .voortgang, datum: vandaag.plus(dagen: -60))]
        d.plan.doelen = [Doel(id: "d1", omschrijving: "Anna slaapt goed.",
                              acties: [Actie(id: "a1", wie: "anna", wat: "Naar de huisarts gaan", wanneer: vandaag.plus(dagen: -50))])]
        try importeer(d, in: o)
        let open = try o.metData(["controleer", "dicht"])
        #expect(open.uit.contains("[let op] Planning overleg: Er is geen volgend overleg gepland."), "\(open)")
        #expect(open.uit.contains("[let op] Doel 1, actie 1: Deze actie is te laat: gepland op 04-10-2026."), "\(open)")

        d.proces.fase = "6b"
        d.proces.faseovergangen = [Faseovergang(van: "1", naar: "6b", datum: vandaag.plus(dagen: -40)!, door: "Rita Regie",
                                                reden: "afgesloten", ronde: 1)]
        d.proces.afsluitingen = [Afsluiting(datum: vandaag.plus(dagen: -40)!, door: "Rita Regie", evaluatie: "Goed gegaan.",
                                            vragenBij: "Het wijkteam.")]
        let o2 = try Omgeving()
        defer { o2.ruimOp() }
        try importeer(d, in: o2)
        let dicht = try o2.metData(["controleer", "dicht"])
        #expect(dicht.code == 0, "\(dicht)")
        #expect(dicht.uit == "Plancheck Familie Dicht: alles in orde.\n", "\(dicht)")
    }
}
