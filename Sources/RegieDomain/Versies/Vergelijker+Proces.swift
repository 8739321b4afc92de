import Foundation

// The parts of a comparison beyond krachten, zorgen, goals and actions.
extension Vergelijker {
    // MARK: Regiekaart and phase

    /// "niveau 3 (onveilig)", with the method's name when known.
    func niveau(_ n: Int?) -> String {
        guard let n else { return "geen niveau" }
        guard let naam = methode?.niveau(n)?.naam else { return "niveau \(n)" }
        let kort = naam.split(separator: ":", maxSplits: 1).last.map { $0.trimmingCharacters(in: .whitespaces) } ?? naam
        return kort.isEmpty || kort == naam ? "niveau \(n)" : "niveau \(n) (\(kort))"
    }

    func regiekaart() -> [Verschilregel] {
        let nieuweWijzigingen = nieuw.proces.niveaugeschiedenis.filter { !oud.proces.niveaugeschiedenis.contains($0) }
        var regels = nieuweWijzigingen.map { w -> Verschilregel in
            let wat = w.van == nil ? "Niveau vastgesteld op \(niveau(w.naar))"
                : w.van == w.naar ? "Niveau gehouden op \(niveau(w.naar))" : "Niveau van \(niveau(w.van)) naar \(niveau(w.naar))"
            let reden = w.reden.isEmpty ? "" : ": \(T.kort(w.reden, 80))"
            return .init(.gewijzigd, T.zin("\(wat) op \(w.datum.tekst), door \(w.door)\(reden)"))
        }
        for e in nieuw.proces.escalaties where !oud.proces.escalaties.contains(e) {
            let naam = methode.flatMap { $0.regiekaart.escalatie(e.naar)?.naam } ?? e.naar
            let reden = e.reden.isEmpty ? "" : ": \(T.kort(e.reden, 80))"
            regels.append(.init(.nieuw, T.zin("Geëscaleerd naar \(naam) op \(e.datum.tekst), door \(e.door)\(reden)")))
        }
        if oud.proces.niveau != nieuw.proces.niveau, nieuweWijzigingen.last?.naar != nieuw.proces.niveau {
            regels.append(.init(.gewijzigd, "Niveau van \(niveau(oud.proces.niveau)) naar \(niveau(nieuw.proces.niveau))."))
        }
        return regels
    }

    func fasenaam(_ id: String) -> String {
        methode?.fase(id).map { "\(id) (\($0.naam))" } ?? id
    }

    func fase() -> [Verschilregel] {
        var regels: [Verschilregel] = []
        if oud.proces.fase != nieuw.proces.fase {
            regels.append(.init(.gewijzigd, "Fase van \(fasenaam(oud.proces.fase)) naar \(fasenaam(nieuw.proces.fase))."))
        }
        let oude = Set(oud.proces.afgevinkt.map { "\($0.ronde) \($0.actie)" })
        let erbij = nieuw.proces.afgevinkt.filter { !oude.contains("\($0.ronde) \($0.actie)") }.count
        if erbij > 0 {
            regels.append(.init(.klaar, erbij == 1 ? "1 actie van de fasen afgevinkt." : "\(erbij) acties van de fasen afgevinkt."))
        }
        if nieuw.proces.huidigeRonde > oud.proces.huidigeRonde {
            regels.append(.init(.nieuw, "Ronde \(nieuw.proces.huidigeRonde) van de voortgang is begonnen."))
        }
        for v in nieuw.proces.veiligheidsvragen.dropFirst(oud.proces.veiligheidsvragen.count) {
            regels.append(.init(v.antwoord == .ja ? .teLaat : .gewijzigd,
                                "Signalen van onveiligheid bij fase \(v.fase): \(v.antwoord.tekst)."))
        }
        if oud.isAfgesloten != nieuw.isAfgesloten {
            regels.append(.init(.gewijzigd, nieuw.isAfgesloten ? "Het huishouden is afgesloten." : "Het huishouden is heropend."))
        }
        return regels
    }

    // MARK: Veiligheidsplan

