import RegieDomain
import Screen

/// The regiekaart: what the current level means (and the other levels, to compare), the
/// op- and afschaal criteria of the current level as ja/nee questions with the level they
/// point to, changing the level with a reason, and the history of changes.
///
/// Four parts, Tab and S-Tab go round: Niveau, Op- en afschalen, Voorstel, Geschiedenis.
public struct RegiekaartScherm: DossierScherm {
    enum Deel: Int, CaseIterable {
        case niveau, schalen, voorstel, geschiedenis

        var titel: String {
            switch self {
            case .niveau: "Niveau"
            case .schalen: "Op- en afschalen"
            case .voorstel: "Voorstel"
            case .geschiedenis: "Geschiedenis"
            }
        }
    }

    enum Dialoog {
        case kiezen(Niveaukiezer)
        case reden(Tekstvraag, naar: Int)
        case formulier(FormDialog, Formulierdoel)
    }

    /// What a form records when it is submitted.
    enum Formulierdoel {
        /// An escalation, choosing among these ids of the regiekaart.
        case escalatie(ids: [String])
        /// The first level, after the situatie questions with these answers.
        case eersteNiveau(keuzes: [Situatiekeuze])
    }

    var deel = Deel.niveau
    /// The level shown in the Niveau part; nil: the current one.
    var bekeken: Int?
    /// The chosen question (condition) in the Op- en afschalen part.
    var vraag = 0
    /// How far each page to read is scrolled.
    var scroll: [Deel: Int] = [:]
    var dialoog: Dialoog?
    /// Placing a household without a level: the situatie questions (see `Plaatsing`).
    var plaatsing: Plaatsing?
    /// Whether the questions show their earlier answers too.
    var eerdereAntwoorden = false
    /// A held overleg the answers are recorded as from (when none is running).
    var bijOverleg: String?
    let standen: [Deel: Paginastand] = Dictionary(uniqueKeysWithValues: Deel.allCases.map { ($0, Paginastand()) })

    public init(_ dossier: Dossier, _ omgeving: Werkomgeving) {}

    public static let toetsen: [Binding] = RegiekaartActie.bindings

    public var scopes: [String] { plaatsing != nil && dialoog == nil ? ["plaatsing"] : ["regiekaart"] }
    public var heeftEigenFocus: Bool { dialoog != nil || plaatsing != nil }

    public var openVraag: Tekstvraag? {
        get { if case .reden(let vraag, _) = dialoog { vraag } else { nil } }
        set {
            guard let newValue, case .reden(_, let naar) = dialoog else { return }
            dialoog = .reden(newValue, naar: naar)
        }
    }

    // MARK: What is shown

    /// The level the Niveau part shows: the chosen one, else the current one, else the first.
    func getoond(_ d: Dossier, _ m: Methode) -> Int? {
        let nummers = m.regiekaart.niveaus.map(\.niveau)
        if let b = bekeken, nummers.contains(b) { return b }
        if let n = d.proces.niveau, nummers.contains(n) { return n }
        return nummers.min()
    }

    /// The current level as the method describes it.
    static func huidig(_ d: Dossier, _ m: Methode) -> Niveau? { d.proces.niveau.flatMap { m.niveau($0) } }

    /// The questions of a level: every condition of its op- then afschaal criteria.
    static func vragen(_ n: Niveau) -> [Voorwaarde] { (n.opschalen + n.afschalen).flatMap(\.voorwaarden) }

    static func voorstel(_ d: Dossier, _ m: Methode) -> Niveauvoorstel? {
        d.niveauvoorstel(m)
    }

    // MARK: Keys

    public mutating func handle(_ event: Event, _ context: inout SchermContext) -> Handled {
        if dialoog != nil {
            handleDialoog(event, &context)
            return .consumed
        }
        if plaatsing != nil { return handlePlaatsing(event, &context) }
        guard case .key(let key) = event else { return .ignored }
        if let actie = context.keymap.action(for: key, RegiekaartActie.self), voer(actie, &context) {
            return .consumed
        }
        return navigeer(key, context.dossier, context.methode) ? .consumed : .ignored
    }

