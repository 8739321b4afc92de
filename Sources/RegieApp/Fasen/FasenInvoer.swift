import RegieDomain
import Screen

// MARK: - Handling a key

extension FasenScherm {
    public mutating func handle(_ event: Event, _ ctx: inout SchermContext) -> Handled {
        if meldcode != nil {
            let r = meldcode!.handle(event, &ctx)
            if r == .cancelled { meldcode = nil; return .consumed }
            return r
        }
        if afsluiten != nil { return handleAfsluiten(event, &ctx) }
        if formulier != nil { return handleFormulier(event, &ctx) }
        if bevestiging != nil { return handleBevestiging(event, &ctx) }
        if notitie != nil { return handleNotitie(event, &ctx) }
        guard case .key(let key) = event, !methode.fasen.isEmpty else { return .ignored }
        fase = min(max(0, fase), methode.fasen.count - 1)
        let acties = methode.fasen[fase].alleActies
        actie = min(max(0, actie), max(0, acties.count - 1))

        switch key {
        case .up, .down, .home, .end:
            if focus == .fasen {
                kiesFase(Pagina.stap(key, fase, methode.fasen.count), ctx.dossier)
            } else {
                actie = Pagina.stap(key, actie, acties.count)
            }
            return .consumed
        default:
            break
        }
        switch ctx.keymap.action(for: key, AfsluitActie.self) {
        case .afsluiten: openAfsluiten(&ctx); return .consumed
        case .heropenen: openHeropenen(&ctx); return .consumed
        case nil: break
        }
        switch ctx.keymap.action(for: key, FasenActie.self) {
        case .afvinken: vink(&ctx)
        case .notitie: openNotitie(&ctx)
        case .huidig: maakHuidig(&ctx)
        case .signalen: vraagSignalen(&ctx)
        case .ganaar: gaNaarPlek(&ctx)
        case .meldcode: meldcode = MeldcodeScherm(ctx.dossier, methode)
        case .volgende: kiesFase(min(fase + 1, methode.fasen.count - 1), ctx.dossier)
        case .vorige: kiesFase(max(fase - 1, 0), ctx.dossier)
        case .naarLijst: focus = .fasen
        case .naarActies: focus = .acties
        case .wissel: focus = focus == .fasen ? .acties : .fasen
        case nil: return .ignored
        }
        return .consumed
    }

    /// Selects phase `n` and its first action that is not ticked.
    mutating func kiesFase(_ n: Int, _ d: Dossier) {
        guard n != fase else { return }
        fase = n
        actie = methode.fasen[n].alleActies.firstIndex { $0.regel == nil && !d.proces.isAfgevinkt($0.id, methode) } ?? 0
    }

    /// Where the selected action is done, as the method says (`plek` in fasen.yaml).
    var gekozenPlek: Faseplek? {
        guard focus == .acties else { return nil }
        return gekozenActie?.plek.flatMap(Faseplek.init(rawValue:))
    }

    private func gaNaarPlek(_ ctx: inout SchermContext) {
        guard let plek = gekozenPlek else {
            ctx.meld(.info("Bij deze actie hoort geen vaste plek in het dossier."))
            return
        }
        ctx.vraag(.ga(plek.plaats))
    }

    var gekozenActie: FaseActie? {
        guard methode.fasen.indices.contains(fase) else { return nil }
        let acties = methode.fasen[fase].alleActies
        return acties.indices.contains(actie) ? acties[actie] : nil
    }

