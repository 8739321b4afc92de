import Foundation

/// How serious a finding of the plan check is.
public enum Ernst: Int, Sendable, Comparable, Codable, CaseIterable {
    /// The plan breaks a rule of the method.
    case fout = 0
    /// Something is missing that the method asks for.
    case waarschuwing = 1
    /// A suggestion.
    case hint = 2

    public static func < (a: Ernst, b: Ernst) -> Bool { a.rawValue < b.rawValue }

    public var tekst: String {
        switch self {
        case .fout: return "fout"
        case .waarschuwing: return "let op"
        case .hint: return "tip"
        }
    }

    /// A key for scripts that does not change with the wording.
    public var sleutel: String {
        switch self {
        case .fout: return "fout"
        case .waarschuwing: return "let-op"
        case .hint: return "tip"
        }
    }
}

/// Where in the dossier a finding is, so a screen can jump to the field.
public enum Plaats: Sendable, Hashable {
    case huishouden
    case gezinslid(String)
    case regisseurs
    /// One regisseur, by id.
    case regisseur(String)
    case toestemming
    /// The start criteria and why regie started.
    case startcriteria
    case kracht(String)
    case zorg(String)
    case zorgenVeiligheid
    case doel(String)
    case actie(doel: String, actie: String)
    case overleggen
    case niveau
    case fase
    /// The extra safety steps (the meldcode walks) and the safety branch points.
    case meldcode
    case veiligheidsplan
    case veiligheidsUitspraak(String)
    case schaalscore(String)
    case afspraak(String)
    case ondertekening
    case doelencheck
    /// A section or text field of the ondersteuningsplan.
    case plandeel(Plandeel)
    /// A section of the veiligheidsplan that is empty.
    case veiligheidsdeel(Veiligheidsdeel)
    /// One overleg of the planning.
    case overleg(String)

    /// Where it is, in words.
    public func tekst(in dossier: Dossier) -> String {
        switch self {
        case .huishouden: return "Huishouden"
        case .gezinslid(let id): return "Gezinslid \(dossier.naam(van: id))"
        case .regisseurs: return "Regisseurs"
        case .regisseur(let id): return "Regisseur \(dossier.naam(van: id))"
        case .toestemming: return "Toestemming om informatie te delen"
        case .startcriteria: return "Waarom regie"
        case .kracht(let id): return "Kracht \(Self.nummer(id, in: dossier.plan.krachten.map(\.id)))"
        case .zorg(let id): return "Zorg \(Self.nummer(id, in: dossier.plan.zorgen.map(\.id)))"
        case .zorgenVeiligheid: return "Zorgen over basiszorg en veiligheid"
        case .doel(let id): return "Doel \(Self.nummer(id, in: dossier.plan.doelen.map(\.id)))"
        case .actie(let doel, let actie):
            let acties = dossier.plan.doelen.first { $0.id == doel }?.acties.map(\.id) ?? []
            return "Doel \(Self.nummer(doel, in: dossier.plan.doelen.map(\.id))), actie \(Self.nummer(actie, in: acties))"
        case .overleggen: return "Planning overleg"
        case .niveau: return "Regiekaart"
        case .fase: return "Fase"
        case .meldcode: return "Meldcode"
        case .veiligheidsplan: return "Veiligheidsplan"
        case .veiligheidsUitspraak: return "Veiligheidsplan, krachten en zorgen"
        case .schaalscore: return "Veiligheidsplan, schaalvraag"
        case .afspraak(let id):
            return "Veiligheidsafspraak \(Self.nummer(id, in: dossier.veiligheidsplan?.afspraken.map(\.id) ?? []))"
        case .ondertekening: return "Veiligheidsplan, ondertekening"
        case .doelencheck: return "Veiligheidsplan, doelencheck"
        case .plandeel(let deel): return deel.tekst
        case .veiligheidsdeel(let deel): return "Veiligheidsplan, \(deel.tekst)"
        case .overleg(let id):
            let o = dossier.plan.overleggen.first { $0.id == id }
            return "Overleg" + (o?.datum.map { " van \($0.tekst)" } ?? "")
        }
    }

