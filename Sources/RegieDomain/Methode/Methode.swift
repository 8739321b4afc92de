// The method 1Gezin1Plan1Regisseur as data: phases and their actions, the regiekaart,
// the meldcode steps with the afwegingskader, and the criteria lists.
//
// These types mirror the YAML files in Sources/RegieMethode/Standaard/. A region may
// replace the files; RegieMethode loads them and `Methode.problemen()` validates them.

/// The whole method set the program works with.
public struct Methode: Sendable, Equatable {
    public var info: MethodeInfo
    public var fasen: [Fase]
    public var regiekaart: Regiekaart
    public var meldcode: Meldcode
    public var criteria: Criteria
    /// The agenda of each kind of overleg (overleggen.yaml). A set copied before that file
    /// existed gets the shipped agendas (see `MethodeLader`).
    public var overleggen: [Overlegagenda]

    public init(info: MethodeInfo, fasen: [Fase], regiekaart: Regiekaart, meldcode: Meldcode, criteria: Criteria,
                overleggen: [Overlegagenda] = []) {
        self.info = info
        self.fasen = fasen
        self.regiekaart = regiekaart
        self.meldcode = meldcode
        self.criteria = criteria
        self.overleggen = overleggen
    }

    public func fase(_ id: String) -> Fase? { fasen.first { $0.id == id } }
    /// The phase an action ("3b.p3") belongs to.
    public func faseVan(actie id: String) -> Fase? {
        fasen.first { f in f.procesregie.contains { $0.id == id } || f.casusregie.contains { $0.id == id } }
    }
    public func niveau(_ nummer: Int) -> Niveau? { regiekaart.niveaus.first { $0.niveau == nummer } }
}

/// `methode.yaml`: what this set is.
public struct MethodeInfo: Sendable, Equatable, Codable {
    public var naam: String
    public var versie: String
    public var bron: String?

    public init(naam: String, versie: String, bron: String? = nil) {
        self.naam = naam
        self.versie = versie
        self.bron = bron
    }
}

// MARK: - Phases (fasen.yaml)

public struct FasenBestand: Sendable, Equatable, Codable {
    public var fasen: [Fase]
    public init(fasen: [Fase]) { self.fasen = fasen }
}

/// One phase of the work process (1, 2, 3a, 3b, 4, 5a, 5b, 6a, 6b).
public struct Fase: Sendable, Equatable, Codable, Identifiable {
    public var id: String
    public var naam: String
    /// What the phase is for, in one or two sentences.
    public var doel: String
    public var procesregie: [FaseActie]
    public var casusregie: [FaseActie]
    public var toelichting: String?
    /// Ids of the phases that may follow (4 ↔ 5a ↔ 5b loop).
    public var volgende: [String]
    /// In this phase, check for (acute) unsafety and insufficient basic care.
    public var veiligheidscheck: Bool

    public init(id: String, naam: String, doel: String, procesregie: [FaseActie], casusregie: [FaseActie],
                toelichting: String? = nil, volgende: [String], veiligheidscheck: Bool = false) {
        self.id = id
        self.naam = naam
        self.doel = doel
        self.procesregie = procesregie
        self.casusregie = casusregie
        self.toelichting = toelichting
        self.volgende = volgende
        self.veiligheidscheck = veiligheidscheck
    }

    public var alleActies: [FaseActie] { procesregie + casusregie }
}

public struct FaseActie: Sendable, Equatable, Codable, Identifiable {
    /// Unique within the whole method, e.g. "3a.p7" or "3a.c2".
    public var id: String
    public var tekst: String
    public var toelichting: String?

    public init(id: String, tekst: String, toelichting: String? = nil) {
        self.id = id
        self.tekst = tekst
        self.toelichting = toelichting
    }
}

// MARK: - Regiekaart (regiekaart.yaml)

public struct Regiekaart: Sendable, Equatable, Codable {
    public var niveaus: [Niveau]
    public init(niveaus: [Niveau]) { self.niveaus = niveaus }
}

public enum Competentieprofiel: String, Sendable, Equatable, Codable, CaseIterable {
    case a = "A"
    case b = "B"
    case bPlus = "B+"
}

