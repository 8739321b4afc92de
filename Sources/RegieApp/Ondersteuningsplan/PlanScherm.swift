import RegieDomain
import Screen

/// Ondersteuningsplan: one plan for the whole household, made with them and added to at
/// every overleg. Its sections in the method's order: date and reason, krachten and
/// zorgen quoted by name, earlier help, the integral analysis, the desired result, the
/// question about basic care and safety, goals with their actions, a summary, and the
/// planned meetings.
public struct PlanScherm: FormulierScherm {
    public var formulier: Formulier
    /// The box to choose the leefgebied of a kracht, zorg or doel, while it is open.
    var leefgebiedkiezer: Leefgebiedkiezer?

    public init(_ dossier: Dossier, _ omgeving: Werkomgeving) {
        formulier = Formulier(Self.rubrieken(omgeving))
        formulier.ga(rubriek: 0, in: dossier)  // focus on the first field, past the explanation
    }

    /// Besides the form's own keys (scope "formulier"): choosing a leefgebied. Not in the
    /// help bar, which has no room left at 80 columns (F1 Hulp would drop out); the field
    /// Leefgebied and the line about zorgen without a goal name the key instead.
    public static let toetsen: [Binding] = PlanActie.bindings + Leefgebiedkiezer.toetsen

    public var scopes: [String] { leefgebiedkiezer == nil ? ["formulier", "plan"] : ["leefgebied"] }
    public var heeftEigenFocus: Bool { leefgebiedkiezer != nil || formulier.heeftEigenFocus }

    public mutating func handle(_ event: Event, _ context: inout SchermContext) -> Handled {
        if var kiezer = leefgebiedkiezer {
            switch kiezer.handle(event, context.keymap) {
            case .bezig: leefgebiedkiezer = kiezer
            case .nietGebruikt: return .ignored
            case .gestopt: leefgebiedkiezer = nil
            case .gekozen(let id):
                leefgebiedkiezer = nil
                zetLeefgebied(id, lijst: kiezer.lijst, element: kiezer.element, &context)
            }
            return .consumed
        }
        if case .key(let key) = event {
            let opVeld = context.keymap.action(for: key, FormulierActie.self) == .openen && opLeefgebiedveld(context.dossier)
            if opVeld || context.keymap.action(for: key, PlanActie.self) == .leefgebied {
                formulier.spoel(&context)
                openLeefgebiedkiezer(&context)
                return .consumed
            }
        }
        return formulier.handle(event, &context)
    }

    public func render(_ dossier: Dossier, omgeving: Werkomgeving, into buffer: inout Buffer, area: Rect) -> Point? {
        let cursor = formulier.render(dossier, omgeving: omgeving, into: &buffer, area: area)
        guard let leefgebiedkiezer else { return cursor }
        leefgebiedkiezer.render(into: &buffer, screen: area, keymap: omgeving.keymap)
        return nil
    }

    public mutating func herlaad(_ dossier: Dossier) {
        leefgebiedkiezer = nil
        formulier.herlaad(dossier)
    }

    public mutating func ga(naar plaats: Plaats, in dossier: Dossier) {
        switch plaats {
        case .kracht(let id): formulier.ga(rubriek: Deel.krachten.rawValue, open: [("krachten", id)], in: dossier)
        case .zorg(let id): formulier.ga(rubriek: Deel.zorgen.rawValue, open: [("zorgen", id)], in: dossier)
        case .zorgenVeiligheid: formulier.ga(rubriek: Deel.veiligheid.rawValue, veld: "zorgenVeiligheid", in: dossier)
        case .doel(let id): formulier.ga(rubriek: Deel.doelen.rawValue, open: [("doelen", id)], in: dossier)
        case .actie(let doel, let actie):
            formulier.ga(rubriek: Deel.doelen.rawValue, open: [("doelen", doel), ("acties", actie)], in: dossier)
        case .overleggen: formulier.ga(rubriek: Deel.overleggen.rawValue, in: dossier)
        case .overleg(let id): formulier.ga(rubriek: Deel.overleggen.rawValue, open: [("overleggen", id)], in: dossier)
        case .plandeel(.aanleiding): formulier.ga(rubriek: Deel.aanleiding.rawValue, veld: "aanleiding", in: dossier)
        case .plandeel(.krachten): formulier.ga(rubriek: Deel.krachten.rawValue, in: dossier)
        case .plandeel(.integraleAnalyse): formulier.ga(rubriek: Deel.analyse.rawValue, veld: "integraleAnalyse", in: dossier)
        case .plandeel(.gewenstResultaat): formulier.ga(rubriek: Deel.resultaat.rawValue, veld: "gewenstResultaat", in: dossier)
        case .plandeel(.samenvatting): formulier.ga(rubriek: Deel.samenvatting.rawValue, veld: "samenvatting", in: dossier)
        default: formulier.ga(rubriek: 0, in: dossier)
        }
    }