    private mutating func vink(_ ctx: inout SchermContext) {
        guard focus == .acties, let a = gekozenActie else {
            focus = .acties
            ctx.meld(.info("Kies een actie om af te vinken."))
            return
        }
        if a.regel != nil {
            ctx.meld(.info(Self.regelUitleg(ctx.dossier, methode)))
            return
        }
        if let gedaan = ctx.dossier.proces.afvinking(a.id, methode) {
            let wat = gedaan.notitie.isEmpty ? "de datum en de naam" : "de datum, de naam en de notitie"
            var vraag = "Afvinking weghalen van \"\(a.tekst.singleLine.truncated(toColumns: 60))\"? Dan gaan \(wat) weg."
            if a.vastlegging == Fasevastlegging.overdrachtProcesregie.rawValue {
                vraag += " Wie wanneer de procesregie had, blijft bij de regisseurs staan; daarna kunt u een nieuwe overdracht vastleggen."
            }
            bevestiging = (ConfirmDialog(question: vraag, title: "Afvinking weghalen"), a.id)
            return
        }
        guard ctx.omgeving.gebruiker != nil else {
            ctx.vraag(.vraagGebruiker)  // the program asks once, then sends this key again
            return
        }
        if a.vastlegging == Fasevastlegging.overdrachtProcesregie.rawValue {
            formulier = (Self.overdrachtDialoog(ctx.dossier, vandaag: ctx.vandaag, ctx.keymap), .overdracht(actie: a.id))
            return
        }
        ctx.dossier.proces.vinkAf(a.id, methode, datum: ctx.vandaag, door: ctx.omgeving.door)
        ctx.wijziging = nil
    }

    private mutating func handleBevestiging(_ event: Event, _ ctx: inout SchermContext) -> Handled {
        guard let (begin, id) = bevestiging else { return .ignored }
        var dialoog = begin
        switch dialoog.handle(event, ctx.keymap) {
        case .submitted:
            bevestiging = nil
            if dialoog.confirmed {
                ctx.dossier.proces.haalAfvinkingWeg(id, methode)
                ctx.wijziging = nil
                ctx.meld(.info("Afvinking weggehaald. \(ctx.keymap.name(DossierActie.ongedaan)) zet haar terug."))
            }
        case .cancelled:
            bevestiging = nil
        default:
            bevestiging = (dialoog, id)
        }
        return .consumed
    }

    private mutating func openNotitie(_ ctx: inout SchermContext) {
        guard focus == .acties, let a = gekozenActie else {
            focus = .acties
            ctx.meld(.info("Kies een actie voor de notitie."))
            return
        }
        if a.regel != nil {
            ctx.meld(.info(Self.regelUitleg(ctx.dossier, methode)))
            return
        }
        guard let gedaan = ctx.dossier.proces.afvinking(a.id, methode) else {
            ctx.meld(.info("Een notitie hoort bij een afgevinkte actie: vink haar eerst af met \(Pagina.toets(FasenActie.afvinken, ctx.keymap))."))
            return
        }
        let titel = gedaan.notitie.isEmpty ? "Notitie toevoegen" : "Notitie bewerken"
        notitie = (Notitievak(titel: titel, uitleg: a.tekst.singleLine, tekst: gedaan.notitie), a.id)
    }

    private mutating func handleNotitie(_ event: Event, _ ctx: inout SchermContext) -> Handled {
        guard let (begin, id) = notitie else { return .ignored }
        var vak = begin
        let uitkomst = vak.handle(event, ctx.keymap)
        notitie = (vak, id)
        switch uitkomst {
        case .bezig: break
        case .editor(let tekst): ctx.vraag(.editor(tekst))
        case .gestopt: notitie = nil
        case .klaar(let tekst):
            notitie = nil
            guard ctx.dossier.proces.zetNotitie(tekst, bij: id, methode) else {
                ctx.meld(.warning("De actie is intussen niet meer afgevinkt; de notitie is niet bewaard."))
                return .consumed
            }
            ctx.wijziging = nil
            ctx.vraag(.bewaarNu)
        }
        return .consumed
    }

    /// Why an action that is a rule (6b.p10) has no tick, and how it stands now.
    static func regelUitleg(_ d: Dossier, _ methode: Methode) -> String {
        "Dit is geen vinkje maar een regel: Regie laat het afsluiten niet toe zolang er signalen van onveiligheid zijn. Nu: "
            + regelStand(d, methode).tekst
    }

