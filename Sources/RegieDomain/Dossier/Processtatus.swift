/// A phase action ticked off: when, by whom, in which round, with an optional note.
public struct Afvinking: Sendable, Equatable, Codable {
    /// The id of the action in the method's phases ("3a.p7").
    public var actie: String
    public var datum: Datum
    public var door: String
    public var notitie: String
    /// The round it was ticked in (see `Ronde`); absent in files from before rounds: 1.
    public var ronde: Int

    public init(actie: String, datum: Datum, door: String, notitie: String = "", ronde: Int = 1) {
        self.actie = actie
        self.datum = datum
        self.door = door
        self.notitie = notitie
        self.ronde = ronde
    }

    enum CodingKeys: String, CodingKey { case actie, datum, door, notitie, ronde }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        actie = try c.decode(String.self, forKey: .actie)
        datum = try c.decode(Datum.self, forKey: .datum)
        door = try c.decode(String.self, forKey: .door)
        notitie = try c.decode(String.self, forKey: .notitie)
        ronde = try c.decodeIfPresent(Int.self, forKey: .ronde) ?? 1
    }
}

/// One pass through the phases that repeat (4, 5a, 5b), belonging to one voortgangsoverleg.
/// Round 1 begins with the work itself and has no record until something is said of it.
public struct Ronde: Sendable, Equatable, Codable {
    /// 1, 2, 3 …
    public var nummer: Int
    public var begonnen: Datum
    public var door: String
    /// The voortgangsoverleg of this round, once it is closed.
    public var overleg: String?
    /// The round starts a new request after a closure (back to phase 1): the phases that do
    /// not repeat are worked again too.
    public var nieuweAanvraag: Bool

    public init(nummer: Int, begonnen: Datum, door: String, overleg: String? = nil, nieuweAanvraag: Bool = false) {
        self.nummer = nummer
        self.begonnen = begonnen
        self.door = door
        self.overleg = overleg
        self.nieuweAanvraag = nieuweAanvraag
    }
}

/// A change of the current phase: from where to where, when, by whom, and why when it does
/// not follow the method (a phase skipped with actions still open, or a step the method does
/// not give).
public struct Faseovergang: Sendable, Equatable, Codable {
    public var van: String
    public var naar: String
    public var datum: Datum
    public var door: String
    /// Empty when the step follows the method.
    public var reden: String
    /// The round after the change.
    public var ronde: Int

    public init(van: String, naar: String, datum: Datum, door: String, reden: String = "", ronde: Int) {
        self.van = van
        self.naar = naar
        self.datum = datum
        self.door = door
        self.reden = reden
        self.ronde = ronde
    }
}

/// The answer to the question "zijn er signalen van (acute) onveiligheid of onvoldoende
/// basiszorg?" at a safety branch point of the work process.
public enum Signaalantwoord: String, Sendable, Codable, CaseIterable {
    case ja, nee, onbekend

    public var tekst: String { rawValue }
}

/// One answer at a safety branch point (phases 1, 2, 4 and 6b).
public struct Veiligheidsvraag: Sendable, Equatable, Codable {
    public var fase: String
    public var antwoord: Signaalantwoord
    public var datum: Datum
    public var door: String
    public var toelichting: String
    public var ronde: Int

    public init(fase: String, antwoord: Signaalantwoord, datum: Datum, door: String, toelichting: String = "", ronde: Int = 1) {
        self.fase = fase
        self.antwoord = antwoord
        self.datum = datum
        self.door = door
        self.toelichting = toelichting
        self.ronde = ronde
    }
}

/// What is agreed for after the closure (6b.p4): who does what, when, how often.
public struct Nazorgafspraak: Sendable, Equatable, Codable {
    public var wie: String
    public var wat: String
    public var wanneer: String
    public var hoeVaak: String

    public init(wie: String, wat: String, wanneer: String = "", hoeVaak: String = "") {
        self.wie = wie
        self.wat = wat
        self.wanneer = wanneer
        self.hoeVaak = hoeVaak
    }
}

/// A closed household opened again: back to phase 4, or to 1 for a new request.
public struct Heropening: Sendable, Equatable, Codable {
    public var datum: Datum
    public var door: String
    public var naarFase: String
    public var reden: String

