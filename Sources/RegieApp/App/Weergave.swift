import RegieDomain
import Screen

/// Drawing the program: a title or tab line, the screen, a message or status line, and
/// the help bar of what can be done where the user is.
extension RegieProgramma {
    public func view(_ model: Model, into frame: inout Frame) {
        if let themas = model.themas { frame.theme = model.presentatie == nil ? themas.gewoon : themas.beamer }
        // Locked: nothing but the question for the passphrase (also during a pause, which
        // goes on after unlocking: the lock screen shows nothing of the household).
        if let slot = model.slot {
            frame.cursor = slot.render(into: &frame.buffer, screen: frame.area, keymap: model.omgeving.keymap)
            return
        }
        if model.presentatie?.zwart == true { return tekenZwart(model, into: &frame) }
        let (kop, rest) = frame.area.splitTop(1)
        // A long message is shown whole: the message area grows (within bounds) over the
        // bottom of the screen; what still does not fit is in the list of messages.
        let meldingRegels = statusMelding(model).map { $0.lines(width: frame.area.width, maxLines: maxMeldingRegels(frame.area), more: "").count } ?? 1
        let (midden, onder) = rest.splitBottom(1 + max(1, meldingRegels))
        if let open = model.open {
            tabs(open, model, into: &frame.buffer, area: kop)
            if let scherm = model.schermen[model.tab] {
                frame.cursor = scherm.render(open.dossier, omgeving: model.omgeving, into: &frame.buffer, area: midden)
                // Read-only on the projector: no cursor that suggests typing would work.
                if alleenLezen(model) { frame.cursor = nil }
            }
        } else {
            let titel = "Regie · overzicht · \(model.omgeving.vandaag.tekst)"
                + (model.omgeving.onversleuteld ? " · ! NIET VERSLEUTELD" : "")
            frame.buffer.write(titel, x: kop.x, y: kop.y, role: .title, clip: kop)
            frame.cursor = model.overzicht.render(model.omgeving, into: &frame.buffer, area: midden)
        }
        statusregel(model, into: &frame.buffer, area: onder.inset(bottom: 1))
        // The screen's own keys first: what does not fit at the end is left out, and the
        // global ones are always in the F1 overlay.
        let alle = hulpKeymap(model).bindings.filter(\.showInHelpBar)
        let algemeen: Set<String> = ["app", "dossier"]
        let balk = HelpBar(bindings: laagToetsen(model) ?? (alle.filter { !algemeen.contains($0.scope) } + alle.filter { algemeen.contains($0.scope) }))
        _ = balk.render(into: &frame.buffer, area: onder.row(onder.height - 1), focused: false)

        if let (vraag, _) = model.vraag { frame.cursor = vraag.render(into: &frame.buffer, screen: frame.area, keymap: model.omgeving.keymap) }
        if let export = model.export { frame.cursor = export.render(into: &frame.buffer, screen: frame.area) }
        if let hulp = model.hulp {
            hulp.renderCentered(into: &frame.buffer, screen: frame.area)
            frame.cursor = nil
        }
        if let begrippen = model.begrippen {
            begrippen.render(into: &frame.buffer, screen: frame.area, keymap: model.omgeving.keymap)
            frame.cursor = nil
        }
        if model.meldingen.isOpen {
            model.meldingen.render(into: &frame.buffer, screen: frame.area, sluiten: "\(toets(AppActie.meldingen, model)) of \(toets(MeldingenActie.sluiten, model)): sluiten",
                                   vanaf: model.presentatie?.eersteMelding ?? 0)
            frame.cursor = nil
        }
    }

    /// The keys of a box open over everything (the help, the terms, the messages, a question,
    /// the export): while it is open only they act, so the help bar offers only them. In the
    /// order `handle` gives keys to these boxes. Nil when no such box is open.
    func laagToetsen(_ model: Model) -> [Binding]? {
        let map = model.omgeving.keymap
        let acties: [any KeyAction]
        if model.begrippen != nil {
            acties = [BegrippenActie.sluiten]
        } else if model.hulp != nil {
            acties = [HulpActie.begrippen, HulpActie.sluiten]
        } else if model.meldingen.isOpen {
            acties = [MeldingenActie.sluiten]
        } else if model.vraag != nil || model.export?.openVraag != nil {
            acties = [VraagActie.klaar, VraagActie.stoppen]
        } else if model.export != nil {
            acties = [BestandActie.stoppen, ExportVersieActie.versie]
        } else {
            return nil
        }
        return acties.compactMap { map[$0.rawValue] }
    }

