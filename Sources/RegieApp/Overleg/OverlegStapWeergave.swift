import RegieDomain
import Screen

/// Drawing the body of each kind of step.
extension OverlegScherm {
    func tekenStap(_ l: Lopend, _ d: Dossier, _ omgeving: Werkomgeving, into buffer: inout Buffer, area: Rect) -> Point? {
        guard !area.isEmpty else { return nil }
        guard let soort = l.soort else {
            buffer.write("Deze stap heeft een soort die Regie niet kent: \(l.stap.soort).", x: area.x, y: area.y, role: .warning, clip: area)
            return nil
        }
        let veld = Self.heeftTekstveld(soort) && soort != .volgendOverleg && area.height >= 3
        // The text field grows to a few rows for a long or multi-paragraph text (a pasted quote).
        let veldRijen = veld ? invoer.rijen(breedte: max(1, area.width - 20), max: max(1, min(4, area.height / 3))) : 1
        let (boven, veldRij) = veld ? area.splitBottom(veldRijen) : (area, Rect(x: area.x, y: area.maxY, width: area.width, height: 0))
        var v = Vlak(boven.height >= 4 && veld ? boven.inset(bottom: 1) : boven)
        if let tekst = uitleg(l.stap), area.height >= 10 {
            v.regel(tekst, .muted, into: &buffer, maxRegels: area.height >= 16 ? 3 : 2)
            v.leeg()
        }
        if let deel = VeiligheidScherm.Deel(soort) {
            // Say where the text goes: the section of the veiligheidsplan and its own question.
            let kop = VeiligheidScherm.rubriek(deel, d, omgeving.vandaag).titel
            v.regel("In het veiligheidsplan bij \(kop): \(deel.vraag)", .title, into: &buffer, maxRegels: 2)
            v.leeg()
        }
        var cursor: Point?
        if soort.isRonde {
            tekenRonde(l, d, &v, into: &buffer)
        } else {
            switch soort {
            case .schaalvraag: tekenSchaal(l, d, &v, into: &buffer)
            case .veiligheidsvraag: tekenVeiligheidsvraag(l, d, omgeving, &v, into: &buffer)
            case .niveau: tekenNiveaustap(l, d, omgeving, &v, into: &buffer)
            case .eerdereHulp: tekenRegels(d.plan.eerdereHulp.map(\.wat), leeg: "Nog geen eerdere hulp genoteerd.", &v, into: &buffer)
            case .analyse: tekenRegels(regels(d.plan.integraleAnalyse), leeg: "Nog niets genoteerd over de samenhang.", &v, into: &buffer)
            case .gewenstResultaat: tekenRegels(regels(d.plan.gewenstResultaat), leeg: "Nog geen gewenst resultaat.", &v, into: &buffer)
            case .rondvraag: tekenRegels(l.verloop.rondvraag, leeg: "Nog niets uit de rondvraag.", &v, into: &buffer)
            case .veiligheidsafspraken: tekenAfspraken(l, d, omgeving, &v, into: &buffer)
            case .doelencheckEnOndertekening: tekenDoelencheck(d, &v, into: &buffer)
            case .doelenTerugblik: tekenTerugblik(d, omgeving.vandaag, &v, into: &buffer)
            case .doelen: tekenDoelen(d, omgeving.vandaag, &v, into: &buffer)
            case .volgendOverleg: cursor = tekenVolgend(l, d, omgeving, &v, into: &buffer)
            case .afsluiten: tekenAfsluiten(l, d, omgeving, &v, into: &buffer)
            case .verantwoordelijkheid: tekenVerantwoordelijkheid(d, &v, into: &buffer)
            case .agenda: tekenAgendaStap(l, &v, into: &buffer)
            default: tekenAanwezigen(l, d, omgeving, &v, into: &buffer)
            }
        }
        if veld, !veldRij.isEmpty {
            cursor = invoer.render(label: veldLabel(l, d), into: &buffer, area: veldRij)
        }
        return cursor
    }

    /// The text of the method action the step comes from.
    private func uitleg(_ stap: Agendastap) -> String? {
        guard let id = stap.faseActie else { return nil }
        return methode.fasen.lazy.flatMap(\.alleActies).first { $0.id == id }?.tekst.singleLine
    }

    private func regels(_ tekst: String) -> [String] {
        tekst.split(separator: "\n").map(String.init).filter { !$0.allSatisfy(\.isWhitespace) }
    }