    public init(datum: Datum, door: String, naarFase: String, reden: String) {
        self.datum = datum
        self.door = door
        self.naarFase = naarFase
        self.reden = reden
    }
}

/// The closure of the coordination (phase 6b), as an act: when, by whom, the evaluation
/// with the client (6b.p7), the nazorg (6b.p4) and where the client can go with questions
/// (6b.p5).
public struct Afsluiting: Sendable, Equatable, Codable {
    public var datum: Datum
    public var door: String
    public var evaluatie: String
    public var nazorg: [Nazorgafspraak]
    public var vragenBij: String
    /// Set when the household was opened again; the closure stays on record.
    public var heropend: Heropening?

    public init(datum: Datum, door: String, evaluatie: String, nazorg: [Nazorgafspraak] = [], vragenBij: String,
                heropend: Heropening? = nil) {
        self.datum = datum
        self.door = door
        self.evaluatie = evaluatie
        self.nazorg = nazorg
        self.vragenBij = vragenBij
        self.heropend = heropend
    }
}

/// The life-threatening step of the meldcode, documented: "112 gebeld om 14:05, door …".
public struct Noodmelding: Sendable, Equatable, Codable {
    public var datum: Datum
    public var tijd: Tijd?
    public var door: String
    /// What was done ("112 gebeld", "crisisdienst ingeschakeld").
    public var wat: String

    public init(datum: Datum, tijd: Tijd?, door: String, wat: String) {
        self.datum = datum
        self.tijd = tijd
        self.door = door
        self.wat = wat
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
    /// The day the walk was started; absent in files from before (see `begindatum`).
    public var begonnen: Datum?
    /// Why it was started ("signalen bij fase 4").
    public var aanleiding: String?
    /// The life-threatening step, when it was taken.
    public var levensbedreigend: Noodmelding?

    public init(stappen: [Stapvastlegging] = [], antwoorden: [AfwegingAntwoord] = [], besluit: BesluitVastlegging? = nil,
                begonnen: Datum? = nil, aanleiding: String? = nil, levensbedreigend: Noodmelding? = nil) {
        self.stappen = stappen
        self.antwoorden = antwoorden
        self.besluit = besluit
        self.begonnen = begonnen
        self.aanleiding = aanleiding
        self.levensbedreigend = levensbedreigend
    }

    /// When it began: the day recorded, or the first day anything of it was recorded.
    public var begindatum: Datum? {
        begonnen ?? (stappen.map(\.datum) + antwoorden.map(\.datum) + [levensbedreigend?.datum].compactMap { $0 }).min()
    }

    /// Started and without a decision.
    public var isOpen: Bool { besluit == nil && begindatum != nil }
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
    /// The overleg it was decided at (the voortgangsoverleg asks whether the level still
    /// fits); absent when it was not decided at one, and in older files.
    public var overleg: String?
    /// For the first level: the situatie descriptors answered, with the levels each fits
    /// (see `Situatieaspect`); absent otherwise and in older files.
    public var situatie: [Situatiekeuze]?

    public init(datum: Datum, van: Int?, naar: Int, reden: String, criteria: [String] = [], door: String,
                overleg: String? = nil, situatie: [Situatiekeuze]? = nil) {
        self.datum = datum
        self.van = van
        self.naar = naar
        self.reden = reden
        self.criteria = criteria
        self.door = door
        self.overleg = overleg
        self.situatie = situatie
    }
}

/// One answer to an op- or afschaal question of the regiekaart, kept with when and where it
/// was given; the latest answer to a question counts, earlier ones are its history.
public struct Schaalantwoord: Sendable, Equatable, Codable {
    /// The id of the condition ("n3.op.1.a").
    public var vraag: String
    /// nil: the answer was taken back (unknown again).
    public var antwoord: JaNee?
    /// nil for answers from files before answers had a date.
    public var datum: Datum?
    public var door: String?
    /// The overleg it was given at (a running one, or the voortgangsoverleg's level check).
    public var overleg: String?

