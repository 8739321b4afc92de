import RegieDomain
import Screen

/// Closing a household (phase 6b) and opening it again, each an act with its own dialog,
/// opened from the phases. Closing is refused while `Dossier.afsluitbezwaren` is not empty:
/// then a box lists the reasons and nothing is recorded. The closing dialog asks the
/// evaluation with the client (6b.p7), where the client can go with questions (6b.p5) and
/// the nazorg (6b.p4: who does what, when, how often); today and the user's name are
/// recorded with it. Reopening asks where to go on (a new round, or a new request) and why.
struct Afsluitscherm: Equatable {
    enum Doel: Equatable {
        /// Why the household cannot be closed now; nothing was recorded.
        case geweigerd
        case afsluiten
        /// With the phase each option goes to, in the order of the options.
        case heropenen(naar: [String])
    }

    var dialoog: FormDialog
    let doel: Doel

    static let toetsen: [Binding] = AfsluitActie.bindings

    /// How many nazorg agreements the dialog offers; empty ones are left out.
    static let nazorgRijen = 2

    /// The box with the reasons the household cannot be closed.
    static func geweigerd(_ bezwaren: [String], _ keymap: Keymap) -> Afsluitscherm {
        var d = FormDialog(title: "Afsluiten kan niet",
                           intro: "Het huishouden kan nu niet worden afgesloten. Er is niets vastgelegd.",
                           fields: [], hint: "\(keymap.name(DialoogActie.verder)) of \(keymap.name(DialoogActie.annuleren)): terug naar de fasen")
        d.problems = bezwaren
        return Afsluitscherm(dialoog: d, doel: .geweigerd)
    }

    /// The closing dialog, for `datum` and `door`.
    static func afsluiten(datum: Datum, door: String, _ keymap: Keymap) -> Afsluitscherm {
        var velden: [FormDialog.Field] = [
            .text("evaluatie", "Evaluatie met de klant"),
            .text("vragenBij", "Vragen kunnen naar"),
        ]
        for n in 1...nazorgRijen {
            velden += [.text("wie\(n)", "Nazorg \(n): wie"), .text("wat\(n)", "Nazorg \(n): wat"),
                       .text("wanneer\(n)", "Nazorg \(n): wanneer"), .text("hoeVaak\(n)", "Nazorg \(n): hoe vaak")]
        }
        let d = FormDialog(title: "Huishouden afsluiten",
                           intro: "Afsluiten op \(datum.tekst) door \(door). Hoe is het traject volgens de klant gegaan, "
                               + "waar kan de klant terecht met vragen, en wie doet welke nazorg? Lege nazorgregels tellen niet mee.",
                           fields: velden, hint: DialoogActie.hint(keymap, verder: "volgende · laatste veld: afsluiten", annuleren: "annuleren"))
        return Afsluitscherm(dialoog: d, doel: .afsluiten)
    }

    /// The reopening dialog: back to the first phase that repeats (a new round) or to the
    /// first phase (a new request); nil when the method has neither.
    static func heropenen(_ methode: Methode, _ afsluiting: Afsluiting, _ keymap: Keymap) -> Afsluitscherm? {
        var opties: [String] = []
        var naar: [String] = []
        if let ronde = methode.eersteHerhalendeFase?.id {
            opties.append("Terug naar fase \(ronde) (nieuwe ronde)")
            naar.append(ronde)
        }
        if let eerste = methode.fasen.first?.id, !naar.contains(eerste) {
            opties.append("Fase \(eerste) (nieuwe aanvraag)")
            naar.append(eerste)
        }
        guard !naar.isEmpty else { return nil }
        let d = FormDialog(title: "Huishouden heropenen",
                           intro: "Afgesloten op \(afsluiting.datum.tekst) door \(afsluiting.door). Waar gaat het verder, en waarom?",
                           fields: [.choice("naar", "Naar", opties), .text("reden", "Reden")],
                           hint: "←→ kiezen · " + DialoogActie.hint(keymap, verder: "volgende · laatste veld: heropenen", annuleren: "annuleren"))
        return Afsluitscherm(dialoog: d, doel: .heropenen(naar: naar))
    }

