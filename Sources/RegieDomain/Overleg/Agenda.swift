// The agendas of the overleggen as method data (overleggen.yaml): per kind of overleg an
// ordered list of steps, each with a planned duration and the kind of work done in it.

/// `overleggen.yaml`.
public struct OverleggenBestand: Sendable, Equatable, Codable {
    public var overleggen: [Overlegagenda]
    public init(overleggen: [Overlegagenda]) { self.overleggen = overleggen }
}

/// The agenda of one kind of overleg.
public struct Overlegagenda: Sendable, Equatable, Codable {
    /// The kind as written in the file ("startoverleg"); see `overlegsoort`.
    public var soort: String
    public var stappen: [Agendastap]

    public init(soort: OverlegSoort, stappen: [Agendastap]) {
        self.soort = soort.rawValue
        self.stappen = stappen
    }

    /// nil when the file names a kind the program does not know (a finding of the validation).
    public var overlegsoort: OverlegSoort? { OverlegSoort(rawValue: soort) }

    /// Planned minutes of the given steps.
    public static func minuten(_ stappen: [Agendastap]) -> Int { stappen.reduce(0) { $0 + $1.minuten } }
}

/// What is done in a step, which decides what the meeting screen offers in it.
public enum Stapsoort: String, Sendable, CaseIterable {
    case welkom, agenda, hoeGaatHet, krachten, zorgen, eerdereHulp, analyse, gewenstResultaat
    case veiligheidsvraag, veiligheidGoed, veiligheidZorgen, complicerendeFactoren, schaalvraag
    case veiligheidsafspraken, doelencheckEnOndertekening
    case doelenTerugblik, doelen, verantwoordelijkheid, volgendOverleg, ervaring, rondvraag, afsluiten
    /// Whether the level on the regiekaart still fits (scale up when needed, down when possible).
    case niveau

    /// A round in which everyone present is quoted in turn.
    public var isRonde: Bool {
        switch self {
        case .hoeGaatHet, .krachten, .zorgen, .veiligheidGoed, .veiligheidZorgen, .complicerendeFactoren, .ervaring: return true
        default: return false
        }
    }
}

/// One step of an agenda.
public struct Agendastap: Sendable, Equatable, Codable, Identifiable {
    /// Unique within its agenda.
    public var id: String
    /// Short, for the list of steps ("Krachten").
    public var titel: String
    /// Planned minutes.
    public var minuten: Int
    /// The kind as written in the file; see `stapsoort`.
    public var soort: String
    /// Only when there are worries about safety or a veiligheidsplan exists.
    public var alleenBijVeiligheid: Bool
    /// The action of the work process the step comes from ("3b.p5").
    public var faseActie: String?

    public init(id: String, titel: String, minuten: Int, soort: Stapsoort, alleenBijVeiligheid: Bool = false, faseActie: String? = nil) {
        self.id = id
        self.titel = titel
        self.minuten = minuten
        self.soort = soort.rawValue
        self.alleenBijVeiligheid = alleenBijVeiligheid
        self.faseActie = faseActie
    }

    /// nil when the file names an unknown kind (a finding of the validation).
    public var stapsoort: Stapsoort? { Stapsoort(rawValue: soort) }

    enum CodingKeys: String, CodingKey {
        case id, titel, minuten, soort
        case alleenBijVeiligheid = "alleen-bij-veiligheid"
        case faseActie = "fase-actie"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        titel = try c.decode(String.self, forKey: .titel)
        minuten = try c.decode(Int.self, forKey: .minuten)
        soort = try c.decode(String.self, forKey: .soort)
        alleenBijVeiligheid = try c.decodeIfPresent(Bool.self, forKey: .alleenBijVeiligheid) ?? false
        faseActie = try c.decodeIfPresent(String.self, forKey: .faseActie)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(titel, forKey: .titel)
        try c.encode(minuten, forKey: .minuten)
        try c.encode(soort, forKey: .soort)
        if alleenBijVeiligheid { try c.encode(true, forKey: .alleenBijVeiligheid) }
        try c.encodeIfPresent(faseActie, forKey: .faseActie)
    }
}

extension Methode {
    /// The agenda for a kind of overleg (every kind has one in a valid method set).
    public func agenda(_ soort: OverlegSoort) -> Overlegagenda? {
        overleggen.first { $0.soort == soort.rawValue }
    }

    /// The problems of the agendas, for `problemen()`.
    func agendaproblemen() -> [MethodeProbleem] {
        let f = "overleggen.yaml"
        var p: [MethodeProbleem] = []
        let acties = Set(fasen.flatMap(\.alleActies).map(\.id))
        var gezien: Set<String> = []
        for (n, agenda) in overleggen.enumerated() {
            let item = "agenda \(n + 1) (\(agenda.soort))"
            if agenda.overlegsoort == nil {
                let bekend = OverlegSoort.allCases.map(\.rawValue).joined(separator: ", ")
                p.append(.init(bestand: f, item: item, probleem: "onbekende soort overleg \"\(agenda.soort)\"; kies uit \(bekend)"))
            } else if !gezien.insert(agenda.soort).inserted {
                p.append(.init(bestand: f, item: item, probleem: "er is al een agenda voor het \(agenda.soort)"))
            }
            if agenda.stappen.isEmpty { p.append(.init(bestand: f, item: item, probleem: "de agenda heeft geen stappen")) }
            var ids: Set<String> = []
            for stap in agenda.stappen {
                let si = "\(item), stap \"\(stap.id)\""
                if stap.id.allSatisfy(\.isWhitespace) { p.append(.init(bestand: f, item: si, probleem: "de id is leeg")) }
                if !ids.insert(stap.id).inserted {
                    p.append(.init(bestand: f, item: si, probleem: "deze id komt vaker dan één keer voor in deze agenda"))
                }
                if stap.titel.allSatisfy(\.isWhitespace) { p.append(.init(bestand: f, item: si, probleem: "de titel is leeg")) }
                if stap.minuten <= 0 {
                    p.append(.init(bestand: f, item: si, probleem: "het aantal minuten moet groter zijn dan 0 (nu \(stap.minuten))"))
                }
                if stap.stapsoort == nil {
                    p.append(.init(bestand: f, item: si, probleem: "onbekende soort stap \"\(stap.soort)\"; kies uit "
                                   + Stapsoort.allCases.map(\.rawValue).joined(separator: ", ")))
                }
                if let actie = stap.faseActie, !acties.contains(actie) {
                    p.append(.init(bestand: f, item: si, probleem: "fase-actie \"\(actie)\" bestaat niet in fasen.yaml"))
                }
            }
        }
        for soort in OverlegSoort.allCases where !gezien.contains(soort.rawValue) {
            p.append(.init(bestand: f, item: "overleggen", probleem: "er is geen agenda voor het \(soort.rawValue)"))
        }
        return p
    }
}
