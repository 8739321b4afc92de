import RegieDomain
import Screen

/// What the keys do in each kind of step.
extension OverlegScherm {
    /// Handles a key the step knows; false when it does not.
    mutating func handleStap(_ event: Event, _ id: OverlegActie?, _ l: Lopend, _ ctx: inout SchermContext) -> Bool {
        guard let soort = l.soort else { return false }
        if soort.isRonde || soort == .schaalvraag {
            switch id {
            case .bewaar: soort == .schaalvraag ? bewaarScore(l, &ctx) : bewaarCitaat(l, &ctx)
            case .omhoog: verschuif(-1, l, ctx.dossier)
            case .omlaag: verschuif(1, l, ctx.dossier)
            case .spreker: kiesSpreker(l, ctx.dossier)
            default: return false
            }
            return true
        }
        switch soort {
        case .eerdereHulp, .analyse, .gewenstResultaat, .rondvraag:
            guard id == OverlegActie.bewaar else { return false }
            bewaarRegel(soort, l, &ctx)
        case .veiligheidsafspraken:
            let afspraken = ctx.dossier.veiligheidsplan?.afspraken ?? []
            let naleving = Self.vraagtNaleving(l)
            switch id {
            case .bewaar:
                if naleving, invoer.text.allSatisfy(\.isWhitespace), afspraken.indices.contains(rij) {
                    vraagNaleving(afspraken[rij], l, ctx)
                } else {
                    bewaarAfspraak(l, &ctx)
                }
            case .omhoog where naleving: rij = max(0, rij - 1)
            case .omlaag where naleving: rij = min(afspraken.count, rij + 1)
            default: return false
            }
        case .veiligheidsvraag:
            switch id {
            case .ja: beantwoordVeiligheid(.ja, l, &ctx)
            case .nee: beantwoordVeiligheid(.nee, l, &ctx)
            default: return false
            }
        case .niveau:
            switch id {
            case .ja: niveauPastNog(l, &ctx)
            case .nee: vraagNiveau(l, &ctx)
            default: return false
            }
        case .doelencheckEnOndertekening:
            switch id {
            case .omhoog: rij = max(0, rij - 1)
            case .omlaag: rij = min(3, rij + 1)
            case .vinkje: vinkDoelencheck(&ctx)
            case .tekenen, .spreker:
                let wie = l.volgorde(ctx.dossier).filter { $0.soort != .netwerk }
                kiezer = (Persoonkiezer(vraag: "Wie tekent het veiligheidsplan?", personen: wie, magNiemand: false), .ondertekenen)
            default: return false
            }
        case .doelenTerugblik:
            let aantal = Self.terugblikRegels(ctx.dossier).count
            switch id {
            case .omhoog: rij = max(0, rij - 1)
            case .omlaag: rij = min(max(0, aantal - 1), rij + 1)
            case .vinkje: vinkTerugblik(&ctx)
            default: return false
            }
        case .doelen:
            switch id {
            case .bewaar: bewaarDoelOfActie(l, &ctx)
            case .omhoog: rij = max(0, rij - 1)
            case .omlaag: rij = min(ctx.dossier.plan.doelen.count, rij + 1)
            default: return false
            }
        case .volgendOverleg:
            guard case .key(let key) = event else { return false }
            let app = ctx.keymap.action(for: key, AppActie.self)
            if app == .volgende || key == .down {
                volgend.veld = (volgend.veld + 1) % 3
            } else if app == .vorige || key == .up {
                volgend.veld = (volgend.veld + 2) % 3
            } else if id == .bewaar {
                bewaarVolgend(l, &ctx)
            } else {
                return false
            }
        case .afsluiten:
            guard id == OverlegActie.bewaar else { return false }
            vraagAfsluiten(l, &ctx)
        default:
            return false
        }
        return true
    }

    // MARK: One line at a time

    mutating func bewaarRegel(_ soort: Stapsoort, _ l: Lopend, _ ctx: inout SchermContext) {
        let tekst = invoer.text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !tekst.isEmpty else {
            ctx.meld(.info("Typ eerst een regel, en \(Pagina.toets(OverlegActie.bewaar, ctx.keymap))."))
            return
        }
        func erbij(_ oud: String) -> String { oud.isEmpty ? tekst : oud + "\n" + tekst }
        switch soort {
        case .eerdereHulp: ctx.dossier.plan.eerdereHulp.append(EerdereHulp(wat: tekst))
        case .analyse: ctx.dossier.plan.integraleAnalyse = erbij(ctx.dossier.plan.integraleAnalyse)
        case .gewenstResultaat: ctx.dossier.plan.gewenstResultaat = erbij(ctx.dossier.plan.gewenstResultaat)
        default: ctx.dossier.plan.overleggen[l.index].verloop?.rondvraag.append(tekst)
        }
        ctx.wijziging = nil
        invoer = Overleginvoer()
    }