/// Whether a plan is needed at a level.
public enum PlanVereiste: String, Sendable, Equatable, Codable {
    case nietNodig = "niet-nodig"
    case naarBehoefte = "naar-behoefte"
    case verplicht = "verplicht"
}

public struct Situatie: Sendable, Equatable, Codable {
    public var draagkracht: String
    public var zelfredzaamheid: String
    public var zorgen: String
    public var hulp: String

    public init(draagkracht: String, zelfredzaamheid: String, zorgen: String, hulp: String) {
        self.draagkracht = draagkracht
        self.zelfredzaamheid = zelfredzaamheid
        self.zorgen = zorgen
        self.hulp = hulp
    }
}

/// Who does casus- or procesregie at a level, with which competence profile.
public struct RegieInvulling: Sendable, Equatable, Codable {
    public var wie: String
    /// nil where this kind of regie does not apply at the level.
    public var profiel: Competentieprofiel?

    public init(wie: String, profiel: Competentieprofiel?) {
        self.wie = wie
        self.profiel = profiel
    }
}

public struct VereistePlannen: Sendable, Equatable, Codable {
    public var ondersteuningsplan: PlanVereiste
    public var veiligheidsplan: PlanVereiste

    public init(ondersteuningsplan: PlanVereiste, veiligheidsplan: PlanVereiste) {
        self.ondersteuningsplan = ondersteuningsplan
        self.veiligheidsplan = veiligheidsplan
    }
}

public struct Niveau: Sendable, Equatable, Codable {
    /// 1 to 5.
    public var niveau: Int
    /// A short name, e.g. "Niveau 3: onveilig".
    public var naam: String
    public var situatie: Situatie
    /// A sentence on the regie at this level and its aim.
    public var omschrijving: String
    public var casusregie: RegieInvulling
    public var procesregie: RegieInvulling
    /// Who is deployed (inzet).
    public var inzet: [String]
    /// Who is consulted (in overleg / consultatie).
    public var consultatie: [String]
    /// Who is operationally responsible.
    public var operationeel: String
    public var plannen: VereistePlannen
    public var opschalen: [Schaalcriterium]
    public var afschalen: [Schaalcriterium]

    public init(niveau: Int, naam: String, situatie: Situatie, omschrijving: String, casusregie: RegieInvulling,
                procesregie: RegieInvulling, inzet: [String], consultatie: [String], operationeel: String,
                plannen: VereistePlannen, opschalen: [Schaalcriterium], afschalen: [Schaalcriterium]) {
        self.niveau = niveau
        self.naam = naam
        self.situatie = situatie
        self.omschrijving = omschrijving
        self.casusregie = casusregie
        self.procesregie = procesregie
        self.inzet = inzet
        self.consultatie = consultatie
        self.operationeel = operationeel
        self.plannen = plannen
        self.opschalen = opschalen
        self.afschalen = afschalen
    }
}

/// One op- or afschaal criterion: it holds when every condition is answered "ja".
public struct Schaalcriterium: Sendable, Equatable, Codable, Identifiable {
    /// Unique within the regiekaart, e.g. "n2.op.1".
    public var id: String
    public var voorwaarden: [Voorwaarde]
    public var naar: Schaaldoel

    public init(id: String, voorwaarden: [Voorwaarde], naar: Schaaldoel) {
        self.id = id
        self.voorwaarden = voorwaarden
        self.naar = naar
    }
}

public struct Voorwaarde: Sendable, Equatable, Codable, Identifiable {
    /// Unique within the regiekaart, e.g. "n2.op.1.a".
    public var id: String
    /// Phrased as a statement that can be answered ja or nee.
    public var tekst: String

    public init(id: String, tekst: String) {
        self.id = id
        self.tekst = tekst
    }
}

/// Where a criterion leads: one or more levels ("naar niveau 2, 3 of 4, afhankelijk van
/// de benodigde expertise") and/or someone to escalate to ("naar de manager").
public struct Schaaldoel: Sendable, Equatable, Codable {
    public var niveaus: [Int]
    /// Escalation that is not a level, e.g. "manager".
    public var escalatie: String?
    public var toelichting: String?