    private func veldLabel(_ l: Lopend, _ d: Dossier) -> String {
        let naam = aangebodenSpreker(l, d)?.naam ?? "niemand"
        switch l.soort {
        case .schaalvraag: return "Cijfer \(naam)"
        case .eerdereHulp: return "Eerdere hulp"
        case .analyse: return "Samenhang"
        case .gewenstResultaat: return "Gewenst"
        case .rondvraag: return "Rondvraag"
        case .veiligheidsafspraken: return "Nieuwe afspraak"
        case .doelen: return rij < d.plan.doelen.count ? "Actie bij doel \(rij + 1), wat" : "Nieuw doel"
        default: return "\(naam) zegt"
        }
    }

    // MARK: Rounds

    private func tekenRonde(_ l: Lopend, _ d: Dossier, _ v: inout Vlak, into buffer: inout Buffer) {
        let volgorde = l.volgorde(d)
        let aangeboden = aangebodenSpreker(l, d)
        let aantallen = Self.aantallen(d, l.verloop)
        let genoteerd = Self.noteringen(l.stap.id, d, l.verloop)
        let ruimte = max(1, genoteerd.isEmpty ? v.over : min(volgorde.count, max(2, v.over / 2)))
        let i = volgorde.firstIndex { $0.id == aangeboden?.id } ?? 0
        let eerste = max(0, min(i - ruimte / 2, volgorde.count - ruimte))
        for p in volgorde.dropFirst(eerste).prefix(ruimte) {
            let n = aantallen[p.id] ?? 0
            let rol = p.rol.isEmpty ? Startkeuze.soortTekst(p.soort) : p.rol
            let hier = p.id == aangeboden?.id
            v.enkel("\(hier ? "▸" : " ") \(p.naam) (\(rol)) · \(n) \(n == 1 ? "citaat" : "citaten")" + (hier ? " · aan het woord" : ""),
                    hier ? .selection : .text, into: &buffer, vol: hier)
        }
        guard !genoteerd.isEmpty, v.over >= 2 else { return }
        v.leeg()
        v.enkel("Genoteerd in deze stap:", .label, into: &buffer)
        for u in genoteerd.suffix(max(0, v.over)) {
            v.enkel("\(d.naam(van: u.spreker)): “\(u.citaat)”", .text, into: &buffer)
        }
    }

    private func tekenSchaal(_ l: Lopend, _ d: Dossier, _ v: inout Vlak, into buffer: inout Buffer) {
        v.regel("0 levensbedreigend, 10 veilig genoeg om af te sluiten. Typ het cijfer, eventueel met toelichting.",
                .muted, into: &buffer, maxRegels: 3)
        let aangeboden = aangebodenSpreker(l, d)
        let scores = d.veiligheidsplan?.schaalvragen ?? []
        for p in l.volgorde(d) {
            let nu = scores.last { $0.persoon == p.id && $0.overleg == l.overleg.id }
            let eerder = scores.filter { $0.persoon == p.id && $0.overleg != l.overleg.id }.sorted { $0.datum < $1.datum }.suffix(3)
            let eerderTekst = eerder.isEmpty ? "" : " · eerder: " + eerder.map { "\($0.cijfer) (\($0.datum.tekst))" }.joined(separator: ", ")
            let hier = p.id == aangeboden?.id
            v.enkel("\(hier ? "▸" : " ") \(p.naam): " + (nu.map { "\($0.cijfer)" } ?? "–") + eerderTekst,
                    hier ? .selection : .text, into: &buffer, vol: hier)
        }
        if aangeboden == nil { v.enkel("Iedereen heeft een cijfer gegeven.", .success, into: &buffer) }
    }

