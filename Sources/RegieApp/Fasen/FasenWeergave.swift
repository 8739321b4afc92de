import RegieDomain
import Screen

/// Drawing the phases: the list on the left (or on top when narrow), the selected phase on
/// the right, a line with the main keys at the bottom, and a dialog over it all.
extension FasenScherm {
    func teken(_ d: Dossier, _ omgeving: Werkomgeving, into buffer: inout Buffer, area: Rect) -> Point? {
        guard !area.isEmpty else { return nil }
        guard methode.fasen.indices.contains(fase) else {
            buffer.write("De methode heeft geen fasen.", x: area.x, y: area.y, role: .warning, clip: area)
            return nil
        }
        let (inhoud, voet) = area.height >= 10 ? area.splitBottom(1) : (area, Rect(x: area.x, y: area.maxY, width: 0, height: 0))
        if inhoud.width >= 60 {
            let (links, rechts) = inhoud.splitLeft(min(36, max(30, inhoud.width / 3)))
            tekenLijst(d, into: &buffer, area: links)
            tekenFase(d, omgeving.keymap, into: &buffer, area: rechts)
        } else {
            let (boven, onder) = inhoud.splitTop(min(methode.fasen.count + 4, inhoud.height / 3))
            tekenLijst(d, into: &buffer, area: boven)
            tekenFase(d, omgeving.keymap, into: &buffer, area: onder)
        }
        let signalen: [(FasenActie, String)] = methode.fasen[fase].veiligheidscheck ? [(.signalen, "signalen")] : []
        let plek: [(FasenActie, String)] = gekozenPlek == nil ? [] : [(.ganaar, "ga erheen")]
        var acties: [(FasenActie, String)] = [(.afvinken, "afvinken")] + plek
        acties += [(.notitie, "notitie"), (.huidig, "huidige fase"), (.meldcode, "meldcode")] + signalen
        acties += [(.volgende, "volgende fase"), (.wissel, "fasen/acties")]
        let hint = Pagina.hint(acties.map { ($0.0 as any KeyActionName, $0.1) }, omgeving.keymap, breedte: voet.width - 2)
        buffer.write(hint, x: voet.x + 1, y: voet.y, role: .muted, clip: voet)

        if let afsluiten { return afsluiten.dialoog.render(into: &buffer, area: area, focused: true) }
        if let (dialoog, _) = formulier { return dialoog.render(into: &buffer, area: area, focused: true) }
        if let (dialoog, _) = bevestiging { return dialoog.render(into: &buffer, area: area, focused: true) }
        if let (vak, _) = notitie { return vak.render(into: &buffer, screen: area, keymap: omgeving.keymap) }
        return nil
    }

    /// The phases with their progress, the current one marked, and where the meldcode stands.
    private func tekenLijst(_ d: Dossier, into buffer: inout Buffer, area: Rect) {
        let binnen = Panel(title: "Fasen").render(into: &buffer, area: area, focused: focus == .fasen)
        guard !binnen.isEmpty else { return }
        var pagina = Pagina(breedte: binnen.width)
        for (i, v) in d.faseVoortgang(methode).enumerated() {
            let herhaalt = methode.fasen.indices.contains(i) && methode.fasen[i].herhaalt
            let voortgang = (herhaalt ? " ronde \(d.proces.huidigeRonde) ·" : "") + " \(v.gedaan)/\(v.totaal)"
            let voor = (i == fase ? "▸ " : "  ") + v.fase.padded(toColumns: 3)
            let naam = v.naam.singleLine.padded(toColumns: max(1, binnen.width - voor.displayWidth - voortgang.displayWidth))
            pagina.voeg(voor + naam + voortgang, role: v.isKlaar ? .checked : .text, item: i)
            if v.isHuidig { pagina.voeg("   ◆ huidige fase", role: .label, item: i) }
        }
        pagina.leeg()
        pagina.voeg("Meldcode", role: .title)
        let (stand, role) = MeldcodeScherm.samenvatting(d, methode.meldcode)
        pagina.voeg(stand, role: role)
        pagina.teken(into: &buffer, area: binnen, gekozen: fase, markeer: focus == .fasen)
    }

