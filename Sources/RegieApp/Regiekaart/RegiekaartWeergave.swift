import RegieDomain
import Screen

/// Drawing the regiekaart: the parts as tabs on top, the part's page, a line of keys.
extension RegiekaartScherm {
    public func render(_ dossier: Dossier, omgeving: Werkomgeving, into buffer: inout Buffer, area: Rect) -> Point? {
        guard !area.isEmpty else { return nil }
        let m = omgeving.methode
        let wijzig = Self.toets(RegiekaartActie.wijzigen, in: omgeving.keymap)
        let titel = "Regiekaart · " + (plaatsing != nil ? "eerste niveau bepalen"
            : dossier.proces.niveau.map { "huidig niveau \($0)" } ?? "nog geen niveau")
        let binnen = Panel(title: titel).render(into: &buffer, area: area, focused: dialoog == nil)
        guard binnen.height >= 1, binnen.width >= 1 else { return nil }
        if plaatsing == nil {
            _ = Tabs(titles: Deel.allCases.map(\.titel), selected: deel.rawValue).render(into: &buffer, area: binnen.row(0), focused: false)
        }
        var inhoud = binnen.inset(top: plaatsing != nil ? 0 : binnen.height >= 12 ? 2 : 1)
        if inhoud.height >= 3 {
            let voet: Rect
            (inhoud, voet) = inhoud.splitBottom(1)
            buffer.write(voetTekst(omgeving.keymap), x: voet.x, y: voet.y, role: .muted, clip: voet)
        }
        if let plaatsing {
            plaatsing.teken(m.regiekaart, Self.eersteVoorstel(plaatsing, dossier, m),
                            vastleggen: Self.toets(PlaatsingActie.vastleggen, in: omgeving.keymap), gekozen: dialoog == nil,
                            into: &buffer, area: inhoud)
        } else {
            tekenDeel(dossier, m, omgeving.keymap, vandaag: omgeving.vandaag, wijzig: wijzig, into: &buffer, area: inhoud)
        }
        switch dialoog {
        case .kiezen(let kiezer):
            kiezer.render(into: &buffer, screen: area, keymap: omgeving.keymap)
            return nil
        case .reden(let vraag, _):
            return vraag.render(into: &buffer, screen: area, keymap: omgeving.keymap)
        case .formulier(let formulier, _):
            return formulier.render(into: &buffer, area: area, focused: true)
        case nil:
            return nil
        }
    }

    func tekenDeel(_ dossier: Dossier, _ m: Methode, _ keymap: Keymap, vandaag: Datum, wijzig: String, into buffer: inout Buffer, area inhoud: Rect) {
        switch deel {
        case .niveau: tekenNiveau(dossier, m, into: &buffer, area: inhoud)
        case .schalen: tekenSchalen(dossier, m, keymap, vandaag: vandaag, into: &buffer, area: inhoud)
        case .voorstel:
            Tekstpagina.teken(Self.voorstelPagina(dossier, m, w: wijzig), gekozen: nil, scroll: scroll[.voorstel] ?? 0,
                              stand: standen[.voorstel]!, into: &buffer, area: inhoud)
        case .geschiedenis:
            Tekstpagina.teken(Self.geschiedenis(dossier, m, w: wijzig), gekozen: nil, scroll: scroll[.geschiedenis] ?? 0,
                              stand: standen[.geschiedenis]!, into: &buffer, area: inhoud)
        }
    }

    /// The first key of an action as the user's keymap has it, arrows as arrows.
    static func toets<A: KeyAction>(_ actie: A, in keymap: Keymap) -> String {
        switch keymap[actie]?.keys.first {
        case .left: "←"
        case .right: "→"
        case let k?: k.description
        case nil: "?"
        }
    }

    /// The keys of the part, as the user's keymap has them.
    func voetTekst(_ keymap: Keymap) -> String {
        func t<A: KeyAction>(_ actie: A) -> String { Self.toets(actie, in: keymap) }
        let wijzig = "\(t(RegiekaartActie.wijzigen)): niveau wijzigen"
        if plaatsing != nil {
            return "↑↓: kiezen · \(t(PlaatsingActie.kiezen)): deze beschrijving · \(t(PlaatsingActie.vastleggen)): niveau vastleggen · \(t(PlaatsingActie.stoppen)): stoppen"
        }
        switch deel {
        case .niveau:
            return "\(t(RegiekaartActie.vorigNiveau))/\(t(RegiekaartActie.volgendNiveau)): ander niveau · \(t(RegiekaartActie.huidigNiveau)): huidig · \(wijzig) · \(t(RegiekaartActie.volgendDeel)): volgend deel"
        case .schalen:
            return "\(t(RegiekaartActie.ja)): ja · \(t(RegiekaartActie.nee)): nee · \(t(RegiekaartActie.onbekend)): onbekend · \(t(RegiekaartActie.wisselen)): wisselen · "
                + "\(t(RegiekaartActie.eerdere)): eerdere · \(t(RegiekaartActie.wijzigen)): wijzigen"
        case .voorstel, .geschiedenis:
            return "↑↓ PgUp PgDn: lezen · \(wijzig) · \(t(RegiekaartActie.escaleren)): escaleren · \(t(RegiekaartActie.volgendDeel)): volgend deel"
        }
    }

