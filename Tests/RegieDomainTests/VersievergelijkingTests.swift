import Testing
@testable import RegieDomain

/// The comparison of two versions: every group, in plain Dutch sentences.
@Suite("Versievergelijking")
struct VersievergelijkingTests {
    /// The test dossier with one goal and one kracht, so each change below is the only one in its group.
    let oud: Dossier = {
        var d = Proef.dossier()
        d.plan.doelen.removeAll { $0.id == Proef.doelAfspraken }
        d.plan.krachten.removeAll { $0.spreker == Proef.zoon }
        return d
    }()

    func verschil(_ nieuw: Dossier, vandaag dag: Datum = vandaag, oudDatum: Datum? = nil,
                  methode: Methode? = nil) -> [Verschilgroep] {
        Versievergelijking.vergelijk(oud: oud, nieuw: nieuw, vandaag: dag, oudDatum: oudDatum, methode: methode)
    }

    func groep(_ groepen: [Verschilgroep], _ kop: String) -> [String] {
        groepen.first { $0.kop == kop }?.teksten ?? []
    }

    @Test("twee gelijke versies: geen groepen, en de tekst zegt dat er niets veranderd is")
    func geenVerschil() {
        let groepen = verschil(oud)
        #expect(groepen.isEmpty)
        #expect(Versievergelijking.tekst(groepen) == ["Er is niets veranderd tussen deze twee versies."])
    }

