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
    /// What a casus- or procesregisseur of profile A, B or B+ can do (competentieprofielen.yaml).
    /// A set copied before that file existed gets the shipped profiles (see `MethodeLader`).
    public var profielen: [Profielbeschrijving]
    /// The terms and abbreviations of the method with their meaning (begrippen.yaml).
    /// A set copied before that file existed gets the shipped list.
    public var begrippen: [Begrip]
    /// The leefgebieden a kracht, zorg or doel can be tagged with (leefgebieden.yaml). A set
    /// copied before that file existed gets the shipped list (see `MethodeLader`).
    public var leefgebieden: [Leefgebied]

    public init(info: MethodeInfo, fasen: [Fase], regiekaart: Regiekaart, meldcode: Meldcode, criteria: Criteria,
                overleggen: [Overlegagenda] = [], profielen: [Profielbeschrijving] = [], begrippen: [Begrip] = [],
                leefgebieden: [Leefgebied] = []) {
        self.info = info
        self.fasen = fasen
        self.regiekaart = regiekaart
        self.meldcode = meldcode
        self.criteria = criteria
        self.overleggen = overleggen
        self.profielen = profielen
        self.begrippen = begrippen
        self.leefgebieden = leefgebieden
    }

    /// What a regisseur of `rol` with `profiel` can do, as the method describes it.
    public func profiel(_ profiel: Competentieprofiel, _ rol: RegieRol) -> Profielbeschrijving? {
        profielen.first { $0.profiel == profiel && $0.rol == rol }
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
    /// The region's numbers for the rules (`regels:`); absent in sets from before: the defaults.
    public var regels: Methoderegels

    public init(naam: String, versie: String, bron: String? = nil, regels: Methoderegels = Methoderegels()) {
        self.naam = naam
        self.versie = versie
        self.bron = bron
        self.regels = regels
    }

    enum CodingKeys: String, CodingKey { case naam, versie, bron, regels }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        naam = try c.decode(String.self, forKey: .naam)
        versie = try c.decode(String.self, forKey: .versie)
        bron = try c.decodeIfPresent(String.self, forKey: .bron)
        regels = try c.decodeIfPresent(Methoderegels.self, forKey: .regels) ?? Methoderegels()
    }
}

/// Numbers the guideline leaves to the region, with the defaults Regie ships.
public struct Methoderegels: Sendable, Equatable, Codable {
    /// Closing is refused while someone's latest answer to the schaalvraag is below this
    /// (10: "iedereen weet dat er voldoende veiligheid is om af te sluiten").
    public var afsluitenVanafSchaalscore: Int
    /// A meldcode walk without a decision is flagged after this many days.
    public var meldcodeOpenDagen: Int
    /// Decisions of the afwegingskader after which the regiekaart level must be reviewed.
    public var niveauHerzienNaBesluit: [String]

    public init(afsluitenVanafSchaalscore: Int = 10, meldcodeOpenDagen: Int = 28, niveauHerzienNaBesluit: [String] = ["melden"]) {
        self.afsluitenVanafSchaalscore = afsluitenVanafSchaalscore
        self.meldcodeOpenDagen = meldcodeOpenDagen
        self.niveauHerzienNaBesluit = niveauHerzienNaBesluit
    }

    enum CodingKeys: String, CodingKey {
        case afsluitenVanafSchaalscore = "afsluiten-vanaf-schaalscore"
        case meldcodeOpenDagen = "meldcode-open-dagen"
        case niveauHerzienNaBesluit = "niveau-herzien-na-besluit"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let s = Methoderegels()
        afsluitenVanafSchaalscore = try c.decodeIfPresent(Int.self, forKey: .afsluitenVanafSchaalscore) ?? s.afsluitenVanafSchaalscore
        meldcodeOpenDagen = try c.decodeIfPresent(Int.self, forKey: .meldcodeOpenDagen) ?? s.meldcodeOpenDagen
        niveauHerzienNaBesluit = try c.decodeIfPresent([String].self, forKey: .niveauHerzienNaBesluit) ?? s.niveauHerzienNaBesluit
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
    /// The phase is worked again for every voortgangsoverleg (4, 5a, 5b): its actions are
    /// ticked per round. Absent in sets from before: false.
    public var herhaalt: Bool
    /// Ids in `volgende` that are the region's choice, not the guideline's: a region may
    /// remove them (from both lists). Absent: none.
    public var regionaal: [String]

