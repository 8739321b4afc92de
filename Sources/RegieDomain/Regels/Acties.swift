// When an action is due, done or late: the one place these rules live. The overview, the
// plan check, the summary in the index, the version comparison and the plan document all ask here.

/// How often an action repeats.
public enum Ritme: String, Sendable, Codable, CaseIterable {
    case week = "elke-week"
    case tweeWeken = "om-de-week"
    case maand = "elke-maand"

    public var tekst: String {
        switch self {
        case .week: return "elke week"
        case .tweeWeken: return "om de week"
        case .maand: return "elke maand"
        }
    }
}

/// An action that repeats from its first date (`Actie.wanneer`) until a date.
public struct Herhaling: Sendable, Equatable, Codable {
    public var ritme: Ritme
    /// The last day it can fall on; nil: until the plan changes it.
    public var tot: Datum?
    /// The time of day, if it has one ("9:00").
    public var tijd: Tijd?

    public init(ritme: Ritme, tot: Datum? = nil, tijd: Tijd? = nil) {
        self.ritme = ritme
        self.tot = tot
        self.tijd = tijd
    }

    /// The `n`-th time (0 is `begin`), computed from the start so months do not drift.
    func keer(_ n: Int, vanaf begin: Datum) -> Datum? {
        switch ritme {
        case .week: return begin.plus(dagen: 7 * n)
        case .tweeWeken: return begin.plus(dagen: 14 * n)
        case .maand: return begin.plus(maanden: n)
        }
    }

    /// The number of the last time on or before `d` (ignoring `tot`); nil before `begin`.
    private func index(opOfVoor d: Datum, vanaf begin: Datum) -> Int? {
        guard begin <= d else { return nil }
        switch ritme {
        case .week: return (d.dagnummer - begin.dagnummer) / 7
        case .tweeWeken: return (d.dagnummer - begin.dagnummer) / 14
        case .maand:
            var n = (d.jaar - begin.jaar) * 12 + (d.maand - begin.maand)
            while n > 0, let k = keer(n, vanaf: begin), k > d { n -= 1 }
            return max(0, n)
        }
    }

    /// The last time on or before `d`, within `tot`.
    public func laatsteKeer(opOfVoor d: Datum, vanaf begin: Datum) -> Datum? {
        let grens = tot.map { min($0, d) } ?? d
        guard let n = index(opOfVoor: grens, vanaf: begin) else { return nil }
        return keer(n, vanaf: begin)
    }

    /// The first time after `d`, within `tot`.
    public func eersteKeer(na d: Datum, vanaf begin: Datum) -> Datum? {
        let volgende: Datum?
        if d < begin {
            volgende = begin
        } else {
            let n = index(opOfVoor: d, vanaf: begin) ?? 0
            volgende = keer(n + 1, vanaf: begin)
        }
        guard let volgende, tot.map({ volgende <= $0 }) ?? true else { return nil }
        return volgende
    }

    /// "elke maandag 9:00 tot 01-03-2027", "om de week op dinsdag", "elke maand op de 5e".
    public func tekst(vanaf begin: Datum) -> String {
        var t: String
        switch ritme {
        case .week: t = "elke \(begin.weekdagnaam)"
        case .tweeWeken: t = "om de week op \(begin.weekdagnaam)"
        case .maand: t = "elke maand op de \(begin.dag)e"
        }
        // "9:00" as people say it, not "09:00".
        if let tijd { t += " \(tijd.uur):" + (tijd.minuut < 10 ? "0" : "") + "\(tijd.minuut)" }
        if let tot { t += " tot \(tot.tekst)" }
        return t
    }
}

extension Actie {
    /// The date by which the open part of the action must be done: for a one-off action its
    /// date while it is not done; for one that repeats, the first time after the last one
    /// marked done. Nil when nothing is open or no date is known.
    public var deadline: Datum? {
        guard let wanneer else { return nil }
        guard let herhaling else { return gedaan == nil ? wanneer : nil }
        if let gedaan, gedaan >= wanneer { return herhaling.eersteKeer(na: gedaan, vanaf: wanneer) }
        if let tot = herhaling.tot, tot < wanneer { return nil }
        return wanneer
    }

