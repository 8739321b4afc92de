import Foundation

/// The overleggen of a dossier as the meeting mode sees them: the one running, the ones
/// held, the planned one a new meeting takes over, and starting and closing a meeting.
extension Dossier {
    /// Whether the veiligheidsplan steps of an agenda are taken: there are signs of unsafety,
    /// a veiligheidsplan exists (and runs), or the level is 3 or higher (5b.p4).
    public var veiligheidsstappenNodig: Bool {
        heeftVeiligheidssignalen || (veiligheidsplan != nil && veiligheidsplan?.afgerond == nil) || (proces.niveau ?? 0) >= 3
    }

    /// The steps of `agenda` that are taken for this dossier now.
    public func actieveStappen(_ agenda: Overlegagenda) -> [Agendastap] {
        agenda.stappen.filter { !$0.alleenBijVeiligheid || veiligheidsstappenNodig }
    }

    /// The index among the active steps of step `id`; a step that is no longer taken
    /// (the answer to the safety question changed) stands for the next active one.
    public func positie(van id: String, in agenda: Overlegagenda) -> Int {
        let actief = actieveStappen(agenda)
        if let i = actief.firstIndex(where: { $0.id == id }) { return i }
        guard let inAgenda = agenda.stappen.firstIndex(where: { $0.id == id }) else { return 0 }
        let volgende = agenda.stappen[inAgenda...].first { s in actief.contains { $0.id == s.id } }
        return volgende.flatMap { v in actief.firstIndex { $0.id == v.id } } ?? max(0, actief.count - 1)
    }

    /// The index in `plan.overleggen` of the overleg that is running (at most one).
    public var lopendOverlegIndex: Int? {
        plan.overleggen.firstIndex { $0.verloop?.loopt == true }
    }

    public var lopendOverleg: Overleg? { lopendOverlegIndex.map { plan.overleggen[$0] } }

    /// Held (or running) overleggen, newest first: those held with the program, and those
    /// with a date before today.
    public func gehoudenOverleggen(vandaag: Datum) -> [Overleg] {
        plan.overleggen.filter { o in o.nietDoorgegaan != true && (o.verloop != nil || (o.datum.map { $0 < vandaag } ?? false)) }
            .sorted { ($0.datum ?? vandaag, $0.tijd ?? Tijd.middernacht) > ($1.datum ?? vandaag, $1.tijd ?? Tijd.middernacht) }
    }

    /// The planned overleg of this kind that a meeting started today takes over: the
    /// earliest one from today on (or without a date) that was not held yet.
    public func geplandOverleg(_ soort: OverlegSoort, vandaag: Datum) -> Overleg? {
        plan.overleggen.filter { $0.soort == soort && $0.verloop == nil && ($0.datum.map { $0 >= vandaag } ?? true) }
            .min { ($0.datum ?? .laatste) < ($1.datum ?? .laatste) }
    }

    /// Starts a meeting: takes over the planned one of this kind or adds a new one, dated
    /// today, with who is present and the first step of the agenda current.
    /// - Returns: the overleg's id; nil when another one is still running or the agenda is empty.
    @discardableResult
    public mutating func beginOverleg(_ soort: OverlegSoort, agenda: Overlegagenda, aanwezigen: [String],
                                      vandaag: Datum, tijd: Tijd?, nu: Tijdstip) -> String? {
        guard lopendOverleg == nil, let eerste = actieveStappen(agenda).first else { return nil }
        markeerNietDoorgegaan(soort, vandaag: vandaag)
        var verloop = Overlegverloop(begin: nu, huidigeStap: eerste.id)
        if let gepland = geplandOverleg(soort, vandaag: vandaag), let i = plan.overleggen.firstIndex(where: { $0.id == gepland.id }) {
            verloop.gepland = Overlegverloop.Gepland(datum: gepland.datum, tijd: gepland.tijd, aanwezigen: gepland.aanwezigen)
            plan.overleggen[i].datum = vandaag
            plan.overleggen[i].tijd = tijd
            plan.overleggen[i].aanwezigen = aanwezigen
            plan.overleggen[i].verloop = verloop
            return gepland.id
        }
        let nieuw = Overleg(soort: soort, datum: vandaag, tijd: tijd, aanwezigen: aanwezigen, verloop: verloop)
        plan.overleggen.append(nieuw)
        return nieuw.id
    }

