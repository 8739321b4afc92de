import Foundation

/// The method's quality criteria for the plan (000 l.379–386, 2747–2822; part B results 1, 2
/// and 8) that the plan check looks at beyond who-said-what: the plan's own texts filled, the
/// household's own words, custody of a minor, a planned overleg with a time and place, and
/// the parts of a veiligheidsplan that must be there.
extension Dossier {
    /// Gezinsleden younger than this are not expected to be quoted in the plan.
    public static let leeftijdGehoord = 4
    /// From this age a gezinslid is of age, and needs no one with custody.
    public static let meerderjarig = 18

    /// Whether the plan should be complete: the startoverleg was held (its date passed or
    /// the meeting was closed), or the household is in the phases after it (the first phase
    /// that is worked again per round, 4, or later).
    func planIsGemaakt(_ methode: Methode, vandaag: Datum) -> Bool {
        let startGehouden = plan.overleggen.contains { o in
            o.soort == .start && o.nietDoorgegaan != true
                && (o.verloop.map { !$0.loopt } ?? false || (o.verloop == nil && (o.datum.map { $0 < vandaag } ?? false)))
        }
        guard !startGehouden else { return true }
        guard let hier = methode.plaats(van: proces.fase),
              let voortgang = methode.fasen.firstIndex(where: \.herhaalt) else { return false }
        return hier >= voortgang
    }

    /// Everyone of the household whose own words are somewhere in the plans: a kracht or
    /// zorg, a quote in the veiligheidsplan, a score on the schaalvraag, or what they said at
    /// an overleg about how it goes or how the meeting was.
    var gehoordeGezinsleden: Set<String> {
        var ids = Set((plan.krachten + plan.zorgen).compactMap(\.spreker))
        if let vp = veiligheidsplan {
            ids.formUnion(vp.uitspraakLijsten.flatMap(\.uitspraken).compactMap(\.spreker))
            ids.formUnion(vp.schaalvragen.compactMap(\.persoon))
        }
        for o in plan.overleggen {
            guard let v = o.verloop else { continue }
            ids.formUnion((v.hoeGaatHet + v.ervaring).compactMap(\.spreker))
        }
        return ids.intersection(gezinsleden.map(\.id))
    }

    /// The plan's own texts, custody, and the household's own words. A closed household is
    /// not asked to fill in its plan any more.
    func kwaliteitsbevindingen(_ methode: Methode, vandaag: Datum) -> [Bevinding] {
        var b: [Bevinding] = []
        guard !isAfgesloten else { return b }
        func leeg(_ s: String) -> Bool { s.allSatisfy { $0.isWhitespace } }

        for g in gezinsleden {
            guard let geboren = g.geboortedatum, leeg(g.gezag) else { continue }
            let leeftijd = vandaag.leeftijd(geboren: geboren)
            if leeftijd >= 0, leeftijd < Self.meerderjarig {
                b.append(Bevinding(.gezagOntbreekt, .gezinslid(g.id),
                                   "\(naamOfGezinslid(g)) is \(leeftijd) jaar; vul in wie het gezag heeft (bijvoorbeeld \"beide ouders\" of \"moeder\")."))
            }
        }

        if leeg(plan.aanleiding) {
            b.append(Bevinding(.aanleidingLeeg, .plandeel(.aanleiding),
                               "De aanleiding is nog leeg. Schrijf op waarom regie begon: de vraag of de zorg, in de woorden van het huishouden."))
        }
        guard planIsGemaakt(methode, vandaag: vandaag) else { return b }
        if leeg(plan.integraleAnalyse) {
            b.append(Bevinding(.analyseLeeg, .plandeel(.integraleAnalyse),
                               "De integrale analyse is nog leeg. Beschrijf hoe de krachten en zorgen met elkaar samenhangen en wat ze betekenen voor het hele huishouden."))
        }
        if leeg(plan.gewenstResultaat) {
            b.append(Bevinding(.gewenstResultaatLeeg, .plandeel(.gewenstResultaat),
                               "Het gewenste resultaat is nog leeg. Schrijf op waar het huishouden samen naartoe wil."))
        }
        if leeg(plan.samenvatting) {
            b.append(Bevinding(.samenvattingLeeg, .plandeel(.samenvatting),
                               "Het plan heeft nog geen samenvatting. Vat het in een paar zinnen samen, in gewone woorden."))
        }

        guard !gezinsleden.isEmpty else { return b }
        let leden = Set(gezinsleden.map(\.id))
        if !(plan.krachten + plan.zorgen).contains(where: { $0.spreker.map(leden.contains) ?? false }) {
            b.append(Bevinding(.geenEigenWoorden, .plandeel(.krachten),
                               "Geen enkele kracht of zorg komt van iemand uit het huishouden. Vraag eerst de klant en de gezinsleden wat er goed gaat en wat hun zorgen zijn, en noteer het in hun eigen woorden."))
            return b
        }
        let gehoord = gehoordeGezinsleden
        for g in gezinsleden where !gehoord.contains(g.id) {
            if let geboren = g.geboortedatum, vandaag.leeftijd(geboren: geboren) < Self.leeftijdGehoord { continue }
            b.append(Bevinding(.gezinslidNietGehoord, .gezinslid(g.id),
                               "\(naamOfGezinslid(g)) komt nog nergens in het plan aan het woord. Vraag ook haar of hem wat er goed gaat en waar zorgen over zijn; bij een kind kan dat met een tekening of een paar eenvoudige vragen."))
        }
        return b
    }

