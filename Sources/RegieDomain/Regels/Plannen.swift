// Which plans a household needs, and where it stands: pure functions over a dossier.

extension Dossier {
    /// The plans the current level requires; a veiligheidsplan is also required whenever
    /// there are signs of unsafety (see `heeftVeiligheidssignalen`).
    /// Without a level, only the ondersteuningsplan is required.
    public func vereistePlannen(_ methode: Methode) -> VereistePlannen {
        var plannen = proces.niveau.flatMap { methode.niveau($0)?.plannen }
            ?? VereistePlannen(ondersteuningsplan: .verplicht, veiligheidsplan: .nietNodig)
        if heeftVeiligheidssignalen { plannen.veiligheidsplan = .verplicht }
        return plannen
    }

    public func veiligheidsplanVereist(_ methode: Methode) -> Bool {
        vereistePlannen(methode).veiligheidsplan == .verplicht
    }

    /// The first overleg on or after today that has not been held: one led in Regie (running
    /// or closed, so with a `verloop`) is not a next one, even when it was today. None for a
    /// closed household.
    public func volgendOverleg(vandaag: Datum) -> Overleg? {
        guard !isAfgesloten else { return nil }
        return plan.overleggen.filter { $0.verloop == nil }.compactMap { o in o.datum.map { (overleg: o, datum: $0) } }
            .filter { $0.datum >= vandaag }
            .min { ($0.datum, $0.overleg.tijd ?? Tijd.middernacht) < ($1.datum, $1.overleg.tijd ?? Tijd.middernacht) }?
            .overleg
    }
}

extension Tijd {
    static let middernacht = Tijd(uur: 0, minuut: 0)!
}

/// How far a phase's actions are ticked.
public struct FaseVoortgang: Sendable, Equatable {
    public var fase: String
    public var naam: String
    public var gedaan: Int
    public var totaal: Int
    public var isHuidig: Bool

    public var isKlaar: Bool { totaal > 0 && gedaan == totaal }
}

extension Dossier {
    /// Per phase how many of its actions are ticked (in the current round for a phase that
    /// repeats); actions that are a rule the program keeps do not count.
    public func faseVoortgang(_ methode: Methode) -> [FaseVoortgang] {
        methode.fasen.map { fase in
            let acties = fase.afvinkbareActies
            return FaseVoortgang(fase: fase.id, naam: fase.naam, gedaan: acties.filter { proces.isAfgevinkt($0.id, methode) }.count,
                                 totaal: acties.count, isHuidig: fase.id == proces.fase)
        }
    }
}
