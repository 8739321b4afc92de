/// The four checks that the plans contain the goals safety needs.
public struct Doelencheck: Sendable, Equatable, Codable {
    /// The ondersteuningsplan has the goal "[namen]: ik houd mij aan de veiligheidsafspraken".
    public var afsprakenNakomen: Bool
    /// Goals and actions on lifting the (acute) unsafety.
    public var onveiligheidOpheffen: Bool
    /// … on treating the problems that caused the unsafety.
    public var oorzakenBehandelen: Bool
    /// … on treatment and aftercare so people can recover from harm done.
    public var herstelEnNazorg: Bool

    public init(afsprakenNakomen: Bool = false, onveiligheidOpheffen: Bool = false,
                oorzakenBehandelen: Bool = false, herstelEnNazorg: Bool = false) {
        self.afsprakenNakomen = afsprakenNakomen
        self.onveiligheidOpheffen = onveiligheidOpheffen
        self.oorzakenBehandelen = oorzakenBehandelen
        self.herstelEnNazorg = herstelEnNazorg
    }

    public var isCompleet: Bool { afsprakenNakomen && onveiligheidOpheffen && oorzakenBehandelen && herstelEnNazorg }
}

/// One answer to the schaalvraag: how safe is it now, from 0 (life-threatening) to 10
/// (safe enough to close). Asked again at every overleg, so the list is a history.
public struct Schaalscore: Sendable, Equatable, Codable, Identifiable {
    public var id: String
    public var persoon: String?
    /// 0–10.
    public var cijfer: Int
    public var toelichting: String
    public var datum: Datum
    /// The overleg where it was asked, if any.
    public var overleg: String?

    public init(id: String = Sleutel.nieuw(), persoon: String?, cijfer: Int, toelichting: String = "", datum: Datum, overleg: String? = nil) {
        self.id = id
        self.persoon = persoon
        self.cijfer = cijfer
        self.toelichting = toelichting
        self.datum = datum
        self.overleg = overleg
    }

    public static let bereik = 0...10
}

/// Whether a veiligheidsafspraak was kept, as asked at an overleg (5b.p4).
public struct Naleving: Sendable, Equatable, Codable {
    public var datum: Datum
    public var nagekomen: JaNee
    public var toelichting: String
    /// The overleg where it was asked, if any.
    public var overleg: String?

    public init(datum: Datum, nagekomen: JaNee, toelichting: String = "", overleg: String? = nil) {
        self.datum = datum
        self.nagekomen = nagekomen
        self.toelichting = toelichting
        self.overleg = overleg
    }
}

/// What must happen at once to lift the unsafety: who does what, where and when.
public struct Veiligheidsafspraak: Sendable, Equatable, Codable, Identifiable {
    public var id: String
    /// What is done.
    public var wat: String
    /// What is needed to carry it out (what the client does, who supports).
    public var nodig: String
    /// The person of the dossier who sees to it that it is kept.
    public var toezicht: String?
    /// What happens when it is not kept.
    public var alsNietNagekomen: String
    /// The person of the dossier who does it; absent in files from before.
    public var wie: String?
    public var waar: String
    /// By when; a passed date without an answer "nagekomen" since makes it late.
    public var wanneer: Datum?
    /// Every time it was asked whether it was kept, oldest first.
    public var nalevingen: [Naleving]

    public init(id: String = Sleutel.nieuw(), wat: String, nodig: String = "", toezicht: String? = nil, alsNietNagekomen: String = "",
                wie: String? = nil, waar: String = "", wanneer: Datum? = nil, nalevingen: [Naleving] = []) {
        self.id = id
        self.wat = wat
        self.nodig = nodig
        self.toezicht = toezicht
        self.alsNietNagekomen = alsNietNagekomen
        self.wie = wie
        self.waar = waar
        self.wanneer = wanneer
        self.nalevingen = nalevingen
    }

