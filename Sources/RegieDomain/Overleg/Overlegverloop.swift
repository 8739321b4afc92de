import Foundation

/// A moment on the wall clock, to the second; stored as "2026-11-23T09:30:05Z" (UTC).
public struct Tijdstip: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// Seconds since 1970-01-01 00:00 UTC.
    public var seconden: Int

    public init(seconden: Int) { self.seconden = seconden }
    public init(_ date: Date) { seconden = Int(date.timeIntervalSince1970.rounded(.down)) }

    public var date: Date { Date(timeIntervalSince1970: TimeInterval(seconden)) }

    public static func < (a: Tijdstip, b: Tijdstip) -> Bool { a.seconden < b.seconden }

    public var iso: String {
        let dag = seconden >= 0 ? seconden / 86_400 : (seconden - 86_399) / 86_400
        let rest = seconden - dag * 86_400
        let d = Datum(dagnummer: dag)?.iso ?? "1970-01-01"
        func twee(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(d)T\(twee(rest / 3600)):\(twee(rest / 60 % 60)):\(twee(rest % 60))Z"
    }

    public var description: String { iso }

    /// Parses "jjjj-mm-ddTuu:mm:ssZ".
    public init?(iso: String) {
        let delen = iso.split(separator: "T")
        guard delen.count == 2, let d = Datum(iso: String(delen[0])), delen[1].hasSuffix("Z") else { return nil }
        let tijd = delen[1].dropLast().split(separator: ":").map { Int($0) }
        guard tijd.count == 3, let u = tijd[0], let m = tijd[1], let s = tijd[2],
              (0...23).contains(u), (0...59).contains(m), (0...60).contains(s) else { return nil }
        seconden = d.dagnummer * 86_400 + u * 3600 + m * 60 + s
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        let s = try c.decode(String.self)
        guard let t = Tijdstip(iso: s) else {
            throw DecodingError.dataCorruptedError(in: c, debugDescription: "ongeldig tijdstip '\(s)' (verwacht jjjj-mm-ddTuu:mm:ssZ)")
        }
        self = t
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(iso)
    }
}

/// How long a step of the agenda was current: the first time it started, the last time it
/// was left, and the seconds it was current before now (a step can be visited again).
public struct Stapverloop: Sendable, Equatable, Codable {
    public var stap: String
    public var begin: Tijdstip
    public var einde: Tijdstip?
    /// Seconds the step was current, not counting a visit still going on.
    public var seconden: Int

    public init(stap: String, begin: Tijdstip, einde: Tijdstip? = nil, seconden: Int = 0) {
        self.stap = stap
        self.begin = begin
        self.einde = einde
        self.seconden = seconden
    }
}

/// A quote taken down in a step of this overleg: which step, which quote (an id in the
/// dossier's lists).
public struct Notering: Sendable, Equatable, Codable {
    public var stap: String
    public var uitspraak: String

    public init(stap: String, uitspraak: String) {
        self.stap = stap
        self.uitspraak = uitspraak
    }
}

/// How an overleg went while it was held with the program: kept in the dossier, so a
/// program that stops resumes the meeting where it was.
public struct Overlegverloop: Sendable, Equatable, Codable {
    public var begin: Tijdstip
    /// The step that is current now (an id of the agenda).
    public var huidigeStap: String
    /// Since when the current step is current.
    public var stapSinds: Tijdstip
    public var stappen: [Stapverloop]
    /// Quotes taken down in the rounds, in order.
    public var noteringen: [Notering]
    /// The client on how it goes now (voortgangsoverleg).
    public var hoeGaatHet: [Uitspraak]
    /// How the client experienced the meeting.
    public var ervaring: [Uitspraak]
    public var rondvraag: [String]
    /// The planned overleg made in this meeting.
    public var volgendOverleg: String?
    /// Why no next overleg was planned.
    public var geenVolgendOverleg: String?
    /// When the meeting was closed; nil while it runs.
    public var afgesloten: Tijdstip?
    /// What is being typed in the current step and not yet stored (a quote half said): kept
    /// with the dossier, so a laptop that dies mid-sentence loses nothing.
    public var concept: Concept?
    /// The planned overleg this meeting took over, as it was planned: cancelling the meeting
    /// puts it back. Nil when the meeting was not planned.
    public var gepland: Gepland?