    /// Does the action; false when it does not apply here (so the key may go on).
    mutating func voer(_ actie: RegiekaartActie, _ context: inout SchermContext) -> Bool {
        switch actie {
        case .volgendDeel: deel = Deel(rawValue: (deel.rawValue + 1) % Deel.allCases.count)!
        case .vorigDeel: deel = Deel(rawValue: (deel.rawValue + Deel.allCases.count - 1) % Deel.allCases.count)!
        case .vorigNiveau: blader(-1, context.dossier, context.methode)
        case .volgendNiveau: blader(1, context.dossier, context.methode)
        case .huidigNiveau:
            bekeken = nil
            deel = .niveau
            scroll[.niveau] = 0
        case .ja: return beantwoord(.ja, verder: true, &context)
        case .nee: return beantwoord(.nee, verder: true, &context)
        case .onbekend: return beantwoord(nil, verder: true, &context)
        case .wisselen:
            guard let v = gekozenVraag(context.dossier, context.methode) else { return false }
            let nu = context.dossier.proces.schaalantwoorden[v.id]
            return beantwoord(nu == nil ? .ja : nu == .ja ? .nee : nil, verder: false, &context)
        case .wijzigen: begin(&context)
        case .escaleren: escaleer(&context)
        case .eerdere:
            guard deel == .schalen else { return false }
            eerdereAntwoorden.toggle()
        case .overleg:
            guard deel == .schalen else { return false }
            kiesOverleg(&context)
        }
        return true
    }

    /// The overleg new answers belong to: the running one, else the held one chosen.
    static func antwoordOverleg(_ d: Dossier, _ gekozen: String?, vandaag: Datum) -> String? {
        if let lopend = d.lopendOverleg { return lopend.id }
        guard let gekozen, d.gehoudenOverleggen(vandaag: vandaag).contains(where: { $0.id == gekozen }) else { return nil }
        return gekozen
    }

    /// Goes to the next held overleg (newest first) that answers are recorded as from; after
    /// the oldest: none.
    mutating func kiesOverleg(_ context: inout SchermContext) {
        let d = context.dossier
        if let lopend = d.lopendOverleg {
            context.meld(.info("Er loopt een overleg; de antwoorden horen bij \(d.overlegOmschrijving(lopend.id) ?? "dat overleg")."))
            return
        }
        let gehouden = d.gehoudenOverleggen(vandaag: context.vandaag).map(\.id)
        guard !gehouden.isEmpty else {
            context.meld(.info("Er is nog geen gehouden overleg om de antwoorden bij vast te leggen."))
            return
        }
        if let nu = bijOverleg, let i = gehouden.firstIndex(of: nu) {
            bijOverleg = i + 1 < gehouden.count ? gehouden[i + 1] : nil
        } else {
            bijOverleg = gehouden[0]
        }
        context.meld(.info(bijOverleg.flatMap { d.overlegOmschrijving($0) }.map { "Nieuwe antwoorden horen bij \($0)." }
            ?? "Nieuwe antwoorden horen bij geen overleg."))
    }

    /// Shows the next lower or higher level in the Niveau part.
    mutating func blader(_ stap: Int, _ d: Dossier, _ m: Methode) {
        let nummers = m.regiekaart.niveaus.map(\.niveau).sorted()
        deel = .niveau
        guard let nu = getoond(d, m), let i = nummers.firstIndex(of: nu) else { return }
        let nieuw = nummers[min(max(0, i + stap), nummers.count - 1)]
        if nieuw != nu { scroll[.niveau] = 0 }
        bekeken = nieuw == d.proces.niveau ? nil : nieuw
    }

    func gekozenVraag(_ d: Dossier, _ m: Methode) -> Voorwaarde? {
        guard deel == .schalen, let n = Self.huidig(d, m) else { return nil }
        let vragen = Self.vragen(n)
        return vragen.isEmpty ? nil : vragen[min(vraag, vragen.count - 1)]
    }

