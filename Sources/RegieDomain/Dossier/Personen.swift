/// Ja or nee. Where the answer is not recorded yet the field is `nil` ("onbekend").
public enum JaNee: String, Sendable, Codable, CaseIterable {
    case ja
    case nee

    public var tekst: String { rawValue }
}

public struct Adres: Sendable, Equatable, Codable {
    public var straatEnHuisnummer: String
    public var postcode: String
    public var woonplaats: String

    public init(straatEnHuisnummer: String = "", postcode: String = "", woonplaats: String = "") {
        self.straatEnHuisnummer = straatEnHuisnummer
        self.postcode = postcode
        self.woonplaats = woonplaats
    }

    public var isLeeg: Bool { straatEnHuisnummer.isEmpty && postcode.isEmpty && woonplaats.isEmpty }
}

/// The household's contact details (the first block of the ondersteuningsplan).
public struct Contactgegevens: Sendable, Equatable, Codable {
    public var naam: String
    public var adres: Adres
    public var telefoon: String
    public var email: String

    public init(naam: String = "", adres: Adres = Adres(), telefoon: String = "", email: String = "") {
        self.naam = naam
        self.adres = adres
        self.telefoon = telefoon
        self.email = email
    }
}

/// A member of the household. Every member is a klant of the plan.
public struct Gezinslid: Sendable, Equatable, Codable, Identifiable {
    public var id: String
    public var naam: String
    public var geslacht: String
    public var geboortedatum: Datum?
    /// "moeder", "zoon", "oma (woont in)".
    public var rolInGezin: String
    /// For a minor: who has custody ("beide ouders", "moeder", "voogdij GI").
    public var gezag: String
    public var burgerlijkeStaat: String
    public var beroep: String
    public var adres: Adres
    public var telefoon: String
    public var email: String
    /// A signal in the Verwijsindex Risicojongeren was given for this person.
    public var verwijsindexSignaal: JaNee?
    /// The signals in the Verwijsindex for this person, with what followed each.
    public var verwijsindexSignalen: [Verwijsindexsignaal]
    /// For an application or decision: the woonplaatsbeginsel was checked.
    public var woonplaatsbeginselGecontroleerd: JaNee?
    /// The person's ID was checked.
    public var legitimatieGecontroleerd: JaNee?

    public init(id: String = Sleutel.nieuw(), naam: String, geslacht: String = "", geboortedatum: Datum? = nil,
                rolInGezin: String = "", gezag: String = "", burgerlijkeStaat: String = "", beroep: String = "",
                adres: Adres = Adres(), telefoon: String = "", email: String = "",
                verwijsindexSignaal: JaNee? = nil, woonplaatsbeginselGecontroleerd: JaNee? = nil,
                legitimatieGecontroleerd: JaNee? = nil, verwijsindexSignalen: [Verwijsindexsignaal] = []) {
        self.id = id
        self.naam = naam
        self.geslacht = geslacht
        self.geboortedatum = geboortedatum
        self.rolInGezin = rolInGezin
        self.gezag = gezag
        self.burgerlijkeStaat = burgerlijkeStaat
        self.beroep = beroep
        self.adres = adres
        self.telefoon = telefoon
        self.email = email
        self.verwijsindexSignaal = verwijsindexSignaal
        self.woonplaatsbeginselGecontroleerd = woonplaatsbeginselGecontroleerd
        self.legitimatieGecontroleerd = legitimatieGecontroleerd
        self.verwijsindexSignalen = verwijsindexSignalen
    }

    enum CodingKeys: String, CodingKey {
        case id, naam, geslacht, geboortedatum, rolInGezin, gezag, burgerlijkeStaat, beroep, adres, telefoon, email
        case verwijsindexSignaal, verwijsindexSignalen, woonplaatsbeginselGecontroleerd, legitimatieGecontroleerd
    }

    /// Files from before the Verwijsindex signals load unchanged: the list starts empty.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        naam = try c.decode(String.self, forKey: .naam)
        geslacht = try c.decode(String.self, forKey: .geslacht)
        geboortedatum = try c.decodeIfPresent(Datum.self, forKey: .geboortedatum)
        rolInGezin = try c.decode(String.self, forKey: .rolInGezin)
        gezag = try c.decode(String.self, forKey: .gezag)
        burgerlijkeStaat = try c.decode(String.self, forKey: .burgerlijkeStaat)
        beroep = try c.decode(String.self, forKey: .beroep)
        adres = try c.decode(Adres.self, forKey: .adres)
        telefoon = try c.decode(String.self, forKey: .telefoon)
        email = try c.decode(String.self, forKey: .email)
        verwijsindexSignaal = try c.decodeIfPresent(JaNee.self, forKey: .verwijsindexSignaal)
        verwijsindexSignalen = try c.decodeIfPresent([Verwijsindexsignaal].self, forKey: .verwijsindexSignalen) ?? []
        woonplaatsbeginselGecontroleerd = try c.decodeIfPresent(JaNee.self, forKey: .woonplaatsbeginselGecontroleerd)
        legitimatieGecontroleerd = try c.decodeIfPresent(JaNee.self, forKey: .legitimatieGecontroleerd)
    }
}

