/// What a list of households shows of one dossier, without reading the whole file.
/// The store keeps these in its index; facts that depend on today or on the method
/// are derived when shown.
public struct DossierSamenvatting: Sendable, Equatable, Codable {
    public var id: String
    public var naam: String
    public var fase: String
    public var niveau: Int?
    /// Dates of the overleggen not yet held (one led in Regie counts as held).
    public var overlegdata: [Datum]
    /// Deadlines of the open actions.
    public var openDeadlines: [Datum]
    public var zorgenBasiszorgVeiligheid: JaNee?
    public var heeftVeiligheidsplan: Bool
    public var veiligheidsplanOndertekend: Bool
    /// The day the household was closed; nil while it is open (and in indexes from before).
    public var afgesloten: Datum?
    /// Signs of unsafety (see `Dossier.heeftVeiligheidssignalen`); nil in indexes from before.
    public var veiligheidssignalen: Bool?

    public init(id: String, naam: String, fase: String, niveau: Int?, overlegdata: [Datum], openDeadlines: [Datum],
                zorgenBasiszorgVeiligheid: JaNee?, heeftVeiligheidsplan: Bool, veiligheidsplanOndertekend: Bool) {
        self.id = id
        self.naam = naam
        self.fase = fase
        self.niveau = niveau
        self.overlegdata = overlegdata
        self.openDeadlines = openDeadlines
        self.zorgenBasiszorgVeiligheid = zorgenBasiszorgVeiligheid
        self.heeftVeiligheidsplan = heeftVeiligheidsplan
        self.veiligheidsplanOndertekend = veiligheidsplanOndertekend
    }

    public init(_ d: Dossier) {
        id = d.id
        naam = d.naam
        fase = d.proces.fase
        niveau = d.proces.niveau
        // Only meetings still to come: one led in Regie has been held (or is being held).
        overlegdata = d.plan.overleggen.filter { $0.verloop == nil }.compactMap(\.datum).sorted()
        openDeadlines = d.alleActies.compactMap(\.actie.deadline).sorted()
        zorgenBasiszorgVeiligheid = d.plan.zorgenBasiszorgVeiligheid
        heeftVeiligheidsplan = d.veiligheidsplan != nil
        veiligheidsplanOndertekend = d.veiligheidsplan?.isOndertekend ?? false
        afgesloten = d.afsluiting?.datum
        veiligheidssignalen = d.heeftVeiligheidssignalen
    }

    public var isAfgesloten: Bool { afgesloten != nil }
    /// The next overleg's date; none for a closed household.
    public func volgendOverleg(vandaag: Datum) -> Datum? { isAfgesloten ? nil : overlegdata.first { $0 >= vandaag } }
    /// How many actions are late (see `Actie.isTeLaat`: a deadline before today); none for a closed household.
    public func aantalTeLaat(vandaag: Datum) -> Int { isAfgesloten ? 0 : openDeadlines.filter { $0 < vandaag }.count }

    /// "ontbreekt", "niet ondertekend", or nil when no veiligheidsplan is required or it is in order.
    public func veiligheidsplanProbleem(_ methode: Methode) -> String? {
        var vereist = niveau.flatMap { methode.niveau($0)?.plannen.veiligheidsplan } == .verplicht
        if veiligheidssignalen ?? (zorgenBasiszorgVeiligheid == .ja) { vereist = true }
        guard vereist else { return nil }
        if !heeftVeiligheidsplan { return "ontbreekt" }
        if !veiligheidsplanOndertekend { return "niet ondertekend" }
        return nil
    }
}
