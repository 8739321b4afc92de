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
        let hint = Pagina.hint([("fasen.afvinken", "afvinken"), ("fasen.notitie", "notitie"), ("fasen.huidig", "huidige fase"),
                                ("fasen.meldcode", "meldcode"), ("fasen.volgende", "volgende fase"), ("fasen.wissel", "fasen/acties")],
                               omgeving.keymap, breedte: voet.width - 2)
        buffer.write(hint, x: voet.x + 1, y: voet.y, role: .muted, clip: voet)

        if let afsluiten { return afsluiten.dialoog.render(into: &buffer, area: area, focused: true) }
        if let (dialoog, _) = bevestiging { return dialoog.render(into: &buffer, area: area, focused: true) }
        if let (vak, _) = notitie { return vak.render(into: &buffer, screen: area) }
        return nil
    }

    /// The phases with their progress, the current one marked, and where the meldcode stands.
    private func tekenLijst(_ d: Dossier, into buffer: inout Buffer, area: Rect) {
        let binnen = Panel(title: "Fasen").render(into: &buffer, area: area, focused: focus == .fasen)
        guard !binnen.isEmpty else { return }
        var pagina = Pagina(breedte: binnen.width)
        for (i, v) in d.faseVoortgang(methode).enumerated() {
            let voortgang = " \(v.gedaan)/\(v.totaal)"
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

    /// The selected phase: whether it is current, its goal, its actions per role, its notes.
    private func tekenFase(_ d: Dossier, _ keymap: Keymap, into buffer: inout Buffer, area: Rect) {
        let f = methode.fasen[fase]
        let binnen = Panel(title: "Fase \(f.id) · \(f.naam)").render(into: &buffer, area: area, focused: focus == .acties)
        guard !binnen.isEmpty else { return }
        var pagina = Pagina(breedte: binnen.width)
        let gedaan = f.alleActies.filter { d.proces.isAfgevinkt($0.id, methode) }.count
        if d.proces.fase == f.id {
            pagina.voeg("◆ Dit is de huidige fase · \(gedaan)/\(f.alleActies.count) afgevinkt", role: .label)
        } else {
            pagina.voeg("\(gedaan)/\(f.alleActies.count) afgevinkt · niet de huidige fase", role: .muted)
        }
        if f.id == Bewaartermijn.afsluitfase(methode)?.id { Afsluitscherm.voeg(d, methode, keymap, in: &pagina) }
        pagina.voeg(f.doel.singleLine, kop: "Doel: ")
        if f.veiligheidscheck {
            pagina.voeg("Let in deze fase op signalen van (acute) onveiligheid of onvoldoende basiszorg. "
                        + "Zie je die, open dan de extra stappen bij onveiligheid.", kop: "! ", role: .warning)
        }
        groep("Procesregie", f.procesregie, vanaf: 0, d, in: &pagina)
        groep("Casusregie", f.casusregie, vanaf: f.procesregie.count, d, in: &pagina)
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

    /// "Procesregie · 2/4 afgevinkt" and its actions, each with when and by whom it was ticked.
    private func groep(_ titel: String, _ acties: [FaseActie], vanaf: Int, _ d: Dossier, in pagina: inout Pagina) {
        pagina.leeg()
        let gedaan = acties.filter { d.proces.isAfgevinkt($0.id, methode) }.count
        pagina.voeg("\(titel) · \(gedaan)/\(acties.count) afgevinkt", role: .title)
        if acties.isEmpty { pagina.voeg("Geen acties in deze fase.", kop: "  ", role: .muted) }
        for (n, a) in acties.enumerated() {
            let item = vanaf + n
            let afvinking = d.proces.afvinking(a.id, methode)
            let kop = (focus == .acties && item == actie ? "▸ " : "  ") + (afvinking == nil ? "[ ] " : "[x] ") + "\(n + 1). "
            pagina.voeg(a.tekst.singleLine, kop: kop, item: item)
            let inspringing = String(repeating: " ", count: kop.count)
            if let afvinking {
                pagina.voeg("afgevinkt \(afvinking.datum.tekst) door \(afvinking.door)", kop: inspringing, role: .checked, item: item)
                if !afvinking.notitie.isEmpty {
                    pagina.voeg(afvinking.notitie, kop: inspringing + "Notitie: ", item: item)
                }
            }
            if let uitleg = a.toelichting, !uitleg.isEmpty {
                pagina.voeg(uitleg.singleLine, kop: inspringing + "Uitleg: ", role: .muted, item: item)
            }
        }
    }
}