    /// The message for the line above the help bar: the last one, or an unresolved conflict.
    func statusMelding(_ model: Model) -> MessageLine? {
        if let melding = model.melding { return melding }
        guard model.slot == nil, let conflict = model.open?.conflict else { return nil }
        return .warning(conflict + " " + conflictKeuze(model))
    }

    /// How many lines a message may take at most: a few, so the screen stays usable.
    func maxMeldingRegels(_ scherm: Rect) -> Int { min(5, max(1, (scherm.height - 6) / 3)) }

    /// "Familie X │ M-1 Huishouden  M-2 Ondersteuningsplan …", the current tab reversed;
    /// a required veiligheidsplan that is missing or unsigned gets a "!".
    private func tabs(_ open: OpenDossier, _ model: Model, into buffer: inout Buffer, area: Rect) {
        let veiligheidMist = open.dossier.veiligheidsplanVereist(model.omgeving.methode)
            && (open.dossier.veiligheidsplan.map { !$0.isOndertekend } ?? true)
        let teken = { (tab: Tabblad) in tab == .veiligheid && veiligheidMist ? " !" : "" }
        var titels = Tabblad.allCases.map { tab in " \(tab.rawValue + 1) \(tab.kort)" + teken(tab) }
        // Too narrow for every title and the name: the other tabs keep their number and
        // first letters.
        if titels.reduce(0, { $0 + $1.displayWidth }) + min(open.dossier.naam.displayWidth, 24) + 2 > area.width {
            titels = Tabblad.allCases.map { tab in
                tab == model.tab ? " \(tab.rawValue + 1) \(tab.kort)" + teken(tab) : " \(tab.rawValue + 1) \(tab.kort.prefix(3))" + teken(tab)
            }
        }
        let tabsBreedte = titels.reduce(0) { $0 + $1.displayWidth }
        let naamBreedte = max(8, area.width - tabsBreedte - 2)
        var x = area.x
        x += buffer.write(open.dossier.naam.truncated(toColumns: naamBreedte) + " │", x: x, y: area.y, role: .title, clip: area)
        for (tab, titel) in zip(Tabblad.allCases, titels) {
            x += buffer.write(titel, x: x, y: area.y, role: tab == model.tab ? .selection : .muted, clip: area)
        }
    }

    private func statusregel(_ model: Model, into buffer: inout Buffer, area: Rect) {
        if let melding = statusMelding(model) {
            melding.renderWrapped(into: &buffer, area: area, more: "\(toets(AppActie.meldingen, model)) toont de hele melding")
            return
        }
        guard let open = model.open else {
            // What runs off the input loop ("lijst lezen…", "wissen…") before who is working.
            let wie = model.lopend.first?.tekst ?? model.omgeving.gebruiker.map { "U werkt als \($0)." } ?? ""
            // Tabs exist only in an open dossier: name what works here, with the user's keys.
            let rechts = "\(toets(PresentatieActie.aanuit, model)): presenteren · \(toets(AppActie.hulp, model)): toetsen"
            _ = StatusBar(left: wie, right: rechts).render(into: &buffer, area: area, focused: false)
            return
        }
        let d = open.dossier
        if let presentatie = model.presentatie {
            let uit = "\(toets(PresentatieActie.aanuit, model)): presentatie uit · \(toets(PresentatieActie.zwart, model)): scherm zwart"
            let links: String
            if let bezig = presentatie.bewerken {
                let wat = if case .veld(_, let titel) = bezig.plek { titel } else { bezig.tab.titel }
                links = "Bewerken: \(wat) · \(toets(PresentatieActie.klaar, model)): klaar"
            } else if alleenLezen(model) {
                links = "Alleen lezen · \(toets(PresentatieActie.bewerken, model)): veld bewerken"
            } else {
                links = "Presentatie · \(d.naam)"
            }
            _ = StatusBar(left: links, right: uit).render(into: &buffer, area: area, focused: false)
            return
        }
        let fase = model.omgeving.methode.fase(d.proces.fase).map { "fase \($0.id) \($0.naam)" } ?? "fase \(d.proces.fase)"
        let niveau = d.proces.niveau.map { "niveau \($0)" } ?? "geen niveau"
        let bezig = model.lopend.first { $0 != .lezen }?.tekst
        let staat = (bezig ?? (open.heeftWijzigingen || model.schermen[model.tab]?.heeftOpenstaand == true ? "wordt bewaard…" : "bewaard"))
            + (model.omgeving.onversleuteld ? " · ! niet versleuteld" : "")
        _ = StatusBar(left: "\(d.naam) · \(fase) · \(niveau)", right: staat).render(into: &buffer, area: area, focused: false)
    }
}