    /// The rule of 6b.p10 as it stands: may the household be closed now, and if not, why not.
    static func regelStand(_ d: Dossier, _ methode: Methode) -> (tekst: String, kan: Bool) {
        if let a = d.afsluiting { return ("het huishouden is afgesloten op \(a.datum.tekst) door \(a.door).", true) }
        let bezwaren = d.afsluitbezwaren(methode)
        if bezwaren.isEmpty { return ("geen signalen: afsluiten kan.", true) }
        return ("afsluiten kan nu niet: " + bezwaren.joined(separator: " "), false)
    }

    /// The selected phase becomes the current one; a step the ticks or the method do not
    /// support first asks why.
    private mutating func maakHuidig(_ ctx: inout SchermContext) {
        let f = methode.fasen[fase]
        guard ctx.dossier.proces.fase != f.id else {
            ctx.meld(.info("Fase \(f.id) is al de huidige fase."))
            return
        }
        guard !ctx.dossier.isAfgesloten else {
            ctx.meld(.warning("Het huishouden is afgesloten; de fase verandert pas als het weer open is."))
            return
        }
        guard ctx.omgeving.gebruiker != nil else {
            ctx.vraag(.vraagGebruiker)  // the change is recorded with the name; the key comes again
            return
        }
        if let uitleg = ctx.dossier.redenNodig(naar: f.id, methode) {
            let dialoog = FormDialog(title: "Fase \(f.id) wordt de huidige fase", intro: uitleg,
                                     fields: [.text("reden", "Reden", maxLength: 500)], hint: Self.formulierHint(ctx.keymap))
            formulier = (dialoog, .reden(fase: f.id))
            return
        }
        if let fout = gaNaar(f.id, reden: "", &ctx) { ctx.meld(.warning(fout)) }
    }

    /// Makes `id` the current phase; the Dutch reason when it was refused.
    private func gaNaar(_ id: String, reden: String, _ ctx: inout SchermContext) -> String? {
        let ronde = ctx.dossier.proces.huidigeRonde
        if let fout = ctx.dossier.gaNaarFase(id, methode, datum: ctx.vandaag, door: ctx.omgeving.door, reden: reden) {
            return fout
        }
        ctx.wijziging = nil
        let naam = methode.fase(id)?.naam ?? ""
        var tekst = "Fase \(id) \(naam) is nu de huidige fase."
        if !reden.isEmpty { tekst += " De reden is vastgelegd." }
        let nieuw = ctx.dossier.proces.huidigeRonde
        if nieuw > ronde { tekst += " Ronde \(nieuw) is begonnen; de vinkjes van ronde \(ronde) blijven bewaard." }
        ctx.meld(.success(tekst))
        return nil
    }

    /// Asks "zijn er signalen van (acute) onveiligheid of onvoldoende basiszorg?" in a phase
    /// that is a safety branch point (1, 2, 4, 6b).
    private mutating func vraagSignalen(_ ctx: inout SchermContext) {
        let f = methode.fasen[fase]
        guard f.veiligheidscheck else {
            let punten = methode.fasen.filter(\.veiligheidscheck).map(\.id)
            ctx.meld(.info("In fase \(f.id) stelt de methode deze vraag niet; dat doet ze in fase \(Self.opsomming(punten)). "
                           + "Ziet u toch signalen, open dan de extra stappen met \(Pagina.toets(FasenActie.meldcode, ctx.keymap))."))
            return
        }
        guard ctx.omgeving.gebruiker != nil else {
            ctx.vraag(.vraagGebruiker)  // the answer is recorded with the name; the key comes again
            return
        }
        let opties = Signaalantwoord.allCases.map(\.tekst)
        let vorige = ctx.dossier.proces.veiligheidsvragen.last { $0.fase == f.id }?.antwoord ?? .onbekend
        let dialoog = FormDialog(title: "Signalen van onveiligheid",
                                 intro: "Fase \(f.id) \(f.naam). \(Self.signaalvraag)",
                                 fields: [.choice("antwoord", "Antwoord", opties, selected: opties.firstIndex(of: vorige.tekst) ?? 0),
                                          .text("toelichting", "Toelichting", maxLength: 500)],
                                 hint: Self.formulierHintVelden(ctx.keymap))
        formulier = (dialoog, .signalen(fase: f.id))
    }