    enum CodingKeys: String, CodingKey { case id, wat, nodig, toezicht, alsNietNagekomen, wie, waar, wanneer, nalevingen }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        wat = try c.decode(String.self, forKey: .wat)
        nodig = try c.decode(String.self, forKey: .nodig)
        toezicht = try c.decodeIfPresent(String.self, forKey: .toezicht)
        alsNietNagekomen = try c.decode(String.self, forKey: .alsNietNagekomen)
        wie = try c.decodeIfPresent(String.self, forKey: .wie)
        waar = try c.decodeIfPresent(String.self, forKey: .waar) ?? ""
        wanneer = try c.decodeIfPresent(Datum.self, forKey: .wanneer)
        nalevingen = try c.decodeIfPresent([Naleving].self, forKey: .nalevingen) ?? []
    }

    /// Late: its date passed and nobody said since that it was kept.
    public func isTeLaat(vandaag: Datum) -> Bool {
        guard let wanneer, wanneer < vandaag else { return false }
        return !nalevingen.contains { $0.nagekomen == .ja && $0.datum >= wanneer }
    }
}

/// A veiligheidsplan ended because the safety is back: when and by whom.
public struct Afronding: Sendable, Equatable, Codable {
    public var datum: Datum
    public var door: String

    public init(datum: Datum, door: String) {
        self.datum = datum
        self.door = door
    }
}

/// Whom to call, and when.
public struct Veiligheidscontact: Sendable, Equatable, Codable, Identifiable {
    public var id: String
    public var naam: String
    public var wanneerBellen: String
    public var telefoon: String
    public var email: String

    public init(id: String = Sleutel.nieuw(), naam: String, wanneerBellen: String = "", telefoon: String = "", email: String = "") {
        self.id = id
        self.naam = naam
        self.wanneerBellen = wanneerBellen
        self.telefoon = telefoon
        self.email = email
    }
}

extension Dossier {
    /// A contact for the veiligheidsplan filled from someone in the dossier: name, phone and
    /// e-mail as the dossier has them. Nil for an unknown id.
    public func veiligheidscontact(van id: String) -> Veiligheidscontact? {
        if let n = netwerk.first(where: { $0.id == id }) {
            return Veiligheidscontact(naam: n.relatie.isEmpty ? n.naam : "\(n.naam) (\(n.relatie))", telefoon: n.telefoon, email: n.email)
        }
        if let p = professionals.first(where: { $0.id == id }) {
            let wie = [p.functie, p.organisatie].filter { !$0.isEmpty }.joined(separator: ", ")
            return Veiligheidscontact(naam: wie.isEmpty ? p.naam : "\(p.naam) (\(wie))", telefoon: p.telefoon, email: p.email)
        }
        if let r = regisseurs.first(where: { $0.id == id }) {
            return Veiligheidscontact(naam: "\(r.naam) (\(r.rol.tekst))", telefoon: r.telefoon, email: r.email)
        }
        if let g = gezinsleden.first(where: { $0.id == id }) {
            return Veiligheidscontact(naam: g.naam, telefoon: g.telefoon, email: g.email)
        }
        return nil
    }
}

public enum Hoedanigheid: String, Sendable, Codable, CaseIterable {
    case klant
    case wettelijkVertegenwoordiger = "wettelijk-vertegenwoordiger"
    case professional

    public var tekst: String {
        switch self {
        case .klant: return "klant"
        case .wettelijkVertegenwoordiger: return "wettelijk vertegenwoordiger"
        case .professional: return "professional"
        }
    }
}

/// A signature: who signed, in which capacity, when.
public struct Ondertekening: Sendable, Equatable, Codable, Identifiable {
    public var id: String
    public var persoon: String?
    /// The name as signed.
    public var naam: String
    public var hoedanigheid: Hoedanigheid
    public var datum: Datum

    public init(id: String = Sleutel.nieuw(), persoon: String?, naam: String, hoedanigheid: Hoedanigheid, datum: Datum) {
        self.id = id
        self.persoon = persoon
        self.naam = naam
        self.hoedanigheid = hoedanigheid
        self.datum = datum
    }
}

/// The safety plan, added to the ondersteuningsplan when there are signs of unsafety or
/// insufficient basic care.
public struct Veiligheidsplan: Sendable, Equatable, Codable {
    public var doelencheck: Doelencheck
    /// Conditions for safety, if any.
    public var veiligheidsvoorwaarden: String
    /// What already gives safety, quoted per person.
    public var bestaandeVeiligheid: [Uitspraak]
    /// What happened: first, worst, last time, how often.
    public var gebeurtenissen: [Uitspraak]
    /// Harm done to the client or household members.
    public var schade: [Uitspraak]
    /// The worst that can happen if nothing changes.
    public var grootsteZorg: [Uitspraak]
    /// What makes keeping it safe harder: complicating factors, triggers, stress.
    public var complicerendeFactoren: [Uitspraak]
    public var schaalvragen: [Schaalscore]
    public var afspraken: [Veiligheidsafspraak]
    public var contacten: [Veiligheidscontact]
    public var evaluatiedatum: Datum?
    public var ondertekening: [Ondertekening]
    /// The last day its content changed (not counting signatures); absent in files from before.
    public var gewijzigd: Datum?
    /// Set when it was ended because the safety is back; nil while it runs.
    public var afgerond: Afronding?