    // MARK: Niveau

    func tekenNiveau(_ d: Dossier, _ m: Methode, into buffer: inout Buffer, area: Rect) {
        guard !area.isEmpty else { return }
        guard let nummer = getoond(d, m), let niveau = m.niveau(nummer) else {
            buffer.write("De regiekaart van de methode heeft geen niveaus.", x: area.x, y: area.y, role: .warning, clip: area)
            return
        }
        let isHuidig = nummer == d.proces.niveau
        let kop = area.row(0)
        var x = kop.x
        if isHuidig {
            x += buffer.write("[huidig] ", x: x, y: kop.y, role: .success, clip: kop)
        } else {
            x += buffer.write("[bekijken] ", x: x, y: kop.y, role: .warning, clip: kop)
        }
        x += buffer.write(niveau.naam, x: x, y: kop.y, role: .title, clip: kop)
        if !isHuidig {
            let nu = d.proces.niveau.map { " (het huidige niveau is \($0))" } ?? " (er is nog geen niveau bepaald)"
            buffer.write(nu, x: x, y: kop.y, role: .muted, clip: kop)
        }
        guard area.height >= 3 else { return }
        let nummers = m.regiekaart.niveaus.map(\.niveau).sorted()
        let titels = nummers.map { $0 == d.proces.niveau ? "\($0) huidig" : "\($0)" }
        let strook = area.row(1)
        let label = "Niveaus: "
        buffer.write(label, x: strook.x, y: strook.y, role: .label, clip: strook)
        _ = Tabs(titles: titels, selected: nummers.firstIndex(of: nummer) ?? 0)
            .render(into: &buffer, area: strook.inset(left: label.displayWidth), focused: false)
        let pagina = area.inset(top: area.height >= 8 ? 3 : 2)
        Tekstpagina.teken(Self.beschrijving(niveau, isHuidig: isHuidig, d, m), gekozen: nil, scroll: scroll[.niveau] ?? 0,
                          stand: standen[.niveau]!, into: &buffer, area: pagina)
    }

    static let labelBreedte = 20

    static func veld(_ label: String, _ tekst: String, rol: Role = .text) -> Tekstblok {
        Tekstblok(tekst, rol: rol, voor: label.padded(toColumns: labelBreedte), voorRol: .label)
    }

    static func beschrijving(_ n: Niveau, isHuidig: Bool, _ d: Dossier, _ m: Methode) -> [Tekstblok] {
        func regie(_ r: RegieInvulling) -> String { r.wie + (r.profiel.map { " (competentieprofiel \($0.rawValue))" } ?? "") }
        var blokken = [
            Tekstblok(n.omschrijving),
            .wit,
            Tekstblok("Situatie", rol: .title),
            veld("Draagkracht", n.situatie.draagkracht),
            veld("Zelfredzaamheid", n.situatie.zelfredzaamheid),
            veld("Zorgen", n.situatie.zorgen),
            veld("Hulp", n.situatie.hulp),
            .wit,
            Tekstblok("Regie", rol: .title),
            veld("Casusregie", regie(n.casusregie)),
            veld("Procesregie", regie(n.procesregie)),
            .wit,
            Tekstblok("Wie doen mee", rol: .title),
            veld("Ingezet", n.inzet.joined(separator: ", ")),
            veld("In overleg met", n.consultatie.joined(separator: ", ")),
            veld("Verantwoordelijk", n.operationeel),
            .wit,
            Tekstblok("Plannen", rol: .title),
            veld("Ondersteuningsplan", vereist(n.plannen.ondersteuningsplan)),
            veld("Veiligheidsplan", vereist(n.plannen.veiligheidsplan) + (isHuidig ? veiligheidsplanStand(n, d) : "")),
        ]
        let escalaties = m.regiekaart.escalaties(bij: n.niveau)
        if !escalaties.isEmpty {
            blokken += [.wit, Tekstblok("Escaleren (het niveau blijft)", rol: .title)]
            blokken += escalaties.map { Tekstblok($0.wanneer, voor: "Naar \($0.naam): ", voorRol: .label) }
        }
        if isHuidig {
            blokken += [
                .wit,
                Tekstblok("Op- en afschalen", rol: .title),
                Tekstblok("Bij dit niveau horen \(n.opschalen.count) opschaal- en \(n.afschalen.count) afschaalcriteria. "
                          + "Beantwoord ze bij Op- en afschalen; daar staat ook welk niveau ze voorstellen."),
            ]
        }
        return blokken + naslag(n, isHuidig: isHuidig, d, m)
    }

