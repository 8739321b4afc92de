import RegieDomain
import Screen

/// The boxes of the overleg that record an act with what was said: the phase the work goes
/// to after closing, whether a veiligheidsafspraak was kept (5b.p4), and where and when a
/// new afspraak happens.
extension OverlegScherm {
    /// The keys the form itself acts on (it is a widget of its own), for its last line.
    static func formulierHint(keuze: Bool, _ keymap: Keymap) -> String {
        DialoogActie.hint(keymap, verder: "volgende of vastleggen",
                          midden: keuze ? "\(Key.left.description)/\(Key.right.description) ander antwoord" : "\(Key.tab.description) ander veld",
                          annuleren: "niet nu")
    }

    static let nietNu = "Niet nu"

    // MARK: The next phase

    /// After closing overleg `overleg`: the phases the method goes to next, one key to accept
    /// the first. Nothing when the method proposes none.
    mutating func stelFaseVoor(na overleg: Overleg, _ d: Dossier, _ methode: Methode, _ keymap: Keymap) {
        let fasen = d.voorgesteldeFasen(naOverleg: overleg.id, methode)
        guard !fasen.isEmpty else { return }
        let opties = fasen.map { Self.faseOptie($0, d, methode) } + [Self.nietNu]
        let nu = methode.fase(d.proces.fase).map { "fase \($0.id) \($0.naam)" } ?? "fase \(d.proces.fase)"
        let intro = "Het \(overleg.soort.tekst) is afgesloten. Naar welke fase gaat het werk nu? Nu is het \(nu), ronde \(d.proces.huidigeRonde)."
        formulier = (FormDialog(title: "Volgende fase", intro: intro, fields: [.choice("fase", "", opties)],
                                hint: DialoogActie.hint(keymap, verder: "kiezen", midden: "\(Key.left.description)/\(Key.right.description) ander antwoord",
                                                        annuleren: "niet nu")),
                     .faseVoorstel(fasen: fasen.map(\.id), overleg: overleg.id))
    }

    /// "4 Voortgang (ronde 2)" when going there starts a new round, else "6b Afsluiten en nazorg klant".
    static func faseOptie(_ f: Fase, _ d: Dossier, _ methode: Methode) -> String {
        let nieuweRonde = f.id == methode.eersteHerhalendeFase?.id && d.proces.rondeHeeftWerk(methode)
        return "\(f.id) \(f.naam)" + (nieuweRonde ? " (ronde \(d.proces.huidigeRonde + 1))" : "")
    }

    /// The overleg is the reason for the step (recorded as such): accepting asks for no typed reason.
    private mutating func kiesFase(_ keuze: String?, _ fasen: [String], overleg: String, _ ctx: inout SchermContext) {
        let opties = fasen.compactMap { ctx.methode.fase($0) }.map { Self.faseOptie($0, ctx.dossier, ctx.methode) }
        guard let keuze, let i = opties.firstIndex(of: keuze) else {
            ctx.meld(.info("De fase blijft \(ctx.dossier.proces.fase). Een andere fase kiest u in het tabblad Fasen."))
            return
        }
        if let reden = ctx.dossier.volgVoorstel(fasen[i], naOverleg: overleg, ctx.methode, datum: ctx.vandaag, door: ctx.omgeving.door) {
            ctx.meld(.warning("\(reden) De fase is niet veranderd; in het tabblad Fasen kiest u de fase met een reden."))
            return
        }
        ctx.wijziging = nil
        let naam = ctx.methode.fase(fasen[i])?.naam ?? ""
        ctx.meld(.success("Nu in fase \(fasen[i]) \(naam), ronde \(ctx.dossier.proces.huidigeRonde)."))
    }

    // MARK: Veiligheidsafspraken

    /// Whether the afspraken step asks per afspraak whether it was kept: at every overleg
    /// after the startoverleg, where they were made.
    static func vraagtNaleving(_ l: Lopend) -> Bool { l.overleg.soort != .start }

    /// The row the afspraken step starts on: the first afspraak not yet discussed in this
    /// overleg, or the row for a new one.
    static func eersteOnbesproken(_ l: Lopend, _ d: Dossier) -> Int {
        let afspraken = d.veiligheidsplan?.afspraken ?? []
        guard vraagtNaleving(l) else { return afspraken.count }
        return afspraken.firstIndex { a in !a.nalevingen.contains { $0.overleg == l.overleg.id } } ?? afspraken.count
    }

    /// "wie: Noah · waar: bij oma · wanneer: 01-12-2026 · toezicht: Ilse".
    static func afspraakDetails(_ a: Veiligheidsafspraak, _ d: Dossier) -> String {
        ["wie: " + (a.wie.map { d.naam(van: $0) } ?? "nog niemand"),
         a.waar.isEmpty ? nil : "waar: \(a.waar.singleLine)",
         a.wanneer.map { "wanneer: \($0.tekst)" },
         "toezicht: " + (a.toezicht.map { d.naam(van: $0) } ?? "nog niemand")]
            .compactMap { $0 }.joined(separator: " · ")
    }