    /// Not finished: a one-off action not done, or one that repeats with a time still to mark.
    public var isOpen: Bool { herhaling == nil ? gedaan == nil : (wanneer == nil || deadline != nil) }

    /// Late: for a one-off action its date passed without it being done; for one that repeats,
    /// its latest time passed without being marked done.
    public func isTeLaat(vandaag: Datum) -> Bool { deadline.map { $0 < vandaag } ?? false }

    /// Marks it done today; for one that repeats: its latest time up to today (or the next
    /// one when none has come yet).
    /// - Returns: the date marked, nil when there was nothing to mark.
    @discardableResult
    public mutating func markeerGedaan(vandaag: Datum) -> Datum? {
        guard let herhaling, let wanneer else {
            gedaan = vandaag
            return vandaag
        }
        let keer = herhaling.laatsteKeer(opOfVoor: vandaag, vanaf: wanneer)
        if let keer, gedaan.map({ $0 < keer }) ?? true {
            gedaan = keer
            return keer
        }
        guard let volgende = deadline else { return nil }
        gedaan = volgende
        return volgende
    }

    /// Undoes the last mark: a one-off action is open again; one that repeats goes back one time.
    public mutating func markeerNietGedaan() {
        guard let herhaling, let wanneer, let g = gedaan else {
            gedaan = nil
            return
        }
        gedaan = g <= wanneer ? nil : herhaling.laatsteKeer(opOfVoor: g.plus(dagen: -1) ?? wanneer, vanaf: wanneer)
    }

    /// Ticked in a list: a one-off action done; one that repeats with its latest time up to
    /// today marked (or, before its first time, one marked ahead).
    public func isGedaan(vandaag: Datum) -> Bool {
        guard let herhaling, let wanneer else { return gedaan != nil }
        guard let gedaan else { return false }
        return herhaling.laatsteKeer(opOfVoor: vandaag, vanaf: wanneer).map { gedaan >= $0 } ?? true
    }

    /// One key for done and not done (Space in a list): marks done when not ticked, else
    /// takes marks back until it is not (one, unless times ahead were marked too).
    public mutating func wisselGedaan(vandaag: Datum) {
        guard isGedaan(vandaag: vandaag) else {
            markeerGedaan(vandaag: vandaag)
            return
        }
        repeat { markeerNietGedaan() } while gedaan != nil && isGedaan(vandaag: vandaag)
    }

    /// Where an action that repeats stands: "gemist 07-12-2026" (the first time not marked,
    /// passed), "volgende 14-12-2026", or "afgelopen" when no time is left to mark. nil for a
    /// one-off action or one without a date.
    public func herhaalstand(vandaag: Datum) -> String? {
        guard herhaling != nil, wanneer != nil else { return nil }
        guard let deadline else { return "afgelopen" }
        return deadline < vandaag ? "gemist \(deadline.tekst)" : "volgende \(deadline.tekst)"
    }

    /// "elke maandag 9:00 tot 01-03-2027" for an action that repeats; nil otherwise.
    public var ritmeTekst: String? {
        guard let herhaling, let wanneer else { return nil }
        return herhaling.tekst(vanaf: wanneer)
    }
}

extension Dossier {
    /// Every action of every goal, with its goal.
    public var alleActies: [(doel: Doel, actie: Actie)] {
        plan.doelen.flatMap { doel in doel.acties.map { (doel, $0) } }
    }

    /// Late actions, oldest deadline first; none for a closed household.
    public func teLateActies(vandaag: Datum) -> [(doel: Doel, actie: Actie)] {
        guard !isAfgesloten else { return [] }
        return alleActies.filter { $0.actie.isTeLaat(vandaag: vandaag) }
            .sorted { ($0.actie.deadline!, $0.actie.wat) < ($1.actie.deadline!, $1.actie.wat) }
    }

    /// Veiligheidsafspraken whose date passed without being kept since; none for a closed household.
    public func teLateAfspraken(vandaag: Datum) -> [Veiligheidsafspraak] {
        guard !isAfgesloten, let vp = veiligheidsplan, vp.afgerond == nil else { return [] }
        return vp.afspraken.filter { $0.isTeLaat(vandaag: vandaag) }
    }
}