    /// Whether this dossier has the veiligheidsplan the level asks for.
    static func veiligheidsplanStand(_ n: Niveau, _ d: Dossier) -> String {
        guard n.plannen.veiligheidsplan == .verplicht else { return "" }
        guard let vp = d.veiligheidsplan else { return " — ! in dit dossier is er nog geen" }
        return vp.isOndertekend ? " — in dit dossier: aanwezig en ondertekend" : " — ! in dit dossier nog niet ondertekend"
    }

    // MARK: Op- en afschalen

    func tekenSchalen(_ d: Dossier, _ m: Methode, _ keymap: Keymap, vandaag: Datum, into buffer: inout Buffer, area: Rect) {
        guard !area.isEmpty else { return }
        guard let n = Self.huidig(d, m), let voorstel = Self.voorstel(d, m) else {
            let tekst = d.proces.niveau.map { "Niveau \($0) staat niet in de regiekaart van de methode. Kies een ander niveau met \(Self.toets(RegiekaartActie.wijzigen, in: keymap))." }
                ?? "Er is nog geen niveau bepaald. Bekijk de niveaus bij Niveau en leg het niveau vast met \(Self.toets(RegiekaartActie.wijzigen, in: keymap)); daarna staan hier de vragen om op of af te schalen."
            Tekstpagina.teken([Tekstblok(tekst)], gekozen: nil, stand: standen[.schalen]!, into: &buffer, area: area)
            return
        }
        let voorstelBlokken = Self.voorstelBlokken(voorstel, n, m)
        let voorstelRegels = Tekstpagina.hoogte(voorstelBlokken, breedte: area.width)
        let vak = area.height >= 8 ? min(voorstelRegels + 1, max(4, area.height * 2 / 5)) : 0
        let (vragen, onder) = area.splitBottom(vak)
        let aantal = Self.vragen(n).count
        let bij = Self.antwoordOverleg(d, bijOverleg, vandaag: vandaag)
        Tekstpagina.teken(Self.vragenPagina(n, d, eerdere: eerdereAntwoorden, bij: bij, overlegToets: Self.toets(RegiekaartActie.overleg, in: keymap)),
                          gekozen: aantal == 0 ? nil : min(vraag, aantal - 1),
                          stand: standen[.schalen]!, into: &buffer, area: vragen)
        guard vak > 0 else { return }
        let lijn = onder.row(0)
        buffer.write(String(repeating: "─", count: lijn.width), x: lijn.x, y: lijn.y, role: .border, clip: lijn)
        buffer.write(" Voorstel ", x: lijn.x + 1, y: lijn.y, role: .title, clip: lijn)
        if voorstelRegels > vak - 1 {
            let hint = " volledig bij Voorstel (\(keymap.name(RegiekaartActie.volgendDeel))) "
            buffer.write(hint, x: lijn.maxX - hint.displayWidth - 1, y: lijn.y, role: .muted, clip: lijn)
        }
        Tekstpagina.teken(voorstelBlokken, gekozen: nil, stand: Paginastand(), into: &buffer, area: onder.inset(top: 1))
    }

    static func antwoord(_ a: JaNee?) -> (String, Role) {
        switch a {
        case .ja: ("[ja ] ", .checked)
        case .nee: ("[nee] ", .text)
        case nil: ("[ ? ] ", .muted)
        }
    }

    /// When and where an answer was given: "23-11-2026, Fatima Bakker, bij het voortgangsoverleg van 23-11-2026".
    static func wanneer(_ a: Schaalantwoord, _ d: Dossier) -> String {
        guard let datum = a.datum else { return "datum onbekend (uit een ouder bestand)" }
        var tekst = datum.tekst
        if let door = a.door, !door.isEmpty { tekst += ", \(door)" }
        if let o = d.overlegOmschrijving(a.overleg) { tekst += ", bij \(o)" }
        return tekst
    }