    /// The sections, in the order of the plan.
    enum Deel: Int, CaseIterable {
        case aanleiding, krachten, zorgen, eerdereHulp, analyse, resultaat, veiligheid, doelen, samenvatting, overleggen

        /// Short enough for the sidebar at 80 columns.
        var titel: String {
            switch self {
            case .aanleiding: "Aanleiding"
            case .krachten: "Krachten"
            case .zorgen: "Zorgen"
            case .eerdereHulp: "Eerdere hulp"
            case .analyse: "Analyse"
            case .resultaat: "Resultaat"
            case .veiligheid: "Veiligheid"
            case .doelen: "Doelen"
            case .samenvatting: "Samenvatting"
            case .overleggen: "Overleggen"
            }
        }
    }

    /// What the sections need of the working environment. Kept by the form's closures for
    /// as long as the screen lives, so it holds no store (and so no key: see locking).
    struct Context {
        let vandaag: Datum
        let methode: Methode
        let keymap: Keymap
        init(_ omgeving: Werkomgeving) { (vandaag, methode, keymap) = (omgeving.vandaag, omgeving.methode, omgeving.keymap) }

        var leefgebieden: Leefgebiedtag { Leefgebiedtag(methode: methode, keymap: keymap) }
    }

    static func rubrieken(_ omgeving: Werkomgeving) -> [Formulier.Bron] {
        let context = Context(omgeving)
        return Deel.allCases.map { deel in Formulier.Bron(deel.titel) { d in rubriek(deel, d, context) } }
    }

    static func rubriek(_ deel: Deel, _ d: Dossier, _ omgeving: Context) -> Rubriek {
        switch deel {
        case .aanleiding:
            return Rubriek("Aanleiding", [
                .uitleg("Het plan wordt samen met het huishouden gemaakt en bij elk overleg aangevuld."),
                .veld(.datum("datum", "Datum plan", \.plan.datum)),
                .veld(.tekst("aanleiding", "Aanleiding", \.plan.aanleiding,
                             uitleg: "Wat is de aanleiding, de vraag of de zorg?")),
            ])
        case .krachten:
            return Rubriek("Krachten", [
                .uitleg("Wat gaat er goed? Noteer wie het zegt, in eigen woorden. Begin bij de klant, dan het gezin, het netwerk en de professionals."),
                .lijst(krachten(omgeving.leefgebieden)),
            ])
        case .zorgen:
            return Rubriek("Zorgen", [
                .uitleg("Wat zijn de zorgen? Wie noemt de zorg, sinds wanneer speelt die, en wat betekent dat voor het gezin?"),
                .lijst(zorgen(omgeving.leefgebieden)),
            ] + Self.zorgZonderDoel(d, omgeving))
        case .eerdereHulp:
            return Rubriek("Eerdere hulp", [
                .uitleg("Als het van belang is: welke hulp is al eerder ingezet, door wie, wanneer, en wat leverde die op?"),
                .lijst(eerdereHulp),
            ])
        case .analyse:
            return Rubriek("Integrale analyse", [
                .veld(.tekst("integraleAnalyse", "Integrale analyse", \.plan.integraleAnalyse,
                             uitleg: "Hoe is de hele situatie? Samenhang, patronen, gevolgen.")),
            ])
        case .resultaat:
            return Rubriek("Gewenst resultaat", [
                .veld(.tekst("gewenstResultaat", "Gewenst resultaat", \.plan.gewenstResultaat,
                             uitleg: "Wat wil het huishouden bereiken?")),
            ])
        case .veiligheid:
            return Rubriek("Basiszorg en veiligheid", veiligheid(d, omgeving))
        case .doelen:
            return Rubriek("Doelen", [
                .uitleg("Formuleer elk doel positief en naar de toekomst. Per doel één of meer acties: wie doet wat, wanneer."),
                .lijst(doelen(omgeving.vandaag, omgeving.leefgebieden)),
            ] + Self.zorgZonderDoel(d, omgeving))
        case .samenvatting:
            return Rubriek("Samenvatting", [
                .veld(.tekst("samenvatting", "Samenvatting", \.plan.samenvatting,
                             uitleg: "Het plan in een paar zinnen, in gewone woorden.")),
            ])
        case .overleggen:
            return Rubriek("Planning overleg", [
                .uitleg("Elk overleg eindigt met de datum en tijd van het volgende. Vink per overleg aan wie er waren."),
                .lijst(overleggen(omgeving.vandaag)),
            ])
        }
    }