    mutating func bewaarAfspraak(_ l: Lopend, _ ctx: inout SchermContext) {
        let tekst = invoer.text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !tekst.isEmpty else {
            ctx.meld(.info("Typ de afspraak: wie doet wat, waar en wanneer. \(Pagina.toets(OverlegActie.bewaar, ctx.keymap)) bewaart."))
            return
        }
        let afspraak = Veiligheidsafspraak(wat: tekst)
        var vp = ctx.dossier.veiligheidsplan ?? Veiligheidsplan()
        vp.afspraken.append(afspraak)
        ctx.dossier.veiligheidsplan = vp
        ctx.wijziging = nil
        invoer = Overleginvoer()
        rij = vp.afspraken.count
        // Who does it, where and when (l.2887), then who sees to it; Esc leaves the rest open.
        let iedereen = ctx.dossier.rondeVolgorde(aanwezigen: ctx.dossier.personen.map(\.id))
        kiezer = (Persoonkiezer(vraag: "Wie doet het?", personen: iedereen, magNiemand: true), .afspraakWie(afspraak: afspraak.id))
    }

    /// After where and when: who sees to it that the afspraak is kept.
    mutating func vraagToezicht(_ afspraak: String, _ d: Dossier) {
        guard let l = Lopend(d, methode) else { return }
        kiezer = (Persoonkiezer(vraag: "Wie ziet erop toe dat het gebeurt?", personen: l.volgorde(d), magNiemand: true),
                  .toezicht(afspraak: afspraak))
    }

    // MARK: Doelencheck and signing

    static var doelencheckPunten: [(WritableKeyPath<Doelencheck, Bool>, String)] { [
        (\.afsprakenNakomen, "Doel: ik houd mij aan de veiligheidsafspraken"),
        (\.onveiligheidOpheffen, "Doelen en acties om de onveiligheid op te heffen"),
        (\.oorzakenBehandelen, "Doelen en acties voor de oorzaken"),
        (\.herstelEnNazorg, "Doelen en acties voor herstel en nazorg"),
    ] }

    mutating func vinkDoelencheck(_ ctx: inout SchermContext) {
        var vp = ctx.dossier.veiligheidsplan ?? Veiligheidsplan()
        let pad = Self.doelencheckPunten[min(max(0, rij), 3)].0
        vp.doelencheck[keyPath: pad].toggle()
        ctx.dossier.veiligheidsplan = vp
        ctx.wijziging = nil
    }

    mutating func teken(_ id: String?, _ l: Lopend, _ ctx: inout SchermContext) {
        guard let id, let p = ctx.dossier.persoon(id) else { return }
        var vp = ctx.dossier.veiligheidsplan ?? Veiligheidsplan()
        if vp.ondertekening.contains(where: { $0.persoon == id && $0.datum == ctx.vandaag }) {
            ctx.meld(.info("\(p.naam) heeft vandaag al getekend."))
            return
        }
        let hoedanigheid: Hoedanigheid = p.soort == .gezinslid ? .klant : .professional
        vp.ondertekening.append(Ondertekening(persoon: id, naam: p.naam, hoedanigheid: hoedanigheid, datum: ctx.vandaag))
        ctx.dossier.veiligheidsplan = vp
        ctx.wijziging = nil
        ctx.meld(.success("\(p.naam) heeft getekend als \(hoedanigheid.tekst)."))
    }

    // MARK: Looking back on goals and actions

    /// The rows of the goals and their actions: (goal index, action index or nil).
    static func terugblikRegels(_ d: Dossier) -> [(doel: Int, actie: Int?)] {
        d.plan.doelen.enumerated().flatMap { i, doel in [(i, nil)] + doel.acties.indices.map { (i, $0) } }
    }

    /// Space: an action done today or open again (see `Actie.wisselGedaan`); a goal's status one further.
    mutating func vinkTerugblik(_ ctx: inout SchermContext) {
        let regels = Self.terugblikRegels(ctx.dossier)
        guard regels.indices.contains(rij) else { return }
        let (d, a) = regels[rij]
        if let a {
            // One that repeats: its latest time up to today, or the last mark taken back.
            ctx.dossier.plan.doelen[d].acties[a].wisselGedaan(vandaag: ctx.vandaag)
        } else {
            let volgorde: [DoelStatus] = [.nogNietBereikt, .bereikt, .nietBereikt]
            let i = volgorde.firstIndex(of: ctx.dossier.plan.doelen[d].status) ?? 0
            ctx.dossier.plan.doelen[d].status = volgorde[(i + 1) % volgorde.count]
        }
        ctx.wijziging = nil
    }
}
