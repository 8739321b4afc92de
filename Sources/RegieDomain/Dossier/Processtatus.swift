/// A phase action ticked off: when, by whom, with an optional note.
public struct Afvinking: Sendable, Equatable, Codable {
    /// The id of the action in the method's phases ("3a.p7").
    public var actie: String
    public var datum: Datum
    public var door: String
    public var notitie: String

    public init(actie: String, datum: Datum, door: String, notitie: String = "") {
        self.actie = actie
        self.datum = datum
        self.door = door
        self.notitie = notitie
    }
}

/// A meldcode step recorded as done ("documenteer").
public struct Stapvastlegging: Sendable, Equatable, Codable {
    public var stap: String
    public var datum: Datum
    public var door: String
    public var notitie: String

    public init(stap: String, datum: Datum, door: String, notitie: String = "") {
        self.stap = stap
        self.datum = datum
        self.door = door
        self.notitie = notitie
    }
}

/// The answer to one question of the afwegingskader.
public struct AfwegingAntwoord: Sendable, Equatable, Codable {
    public var afweging: String
    public var antwoord: JaNee
    public var datum: Datum
    public var door: String
    public var toelichting: String

    public init(afweging: String, antwoord: JaNee, datum: Datum, door: String, toelichting: String = "") {
        self.afweging = afweging
        self.antwoord = antwoord
        self.datum = datum
        self.door = door
        self.toelichting = toelichting
    }
}

/// The decision the afwegingskader led to, as recorded.
public struct BesluitVastlegging: Sendable, Equatable, Codable {
    public var besluit: String
    public var datum: Datum
    public var door: String
    public var toelichting: String

    public init(besluit: String, datum: Datum, door: String, toelichting: String = "") {
        self.besluit = besluit
        self.datum = datum
        self.door = door
        self.toelichting = toelichting
    }
}

/// The extra steps when a household is unsafe: one walk through the meldcode.
public struct Meldcodeverloop: Sendable, Equatable, Codable {
    public var stappen: [Stapvastlegging]
    public var antwoorden: [AfwegingAntwoord]
    public var besluit: BesluitVastlegging?

    public init(stappen: [Stapvastlegging] = [], antwoorden: [AfwegingAntwoord] = [], besluit: BesluitVastlegging? = nil) {
        self.stappen = stappen
        self.antwoorden = antwoorden
        self.besluit = besluit
    }
}

/// A change of the regiekaart level.
public struct Niveauwijziging: Sendable, Equatable, Codable {
    public var datum: Datum
    public var van: Int?
    public var naar: Int
    public var reden: String
    /// Ids of the op- or afschaal criteria that held.
    public var criteria: [String]
    public var door: String

    public init(datum: Datum, van: Int?, naar: Int, reden: String, criteria: [String] = [], door: String) {
        self.datum = datum
        self.van = van
        self.naar = naar
        self.reden = reden
        self.criteria = criteria
        self.door = door
    }
}

/// Where the household stands in the work process.
public struct Processtatus: Sendable, Equatable, Codable {
    /// The current phase id ("1" … "6b").
    public var fase: String
    public var afgevinkt: [Afvinking]
    /// Ids of the start criteria that applied.
    public var startcriteria: [String]
    /// One entry per time the extra safety steps were walked; the last is current.
    public var meldcode: [Meldcodeverloop]
    /// The regiekaart level, 1–5; nil until it is set.
    public var niveau: Int?
    public var niveaugeschiedenis: [Niveauwijziging]
    /// Answers to the op- and afschaal conditions, by condition id.
    public var schaalantwoorden: [String: JaNee]

    public init(fase: String = "1", afgevinkt: [Afvinking] = [], startcriteria: [String] = [],
                meldcode: [Meldcodeverloop] = [], niveau: Int? = nil, niveaugeschiedenis: [Niveauwijziging] = [],
                schaalantwoorden: [String: JaNee] = [:]) {
        self.fase = fase
        self.afgevinkt = afgevinkt
        self.startcriteria = startcriteria
        self.meldcode = meldcode
        self.niveau = niveau
        self.niveaugeschiedenis = niveaugeschiedenis
        self.schaalantwoorden = schaalantwoorden
    }

    public func isAfgevinkt(_ actie: String) -> Bool { afgevinkt.contains { $0.actie == actie } }
}