    /// What kind of place it is, as a key for scripts: "actie", "doel", "veiligheidsplan" …
    public var soort: String {
        switch self {
        case .huishouden: return "huishouden"
        case .gezinslid: return "gezinslid"
        case .regisseurs: return "regisseurs"
        case .regisseur: return "regisseur"
        case .toestemming: return "toestemming"
        case .startcriteria: return "startcriteria"
        case .kracht: return "kracht"
        case .zorg: return "zorg"
        case .zorgenVeiligheid: return "zorgen-veiligheid"
        case .doel: return "doel"
        case .actie: return "actie"
        case .overleggen: return "overleggen"
        case .niveau: return "niveau"
        case .fase: return "fase"
        case .meldcode: return "meldcode"
        case .veiligheidsplan: return "veiligheidsplan"
        case .veiligheidsUitspraak: return "veiligheidsuitspraak"
        case .schaalscore: return "schaalscore"
        case .afspraak: return "afspraak"
        case .ondertekening: return "ondertekening"
        case .doelencheck: return "doelencheck"
        case .plandeel: return "plandeel"
        case .veiligheidsdeel: return "veiligheidsdeel"
        case .overleg: return "overleg"
        }
    }

    /// The ids of the things the place points at, by name ("doel", "actie", or "id").
    public var ids: [String: String] {
        switch self {
        case .doel(let id): return ["doel": id]
        case .gezinslid(let id), .regisseur(let id), .kracht(let id), .zorg(let id),
             .veiligheidsUitspraak(let id), .schaalscore(let id), .afspraak(let id):
            return ["id": id]
        case .actie(let doel, let actie): return ["doel": doel, "actie": actie]
        case .overleg(let id): return ["id": id]
        case .plandeel(let deel): return ["deel": deel.rawValue]
        case .veiligheidsdeel(let deel): return ["deel": deel.rawValue]
        default: return [:]
        }
    }

    static func nummer(_ id: String, in ids: [String]) -> String {
        (ids.firstIndex(of: id).map { String($0 + 1) }) ?? "?"
    }
}

/// A part of the ondersteuningsplan a finding can point at.
public enum Plandeel: String, Sendable, Hashable, CaseIterable {
    case aanleiding
    case krachten
    case integraleAnalyse = "integrale-analyse"
    case gewenstResultaat = "gewenst-resultaat"
    case samenvatting

    public var tekst: String {
        switch self {
        case .aanleiding: return "Aanleiding"
        case .krachten: return "Krachten"
        case .integraleAnalyse: return "Integrale analyse"
        case .gewenstResultaat: return "Gewenst resultaat"
        case .samenvatting: return "Samenvatting"
        }
    }
}

/// A part of the veiligheidsplan a finding can point at.
public enum Veiligheidsdeel: String, Sendable, Hashable, CaseIterable {
    case bestaandeVeiligheid = "bestaande-veiligheid"
    case schaalvraag
    case contacten

    public var tekst: String {
        switch self {
        case .bestaandeVeiligheid: return "bestaande veiligheid"
        case .schaalvraag: return "schaalvraag"
        case .contacten: return "contacten"
        }
    }
}

/// One finding of the plan check: the rule it breaks (its code, severity and source), where
/// in the dossier, and what is the matter in words.
public struct Bevinding: Sendable, Equatable {
    public var regel: Controleregel
    public var plaats: Plaats
    public var melding: String

    public init(_ regel: Controleregel, _ plaats: Plaats, _ melding: String) {
        self.regel = regel
        self.plaats = plaats
        self.melding = melding
    }

    public var ernst: Ernst { regel.ernst }
    public var code: String { regel.code }
    public var bron: String { regel.bron }
}

/// Words that make a goal negative or about stopping something; the method asks for
/// goals phrased positively, towards the wanted future.
let ontkenningen: Set<String> = ["niet", "geen", "nooit", "niets", "niks", "nergens", "stoppen", "stopt", "ophouden", "zonder"]

