import RegieDomain
import RegieMethode
import Screen

/// Huishouden & netwerk: the household's contact details and consent, its members with
/// every field and the per-person checks, the informal network, the professionals, and
/// the proces- and casusregisseurs. These people are the ones the plans refer to. Last, why
/// regie started: the start criteria answered one by one, and the reason (2.p3).
public struct HuishoudenScherm: FormulierScherm {
    public var formulier: Formulier
    /// "Everything about this person" (AVG art. 15 and 20), while it is asked.
    var inzage: Inzagedialoog?
    /// The criteria come from the method; without one, from the method shipped with the program.
    public init(_ methode: Methode? = nil) {
        let m = methode ?? (try? MethodeLader.standaard())
        let criteria = m?.criteria ?? Criteria(startcriteria: [], verwijsindex: [])
        formulier = Formulier(Self.rubrieken(criteria, m?.regiekaart ?? Regiekaart(niveaus: [])))
    }

    static let toetsen = HuishoudenActie.bindings

    public var scopes: [String] { ["formulier", "huishouden"] }
    public var heeftEigenFocus: Bool { inzage != nil || formulier.heeftEigenFocus }

    public var openVraag: Tekstvraag? {
        get { inzage?.openVraag }
        set { inzage?.openVraag = newValue }
    }

    public mutating func handle(_ event: Event, _ context: inout SchermContext) -> Handled {
        if var dialoog = inzage {
            switch dialoog.handle(event, context.dossier, context.omgeving) {
            case .bezig: inzage = dialoog
            case .gestopt: inzage = nil
            case .klaar(let melding):
                inzage = nil
                context.meld(melding)
            }
            return .consumed
        }
        switch context.keymap.action(for: event, HuishoudenActie.self) {
        case .inzage:
            guard let id = gekozenPersoon(context.dossier) else {
                context.meld(.info("Ga eerst naar een persoon: een gezinslid, netwerklid, professional of regisseur."))
                return .consumed
            }
            inzage = Inzagedialoog(persoon: id, in: context.dossier)
            return .consumed
        case nil:
            return formulier.handle(event, &context)
        }
    }

    public mutating func spoel(_ context: inout SchermContext) { formulier.spoel(&context) }
    public var heeftOpenstaand: Bool { formulier.heeftOpenstaand }

    public func render(_ dossier: Dossier, omgeving: Werkomgeving, into buffer: inout Buffer, area: Rect) -> Point? {
        let cursor = formulier.render(dossier, omgeving: omgeving, into: &buffer, area: area)
        guard let inzage else { return cursor }
        return inzage.render(into: &buffer, screen: area, keymap: omgeving.keymap)
    }

    /// The person whose record the user is on or in.
    func gekozenPersoon(_ d: Dossier) -> String? {
        guard let (lijst, i) = formulier.gekozenElement(d) else { return nil }
        switch lijst {
        case "gezinsleden": return d.gezinsleden.indices.contains(i) ? d.gezinsleden[i].id : nil
        case "netwerk": return d.netwerk.indices.contains(i) ? d.netwerk[i].id : nil
        case "professionals": return d.professionals.indices.contains(i) ? d.professionals[i].id : nil
        case "regisseurs": return d.regisseurs.indices.contains(i) ? d.regisseurs[i].id : nil
        default: return nil
        }
    }

    public mutating func ga(naar plaats: Plaats, in dossier: Dossier) {
        switch plaats {
        case .gezinslid(let id): formulier.ga(rubriek: 1, open: [("gezinsleden", id)], in: dossier)
        case .regisseurs: formulier.ga(rubriek: 4, in: dossier)
        case .regisseur(let id): formulier.ga(rubriek: 4, open: [("regisseurs", id)], in: dossier)
        case .toestemming: formulier.ga(rubriek: 0, veld: "toestemming", in: dossier)
        case .startcriteria: formulier.ga(rubriek: 5, in: dossier)
        default: formulier.ga(rubriek: 0, in: dossier)
        }
    }

