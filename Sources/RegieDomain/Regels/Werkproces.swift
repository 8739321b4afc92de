// The work process as the method runs it: ticks per round, the phase that follows the work,
// and the reason asked for a step the ticks do not support. Pure functions over a dossier.

extension Methode {
    /// Where phase `id` stands in the method's order.
    public func plaats(van id: String) -> Int? { fasen.firstIndex { $0.id == id } }

    /// Whether the phase of this action is worked again every round (4, 5a, 5b).
    public func herhaalt(actie id: String) -> Bool { faseVan(actie: id)?.herhaalt ?? false }

    /// The first phase that repeats: entering it after a round with work starts a new round.
    public var eersteHerhalendeFase: Fase? { fasen.first(where: \.herhaalt) }

    /// The phase an agenda works in: the phase of its steps' actions (the last one named).
    public func fase(van soort: OverlegSoort) -> Fase? {
        guard let agenda = agenda(soort) else { return nil }
        return agenda.stappen.reversed().lazy.compactMap { $0.faseActie }.compactMap { faseVan(actie: $0) }.first
    }

    /// The phases that must be done before `doel`: those earlier in the method's order from
    /// which the guideline's own steps lead to it.
    public func voorgangers(van doel: String) -> [Fase] {
        guard let index = plaats(van: doel) else { return [] }
        var bereikt: Set<String> = [doel]
        var veranderd = true
        while veranderd {
            veranderd = false
            for f in fasen where !bereikt.contains(f.id) && f.volgensRichtlijn.contains(where: bereikt.contains) {
                bereikt.insert(f.id)
                veranderd = true
            }
        }
        return fasen[..<index].filter { bereikt.contains($0.id) }
    }
}

extension Processtatus {
    /// The round being worked now.
    public var huidigeRonde: Int { rondes.last?.nummer ?? 1 }

    /// The round where the current request began (after a reopening to phase 1): ticks of
    /// phases that do not repeat count from there.
    public var aanvraagRonde: Int { rondes.last(where: \.nieuweAanvraag)?.nummer ?? 1 }

    /// The tick of action `actie` that counts now: of the current round for a phase that
    /// repeats, of the current request otherwise.
    public func afvinking(_ actie: String, _ methode: Methode) -> Afvinking? {
        if methode.herhaalt(actie: actie) {
            return afgevinkt.last { $0.actie == actie && $0.ronde == huidigeRonde }
        }
        return afgevinkt.last { $0.actie == actie && $0.ronde >= aanvraagRonde }
    }

    public func isAfgevinkt(_ actie: String, _ methode: Methode) -> Bool { afvinking(actie, methode) != nil }

    /// Ticks the action now (a tick that counts already stays as it is).
    /// - Returns: whether a tick was added.
    @discardableResult
    public mutating func vinkAf(_ actie: String, _ methode: Methode, datum: Datum, door: String, notitie: String = "") -> Bool {
        guard !isAfgevinkt(actie, methode) else { return false }
        afgevinkt.append(Afvinking(actie: actie, datum: datum, door: door, notitie: notitie, ronde: huidigeRonde))
        return true
    }

    /// Removes the tick that counts now; earlier rounds keep theirs.
    public mutating func haalAfvinkingWeg(_ actie: String, _ methode: Methode) {
        guard let tik = afvinking(actie, methode), let i = afgevinkt.lastIndex(of: tik) else { return }
        afgevinkt.remove(at: i)
    }

    /// Sets the note of the tick that counts now; false when there is none.
    @discardableResult
    public mutating func zetNotitie(_ notitie: String, bij actie: String, _ methode: Methode) -> Bool {
        guard let tik = afvinking(actie, methode), let i = afgevinkt.lastIndex(of: tik) else { return false }
        afgevinkt[i].notitie = notitie
        return true
    }

    /// The ticks of the repeating phases in round `n`.
    public func afvinkingen(inRonde n: Int, _ methode: Methode) -> [Afvinking] {
        afgevinkt.filter { $0.ronde == n && methode.herhaalt(actie: $0.actie) }
    }

    /// Every round so far, newest first, each with its record (round 1 gets one made up
    /// from the ticks when it has none).
    public func rondeOverzicht(_ methode: Methode) -> [Ronde] {
        var lijst = rondes
        if lijst.first?.nummer != 1 {
            let eerste = afvinkingen(inRonde: 1, methode).map(\.datum).min()
            lijst.insert(Ronde(nummer: 1, begonnen: eerste ?? .eerste, door: ""), at: 0)
        }
        return lijst.reversed()
    }

    /// Whether the current round has work in it: a tick in a repeating phase, or its overleg.
    public func rondeHeeftWerk(_ methode: Methode) -> Bool {
        !afvinkingen(inRonde: huidigeRonde, methode).isEmpty || rondes.last(where: { $0.nummer == huidigeRonde })?.overleg != nil
    }

    /// Starts round `huidigeRonde + 1`, entering phase `fase`.
    mutating func beginRonde(datum: Datum, door: String, fase: String, nieuweAanvraag: Bool = false) {
        if rondes.isEmpty && huidigeRonde == 1 && !nieuweAanvraag {
            // Round 1 gets its record when round 2 begins, so the list is complete; it began
            // when the work first entered this phase.
            let begin = faseovergangen.first { $0.naar == fase }
            rondes.append(Ronde(nummer: 1, begonnen: begin?.datum ?? datum, door: begin?.door ?? door))
        }
        rondes.append(Ronde(nummer: huidigeRonde + 1, begonnen: datum, door: door, nieuweAanvraag: nieuweAanvraag))
    }

