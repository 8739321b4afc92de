import RegieDomain
import Screen

/// The scale question (asked again at every overleg, so each person has a history) and
/// the signatures (who signed, in which capacity, when).
extension VeiligheidScherm {
    // MARK: Scale question

    static func schaalvraag(_ d: Dossier, _ vandaag: Datum) -> [Onderdeel] {
        var onderdelen: [Onderdeel] = [
            .uitleg(Deel.schaalvraag.vraag + " Vraag het bij elk overleg opnieuw."),
            .uitleg("Per persoon, van oud naar nieuw", .title),
        ]
        let regels = geschiedenis(d)
        onderdelen += regels.isEmpty ? [.uitleg("Nog geen cijfers. \(toets: FormulierActie.toevoegen): een cijfer toevoegen.")] : regels.map { .uitleg($0, .text) }
        onderdelen.append(.lijst(schaalscores(vandaag)))
        return onderdelen
    }

    /// One line per person: "Sanne de Jong: 4 (02-11) → 6 (23-11)", in the order of the dossier's people.
    static func geschiedenis(_ d: Dossier) -> [String] {
        let scores = d.veiligheidsplanInFormulier.schaalvragen
        var wie: [String?] = []
        for s in scores where !wie.contains(s.persoon) { wie.append(s.persoon) }
        let volgorde = d.personen.map(\.id)
        let plek = { (id: String?) in id.flatMap { volgorde.firstIndex(of: $0) } ?? volgorde.count }
        return wie.enumerated().sorted { (plek($0.element), $0.offset) < (plek($1.element), $1.offset) }.map { _, id in
            let reeks = scores.enumerated().filter { $0.element.persoon == id }
                .sorted { ($0.element.datum, $0.offset) < ($1.element.datum, $1.offset) }
                .map { "\($0.element.cijfer) (\(Planlijsten.kort($0.element.datum)))" }
            let getoond = reeks.count > 8 ? ["…"] + reeks.suffix(8) : reeks
            return "\(d.naam(van: id)): " + getoond.joined(separator: " → ")
        }
    }

    static func schaalscores(_ vandaag: Datum) -> Lijst {
        Planlijsten.lijst(\Dossier.veiligheidsplanInFormulier.schaalvragen, id: "schaalvragen", titel: "Alle cijfers", enkelvoud: "cijfer",
            regel: { d, s in
                "\(d.naam(van: s.persoon)): \(s.cijfer) · \(s.datum.tekst)" + (s.toelichting.isEmpty ? "" : " · \(s.toelichting.singleLine)")
            },
            kop: { d, s in "Cijfer van \(d.naam(van: s.persoon))" },
            velden: { d, p in [
                .veld(.persoon("persoon", "Wie", p.appending(path: \.persoon))),
                .veld(.cijfer("cijfer", "Cijfer", p.appending(path: \.cijfer), bereik: Schaalscore.bereik,
                              uitleg: "0 = levensbedreigend, 10 = veilig genoeg om af te sluiten")),
                .veld(.tekst("toelichting", "Toelichting", p.appending(path: \.toelichting), uitleg: "Waarom dit cijfer, in eigen woorden.")),
                .veld(.datum("datum", "Datum", verplicht: p.appending(path: \.datum))),
                .veld(overlegVeld(d, p.appending(path: \.overleg))),
            ] },
            nieuw: .metPersoon(vraag: "Wie geeft een cijfer?") { d, wie in
                // The person's previous score as a start, so "unchanged" is one Enter; today's overleg if there is one.
                let vorige = wie.flatMap { d.veiligheidsplanInFormulier.schaalgeschiedenis(van: $0).last?.cijfer }
                let overleg = d.plan.overleggen.first { $0.datum == vandaag }?.id
                d.veiligheidsplanInFormulier.schaalvragen.append(
                    Schaalscore(persoon: wie, cijfer: vorige ?? 5, datum: vandaag, overleg: overleg))
            })
            .focus(op: "cijfer")
    }

