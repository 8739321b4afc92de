import RegieDomain
import Screen

/// Huishouden & netwerk: the household's contact details and consent, its members with
/// every field and the per-person checks, the informal network, the professionals, and
/// the proces- and casusregisseurs. These people are the ones the plans refer to.
public struct HuishoudenScherm: FormulierScherm {
    public var formulier = Formulier(Self.rubrieken)
    /// "Everything about this person" (AVG art. 15 and 20), while it is asked.
    var inzage: Inzagedialoog?
    public init() {}

    static let toetsen = [
        Binding(id: "huishouden.inzage", keys: [.function(3)], description: "Alle gegevens van deze persoon (inzage, JSON of PDF)",
                group: "Huishouden", showInHelpBar: true),
    ]

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
        if case .key(let key) = event, context.keymap.binding(for: key, scopes: ["huishouden"])?.id == "huishouden.inzage" {
            guard let id = gekozenPersoon(context.dossier) else {
                context.meld(.info("Ga eerst naar een persoon: een gezinslid, netwerklid, professional of regisseur."))
                return .consumed
            }
            inzage = Inzagedialoog(persoon: id, in: context.dossier)
            return .consumed
        }
        return formulier.handle(event, &context)
    }

    public mutating func spoel(_ context: inout SchermContext) { formulier.spoel(&context) }
    public var heeftOpenstaand: Bool { formulier.heeftOpenstaand }

    public func render(_ dossier: Dossier, omgeving: Werkomgeving, into buffer: inout Buffer, area: Rect) -> Point? {
        let cursor = formulier.render(dossier, omgeving: omgeving, into: &buffer, area: area)
        guard let inzage else { return cursor }
        return inzage.render(into: &buffer, screen: area)
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
        case .toestemming: formulier.ga(rubriek: 0, veld: "toestemming", in: dossier)
        default: formulier.ga(rubriek: 0, in: dossier)
        }
    }

    static var rubrieken: [Formulier.Bron] { [
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
        .init("Gezinsleden") { _ in Rubriek("Gezinsleden", [.lijst(gezinsleden)]) },
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
            onderdelen.append(.lijst(regisseurs))
            return Rubriek("Regisseurs", onderdelen)
        },
    ] }

    static var gezinsleden: Lijst { Lijst.over(\Dossier.gezinsleden, id: "gezinsleden", titel: "Gezinsleden", enkelvoud: "gezinslid",
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
                       uitleg: "Zelfde adres als het huishouden: Spatie neemt het over (nog eens: leeg).",
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

    static var regisseurs: Lijst { Lijst.over(\Dossier.regisseurs, id: "regisseurs", titel: "Regisseurs", enkelvoud: "regisseur",
        regel: { _, r in [r.naam.isEmpty ? "(naam nog leeg)" : r.naam, r.rol.tekst, r.organisatie].filter { !$0.isEmpty }.joined(separator: " · ") },
        velden: { p in [
            .veld(.regel("naam", "Naam", p.appending(path: \.naam))),
            .veld(.keuze("rol", "Rol", p.appending(path: \.rol), tekst: \.tekst)),
            .veld(.regel("organisatie", "Organisatie", p.appending(path: \.organisatie))),
            .veld(.regel("telefoon", "Telefoon", p.appending(path: \.telefoon))),
            .veld(.regel("email", "E-mail", p.appending(path: \.email))),
        ] },
        nieuw: .direct { d in d.regisseurs.append(Regisseur(naam: "", rol: d.procesregisseurs.isEmpty ? .proces : .casus)) }) }
}
