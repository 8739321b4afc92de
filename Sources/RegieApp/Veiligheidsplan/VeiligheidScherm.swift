import RegieDomain
import Screen

/// Veiligheidsplan: added to the ondersteuningsplan when there are signs of unsafety or
/// insufficient basic care. A dossier may not have one yet: then the screen explains what
/// it is, whether it is required, and starts one on a key. Above the form a line says
/// whether the plan is required (and why) and whether it is signed.
public struct VeiligheidScherm: DossierScherm {
    public var formulier: Formulier
    /// Whether the dossier had a veiligheidsplan when last seen (for the help's scopes).
    private(set) var heeftPlan: Bool
    /// Why the plan could not be ended, in a box until Enter or Esc.
    var afrondweigering: FormDialog?

    public init(_ dossier: Dossier, _ omgeving: Werkomgeving) {
        formulier = Formulier(Self.rubrieken(omgeving))
        formulier.ga(rubriek: 0, in: dossier)  // focus on the first field, past the explanation
        heeftPlan = dossier.veiligheidsplan != nil
    }

    public static let toetsen = VeiligheidActie.bindings + VeiligheidsplanActie.bindings

    public var scopes: [String] { heeftPlan ? ["formulier", "veiligheidsplan"] : ["veiligheid"] }
    public var heeftEigenFocus: Bool { afrondweigering != nil || (heeftPlan && formulier.heeftEigenFocus) }
    /// Without a plan the whole screen is one place to edit (starting the plan).
    public func bewerkplek(_ dossier: Dossier) -> Bewerkplek {
        dossier.veiligheidsplan == nil ? .scherm : formulier.bewerkplek(dossier)
    }

    public func kopieertekst(_ dossier: Dossier) -> (titel: String, tekst: String)? {
        dossier.veiligheidsplan == nil ? nil : formulier.kopieertekst(dossier)
    }

    public mutating func handle(_ event: Event, _ context: inout SchermContext) -> Handled {
        guard context.dossier.veiligheidsplan != nil else {
            heeftPlan = false
            guard case .key(let key) = event,
                  context.keymap.action(for: key, VeiligheidActie.self) == VeiligheidActie.beginnen else { return .ignored }
            context.dossier.veiligheidsplan = Veiligheidsplan()
            context.wijziging = nil
            context.vraag(.bewaarNu)
            context.meld(.success("Het veiligheidsplan is begonnen. \(context.keymap.name(DossierActie.ongedaan)) maakt dit ongedaan."))
            heeftPlan = true
            formulier.ga(rubriek: 0, in: context.dossier)
            return .consumed
        }
        heeftPlan = true
        if afrondweigering != nil {
            if afrondweigering?.handle(event, context.keymap) == .cancelled || context.keymap.matches(event, DialoogActie.verder) { afrondweigering = nil }
            return .consumed
        }
        if case .key(let key) = event, context.keymap.action(for: key, VeiligheidsplanActie.self) == VeiligheidsplanActie.afronden {
            rondPlanAf(&context)
            return .consumed
        }
        return formulier.handle(event, &context)
    }

    /// Ends the veiligheidsplan with today and the user's name; refused, with the reasons in
    /// a box, while there are signs of unsafety (`Dossier.afrondbezwaren`).
    private mutating func rondPlanAf(_ context: inout SchermContext) {
        formulier.spoel(&context)
        let bezwaren = context.dossier.afrondbezwaren(context.methode)
        guard bezwaren.isEmpty else {
            var box = FormDialog(title: "Afronden kan niet", intro: "Het veiligheidsplan wordt niet afgerond. Er is niets vastgelegd.",
                                 fields: [],
                                 hint: "\(context.keymap.name(DialoogActie.verder)) of \(context.keymap.name(DialoogActie.annuleren)): terug naar het veiligheidsplan")
            box.problems = bezwaren
            afrondweigering = box
            return
        }
        guard context.omgeving.gebruiker != nil else {
            context.vraag(.vraagGebruiker)  // the program asks once, then sends this key again
            return
        }
        context.dossier.rondVeiligheidsplanAf(context.methode, datum: context.vandaag, door: context.omgeving.door)
        context.wijziging = nil
        context.vraag(.bewaarNu)
        let terug = context.keymap.name(DossierActie.ongedaan)
        context.meld(.success("Het veiligheidsplan is afgerond op \(context.vandaag.tekst). \(terug) maakt dit ongedaan."))
    }