    /// "1, 2, 4 en 6b".
    static func opsomming(_ delen: [String]) -> String {
        guard delen.count > 1, let laatste = delen.last else { return delen.first ?? "" }
        return delen.dropLast().joined(separator: ", ") + " en " + laatste
    }

    static let signaalvraag = "Zijn er signalen van (acute) onveiligheid of onvoldoende basiszorg?"

    /// The keys of a form of one field (they belong to the form itself, not to the keymap).
    static func formulierHint(_ keymap: Keymap) -> String { DialoogActie.hint(keymap, verder: "vastleggen", annuleren: "annuleren") }
    /// The keys of a form of more fields.
    static func formulierHintVelden(_ keymap: Keymap) -> String {
        DialoogActie.hint(keymap, verder: "volgend veld, op het laatste veld vastleggen", annuleren: "annuleren")
    }

    private mutating func handleFormulier(_ event: Event, _ ctx: inout SchermContext) -> Handled {
        guard let (begin, doel) = formulier else { return .ignored }
        var dialoog = begin
        switch dialoog.handle(event, ctx.keymap) {
        case .cancelled:
            formulier = nil
            return .consumed
        case .submitted:
            break
        default:
            formulier = (dialoog, doel)
            return .consumed
        }
        switch doel {
        case .reden(let id):
            let reden = dialoog.text("reden")
            if reden.isEmpty {
                dialoog.problems = ["Schrijf op waarom fase \(id) nu de huidige fase wordt; zonder reden verandert de fase niet."]
            } else if let fout = gaNaar(id, reden: reden, &ctx) {
                dialoog.problems = [fout]
            } else {
                formulier = nil
                return .consumed
            }
            formulier = (dialoog, doel)
        case .overdracht(let actie):
            if let fout = dialoog.dateProblem("vanaf") {
                dialoog.problems = [fout]
            } else if let fout = draagOver(dialoog, actie: actie, &ctx) {
                dialoog.problems = [fout]
            } else {
                formulier = nil
                return .consumed
            }
            formulier = (dialoog, doel)
        case .signalen(let id):
            guard let keuze = dialoog.choice("antwoord"), let antwoord = Signaalantwoord(rawValue: keuze) else {
                dialoog.problems = ["Kies ja, nee of onbekend."]
                formulier = (dialoog, doel)
                return .consumed
            }
            formulier = nil
            beantwoord(id, antwoord, toelichting: dialoog.text("toelichting"), &ctx)
        }
        return .consumed
    }

    /// 6a.p1 as a form: the new procesregisseur, their profile, and the day they take over.
    static func overdrachtDialoog(_ d: Dossier, vandaag: Datum, _ keymap: Keymap) -> FormDialog {
        let nu = d.procesregisseurs.map { r in r.naam + (r.vanaf.map { " (sinds \($0.tekst))" } ?? "") }
        let intro = nu.isEmpty
            ? "Wie neemt de procesregie over, en vanaf welke dag? Er is nu geen procesregisseur."
            : "Wie neemt de procesregie over van \(FasenScherm.opsomming(nu)), en vanaf welke dag? Die dag wordt de einddatum van de huidige procesregisseur."
        return FormDialog(title: "Procesregie overdragen", intro: intro,
                          fields: [.text("naam", "Nieuwe procesregisseur", maxLength: 200),
                                   .text("organisatie", "Organisatie", maxLength: 200),
                                   .choice("profiel", "Competentieprofiel", [HuishoudenScherm.geenProfiel] + Competentieprofiel.allCases.map(\.tekst)),
                                   .date("vanaf", "Vanaf", vandaag, today: vandaag, isRequired: true)],
                          hint: formulierHintVelden(keymap))
    }

