// Which plans a household needs, and where it stands: pure functions over a dossier.

extension Dossier {
    /// The plans the current level requires; a veiligheidsplan is also required whenever
    /// the ondersteuningsplan says there are concerns about basic care and safety.
    /// Without a level, only the ondersteuningsplan is required.
    public func vereistePlannen(_ methode: Methode) -> VereistePlannen {
        var plannen = proces.niveau.flatMap { methode.niveau($0)?.plannen }
            ?? VereistePlannen(ondersteuningsplan: .verplicht, veiligheidsplan: .nietNodig)
        if plan.zorgenBasiszorgVeiligheid == .ja { plannen.veiligheidsplan = .verplicht }
        return plannen
    }

    public func veiligheidsplanVereist(_ methode: Methode) -> Bool {
        vereistePlannen(methode).veiligheidsplan == .verplicht
    }

    /// Every action of every goal, with its goal.
    public var alleActies: [(doel: Doel, actie: Actie)] {
        plan.doelen.flatMap { doel in doel.acties.map { (doel, $0) } }
    }

    /// Actions whose date has passed and that are not done, oldest first.
    public func teLateActies(vandaag: Datum) -> [(doel: Doel, actie: Actie)] {
        alleActies.filter { paar in
            guard paar.actie.gedaan == nil, let wanneer = paar.actie.wanneer else { return false }
            return wanneer < vandaag
        }.sorted { ($0.actie.wanneer!, $0.actie.wat) < ($1.actie.wanneer!, $1.actie.wat) }
    }

    /// The first overleg on or after today that has not been held: one led in Regie (running
    /// or closed, so with a `verloop`) is not a next one, even when it was today.
    public func volgendOverleg(vandaag: Datum) -> Overleg? {
        plan.overleggen.filter { $0.verloop == nil }.compactMap { o in o.datum.map { (overleg: o, datum: $0) } }
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
    public func faseVoortgang(_ methode: Methode) -> [FaseVoortgang] {
        let gedaan = Set(proces.afgevinkt.map(\.actie))
        return methode.fasen.map { fase in
            let ids = fase.alleActies.map(\.id)
            return FaseVoortgang(fase: fase.id, naam: fase.naam, gedaan: ids.filter(gedaan.contains).count,
                                 totaal: ids.count, isHuidig: fase.id == proces.fase)
        }
    }
}