    func veiligheidsplan() -> [Verschilregel] {
        switch (oud.veiligheidsplan, nieuw.veiligheidsplan) {
        case (nil, nil): return []
        case (.some, nil): return [.init(.weg, "Het veiligheidsplan is er niet meer.")]
        case (nil, let n?): return [.init(.nieuw, "Er is een veiligheidsplan gemaakt.")] + veiligheid(Veiligheidsplan(), n)
        case (let o?, let n?): return veiligheid(o, n)
        }
    }

    func veiligheid(_ o: Veiligheidsplan, _ n: Veiligheidsplan) -> [Verschilregel] {
        var regels = schaalscores(o, n)
        let oudeTekens = Set(o.ondertekening.map(\.id)), nieuweTekens = Set(n.ondertekening.map(\.id))
        for t in n.ondertekening where !oudeTekens.contains(t.id) {
            regels.append(.init(.klaar, "Ondertekend door \(t.naam) (\(t.hoedanigheid.tekst)) op \(t.datum.tekst)."))
        }
        for t in o.ondertekening where !nieuweTekens.contains(t.id) {
            regels.append(.init(.weg, "De handtekening van \(t.naam) (\(t.hoedanigheid.tekst)) staat er niet meer."))
        }
        if !o.isOndertekend, n.isOndertekend {
            regels.append(.init(.klaar, "Het veiligheidsplan is nu ondertekend door klant en professional."))
        } else if o.isOndertekend, !n.isOndertekend {
            regels.append(.init(.weg, "Het veiligheidsplan is niet meer door klant en professional ondertekend."))
        }
        let oudeAfspraken = Dictionary(o.afspraken.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let nieuweAfspraken = Set(n.afspraken.map(\.id))
        for a in n.afspraken {
            if let vorige = oudeAfspraken[a.id] {
                if vorige.wat != a.wat { regels.append(.init(.gewijzigd, "Afspraak gewijzigd: \(T.oudNieuw(vorige.wat, a.wat)).")) }
            } else {
                regels.append(.init(.nieuw, "Nieuwe afspraak: \(T.tussen(a.wat, 70))\(toezicht(a))."))
            }
        }
        for a in o.afspraken where !nieuweAfspraken.contains(a.id) {
            regels.append(.init(.weg, "Afspraak \(T.tussen(a.wat)) staat er niet meer in."))
        }
        if o.evaluatiedatum != n.evaluatiedatum {
            regels.append(.init(.gewijzigd, "Evaluatiedatum van \(o.evaluatiedatum?.tekst ?? "geen") naar \(n.evaluatiedatum?.tekst ?? "geen")."))
        }
        for ((veld, oude), (_, nieuwe)) in zip(o.uitspraakLijsten, n.uitspraakLijsten) {
            let oudeIds = Set(oude.map(\.id)), nieuweIds = Set(nieuwe.map(\.id))
            for u in nieuwe where !oudeIds.contains(u.id) {
                regels.append(.init(.nieuw, "Nieuw bij \(veld): \(T.uitspraak(u, nieuw, oud))"))
            }
            for u in oude where !nieuweIds.contains(u.id) {
                regels.append(.init(.weg, "Niet meer bij \(veld): \(T.uitspraak(u, nieuw, oud))"))
            }
        }
        return regels
    }

    /// ", Thijs let erop", when someone sees to it.
    func toezicht(_ a: Veiligheidsafspraak) -> String {
        a.toezicht.flatMap { naam($0) }.map { "; \($0) let erop" } ?? ""
    }

    /// New scores on the safety scale, with the person's score before when there was one.
    func schaalscores(_ o: Veiligheidsplan, _ n: Veiligheidsplan) -> [Verschilregel] {
        let oude = Dictionary(o.schaalvragen.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let nieuweIds = Set(n.schaalvragen.map(\.id))
        var regels: [Verschilregel] = []
        for s in n.schaalvragen.sorted(by: { $0.datum < $1.datum }) {
            let wie = naam(s.persoon) ?? "Iemand"
            if let vorige = oude[s.id] {
                if vorige.cijfer != s.cijfer {
                    regels.append(.init(.gewijzigd, "Schaalvraag: de score van \(wie) van \(s.datum.tekst) is nu \(s.cijfer) (was \(vorige.cijfer))."))
                }
                continue
            }
            let eerder = o.schaalvragen.filter { $0.persoon == s.persoon && $0.datum <= s.datum }.max { $0.datum < $1.datum }
            let was = eerder.map { " (was \($0.cijfer) op \($0.datum.tekst))" } ?? ""
            regels.append(.init(.nieuw, "Schaalvraag: \(wie) geeft een \(s.cijfer) op \(s.datum.tekst)\(was)."))
        }
        for s in o.schaalvragen where !nieuweIds.contains(s.id) {
            regels.append(.init(.weg, "De score \(s.cijfer) van \(naam(s.persoon) ?? "iemand") op \(s.datum.tekst) staat er niet meer."))
        }
        return regels
    }

    // MARK: People, next overleg, texts

    func mensen() -> [Verschilregel] {
        let oude = Dictionary(oud.personen.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let nieuweIds = Set(nieuw.personen.map(\.id))
        func metRol(_ p: Persoon) -> String { p.rol.isEmpty ? p.naam : "\(p.naam) (\(p.rol))" }
        var regels: [Verschilregel] = []
        for p in nieuw.personen {
            guard let o = oude[p.id] else {
                regels.append(.init(.nieuw, "Nieuw in het dossier: \(metRol(p))."))
                continue
            }
            if o.naam != p.naam { regels.append(.init(.gewijzigd, "Naam gewijzigd: \(T.oudNieuw(o.naam, p.naam)).")) }
            if o.rol != p.rol { regels.append(.init(.gewijzigd, "Rol van \(p.naam): \(T.oudNieuw(o.rol, p.rol)).")) }
        }
        for p in oud.personen where !nieuweIds.contains(p.id) {
            regels.append(.init(.weg, "Niet meer in het dossier: \(metRol(p))."))
        }
        return regels
    }

    /// The first overleg after the newer version's day, in each plan.
    func volgendOverleg() -> [Verschilregel] {
        let morgen = vandaag.plus(dagen: 1) ?? vandaag
        let o = oud.volgendOverleg(vandaag: morgen), n = nieuw.volgendOverleg(vandaag: morgen)
        func sleutel(_ x: Overleg?) -> [String] { [x?.id ?? "", x?.datum?.iso ?? "", x?.tijd?.tekst ?? "", x?.locatie ?? ""] }
        guard sleutel(o) != sleutel(n) else { return [] }
        return [.init(.gewijzigd, "Volgend overleg na \(vandaag.tekst): \(overleg(n)) (was: \(overleg(o))).")]
    }

    /// "voortgangsoverleg op 07-12-2026 om 14:00 in Wijkcentrum De Brug", or "niet gepland".
    func overleg(_ x: Overleg?) -> String {
        guard let x, let datum = x.datum else { return "niet gepland" }
        let tijd = x.tijd.map { " om \($0.tekst)" } ?? ""
        let waar = x.locatie.isEmpty ? "" : " in \(T.kort(x.locatie, 40))"
        return "\(x.soort.tekst) op \(datum.tekst)\(tijd)\(waar)"
    }

    func plantekst() -> [Verschilregel] {
        let velden: [(String, KeyPath<Ondersteuningsplan, String>)] = [
            ("Aanleiding", \.aanleiding), ("Integrale analyse", \.integraleAnalyse),
            ("Gewenst resultaat", \.gewenstResultaat), ("Samenvatting", \.samenvatting),
        ]
        var regels = velden.compactMap { naam, pad -> Verschilregel? in
            let a = oud.plan[keyPath: pad], b = nieuw.plan[keyPath: pad]
            return a == b ? nil : .init(.gewijzigd, "\(naam) gewijzigd: \(T.oudNieuw(a, b)).")
        }
        if oud.plan.zorgenBasiszorgVeiligheid != nieuw.plan.zorgenBasiszorgVeiligheid {
            let a = oud.plan.zorgenBasiszorgVeiligheid?.tekst ?? "onbekend", b = nieuw.plan.zorgenBasiszorgVeiligheid?.tekst ?? "onbekend"
            regels.append(.init(.gewijzigd, "Zorgen over basiszorg of veiligheid: \(b) (was \(a))."))
        }
        return regels
    }
}