    public mutating func spoel(_ context: inout SchermContext) { formulier.spoel(&context) }
    public var heeftOpenstaand: Bool { formulier.heeftOpenstaand }

    public func render(_ dossier: Dossier, omgeving: Werkomgeving, into buffer: inout Buffer, area: Rect) -> Point? {
        guard !area.isEmpty else { return nil }
        let (kop, rest) = area.splitTop(1)
        let (tekst, rol) = Self.stand(dossier, omgeving.methode, omgeving.keymap)
        buffer.write(tekst.truncated(toColumns: kop.width), x: kop.x, y: kop.y, role: rol, clip: kop)
        guard dossier.veiligheidsplan != nil else {
            tekenBegin(dossier, omgeving, into: &buffer, area: rest)
            return nil
        }
        let cursor = formulier.render(dossier, omgeving: omgeving, into: &buffer, area: rest)
        if let afrondweigering { return afrondweigering.render(into: &buffer, area: rest, focused: true) }
        return cursor
    }

    public mutating func editorKlaar(_ tekst: String?, _ context: inout SchermContext) {
        guard context.dossier.veiligheidsplan != nil else { return }
        formulier.editorKlaar(tekst, &context)
    }

    public mutating func herlaad(_ dossier: Dossier) {
        heeftPlan = dossier.veiligheidsplan != nil
        afrondweigering = nil
        formulier.herlaad(dossier)
    }

    public mutating func ga(naar plaats: Plaats, in dossier: Dossier) {
        let vp = dossier.veiligheidsplanInFormulier
        switch plaats {
        case .doelencheck: formulier.ga(rubriek: Deel.doelencheck.rawValue, in: dossier)
        case .veiligheidsdeel(.bestaandeVeiligheid): formulier.ga(rubriek: Deel.bestaandeVeiligheid.rawValue, in: dossier)
        case .veiligheidsdeel(.schaalvraag): formulier.ga(rubriek: Deel.schaalvraag.rawValue, in: dossier)
        case .veiligheidsdeel(.contacten): formulier.ga(rubriek: Deel.contacten.rawValue, in: dossier)
        case .ondertekening: formulier.ga(rubriek: Deel.ondertekening.rawValue, in: dossier)
        case .schaalscore(let id): formulier.ga(rubriek: Deel.schaalvraag.rawValue, open: [("schaalvragen", id)], in: dossier)
        case .afspraak(let id): formulier.ga(rubriek: Deel.afspraken.rawValue, open: [("afspraken", id)], in: dossier)
        case .veiligheidsUitspraak(let id):
            let deel = Deel.uitspraakDelen.first { Self.uitspraken($0, in: vp).contains { $0.id == id } } ?? .bestaandeVeiligheid
            formulier.ga(rubriek: deel.rawValue, open: [(deel.lijstId, id)], in: dossier)
        default: formulier.ga(rubriek: 0, in: dossier)
        }
    }

    // MARK: Required and signed

    /// Why the plan is required ("verplicht: niveau 3"), nil when it is not.
    static func verplicht(_ d: Dossier, _ methode: Methode) -> String? {
        guard d.veiligheidsplanVereist(methode) else { return nil }
        var redenen: [String] = []
        if let n = d.proces.niveau, methode.niveau(n)?.plannen.veiligheidsplan == .verplicht { redenen.append("niveau \(n)") }
        if d.plan.zorgenBasiszorgVeiligheid == .ja { redenen.append("er zijn zorgen over veiligheid") }
        return "verplicht: " + redenen.joined(separator: " en ")
    }

    /// Who still has to sign: both a client (or legal representative) and a professional.
    static func ondertekend(_ vp: Veiligheidsplan) -> String {
        let klant = vp.ondertekening.contains { $0.hoedanigheid != .professional }
        let professional = vp.ondertekening.contains { $0.hoedanigheid == .professional }
        switch (klant, professional) {
        case (true, true): return "[x] Ondertekend"
        case (false, false): return "! Nog niet ondertekend"
        case (true, false): return "! Nog niet ondertekend door een professional"
        case (false, true): return "! Nog niet ondertekend door klant of wettelijk vertegenwoordiger"
        }
    }