    public init(id: String, naam: String, doel: String, procesregie: [FaseActie], casusregie: [FaseActie],
                toelichting: String? = nil, volgende: [String], veiligheidscheck: Bool = false,
                herhaalt: Bool = false, regionaal: [String] = []) {
        self.id = id
        self.naam = naam
        self.doel = doel
        self.procesregie = procesregie
        self.casusregie = casusregie
        self.toelichting = toelichting
        self.volgende = volgende
        self.veiligheidscheck = veiligheidscheck
        self.herhaalt = herhaalt
        self.regionaal = regionaal
    }

    enum CodingKeys: String, CodingKey {
        case id, naam, doel, procesregie, casusregie, toelichting, volgende, veiligheidscheck, herhaalt, regionaal
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        naam = try c.decode(String.self, forKey: .naam)
        doel = try c.decode(String.self, forKey: .doel)
        procesregie = try c.decode([FaseActie].self, forKey: .procesregie)
        casusregie = try c.decode([FaseActie].self, forKey: .casusregie)
        toelichting = try c.decodeIfPresent(String.self, forKey: .toelichting)
        volgende = try c.decode([String].self, forKey: .volgende)
        veiligheidscheck = try c.decodeIfPresent(Bool.self, forKey: .veiligheidscheck) ?? false
        herhaalt = try c.decodeIfPresent(Bool.self, forKey: .herhaalt) ?? false
        regionaal = try c.decodeIfPresent([String].self, forKey: .regionaal) ?? []
    }

    public var alleActies: [FaseActie] { procesregie + casusregie }
    /// The actions that are ticked: not those that are a rule the program keeps (`regel`).
    public var afvinkbareActies: [FaseActie] { alleActies.filter { $0.regel == nil } }
    /// The phases that follow in the guideline itself (without the region's choices).
    public var volgensRichtlijn: [String] { volgende.filter { !regionaal.contains($0) } }
}

public struct FaseActie: Sendable, Equatable, Codable, Identifiable {
    /// Unique within the whole method, e.g. "3a.p7" or "3a.c2".
    public var id: String
    public var tekst: String
    public var toelichting: String?
    /// Set when the action is a rule the program keeps rather than a step to tick, e.g.
    /// `niet-afsluiten-bij-onveiligheid` (6b.p10). Known rules: `Faseregel`.
    public var regel: String?
    /// Set when ticking the action records something of its own, e.g. `overdracht-procesregie`
    /// (6a.p1: who takes over the procesregie from which day). Known: `Fasevastlegging`.
    public var vastlegging: String?
    /// Where in the dossier the action is done, e.g. `startcriteria` (2.p3): the Fasen tab
    /// jumps there. Known: `Faseplek`.
    public var plek: String?

    public init(id: String, tekst: String, toelichting: String? = nil, regel: String? = nil, vastlegging: String? = nil,
                plek: String? = nil) {
        self.id = id
        self.tekst = tekst
        self.toelichting = toelichting
        self.regel = regel
        self.vastlegging = vastlegging
        self.plek = plek
    }
}

/// Where in the dossier an action of the method is done (`plek` in fasen.yaml).
public enum Faseplek: String, Sendable, CaseIterable {
    /// The start criteria and why regie started (Huishouden, "Waarom regie").
    case startcriteria
    /// The ondersteuningsplan.
    case ondersteuningsplan
    /// The veiligheidsplan.
    case veiligheidsplan
    /// The level on the regiekaart.
    case regiekaart
    /// The planning of the overleggen.
    case overleggen
    /// The regisseurs of the household.
    case regisseurs

    /// The place in the dossier the program jumps to.
    public var plaats: Plaats {
        switch self {
        case .startcriteria: .startcriteria
        case .ondersteuningsplan: .plandeel(.aanleiding)
        case .veiligheidsplan: .veiligheidsplan
        case .regiekaart: .niveau
        case .overleggen: .overleggen
        case .regisseurs: .regisseurs
        }
    }
}

/// What ticking an action can record besides the tick (`vastlegging` in fasen.yaml).
public enum Fasevastlegging: String, Sendable, CaseIterable {
    /// 6a.p1: who takes over the procesregie, from which day.
    case overdrachtProcesregie = "overdracht-procesregie"
}

/// The rules an action of the method can stand for (`regel` in fasen.yaml).
public enum Faseregel: String, Sendable, CaseIterable {
    /// Never close while there are signs of unsafety (6b.p10): closing is refused.
    case nietAfsluitenBijOnveiligheid = "niet-afsluiten-bij-onveiligheid"
}

// MARK: - Regiekaart (regiekaart.yaml)

public struct Regiekaart: Sendable, Equatable, Codable {
    public var niveaus: [Niveau]
    /// The summary ladder up and down; absent in older sets (then only the criteria count).
    public var ladder: Regieladder?
    /// To whom the regie can escalate without changing the level (manager, PGA-expert,
    /// burgemeester), and at which levels; absent in older sets: none.
    public var escalaties: [Escalatiesoort]