    static func rubrieken(_ criteria: Criteria, _ kaart: Regiekaart) -> [Formulier.Bron] { [
        .init("Huishouden") { d in
            Rubriek("Huishouden", [
                .veld(.regel("naam", "Naam huishouden", \.naam, verplicht: true)),
                .veld(.regel("contactnaam", "Contactpersoon", \.contact.naam)),
                .veld(.regel("straat", "Straat en huisnummer", \.contact.adres.straatEnHuisnummer)),
                .veld(.regel("postcode", "Postcode", \.contact.adres.postcode)),
                .veld(.regel("woonplaats", "Woonplaats", \.contact.adres.woonplaats)),
                .veld(.regel("telefoon", "Telefoon", \.contact.telefoon)),
                .veld(.regel("email", "E-mail", \.contact.email)),
                .veld(.janee("toestemming", "Toestemming delen", \.toestemmingDelen,
                             uitleg: "Heeft het huishouden toestemming gegeven om informatie te delen met de betrokkenen?")),
                .veld(.datum("aangemaakt", "Dossier begonnen", verplicht: \.aangemaakt)),
            ])
        },
        .init("Gezinsleden") { _ in Rubriek("Gezinsleden", [.lijst(gezinsleden(criteria.verwijsindex))]) },
        .init("Netwerk") { _ in
            Rubriek("Netwerk", [
                .uitleg("Familie, vrienden, buren, de club: wie staat om het huishouden heen?"),
                .lijst(netwerk),
            ])
        },
        .init("Professionals") { _ in Rubriek("Professionals", [.lijst(professionals)]) },
        .init("Regisseurs") { d in
            var onderdelen: [Onderdeel] = [
                .uitleg("Eén procesregisseur per huishouden; casusregisseurs kunnen er meer zijn."),
            ]
            if d.procesregisseurs.count > 1 {
                onderdelen.append(.uitleg("! Er staan \(d.procesregisseurs.count) procesregisseurs; de methode kent er één per huishouden.", .warning))
            }
            if let vraagt = profielVraag(d, kaart) { onderdelen.append(.uitleg(vraagt)) }
            onderdelen.append(.uitleg("De procesregie overdragen: tabblad Fasen, fase 6a, de eerste actie afvinken. "
                                      + "Wie de regie overdroeg, blijft hier staan met de datum tot wanneer."))
            onderdelen.append(.lijst(regisseurs(kaart)))
            return Rubriek("Regisseurs", onderdelen)
        },
        .init("Waarom regie") { d in waaromRegie(criteria.startcriteria, d) },
    ] }

    static let geldt = "geldt"
    static let geldtNiet = "geldt niet"

    /// 2.p3: each start criterion answered, and the reason regie started in the regisseur's words.
    static func waaromRegie(_ criteria: [Criterium], _ d: Dossier) -> Rubriek {
        let beantwoord = criteria.filter { d.proces.startcriteria.contains($0.id) || d.proces.startcriteriaNiet.contains($0.id) }.count
        var onderdelen: [Onderdeel] = [
            .uitleg("Bepaal of het huishouden kwetsbaar is volgens de criteria; één criterium is genoeg. "
                    + "De groep Jeugd geldt daarnaast voor huishoudens met een jeugdige. \(beantwoord) van \(criteria.count) beantwoord."),
        ]
        var groep: String?
        for c in criteria {
            if let g = c.groep, g != groep {
                groep = g
                onderdelen.append(.uitleg(g, .title))
            }
            onderdelen.append(.uitleg(c.tekst, .text))
            onderdelen.append(.veld(startcriterium(c)))
        }
        onderdelen.append(.veld(.tekst("startreden", "Waarom regie", \.proces.startreden,
                                       uitleg: "Waarom is coördinatie van zorg gestart? In eigen woorden.")))
        return Rubriek("Waarom regie", onderdelen)
    }

    /// geldt / geldt niet / onbekend for one start criterion.
    static func startcriterium(_ c: Criterium) -> Veld {
        Veld(id: "start-\(c.id)", titel: "Geldt dit?", soort: .keuze([geldt, geldtNiet, Veld.onbekend]), uitleg: c.toelichting,
             lees: { d in
                 d.proces.startcriteria.contains(c.id) ? geldt : d.proces.startcriteriaNiet.contains(c.id) ? geldtNiet : Veld.onbekend
             },
             schrijf: { d, tekst in
                 d.proces.startcriteria.removeAll { $0 == c.id }
                 d.proces.startcriteriaNiet.removeAll { $0 == c.id }
                 if tekst == geldt { d.proces.startcriteria.append(c.id) }
                 if tekst == geldtNiet { d.proces.startcriteriaNiet.append(c.id) }
             })
    }