    // MARK: Krachten, zorgen, earlier help

    static func krachten(_ leefgebieden: Leefgebiedtag) -> Lijst {
        Planlijsten.uitspraken(\.plan.krachten, id: "krachten", titel: "Krachten", enkelvoud: "kracht", leefgebieden: leefgebieden, vragen: .init(
            wie: "Wie noemt deze kracht?",
            citaat: "Wat gaat er goed? In de eigen woorden van de persoon.",
            sinds: "Indien van belang: sinds wanneer gaat het goed?",
            gevolgen: "Wat betekent het voor de klant of de gezinsleden?"))
    }

    static func zorgen(_ leefgebieden: Leefgebiedtag) -> Lijst {
        Planlijsten.uitspraken(\.plan.zorgen, id: "zorgen", titel: "Zorgen", enkelvoud: "zorg", leefgebieden: leefgebieden, vragen: .init(
            wie: "Wie noemt deze zorg?",
            citaat: "Wat is de zorg? In de eigen woorden van de persoon.",
            sinds: "(Sinds) wanneer doet de zorg zich voor?",
            gevolgen: "Wat zijn de (mogelijke) gevolgen voor het gezin?"))
    }

    static var eerdereHulp: Lijst {
        Lijst.over(\Dossier.plan.eerdereHulp, id: "eerdereHulp", titel: "Eerdere hulp", enkelvoud: "eerdere hulp",
                   regel: { _, h in [h.wat.isEmpty ? "(nog leeg)" : h.wat, h.doorWie, h.wanneer].filter { !$0.isEmpty }.joined(separator: " · ") },
                   velden: { p in [
                       .veld(.regel("wat", "Welke hulp", p.appending(path: \.wat))),
                       .veld(.regel("doorWie", "Door wie", p.appending(path: \.doorWie), uitleg: "Welke organisatie of hulpverlener?")),
                       .veld(.regel("wanneer", "Wanneer", p.appending(path: \.wanneer), uitleg: "Een jaar of periode, bijvoorbeeld 'voorjaar 2023'.")),
                       .veld(.tekst("resultaat", "Resultaat", p.appending(path: \.resultaat), uitleg: "Wat heeft de hulp opgeleverd?")),
                   ] },
                   nieuw: .direct { $0.plan.eerdereHulp.append(EerdereHulp(wat: "")) })
    }

    // MARK: Basic care and safety