extension Dossier {
    /// Checks the plans against the method: every finding with its place and severity,
    /// most serious first.
    public func planCheck(_ methode: Methode, vandaag: Datum) -> [Bevinding] {
        var b: [Bevinding] = []
        let bekend = Set(personen.map(\.id))

        // The people.
        if gezinsleden.isEmpty {
            b.append(Bevinding(.geenGezinslid, .huishouden, "Er staat nog geen gezinslid in het dossier."))
        }
        if procesregisseurs.count > 1 {
            b.append(Bevinding(.meerProcesregisseurs, .regisseurs,
                               "Er zijn \(procesregisseurs.count) procesregisseurs; een huishouden heeft er hooguit één."))
        } else if procesregisseurs.isEmpty, (proces.niveau ?? 2) >= 2 {
            b.append(Bevinding(.geenProcesregisseur, .regisseurs, "Er is nog geen procesregisseur vastgelegd."))
        }
        b += regisseurbevindingen(methode)
        if toestemmingDelen == nil {
            b.append(Bevinding(.toestemmingOntbreekt, .toestemming,
                               "Niet vastgelegd of er toestemming is om informatie met betrokkenen te delen."))
        }

        // Krachten and zorgen: who said it.
        func controleer(_ u: Uitspraak, _ plaats: Plaats, _ soort: String,
                        _ regels: (zonderSpreker: Controleregel, onbekendeSpreker: Controleregel, zonderTekst: Controleregel)) {
            if u.spreker == nil {
                b.append(Bevinding(regels.zonderSpreker, plaats, "Bij deze \(soort) staat niet wie het zegt."))
            } else if let s = u.spreker, !bekend.contains(s) {
                b.append(Bevinding(regels.onbekendeSpreker, plaats, "Deze \(soort) verwijst naar iemand die niet in het dossier staat."))
            }
            if u.citaat.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                b.append(Bevinding(regels.zonderTekst, plaats, "Deze \(soort) heeft nog geen tekst."))
            }
        }
        plan.krachten.forEach { controleer($0, .kracht($0.id), "kracht", (.krachtZonderSpreker, .krachtOnbekendeSpreker, .krachtZonderTekst)) }
        plan.zorgen.forEach { controleer($0, .zorg($0.id), "zorg", (.zorgZonderSpreker, .zorgOnbekendeSpreker, .zorgZonderTekst)) }

        // The plan's own texts, custody, and the household's own words.
        b += kwaliteitsbevindingen(methode, vandaag: vandaag)