    public init(vraag: String, antwoord: JaNee?, datum: Datum?, door: String? = nil, overleg: String? = nil) {
        self.vraag = vraag
        self.antwoord = antwoord
        self.datum = datum
        self.door = door
        self.overleg = overleg
    }
}

/// An escalation that is not a level: the regie laid before the manager, the PGA-expert or
/// the burgemeester (see `Escalatiesoort` in the regiekaart), with when, by whom, to whom and why.
public struct Escalatie: Sendable, Equatable, Codable {
    public var datum: Datum
    /// The id of the escalation in the regiekaart ("manager", "PGA-expert", "burgemeester").
    public var naar: String
    /// The person it went to, by name or function; may be empty.
    public var aan: String
    public var reden: String
    public var door: String
    /// The level at the time.
    public var niveau: Int?
    /// The overleg it was decided at, when one was running.
    public var overleg: String?

    public init(datum: Datum, naar: String, aan: String = "", reden: String, door: String, niveau: Int?, overleg: String? = nil) {
        self.datum = datum
        self.naar = naar
        self.aan = aan
        self.reden = reden
        self.door = door
        self.niveau = niveau
        self.overleg = overleg
    }
}

/// Where the household stands in the work process.
public struct Processtatus: Sendable, Equatable, Codable {
    /// The current phase id ("1" … "6b").
    public var fase: String
    public var afgevinkt: [Afvinking]
    /// Ids of the start criteria that applied.
    public var startcriteria: [String]
    /// Ids of the start criteria that were looked at and did not apply.
    public var startcriteriaNiet: [String]
    /// In the regisseur's words: why regie started (2.p3).
    public var startreden: String
    /// One entry per time the extra safety steps were walked; the last is current.
    public var meldcode: [Meldcodeverloop]
    /// The regiekaart level, 1–5; nil until it is set.
    public var niveau: Int?
    public var niveaugeschiedenis: [Niveauwijziging]
    /// Every answer to the op- and afschaal conditions, oldest first; the latest per question counts.
    public var schaalgeschiedenis: [Schaalantwoord]
    /// Escalations to the manager, the PGA-expert or the burgemeester, oldest first.
    public var escalaties: [Escalatie]
    /// The rounds of the repeating phases that have a record (round 1 may have none).
    public var rondes: [Ronde]
    /// Every change of the current phase, oldest first.
    public var faseovergangen: [Faseovergang]
    /// The answers at the safety branch points, oldest first.
    public var veiligheidsvragen: [Veiligheidsvraag]
    /// Every closure, oldest first; the household is closed when the last is not reopened.
    public var afsluitingen: [Afsluiting]

    public init(fase: String = "1", afgevinkt: [Afvinking] = [], startcriteria: [String] = [],
                meldcode: [Meldcodeverloop] = [], niveau: Int? = nil, niveaugeschiedenis: [Niveauwijziging] = [],
                schaalantwoorden: [String: JaNee] = [:], rondes: [Ronde] = [], faseovergangen: [Faseovergang] = [],
                veiligheidsvragen: [Veiligheidsvraag] = [], afsluitingen: [Afsluiting] = [],
                startcriteriaNiet: [String] = [], startreden: String = "", escalaties: [Escalatie] = []) {
        self.fase = fase
        self.startcriteriaNiet = startcriteriaNiet
        self.startreden = startreden
        self.afgevinkt = afgevinkt
        self.startcriteria = startcriteria
        self.meldcode = meldcode
        self.niveau = niveau
        self.niveaugeschiedenis = niveaugeschiedenis
        self.schaalgeschiedenis = Self.ongedateerd(schaalantwoorden)
        self.escalaties = escalaties
        self.rondes = rondes
        self.faseovergangen = faseovergangen
        self.veiligheidsvragen = veiligheidsvragen
        self.afsluitingen = afsluitingen
    }

    enum CodingKeys: String, CodingKey {
        case fase, afgevinkt, startcriteria, startcriteriaNiet, startreden, meldcode, niveau, niveaugeschiedenis, schaalantwoorden
        case rondes, faseovergangen, veiligheidsvragen, afsluitingen, schaalgeschiedenis, escalaties
    }