/// Someone of the informal network: family, friends, neighbours, a club.
public struct Netwerklid: Sendable, Equatable, Codable, Identifiable {
    public var id: String
    public var naam: String
    /// The role or relation to the household ("buurvrouw", "opa").
    public var relatie: String
    public var email: String
    public var telefoon: String

    public init(id: String = Sleutel.nieuw(), naam: String, relatie: String = "", email: String = "", telefoon: String = "") {
        self.id = id
        self.naam = naam
        self.relatie = relatie
        self.email = email
        self.telefoon = telefoon
    }
}

/// An involved professional (formal network).
public struct Professional: Sendable, Equatable, Codable, Identifiable {
    public var id: String
    public var naam: String
    public var organisatie: String
    public var functie: String
    public var email: String
    public var telefoon: String

    public init(id: String = Sleutel.nieuw(), naam: String, organisatie: String = "", functie: String = "",
                email: String = "", telefoon: String = "") {
        self.id = id
        self.naam = naam
        self.organisatie = organisatie
        self.functie = functie
        self.email = email
        self.telefoon = telefoon
    }
}

public enum RegieRol: String, Sendable, Codable, CaseIterable {
    /// Facilitates cooperation, chairs the overleg, monitors the plan. At most one per household.
    case proces = "procesregisseur"
    /// Coordinates the daily support on content. Can be several.
    case casus = "casusregisseur"

    public var tekst: String { rawValue }
}

public struct Regisseur: Sendable, Equatable, Codable, Identifiable {
    public var id: String
    public var naam: String
    public var rol: RegieRol
    public var organisatie: String
    public var email: String
    public var telefoon: String
    /// The regisseur's competence profile (A, B or B+); nil while not known. The regiekaart
    /// asks a profile per level (`RegieInvulling.profiel`).
    public var profiel: Competentieprofiel?
    /// Since when this regisseur has the regie; nil while not recorded (or from the start).
    public var vanaf: Datum?
    /// The day someone else took the regie over (phase 6a.p1); nil while this regisseur
    /// still has it. A regisseur with an until date stays in the dossier, as history.
    public var tot: Datum?

    public init(id: String = Sleutel.nieuw(), naam: String, rol: RegieRol, organisatie: String = "",
                email: String = "", telefoon: String = "", profiel: Competentieprofiel? = nil,
                vanaf: Datum? = nil, tot: Datum? = nil) {
        self.id = id
        self.naam = naam
        self.rol = rol
        self.organisatie = organisatie
        self.email = email
        self.telefoon = telefoon
        self.profiel = profiel
        self.vanaf = vanaf
        self.tot = tot
    }

    enum CodingKeys: String, CodingKey { case id, naam, rol, organisatie, email, telefoon, profiel, vanaf, tot }

    /// Files from before profiles and dates load unchanged: no profile, no dates.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        naam = try c.decode(String.self, forKey: .naam)
        rol = try c.decode(RegieRol.self, forKey: .rol)
        organisatie = try c.decode(String.self, forKey: .organisatie)
        email = try c.decode(String.self, forKey: .email)
        telefoon = try c.decode(String.self, forKey: .telefoon)
        profiel = try c.decodeIfPresent(Competentieprofiel.self, forKey: .profiel)
        vanaf = try c.decodeIfPresent(Datum.self, forKey: .vanaf)
        tot = try c.decodeIfPresent(Datum.self, forKey: .tot)
    }

    /// Still has the regie: no until date.
    public var isHuidig: Bool { tot == nil }

    /// "procesregisseur sinds 01-03-2027", "casusregisseur tot 01-03-2027", or the role alone.
    public var rolMetPeriode: String {
        var t = rol.tekst
        if let vanaf { t += " sinds \(vanaf.tekst)" }
        if let tot { t += " tot \(tot.tekst)" }
        return t
    }
}

/// Which list of the dossier a person comes from.
public enum PersoonSoort: String, Sendable, Codable, CaseIterable {
    case gezinslid
    case netwerk
    case professional
    case regisseur

    /// The order in which krachten and zorgen are asked at an overleg: the household
    /// first, then the informal network, then the professionals.
    public var rondeVolgorde: Int {
        switch self {
        case .gezinslid: return 0
        case .netwerk: return 1
        case .professional, .regisseur: return 2
        }
    }
}

/// Anyone of the dossier who can say a kracht or zorg, do an action or rate safety.
public struct Persoon: Sendable, Equatable, Identifiable {
    public var id: String
    public var naam: String
    public var soort: PersoonSoort
    /// "moeder", "buurvrouw", "huisarts (Praktijk Zuid)", "procesregisseur".
    public var rol: String

    public init(id: String, naam: String, soort: PersoonSoort, rol: String) {
        self.id = id
        self.naam = naam
        self.soort = soort
        self.rol = rol
    }
}
