/// Compares two versions of a household's dossier and says what changed, in plain Dutch:
/// krachten and zorgen, goals, actions, the regiekaart level, the phase, the
/// veiligheidsplan, the people and the next overleg. Records are matched by `id`, so an
/// edited kracht shows as changed, not as one removed and one new.
public enum Versievergelijking {
    public static let geenVerschillen = "Er is niets veranderd tussen deze twee versies."

    /// - Parameters:
    ///   - oud: the older version; `nieuw`: the newer one.
    ///   - vandaag: the day of the newer version (today for the working version). Actions
    ///     past their date on that day and not done are late.
    ///   - oudDatum: the day of the older version. An action that was late then already is
    ///     not reported again; nil reports every late action.
    ///   - methode: for the names of phases and levels; without it only their numbers show.
    /// - Returns: the groups with changes, in a fixed order; empty when nothing changed.
    public static func vergelijk(oud: Dossier, nieuw: Dossier, vandaag: Datum, oudDatum: Datum? = nil,
                                 methode: Methode? = nil) -> [Verschilgroep] {
        let v = Vergelijker(oud: oud, nieuw: nieuw, vandaag: vandaag, oudDatum: oudDatum, methode: methode)
        let groepen: [(String, [Verschilregel])] = [
            ("Nieuwe krachten", v.nieuw(\.plan.krachten)),
            ("Krachten niet meer genoemd", v.weg(\.plan.krachten)),
            ("Krachten aangepast", v.aangepast(\.plan.krachten, soort: "kracht")),
            ("Nieuwe zorgen", v.nieuw(\.plan.zorgen)),
            ("Zorgen die er niet meer zijn", v.weg(\.plan.zorgen)),
            ("Zorgen aangepast", v.aangepast(\.plan.zorgen, soort: "zorg")),
            ("Doelen", v.doelen()),
            ("Acties", v.acties()),
            ("Regiekaart", v.regiekaart()),
            ("Fase", v.fase()),
            ("Veiligheidsplan", v.veiligheidsplan()),
            ("Mensen", v.mensen()),
            ("Volgend overleg", v.volgendOverleg()),
            ("Tekst van het plan", v.plantekst()),
        ]
        return groepen.filter { !$0.1.isEmpty }.map { Verschilgroep(kop: $0.0, regels: $0.1) }
    }

    /// The groups as lines of text: a heading, its sentences, an empty line between
    /// groups; the plain sentence `geenVerschillen` when nothing changed.
    public static func tekst(_ groepen: [Verschilgroep]) -> [String] {
        guard !groepen.isEmpty else { return [geenVerschillen] }
        return groepen.enumerated().flatMap { n, g in (n == 0 ? [] : [""]) + [g.kop] + g.regels.map { "  " + $0.tekst } }
    }
}

/// The work of one comparison.
struct Vergelijker {
    let oud: Dossier
    let nieuw: Dossier
    let vandaag: Datum
    let oudDatum: Datum?
    let methode: Methode?

    typealias T = Verschiltekst

    func naam(_ id: String?) -> String? { T.naam(id, nieuw, oud) }

    /// " (Anna)", or nothing when nobody is chosen.
    func wie(_ id: String?) -> String { naam(id).map { " (\($0))" } ?? "" }

    // MARK: Krachten and zorgen

    func nieuw(_ pad: KeyPath<Dossier, [Uitspraak]>) -> [Verschilregel] {
        let oudeIds = Set(oud[keyPath: pad].map(\.id))
        return nieuw[keyPath: pad].filter { !oudeIds.contains($0.id) }.map { .init(.nieuw, T.uitspraak($0, nieuw, oud)) }
    }

    func weg(_ pad: KeyPath<Dossier, [Uitspraak]>) -> [Verschilregel] {
        let nieuweIds = Set(nieuw[keyPath: pad].map(\.id))
        return oud[keyPath: pad].filter { !nieuweIds.contains($0.id) }.map { .init(.weg, T.uitspraak($0, nieuw, oud)) }
    }