    /// A planned overleg after overleg `id` (with a date from today on, not held yet).
    public func volgendGepland(na id: String, vandaag: Datum) -> Overleg? {
        plan.overleggen.filter { $0.id != id && $0.verloop == nil && ($0.datum.map { $0 >= vandaag } ?? false) }
            .min { ($0.datum!, $0.tijd ?? Tijd.middernacht) < ($1.datum!, $1.tijd ?? Tijd.middernacht) }
    }

    /// What stops overleg `id` from being closed, in Dutch; empty when it can be closed.
    public func sluitproblemen(_ id: String, vandaag: Datum) -> [String] {
        guard let o = plan.overleggen.first(where: { $0.id == id }), let v = o.verloop else {
            return ["Dit overleg loopt niet."]
        }
        guard v.loopt else { return ["Dit overleg is al afgesloten."] }
        var p: [String] = []
        let reden = v.geenVolgendOverleg?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        if volgendGepland(na: id, vandaag: vandaag) == nil && reden.isEmpty {
            p.append("Er is nog geen volgend overleg gepland (datum en tijd), en ook geen reden waarom niet.")
        }
        if o.aanwezigen.isEmpty { p.append("Er staat niemand als aanwezig bij dit overleg.") }
        return p
    }

    /// Points to look at before closing that do not stop it, in Dutch.
    public func sluitaandachtspunten(_ id: String) -> [String] {
        guard let o = plan.overleggen.first(where: { $0.id == id }), let v = o.verloop else { return [] }
        var p: [String] = []
        if o.soort == .start && plan.zorgenBasiszorgVeiligheid == nil {
            p.append("De vraag of er zorgen zijn over basiszorg of veiligheid is nog niet beantwoord.")
        }
        if veiligheidsstappenNodig, let vp = veiligheidsplan {
            if vp.moetOpnieuwOndertekend {
                p.append("Het veiligheidsplan is gewijzigd sinds het is ondertekend: laat klant en professional opnieuw tekenen.")
            } else if !vp.isOndertekend {
                p.append("Het veiligheidsplan is nog niet ondertekend door klant en professional.")
            }
        }
        if v.ervaring.isEmpty { p.append("Nog niet genoteerd hoe de klant het overleg heeft ervaren.") }
        return p
    }

    /// Closes overleg `id` at `nu`, dated today. Does nothing when `sluitproblemen` is not empty.
    /// - Returns: whether it was closed.
    @discardableResult
    public mutating func sluitOverleg(_ id: String, vandaag: Datum, nu: Tijdstip) -> Bool {
        guard sluitproblemen(id, vandaag: vandaag).isEmpty, let i = plan.overleggen.firstIndex(where: { $0.id == id }) else { return false }
        plan.overleggen[i].verloop?.sluit(nu)
        plan.overleggen[i].datum = vandaag
        return true
    }

    /// Cancels the running overleg `id` (started by mistake): no version, no ticked actions.
    /// A planned overleg it took over is planned again as it was; otherwise the overleg goes.
    /// What was written into the plan during it (quotes, goals, actions, the veiligheidsplan,
    /// a next overleg planned) stays.
    /// - Returns: whether it was running and is now cancelled.
    @discardableResult
    public mutating func annuleerOverleg(_ id: String) -> Bool {
        guard let i = plan.overleggen.firstIndex(where: { $0.id == id }), let v = plan.overleggen[i].verloop, v.loopt else { return false }
        if let gepland = v.gepland {
            plan.overleggen[i].datum = gepland.datum
            plan.overleggen[i].tijd = gepland.tijd
            plan.overleggen[i].aanwezigen = gepland.aanwezigen
            plan.overleggen[i].verloop = nil
        } else {
            plan.overleggen.remove(at: i)
        }
        return true
    }

