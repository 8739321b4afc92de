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

/// What must happen at once to lift the unsafety.
public struct Veiligheidsafspraak: Sendable, Equatable, Codable, Identifiable {
    public var id: String
    /// Concretely: who does what, where and when.
    public var wat: String
    /// What is needed to carry it out (what the client does, who supports).
    public var nodig: String
    /// The person of the dossier who sees to it that it is kept.
    public var toezicht: String?
    /// What happens when it is not kept.
    public var alsNietNagekomen: String

    public init(id: String = Sleutel.nieuw(), wat: String, nodig: String = "", toezicht: String? = nil, alsNietNagekomen: String = "") {
        self.id = id
        self.wat = wat
        self.nodig = nodig
        self.toezicht = toezicht
        self.alsNietNagekomen = alsNietNagekomen
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

    /// Signed by at least one client or legal representative and at least one professional.
    public var isOndertekend: Bool {
        ondertekening.contains { $0.hoedanigheid != .professional } && ondertekening.contains { $0.hoedanigheid == .professional }
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
