import RegieDomain
import Screen

/// Starting an overleg: first the kind, then who is present (Space ticks, Insert adds a
/// new person to the dossier), Enter starts it.
struct Startkeuze: Equatable {
    enum Fase: Equatable { case soort, aanwezigen }

    var fase = Fase.soort
    var soort: OverlegSoort
    var aanwezig: Set<String> = []
    /// The selected row: a kind, or a person.
    var rij = 0

    init(_ dossier: Dossier, vandaag: Datum) {
        soort = dossier.gehoudenOverleggen(vandaag: vandaag).isEmpty ? .start : .voortgang
        rij = OverlegSoort.allCases.firstIndex(of: soort) ?? 0
    }

    /// Everyone of the dossier in the order of a round.
    static func personen(_ d: Dossier) -> [Persoon] { d.rondeVolgorde(aanwezigen: d.personen.map(\.id)) }

    func render(_ d: Dossier, _ omgeving: Werkomgeving, into buffer: inout Buffer, area: Rect) -> Point? {
        var regels: [(String, Role)] = []
        let titel: String
        switch fase {
        case .soort:
            titel = "Nieuw overleg: welke soort?"
            for (i, s) in OverlegSoort.allCases.enumerated() {
                let minuten = omgeving.methode.agenda(s).map { d.actieveStappen($0) }.map(Overlegagenda.minuten) ?? 0
                regels.append(("\(i == rij ? "▸" : " ") \(i + 1)  \(s.tekst.prefix(1).uppercased() + s.tekst.dropFirst()) (ongeveer \(minuten) min)",
                               i == rij ? .selection : .dialog))
            }
            let gekozen = OverlegSoort.allCases[min(rij, OverlegSoort.allCases.count - 1)]
            if let gepland = d.geplandOverleg(gekozen, vandaag: omgeving.vandaag) {
                regels.append(("", .dialog))
                regels.append(("Gepland: \(Self.beschrijf(gepland)). Dit overleg wordt dat.", .dialog))
            }
            regels.append(("", .dialog))
            let k = omgeving.keymap
            regels.append(("↑ ↓ of 1–3 kiezen · " + k.hint([(KiezerActie.kiezen, "verder"), (KiezerActie.stoppen, "stoppen")]), .muted))
        case .aanwezigen:
            titel = "Wie zijn er bij het \(soort.tekst)?"
            let personen = Self.personen(d)
            if personen.isEmpty {
                regels.append(("Er staat nog niemand in het dossier. \(omgeving.keymap.name(AanwezigActie.nieuw)) voegt iemand toe.", .dialog))
            }
            for (i, p) in personen.enumerated() {
                let vak = aanwezig.contains(p.id) ? "[x]" : "[ ]"
                let rol = p.rol.isEmpty ? Self.soortTekst(p.soort) : "\(Self.soortTekst(p.soort)), \(p.rol)"
                regels.append(("\(i == rij ? "▸" : " ") \(vak) \(p.naam) (\(rol))", i == rij ? .selection : .dialog))
            }
            regels.append(("", .dialog))
            let hint = omgeving.keymap.hint([(AanwezigActie.wissel, "aan/uit"), (AanwezigActie.nieuw, "nieuw"), (AanwezigActie.begin, "beginnen"),
                                              (KiezerActie.stoppen, "terug")])
            regels.append(("\(aanwezig.count) aanwezig · " + hint, .muted))
        }
        let breedte = min(area.width, max(titel.displayWidth + 6, (regels.map(\.0.displayWidth).max() ?? 0) + 4, 40))
        let hoogte = min(area.height, regels.count + 2)
        let box = Rect(x: area.x + (area.width - breedte) / 2, y: area.y + (area.height - hoogte) / 2, width: breedte, height: hoogte)
        let binnen = Panel(title: titel, background: .dialog).render(into: &buffer, area: box, focused: true)
        guard binnen.height > 0 else { return nil }
        // Keep the selected row in view; the last lines (the keys) show when there is room.
        let eerste = max(0, min(rij - binnen.height + 3, regels.count - binnen.height))
        for (n, (tekst, role)) in regels.dropFirst(eerste).prefix(binnen.height).enumerated() {
            buffer.write(tekst.truncated(toColumns: binnen.width), x: binnen.x, y: binnen.y + n, role: role, clip: binnen)
        }
        return nil
    }