    static func veiligheid(_ d: Dossier, _ omgeving: Context) -> [Onderdeel] {
        let tab = omgeving.keymap.names(DossierActie.naar(.veiligheid), separator: ", ")
        var onderdelen: [Onderdeel] = [
            .uitleg("Zijn er zorgen over de basiszorg en/of de veiligheid van iemand in het huishouden?", .text),
            .veld(.janee("zorgenVeiligheid", "Zorgen veiligheid", \.plan.zorgenBasiszorgVeiligheid,
                         uitleg: "Bij ja is een veiligheidsplan verplicht.")),
            .uitleg("Bij ja hoort er een veiligheidsplan bij dit plan (tabblad Veiligheidsplan, \(tab)). Kies met ← → of typ j of n."),
        ]
        if d.plan.zorgenBasiszorgVeiligheid == .ja {
            if let vp = d.veiligheidsplan {
                onderdelen.append(vp.isOndertekend
                    ? .uitleg("Het veiligheidsplan is verplicht en ondertekend.", .success)
                    : .uitleg("! Het veiligheidsplan is verplicht en nog niet ondertekend.", .warning))
            } else {
                onderdelen.append(.uitleg("! Er is nog geen veiligheidsplan. Begin het in het tabblad Veiligheidsplan (\(tab)).", .warning))
            }
        } else if d.veiligheidsplanVereist(omgeving.methode), let niveau = d.proces.niveau {
            onderdelen.append(.uitleg("Op niveau \(niveau) is een veiligheidsplan hoe dan ook verplicht.", .muted))
        }
        return onderdelen
    }

    // MARK: Goals and actions

    static func doelen(_ vandaag: Datum, _ leefgebieden: Leefgebiedtag) -> Lijst {
        Planlijsten.lijst(\Dossier.plan.doelen, id: "doelen", titel: "Doelen", enkelvoud: "doel",
            regel: { _, doel in
                let klaar = doel.acties.filter { $0.isGedaan(vandaag: vandaag) }.count
                let tekst = doel.omschrijving.isEmpty ? "(nog geen omschrijving)" : doel.omschrijving.singleLine
                return "[\(doel.status.tekst)] \(klaar)/\(doel.acties.count) acties gedaan · \(tekst)"
            },
            kop: { d, doel in "Doel \((d.plan.doelen.firstIndex { $0.id == doel.id } ?? 0) + 1)" },
            velden: { _, p in [
                .veld(.tekst("omschrijving", "Doel", p.appending(path: \.omschrijving),
                             uitleg: "Positief en naar de toekomst: hoe is het dan?")),
                .veld(.keuze("status", "Doel bereikt?", p.appending(path: \.status), tekst: \.tekst)),
                .veld(leefgebieden.veld(p.appending(path: \.leefgebied))),
                .lijst(acties(p, vandaag)),
            ] },
            nieuw: .direct { $0.plan.doelen.append(Doel(omschrijving: "")) },
            staart: { _, doel in leefgebieden.staart(doel.leefgebied) })
    }

    static func acties(_ doel: WritableKeyPath<Dossier, Doel>, _ vandaag: Datum) -> Lijst {
        Planlijsten.lijst(doel.appending(path: \.acties), id: "acties", titel: "Acties", enkelvoud: "actie",
            regel: { d, a in
                // The markers first, so a narrow screen still shows them.
                var delen = [a.isGedaan(vandaag: vandaag) ? "[x]" : "[ ]"]
                if a.isTeLaat(vandaag: vandaag) { delen.append("! te laat ·") }
                delen.append("\(d.naam(van: a.wie)): \(a.wat.isEmpty ? "(nog leeg)" : a.wat.singleLine)")
                if let ritme = a.ritmeTekst { delen.append("· \(ritme)") }
                return delen.joined(separator: " ")
            },
            kop: { d, a in "Actie van \(d.naam(van: a.wie))" },
            velden: { d, p in actievelden(d[keyPath: p], p, vandaag) },
            nieuw: .metPersoon(vraag: "Wie doet het?") { d, wie in d[keyPath: doel].acties.append(Actie(wie: wie, wat: "", wanneer: nil)) },
            // The date stays whole (a long "wat" is shortened instead): when it was done, or
            // else when it must be done; for one that repeats its next or missed time.
            staart: { _, a in
                if let stand = a.herhaalstand(vandaag: vandaag) { return "· \(stand)" }
                if let g = a.gedaan { return "· gedaan \(g.tekst)" }
                return a.wanneer.map { "· uiterlijk \($0.tekst)" } ?? ""
            })
            .focus(op: "wat")
    }

    /// The choices of "Herhaalt": not, or one of the rhythms.
    static let nietHerhalen = "niet"