    private func tekenVeiligheidsvraag(_ l: Lopend, _ d: Dossier, _ omgeving: Werkomgeving, _ v: inout Vlak, into buffer: inout Buffer) {
        if l.overleg.soort == .start {
            v.regel("Zijn er zorgen over onvoldoende basiszorg of over veiligheid?", .title, into: &buffer)
            v.leeg()
            let antwoord = d.plan.zorgenBasiszorgVeiligheid.map { "Antwoord: \($0.tekst)" } ?? "Nog niet beantwoord."
            v.regel(antwoord, d.plan.zorgenBasiszorgVeiligheid == .ja ? .warning : .label, into: &buffer)
        } else {
            // After the startoverleg: the branch point of the phase, with the last answer recorded.
            v.regel("Zijn er signalen van (acute) onveiligheid of onvoldoende basiszorg?", .title, into: &buffer)
            v.leeg()
            if let laatst = d.laatsteVeiligheidsvraag {
                v.regel("Laatst vastgelegd: \(laatst.antwoord.tekst), op \(laatst.datum.tekst) bij fase \(laatst.fase) door \(laatst.door).",
                        laatst.antwoord == .ja ? .warning : .label, into: &buffer)
            } else {
                v.regel("Nog niet beantwoord.", .label, into: &buffer)
            }
            if let n = d.proces.niveau, n >= 3 {
                v.regel("Het huishouden staat op niveau \(n) van de regiekaart: de veiligheid komt in elk overleg aan bod.",
                        .label, into: &buffer)
            }
        }
        let ja = Pagina.toets(OverlegActie.ja, omgeving.keymap), nee = Pagina.toets(OverlegActie.nee, omgeving.keymap)
        v.regel("\(ja): ja · \(nee): nee", .text, into: &buffer)
        v.leeg()
        if d.veiligheidsstappenNodig {
            v.regel("! De stappen van het veiligheidsplan staan op de agenda, vóór de doelen.", .warning, into: &buffer)
        } else {
            v.regel("Bij ja komen de stappen van het veiligheidsplan op de agenda, vóór de doelen.", .muted, into: &buffer)
        }
    }

    private func tekenRegels(_ regels: [String], leeg: String, _ v: inout Vlak, into buffer: inout Buffer) {
        if regels.isEmpty { v.regel(leeg, .muted, into: &buffer); return }
        for r in regels.suffix(max(1, v.over)) { v.enkel("• " + r, .text, into: &buffer) }
    }

    private func tekenAfspraken(_ l: Lopend, _ d: Dossier, _ omgeving: Werkomgeving, _ v: inout Vlak, into buffer: inout Buffer) {
        let afspraken = d.veiligheidsplan?.afspraken ?? []
        let naleving = Self.vraagtNaleving(l)
        if afspraken.isEmpty {
            v.regel("Nog geen veiligheidsafspraken.", .muted, into: &buffer)
        } else if naleving {
            let bewaar = Pagina.toets(OverlegActie.bewaar, omgeving.keymap)
            v.regel("Per afspraak: is die nagekomen? Kies de afspraak en \(bewaar). Een nieuwe afspraak typt u onderaan.", .muted, into: &buffer)
        }
        for (i, a) in afspraken.enumerated() {
            let hier = naleving && i == rij
            v.enkel("\(hier ? "▸" : " ") \(i + 1). \(a.wat)", hier ? .selection : .text, into: &buffer, vol: hier)
            v.enkel("     " + Self.afspraakDetails(a, d), .muted, into: &buffer)
            guard naleving else { continue }
            if let n = a.nalevingen.last(where: { $0.overleg == l.overleg.id }) {
                v.enkel("     nagekomen: \(n.nagekomen.tekst)" + (n.toelichting.isEmpty ? "" : " · \(n.toelichting)"),
                        n.nagekomen == .ja ? .checked : .warning, into: &buffer)
            } else {
                let teLaat = a.isTeLaat(vandaag: omgeving.vandaag) ? " · ! te laat" : ""
                v.enkel("     nagekomen? nog niet besproken" + teLaat, teLaat.isEmpty ? .muted : .warning, into: &buffer)
            }
        }
        if naleving {
            let nieuw = rij >= afspraken.count
            v.enkel("\(nieuw ? "▸" : " ") + Nieuwe afspraak", nieuw ? .selection : .muted, into: &buffer, vol: nieuw)
        }
        v.leeg()
        v.regel("Wat nodig is en wat er gebeurt als het niet lukt: \(Pagina.toets(OverlegActie.veiligheidsplan, omgeving.keymap)) opent het veiligheidsplan.",
                .muted, into: &buffer)
    }

    private func tekenDoelencheck(_ d: Dossier, _ v: inout Vlak, into buffer: inout Buffer) {
        let check = d.veiligheidsplan?.doelencheck ?? Doelencheck()
        for (i, (pad, tekst)) in Self.doelencheckPunten.enumerated() {
            let hier = i == rij
            v.enkel("\(hier ? "▸" : " ") \(check[keyPath: pad] ? "[x]" : "[ ]") \(tekst)", hier ? .selection : .text, into: &buffer, vol: hier)
        }
        v.leeg()
        let getekend = d.veiligheidsplan?.ondertekening ?? []
        v.enkel("Getekend:", .label, into: &buffer)
        if getekend.isEmpty { v.enkel("  nog niemand", .muted, into: &buffer) }
        for o in getekend { v.enkel("  \(o.naam) (\(o.hoedanigheid.tekst), \(o.datum.tekst))", .text, into: &buffer) }
        if let vp = d.veiligheidsplan, vp.moetOpnieuwOndertekend {
            v.regel("! Het veiligheidsplan is gewijzigd op \(vp.gewijzigd?.tekst ?? "?"), na het tekenen: laat een klant of wettelijk "
                    + "vertegenwoordiger en een professional opnieuw tekenen.", .warning, into: &buffer, maxRegels: 4)
        } else if d.veiligheidsplan?.isOndertekend != true {
            v.enkel("! Nodig: een klant of wettelijk vertegenwoordiger en een professional.", .warning, into: &buffer)
        }
    }