    /// After closing: ticks the method's actions that the steps walked in the overleg stand
    /// for (a step's `fase-actie`, e.g. "3b.p3"), in the current round, dated today with who
    /// closed it and a note naming the overleg. Actions already ticked in this round stay as
    /// they were. A voortgangsoverleg becomes the overleg of the current round.
    /// - Returns: the ids of the actions ticked now.
    @discardableResult
    public mutating func vinkAfNaOverleg(_ id: String, agenda: Overlegagenda, _ methode: Methode, vandaag: Datum, door: String) -> [String] {
        guard let overleg = plan.overleggen.first(where: { $0.id == id }), let verloop = overleg.verloop, !verloop.loopt else { return [] }
        if overleg.soort == .voortgang { proces.koppelOverleg(id, datum: vandaag, door: door) }
        let gelopen = Set(verloop.stappen.map(\.stap))
        let notitie = "tijdens het \(overleg.soort.tekst) van \(vandaag.tekst)"
        var nieuw: [String] = []
        for stap in agenda.stappen where gelopen.contains(stap.id) {
            guard let actie = stap.faseActie, !nieuw.contains(actie) else { continue }
            if proces.vinkAf(actie, methode, datum: vandaag, door: door, notitie: notitie) { nieuw.append(actie) }
        }
        return nieuw
    }

    /// The planned overleggen of this kind still to come (not held, from today on), earliest first.
    public func geplandeOverleggen(_ soort: OverlegSoort, vandaag: Datum) -> [Overleg] {
        plan.overleggen.filter { $0.soort == soort && $0.verloop == nil && $0.nietDoorgegaan != true && ($0.datum.map { $0 >= vandaag } ?? false) }
            .sorted { ($0.datum!, $0.tijd ?? Tijd.middernacht) < ($1.datum!, $1.tijd ?? Tijd.middernacht) }
    }

    /// Moves planned overleg `id` to a new date and time (instead of planning a second one).
    /// - Returns: whether it was planned and is moved.
    @discardableResult
    public mutating func verplaatsOverleg(_ id: String, naar datum: Datum, tijd: Tijd?) -> Bool {
        guard let i = plan.overleggen.firstIndex(where: { $0.id == id }), plan.overleggen[i].verloop == nil else { return false }
        plan.overleggen[i].datum = datum
        plan.overleggen[i].tijd = tijd
        plan.overleggen[i].nietDoorgegaan = nil
        return true
    }

    /// Planned overleggen that never took place: of the kind started today, planned after the
    /// last one held in Regie and with a day that passed without being held. (Without one held
    /// in Regie, a past date may be a meeting held elsewhere, so nothing is marked.)
    mutating func markeerNietDoorgegaan(_ soort: OverlegSoort, vandaag: Datum) {
        guard let laatst = plan.overleggen.filter({ $0.soort == soort && $0.verloop != nil }).compactMap(\.datum).max() else { return }
        for i in plan.overleggen.indices where plan.overleggen[i].soort == soort && plan.overleggen[i].verloop == nil
            && (plan.overleggen[i].datum.map { $0 > laatst && $0 < vandaag } ?? false) {
            plan.overleggen[i].nietDoorgegaan = true
        }
    }

    /// Records whether veiligheidsafspraak `afspraak` was kept (5b.p4). An answer given
    /// earlier in the same overleg is replaced, so a changed answer counts once.
    /// - Returns: whether the afspraak exists.
    @discardableResult
    public mutating func legNalevingVast(_ afspraak: String, _ naleving: Naleving) -> Bool {
        guard let i = veiligheidsplan?.afspraken.firstIndex(where: { $0.id == afspraak }) else { return false }
        if let overleg = naleving.overleg {
            veiligheidsplan?.afspraken[i].nalevingen.removeAll { $0.overleg == overleg }
        }
        veiligheidsplan?.afspraken[i].nalevingen.append(naleving)
        return true
    }

    /// The names of those present, in the order of a round.
    public func aanwezigeNamen(_ overleg: Overleg) -> [String] {
        rondeVolgorde(aanwezigen: overleg.aanwezigen).map(\.naam)
    }
}