        // Goals and actions. One tip at most on how a goal is worded: negative words first.
        let namen = Set(personen.map(\.naam))
        for doel in plan.doelen {
            let tekst = doel.omschrijving.trimmingCharacters(in: .whitespacesAndNewlines)
            if tekst.isEmpty {
                b.append(Bevinding(.doelZonderOmschrijving, .doel(doel.id), "Dit doel heeft nog geen omschrijving."))
            } else if let woord = Self.negatiefWoord(in: tekst) {
                b.append(Bevinding(.doelNegatief, .doel(doel.id),
                                   "Het doel lijkt negatief geformuleerd (\"\(woord)\"). Beschrijf wat er straks wél is."))
            } else {
                switch Formulering.doel(tekst, namen: namen) {
                case .verledenTijd(let woord):
                    b.append(Bevinding(.doelVerledenTijd, .doel(doel.id),
                                       "Het doel staat in de verleden tijd (\"\(woord)\"). Schrijf op hoe het straks is, "
                                       + "bijvoorbeeld \"Er is rust in huis\" in plaats van \"Er was veel ruzie\"."))
                case .geenWerkwoord:
                    b.append(Bevinding(.doelGeenWerkwoord, .doel(doel.id),
                                       "Het doel noemt alleen een onderwerp (\"\(Self.kort(tekst))\"). Schrijf in een zin hoe het straks is, "
                                       + "bijvoorbeeld \"De vaste lasten worden elke maand op tijd betaald\" in plaats van \"Schulden\"."))
                case .goed: break
                }
            }
            if doel.acties.isEmpty {
                b.append(Bevinding(.doelZonderActie, .doel(doel.id), "Dit doel heeft nog geen actie."))
            }
            let open = doel.acties.filter { $0.gedaan == nil }.count
            if doel.status == .bereikt, open > 0 {
                b.append(Bevinding(.doelBereiktActieOpen, .doel(doel.id),
                                   "Dit doel staat op bereikt, maar \(open == 1 ? "1 actie staat" : "\(open) acties staan") nog open. "
                                   + "Vink af wat gedaan is en haal weg wat niet meer nodig is, of zet het doel terug op nog niet bereikt."))
            }
            for actie in doel.acties {
                var mist: [String] = []
                if actie.wie == nil { mist.append("wie") }
                if actie.wat.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { mist.append("wat") }
                if actie.wanneer == nil { mist.append("wanneer") }
                let plaats = Plaats.actie(doel: doel.id, actie: actie.id)
                if !mist.isEmpty {
                    b.append(Bevinding(.actieOnvolledig, plaats, "Bij deze actie ontbreekt \(Self.lijst(mist))."))
                }
                switch Formulering.actie(actie.wat, namen: namen) {
                case .vaag:
                    b.append(Bevinding(.actieVaag, plaats,
                                       "\"\(Self.kort(actie.wat))\" is te vaag om af te vinken. Schrijf op wat er klaar is als het gedaan is, "
                                       + "bijvoorbeeld \"Met school bellen over het verzuim\"."))
                case .geenWerkwoord:
                    b.append(Bevinding(.actieGeenWerkwoord, plaats,
                                       "In deze actie staat geen werkwoord (\"\(Self.kort(actie.wat))\"). Schrijf op wat er gedaan wordt, "
                                       + "bijvoorbeeld \"Aanmelden bij de schuldhulp\" in plaats van \"Schuldhulp\"."))
                case .goed: break
                }
                if doel.status == .nietBereikt, let sinds = doel.statusSinds, let gedaan = actie.gedaan, gedaan > sinds {
                    b.append(Bevinding(.actieNaNietBereikt, plaats,
                                       "Deze actie is gedaan op \(gedaan.tekst), nadat het doel op \(sinds.tekst) op niet bereikt is gezet. "
                                       + "Kijk of het doel weer op nog niet bereikt moet."))
                }
                if let wie = actie.wie, !bekend.contains(wie) {
                    b.append(Bevinding(.actieOnbekendePersoon, plaats, "Deze actie verwijst naar iemand die niet in het dossier staat."))
                }
                if !isAfgesloten, actie.isTeLaat(vandaag: vandaag), let deadline = actie.deadline {
                    let ritme = actie.ritmeTekst.map { " (\($0))" } ?? ""
                    b.append(Bevinding(.actieTeLaat, plaats, "Deze actie is te laat: gepland op \(deadline.tekst)\(ritme)."))
                }
            }
        }

        b += leefgebiedBevindingen(methode)

        // The next overleg: one of each kind, and always one while the household is not closed.
        if !isAfgesloten, volgendOverleg(vandaag: vandaag) == nil {
            b.append(Bevinding(.geenVolgendOverleg, .overleggen, "Er is geen volgend overleg gepland."))
        }
        b += overlegbevindingen(vandaag: vandaag)
        for soort in OverlegSoort.allCases {
            let gepland = geplandeOverleggen(soort, vandaag: vandaag)
            if gepland.count > 1 {
                b.append(Bevinding(.overlegDubbelGepland, .overleggen,
                                   "Er staan \(gepland.count) volgende \(soort.meervoud) gepland (\(gepland.compactMap(\.datum).map(\.tekst).joined(separator: ", "))); "
                                   + "houd er één en verplaats die zo nodig."))
            }
        }

