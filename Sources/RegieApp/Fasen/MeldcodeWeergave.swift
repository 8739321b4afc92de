import RegieDomain
import Screen

/// Drawing the meldcode: what comes next at the top, then one scrolling page with the
/// steps, the questions of the afwegingskader answered so far and the open one, and the
/// decision; the main keys at the bottom and a dialog over it all.
extension MeldcodeScherm {
    func render(_ d: Dossier, omgeving: Werkomgeving, into buffer: inout Buffer, area: Rect) -> Point? {
        guard !area.isEmpty else { return nil }
        let rondes = d.proces.meldcode.count
        let nummer = ronde.map { $0 + 1 } ?? rondes
        let titel = "Extra stappen bij onveiligheid (meldcode) · " + (rondes == 0 ? "nog niet begonnen" : "ronde \(nummer) van \(rondes)")
        let (inhoud, voet) = area.height >= 10 ? area.splitBottom(1) : (area, Rect(x: area.x, y: area.maxY, width: 0, height: 0))
        let binnen = Panel(title: titel).render(into: &buffer, area: inhoud, focused: true)
        if !binnen.isEmpty {
            var kop = Pagina(breedte: binnen.width)
            kop.voeg(meldcode.levensbedreigend.singleLine, kop: "! ", role: .warning)
            let v = verloop(d)
            if let melding = v.levensbedreigend {
                kop.voeg(Self.noodmeldingTekst(melding), kop: "  ", role: .checked)
            } else if isLaatste(d) {
                kop.voeg("Leg met \(Pagina.toets(MeldcodeActie.levensbedreigend, omgeving.keymap)) vast wat er is gedaan en hoe laat.",
                         kop: "  ", role: .muted)
            }
            if let begin = v.begindatum {
                kop.voeg("Begonnen \(begin.tekst)" + (v.aanleiding.map { " · aanleiding: \($0)" } ?? ""), role: .muted)
            }
            if !isLaatste(d) { kop.voeg("Een eerdere ronde, alleen om te lezen; \(Pagina.toets(MeldcodeActie.volgende, omgeving.keymap)) gaat naar de laatste.", kop: "! ", role: .warning) }
            let (tekst, role) = volgende(d)
            kop.voeg(tekst, kop: "Nu: ", role: role)
            let (boven, rest) = binnen.splitTop(min(kop.regels.count, binnen.height / 2))
            kop.teken(into: &buffer, area: boven, gekozen: nil)
            pagina(d, breedte: binnen.width, keymap: omgeving.keymap).teken(into: &buffer, area: rest.inset(top: 1), gekozen: gekozen)
        }
        let hint = Pagina.hint([(MeldcodeActie.afvinken, "afvinken"), (MeldcodeActie.antwoorden, "beantwoorden"), (MeldcodeActie.besluit, "besluit"),
                                (MeldcodeActie.notitie, "notitie"), (MeldcodeActie.sluiten, "terug"), (MeldcodeActie.levensbedreigend, "levensbedreigend"), (MeldcodeActie.nieuw, "nieuwe ronde"),
                                (MeldcodeActie.vorige, "eerdere ronde")], omgeving.keymap, breedte: voet.width - 2)
        buffer.write(hint, x: voet.x + 1, y: voet.y, role: .muted, clip: voet)

        switch dialoog {
        case .vraag(let vraag, _): return vraag.render(into: &buffer, area: area, focused: true)
        case .tekst(let vak, _): return vak.render(into: &buffer, screen: area, keymap: omgeving.keymap)
        case .kiezer(let kiezer): kiezer.render(into: &buffer, screen: area, keymap: omgeving.keymap); return nil
        case .levensbedreigend(let form): return form.render(into: &buffer, area: area, focused: true)
        case nil: return nil
        }
    }

    /// What the afwegingskader says comes next in the walk shown.
    func volgende(_ d: Dossier) -> (String, Role) {
        let v = verloop(d)
        let stand = meldcode.stand(antwoorden: v.antwoorden)
        if v.besluit != nil {
            return ("het besluit is vastgelegd. Blijf de situatie volgen; komen er nieuwe signalen, begin dan een nieuwe ronde.", .text)
        }
        if let open = stand.open { return ("beantwoord vraag \(open.nummer): \(open.vraag.singleLine)", .label) }
        if let b = stand.besluit { return ("het afwegingskader komt uit op: \(b.tekst.singleLine) Leg het besluit vast.", .warning) }
        return ("het afwegingskader leidt niet tot een besluit; leg het besluit zelf vast.", .warning)
    }