    /// A planned overleg needs a time and a place; a meeting is not left running.
    func overlegbevindingen(vandaag: Datum) -> [Bevinding] {
        var b: [Bevinding] = []
        for o in plan.overleggen {
            if let v = o.verloop, v.loopt, let begin = Datum(dagnummer: Self.dagnummer(v.begin)), begin < vandaag {
                b.append(Bevinding(.overlegNietAfgesloten, .overleg(o.id),
                                   "Het \(o.soort.tekst) van \(begin.tekst) staat nog open. Sluit het af in het tabblad Overleg: dan staat vast wat er besproken is en wanneer het volgende overleg is."))
                continue
            }
            guard !isAfgesloten, o.verloop == nil, o.nietDoorgegaan != true, let datum = o.datum, datum >= vandaag else { continue }
            var mist: [String] = []
            if o.tijd == nil { mist.append("de tijd") }
            if o.locatie.allSatisfy(\.isWhitespace) { mist.append("de plaats") }
            if !mist.isEmpty {
                b.append(Bevinding(.overlegTijdOfPlaatsOntbreekt, .overleg(o.id),
                                   "Bij het \(o.soort.tekst) van \(datum.tekst) ontbreekt \(Self.lijst(mist)). Vul dat aan: een uitnodiging noemt datum, tijd en plaats."))
            }
        }
        return b
    }

    /// The parts of a running veiligheidsplan that must be there, and the goal the
    /// doelencheck says is in the ondersteuningsplan.
    func veiligheidsplanbevindingen(_ vp: Veiligheidsplan) -> [Bevinding] {
        var b: [Bevinding] = []
        if vp.doelencheck.afsprakenNakomen, !plan.doelen.contains(where: { Self.noemtVeiligheidsafspraken($0.omschrijving) }) {
            b.append(Bevinding(.doelencheckZonderDoel, .doelencheck,
                               "In de doelencheck is aangevinkt dat het ondersteuningsplan het doel \"ik houd mij aan de veiligheidsafspraken\" heeft, maar geen doel zegt dat. "
                               + "Voeg het doel toe (bijvoorbeeld \"Wij houden ons aan de veiligheidsafspraken\") of haal het vinkje weg."))
        }
        for a in vp.afspraken where a.alsNietNagekomen.allSatisfy(\.isWhitespace) {
            b.append(Bevinding(.afspraakZonderGevolg, .afspraak(a.id), "Bij deze afspraak staat niet wat er gebeurt als ze niet wordt nagekomen."))
        }
        guard vp.afgerond == nil, !isAfgesloten else { return b }
        if vp.bestaandeVeiligheid.isEmpty {
            b.append(Bevinding(.geenBestaandeVeiligheid, .veiligheidsdeel(.bestaandeVeiligheid),
                               "Het veiligheidsplan noemt nog niet wat er nu al veiligheid geeft. Vraag het huishouden en het netwerk wat helpt als het spannend wordt."))
        }
        if vp.schaalvragen.isEmpty {
            b.append(Bevinding(.geenSchaalvraag, .veiligheidsdeel(.schaalvraag),
                               "De schaalvraag is nog niet gesteld. Vraag iedereen een cijfer van 0 tot 10 voor hoe veilig het nu is."))
        }
        if vp.contacten.isEmpty {
            b.append(Bevinding(.geenVeiligheidscontact, .veiligheidsdeel(.contacten),
                               "Het veiligheidsplan heeft nog geen contacten. Schrijf op wie het huishouden belt, en wanneer (denk aan het netwerk, Veilig Thuis en 112)."))
        }
        return b
    }

    /// Whether a goal says the household keeps to the safety agreements: it speaks of
    /// "veiligheidsafspraken", or of "afspraken" together with safety.
    public static func noemtVeiligheidsafspraken(_ tekst: String) -> Bool {
        let woorden = Formulering.woorden(tekst)
        if woorden.contains(where: { $0.hasPrefix("veiligheidsafspra") }) { return true }
        return woorden.contains { $0.hasPrefix("afspra") } && woorden.contains { $0.hasPrefix("veilig") }
    }

    /// The day (counted as `Datum.dagnummer`) of a moment, in UTC.
    static func dagnummer(_ t: Tijdstip) -> Int {
        t.seconden >= 0 ? t.seconden / 86_400 : (t.seconden - 86_399) / 86_400
    }

    func naamOfGezinslid(_ g: Gezinslid) -> String {
        g.naam.allSatisfy(\.isWhitespace) ? "Een gezinslid" : g.naam
    }

    /// Notes the day a goal's status changed, going from `oud` to this dossier, so the plan
    /// check can tell an action done after a goal was marked "niet bereikt".
    public mutating func noteerDoelstatus(sinds oud: Dossier, vandaag: Datum) {
        let vorige = Dictionary(oud.plan.doelen.map { ($0.id, $0.status) }, uniquingKeysWith: { a, _ in a })
        for i in plan.doelen.indices {
            let d = plan.doelen[i]
            if let was = vorige[d.id], was != d.status { plan.doelen[i].statusSinds = vandaag }
        }
    }
}