    /// The closure the closing dialog describes; nazorg rows left empty are left out.
    func afsluiting(datum: Datum, door: String) -> Afsluiting {
        let nazorg = (1...Self.nazorgRijen).map { n in
            Nazorgafspraak(wie: dialoog.text("wie\(n)"), wat: dialoog.text("wat\(n)"),
                           wanneer: dialoog.text("wanneer\(n)"), hoeVaak: dialoog.text("hoeVaak\(n)"))
        }.filter { !($0.wie + $0.wat + $0.wanneer + $0.hoeVaak).isEmpty }
        return Afsluiting(datum: datum, door: door, evaluatie: dialoog.text("evaluatie"), nazorg: nazorg,
                          vragenBij: dialoog.text("vragenBij"))
    }

    /// The phase the reopening dialog goes to.
    var heropenNaar: String? {
        guard case .heropenen(let naar) = doel,
              case .choice(let c)? = dialoog.fields.first(where: { $0.key == "naar" })?.kind,
              naar.indices.contains(c.selectedIndex) else { return nil }
        return naar[c.selectedIndex]
    }

    // MARK: The closed household, on the page of the closing phase

    /// What the page of the closing phase says of closing: the closure that holds (when,
    /// by whom, the evaluation, where to go with questions, the nazorg) or, while open, how
    /// to close and what stands in the way; then earlier closures that were reopened.
    static func voeg(_ d: Dossier, _ methode: Methode, _ keymap: Keymap, in pagina: inout Pagina) {
        defer { pagina.leeg() }
        if let a = d.afsluiting {
            pagina.voeg("Afgesloten op \(a.datum.tekst) door \(a.door)", role: .success)
            pagina.voeg(a.evaluatie.singleLine, kop: "Evaluatie met de klant: ")
            pagina.voeg(a.vragenBij.singleLine, kop: "Vragen kunnen naar: ")
            if a.nazorg.isEmpty { pagina.voeg("geen afspraken", kop: "Nazorg: ", role: .muted) }
            for (n, z) in a.nazorg.enumerated() {
                pagina.voeg(nazorgTekst(z), kop: n == 0 ? "Nazorg: " : "        ")
            }
            pagina.voeg("\(Pagina.toets(AfsluitActie.heropenen, keymap)): heropenen (terug naar een nieuwe ronde of een nieuwe aanvraag)", role: .muted)
        } else {
            pagina.voeg("Afsluiten", role: .title)
            pagina.voeg("\(Pagina.toets(AfsluitActie.afsluiten, keymap)): afsluiten, met de evaluatie met de klant, de nazorg en waar de klant "
                        + "terecht kan met vragen. Dat kan niet zolang er signalen van onveiligheid zijn.")
            for b in d.afsluitbezwaren(methode) { pagina.voeg(b, kop: "! ", role: .warning) }
        }
        for a in d.proces.afsluitingen {
            guard let h = a.heropend else { continue }
            pagina.voeg("afgesloten op \(a.datum.tekst) door \(a.door); heropend op \(h.datum.tekst) door \(h.door) "
                        + "naar fase \(h.naarFase): \(h.reden.singleLine)", kop: "Eerder: ", role: .muted)
        }
    }

    /// "Wijkteam (Anna): belt de klant · maart 2027 · eenmalig".
    static func nazorgTekst(_ z: Nazorgafspraak) -> String {
        ([z.wie + ": " + z.wat] + [z.wanneer, z.hoeVaak].filter { !$0.isEmpty }).joined(separator: " · ")
    }
}

// MARK: - In the phases

extension FasenScherm {
    /// A closed household has nothing to tick: the focus goes to the list of phases, so the
    /// page of the closing phase reads from its top, where the closure stands.
    mutating func toonAfsluiting(_ d: Dossier) {
        if d.isAfgesloten { focus = .fasen }
    }

