/// A kracht or zorg as someone said it: "[naam]: [citaat]".
public struct Uitspraak: Sendable, Equatable, Codable, Identifiable {
    public var id: String
    /// The person of the dossier who said it; nil is a finding of the plan check.
    public var spreker: String?
    /// Their words.
    public var citaat: String
    /// Since when it goes well or the worry plays ("sinds de zomer", "al jaren").
    public var sinds: String
    /// What it means for the client or the household.
    public var gevolgen: String
    /// The id of the leefgebied it is about (leefgebieden.yaml); nil when none is chosen, in
    /// the veiligheidsplan, and in files from before.
    public var leefgebied: String?

    public init(id: String = Sleutel.nieuw(), spreker: String?, citaat: String, sinds: String = "", gevolgen: String = "",
                leefgebied: String? = nil) {
        self.id = id
        self.spreker = spreker
        self.citaat = citaat
        self.sinds = sinds
        self.gevolgen = gevolgen
        self.leefgebied = leefgebied
    }
}

/// Help that was given before: what, by whom, when, and the result.
public struct EerdereHulp: Sendable, Equatable, Codable, Identifiable {
    public var id: String
    public var wat: String
    public var doorWie: String
    public var wanneer: String
    public var resultaat: String

    public init(id: String = Sleutel.nieuw(), wat: String, doorWie: String = "", wanneer: String = "", resultaat: String = "") {
        self.id = id
        self.wat = wat
        self.doorWie = doorWie
        self.wanneer = wanneer
        self.resultaat = resultaat
    }
}

public enum DoelStatus: String, Sendable, Codable, CaseIterable {
    case bereikt
    case nietBereikt = "niet-bereikt"
    case nogNietBereikt = "nog-niet-bereikt"

    public var tekst: String {
        switch self {
        case .bereikt: return "bereikt"
        case .nietBereikt: return "niet bereikt"
        case .nogNietBereikt: return "nog niet bereikt"
        }
    }
}

/// A concrete, measurable step towards a goal: who does what when.
public struct Actie: Sendable, Equatable, Codable, Identifiable {
    public var id: String
    /// A person of the dossier.
    public var wie: String?
    public var wat: String
    /// When it is done; for an action that repeats, its first time.
    public var wanneer: Datum?
    /// The day it was done; nil while open. For an action that repeats: the last time that
    /// was marked done.
    public var gedaan: Datum?
    /// How it repeats ("elke maandag 9:00 tot 01-03-2027"); nil for a one-off action and in
    /// files from before.
    public var herhaling: Herhaling?

    public init(id: String = Sleutel.nieuw(), wie: String?, wat: String, wanneer: Datum?, gedaan: Datum? = nil,
                herhaling: Herhaling? = nil) {
        self.id = id
        self.wie = wie
        self.wat = wat
        self.wanneer = wanneer
        self.gedaan = gedaan
        self.herhaling = herhaling
    }
}

/// A goal, phrased positively and towards the future, with its actions.
public struct Doel: Sendable, Equatable, Codable, Identifiable {
    public var id: String
    public var omschrijving: String
    public var acties: [Actie]
    public var status: DoelStatus
    /// The id of the leefgebied the goal is on (leefgebieden.yaml); nil when none is chosen
    /// and in files from before.
    public var leefgebied: String?
    /// The day the status was last changed; nil when it never changed, and in files from before.
    public var statusSinds: Datum?

    public init(id: String = Sleutel.nieuw(), omschrijving: String, acties: [Actie] = [], status: DoelStatus = .nogNietBereikt,
                leefgebied: String? = nil, statusSinds: Datum? = nil) {
        self.id = id
        self.omschrijving = omschrijving
        self.acties = acties
        self.status = status
        self.leefgebied = leefgebied
        self.statusSinds = statusSinds
    }
}