    private func tekenTerugblik(_ d: Dossier, _ vandaag: Datum, _ v: inout Vlak, into buffer: inout Buffer) {
        let regels = Self.terugblikRegels(d)
        if regels.isEmpty { v.regel("Er staan nog geen doelen in het plan.", .muted, into: &buffer); return }
        let eerste = max(0, min(rij - v.over / 2, regels.count - v.over))
        for (n, r) in regels.enumerated().dropFirst(eerste) {
            let hier = n == rij
            let doel = d.plan.doelen[r.doel]
            let tekst: String
            if let a = r.actie {
                let actie = doel.acties[a]
                tekst = "    \(actie.isGedaan(vandaag: vandaag) ? "[x]" : "[ ]") \(d.naam(van: actie.wie)): \(actie.wat)"
                    + actie.datumdeel(vandaag: vandaag)
            } else {
                tekst = "\(r.doel + 1). \(doel.omschrijving) · \(doel.status.tekst)"
            }
            v.enkel((hier ? "▸ " : "  ") + tekst, hier ? .selection : (r.actie == nil ? .label : .text), into: &buffer, vol: hier)
        }
    }

    private func tekenDoelen(_ d: Dossier, _ vandaag: Datum, _ v: inout Vlak, into buffer: inout Buffer) {
        var regels: [(String, Role, Bool)] = []
        for (i, doel) in d.plan.doelen.enumerated() {
            regels.append(("\(i == rij ? "▸" : " ") \(i + 1). \(doel.omschrijving)", i == rij ? .selection : .label, i == rij))
            for a in doel.acties {
                regels.append(("      \(d.naam(van: a.wie)): \(a.wat)" + a.datumdeel(vandaag: vandaag), .text, false))
            }
        }
        let nieuw = rij >= d.plan.doelen.count
        regels.append(("\(nieuw ? "▸" : " ") + Nieuw doel", nieuw ? .selection : .muted, nieuw))
        let gekozenRegel = regels.firstIndex { $0.2 } ?? 0
        let eerste = max(0, min(gekozenRegel - v.over / 2, regels.count - v.over))
        for (tekst, role, hier) in regels.dropFirst(eerste) { v.enkel(tekst, role, into: &buffer, vol: hier) }
    }

    private func tekenVolgend(_ l: Lopend, _ d: Dossier, _ omgeving: Werkomgeving, _ v: inout Vlak, into buffer: inout Buffer) -> Point? {
        if let al = Self.alGepland(l, d) {
            v.regel("Al gepland: \(Startkeuze.beschrijf(al)). Dat telt als volgend overleg. Een andere datum of tijd "
                    + "hieronder verplaatst dat overleg; er komt geen tweede bij.", .label, into: &buffer, maxRegels: 3)
        } else if Self.volgendOverleg(l, d) == nil, let al = d.volgendGepland(na: l.overleg.id, vandaag: omgeving.vandaag) {
            v.regel("Al gepland: \(Startkeuze.beschrijf(al)). Dat telt als volgend overleg.", .label, into: &buffer, maxRegels: 2)
        }
        if let reden = l.verloop.geenVolgendOverleg {
            v.regel("Geen volgend overleg: \(reden.singleLine)", .label, into: &buffer, maxRegels: 2)
        }
        var cursor: Point?
        for (i, veld) in [volgend.datum, volgend.tijd, volgend.plaats].enumerated() {
            guard v.over > 0 else { break }
            let rij = Rect(x: v.area.x, y: v.y, width: min(v.area.width, 50), height: 1)
            let c = veld.render(into: &buffer, area: rij, focused: volgend.veld == i)
            if volgend.veld == i { cursor = c }
            v.leeg()
        }
        if let probleem = volgend.probleem { v.regel("! " + probleem, .invalid, into: &buffer) }
        v.leeg()
        let geen = Pagina.toets(OverlegActie.geenVolgend, omgeving.keymap)
        let k = omgeving.keymap
        v.regel("\(k.name(AppActie.volgende)) volgend veld · \(k.name(OverlegActie.bewaar)) \(Self.alGepland(l, d) == nil ? "plannen" : "verplaatsen") · \(geen) geen volgend overleg (met reden)",
                .muted, into: &buffer)
        return cursor
    }