    /// Opens the closing dialog, or the box with why it cannot be closed.
    mutating func openAfsluiten(_ ctx: inout SchermContext) {
        let bezwaren = ctx.dossier.afsluitbezwaren(methode)
        guard bezwaren.isEmpty else {
            afsluiten = .geweigerd(bezwaren, ctx.keymap)
            return
        }
        guard ctx.omgeving.gebruiker != nil else {
            ctx.vraag(.vraagGebruiker)  // the program asks once, then sends this key again
            return
        }
        afsluiten = .afsluiten(datum: ctx.vandaag, door: ctx.omgeving.door, ctx.keymap)
    }

    /// Opens the reopening dialog; a message when the household is not closed.
    mutating func openHeropenen(_ ctx: inout SchermContext) {
        guard let a = ctx.dossier.afsluiting else {
            ctx.meld(.warning("Het huishouden is niet afgesloten; heropenen kan alleen na het afsluiten."))
            return
        }
        guard ctx.omgeving.gebruiker != nil else {
            ctx.vraag(.vraagGebruiker)
            return
        }
        guard let dialoog = Afsluitscherm.heropenen(methode, a, ctx.keymap) else {
            ctx.meld(.warning("De methode heeft geen fase om naar terug te gaan."))
            return
        }
        afsluiten = dialoog
    }

    /// A key in the closing or reopening dialog; every key stays in it.
    mutating func handleAfsluiten(_ event: Event, _ ctx: inout SchermContext) -> Handled {
        guard var scherm = afsluiten else { return .ignored }
        let uitkomst = scherm.dialoog.handle(event, ctx.keymap)
        afsluiten = scherm
        if uitkomst == .cancelled || (scherm.doel == .geweigerd && ctx.keymap.matches(event, DialoogActie.verder)) {
            afsluiten = nil
            return .consumed
        }
        guard uitkomst == .submitted else { return .consumed }
        let terug = Pagina.toets(DossierActie.ongedaan, ctx.keymap)
        switch scherm.doel {
        case .geweigerd:
            afsluiten = nil
        case .afsluiten:
            let afsluiting = scherm.afsluiting(datum: ctx.vandaag, door: ctx.omgeving.door)
            let bezwaren = ctx.dossier.sluitAf(afsluiting, methode)
            guard bezwaren.isEmpty else {
                scherm.dialoog.problems = bezwaren
                afsluiten = scherm
                return .consumed
            }
            afsluiten = nil
            ctx.wijziging = nil
            ctx.vraag(.bewaarNu)
            ctx.meld(.success("Het huishouden is afgesloten op \(afsluiting.datum.tekst). \(terug) maakt dit ongedaan."))
            toonHuidige(ctx.dossier, methode)
            toonAfsluiting(ctx.dossier)
        case .heropenen:
            guard let naar = scherm.heropenNaar else { afsluiten = nil; return .consumed }
            if let bezwaar = ctx.dossier.heropen(naar: naar, reden: scherm.dialoog.text("reden"), methode,
                                                 datum: ctx.vandaag, door: ctx.omgeving.door) {
                scherm.dialoog.problems = [bezwaar]
                afsluiten = scherm
                return .consumed
            }
            afsluiten = nil
            ctx.wijziging = nil
            ctx.vraag(.bewaarNu)
            ctx.meld(.success("Het huishouden is heropend: fase \(naar) is de huidige fase. \(terug) maakt dit ongedaan."))
            toonHuidige(ctx.dossier, methode)
            focus = .acties
        }
        return .consumed
    }
}

/// The Fasen tab's actions.
public enum AfsluitActie: String, KeyAction {
    case afsluiten = "fasen.afsluiten"
    case heropenen = "fasen.heropenen"

    public var defaultBinding: Binding {
        switch self {
        case .afsluiten: bind([.character("a")], "Huishouden afsluiten (evaluatie en nazorg)", group: "Fasen")
        case .heropenen: bind([.character("o")], "Huishouden heropenen", group: "Fasen")
        }
    }
}