    func aangepast(_ pad: KeyPath<Dossier, [Uitspraak]>, soort: String) -> [Verschilregel] {
        let oude = Dictionary(oud[keyPath: pad].map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        return nieuw[keyPath: pad].compactMap { n in
            guard let o = oude[n.id], o != n else { return nil }
            return .init(.gewijzigd, uitspraakGewijzigd(o, n, soort: soort))
        }
    }

    /// "Kracht van Sanne gewijzigd: ‘…’ → ‘…’." with the fields that changed.
    func uitspraakGewijzigd(_ o: Uitspraak, _ n: Uitspraak, soort: String) -> String {
        var delen: [String] = []
        if o.citaat != n.citaat { delen.append(T.oudNieuw(o.citaat, n.citaat)) }
        if o.sinds != n.sinds { delen.append("sinds " + T.oudNieuw(o.sinds, n.sinds)) }
        if o.gevolgen != n.gevolgen { delen.append("gevolgen " + T.oudNieuw(o.gevolgen, n.gevolgen)) }
        if o.leefgebied != n.leefgebied { delen.append("leefgebied " + T.oudNieuw(leefgebied(o.leefgebied), leefgebied(n.leefgebied))) }
        if o.spreker != n.spreker {
            delen.append("nu gezegd door \(naam(n.spreker) ?? "niemand") (was \(naam(o.spreker) ?? "niemand"))")
        }
        let van = naam(n.spreker).map { " van \($0)" } ?? ""
        let over = o.citaat == n.citaat ? " \(T.tussen(n.citaat, 40))" : ""
        return "\(soort.prefix(1).uppercased() + soort.dropFirst())\(van)\(over) gewijzigd: \(delen.joined(separator: "; "))."
    }

    /// A leefgebied by its name ("Wonen"), by its id without the method, "geen" without one.
    func leefgebied(_ id: String?) -> String {
        guard let id else { return "geen" }
        return methode?.leefgebied(id)?.naam ?? id
    }

    // MARK: Goals and actions

    func doelen() -> [Verschilregel] {
        let oude = Dictionary(oud.plan.doelen.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let nieuweIds = Set(nieuw.plan.doelen.map(\.id))
        var regels: [Verschilregel] = []
        for n in nieuw.plan.doelen {
            guard let o = oude[n.id] else {
                let status = n.status == .nogNietBereikt ? "" : " (\(n.status.tekst))"
                regels.append(.init(.nieuw, "Nieuw doel: \(T.tussen(n.omschrijving))\(status)."))
                continue
            }
            if o.omschrijving != n.omschrijving {
                regels.append(.init(.gewijzigd, "Doel gewijzigd: \(T.oudNieuw(o.omschrijving, n.omschrijving))."))
            }
            if o.leefgebied != n.leefgebied {
                regels.append(.init(.gewijzigd, "Doel \(T.tussen(n.omschrijving)): leefgebied \(T.oudNieuw(leefgebied(o.leefgebied), leefgebied(n.leefgebied)))."))
            }
            if o.status != n.status {
                if n.status == .bereikt {
                    regels.append(.init(.klaar, "Doel \(T.tussen(n.omschrijving)) is bereikt."))
                } else {
                    regels.append(.init(.gewijzigd, "Doel \(T.tussen(n.omschrijving)): status van ‘\(o.status.tekst)’ naar ‘\(n.status.tekst)’."))
                }
            }
        }
        for o in oud.plan.doelen where !nieuweIds.contains(o.id) {
            regels.append(.init(.weg, "Doel \(T.tussen(o.omschrijving)) staat niet meer in het plan."))
        }
        return regels
    }

    func acties() -> [Verschilregel] {
        let oude = Dictionary(oud.alleActies.map { ($0.actie.id, $0.actie) }, uniquingKeysWith: { a, _ in a })
        let nieuweIds = Set(nieuw.alleActies.map(\.actie.id))
        var regels: [Verschilregel] = []
        for n in nieuw.alleActies.map(\.actie) {
            let naam = "Actie \(T.tussen(n.wat))\(wie(n.wie))"
            if let o = oude[n.id] {
                regels += actieGewijzigd(o, n)
            } else {
                let wanneer = n.ritmeTekst.map { ", \($0)" } ?? n.wanneer.map { ", uiterlijk \($0.tekst)" } ?? ""
                let gedaan = n.gedaan.map { n.ritmeTekst == nil ? ", al gedaan op \($0.tekst)" : ", laatst gedaan op \($0.tekst)" } ?? ""
                regels.append(.init(.nieuw, "Nieuwe actie \(T.tussen(n.wat))\(wie(n.wie))\(wanneer)\(gedaan)."))
            }
            if n.isTeLaat(vandaag: vandaag), let deadline = n.deadline,
               !(oude[n.id].map { o in oudDatum.map { o.isTeLaat(vandaag: $0) } ?? false } ?? false) {
                regels.append(.init(.teLaat, "\(naam) is te laat: die had op \(deadline.tekst) klaar moeten zijn."))
            }
        }
        for (_, o) in oud.alleActies where !nieuweIds.contains(o.id) {
            regels.append(.init(.weg, "Actie \(T.tussen(o.wat))\(wie(o.wie)) staat niet meer in het plan."))
        }
        return regels
    }


    func actieGewijzigd(_ o: Actie, _ n: Actie) -> [Verschilregel] {
        var regels: [Verschilregel] = []
        let naam = "Actie \(T.tussen(n.wat))\(wie(n.wie))"
        if o.wat != n.wat { regels.append(.init(.gewijzigd, "Actie gewijzigd: \(T.oudNieuw(o.wat, n.wat)).")) }
        if o.wie != n.wie {
            regels.append(.init(.gewijzigd, "Actie \(T.tussen(n.wat)) is nu voor \(self.naam(n.wie) ?? "niemand") (was \(self.naam(o.wie) ?? "niemand"))."))
        }
        if o.wanneer != n.wanneer {
            let oudeDag = o.wanneer?.tekst ?? "geen datum", nieuweDag = n.wanneer?.tekst ?? "geen datum"
            regels.append(.init(.gewijzigd, "\(naam): datum van \(oudeDag) naar \(nieuweDag)."))
        }
        if o.herhaling?.ritme != n.herhaling?.ritme || o.herhaling?.tijd != n.herhaling?.tijd || o.herhaling?.tot != n.herhaling?.tot {
            regels.append(.init(.gewijzigd, "\(naam) herhaalt \(n.ritmeTekst ?? "niet meer") (was: \(o.ritmeTekst ?? "eenmalig"))."))
        }
        if n.herhaling != nil, o.gedaan != n.gedaan {
            // One that repeats: the latest time marked done moved.
            regels.append(.init(n.gedaan.map { g in o.gedaan.map { g > $0 } ?? true } ?? false ? .klaar : .gewijzigd,
                                "\(naam): laatst gedaan op \(n.gedaan?.tekst ?? "nog geen keer") (was \(o.gedaan?.tekst ?? "nog geen keer"))."))
            return regels
        }
        switch (o.gedaan, n.gedaan) {
        case (nil, let dag?): regels.append(.init(.klaar, "\(naam) is gedaan op \(dag.tekst)."))
        case (.some, nil): regels.append(.init(.gewijzigd, "\(naam) staat weer open."))
        case (let a?, let b?) where a != b: regels.append(.init(.gewijzigd, "\(naam): gedaan op \(b.tekst) (was \(a.tekst))."))
        default: break
        }
        return regels
    }
}