    private func tekenAfsluiten(_ l: Lopend, _ d: Dossier, _ omgeving: Werkomgeving, _ v: inout Vlak, into buffer: inout Buffer) {
        if let volgend = d.volgendGepland(na: l.overleg.id, vandaag: omgeving.vandaag) {
            v.regel("[x] Volgend overleg: \(Startkeuze.beschrijf(volgend))", .checked, into: &buffer)
        } else if let reden = l.verloop.geenVolgendOverleg {
            v.regel("[x] Geen volgend overleg: \(reden.singleLine)", .checked, into: &buffer)
        } else {
            v.regel("[ ] Volgend overleg: nog niet gepland en geen reden (stap Volgend overleg)", .warning, into: &buffer)
        }
        let namen = d.aanwezigeNamen(l.overleg)
        v.regel(namen.isEmpty ? "[ ] Aanwezig: niemand" : "[x] Aanwezig: " + namen.joined(separator: ", "),
                namen.isEmpty ? .warning : .checked, into: &buffer, maxRegels: 2)
        for punt in d.sluitaandachtspunten(l.overleg.id) { v.regel("! " + punt, .warning, into: &buffer) }
        v.leeg()
        let toets = Pagina.toets(OverlegActie.afsluiten, omgeving.keymap)
        if d.sluitproblemen(l.overleg.id, vandaag: omgeving.vandaag).isEmpty {
            v.regel("Bedank iedereen. \(toets) of \(omgeving.keymap.name(OverlegActie.bewaar)) sluit het overleg af: het plan wordt vastgesteld als versie van "
                    + "\(omgeving.vandaag.tekst), met wie er waren.", .text, into: &buffer)
        } else {
            v.regel("Eerst het volgende overleg plannen, of met \(Pagina.toets(OverlegActie.geenVolgend, omgeving.keymap)) zeggen waarom niet.",
                    .muted, into: &buffer)
        }
    }

    private func tekenVerantwoordelijkheid(_ d: Dossier, _ v: inout Vlak, into buffer: inout Buffer) {
        v.regel("De acties en afspraken voeren klant, gezin, familie, vrienden en professionals zelf uit.", .text, into: &buffer)
        let casus = d.casusregisseurs.map(\.naam).joined(separator: ", ")
        v.regel("Casusregie, de dagelijkse ondersteuning: " + (casus.isEmpty ? "nog niemand vastgelegd" : casus), .text, into: &buffer)
        let proces = d.procesregisseurs.map(\.naam).joined(separator: ", ")
        v.regel("Procesregie, de samenwerking en vastlopen oplossen: " + (proces.isEmpty ? "nog niemand vastgelegd" : proces),
                .text, into: &buffer)
    }

    private func tekenAgendaStap(_ l: Lopend, _ v: inout Vlak, into buffer: inout Buffer) {
        let minuten = Overlegagenda.minuten(l.stappen)
        let einde = Tijdstip(seconden: l.verloop.begin.seconden + minuten * 60)
        v.regel("Begonnen om \(l.verloop.begin.klokTekst) · \(l.stappen.count) stappen · \(minuten) minuten · klaar rond \(einde.klokTekst).",
                .label, into: &buffer)
        v.regel("Vraag de klant om de aanleiding en het doel te vertellen, noem de agenda en de tijd, en vraag of iedereen meedoet.",
                .text, into: &buffer)
    }

    private func tekenAanwezigen(_ l: Lopend, _ d: Dossier, _ omgeving: Werkomgeving, _ v: inout Vlak, into buffer: inout Buffer) {
        v.enkel("Aanwezig:", .label, into: &buffer)
        for p in l.volgorde(d) {
            let rol = p.rol.isEmpty ? Startkeuze.soortTekst(p.soort) : "\(Startkeuze.soortTekst(p.soort)), \(p.rol)"
            v.enkel("  \(p.naam) (\(rol))", .text, into: &buffer)
        }
        v.leeg()
        v.regel("Komt er iemand bij die nog niet in het dossier staat? \(Pagina.toets(OverlegActie.persoon, omgeving.keymap)) voegt toe.",
                .muted, into: &buffer)
    }
}