    /// Who, what and when; for an action that repeats also the time, until when, and its
    /// latest time marked done with one key.
    static func actievelden(_ actie: Actie, _ p: WritableKeyPath<Dossier, Actie>, _ vandaag: Datum) -> [Onderdeel] {
        var velden: [Onderdeel] = [
            .veld(.persoon("wie", "Wie", p.appending(path: \.wie), uitleg: "Wie doet het? \(toets: VeldActie.kiezen): kiezen uit het dossier.")),
            .veld(.regel("wat", "Wat", p.appending(path: \.wat), uitleg: "Concreet en meetbaar: wat moet er gebeuren?")),
            .veld(.datum("wanneer", "Wanneer", p.appending(path: \.wanneer), uitleg: actie.herhaling == nil
                ? "Uiterlijk op deze dag: dd-mm-jjjj, of bijv. +2w."
                : "De eerste keer: dd-mm-jjjj, of bijv. +2w. Daarna op dezelfde weekdag of dag van de maand.")),
            .veld(herhaalt(p)),
        ]
        guard let herhaling = actie.herhaling else {
            velden.append(.veld(.datum("gedaan", "Gedaan op", p.appending(path: \.gedaan), uitleg: "Wanneer gedaan? Leeg zolang het nog open staat.")))
            return velden
        }
        var tijd = Veld.tijd("tijd", "Tijd", p.appending(path: \.herhaaltijd))
        tijd.uitleg = "Hoe laat, als uu:mm (bijv. 9:00). Leeg: geen vaste tijd."
        velden += [
            .veld(tijd),
            .veld(.datum("tot", "Tot", p.appending(path: \.herhaaltTot),
                         uitleg: "De laatste dag waarop het kan vallen: dd-mm-jjjj. Leeg: tot het plan het verandert.")),
            .veld(gedaanHerhaald(p, vandaag)),
        ]
        if let ritme = actie.ritmeTekst, let stand = actie.herhaalstand(vandaag: vandaag) {
            let laat = actie.isTeLaat(vandaag: vandaag)
            velden.append(.uitleg(laat ? "! Te laat: \(ritme) · \(stand)" : "\(ritme.prefix(1).uppercased() + ritme.dropFirst()) · \(stand)",
                                  laat ? .warning : .muted))
        } else if herhaling.tot.map({ $0 < actie.wanneer ?? $0 }) ?? false {
            velden.append(.uitleg("! De einddatum ligt vóór de eerste keer: dan valt het nooit.", .warning))
        }
        return velden
    }

    /// "Herhaalt": niet, elke week, om de week, elke maand. The time and end date stay while
    /// the rhythm changes; "niet" makes it a one-off action again.
    static func herhaalt(_ p: WritableKeyPath<Dossier, Actie>) -> Veld {
        Veld(id: "herhaalt", titel: "Herhaalt", soort: .keuze([nietHerhalen] + Ritme.allCases.map(\.tekst)),
             uitleg: "Herhaalt de actie? Kies met ← → of de eerste letter.",
             lees: { $0[keyPath: p].herhaling?.ritme.tekst ?? nietHerhalen },
             schrijf: { d, tekst in
                 guard let ritme = Ritme.allCases.first(where: { $0.tekst == tekst }) else {
                     if tekst == nietHerhalen { d[keyPath: p].herhaling = nil }
                     return
                 }
                 if d[keyPath: p].herhaling == nil { d[keyPath: p].herhaling = Herhaling(ritme: ritme) } else { d[keyPath: p].herhaling?.ritme = ritme }
             })
    }

    /// "Gedaan" of an action that repeats: Space marks its latest time up to today, or takes
    /// the last mark back.
    static func gedaanHerhaald(_ p: WritableKeyPath<Dossier, Actie>, _ vandaag: Datum) -> Veld {
        var veld = Veld(id: "gedaan", titel: "Gedaan", soort: .vinkje,
                        uitleg: "Is de laatste keer tot vandaag gedaan? \(toets: VinkjeActie.wissel) zet het aan of uit.",
                        lees: { $0[keyPath: p].isGedaan(vandaag: vandaag) ? "ja" : "" },
                        schrijf: { d, tekst in
                            if tekst == "ja" { d[keyPath: p].markeerGedaan(vandaag: vandaag) } else { d[keyPath: p].markeerNietGedaan() }
                        })
        veld.toon = { d in
            let a = d[keyPath: p]
            return (a.isGedaan(vandaag: vandaag) ? "[x] " : "[ ] ") + (a.gedaan.map { "laatst \($0.tekst)" } ?? "nog geen keer")
        }
        return veld
    }

