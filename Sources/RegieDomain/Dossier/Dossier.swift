/// Everything about one household: its people, its plans and where it stands in the process.
/// "1 gezin, 1 plan": one dossier holds one ondersteuningsplan and at most one veiligheidsplan.
public struct Dossier: Sendable, Equatable, Codable, Identifiable {
    /// Safe as a file name (see `Sleutel.isGeldig`).
    public var id: String
    /// How the household is called in lists ("Familie Jansen").
    public var naam: String
    public var aangemaakt: Datum
    public var contact: Contactgegevens
    public var gezinsleden: [Gezinslid]
    public var netwerk: [Netwerklid]
    public var professionals: [Professional]
    /// The procesregisseur (at most one) and the casusregisseurs.
    public var regisseurs: [Regisseur]
    /// Consent to share information with those involved; nil while not recorded.
    public var toestemmingDelen: JaNee?
    public var plan: Ondersteuningsplan
    public var veiligheidsplan: Veiligheidsplan?
    public var proces: Processtatus
    /// What is typed in a question box (a reason, a folder) and not yet answered, by the
    /// question: kept with the dossier like a half-typed quote, so a laptop that dies there
    /// loses nothing. Absent when there is none.
    public var vraagconcepten: [String: String]? = nil

    public init(id: String = Sleutel.nieuw(), naam: String, aangemaakt: Datum, contact: Contactgegevens = Contactgegevens(),
                gezinsleden: [Gezinslid] = [], netwerk: [Netwerklid] = [], professionals: [Professional] = [],
                regisseurs: [Regisseur] = [], toestemmingDelen: JaNee? = nil, plan: Ondersteuningsplan = Ondersteuningsplan(),
                veiligheidsplan: Veiligheidsplan? = nil, proces: Processtatus = Processtatus()) {
        self.id = id
        self.naam = naam
        self.aangemaakt = aangemaakt
        self.contact = contact
        self.gezinsleden = gezinsleden
        self.netwerk = netwerk
        self.professionals = professionals
        self.regisseurs = regisseurs
        self.toestemmingDelen = toestemmingDelen
        self.plan = plan
        self.veiligheidsplan = veiligheidsplan
        self.proces = proces
    }

    /// Everyone of the dossier, in the order of a round of krachten and zorgen:
    /// household members, informal network, professionals, regisseurs.
    public var personen: [Persoon] {
        gezinsleden.map { Persoon(id: $0.id, naam: $0.naam, soort: .gezinslid, rol: $0.rolInGezin) }
            + netwerk.map { Persoon(id: $0.id, naam: $0.naam, soort: .netwerk, rol: $0.relatie) }
            + professionals.map {
                Persoon(id: $0.id, naam: $0.naam, soort: .professional,
                        rol: [$0.functie, $0.organisatie].filter { !$0.isEmpty }.joined(separator: ", "))
            }
            + regisseurs.map { Persoon(id: $0.id, naam: $0.naam, soort: .regisseur, rol: $0.rol.tekst) }
    }

    public func persoon(_ id: String?) -> Persoon? {
        guard let id else { return nil }
        return personen.first { $0.id == id }
    }

    /// The person's name, or a placeholder when the id is unknown or missing.
    public func naam(van id: String?) -> String {
        guard let id else { return "(niemand gekozen)" }
        return persoon(id)?.naam ?? "(onbekende persoon)"
    }

    /// Who has the procesregie now: the procesregisseurs without an until date. One who
    /// handed it over stays in `regisseurs`, as history.
    public var procesregisseurs: [Regisseur] { regisseurs.filter { $0.rol == .proces && $0.isHuidig } }
    /// Who has casusregie now: the casusregisseurs without an until date.
    public var casusregisseurs: [Regisseur] { regisseurs.filter { $0.rol == .casus && $0.isHuidig } }
}