    /// The overleg where the score was given, chosen from the plan's meetings.
    static func overlegVeld(_ d: Dossier, _ pad: WritableKeyPath<Dossier, String?>) -> Veld {
        let overleggen = d.plan.overleggen
        var namen: [String] = []
        for o in overleggen {
            let naam = [o.soort.tekst, o.datum?.tekst ?? "zonder datum"].joined(separator: " ")
            namen.append(namen.contains(naam) ? "\(naam) (\(namen.count + 1))" : naam)
        }
        let geen = "geen"
        // A meeting that was removed keeps its reference until the user picks another.
        let weg = d[keyPath: pad].flatMap { id in overleggen.contains { $0.id == id } ? nil : id }
        let verdwenen = "(verwijderd overleg)"
        return Veld(id: "overleg", titel: "Bij overleg", soort: .keuze([geen] + namen + (weg == nil ? [] : [verdwenen])),
                    uitleg: "Bij welk overleg is het cijfer gegeven? (← →)",
                    lees: { d in
                        guard let id = d[keyPath: pad] else { return geen }
                        return overleggen.firstIndex { $0.id == id }.map { namen[$0] } ?? verdwenen
                    },
                    schrijf: { d, tekst in
                        if tekst == verdwenen { d[keyPath: pad] = weg; return }
                        d[keyPath: pad] = namen.firstIndex(of: tekst).map { overleggen[$0].id }
                    })
    }

    // MARK: Signing

    static func ondertekening(_ d: Dossier, _ vandaag: Datum) -> [Onderdeel] {
        let vp = d.veiligheidsplanInFormulier
        let klant = vp.ondertekening.contains { $0.hoedanigheid != .professional }
        let professional = vp.ondertekening.contains { $0.hoedanigheid == .professional }
        return [
            .veld(.datum("evaluatiedatum", "Evaluatie op", \.veiligheidsplanInFormulier.evaluatiedatum,
                         uitleg: "Wanneer wordt het plan (opnieuw) geëvalueerd?")),
            .uitleg(Deel.ondertekening.vraag),
            .uitleg("\(klant ? "[x]" : "[ ]") klant/wettelijk vertegenwoordiger  \(professional ? "[x]" : "[ ]") professional",
                    klant && professional ? .success : .warning),
            .lijst(handtekeningen(vandaag)),
        ]
    }

    static func handtekeningen(_ vandaag: Datum) -> Lijst {
        Planlijsten.lijst(\Dossier.veiligheidsplanInFormulier.ondertekening, id: "ondertekening", titel: "Ondertekend door",
            enkelvoud: "ondertekening",
            regel: { _, o in "\(o.naam.isEmpty ? "(naam nog leeg)" : o.naam) · \(o.hoedanigheid.tekst) · \(o.datum.tekst)" },
            kop: { _, o in "Ondertekening \(o.naam)" },
            velden: { _, p in [
                .veld(Veld(id: "persoon", titel: "Wie", soort: .persoon, uitleg: "Kies de persoon; de naam wordt dan ingevuld.",
                           lees: { $0[keyPath: p].persoon ?? "" },
                           schrijf: { d, id in
                               d[keyPath: p].persoon = id.isEmpty ? nil : id
                               if let persoon = d.persoon(id) { d[keyPath: p].naam = persoon.naam }
                           })),
                .veld(.regel("naam", "Naam", p.appending(path: \.naam), verplicht: true)),
                .veld(.keuze("hoedanigheid", "Als", p.appending(path: \.hoedanigheid), tekst: \.tekst)),
                .veld(.datum("datum", "Datum", verplicht: p.appending(path: \.datum))),
            ] },
            nieuw: .metPersoon(vraag: "Wie ondertekent?") { d, wie in
                let persoon = d.persoon(wie)
                let soort: Hoedanigheid = persoon.map { $0.soort == .professional || $0.soort == .regisseur } == true ? .professional : .klant
                d.veiligheidsplanInFormulier.ondertekening.append(
                    Ondertekening(persoon: wie, naam: persoon?.naam ?? "", hoedanigheid: soort, datum: vandaag))
            })
            .focus(op: "hoedanigheid")
    }
}