    /// The line above the form: what is missing first, then whether and why it is required,
    /// and the key to end the plan; once ended, when and by whom.
    static func stand(_ d: Dossier, _ methode: Methode, _ keymap: Keymap) -> (String, Role) {
        let reden = verplicht(d, methode)
        guard let vp = d.veiligheidsplan else {
            return reden.map { ("! Nog niet begonnen · \($0)", .warning) } ?? ("Nog niet begonnen · nu niet verplicht", .muted)
        }
        if let a = vp.afgerond { return ("Afgerond op \(a.datum.tekst) door \(a.door) · \(ondertekend(vp))", .success) }
        let teken = ondertekend(vp)
        let afronden = keymap[VeiligheidsplanActie.afronden]?.keys.first.map { " · \($0.description) afronden" } ?? ""
        guard let reden else { return ("\(teken) · nu niet verplicht" + afronden, .muted) }
        return ("\(teken) · \(reden)" + afronden, vp.isOndertekend ? .success : .warning)
    }

    private func tekenBegin(_ d: Dossier, _ omgeving: Werkomgeving, into buffer: inout Buffer, area: Rect) {
        let binnen = Panel(title: "Veiligheidsplan").render(into: &buffer, area: area, focused: true)
        guard !binnen.isEmpty else { return }
        let niveaus = omgeving.methode.regiekaart.niveaus.filter { $0.plannen.veiligheidsplan == .verplicht }.map { String($0.niveau) }
        let toetsen = omgeving.keymap.names(VeiligheidActie.beginnen)
        var regels: [(String, Role)] = [
            ("Er is nog geen veiligheidsplan voor dit huishouden.", .title),
            ("", .text),
            ("Een veiligheidsplan hoort bij het ondersteuningsplan als er zorgen zijn over de basiszorg, over onveiligheid "
                + "of over geweld. Het wordt samen met de klant gemaakt en door de klant en een professional ondertekend.", .text),
            ("Het is verplicht" + (niveaus.isEmpty ? "" : " op niveau \(Self.opsomming(niveaus)) van de regiekaart, en") +
                " als in het ondersteuningsplan staat dat er zorgen zijn over basiszorg en veiligheid.", .text),
            ("", .text),
        ]
        if let reden = Self.verplicht(d, omgeving.methode) {
            regels.append(("! Voor dit huishouden is het nu \(reden).", .warning))
        } else {
            regels.append(("Voor dit huishouden is het nu niet verplicht.", .muted))
        }
        regels.append(("", .text))
        regels.append(("\(toetsen): veiligheidsplan beginnen", .title))
        var y = binnen.y
        for (tekst, rol) in regels {
            for regel in (tekst.isEmpty ? [""] : tekst.wrapped(toColumns: max(1, binnen.width - 2))) {
                guard y < binnen.maxY else { return }
                buffer.write(regel, x: binnen.x + 1, y: y, role: rol, clip: binnen)
                y += 1
            }
        }
    }

    /// "3, 4 en 5".
    static func opsomming(_ delen: [String]) -> String {
        delen.count < 2 ? delen.joined() : delen.dropLast().joined(separator: ", ") + " en " + delen.last!
    }
}

extension Dossier {
    /// The veiligheidsplan for the form's key paths: never nil, so a key path never traps;
    /// the screen only lets the form write once the plan exists.
    var veiligheidsplanInFormulier: Veiligheidsplan {
        get { veiligheidsplan ?? Veiligheidsplan() }
        set { veiligheidsplan = newValue }
    }
}

/// The Veiligheidsplan tab before there is a plan.
public enum VeiligheidActie: String, KeyAction {
    case beginnen = "veiligheid.beginnen"

    public var defaultBinding: Binding {
        switch self {
        case .beginnen: bind([.enter, .insert], "Veiligheidsplan beginnen (als er nog geen is)", group: "Veiligheidsplan", helpBar: true)
        }
    }
}

/// The Veiligheidsplan tab with a plan.
public enum VeiligheidsplanActie: String, KeyAction {
    case afronden = "veiligheidsplan.afronden"

    public var defaultBinding: Binding {
        switch self {
        case .afronden: bind([.function(9)], "Veiligheidsplan afronden (de veiligheid is terug)", group: "Veiligheidsplan")
        }
    }
}