    static func soortTekst(_ s: PersoonSoort) -> String {
        switch s {
        case .gezinslid: "gezin"
        case .netwerk: "netwerk"
        case .professional: "professional"
        case .regisseur: "regie"
        }
    }

    /// "voortgangsoverleg 07-12-2026 14:00, Wijkcentrum".
    static func beschrijf(_ o: Overleg) -> String {
        [o.soort.tekst, o.datum?.tekst, o.tijd?.tekst].compactMap { $0 }.joined(separator: " ")
            + (o.locatie.isEmpty ? "" : ", \(o.locatie.singleLine)")
    }
}

extension OverlegScherm {
    // MARK: The list of overleggen held

    mutating func handleLijst(_ event: Event, _ ctx: inout SchermContext) -> Handled {
        guard case .key(let key) = event else { return .ignored }
        if actie(event, OverleglijstActie.self, ctx.keymap) == OverleglijstActie.nieuw {
            start = Startkeuze(ctx.dossier, vandaag: ctx.vandaag)
            return .consumed
        }
        let aantal = ctx.dossier.gehoudenOverleggen(vandaag: ctx.vandaag).count
        switch key {
        case .up, .down, .home, .end:
            gekozen = Pagina.stap(key, gekozen, aantal)
            return .consumed
        default:
            return .ignored
        }
    }

    func tekenLijst(_ d: Dossier, _ omgeving: Werkomgeving, into buffer: inout Buffer, area: Rect) -> Point? {
        let (inhoud, voet) = area.height >= 6 ? area.splitBottom(1) : (area, Rect(x: area.x, y: area.maxY, width: 0, height: 0))
        let binnen = Panel(title: "Overleggen").render(into: &buffer, area: inhoud, focused: true)
        guard !binnen.isEmpty else { return nil }
        var pagina = Pagina(breedte: binnen.width)
        let nieuw = Pagina.toets(OverleglijstActie.nieuw, omgeving.keymap)
        pagina.voeg("Er loopt geen overleg. \(nieuw) begint een startoverleg, voortgangsoverleg of extra overleg: "
                    + "Regie loopt dan de agenda van de methode met u door, met een klok per stap.", role: .muted)
        if let volgend = d.volgendOverleg(vandaag: omgeving.vandaag) {
            pagina.voeg(Startkeuze.beschrijf(volgend), kop: "Gepland: ", role: .label)
        }
        pagina.leeg()
        let gehouden = d.gehoudenOverleggen(vandaag: omgeving.vandaag)
        if gehouden.isEmpty {
            pagina.voeg("Nog geen overleg gehouden.")
        } else {
            pagina.voeg("Gehouden", role: .title)
        }
        for (i, o) in gehouden.enumerated() {
            let staat = o.verloop == nil ? "" : (o.verloop?.loopt == true ? " · loopt" : " · afgesloten")
            let namen = d.aanwezigeNamen(o)
            pagina.voeg("\(o.datum?.tekst ?? "zonder datum")  \(o.soort.tekst)\(staat)", kop: i == min(gekozen, gehouden.count - 1) ? "▸ " : "  ",
                        item: i)
            pagina.voeg(namen.isEmpty ? "aanwezig: niet vastgelegd" : "aanwezig: " + namen.joined(separator: ", "), kop: "    ",
                        role: .muted, item: i)
            if let v = o.verloop, !v.loopt {
                pagina.voeg("duur \(Overlegklok.tekst(Overlegklok.totaal(v, nu: omgeving.tijdstip)))"
                            + (v.geenVolgendOverleg.map { " · geen volgend overleg: \($0.singleLine)" } ?? ""), kop: "    ", role: .muted, item: i)
            }
        }
        // Planned ones that never took place stay visible as such, newest first.
        let nietDoorgegaan = d.plan.overleggen.filter { $0.nietDoorgegaan == true }
            .sorted { ($0.datum ?? .laatste, $0.tijd?.tekst ?? "") > ($1.datum ?? .laatste, $1.tijd?.tekst ?? "") }
        if !nietDoorgegaan.isEmpty {
            pagina.leeg()
            pagina.voeg("Niet doorgegaan", role: .title)
            for o in nietDoorgegaan {
                pagina.voeg("\(o.datum?.tekst ?? "zonder datum")\(o.tijd.map { " \($0.tekst)" } ?? "")  \(o.soort.tekst) · niet doorgegaan",
                            kop: "  ", role: .muted)
            }
        }
        pagina.teken(into: &buffer, area: binnen, gekozen: gehouden.isEmpty ? nil : min(gekozen, gehouden.count - 1), markeer: false)
        let hint = "\(nieuw) nieuw overleg · ↑ ↓ bladeren"
        buffer.write(hint, x: voet.x + 1, y: voet.y, role: .muted, clip: voet)
        return nil
    }