    static func vragenPagina(_ n: Niveau, _ d: Dossier, eerdere: Bool = false, bij: String? = nil, overlegToets: String = "g") -> [Tekstblok] {
        var blokken = [Tekstblok("Een criterium geldt als al zijn uitspraken met ja zijn beantwoord. [ ? ] is nog onbekend.", rol: .muted)]
        if let o = d.overlegOmschrijving(bij) {
            blokken.append(Tekstblok("Nieuwe antwoorden horen bij \(o).", rol: .label))
            if d.lopendOverleg == nil { blokken.append(Tekstblok("\(overlegToets): een ander gehouden overleg, of geen.", rol: .muted)) }
        }
        var nummer = 0
        for (soort, criteria) in [("Opschalen", n.opschalen), ("Afschalen", n.afschalen)] {
            blokken.append(.wit)
            guard !criteria.isEmpty else {
                blokken.append(Tekstblok("\(soort): niet bij dit niveau", rol: .muted))
                continue
            }
            blokken.append(Tekstblok(soort, rol: .title))
            for (k, c) in criteria.enumerated() {
                let geldt = Regiekaart.geldt(c, antwoorden: d.proces.schaalantwoorden)
                blokken.append(Tekstblok("Criterium \(k + 1) → \(doel(c.naar))" + (geldt ? "  [geldt]" : ""),
                                         rol: geldt ? .warning : .label, inspringen: 1))
                if let t = c.naar.toelichting, !t.isEmpty { blokken.append(Tekstblok(t, rol: .muted, inspringen: 3)) }
                for v in c.voorwaarden {
                    let (voor, rol) = antwoord(d.proces.schaalantwoorden[v.id])
                    blokken.append(Tekstblok(v.tekst, voor: voor, voorRol: rol, inspringen: 3, keuze: nummer))
                    if let laatst = d.proces.laatsteSchaalantwoord(v.id), laatst.antwoord != nil || eerdere {
                        let wat = laatst.antwoord == nil ? "onbekend gemaakt: " : "beantwoord: "
                        blokken.append(Tekstblok(wat + wanneer(laatst, d), rol: .muted, inspringen: 9))
                    }
                    if eerdere {
                        for a in d.proces.eerdereSchaalantwoorden(v.id) {
                            blokken.append(Tekstblok("eerder \(a.antwoord?.tekst ?? "onbekend"): " + wanneer(a, d), rol: .muted, inspringen: 9))
                        }
                    }
                    nummer += 1
                }
            }
        }
        return blokken
    }

    /// Where a criterion leads, in words.
    static func doel(_ s: Schaaldoel) -> String {
        if !s.niveaus.isEmpty { return "naar niveau " + opsomming(s.niveaus) }
        return "escalatie naar \(s.escalatie ?? "?"), geen ander niveau"
    }

    static func opsomming(_ getallen: [Int]) -> String {
        let s = getallen.sorted().map(String.init)
        guard s.count > 1 else { return s.first ?? "" }
        return s.dropLast().joined(separator: ", ") + " of " + s.last!
    }

    // MARK: Voorstel

    static func voorstelBlokken(_ v: Niveauvoorstel, _ n: Niveau, _ m: Methode) -> [Tekstblok] {
        var blokken = [Tekstblok(v.kop, rol: v.richting == .blijven ? .title : .warning, voor: "Voorstel: ", voorRol: .label)]
        if v.mogelijk.count > 1 {
            blokken.append(Tekstblok("niveau \(opsomming(v.mogelijk)); kies wat bij de situatie past.", voor: "Mogelijk: ", voorRol: .label))
        }
        let criteria = n.opschalen + n.afschalen
        for id in v.criteria {
            guard let c = criteria.first(where: { $0.id == id }), let e = c.naar.escalatie else { continue }
            let toelichting = c.naar.toelichting.map { " " + $0 } ?? ""
            blokken.append(Tekstblok("escalatie naar \(e), geen niveauwijziging.\(toelichting)", rol: .warning,
                                     voor: "! Let op: ", voorRol: .warning))
        }
        blokken.append(Tekstblok("Waarom:", rol: .label))
        blokken += v.redenen.map { Tekstblok($0, voor: "• ") }
        return blokken
    }