public enum OverlegSoort: String, Sendable, Codable, CaseIterable {
    case start = "startoverleg"
    case voortgang = "voortgangsoverleg"
    case extra = "extra-overleg"

    public var tekst: String {
        switch self {
        case .start: return "startoverleg"
        case .voortgang: return "voortgangsoverleg"
        case .extra: return "extra overleg"
        }
    }

    /// "voortgangsoverleggen": the plural, for a count of more than one.
    public var meervoud: String { tekst + "gen" }
}

/// A planned or held meeting with the household, network and professionals.
public struct Overleg: Sendable, Equatable, Codable, Identifiable {
    public var id: String
    public var soort: OverlegSoort
    public var datum: Datum?
    public var tijd: Tijd?
    public var locatie: String
    /// Ids of the people of the dossier who attended.
    public var aanwezigen: [String]
    /// How the meeting went, when it was held with the program's overleg mode; nil for a
    /// planned overleg and in files from before (optional, so those still load).
    public var verloop: Overlegverloop?
    /// True for a planned overleg whose day passed without it being held in Regie while a later
    /// one of its kind was; nil otherwise (and in files from before).
    public var nietDoorgegaan: Bool?

    public init(id: String = Sleutel.nieuw(), soort: OverlegSoort, datum: Datum?, tijd: Tijd? = nil,
                locatie: String = "", aanwezigen: [String] = [], verloop: Overlegverloop? = nil) {
        self.id = id
        self.soort = soort
        self.datum = datum
        self.tijd = tijd
        self.locatie = locatie
        self.aanwezigen = aanwezigen
        self.verloop = verloop
    }
}

/// The support plan, made with the household: one plan for the whole household.
public struct Ondersteuningsplan: Sendable, Equatable, Codable {
    public var datum: Datum?
    /// The reason, question or worry that started the coordination.
    public var aanleiding: String
    public var krachten: [Uitspraak]
    public var zorgen: [Uitspraak]
    public var eerdereHulp: [EerdereHulp]
    /// How the whole situation is seen: coherence, patterns, consequences.
    public var integraleAnalyse: String
    public var gewenstResultaat: String
    /// "Zijn er zorgen over basiszorg en/of veiligheid?" Ja means a veiligheidsplan is needed.
    public var zorgenBasiszorgVeiligheid: JaNee?
    public var doelen: [Doel]
    public var samenvatting: String
    public var overleggen: [Overleg]

    public init(datum: Datum? = nil, aanleiding: String = "", krachten: [Uitspraak] = [], zorgen: [Uitspraak] = [],
                eerdereHulp: [EerdereHulp] = [], integraleAnalyse: String = "", gewenstResultaat: String = "",
                zorgenBasiszorgVeiligheid: JaNee? = nil, doelen: [Doel] = [], samenvatting: String = "",
                overleggen: [Overleg] = []) {
        self.datum = datum
        self.aanleiding = aanleiding
        self.krachten = krachten
        self.zorgen = zorgen
        self.eerdereHulp = eerdereHulp
        self.integraleAnalyse = integraleAnalyse
        self.gewenstResultaat = gewenstResultaat
        self.zorgenBasiszorgVeiligheid = zorgenBasiszorgVeiligheid
        self.doelen = doelen
        self.samenvatting = samenvatting
        self.overleggen = overleggen
    }
}

extension Ondersteuningsplan {
    /// The `leefgebieden` (in the method's order) on which a zorg is noted but no goal is
    /// set: a worry the plan does not yet answer. A leefgebied without zorgen needs no goal
    /// (it goes well there, or nothing is known), so it is not listed.
    public func leefgebiedenMetZorgZonderDoel(_ leefgebieden: [Leefgebied]) -> [Leefgebied] {
        let metZorg = Set(zorgen.compactMap(\.leefgebied))
        let metDoel = Set(doelen.compactMap(\.leefgebied))
        return leefgebieden.filter { metZorg.contains($0.id) && !metDoel.contains($0.id) }
    }
}