    /// Records the answer to the chosen question (nil: unknown); only in the questions part.
    mutating func beantwoord(_ antwoord: JaNee?, verder: Bool, _ context: inout SchermContext) -> Bool {
        guard let v = gekozenVraag(context.dossier, context.methode), let n = Self.huidig(context.dossier, context.methode) else { return false }
        guard context.omgeving.gebruiker != nil else {
            context.vraag(.vraagGebruiker)  // the answer is kept with the name; the key comes again
            return true
        }
        // The answer belongs to the running overleg, or to the held one chosen with g.
        context.dossier.proces.beantwoordSchaalvraag(v.id, antwoord, datum: context.vandaag, door: context.omgeving.door,
                                                     overleg: Self.antwoordOverleg(context.dossier, bijOverleg, vandaag: context.vandaag))
        let aantal = Self.vragen(n).count
        vraag = min(vraag, aantal - 1)
        if verder { vraag = min(vraag + 1, aantal - 1) }
        return true
    }

    mutating func navigeer(_ key: Key, _ d: Dossier, _ m: Methode) -> Bool {
        let stand = standen[deel]!
        if deel == .schalen {
            guard let n = Self.huidig(d, m) else { return false }
            guard let nieuw = Tekstpagina.kies(key, gekozen: vraag, aantal: Self.vragen(n).count, stand: stand) else { return false }
            vraag = nieuw
            return true
        }
        var s = scroll[deel] ?? 0
        guard Tekstpagina.schuif(key, stand: stand, scroll: &s) else { return false }
        scroll[deel] = s
        return true
    }

    // MARK: Changing the level

    /// Opens the level chooser; first asks who is working when that is not known.
    mutating func begin(_ context: inout SchermContext) {
        guard context.omgeving.gebruiker != nil else {
            context.vraag(.vraagGebruiker)
            return
        }
        let d = context.dossier
        let niveaus = context.methode.regiekaart.niveaus.sorted { $0.niveau < $1.niveau }
        guard !niveaus.isEmpty else {
            context.meld(.error("De regiekaart van de methode heeft geen niveaus."))
            return
        }
        if d.proces.niveau == nil {
            // The first level: the situatie questions first.
            plaatsing = Plaatsing()
            return
        }
        let voorstel = Self.voorstel(d, context.methode)?.niveau
        var start = voorstel ?? getoond(d, context.methode) ?? niveaus[0].niveau
        if start == d.proces.niveau, let b = getoond(d, context.methode), b != d.proces.niveau { start = b }
        dialoog = .kiezen(Niveaukiezer(niveaus: niveaus, huidig: d.proces.niveau, voorstel: voorstel, begin: start))
    }

    mutating func handleDialoog(_ event: Event, _ context: inout SchermContext) {
        switch dialoog {
        case .kiezen(var kiezer):
            switch kiezer.handle(event, context.keymap) {
            case .bezig: dialoog = .kiezen(kiezer)
            case .gestopt: dialoog = nil
            case .gekozen(let naar):
                let huidig = context.dossier.proces.niveau
                let uitleg: String
                if huidig == naar {
                    uitleg = "Het huishouden blijft op niveau \(naar): een andere regisseur neemt de regie over, of het niveau is "
                        + "opnieuw bekeken en past nog. Waarom? De reden komt met de datum en uw naam in de geschiedenis."
                } else {
                    let van = huidig.map { "van niveau \($0) " } ?? ""
                    uitleg = "U zet het huishouden \(van)naar niveau \(naar). Waarom? De reden komt met de datum en uw naam in de geschiedenis."
                }
                dialoog = .reden(Tekstvraag(titel: "Reden voor niveau \(naar)", uitleg: uitleg), naar: naar)
            }
        case .reden(var vraag, let naar):
            switch vraag.handle(event, context.keymap) {
            case .bezig: dialoog = .reden(vraag, naar: naar)
            case .gestopt: dialoog = nil
            case .antwoord(let reden):
                dialoog = nil
                legVast(naar: naar, reden: reden, &context)
            }
        case .formulier(var formulier, let doel):
            switch formulier.handle(event, context.keymap) {
            case .cancelled:
                dialoog = nil
            case .submitted:
                dialoog = .formulier(formulier, doel)
                legFormulierVast(formulier, doel, &context)
            default:
                dialoog = .formulier(formulier, doel)
            }
        case nil:
            break
        }
    }