    private func pagina(_ d: Dossier, breedte: Int, keymap: Keymap) -> Pagina {
        let v = verloop(d)
        let lijst = items(d)
        var p = Pagina(breedte: breedte)
        func kop(_ item: Item, _ vink: String = "") -> String { (lijst.firstIndex(of: item) == gekozen ? "▸ " : "  ") + vink }

        let gedaan = meldcode.stappen.filter { s in v.stappen.contains { $0.stap == s.id } }.count
        p.voeg("Stappen · \(gedaan)/\(meldcode.stappen.count) afgevinkt", role: .title)
        for stap in meldcode.stappen {
            let item = Item.stap(stap.id)
            let n = lijst.firstIndex(of: item)
            let vastgelegd = v.stappen.first { $0.stap == stap.id }
            let k = kop(item, vastgelegd == nil ? "[ ] " : "[x] ")
            let in_ = String(repeating: " ", count: k.count)
            p.voeg(stap.naam.singleLine, kop: k, item: n)
            if let vastgelegd {
                p.voeg("afgevinkt \(vastgelegd.datum.tekst) door \(vastgelegd.door)", kop: in_, role: .checked, item: n)
                if !vastgelegd.notitie.isEmpty { p.voeg(vastgelegd.notitie, kop: in_ + "Notitie: ", item: n) }
            }
            if n == gekozen {
                for actie in stap.acties { p.voeg(actie.singleLine, kop: in_ + "· ", item: n) }
                if let t = stap.toelichting { p.voeg(t.singleLine, kop: in_ + "Uitleg: ", role: .muted, item: n) }
            }
        }

        p.leeg()
        p.voeg("Afwegingskader", role: .title)
        let stand = meldcode.stand(antwoorden: v.antwoorden)
        for stap in stand.pad {
            let item = Item.vraag(stap.afweging.id)
            let n = lijst.firstIndex(of: item)
            let k = kop(item)
            let in_ = String(repeating: " ", count: k.count + 3)
            p.voeg(stap.afweging.vraag.singleLine, kop: k + "\(stap.afweging.nummer). ", item: n)
            if let a = v.antwoorden.last(where: { $0.afweging == stap.afweging.id }) {
                p.voeg("Antwoord: \(a.antwoord.tekst) · \(a.datum.tekst) door \(a.door)", kop: in_, role: .checked, item: n)
                if !a.toelichting.isEmpty { p.voeg(a.toelichting, kop: in_ + "Toelichting: ", item: n) }
            }
            if let t = stap.gevolg.tekst { p.voeg(t.singleLine, kop: in_ + "→ ", item: n) }
            if n == gekozen, let t = stap.afweging.toelichting { p.voeg(t.singleLine, kop: in_ + "Uitleg: ", role: .muted, item: n) }
        }
        if let open = stand.open {
            let item = Item.vraag(open.id)
            let n = lijst.firstIndex(of: item)
            let k = kop(item)
            let in_ = String(repeating: " ", count: k.count + 3)
            p.voeg(open.vraag.singleLine, kop: k + "\(open.nummer). ", item: n)
            p.voeg("Nog niet beantwoord (\(Pagina.toets(MeldcodeActie.antwoorden, keymap)): ja of nee)", kop: in_, role: .warning, item: n)
            if let t = open.toelichting { p.voeg(t.singleLine, kop: in_ + "Uitleg: ", role: .muted, item: n) }
        }

        p.leeg()
        p.voeg("Besluit", role: .title)
        let n = lijst.firstIndex(of: .besluit)
        let k = kop(.besluit)
        let in_ = String(repeating: " ", count: k.count)
        if let b = v.besluit {
            p.voeg((meldcode.besluit(b.besluit)?.tekst ?? b.besluit).singleLine, kop: k, item: n)
            p.voeg("vastgelegd \(b.datum.tekst) door \(b.door)", kop: in_, role: .checked, item: n)
            if !b.toelichting.isEmpty { p.voeg(b.toelichting, kop: in_ + "Toelichting: ", item: n) }
            if let uitkomst = stand.besluit, uitkomst.id != b.besluit {
                p.voeg("Het afwegingskader komt nu uit op: \(uitkomst.tekst.singleLine)", kop: in_ + "! ", role: .warning, item: n)
            }
        } else if let uitkomst = stand.besluit {
            p.voeg("Nog niet vastgelegd. Uitkomst van het afwegingskader: \(uitkomst.tekst.singleLine)", kop: k, role: .warning, item: n)
        } else {
            p.voeg("Nog niet vastgelegd.", kop: k, item: n)
        }
        return p
    }
}