    /// The signals in the Verwijsindex of one household member.
    static func verwijsindexsignalen(_ p: WritableKeyPath<Dossier, Gezinslid>, _ criteria: [Criterium]) -> Lijst {
        let lijst = p.appending(path: \.verwijsindexSignalen)
        return Lijst.over(lijst, id: "verwijsindexsignalen", titel: "Signalen in de Verwijsindex", enkelvoud: "signaal",
            regel: { _, s in
                [s.criterium.isEmpty ? "(risico nog niet gekozen)" : s.criterium, s.datum?.tekst ?? "",
                 s.matchdatum.map { "match \($0.tekst)" } ?? ""].filter { !$0.isEmpty }.joined(separator: " · ")
            },
            velden: { s in [
                .veld(risico(s.appending(path: \.criterium), criteria)),
                .veld(.datum("datum", "Datum signaal", s.appending(path: \.datum))),
                .veld(.janee("jeugdige", "Jeugdige ingelicht", s.appending(path: \.jeugdigeGeinformeerd),
                             uitleg: "Is de jeugdige over het signaal geïnformeerd? Uiterlijk bij een match.")),
                .veld(.janee("vertegenwoordiger", "Ouder/voogd ingelicht", s.appending(path: \.vertegenwoordigerGeinformeerd),
                             uitleg: "Is de wettelijk vertegenwoordiger geïnformeerd? Uiterlijk bij een match.")),
                .veld(.datum("match", "Datum match", s.appending(path: \.matchdatum),
                             uitleg: "Bij een match overleggen de signaleerders binnen vijf werkdagen.")),
                .veld(overleg(s)),
            ] },
            nieuw: .direct { d in d[keyPath: lijst].append(Verwijsindexsignaal()) })
    }

    /// The risk of a signal: one of the method's Verwijsindex criteria, shown with its text.
    static func risico(_ pad: WritableKeyPath<Dossier, String>, _ criteria: [Criterium]) -> Veld {
        let ids = criteria.map(\.id)
        var v = Veld(id: "risico", titel: "Risico", soort: .keuze(ids + [Veld.onbekend]),
                     uitleg: "Kies met ← → het risico uit de criteria van de Verwijsindex; buiten het veld staat de tekst erbij.",
                     lees: { ids.contains($0[keyPath: pad]) ? $0[keyPath: pad] : Veld.onbekend },
                     schrijf: { d, tekst in d[keyPath: pad] = ids.contains(tekst) ? tekst : "" })
        v.toon = { d in
            let id = d[keyPath: pad]
            guard let c = criteria.first(where: { $0.id == id }) else { return "(nog niet gekozen)" }
            return "\(c.id) · \(c.tekst)"
        }
        return v
    }

    /// The overleg after a match, with the last day it may be when it is not there yet.
    static func overleg(_ s: WritableKeyPath<Dossier, Verwijsindexsignaal>) -> Veld {
        var v = Veld.datum("overleg", "Datum overleg", s.appending(path: \.overlegdatum),
                           uitleg: "Het overleg van de signaleerders na de match.")
        v.toon = { d in
            let signaal = d[keyPath: s]
            if let o = signaal.overlegdatum { return o.tekst }
            return signaal.uiterlijkeOverlegdatum.map { "nog niet; uiterlijk \($0.tekst)" } ?? ""
        }
        return v
    }

