import RegieDomain
import Screen

/// The forms of the regiekaart: an escalation, and confirming the first level after the
/// situatie questions.
extension RegiekaartScherm {
    /// The keys of a form, which belong to the form itself (not to the keymap).
    static func formulierHint(_ keymap: Keymap) -> String {
        DialoogActie.hint(keymap, verder: "volgend veld, op het laatste veld vastleggen", annuleren: "annuleren")
    }

    // MARK: Escalation

    /// Opens the form for an escalation the current level offers (regiekaart.yaml).
    mutating func escaleer(_ context: inout SchermContext) {
        guard context.omgeving.gebruiker != nil else {
            context.vraag(.vraagGebruiker)  // recorded with the name; the key comes again
            return
        }
        let d = context.dossier
        let kaart = context.methode.regiekaart
        guard let niveau = d.proces.niveau else {
            context.meld(.info("Er is nog geen niveau. Leg eerst het niveau vast met \(Self.toets(RegiekaartActie.wijzigen, in: context.keymap))."))
            return
        }
        let soorten = kaart.escalaties(bij: niveau)
        guard !soorten.isEmpty else {
            context.meld(.info("Bij niveau \(niveau) noemt de regiekaart geen escalatie."))
            return
        }
        let genoemd = Self.voorstel(d, context.methode)?.escalaties ?? []
        let start = soorten.firstIndex { genoemd.contains($0.id) } ?? 0
        var intro = "Niveau \(niveau). Aan wie is de regie voorgelegd, en waarom? Het niveau blijft \(niveau)."
        let inVoorstel = soorten.filter { genoemd.contains($0.id) }.map(\.naam)
        if !inVoorstel.isEmpty { intro += " Het voorstel noemt \(Regiekaart.reeks(inVoorstel))." }
        let formulier = FormDialog(title: "Escalatie vastleggen", intro: intro, fields: [
            .choice("naar", "Naar", soorten.map(\.id), selected: start),
            .text("aan", "Aan wie", maxLength: 200),
            .text("reden", "Reden", maxLength: 500),
        ], hint: Self.formulierHint(context.keymap))
        dialoog = .formulier(formulier, .escalatie(ids: soorten.map(\.id)))
    }

    // MARK: The first level

    /// Keys of the questions; others (C-q, Alt-digits, F1) stay the program's.
    mutating func handlePlaatsing(_ event: Event, _ context: inout SchermContext) -> Handled {
        guard case .key(let key) = event, var p = plaatsing else { return .ignored }
        let kaart = context.methode.regiekaart
        switch context.keymap.action(for: key, PlaatsingActie.self) {
        case .kiezen: p.kies(kaart)
        case .stoppen:
            plaatsing = nil
            return .consumed
        case .vastleggen:
            plaatsing = p
            bevestigEersteNiveau(&context)
            return .consumed
        default:
            guard p.navigeer(key, kaart) else { return .ignored }
        }
        plaatsing = p
        return .consumed
    }

    /// The proposal for the first level from the answers and the signs of unsafety.
    static func eersteVoorstel(_ p: Plaatsing, _ d: Dossier, _ m: Methode) -> Eersteniveauvoorstel? {
        m.regiekaart.eersteNiveau(p.keuzes(m.regiekaart), veiligheid: d.veiligheidVoorNiveau(m))
    }

    /// Asks for the level (the proposal chosen) and the reason.
    mutating func bevestigEersteNiveau(_ context: inout SchermContext) {
        guard let p = plaatsing else { return }
        guard context.omgeving.gebruiker != nil else {
            context.vraag(.vraagGebruiker)
            return
        }
        let m = context.methode
        let voorstel = Self.eersteVoorstel(p, context.dossier, m)
        let opties = m.regiekaart.niveaus.map(\.niveau).sorted().map(String.init)
        let start = voorstel.flatMap { v in opties.firstIndex(of: String(v.niveau)) } ?? 0
        let intro = (voorstel.map { "Regie stelt niveau \($0.niveau) voor; de redenen staan onder Voorstel." }
            ?? "Er is geen vraag beantwoord, dus geen voorstel. Kies het niveau dat past.")
            + " De reden komt met de datum en uw naam in de geschiedenis."
        let formulier = FormDialog(title: "Eerste niveau vastleggen", intro: intro, fields: [
            .choice("niveau", "Niveau", opties, selected: start),
            .text("reden", "Reden", maxLength: 500),
        ], hint: Self.formulierHint(context.keymap))
        dialoog = .formulier(formulier, .eersteNiveau(keuzes: p.keuzes(m.regiekaart)))
        // The reason is what the regisseur types; start there.
        if case .formulier(var f, let doel) = dialoog {
            f.focus(on: "reden")
            dialoog = .formulier(f, doel)
        }
    }

    // MARK: Recording a form

    mutating func legFormulierVast(_ formulier: FormDialog, _ doel: Formulierdoel, _ context: inout SchermContext) {
        var f = formulier
        let reden = f.text("reden")
        switch doel {
        case .escalatie(let ids):
            guard let naar = f.choice("naar"), ids.contains(naar) else {
                f.problems = ["Kies aan wie de regie is voorgelegd."]
                dialoog = .formulier(f, doel)
                return
            }
            guard !reden.isEmpty else {
                f.problems = ["Schrijf op waarom de regie is voorgelegd; zonder reden wordt er niets vastgelegd."]
                dialoog = .formulier(f, doel)
                return
            }
            let e = Escalatie(datum: context.vandaag, naar: naar, aan: f.text("aan"), reden: reden, door: context.omgeving.door,
                              niveau: context.dossier.proces.niveau, overleg: context.dossier.lopendOverleg?.id)
            context.dossier.proces.escalaties.append(e)
            dialoog = nil
            context.vraag(.bewaarNu)
            let tekst = e.omschrijving(context.methode.regiekaart)
            context.meld(.success(tekst.prefix(1).uppercased() + tekst.dropFirst() + " vastgelegd. Het staat in de geschiedenis."))
        case .eersteNiveau(let keuzes):
            guard let keuze = f.choice("niveau"), let naar = Int(keuze) else {
                f.problems = ["Kies een niveau."]
                dialoog = .formulier(f, doel)
                return
            }
            guard !reden.isEmpty else {
                f.problems = ["Schrijf op waarom niveau \(naar) past; zonder reden wordt er niets vastgelegd."]
                f.focus(on: "reden")
                dialoog = .formulier(f, doel)
                return
            }
            let van = context.dossier.proces.niveau
            context.dossier.proces.niveaugeschiedenis.append(Niveauwijziging(
                datum: context.vandaag, van: van, naar: naar, reden: reden, door: context.omgeving.door,
                overleg: context.dossier.lopendOverleg?.id, situatie: keuzes.isEmpty ? nil : keuzes))
            context.dossier.proces.niveau = naar
            dialoog = nil
            plaatsing = nil
            bekeken = nil
            deel = .niveau
            scroll = [:]
            context.vraag(.bewaarNu)
            context.meld(.success("Niveau \(naar) vastgelegd als eerste niveau. Het staat in de geschiedenis."))
        }
    }
}