    /// Writes the change into the history and sets the level.
    mutating func legVast(naar: Int, reden: String, _ context: inout SchermContext) {
        let d = context.dossier
        let van = d.proces.niveau
        context.dossier.proces.niveaugeschiedenis.append(
            Niveauwijziging(datum: context.vandaag, van: van, naar: naar, reden: reden, criteria: d.geldendeCriteria(context.methode),
                            door: context.omgeving.door, overleg: d.lopendOverleg?.id))
        context.dossier.proces.niveau = naar
        context.vraag(.bewaarNu)
        bekeken = nil
        vraag = 0
        deel = .niveau
        scroll = [:]
        let tekst = van == naar ? "Niveau \(naar) gehouden." : van.map { "Niveau gewijzigd van \($0) naar \(naar)." } ?? "Niveau \(naar) vastgelegd."
        context.meld(.success(tekst + " Het staat in de geschiedenis."))
    }

    // MARK: From outside

    public mutating func herlaad(_ dossier: Dossier) {
        dialoog = nil
        if dossier.proces.niveau != nil { plaatsing = nil }
    }

    public mutating func ga(naar plaats: Plaats, in dossier: Dossier) {
        dialoog = nil
        plaatsing = nil
        bekeken = nil
        deel = .niveau
        scroll[.niveau] = 0
    }
}

/// The Regiekaart tab's actions.
public enum RegiekaartActie: String, KeyAction {
    case wijzigen = "regiekaart.wijzigen"
    case volgendDeel = "regiekaart.volgendDeel"
    case vorigDeel = "regiekaart.vorigDeel"
    case vorigNiveau = "regiekaart.vorigNiveau"
    case volgendNiveau = "regiekaart.volgendNiveau"
    case huidigNiveau = "regiekaart.huidigNiveau"
    case ja = "regiekaart.ja"
    case nee = "regiekaart.nee"
    case onbekend = "regiekaart.onbekend"
    case wisselen = "regiekaart.wisselen"
    case eerdere = "regiekaart.eerdere"
    case overleg = "regiekaart.overleg"
    case escaleren = "regiekaart.escaleren"

    public var defaultBinding: Binding {
        switch self {
        case .wijzigen: bind([.character("w")], "Niveau wijzigen", group: "Regiekaart", helpBar: true)
        case .volgendDeel: bind([.tab], "Volgend deel", group: "Regiekaart", helpBar: true)
        case .vorigDeel: bind([.backTab], "Vorig deel", group: "Regiekaart")
        case .vorigNiveau: bind([.left], "Lager niveau bekijken", group: "Regiekaart", helpBar: true)
        case .volgendNiveau: bind([.right], "Hoger niveau bekijken", group: "Regiekaart")
        case .huidigNiveau: bind([.character("h")], "Terug naar het huidige niveau", group: "Regiekaart")
        case .ja: bind([.character("j")], "Antwoord: ja", group: "Regiekaart: vragen")
        case .nee: bind([.character("n")], "Antwoord: nee", group: "Regiekaart: vragen")
        case .onbekend: bind([.character("o")], "Antwoord: onbekend (wissen)", group: "Regiekaart: vragen")
        case .wisselen: bind([.character(" ")], "Antwoord wisselen", group: "Regiekaart: vragen")
        case .eerdere: bind([.character("a")], "Eerdere antwoorden tonen of verbergen", group: "Regiekaart: vragen")
        case .overleg: bind([.character("g")], "Antwoorden vastleggen als gegeven bij een gehouden overleg", group: "Regiekaart: vragen")
        case .escaleren: bind([.character("e")], "Escalatie vastleggen (manager, PGA-expert, burgemeester)", group: "Regiekaart")
        }
    }
}