        // Safety.
        if plan.zorgenBasiszorgVeiligheid == nil {
            b.append(Bevinding(.zorgenVeiligheidOnbekend, .zorgenVeiligheid,
                               "Niet ingevuld of er zorgen zijn over basiszorg en veiligheid."))
        }
        if veiligheidsplanVereist(methode) {
            let waarom = plan.zorgenBasiszorgVeiligheid == .ja
                ? "er zijn zorgen over basiszorg en veiligheid"
                : "het huishouden staat op niveau \(proces.niveau ?? 0)"
            if let vp = veiligheidsplan {
                if !vp.isOndertekend {
                    b.append(Bevinding(.veiligheidsplanNietOndertekend, .ondertekening,
                                       "Het veiligheidsplan is nodig (\(waarom)) maar nog niet ondertekend door klant en professional."))
                }
            } else {
                b.append(Bevinding(.veiligheidsplanOntbreekt, .veiligheidsplan, "Er moet een veiligheidsplan zijn: \(waarom)."))
            }
        }
        if let vp = veiligheidsplan {
            for (_, lijst) in vp.uitspraakLijsten {
                for u in lijst {
                    if u.spreker == nil {
                        b.append(Bevinding(.uitspraakZonderSpreker, .veiligheidsUitspraak(u.id), "Bij deze uitspraak staat niet wie het zegt."))
                    } else if let s = u.spreker, !bekend.contains(s) {
                        b.append(Bevinding(.uitspraakOnbekendeSpreker, .veiligheidsUitspraak(u.id), "Deze uitspraak verwijst naar iemand die niet in het dossier staat."))
                    }
                }
            }
            for s in vp.schaalvragen {
                if !Schaalscore.bereik.contains(s.cijfer) {
                    b.append(Bevinding(.schaalscoreBuitenBereik, .schaalscore(s.id), "Een cijfer op de schaalvraag moet van 0 tot en met 10 zijn, niet \(s.cijfer)."))
                }
                if s.persoon == nil {
                    b.append(Bevinding(.schaalscoreZonderPersoon, .schaalscore(s.id), "Bij dit cijfer staat niet wie het gaf."))
                }
            }
            if vp.afspraken.isEmpty {
                b.append(Bevinding(.geenVeiligheidsafspraak, .veiligheidsplan, "Het veiligheidsplan heeft nog geen veiligheidsafspraak."))
            }
            for a in vp.afspraken where a.toezicht == nil {
                b.append(Bevinding(.afspraakZonderToezicht, .afspraak(a.id), "Bij deze afspraak staat niet wie toeziet dat ze wordt nagekomen."))
            }
            let loopt = vp.afgerond == nil && !isAfgesloten
            if vp.evaluatiedatum == nil {
                if loopt { b.append(Bevinding(.geenEvaluatiedatum, .veiligheidsplan, "Plan een datum om het veiligheidsplan te evalueren.")) }
            } else if let e = vp.evaluatiedatum, e < vandaag, loopt {
                b.append(Bevinding(.evaluatieTeLaat, .veiligheidsplan,
                                   "De evaluatie van het veiligheidsplan is te laat: die stond op \(e.tekst). Evalueer het en plan een nieuwe datum."))
            }
            if vp.moetOpnieuwOndertekend, loopt {
                b.append(Bevinding(.opnieuwOndertekenen, .ondertekening,
                                   "Het veiligheidsplan is gewijzigd op \(vp.gewijzigd?.tekst ?? "?"), na de laatste ondertekening: laat het opnieuw ondertekenen."))
            }
            for a in vp.afspraken {
                var mist: [String] = []
                if a.wie == nil { mist.append("wie") }
                if a.waar.allSatisfy(\.isWhitespace) { mist.append("waar") }
                if a.wanneer == nil { mist.append("wanneer") }
                if !mist.isEmpty, loopt {
                    b.append(Bevinding(.afspraakOnvolledig, .afspraak(a.id), "Bij deze afspraak ontbreekt \(Self.lijst(mist))."))
                }
            }
            for a in teLateAfspraken(vandaag: vandaag) {
                b.append(Bevinding(.afspraakTeLaat, .afspraak(a.id),
                                   "Deze veiligheidsafspraak is te laat: gepland op \(a.wanneer?.tekst ?? "?"), en sindsdien niet als nagekomen vastgelegd."))
            }
            if !vp.doelencheck.isCompleet {
                b.append(Bevinding(.doelencheckOnvolledig, .doelencheck, "De doelencheck van het veiligheidsplan is nog niet helemaal afgevinkt."))
            }
            b += veiligheidsplanbevindingen(vp)
        }