    public init(doelencheck: Doelencheck = Doelencheck(), veiligheidsvoorwaarden: String = "",
                bestaandeVeiligheid: [Uitspraak] = [], gebeurtenissen: [Uitspraak] = [], schade: [Uitspraak] = [],
                grootsteZorg: [Uitspraak] = [], complicerendeFactoren: [Uitspraak] = [], schaalvragen: [Schaalscore] = [],
                afspraken: [Veiligheidsafspraak] = [], contacten: [Veiligheidscontact] = [], evaluatiedatum: Datum? = nil,
                ondertekening: [Ondertekening] = []) {
        self.doelencheck = doelencheck
        self.veiligheidsvoorwaarden = veiligheidsvoorwaarden
        self.bestaandeVeiligheid = bestaandeVeiligheid
        self.gebeurtenissen = gebeurtenissen
        self.schade = schade
        self.grootsteZorg = grootsteZorg
        self.complicerendeFactoren = complicerendeFactoren
        self.schaalvragen = schaalvragen
        self.afspraken = afspraken
        self.contacten = contacten
        self.evaluatiedatum = evaluatiedatum
        self.ondertekening = ondertekening
    }

    /// Signed by at least one client or legal representative and at least one professional,
    /// on or after the day its content last changed (a plan changed at an overleg is signed again).
    public var isOndertekend: Bool {
        let geldig = ondertekening.filter { o in gewijzigd.map { o.datum >= $0 } ?? true }
        return geldig.contains { $0.hoedanigheid != .professional } && geldig.contains { $0.hoedanigheid == .professional }
    }

    /// Signed once by both sides, but changed after that.
    public var moetOpnieuwOndertekend: Bool {
        !isOndertekend && ondertekening.contains { $0.hoedanigheid != .professional }
            && ondertekening.contains { $0.hoedanigheid == .professional }
    }

    /// The content without the signatures and the change date: what "changed" compares.
    public var inhoud: Veiligheidsplan {
        var v = self
        v.ondertekening = []
        v.gewijzigd = nil
        v.afgerond = nil
        return v
    }

    /// Each person's latest score, lowest first; equal scores of a day keep the plan's order
    /// (so the same plan always names the same person first).
    public var laatsteScores: [Schaalscore] {
        var per: [String: (plek: Int, score: Schaalscore)] = [:]
        for (plek, s) in schaalvragen.enumerated() {
            let wie = s.persoon ?? "?"
            if let oud = per[wie], oud.score.datum > s.datum { continue }
            per[wie] = (plek, s)
        }
        return per.values.sorted { ($0.score.cijfer, $0.score.datum, $0.plek) < ($1.score.cijfer, $1.score.datum, $1.plek) }.map(\.score)
    }

    /// Every list of quotes, with its name, in the plan's order.
    public var uitspraakLijsten: [(veld: String, uitspraken: [Uitspraak])] {
        [("bestaande veiligheid", bestaandeVeiligheid), ("wat er gebeurd is", gebeurtenissen), ("schade", schade),
         ("grootste zorg", grootsteZorg), ("complicerende factoren", complicerendeFactoren)]
    }

    /// Each person's scores, oldest first.
    public func schaalgeschiedenis(van persoon: String) -> [Schaalscore] {
        schaalvragen.filter { $0.persoon == persoon }.sorted { $0.datum < $1.datum }
    }
}

extension Dossier {
    /// Notes the day the veiligheidsplan's content changed, going from `oud` to this dossier:
    /// a plan changed after it was signed must be signed again (5b.p10).
    public mutating func noteerWijzigingVeiligheidsplan(sinds oud: Dossier, vandaag: Datum) {
        guard let nieuw = veiligheidsplan, let vorig = oud.veiligheidsplan, nieuw.inhoud != vorig.inhoud else { return }
        veiligheidsplan?.gewijzigd = vandaag
    }
}