    @Test("krachten: nieuw, niet meer genoemd en aangepast, met naam en citaat")
    func krachten() {
        var nieuw = oud
        nieuw.plan.krachten = [Uitspraak(id: "k2", spreker: Proef.oma, citaat: "Bram mag altijd bij mij logeren.")]
        var ander = oud
        ander.plan.krachten[0].citaat = "Ik zorg heel goed voor Bram."
        let groepen = verschil(nieuw)
        #expect(groep(groepen, "Nieuwe krachten") == ["Oma Proef: “Bram mag altijd bij mij logeren.”"])
        #expect(groep(groepen, "Krachten niet meer genoemd") == ["Anna Proef: “Ik zorg goed voor Bram.”"])
        #expect(groep(verschil(ander), "Krachten aangepast")
            == ["Kracht van Anna Proef gewijzigd: ‘Ik zorg goed voor Bram.’ → ‘Ik zorg heel goed voor Bram.’."])
        #expect(groep(verschil(ander), "Nieuwe krachten").isEmpty)
    }

    @Test("zorgen: nieuw en verdwenen; een weggehaalde spreker houdt zijn naam")
    func zorgen() {
        var nieuw = oud
        nieuw.professionals = []
        nieuw.plan.zorgen = [Uitspraak(id: "z2", spreker: Proef.zoon, citaat: "Ik ben vaak moe op school.")]
        let groepen = verschil(nieuw)
        #expect(groep(groepen, "Nieuwe zorgen") == ["Bram Proef: “Ik ben vaak moe op school.”"])
        #expect(groep(groepen, "Zorgen die er niet meer zijn") == ["Dr. Huis: “Anna slaapt slecht.”"])
        #expect(groep(groepen, "Mensen") == ["Niet meer in het dossier: Dr. Huis (huisarts, Praktijk)."])
    }

    @Test("een lange tekst die aan het eind verandert toont het deel dat veranderde")
    func langeTekst() {
        var nieuw = oud
        nieuw.plan.aanleiding = "Moeder meldde zich bij het lokaal team omdat het thuis onrustig is en de huur achterloopt."
        var later = nieuw
        later.plan.aanleiding = "Moeder meldde zich bij het lokaal team omdat het thuis onrustig is en er schulden zijn."
        let regel = Versievergelijking.vergelijk(oud: nieuw, nieuw: later, vandaag: vandaag)
            .first { $0.kop == "Tekst van het plan" }?.teksten.first ?? ""
        #expect(regel.hasPrefix("Aanleiding gewijzigd: ‘…"))
        #expect(regel.contains("schulden"))
        #expect(regel.contains("achterloopt"))
    }

    @Test("doelen: nieuw, bereikt, andere status, tekst gewijzigd en weggehaald")
    func doelen() {
        var nieuw = oud
        nieuw.plan.doelen[0].status = .bereikt
        nieuw.plan.doelen.append(Doel(id: "doel2", omschrijving: "Bram gaat elke dag naar school."))
        #expect(groep(verschil(nieuw), "Doelen")
            == ["Doel ‘Anna slaapt elke nacht zeven uur.’ is bereikt.", "Nieuw doel: ‘Bram gaat elke dag naar school.’."])

        var ander = oud
        ander.plan.doelen[0].status = .nietBereikt
        ander.plan.doelen[0].omschrijving = "Anna slaapt elke nacht acht uur."
        #expect(groep(verschil(ander), "Doelen") == [
            "Doel gewijzigd: ‘Anna slaapt elke nacht zeven uur.’ → ‘Anna slaapt elke nacht acht uur.’.",
            "Doel ‘Anna slaapt elke nacht acht uur.’: status van ‘nog niet bereikt’ naar ‘niet bereikt’.",
        ])

        var leeg = oud
        leeg.plan.doelen = []
        let groepen = verschil(leeg)
        #expect(groep(groepen, "Doelen") == ["Doel ‘Anna slaapt elke nacht zeven uur.’ staat niet meer in het plan."])
        #expect(groep(groepen, "Acties") == ["Actie ‘Afspraak bij de huisarts maken’ (Anna Proef) staat niet meer in het plan."])
    }

    @Test("acties: gedaan met datum en wie, nieuw, andere datum, weer open")
    func acties() {
        var nieuw = oud
        nieuw.plan.doelen[0].acties[0].gedaan = dag(2)
        nieuw.plan.doelen[0].acties.append(Actie(id: "a2", wie: Proef.oma, wat: "Bram ophalen op woensdag", wanneer: dag(9)))
        #expect(groep(verschil(nieuw), "Acties") == [
            "Actie ‘Afspraak bij de huisarts maken’ (Anna Proef) is gedaan op \(dag(2).tekst).",
            "Nieuwe actie ‘Bram ophalen op woensdag’ (Oma Proef), uiterlijk \(dag(9).tekst).",
        ])
        var verzet = oud
        verzet.plan.doelen[0].acties[0].wanneer = dag(14)
        #expect(groep(verschil(verzet), "Acties")
            == ["Actie ‘Afspraak bij de huisarts maken’ (Anna Proef): datum van \(dag(7).tekst) naar \(dag(14).tekst)."])
        #expect(groep(Versievergelijking.vergelijk(oud: nieuw, nieuw: oud, vandaag: vandaag), "Acties").first
            == "Actie ‘Afspraak bij de huisarts maken’ (Anna Proef) staat weer open.")
    }

    @Test("een actie over datum en niet gedaan is te laat, maar niet opnieuw als ze het toen al was")
    func teLaat() {
        let later = dag(10)
        let regels = groep(verschil(oud, vandaag: later, oudDatum: vandaag), "Acties")
        #expect(regels == ["Actie ‘Afspraak bij de huisarts maken’ (Anna Proef) is te laat: die had op \(dag(7).tekst) klaar moeten zijn."])
        #expect(verschil(oud, vandaag: later, oudDatum: vandaag).first { $0.kop == "Acties" }?.regels.first?.soort == .teLaat)
        // Already late on the older version's day: nothing new.
        #expect(groep(verschil(oud, vandaag: dag(12), oudDatum: dag(8)), "Acties").isEmpty)
        var gedaan = oud
        gedaan.plan.doelen[0].acties[0].gedaan = dag(6)
        #expect(!groep(verschil(gedaan, vandaag: later, oudDatum: vandaag), "Acties").contains { $0.contains("te laat") })
    }

    @Test("regiekaart: het nieuwe niveau met de reden uit de geschiedenis en de naam uit de methode")
    func regiekaart() throws {
        var nieuw = oud
        nieuw.proces.niveau = 3
        nieuw.proces.niveaugeschiedenis.append(Niveauwijziging(datum: dag(1), van: 2, naar: 3,
                                                               reden: "Zorgen over veiligheid thuis.", door: "Rita Regie"))
        #expect(groep(verschil(nieuw), "Regiekaart")
            == ["Niveau van niveau 2 naar niveau 3 op \(dag(1).tekst), door Rita Regie: Zorgen over veiligheid thuis."])
        let metNamen = groep(verschil(nieuw, methode: try standaardMethode()), "Regiekaart")
        #expect(metNamen.first?.contains("niveau 2 (uit balans) naar niveau 3 (onveilig)") == true)
        var zonder = oud
        zonder.proces.niveau = 1
        #expect(groep(verschil(zonder), "Regiekaart") == ["Niveau van niveau 2 naar niveau 1."])
        // Another regisseur at the same level, or reviewed and kept.
        var gehouden = oud
        gehouden.proces.niveaugeschiedenis.append(Niveauwijziging(datum: dag(1), van: 2, naar: 2, reden: "Andere regisseur.", door: "Rita Regie"))
        #expect(groep(verschil(gehouden), "Regiekaart") == ["Niveau gehouden op niveau 2 op \(dag(1).tekst), door Rita Regie: Andere regisseur."])
    }

    @Test("fase: van en naar met de namen uit de methode, en afgevinkte acties")
    func fase() throws {
        var nieuw = oud
        nieuw.proces.fase = "5a"
        nieuw.proces.afgevinkt = [Afvinking(actie: "4.p1", datum: dag(1), door: "Rita Regie")]
        #expect(groep(verschil(nieuw, methode: try standaardMethode()), "Fase")
            == ["Fase van 4 (Voortgang) naar 5a (Voortgangsoverleg voorbereiden).", "1 actie van de fasen afgevinkt."])
        #expect(groep(verschil(nieuw), "Fase").first == "Fase van 4 naar 5a.")
    }

    @Test("veiligheidsplan: gemaakt, nieuwe score met de vorige, ondertekend en een nieuwe afspraak")
    func veiligheidsplan() {
        var begin = oud
        begin.veiligheidsplan = Veiligheidsplan(schaalvragen: [Schaalscore(id: "s1", persoon: Proef.moeder, cijfer: 4, datum: dag(-7))])
        let gemaakt = groep(verschil(begin), "Veiligheidsplan")
        #expect(gemaakt.first == "Er is een veiligheidsplan gemaakt.")
        #expect(gemaakt.contains("Schaalvraag: Anna Proef geeft een 4 op \(dag(-7).tekst)."))

        var later = begin
        later.veiligheidsplan!.schaalvragen.append(Schaalscore(id: "s2", persoon: Proef.moeder, cijfer: 6, datum: dag(0)))
        later.veiligheidsplan!.ondertekening = [Proef.klantTekent, Proef.professionalTekent]
        later.veiligheidsplan!.afspraken = [Veiligheidsafspraak(id: "af1", wat: "Bij ruzie gaat Bram naar oma.", toezicht: Proef.oma)]
        let regels = Versievergelijking.vergelijk(oud: begin, nieuw: later, vandaag: vandaag).first { $0.kop == "Veiligheidsplan" }?.teksten ?? []
        #expect(regels == [
            "Schaalvraag: Anna Proef geeft een 6 op \(dag(0).tekst) (was 4 op \(dag(-7).tekst)).",
            "Ondertekend door Anna Proef (klant) op \(dag(-1).tekst).",
            "Ondertekend door Rita Regie (professional) op \(dag(-1).tekst).",
            "Het veiligheidsplan is nu ondertekend door klant en professional.",
            "Nieuwe afspraak: ‘Bij ruzie gaat Bram naar oma.’; Oma Proef let erop.",
        ])
        #expect(groep(Versievergelijking.vergelijk(oud: begin, nieuw: oud, vandaag: vandaag), "Veiligheidsplan")
            == ["Het veiligheidsplan is er niet meer."])
    }

    @Test("mensen: erbij en weg, met hun rol")
    func mensen() {
        var nieuw = oud
        nieuw.netwerk.append(Netwerklid(id: "buur", naam: "Gülten Kaya", relatie: "buurvrouw"))
        nieuw.gezinsleden.removeAll { $0.id == Proef.zoon }
        #expect(groep(verschil(nieuw), "Mensen")
            == ["Nieuw in het dossier: Gülten Kaya (buurvrouw).", "Niet meer in het dossier: Bram Proef (zoon)."])
    }

    @Test("volgend overleg: een nieuwe datum staat er met de oude")
    func volgendOverleg() {
        var nieuw = oud
        nieuw.plan.overleggen[0].datum = dag(17)
        #expect(groep(verschil(nieuw), "Volgend overleg") == [
            "Volgend overleg na \(vandaag.tekst): voortgangsoverleg op \(dag(17).tekst) om 10:00 in Wijkcentrum "
                + "(was: voortgangsoverleg op \(dag(10).tekst) om 10:00 in Wijkcentrum).",
        ])
        var geen = oud
        geen.plan.overleggen = []
        #expect(groep(verschil(geen), "Volgend overleg").first?.contains("niet gepland (was: voortgangsoverleg") == true)
    }

    @Test("de groepen staan in een vaste volgorde en de tekst heeft koppen met regels eronder")
    func volgorde() {
        var nieuw = oud
        nieuw.plan.zorgen = []
        nieuw.plan.krachten.append(Uitspraak(id: "k9", spreker: Proef.moeder, citaat: "Ik vraag hulp als het nodig is."))
        nieuw.proces.fase = "5a"
        let groepen = verschil(nieuw)
        #expect(groepen.map(\.kop) == ["Nieuwe krachten", "Zorgen die er niet meer zijn", "Fase"])
        #expect(Versievergelijking.tekst(groepen) == [
            "Nieuwe krachten", "  Anna Proef: “Ik vraag hulp als het nodig is.”", "",
            "Zorgen die er niet meer zijn", "  Dr. Huis: “Anna slaapt slecht.”", "",
            "Fase", "  Fase van 4 naar 5a.",
        ])
    }
}