    // MARK: Kind and attendance

    /// Keys the dialog does not use (C-q, F1, Alt-digits) stay the program's.
    mutating func handleStart(_ event: Event, _ ctx: inout SchermContext) -> Handled {
        guard var s = start, case .key(let key) = event else { return .consumed }
        defer { if start != nil { start = s } }
        let kiezer = ctx.keymap.action(for: key, KiezerActie.self)
        switch key {
        case .ctrl, .alt, .function:
            if actie(event, AanwezigActie.self, ctx.keymap) == nil && kiezer == nil { return .ignored }
        default: break
        }
        switch s.fase {
        case .soort:
            let soorten = OverlegSoort.allCases
            switch kiezer {
            case .stoppen: start = nil; return .consumed
            case .kiezen: kiesSoort(&s, ctx.dossier); return .consumed
            case nil: break
            }
            switch key {
            case .up, .down, .home, .end: s.rij = Pagina.stap(key, s.rij, soorten.count)
            case .character(let c):
                if let n = c.wholeNumberValue, (1...soorten.count).contains(n) {
                    s.rij = n - 1
                    kiesSoort(&s, ctx.dossier)
                }
            default: break
            }
        case .aanwezigen:
            let personen = Startkeuze.personen(ctx.dossier)
            switch actie(event, AanwezigActie.self, ctx.keymap) {
            case .wissel:
                if personen.indices.contains(s.rij) {
                    let id = personen[s.rij].id
                    if s.aanwezig.contains(id) { s.aanwezig.remove(id) } else { s.aanwezig.insert(id) }
                }
            case .nieuw:
                nieuwePersoon = NieuwePersoon(voorAanwezigen: true)
            case .begin:
                begin(s, &ctx)
            case nil where kiezer == .stoppen:
                // Back to the kind; who was ticked stays ticked.
                s.fase = .soort
                s.rij = OverlegSoort.allCases.firstIndex(of: s.soort) ?? 0
            case nil:
                switch key {
                case .up, .down, .home, .end, .pageUp, .pageDown:
                    s.rij = Pagina.stap(key == .pageUp ? .home : key == .pageDown ? .end : key, s.rij, personen.count)
                default: break
                }
            }
        }
        return .consumed
    }

    private func kiesSoort(_ s: inout Startkeuze, _ d: Dossier) {
        s.soort = OverlegSoort.allCases[min(s.rij, OverlegSoort.allCases.count - 1)]
        s.fase = .aanwezigen
        s.rij = 0
    }

    private mutating func begin(_ s: Startkeuze, _ ctx: inout SchermContext) {
        let volgorde = ctx.dossier.rondeVolgorde(aanwezigen: Array(s.aanwezig))
        guard !volgorde.isEmpty else {
            ctx.meld(.warning("Vink eerst aan wie er zijn (\(ctx.keymap.name(AanwezigActie.wissel)))."))
            return
        }
        guard let agenda = ctx.methode.agenda(s.soort) else {
            ctx.meld(.error("De methode heeft geen agenda voor het \(s.soort.tekst)."))
            return
        }
        guard let id = ctx.dossier.beginOverleg(s.soort, agenda: agenda, aanwezigen: volgorde.map(\.id), vandaag: ctx.vandaag,
                                                tijd: ctx.omgeving.tijdVanDag, nu: ctx.omgeving.tijdstip) else {
            ctx.meld(.error("Er loopt al een overleg, of de agenda heeft geen stappen."))
            return
        }
        start = nil
        ctx.wijziging = nil
        ctx.vraag(.bewaarNu)
        stapId = Lopend(ctx.dossier, methode)?.stap.id
        nieuweStap()
        let soort = ctx.dossier.plan.overleggen.first { $0.id == id }?.soort.tekst ?? s.soort.tekst
        ctx.meld(.success("Het \(soort) is begonnen met \(volgorde.count) aanwezigen. De klok loopt."))
    }
}