    // MARK: Meetings

    static func overleggen(_ vandaag: Datum) -> Lijst {
        Planlijsten.lijst(\Dossier.plan.overleggen, id: "overleggen", titel: "Overleggen", enkelvoud: "overleg",
            regel: { d, o in
                var delen = [[o.soort.tekst, o.datum?.tekst ?? "(geen datum)", o.tijd?.tekst ?? ""].filter { !$0.isEmpty }.joined(separator: " ")]
                if !o.locatie.isEmpty { delen.append(o.locatie) }
                if !o.aanwezigen.isEmpty { delen.append("\(o.aanwezigen.count) aanwezig") }
                let volgende = d.volgendOverleg(vandaag: vandaag)?.id == o.id ? "[volgende] " : ""
                return volgende + delen.joined(separator: " · ")
            },
            kop: { _, o in [o.soort.tekst, o.datum?.tekst ?? ""].filter { !$0.isEmpty }.joined(separator: " ") },
            velden: { d, p in
                var onderdelen: [Onderdeel] = [
                    .veld(.keuze("soort", "Soort overleg", p.appending(path: \.soort), tekst: \.tekst)),
                    .veld(.datum("datum", "Datum", p.appending(path: \.datum))),
                    .veld(.tijd("tijd", "Tijd", p.appending(path: \.tijd))),
                    .veld(.regel("locatie", "Locatie", p.appending(path: \.locatie), uitleg: "Waar? Bijvoorbeeld thuis, of een adres.")),
                    .uitleg("Aanwezigen (\(toets: VinkjeActie.wissel): aan/uit)", .title),
                ]
                onderdelen += d.keuzePersonen.map { .veld(aanwezig($0, p)) }
                if d.personen.isEmpty { onderdelen.append(.uitleg("Er staan nog geen personen in het dossier (tabblad Huishouden).")) }
                let bekend = Set(d.personen.map(\.id))
                let weg = d[keyPath: p].aanwezigen.filter { !bekend.contains($0) }.count
                if weg > 0 { onderdelen.append(.uitleg("Ook aanwezig: \(weg) persoon/personen die niet meer in het dossier staan.")) }
                return onderdelen
            },
            nieuw: .direct { d in d.plan.overleggen.append(Overleg(soort: d.plan.overleggen.isEmpty ? .start : .voortgang, datum: nil)) })
            .focus(op: "datum")
    }

    /// A tick per person of the dossier: were they at this meeting?
    static func aanwezig(_ persoon: Persoon, _ p: WritableKeyPath<Dossier, Overleg>) -> Veld {
        let id = persoon.id
        return Veld(id: "aanwezig.\(id)", titel: persoon.naam.isEmpty ? "(naam nog leeg)" : persoon.naam, soort: .vinkje,
                    uitleg: persoon.rol.isEmpty ? nil : "\(persoon.naam): \(persoon.rol)",
                    lees: { $0[keyPath: p].aanwezigen.contains(id) ? "ja" : "" },
                    schrijf: { d, tekst in
                        var lijst = d[keyPath: p].aanwezigen
                        lijst.removeAll { $0 == id }
                        if tekst == "ja" { lijst.append(id) }
                        d[keyPath: p].aanwezigen = lijst
                    })
    }
}

/// The Ondersteuningsplan tab's own action.
public enum PlanActie: String, KeyAction {
    case leefgebied = "plan.leefgebied"

    public var defaultBinding: Binding {
        switch self {
        case .leefgebied: bind([.function(2)], "Leefgebied van de gekozen kracht, zorg of doel kiezen", group: "Ondersteuningsplan")
        }
    }
}