    /// The selected phase: whether it is current, its round, its goal, the safety question,
    /// its actions per role, earlier rounds, the latest phase changes, its notes.
    private func tekenFase(_ d: Dossier, _ keymap: Keymap, into buffer: inout Buffer, area: Rect) {
        let f = methode.fasen[fase]
        let binnen = Panel(title: "Fase \(f.id) · \(f.naam)").render(into: &buffer, area: area, focused: focus == .acties)
        guard !binnen.isEmpty else { return }
        var pagina = Pagina(breedte: binnen.width)
        let afvinkbaar = f.afvinkbareActies
        let gedaan = afvinkbaar.filter { d.proces.isAfgevinkt($0.id, methode) }.count
        if d.proces.fase == f.id {
            pagina.voeg("◆ Dit is de huidige fase · \(gedaan)/\(afvinkbaar.count) afgevinkt", role: .label)
        } else {
            pagina.voeg("\(gedaan)/\(afvinkbaar.count) afgevinkt · niet de huidige fase", role: .muted)
        }
        if f.herhaalt, let ronde = d.proces.rondeOverzicht(methode).first {
            pagina.voeg(rondeTekst(ronde, d, huidig: true), role: .label)
        }
        if f.id == Bewaartermijn.afsluitfase(methode)?.id { Afsluitscherm.voeg(d, methode, keymap, in: &pagina) }
        pagina.voeg(f.doel.singleLine, kop: "Doel: ")
        if f.veiligheidscheck { veiligheidsvraag(f, d, keymap, in: &pagina) }
        groep("Procesregie", f.procesregie, vanaf: 0, d, keymap, in: &pagina)
        groep("Casusregie", f.casusregie, vanaf: f.procesregie.count, d, keymap, in: &pagina)
        if f.herhaalt { eerdereRondes(f, d, in: &pagina) }
        if d.proces.fase == f.id { fasewisselingen(d, in: &pagina) }
        if let toelichting = f.toelichting, !toelichting.isEmpty {
            pagina.leeg()
            pagina.voeg("Toelichting", role: .title)
            pagina.voeg(toelichting.singleLine)
        }
        let volgende = f.volgende.map { id in methode.fase(id).map { "\($0.id) \($0.naam)" } ?? id }
        if !volgende.isEmpty {
            pagina.leeg()
            pagina.voeg(volgende.joined(separator: " of "), kop: "Daarna: fase ", role: .muted)
        }
        let gekozen = f.alleActies.isEmpty ? nil : min(actie, f.alleActies.count - 1)
        pagina.teken(into: &buffer, area: binnen, gekozen: focus == .acties ? gekozen : nil)
    }

    /// "Ronde 2 · huidige ronde · begonnen 06-12-2026 · voortgangsoverleg van 04-12-2026".
    private func rondeTekst(_ r: Ronde, _ d: Dossier, huidig: Bool) -> String {
        var delen = ["Ronde \(r.nummer)"]
        if huidig { delen.append("huidige ronde") }
        if r.begonnen != .eerste { delen.append("begonnen \(r.begonnen.tekst)") }
        if let id = r.overleg, let o = d.plan.overleggen.first(where: { $0.id == id }) {
            delen.append("voortgangsoverleg " + (o.datum.map { "van \($0.tekst)" } ?? "zonder datum"))
        } else if !huidig {
            delen.append("geen voortgangsoverleg vastgelegd")
        }
        return delen.joined(separator: " · ")
    }

    /// The question of a safety branch point, with the key to answer it and the latest answer in this phase.
    private func veiligheidsvraag(_ f: Fase, _ d: Dossier, _ keymap: Keymap, in pagina: inout Pagina) {
        pagina.voeg("\(Self.signaalvraag) Beantwoord met \(Pagina.toets(FasenActie.signalen, keymap)): ja, nee of onbekend.",
                    kop: "! ", role: .warning)
        guard let v = d.proces.veiligheidsvragen.last(where: { $0.fase == f.id }) else {
            pagina.voeg("Nog niet beantwoord in deze fase.", kop: "  ", role: .muted)
            return
        }
        let ronde = f.herhaalt && v.ronde != d.proces.huidigeRonde ? " (ronde \(v.ronde))" : ""
        pagina.voeg("\(v.antwoord.tekst) · \(v.datum.tekst) door \(v.door)\(ronde)", kop: "  Laatste antwoord: ",
                    role: v.antwoord == .ja ? .warning : .checked)
        if !v.toelichting.isEmpty { pagina.voeg(v.toelichting.singleLine, kop: "  Toelichting: ") }
        if v.antwoord == .ja {
            var verder = "Ga verder met de extra stappen (meldcode, \(Pagina.toets(FasenActie.meldcode, keymap)))."
            if d.toestemmingDelen == .nee { verder += " Er is geen toestemming om informatie te delen: volg de meldcode." }
            pagina.voeg(verder, kop: "  ", role: .warning)
        }
    }