    /// Links overleg `id` to the current round (the voortgangsoverleg of the round).
    mutating func koppelOverleg(_ id: String, datum: Datum, door: String) {
        if let i = rondes.lastIndex(where: { $0.nummer == huidigeRonde }) {
            rondes[i].overleg = id
        } else {
            rondes.append(Ronde(nummer: huidigeRonde, begonnen: datum, door: door, overleg: id))
        }
    }
}

extension Dossier {
    /// The actions still open in the phases that come before `fase`, per phase (in order);
    /// empty when the ticks support being in `fase`.
    public func openVoor(fase: String, _ methode: Methode) -> [(fase: Fase, open: [FaseActie])] {
        methode.voorgangers(van: fase).compactMap { f in
            let open = f.afvinkbareActies.filter { !proces.isAfgevinkt($0.id, methode) }
            return open.isEmpty ? nil : (f, open)
        }
    }

    /// Why going to phase `naar` needs a reason, in Dutch; nil when it follows the method.
    /// Going forward needs one while earlier phases have open actions, or when the method does
    /// not go from the current phase to `naar`; going back (a new round) never does.
    public func redenNodig(naar: String, _ methode: Methode) -> String? {
        guard let doel = methode.fase(naar) else { return "Fase \(naar) bestaat niet in de methode." }
        let huidig = methode.fase(proces.fase)
        if let huidig, let a = methode.plaats(van: huidig.id), let b = methode.plaats(van: naar), b <= a { return nil }
        let open = openVoor(fase: naar, methode)
        if !open.isEmpty { return Self.openTekst(open, doel) }
        if let huidig, !huidig.volgende.contains(naar) {
            return "Na fase \(huidig.id) komt volgens de methode fase \(huidig.volgende.joined(separator: " of ")), "
                + "niet \(naar). Waarom nu naar fase \(doel.id) \(doel.naam)?"
        }
        return nil
    }

    /// "is nog 1 actie", "zijn nog 5 acties".
    static func nogOpen(_ aantal: Int) -> String { aantal == 1 ? "is nog 1 actie" : "zijn nog \(aantal) acties" }

    static func openTekst(_ open: [(fase: Fase, open: [FaseActie])], _ doel: Fase) -> String {
        let aantal = open.map(\.open.count).reduce(0, +)
        let fasen = open.map(\.fase.id)
        let welke = fasen.count == 1 ? "fase \(fasen[0])" : "fase " + Dossier.lijst(fasen)
        return "In \(welke) \(Self.nogOpen(aantal)) niet afgevinkt. "
            + "Waarom nu naar fase \(doel.id) \(doel.naam)?"
    }

    /// Makes `naar` the current phase, recorded with the reason (empty when none is needed).
    /// Entering the first repeating phase after a round with work starts a new round.
    /// - Returns: why it was refused, in Dutch (a reason is needed and none was given); nil when done.
    @discardableResult
    public mutating func gaNaarFase(_ naar: String, _ methode: Methode, datum: Datum, door: String, reden: String = "") -> String? {
        guard methode.fase(naar) != nil else { return "Fase \(naar) bestaat niet in de methode." }
        let reden = reden.trimmingCharacters(in: .whitespacesAndNewlines)
        if let nodig = redenNodig(naar: naar, methode), reden.isEmpty { return nodig }
        if isAfgesloten { return "Het huishouden is afgesloten. Open het eerst opnieuw." }
        let van = proces.fase
        if naar == methode.eersteHerhalendeFase?.id, proces.rondeHeeftWerk(methode) {
            proces.beginRonde(datum: datum, door: door, fase: naar)
        }
        proces.fase = naar
        proces.faseovergangen.append(Faseovergang(van: van, naar: naar, datum: datum, door: door, reden: reden,
                                                  ronde: proces.huidigeRonde))
        return nil
    }

    /// The phases proposed after overleg `id` was closed: the guideline's next phases of the
    /// phase its agenda works in (3b → 4; 5b → 4 or 6b). Empty when there is nothing to propose.
    public func voorgesteldeFasen(naOverleg id: String, _ methode: Methode) -> [Fase] {
        guard !isAfgesloten, let o = plan.overleggen.first(where: { $0.id == id }), let fase = methode.fase(van: o.soort) else { return [] }
        return fase.volgensRichtlijn.compactMap { methode.fase($0) }
    }

    /// Accepts a proposal made after overleg `id` was closed: the overleg is the reason, so none
    /// is asked (the step is recorded as "voorgesteld na het voortgangsoverleg van …").
    /// - Returns: why it was refused, in Dutch; nil when done.
    @discardableResult
    public mutating func volgVoorstel(_ naar: String, naOverleg id: String, _ methode: Methode, datum: Datum, door: String) -> String? {
        guard voorgesteldeFasen(naOverleg: id, methode).contains(where: { $0.id == naar }),
              let o = plan.overleggen.first(where: { $0.id == id }) else {
            return "Fase \(naar) is na dit overleg niet voorgesteld."
        }
        return gaNaarFase(naar, methode, datum: datum, door: door,
                          reden: "voorgesteld na het \(o.soort.tekst) van \((o.datum ?? datum).tekst)")
    }

    /// A finding when the current phase contradicts the ticks: phases before it still have open
    /// actions and the step into it gave no reason.
    public func faseTegenspraak(_ methode: Methode) -> String? {
        let open = openVoor(fase: proces.fase, methode)
        guard !open.isEmpty, let f = methode.fase(proces.fase) else { return nil }
        if let laatste = proces.faseovergangen.last, laatste.naar == proces.fase, !laatste.reden.isEmpty { return nil }
        let aantal = open.map(\.open.count).reduce(0, +)
        return "Fase \(f.id) is de huidige fase, maar in fase \(Dossier.lijst(open.map(\.fase.id))) "
            + Self.nogOpen(aantal) + " niet afgevinkt, en er is geen reden vastgelegd."
    }
}