    /// Files from before rounds, closures and safety answers load unchanged: those lists start empty.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        fase = try c.decode(String.self, forKey: .fase)
        afgevinkt = try c.decode([Afvinking].self, forKey: .afgevinkt)
        startcriteria = try c.decode([String].self, forKey: .startcriteria)
        startcriteriaNiet = try c.decodeIfPresent([String].self, forKey: .startcriteriaNiet) ?? []
        startreden = try c.decodeIfPresent(String.self, forKey: .startreden) ?? ""
        meldcode = try c.decode([Meldcodeverloop].self, forKey: .meldcode)
        niveau = try c.decodeIfPresent(Int.self, forKey: .niveau)
        niveaugeschiedenis = try c.decode([Niveauwijziging].self, forKey: .niveaugeschiedenis)
        // Files from before answers had a date hold only the latest answers: they become
        // undated history. `schaalantwoorden` is still written, for older versions of Regie.
        if let geschiedenis = try c.decodeIfPresent([Schaalantwoord].self, forKey: .schaalgeschiedenis) {
            schaalgeschiedenis = geschiedenis
        } else {
            schaalgeschiedenis = Self.ongedateerd(try c.decodeIfPresent([String: JaNee].self, forKey: .schaalantwoorden) ?? [:])
        }
        escalaties = try c.decodeIfPresent([Escalatie].self, forKey: .escalaties) ?? []
        rondes = try c.decodeIfPresent([Ronde].self, forKey: .rondes) ?? []
        faseovergangen = try c.decodeIfPresent([Faseovergang].self, forKey: .faseovergangen) ?? []
        veiligheidsvragen = try c.decodeIfPresent([Veiligheidsvraag].self, forKey: .veiligheidsvragen) ?? []
        afsluitingen = try c.decodeIfPresent([Afsluiting].self, forKey: .afsluitingen) ?? []
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(fase, forKey: .fase)
        try c.encode(afgevinkt, forKey: .afgevinkt)
        try c.encode(startcriteria, forKey: .startcriteria)
        try c.encode(startcriteriaNiet, forKey: .startcriteriaNiet)
        try c.encode(startreden, forKey: .startreden)
        try c.encode(meldcode, forKey: .meldcode)
        try c.encodeIfPresent(niveau, forKey: .niveau)
        try c.encode(niveaugeschiedenis, forKey: .niveaugeschiedenis)
        try c.encode(schaalantwoorden, forKey: .schaalantwoorden)
        try c.encode(schaalgeschiedenis, forKey: .schaalgeschiedenis)
        try c.encode(escalaties, forKey: .escalaties)
        try c.encode(rondes, forKey: .rondes)
        try c.encode(faseovergangen, forKey: .faseovergangen)
        try c.encode(veiligheidsvragen, forKey: .veiligheidsvragen)
        try c.encode(afsluitingen, forKey: .afsluitingen)
    }

    /// Answers without a date, in the order of their ids.
    static func ongedateerd(_ antwoorden: [String: JaNee]) -> [Schaalantwoord] {
        antwoorden.keys.sorted().map { Schaalantwoord(vraag: $0, antwoord: antwoorden[$0], datum: nil) }
    }

    /// The answer that counts per question: the latest of the history (a question whose latest
    /// answer was taken back is absent). Derived, never set:
    /// an answer is given with `beantwoordSchaalvraag`, with its date and who gave it.
    public var schaalantwoorden: [String: JaNee] {
        var r: [String: JaNee] = [:]
        for a in schaalgeschiedenis { r[a.vraag] = a.antwoord }
        return r
    }

    /// The answer that counts for question `id`, with its date; nil when never answered.
    public func laatsteSchaalantwoord(_ id: String) -> Schaalantwoord? {
        schaalgeschiedenis.last { $0.vraag == id }
    }

    /// The answers to question `id` before the one that counts, newest first.
    public func eerdereSchaalantwoorden(_ id: String) -> [Schaalantwoord] {
        Array(schaalgeschiedenis.filter { $0.vraag == id }.dropLast().reversed())
    }

    /// Records an answer (nil: unknown again) with the day, who and the overleg it was given at.
    /// The same answer given again on the same day at the same overleg is not recorded twice.
    public mutating func beantwoordSchaalvraag(_ id: String, _ antwoord: JaNee?, datum: Datum, door: String, overleg: String? = nil) {
        if let laatst = laatsteSchaalantwoord(id), laatst.antwoord == antwoord, laatst.datum == datum, laatst.overleg == overleg {
            return
        }
        if laatsteSchaalantwoord(id) == nil && antwoord == nil { return }
        schaalgeschiedenis.append(Schaalantwoord(vraag: id, antwoord: antwoord, datum: datum, door: door, overleg: overleg))
    }
}