        // Process.
        if methode.fase(proces.fase) == nil {
            b.append(Bevinding(.faseOnbekend, .fase, "Fase \"\(proces.fase)\" bestaat niet in de methode."))
        } else if !isAfgesloten, let tegenspraak = faseTegenspraak(methode) {
            b.append(Bevinding(.faseTegenspraak, .fase, tegenspraak))
        }
        b += veiligheidsbevindingen(methode, vandaag: vandaag)
        if let n = proces.niveau, methode.niveau(n) == nil {
            b.append(Bevinding(.niveauOnbekend, .niveau, "Niveau \(n) bestaat niet in de regiekaart."))
        } else if proces.niveau == nil {
            b.append(Bevinding(.niveauNietBepaald, .niveau, "Het niveau op de regiekaart is nog niet bepaald."))
        }
        b += verwijsindexBevindingen(methode, vandaag: vandaag)

        return b.enumerated().sorted { ($0.element.ernst, $0.offset) < ($1.element.ernst, $1.offset) }.map(\.element)
    }

    /// The rules around the safety branch points and the meldcode.
    func veiligheidsbevindingen(_ methode: Methode, vandaag: Datum) -> [Bevinding] {
        var b: [Bevinding] = []
        if isAfgesloten {
            let bezwaren = veiligheidsbezwaren(methode)
            if !bezwaren.isEmpty {
                b.append(Bevinding(.afgeslotenOnveilig, .fase, "Het huishouden is afgesloten, maar er zijn signalen van onveiligheid: "
                                   + bezwaren.joined(separator: " ") + " Open het opnieuw."))
            }
        }
        let niveau = proces.niveau ?? 0
        if (heeftVeiligheidssignalen || niveau >= 3), proces.meldcode.allSatisfy({ $0.begindatum == nil }) {
            let waarom = heeftVeiligheidssignalen ? "Er zijn signalen van onveiligheid" : "Het huishouden staat op niveau \(niveau)"
            b.append(Bevinding(.meldcodeNietGevolgd, .meldcode, "\(waarom), maar de meldcode is nog niet gevolgd. Open de extra stappen bij onveiligheid."))
        }
        if let m = openMeldcode, let begin = m.begindatum, vandaag.dagnummer - begin.dagnummer > methode.info.regels.meldcodeOpenDagen {
            b.append(Bevinding(.meldcodeTeLangOpen, .meldcode,
                               "De meldcode loopt sinds \(begin.tekst) (\(vandaag.dagnummer - begin.dagnummer) dagen) zonder besluit; "
                               + "de afspraak is binnen \(methode.info.regels.meldcodeOpenDagen) dagen."))
        }
        for m in proces.meldcode {
            guard let besluit = m.besluit, methode.info.regels.niveauHerzienNaBesluit.contains(besluit.besluit) else { continue }
            if !proces.niveaugeschiedenis.contains(where: { $0.datum >= besluit.datum }) {
                let tekst = methode.meldcode.besluit(besluit.besluit)?.tekst ?? besluit.besluit
                b.append(Bevinding(.niveauHerzienNaBesluit, .niveau,
                                   "Op \(besluit.datum.tekst) is besloten: \"\(tekst)\". Bekijk daarna het niveau op de regiekaart opnieuw."))
            }
        }
        if toestemmingDelen == .nee, heeftVeiligheidssignalen {
            b.append(Bevinding(.meldcodeZonderToestemming, .meldcode,
                               "Er is geen toestemming om informatie te delen, terwijl er signalen van onveiligheid zijn: volg de meldcode."))
        }
        return b
    }

    /// The first word that makes a goal negative, if any.
    static func negatiefWoord(in tekst: String) -> String? {
        tekst.lowercased().split { !$0.isLetter }.map(String.init).first { ontkenningen.contains($0) }
    }

    /// A text cut to a few words for a message: "Afspraak maken met de…".
    static func kort(_ tekst: String, _ max: Int = 40) -> String {
        let t = tekst.trimmingCharacters(in: .whitespacesAndNewlines).split(whereSeparator: \.isNewline).joined(separator: " ")
        return t.count <= max ? t : String(t.prefix(max - 1)).trimmingCharacters(in: .whitespaces) + "…"
    }

    static func lijst(_ delen: [String]) -> String {
        guard delen.count > 1 else { return delen.first ?? "" }
        return delen.dropLast().joined(separator: ", ") + " en " + delen.last!
    }
}
