// The leefgebieden (life domains) as method data: leefgebieden.yaml. "De krachten en zorgen
// op alle leefgebieden worden in kaart gebracht" (000 l.366); the glossary names them
// (000 l.3059–3060). A kracht, zorg or doel of the plan can carry one, by its id.

/// `leefgebieden.yaml`.
public struct LeefgebiedenBestand: Sendable, Equatable, Codable {
    public var leefgebieden: [Leefgebied]
    public init(leefgebieden: [Leefgebied]) { self.leefgebieden = leefgebieden }
}

/// One leefgebied, e.g. "Wonen".
public struct Leefgebied: Sendable, Equatable, Codable, Identifiable {
    /// Stable: it is stored in the dossiers ("wonen").
    public var id: String
    /// As the plan and the export print it: "Werk, inkomen en financiën".
    public var naam: String
    /// For the lines of a list; nil: the name.
    public var kort: String?
    /// What belongs to it, shown in the picker.
    public var toelichting: String?

    public init(id: String, naam: String, kort: String? = nil, toelichting: String? = nil) {
        self.id = id
        self.naam = naam
        self.kort = kort
        self.toelichting = toelichting
    }

    /// The short name when there is one, else the name.
    public var korteNaam: String { kort.flatMap { $0.allSatisfy(\.isWhitespace) ? nil : $0 } ?? naam }

    /// The most characters of a short name: it stands beside an item in a list line.
    public static let maximumKort = 20
}

extension Methode {
    /// The leefgebied with this id, if the method has it.
    public func leefgebied(_ id: String?) -> Leefgebied? {
        guard let id else { return nil }
        return leefgebieden.first { $0.id == id }
    }

    /// How a tag reads: the leefgebied's name, or for an id the method no longer has (a
    /// region changed its list) the id itself with a question mark, so nothing is hidden.
    public func leefgebiedNaam(_ id: String?, kort: Bool = false) -> String? {
        guard let id else { return nil }
        guard let l = leefgebied(id) else { return "\(id)?" }
        return kort ? l.korteNaam : l.naam
    }

    /// The problems of leefgebieden.yaml, for `problemen()`.
    func leefgebiedproblemen() -> [MethodeProbleem] {
        let f = "leefgebieden.yaml"
        var p: [MethodeProbleem] = []
        if leefgebieden.isEmpty {
            p.append(.init(bestand: f, item: "leefgebieden", probleem: "er staat geen enkel leefgebied in"))
        }
        var ids: Set<String> = []
        for (n, l) in leefgebieden.enumerated() {
            let item = l.id.allSatisfy(\.isWhitespace) ? "leefgebied \(n + 1)" : "leefgebied \"\(l.id)\""
            if l.id.allSatisfy(\.isWhitespace) {
                p.append(.init(bestand: f, item: item, probleem: "de id is leeg"))
            } else if !l.id.allSatisfy({ ($0.isASCII && ($0.isLowercase || $0.isNumber)) || $0 == "-" }) {
                p.append(.init(bestand: f, item: item, probleem: "een id bestaat alleen uit kleine letters, cijfers en streepjes (zoals werk-inkomen)"))
            }
            if !ids.insert(l.id).inserted {
                p.append(.init(bestand: f, item: item, probleem: "deze id komt vaker dan één keer voor"))
            }
            if l.naam.allSatisfy(\.isWhitespace) {
                p.append(.init(bestand: f, item: item, probleem: "de naam is leeg"))
            }
            if let kort = l.kort, kort.count > Leefgebied.maximumKort {
                p.append(.init(bestand: f, item: item,
                               probleem: "de korte naam heeft \(kort.count) tekens; dat mogen er hooguit \(Leefgebied.maximumKort) zijn"))
            }
        }
        return p
    }
}