    public init(niveaus: [Int], escalatie: String? = nil, toelichting: String? = nil) {
        self.niveaus = niveaus
        self.escalatie = escalatie
        self.toelichting = toelichting
    }

    enum CodingKeys: String, CodingKey { case niveaus, escalatie, toelichting }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        niveaus = try c.decodeIfPresent([Int].self, forKey: .niveaus) ?? []
        escalatie = try c.decodeIfPresent(String.self, forKey: .escalatie)
        toelichting = try c.decodeIfPresent(String.self, forKey: .toelichting)
    }
}

// MARK: - Meldcode and afwegingskader (meldcode.yaml)

public struct Meldcode: Sendable, Equatable, Codable {
    /// What to do first when life is in danger (112, crisis services).
    public var levensbedreigend: String
    public var stappen: [MeldcodeStap]
    public var afwegingen: [Afweging]
    public var besluiten: [Besluit]
    /// Where the afwegingskader starts (the id of the first afweging).
    public var start: String

    public init(levensbedreigend: String, stappen: [MeldcodeStap], afwegingen: [Afweging], besluiten: [Besluit], start: String) {
        self.levensbedreigend = levensbedreigend
        self.stappen = stappen
        self.afwegingen = afwegingen
        self.besluiten = besluiten
        self.start = start
    }

    public func afweging(_ id: String) -> Afweging? { afwegingen.first { $0.id == id } }
    public func besluit(_ id: String) -> Besluit? { besluiten.first { $0.id == id } }
}

public struct MeldcodeStap: Sendable, Equatable, Codable, Identifiable {
    public var id: String
    public var naam: String
    public var acties: [String]
    public var toelichting: String?

    public init(id: String, naam: String, acties: [String], toelichting: String? = nil) {
        self.id = id
        self.naam = naam
        self.acties = acties
        self.toelichting = toelichting
    }
}

public struct Afweging: Sendable, Equatable, Codable, Identifiable {
    public var id: String
    public var nummer: Int
    public var vraag: String
    public var toelichting: String?
    public var ja: Gevolg
    public var nee: Gevolg

    public init(id: String, nummer: Int, vraag: String, toelichting: String? = nil, ja: Gevolg, nee: Gevolg) {
        self.id = id
        self.nummer = nummer
        self.vraag = vraag
        self.toelichting = toelichting
        self.ja = ja
        self.nee = nee
    }
}

/// What an answer leads to: the next afweging (`naar`) or a decision (`besluit`), never both.
public struct Gevolg: Sendable, Equatable, Codable {
    public var naar: String?
    public var besluit: String?
    /// What to do, in plain words ("Bied of organiseer hulp").
    public var tekst: String?

    public init(naar: String? = nil, besluit: String? = nil, tekst: String? = nil) {
        self.naar = naar
        self.besluit = besluit
        self.tekst = tekst
    }
}

public struct Besluit: Sendable, Equatable, Codable, Identifiable {
    public var id: String
    public var tekst: String

    public init(id: String, tekst: String) {
        self.id = id
        self.tekst = tekst
    }
}

// MARK: - Criteria (criteria.yaml)

public struct Criteria: Sendable, Equatable, Codable {
    /// When coordination of care starts (any one suffices).
    public var startcriteria: [Criterium]
    /// The Verwijsindex Risicojongeren criteria.
    public var verwijsindex: [Criterium]

    public init(startcriteria: [Criterium], verwijsindex: [Criterium]) {
        self.startcriteria = startcriteria
        self.verwijsindex = verwijsindex
    }
}

public struct Criterium: Sendable, Equatable, Codable, Identifiable {
    public var id: String
    public var tekst: String
    /// A heading to group by, e.g. "Alle huishoudens" or "Jeugd".
    public var groep: String?
    public var toelichting: String?

    public init(id: String, tekst: String, groep: String? = nil, toelichting: String? = nil) {
        self.id = id
        self.tekst = tekst
        self.groep = groep
        self.toelichting = toelichting
    }
}