    static func gezinsleden(_ verwijsindex: [Criterium]) -> Lijst { Lijst.over(\Dossier.gezinsleden, id: "gezinsleden", titel: "Gezinsleden", enkelvoud: "gezinslid",
        regel: { _, g in [g.naam.isEmpty ? "(naam nog leeg)" : g.naam, g.rolInGezin, g.geboortedatum?.tekst ?? ""].filter { !$0.isEmpty }.joined(separator: " · ") },
        velden: { p in [
            .veld(.regel("naam", "Naam", p.appending(path: \.naam))),
            .veld(.regel("rol", "Rol in het gezin", p.appending(path: \.rolInGezin), uitleg: "Bijvoorbeeld moeder, zoon, oma (woont in).")),
            .veld(.regel("geslacht", "Geslacht", p.appending(path: \.geslacht))),
            .veld(.datum("geboortedatum", "Geboortedatum", p.appending(path: \.geboortedatum))),
            .veld(.regel("gezag", "Gezag", p.appending(path: \.gezag), uitleg: "Bij een minderjarige: wie heeft het gezag (beide ouders, moeder, voogdij)?")),
            .veld(.regel("burgerlijkeStaat", "Burgerlijke staat", p.appending(path: \.burgerlijkeStaat))),
            .veld(.regel("beroep", "Beroep", p.appending(path: \.beroep))),
            .veld(Veld(id: "zelfdeAdres", titel: "Zelfde adres", soort: .vinkje,
                       uitleg: "Zelfde adres als het huishouden: \(toets: VinkjeActie.wissel) neemt het over (nog eens: leeg).",
                       lees: { d in
                           let adres = d[keyPath: p.appending(path: \.adres)]
                           return !adres.isLeeg && adres == d.contact.adres ? "ja" : ""
                       },
                       schrijf: { d, tekst in d[keyPath: p.appending(path: \.adres)] = tekst == "ja" ? d.contact.adres : Adres() })),
            .veld(.regel("straat", "Straat en huisnummer", p.appending(path: \.adres.straatEnHuisnummer))),
            .veld(.regel("postcode", "Postcode", p.appending(path: \.adres.postcode))),
            .veld(.regel("woonplaats", "Woonplaats", p.appending(path: \.adres.woonplaats))),
            .veld(.regel("telefoon", "Telefoon", p.appending(path: \.telefoon))),
            .veld(.regel("email", "E-mail", p.appending(path: \.email))),
            .uitleg("Controles", .title),
            .veld(.janee("verwijsindex", "Signaal Verwijsindex", p.appending(path: \.verwijsindexSignaal),
                         uitleg: "Is er voor deze persoon een signaal in de Verwijsindex Risicojongeren afgegeven?")),
            .lijst(verwijsindexsignalen(p, verwijsindex)),
            .veld(.janee("woonplaatsbeginsel", "Woonplaatsbeginsel", p.appending(path: \.woonplaatsbeginselGecontroleerd),
                         uitleg: "Is bij een aanvraag of besluit het woonplaatsbeginsel gecontroleerd?")),
            .veld(.janee("legitimatie", "Legitimatie", p.appending(path: \.legitimatieGecontroleerd),
                         uitleg: "Is de legitimatie van deze persoon gecontroleerd?")),
        ] },
        nieuw: .direct { $0.gezinsleden.append(Gezinslid(naam: "")) }) }

    static var netwerk: Lijst { Lijst.over(\Dossier.netwerk, id: "netwerk", titel: "Netwerk", enkelvoud: "netwerklid",
        regel: { _, n in [n.naam.isEmpty ? "(naam nog leeg)" : n.naam, n.relatie].filter { !$0.isEmpty }.joined(separator: " · ") },
        velden: { p in [
            .veld(.regel("naam", "Naam", p.appending(path: \.naam))),
            .veld(.regel("relatie", "Relatie", p.appending(path: \.relatie), uitleg: "Bijvoorbeeld buurvrouw, opa, trainer.")),
            .veld(.regel("telefoon", "Telefoon", p.appending(path: \.telefoon))),
            .veld(.regel("email", "E-mail", p.appending(path: \.email))),
        ] },
        nieuw: .direct { $0.netwerk.append(Netwerklid(naam: "")) }) }

    static var professionals: Lijst { Lijst.over(\Dossier.professionals, id: "professionals", titel: "Professionals", enkelvoud: "professional",
        regel: { _, p in [p.naam.isEmpty ? "(naam nog leeg)" : p.naam, p.functie, p.organisatie].filter { !$0.isEmpty }.joined(separator: " · ") },
        velden: { p in [
            .veld(.regel("naam", "Naam", p.appending(path: \.naam))),
            .veld(.regel("functie", "Functie", p.appending(path: \.functie))),
            .veld(.regel("organisatie", "Organisatie", p.appending(path: \.organisatie))),
            .veld(.regel("telefoon", "Telefoon", p.appending(path: \.telefoon))),
            .veld(.regel("email", "E-mail", p.appending(path: \.email))),
        ] },
        nieuw: .direct { $0.professionals.append(Professional(naam: "")) }) }