    mutating func vraagNaleving(_ a: Veiligheidsafspraak, _ l: Lopend, _ ctx: SchermContext) {
        let eerder = a.nalevingen.last { $0.overleg == l.overleg.id }
        let intro = "\(a.wat.singleLine)\n\(Self.afspraakDetails(a, ctx.dossier))"
        let velden: [FormDialog.Field] = [
            .choice("nagekomen", "Nagekomen", JaNee.allCases.map(\.tekst), selected: eerder?.nagekomen == .nee ? 1 : 0),
            .text("toelichting", "Toelichting", eerder?.toelichting ?? "", maxLength: 500),
        ]
        formulier = (FormDialog(title: "Afspraak nagekomen?", intro: intro, fields: velden, hint: Self.formulierHint(keuze: true, ctx.keymap)),
                     .naleving(afspraak: a.id, overleg: l.overleg.id))
    }

    mutating func vraagWaarWanneer(_ afspraak: String, _ ctx: SchermContext) {
        guard let a = ctx.dossier.veiligheidsplan?.afspraken.first(where: { $0.id == afspraak }) else { return }
        let velden: [FormDialog.Field] = [
            .text("waar", "Waar", a.waar, maxLength: 200),
            .date("wanneer", "Wanneer", a.wanneer, today: ctx.vandaag),
        ]
        formulier = (FormDialog(title: "Waar en wanneer?", intro: a.wat.singleLine, fields: velden, hint: Self.formulierHint(keuze: false, ctx.keymap)),
                     .waarWanneer(afspraak: afspraak))
    }

    // MARK: Keys

    mutating func handleFormulier(_ event: Event, _ ctx: inout SchermContext) -> Handled {
        guard var (dialog, doel) = formulier else { return .consumed }
        // Keys the form does not use (C-q, F1, Alt-digits) stay the program's; the form waits.
        if case .key(let key) = event {
            switch key {
            case .ctrl("u"), .ctrl("w"), .ctrl("k"): break  // editing a text field
            case .ctrl, .alt, .function: return .ignored
            default: break
            }
        }
        switch dialog.handle(event, ctx.keymap) {
        case .submitted:
            break
        case .cancelled:
            formulier = nil
            if case .faseVoorstel = doel { kiesFase(nil, [], overleg: "", &ctx) }
            return .consumed
        default:
            formulier = (dialog, doel)
            return .consumed
        }
        switch doel {
        case .faseVoorstel(let fasen, let overleg):
            formulier = nil
            kiesFase(dialog.choice("fase"), fasen, overleg: overleg, &ctx)
        case .naleving(let afspraak, let overleg):
            let nagekomen = JaNee(rawValue: dialog.choice("nagekomen") ?? "") ?? .ja
            let naleving = Naleving(datum: ctx.vandaag, nagekomen: nagekomen, toelichting: dialog.text("toelichting"), overleg: overleg)
            formulier = nil
            guard ctx.dossier.legNalevingVast(afspraak, naleving),
                  let n = ctx.dossier.veiligheidsplan?.afspraken.firstIndex(where: { $0.id == afspraak }) else { return .consumed }
            ctx.wijziging = nil
            ctx.meld(nagekomen == .ja ? .success("Vastgelegd: afspraak \(n + 1) is nagekomen.")
                : .warning("Vastgelegd: afspraak \(n + 1) is niet nagekomen. Bespreek wat er nodig is; maak zo nodig een nieuwe afspraak."))
            if let l = Lopend(ctx.dossier, methode) { rij = Self.eersteOnbesproken(l, ctx.dossier) }
        case .waarWanneer(let afspraak):
            if let probleem = dialog.dateProblem("wanneer") {
                dialog.problems = [probleem]
                dialog.focus(on: "wanneer")
                formulier = (dialog, doel)
                return .consumed
            }
            formulier = nil
            guard let i = ctx.dossier.veiligheidsplan?.afspraken.firstIndex(where: { $0.id == afspraak }) else { return .consumed }
            ctx.dossier.veiligheidsplan?.afspraken[i].waar = dialog.text("waar")
            ctx.dossier.veiligheidsplan?.afspraken[i].wanneer = dialog.date("wanneer")
            ctx.wijziging = nil
            vraagToezicht(afspraak, ctx.dossier)
        case .niveau(let overleg):
            if let probleem = legNiveauVast(dialog, overleg: overleg, &ctx) {
                dialog.problems = [probleem]
                formulier = (dialog, doel)
                return .consumed
            }
            formulier = nil
        }
        return .consumed
    }
}