    static func voorstelPagina(_ d: Dossier, _ m: Methode, w: String) -> [Tekstblok] {
        guard let n = huidig(d, m), let v = voorstel(d, m) else {
            let tekst = d.proces.niveau.map { "Niveau \($0) staat niet in de regiekaart van de methode; kies een ander niveau met \(w)." }
                ?? "Er is nog geen voorstel: leg eerst het niveau vast met \(w)."
            return [Tekstblok(tekst)]
        }
        let vragen = vragen(n)
        let antwoorden = vragen.compactMap { d.proces.schaalantwoorden[$0.id] }
        let ja = antwoorden.filter { $0 == .ja }.count
        var blokken = [
            Tekstblok("\(antwoorden.count) van \(vragen.count) uitspraken van \(n.naam.lowercased()) beantwoord (ja: \(ja), nee: \(antwoorden.count - ja)).",
                      rol: .muted),
            .wit,
        ]
        blokken += voorstelBlokken(v, n, m)
        if v.richting != .blijven {
            blokken += [.wit, Tekstblok("Het voorstel verandert niets vanzelf. Neemt u het over, leg het dan vast met \(w), met een reden.", rol: .muted)]
        }
        return blokken
    }

    // MARK: Geschiedenis

    static func geschiedenis(_ d: Dossier, _ m: Methode, w: String) -> [Tekstblok] {
        let lijst = d.proces.niveaugeschiedenis
        let escalaties = d.proces.escalaties
        guard !lijst.isEmpty || !escalaties.isEmpty else {
            return [Tekstblok("Nog geen niveauwijzigingen vastgelegd. Met \(w) legt u het niveau vast, met een reden.")]
        }
        var telling = "\(lijst.count) wijziging\(lijst.count == 1 ? "" : "en")"
        if !escalaties.isEmpty { telling += " en \(escalaties.count) escalatie\(escalaties.count == 1 ? "" : "s")" }
        var blokken = [Tekstblok(telling + ", de nieuwste eerst.", rol: .muted), .wit]
        for g in d.proces.niveauverloop.reversed() {
            switch g {
            case .wijziging(let w):
                let stap = w.van == w.naar ? "niveau \(w.naar) gehouden" : w.van.map { "niveau \($0) → \(w.naar)" } ?? "niveau \(w.naar) vastgesteld"
                blokken.append(Tekstblok("\(w.datum.tekst)  \(stap)  door \(w.door)", rol: .title))
                blokken.append(Tekstblok(w.reden, voor: "Reden: ", voorRol: .label, inspringen: 2))
                if !w.criteria.isEmpty {
                    blokken.append(Tekstblok(w.criteria.map { criteriumNaam($0, m) }.joined(separator: "; "), rol: .muted,
                                             voor: "Op grond van: ", voorRol: .label, inspringen: 2))
                }
                if let situatie = w.situatie, !situatie.isEmpty {
                    blokken.append(Tekstblok(situatie.map { "\($0.aspect.naam.lowercased()) \(Regiekaart.zonderPuntTekst($0.tekst))" }
                                                .joined(separator: "; "), rol: .muted, voor: "Situatie: ", voorRol: .label, inspringen: 2))
                }
                if let o = d.overlegOmschrijving(w.overleg) {
                    blokken.append(Tekstblok(o, rol: .muted, voor: "Bij: ", voorRol: .label, inspringen: 2))
                }
            case .escalatie(let e):
                let niveau = e.niveau.map { " op niveau \($0)" } ?? ""
                blokken.append(Tekstblok("\(e.datum.tekst)  \(e.omschrijving(m.regiekaart))\(niveau)  door \(e.door)", rol: .warning))
                blokken.append(Tekstblok(e.reden, voor: "Reden: ", voorRol: .label, inspringen: 2))
                if let o = d.overlegOmschrijving(e.overleg) {
                    blokken.append(Tekstblok(o, rol: .muted, voor: "Bij: ", voorRol: .label, inspringen: 2))
                }
            }
            blokken.append(.wit)
        }
        return blokken
    }

    /// "opschalen, criterium 1 van niveau 2" for "n2.op.1"; the id when the method no longer has it.
    static func criteriumNaam(_ id: String, _ m: Methode) -> String {
        for n in m.regiekaart.niveaus {
            if let k = n.opschalen.firstIndex(where: { $0.id == id }) { return "opschalen, criterium \(k + 1) van niveau \(n.niveau)" }
            if let k = n.afschalen.firstIndex(where: { $0.id == id }) { return "afschalen, criterium \(k + 1) van niveau \(n.niveau)" }
        }
        return id
    }
}

extension RegiekaartScherm {
    static func vereist(_ p: PlanVereiste) -> String {
        switch p {
        case .nietNodig: "niet nodig"
        case .naarBehoefte: "naar behoefte (als de klant dat wil)"
        case .verplicht: "verplicht"
        }
    }
}