    /// "Niveau 3 vraagt casusregie met profiel B en procesregie met profiel B."
    static func profielVraag(_ d: Dossier, _ kaart: Regiekaart) -> String? {
        guard let n = d.proces.niveau, let niveau = kaart.niveaus.first(where: { $0.niveau == n }) else { return nil }
        let delen = [("casusregie", niveau.casusregie.profiel), ("procesregie", niveau.procesregie.profiel)]
            .compactMap { regie, p in p.map { "\(regie) met competentieprofiel \($0.tekst)" } }
        guard !delen.isEmpty else { return nil }
        return "Niveau \(n) vraagt " + delen.joined(separator: " en ") + ". Wat elk profiel vraagt, staat bij het niveau op het tabblad Regiekaart en bij de begrippen in de hulp."
    }

    static let geenProfiel = "onbekend"

    /// The profile of a regisseur, and whether it fits what the level asks for their role.
    static func profiel(_ r: WritableKeyPath<Dossier, Regisseur>, _ kaart: Regiekaart) -> Veld {
        let pad = r.appending(path: \.profiel)
        var v = Veld(id: "profiel", titel: "Competentieprofiel", soort: .keuze(Competentieprofiel.allCases.map(\.tekst) + [geenProfiel]),
                     uitleg: "A, B of B+. B kan alles van A en meer (veiligheid), B+ alles van B en meer (mandaat, omgeving).",
                     lees: { $0[keyPath: pad]?.tekst ?? geenProfiel },
                     schrijf: { d, tekst in d[keyPath: pad] = Competentieprofiel(rawValue: tekst) })
        v.toon = { d in
            let regisseur = d[keyPath: r]
            let eigen = regisseur.profiel?.tekst ?? "onbekend"
            guard regisseur.isHuidig, let n = d.proces.niveau, let niveau = kaart.niveaus.first(where: { $0.niveau == n }),
                  let vereist = (regisseur.rol == .proces ? niveau.procesregie : niveau.casusregie).profiel else { return eigen }
            guard let p = regisseur.profiel else { return "\(eigen) (niveau \(n) vraagt \(vereist.tekst))" }
            return p.past(bij: vereist) ? "\(eigen) (past bij niveau \(n), dat vraagt \(vereist.tekst))"
                : "\(eigen) ! niveau \(n) vraagt \(vereist.tekst)"
        }
        return v
    }

    static func regisseurs(_ kaart: Regiekaart) -> Lijst { Lijst.over(\Dossier.regisseurs, id: "regisseurs", titel: "Regisseurs", enkelvoud: "regisseur",
        regel: { _, r in [r.naam.isEmpty ? "(naam nog leeg)" : r.naam, r.rolMetPeriode, r.profiel.map { "profiel \($0.tekst)" } ?? "",
                          r.organisatie].filter { !$0.isEmpty }.joined(separator: " · ") },
        velden: { p in [
            .veld(.regel("naam", "Naam", p.appending(path: \.naam))),
            .veld(.keuze("rol", "Rol", p.appending(path: \.rol), tekst: \.tekst)),
            .veld(profiel(p, kaart)),
            .veld(.datum("vanaf", "Sinds", p.appending(path: \.vanaf), uitleg: "Vanaf welke dag heeft deze regisseur de regie?")),
            .veld(.datum("tot", "Tot", p.appending(path: \.tot),
                         uitleg: "De dag dat iemand anders de regie overnam. Leeg: deze regisseur heeft de regie nu.")),
            .veld(.regel("organisatie", "Organisatie", p.appending(path: \.organisatie))),
            .veld(.regel("telefoon", "Telefoon", p.appending(path: \.telefoon))),
            .veld(.regel("email", "E-mail", p.appending(path: \.email))),
        ] },
        nieuw: .direct { d in d.regisseurs.append(Regisseur(naam: "", rol: d.procesregisseurs.isEmpty ? .proces : .casus)) }) }
}

/// The Huishouden tab's own action (the form's are `FormulierActie`).
public enum HuishoudenActie: String, KeyAction {
    case inzage = "huishouden.inzage"

    public var defaultBinding: Binding {
        switch self {
        case .inzage: bind([.function(3)], "Alle gegevens van deze persoon (inzage, JSON of PDF)", group: "Huishouden", helpBar: true)
        }
    }
}

extension HuishoudenScherm {
    public func zetNietNu(_ keymap: inout Keymap, _ dossier: Dossier) {
        formulier.zetNietNu(&keymap, dossier)
        if gekozenPersoon(dossier) == nil {
            keymap.setDisabled(HuishoudenActie.inzage, reason: "ga eerst naar een persoon")
        }
    }
}