    /// The rounds before the current one, newest first: when each began, its voortgangsoverleg,
    /// and what was ticked in this phase then.
    private func eerdereRondes(_ f: Fase, _ d: Dossier, in pagina: inout Pagina) {
        let eerder = d.proces.rondeOverzicht(methode).filter { $0.nummer < d.proces.huidigeRonde }
        guard !eerder.isEmpty else { return }
        pagina.leeg()
        pagina.voeg("Eerdere rondes", role: .title)
        for r in eerder {
            pagina.voeg(rondeTekst(r, d, huidig: false), role: .label)
            let tikken = d.proces.afvinkingen(inRonde: r.nummer, methode)
            var iets = false
            for (n, a) in f.alleActies.enumerated() {
                guard let tik = tikken.last(where: { $0.actie == a.id }) else { continue }
                iets = true
                let kop = "  [x] \(n + 1). "
                let staart = " · \(tik.datum.tekst) door \(tik.door)"
                let ruimte = max(12, pagina.breedte - kop.displayWidth - staart.displayWidth)
                pagina.voeg(a.tekst.singleLine.truncated(toColumns: ruimte) + staart, kop: kop, role: .checked)
                if !tik.notitie.isEmpty { pagina.voeg(tik.notitie.singleLine, kop: "         Notitie: ") }
            }
            if !iets { pagina.voeg("Niets afgevinkt in deze fase.", kop: "  ", role: .muted) }
        }
    }

    /// The last three changes of the current phase, newest first, with their reasons.
    private func fasewisselingen(_ d: Dossier, in pagina: inout Pagina) {
        let laatste = d.proces.faseovergangen.suffix(3).reversed()
        guard !laatste.isEmpty else { return }
        pagina.leeg()
        pagina.voeg("Fasewisselingen", role: .title)
        for o in laatste {
            pagina.voeg("\(o.datum.tekst) · fase \(o.van) → \(o.naar) · \(o.door)", kop: "  ")
            if !o.reden.isEmpty { pagina.voeg(o.reden.singleLine, kop: "    Reden: ") }
        }
    }

    /// "Procesregie · 2/4 afgevinkt" and its actions, each with when and by whom it was ticked.
    private func groep(_ titel: String, _ acties: [FaseActie], vanaf: Int, _ d: Dossier, _ keymap: Keymap, in pagina: inout Pagina) {
        pagina.leeg()
        let afvinkbaar = acties.filter { $0.regel == nil }
        let gedaan = afvinkbaar.filter { d.proces.isAfgevinkt($0.id, methode) }.count
        pagina.voeg("\(titel) · \(gedaan)/\(afvinkbaar.count) afgevinkt", role: .title)
        if acties.isEmpty { pagina.voeg("Geen acties in deze fase.", kop: "  ", role: .muted) }
        for (n, a) in acties.enumerated() {
            let item = vanaf + n
            let afvinking = a.regel == nil ? d.proces.afvinking(a.id, methode) : nil
            let vak = a.regel != nil ? "(!) " : afvinking == nil ? "[ ] " : "[x] "
            let kop = (focus == .acties && item == actie ? "▸ " : "  ") + vak + "\(n + 1). "
            pagina.voeg(a.tekst.singleLine, kop: kop, item: item)
            let inspringing = String(repeating: " ", count: kop.count)
            if a.regel != nil {
                let (stand, kan) = Self.regelStand(d, methode)
                pagina.voeg(stand, kop: inspringing + "Regel · ", role: kan ? .checked : .warning, item: item)
            }
            if let afvinking {
                pagina.voeg("afgevinkt \(afvinking.datum.tekst) door \(afvinking.door)", kop: inspringing, role: .checked, item: item)
                if !afvinking.notitie.isEmpty {
                    pagina.voeg(afvinking.notitie, kop: inspringing + "Notitie: ", item: item)
                }
            }
            if let uitleg = a.toelichting, !uitleg.isEmpty {
                pagina.voeg(uitleg.singleLine, kop: inspringing + "Uitleg: ", role: .muted, item: item)
            }
            if focus == .acties, item == actie, let plek = a.plek.flatMap(Faseplek.init(rawValue:)) {
                pagina.voeg("\(Pagina.toets(FasenActie.ganaar, keymap)): naar \(Self.plektekst(plek))", kop: inspringing, role: .muted, item: item)
            }
        }
    }

    /// Where an action is done, in words after "naar": "het veiligheidsplan".
    static func plektekst(_ plek: Faseplek) -> String {
        switch plek {
        case .startcriteria: "de startcriteria (Huishouden, Waarom regie)"
        case .ondersteuningsplan: "het ondersteuningsplan"
        case .veiligheidsplan: "het veiligheidsplan"
        case .regiekaart: "de regiekaart"
        case .overleggen: "de planning van de overleggen"
        case .regisseurs: "de regisseurs (Huishouden)"
        }
    }
}