    public init(niveaus: [Niveau], ladder: Regieladder? = nil, escalaties: [Escalatiesoort] = []) {
        self.niveaus = niveaus
        self.ladder = ladder
        self.escalaties = escalaties
    }

    enum CodingKeys: String, CodingKey { case niveaus, ladder, escalaties }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        niveaus = try c.decode([Niveau].self, forKey: .niveaus)
        ladder = try c.decodeIfPresent(Regieladder.self, forKey: .ladder)
        escalaties = try c.decodeIfPresent([Escalatiesoort].self, forKey: .escalaties) ?? []
    }

    /// The escalations the method offers at `niveau`.
    public func escalaties(bij niveau: Int?) -> [Escalatiesoort] {
        guard let niveau else { return [] }
        return escalaties.filter { $0.niveaus.contains(niveau) }
    }

    public func escalatie(_ id: String) -> Escalatiesoort? { escalaties.first { $0.id == id } }
}

/// A step up that is not a level: the regie is laid before someone else (the manager of the
/// professional, the PGA-expert of the municipality, the burgemeester through the
/// OOV-ambtenaar).
public struct Escalatiesoort: Sendable, Equatable, Codable, Identifiable {
    /// As the criteria's `escalatie` names it ("manager", "PGA-expert", "burgemeester").
    public var id: String
    /// To whom, in words ("de manager van de betrokken professional").
    public var naam: String
    /// The levels at which it is offered.
    public var niveaus: [Int]
    /// When, in the method's words.
    public var wanneer: String

    public init(id: String, naam: String, niveaus: [Int], wanneer: String) {
        self.id = id
        self.naam = naam
        self.niveaus = niveaus
        self.wanneer = wanneer
    }
}

/// The regiekaart's summary table: each rung up ("daarbij …") adds conditions to the one
/// below it; the rungs down mirror them. A suggestion climbs as far as the rungs hold, so it
/// can jump levels.
public struct Regieladder: Sendable, Equatable, Codable {
    /// Rungs up, each with the level it leads to.
    public var opschalen: [Laddertrede]
    /// Rungs down, each with the level it leads to.
    public var afschalen: [Laddertrede]

    public init(opschalen: [Laddertrede], afschalen: [Laddertrede]) {
        self.opschalen = opschalen
        self.afschalen = afschalen
    }
}

public struct Laddertrede: Sendable, Equatable, Codable {
    /// The level the rung leads to ("naar" in the file).
    public var niveau: Int
    /// Holds on its own, without the rung below it (safety goes first).
    public var zelfstandig: Bool
    public var voorwaarden: [Laddervoorwaarde]

    public init(niveau: Int, zelfstandig: Bool = false, voorwaarden: [Laddervoorwaarde]) {
        self.niveau = niveau
        self.zelfstandig = zelfstandig
        self.voorwaarden = voorwaarden
    }

    enum CodingKeys: String, CodingKey {
        case niveau = "naar"
        case zelfstandig, voorwaarden
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        niveau = try c.decode(Int.self, forKey: .niveau)
        zelfstandig = try c.decodeIfPresent(Bool.self, forKey: .zelfstandig) ?? false
        voorwaarden = try c.decode([Laddervoorwaarde].self, forKey: .voorwaarden)
    }
}

/// One condition of a rung: it holds when one of the current level's questions named in
/// `antwoorden` is answered ja. With `veiligheid`, signs of unsafety in the dossier make it
/// hold on a rung up, and make it fail on a rung down.
public struct Laddervoorwaarde: Sendable, Equatable, Codable {
    /// A clause, e.g. "de draagkracht is uit balans".
    public var tekst: String
    /// Ids of conditions of the levels' criteria that say the same.
    public var antwoorden: [String]
    public var veiligheid: Bool

    public init(tekst: String, antwoorden: [String], veiligheid: Bool = false) {
        self.tekst = tekst
        self.antwoorden = antwoorden
        self.veiligheid = veiligheid
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        tekst = try c.decode(String.self, forKey: .tekst)
        antwoorden = try c.decodeIfPresent([String].self, forKey: .antwoorden) ?? []
        veiligheid = try c.decodeIfPresent(Bool.self, forKey: .veiligheid) ?? false
    }
}