    /// Records the handover and ticks the action; the Dutch reason when it cannot.
    private func draagOver(_ dialoog: FormDialog, actie: String, _ ctx: inout SchermContext) -> String? {
        guard let vanaf = dialoog.date("vanaf") else { return "Vul de dag in vanaf wanneer de procesregie overgaat." }
        let naam = dialoog.text("naam")
        let oud = ctx.dossier.procesregisseurs.map(\.naam)
        var nieuw = Regisseur(naam: naam, rol: .proces, organisatie: dialoog.text("organisatie"),
                              profiel: dialoog.choice("profiel").flatMap(Competentieprofiel.init(rawValue:)))
        // Someone already in the dossier (a casusregisseur, a professional): their details come along.
        let zelfde = { (n: String) in n.trimmingCharacters(in: .whitespaces).lowercased() == naam.lowercased() }
        if let r = ctx.dossier.regisseurs.last(where: { zelfde($0.naam) }) {
            if nieuw.organisatie.isEmpty { nieuw.organisatie = r.organisatie }
            if nieuw.profiel == nil { nieuw.profiel = r.profiel }
            nieuw.email = r.email
            nieuw.telefoon = r.telefoon
        } else if let p = ctx.dossier.professionals.first(where: { zelfde($0.naam) }) {
            if nieuw.organisatie.isEmpty { nieuw.organisatie = p.organisatie }
            nieuw.email = p.email
            nieuw.telefoon = p.telefoon
        }
        if let fout = ctx.dossier.draagProcesregieOver(aan: nieuw, vanaf: vanaf) { return fout }
        let van = oud.isEmpty ? "" : " van \(FasenScherm.opsomming(oud))"
        let notitie = "Procesregie\(van) naar \(naam) vanaf \(vanaf.tekst)."
        ctx.dossier.proces.vinkAf(actie, methode, datum: ctx.vandaag, door: ctx.omgeving.door, notitie: notitie)
        ctx.wijziging = nil
        ctx.vraag(.bewaarNu)
        ctx.meld(.success(notitie + " Het staat bij de regisseurs op het tabblad Huishouden."))
        return nil
    }

    /// Records the answer at the branch point; "ja" goes on in the meldcode.
    private mutating func beantwoord(_ id: String, _ antwoord: Signaalantwoord, toelichting: String, _ ctx: inout SchermContext) {
        let gevolg = ctx.dossier.beantwoordVeiligheidsvraag(fase: id, antwoord, datum: ctx.vandaag, door: ctx.omgeving.door,
                                                            toelichting: toelichting)
        ctx.wijziging = nil
        ctx.vraag(.bewaarNu)
        var tekst: String
        switch gevolg {
        case .vastgelegd:
            tekst = antwoord == .nee
                ? "Vastgelegd bij fase \(id): geen signalen van onveiligheid."
                : "Vastgelegd bij fase \(id): onbekend of er signalen zijn. Zoek het uit en beantwoord de vraag opnieuw met \(Pagina.toets(FasenActie.signalen, ctx.keymap))."
        case .meldcodeGestart:
            tekst = "Signalen van onveiligheid vastgelegd bij fase \(id). De extra stappen (meldcode) zijn begonnen."
        case .meldcodeLoopt:
            tekst = "Signalen van onveiligheid vastgelegd bij fase \(id). De extra stappen (meldcode) liepen al en gaan verder."
        }
        if gevolg != .vastgelegd, ctx.dossier.veiligheidsplan == nil, ctx.dossier.veiligheidsplanVereist(methode) {
            tekst += " Er is nu een veiligheidsplan nodig."
        }
        if antwoord == .ja, ctx.dossier.toestemmingDelen == .nee {
            tekst += " Er is geen toestemming om informatie te delen: volg de meldcode."
        }
        if gevolg == .vastgelegd {
            ctx.meld(.success(tekst))
        } else {
            ctx.meld(.warning(tekst))
            meldcode = MeldcodeScherm(ctx.dossier, methode)
        }
    }
}