    public struct Concept: Sendable, Equatable, Codable {
        public var stap: String
        public var tekst: String
        /// In the step of the next overleg: what is typed in its fields (datum, tijd, plaats).
        public var velden: [String]?
        public init(stap: String, tekst: String, velden: [String]? = nil) {
            self.stap = stap
            self.tekst = tekst
            self.velden = velden
        }
    }

    /// A planned overleg before a meeting took it over.
    public struct Gepland: Sendable, Equatable, Codable {
        public var datum: Datum?
        public var tijd: Tijd?
        public var aanwezigen: [String]
        public init(datum: Datum?, tijd: Tijd?, aanwezigen: [String]) {
            self.datum = datum
            self.tijd = tijd
            self.aanwezigen = aanwezigen
        }
    }

    public init(begin: Tijdstip, huidigeStap: String) {
        self.begin = begin
        self.huidigeStap = huidigeStap
        stapSinds = begin
        stappen = [Stapverloop(stap: huidigeStap, begin: begin)]
        noteringen = []
        hoeGaatHet = []
        ervaring = []
        rondvraag = []
    }

    public var loopt: Bool { afgesloten == nil }

    public func stap(_ id: String) -> Stapverloop? { stappen.first { $0.stap == id } }

    /// Makes `id` the current step at `nu`: the time of the step that was current is added up.
    public mutating func ga(naar id: String, nu: Tijdstip) {
        sluitHuidige(nu)
        huidigeStap = id
        stapSinds = nu
        if !stappen.contains(where: { $0.stap == id }) { stappen.append(Stapverloop(stap: id, begin: nu)) }
    }

    /// Ends the meeting at `nu`.
    public mutating func sluit(_ nu: Tijdstip) {
        sluitHuidige(nu)
        stapSinds = nu
        afgesloten = nu
    }

    private mutating func sluitHuidige(_ nu: Tijdstip) {
        guard loopt, let i = stappen.firstIndex(where: { $0.stap == huidigeStap }) else { return }
        stappen[i].seconden += max(0, nu.seconden - stapSinds.seconden)
        stappen[i].einde = nu
    }

    // Fields added later decode with their defaults, so older files keep loading.
    enum CodingKeys: String, CodingKey {
        case begin, huidigeStap, stapSinds, stappen, noteringen, hoeGaatHet, ervaring, rondvraag
        case volgendOverleg, geenVolgendOverleg, afgesloten, concept, gepland
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        begin = try c.decode(Tijdstip.self, forKey: .begin)
        huidigeStap = try c.decode(String.self, forKey: .huidigeStap)
        stapSinds = try c.decodeIfPresent(Tijdstip.self, forKey: .stapSinds) ?? begin
        stappen = try c.decodeIfPresent([Stapverloop].self, forKey: .stappen) ?? []
        noteringen = try c.decodeIfPresent([Notering].self, forKey: .noteringen) ?? []
        hoeGaatHet = try c.decodeIfPresent([Uitspraak].self, forKey: .hoeGaatHet) ?? []
        ervaring = try c.decodeIfPresent([Uitspraak].self, forKey: .ervaring) ?? []
        rondvraag = try c.decodeIfPresent([String].self, forKey: .rondvraag) ?? []
        volgendOverleg = try c.decodeIfPresent(String.self, forKey: .volgendOverleg)
        geenVolgendOverleg = try c.decodeIfPresent(String.self, forKey: .geenVolgendOverleg)
        afgesloten = try c.decodeIfPresent(Tijdstip.self, forKey: .afgesloten)
        concept = try c.decodeIfPresent(Concept.self, forKey: .concept)
        gepland = try c.decodeIfPresent(Gepland.self, forKey: .gepland)
    }
}