/// The competence profiles of a regisseur (000 l.2408–2670): each one builds on the one
/// before it, so a higher profile also fits a level that asks a lower one.
public enum Competentieprofiel: String, Sendable, Equatable, Codable, CaseIterable, Comparable {
    case a = "A"
    case b = "B"
    case bPlus = "B+"

    public var tekst: String { rawValue }

    var rang: Int {
        switch self {
        case .a: 0
        case .b: 1
        case .bPlus: 2
        }
    }

    public static func < (l: Competentieprofiel, r: Competentieprofiel) -> Bool { l.rang < r.rang }

    /// This profile is enough for a level that asks `vereist`.
    public func past(bij vereist: Competentieprofiel) -> Bool { self >= vereist }
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

// MARK: - Competence profiles (competentieprofielen.yaml)

public struct ProfielenBestand: Sendable, Equatable, Codable {
    public var profielen: [Profielbeschrijving]
    public init(profielen: [Profielbeschrijving]) { self.profielen = profielen }
}

/// What a casus- or procesregisseur of one profile can do, in parts ("Veiligheid", …).
public struct Profielbeschrijving: Sendable, Equatable, Codable {
    public var rol: RegieRol
    public var profiel: Competentieprofiel
    /// What the profile builds on, in words ("Alles van casusregisseur A, en daarbij:").
    public var bovenop: String?
    public var onderdelen: [Profielonderdeel]
    /// Where in the guideline it comes from ("000 l.2414–2446").
    public var bron: String?

    public init(rol: RegieRol, profiel: Competentieprofiel, bovenop: String? = nil, onderdelen: [Profielonderdeel], bron: String? = nil) {
        self.rol = rol
        self.profiel = profiel
        self.bovenop = bovenop
        self.onderdelen = onderdelen
        self.bron = bron
    }

    /// "Casusregisseur B".
    public var titel: String { "\(rol.tekst.prefix(1).uppercased())\(rol.tekst.dropFirst()) \(profiel.tekst)" }
}

public struct Profielonderdeel: Sendable, Equatable, Codable {
    public var kop: String
    public var punten: [String]

    public init(kop: String, punten: [String]) {
        self.kop = kop
        self.punten = punten
    }
}

// MARK: - Glossary (begrippen.yaml)

public struct BegrippenBestand: Sendable, Equatable, Codable {
    public var begrippen: [Begrip]
    public init(begrippen: [Begrip]) { self.begrippen = begrippen }
}

/// A term or abbreviation of the method ("PGA-expert", "GRIP") with its meaning.
public struct Begrip: Sendable, Equatable, Codable {
    public var term: String
    public var betekenis: String
    /// How the method's texts write it, to find it there (whole words, case as written);
    /// absent: the term itself. Empty: the term is a common word and is not looked for.
    public var zoek: [String]?
    /// Where in the guideline it comes from ("000 l.3041").
    public var bron: String?

    public init(term: String, betekenis: String, zoek: [String]? = nil, bron: String? = nil) {
        self.term = term
        self.betekenis = betekenis
        self.zoek = zoek
        self.bron = bron
    }

    /// The spellings looked for in a text.
    public var schrijfwijzen: [String] { zoek ?? [term] }

    /// Whether `tekst` uses the term: one of its spellings as a whole word.
    public func komtVoor(in tekst: String) -> Bool {
        schrijfwijzen.contains { Self.bevat(tekst, woord: $0) }
    }

    static func bevat(_ tekst: String, woord: String) -> Bool {
        guard !woord.isEmpty else { return false }
        var zoekIn = tekst[...]
        while let r = zoekIn.range(of: woord) {
            let voor = r.lowerBound == tekst.startIndex ? nil : tekst[tekst.index(before: r.lowerBound)]
            let na = r.upperBound == tekst.endIndex ? nil : tekst[r.upperBound]
            func grens(_ c: Character?) -> Bool { c.map { !($0.isLetter || $0.isNumber || $0 == "-" || $0 == "+") } ?? true }
            if grens(voor) && grens(na) { return true }
            zoekIn = tekst[r.upperBound...]
        }
        return false
    }
}

extension Methode {
    /// The glossary's terms that `tekst` uses, in the glossary's order.
    public func begrippen(in tekst: String) -> [Begrip] { begrippen.filter { $0.komtVoor(in: tekst) } }
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
