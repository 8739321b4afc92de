import RegieDomain
import Screen

/// The running overleg: moving through the steps, the keys every step shares, and handing
/// the rest to the step.
extension OverlegScherm {
    mutating func handleLopend(_ event: Event, _ ctx: inout SchermContext) -> Handled {
        start = nil
        guard var l = Lopend(ctx.dossier, methode) else { return .ignored }
        // A step that is no longer taken (the safety answer changed) hands the clock on.
        if l.stap.id != l.verloop.huidigeStap {
            let nu = ctx.omgeving.tijdstip
            ctx.dossier.plan.overleggen[l.index].verloop?.ga(naar: l.stap.id, nu: nu)
            guard let nieuw = Lopend(ctx.dossier, methode) else { return .ignored }
            l = nieuw
        }
        if stapId != l.stap.id { betreed(l, ctx.dossier) }
        if kiezer != nil { return handleKiezer(event, l, &ctx) }
        if vraag != nil { return handleVraag(event, l, &ctx) }
        if bevestiging != nil { return handleBevestiging(event, l, &ctx) }
        if ctx.keymap.matches(event, DossierActie.terug) { return handleEsc(l, &ctx) }
        escGewaarschuwd = false

        let soort = l.soort
        // Printable keys and paste belong to the step's text field, before any binding.
        if Self.heeftTekstveld(soort), Self.isTekst(event) { return typ(event, soort, &ctx) }
        switch actie(event, OverlegActie.self, ctx.keymap) {
        case .volgende: naarStap(l.positie + 1, l, &ctx)
        case .vorige: naarStap(l.positie - 1, l, &ctx)
        case .afsluiten:
            if soort == .afsluiten {
                vraagAfsluiten(l, &ctx)
            } else {
                let doel = l.stappen.lastIndex { $0.stapsoort == .afsluiten } ?? l.stappen.count - 1
                naarStap(doel, l, &ctx)
            }
        case .persoon: nieuwePersoon = NieuwePersoon(voorAanwezigen: false)
        case .geenVolgend:
            vraag = (Tekstvraag(titel: Self.geenVolgendTitel, uitleg: "Waarom wordt er nu geen volgend overleg gepland?",
                                tekst: l.verloop.geenVolgendOverleg ?? ""), .geenVolgend)
        case .veiligheidsplan: naarVeiligheidsplan(l, &ctx)
        case .editor: openEditor(soort, &ctx)
        case .annuleren: vraagAnnuleren(l, &ctx)
        case let id:
            if handleStap(event, id, l, &ctx) { return .consumed }
            if Self.heeftTekstveld(soort) { return typ(event, soort, &ctx) }
            return .ignored
        }
        return .consumed
    }

    /// Fresh state for the step that is now current.
    mutating func betreed(_ l: Lopend, _ d: Dossier) {
        stapId = l.stap.id
        nieuweStap()
        switch l.soort {
        case .doelen: rij = d.plan.doelen.count
        case .veiligheidsafspraken: rij = Self.eersteOnbesproken(l, d)
        case .volgendOverleg: volgend.vul(Self.planbaar(l, d))
        default: break
        }
    }

    mutating func nieuweStap() {
        invoer = Overleginvoer()
        aangeboden = nil
        rij = 0
        escGewaarschuwd = false
        volgend = VolgendInvoer()
    }

    static func heeftTekstveld(_ soort: Stapsoort?) -> Bool {
        guard let soort else { return false }
        if soort.isRonde { return true }
        switch soort {
        case .schaalvraag, .eerdereHulp, .analyse, .gewenstResultaat, .rondvraag, .veiligheidsafspraken, .doelen, .volgendOverleg: return true
        default: return false
        }
    }

    static func isTekst(_ event: Event) -> Bool {
        switch event {
        case .paste: return true
        case .key(.character(let c)):
            guard let v = c.unicodeScalars.first?.value else { return false }
            return v >= 0x20 && !(0x7F..<0xA0).contains(v)
        default: return false
        }
    }

    /// A key for the step's text field (the focused one of the next overleg's three). A
    /// paste or a character that would make the text too long is refused with a message;
    /// nothing is cut.
    mutating func typ(_ event: Event, _ soort: Stapsoort?, _ ctx: inout SchermContext) -> Handled {
        let r: Handled
        if soort == .volgendOverleg {
            r = volgend.handle(event)
        } else {
            if let melding = invoer.limietprobleem(event) {
                ctx.meld(.error(melding))
                return .consumed
            }
            r = invoer.handle(event)
            if r == .wantsEditor { openEditor(soort, &ctx) }
        }
        return r == .ignored ? .ignored : .consumed
    }

    /// The step's text in $EDITOR (for a long quote); it comes back in `editorKlaar`.
    func openEditor(_ soort: Stapsoort?, _ ctx: inout SchermContext) {
        guard Self.heeftTekstveld(soort), soort != .volgendOverleg else {
            ctx.meld(.info("In deze stap is geen tekst om in de editor te schrijven."))
            return
        }
        ctx.vraag(.editor(invoer.text))
    }

    /// Whether typed words would be lost by leaving the step.
    func onbewaard(_ l: Lopend, _ d: Dossier) -> Bool {
        l.soort == .volgendOverleg ? volgend.onbewaard(Self.planbaar(l, d)) : !invoer.isEmpty
    }

    /// Esc with words not yet kept warns first, and throws them away the second time; with
    /// nothing typed it is the program's (back to the overview; the overleg keeps running).
    mutating func handleEsc(_ l: Lopend, _ ctx: inout SchermContext) -> Handled {
        guard onbewaard(l, ctx.dossier) else { return .ignored }
        if !escGewaarschuwd {
            escGewaarschuwd = true
            ctx.meld(.warning(Notitievak.nogNietBewaard(ctx.keymap)))
        } else {
            escGewaarschuwd = false
            invoer = Overleginvoer()
            volgend.vul(Self.planbaar(l, ctx.dossier))
        }
        return .consumed
    }

    mutating func naarStap(_ n: Int, _ l: Lopend, _ ctx: inout SchermContext) {
        guard n != l.positie else { return }
        if onbewaard(l, ctx.dossier) {
            ctx.meld(.warning(Self.nietBewaardTekst(ctx.keymap)))
            return
        }
        guard l.stappen.indices.contains(n) else {
            let afsluiten = Pagina.toets(OverlegActie.afsluiten, ctx.keymap)
            ctx.meld(.info(n < 0 ? "Dit is de eerste stap." : "Dit is de laatste stap. \(afsluiten) sluit het overleg af."))
            return
        }
        let nu = ctx.omgeving.tijdstip
        ctx.dossier.plan.overleggen[l.index].verloop?.ga(naar: l.stappen[n].id, nu: nu)
        ctx.wijziging = "overleg.stap"
        if let nieuw = Lopend(ctx.dossier, methode) { betreed(nieuw, ctx.dossier) }
    }

    /// The Veiligheidsplan tab, at the place the step is about.
    func naarVeiligheidsplan(_ l: Lopend, _ ctx: inout SchermContext) {
        let vp = ctx.dossier.veiligheidsplan
        switch l.soort {
        case .veiligheidsafspraken:
            ctx.vraag(.ga(vp?.afspraken.last.map { .afspraak($0.id) } ?? .veiligheidsplan))
        case .doelencheckEnOndertekening:
            ctx.vraag(.ga(rij < 4 ? .doelencheck : .ondertekening))
        case .schaalvraag:
            ctx.vraag(.ga(vp?.schaalvragen.last.map { .schaalscore($0.id) } ?? .veiligheidsplan))
        default:
            ctx.vraag(.ga(.veiligheidsplan))
        }
    }

    // MARK: Closing

    mutating func vraagAfsluiten(_ l: Lopend, _ ctx: inout SchermContext) {
        if onbewaard(l, ctx.dossier) {
            ctx.meld(.warning(Self.nietBewaardTekst(ctx.keymap)))
            return
        }
        let problemen = ctx.dossier.sluitproblemen(l.overleg.id, vandaag: ctx.vandaag)
        guard problemen.isEmpty else {
            ctx.meld(.warning("Nog niet af te sluiten: " + problemen.joined(separator: " ")))
            return
        }
        // Closing ticks the method's actions with the user's name: ask it first (once); the
        // program then sends the same key again.
        guard ctx.omgeving.gebruiker != nil else { return ctx.vraag(.vraagGebruiker) }
        bevestiging = ConfirmDialog(question: "Het overleg afsluiten en het plan vaststellen als versie van \(ctx.vandaag.tekst)?",
                                    title: "Overleg afsluiten", yesLabel: "Ja, afsluiten", noLabel: "Nee")
        bevestigt = .afsluiten
    }

    /// Cancelling an overleg started by mistake, after a question: nothing is fixed as a
    /// version and nothing is ticked; what was written into the plan stays.
    mutating func vraagAnnuleren(_ l: Lopend, _ ctx: inout SchermContext) {
        if onbewaard(l, ctx.dossier) {
            ctx.meld(.warning(Self.nietBewaardTekst(ctx.keymap)))
            return
        }
        bevestiging = ConfirmDialog(question: "Het overleg annuleren? Er wordt geen versie vastgesteld en er wordt niets afgevinkt. "
                                        + "Wat al in het plan staat (citaten, doelen, acties, het veiligheidsplan) blijft staan.",
                                    title: "Overleg annuleren", yesLabel: "Ja, annuleren", noLabel: "Nee, doorgaan")
        bevestigt = .annuleren
    }

    /// The titles of the overleg's question boxes, which are also the keys of their drafts.
    static let geenVolgendTitel = "Geen volgend overleg"
    static let wanneerTitel = "Wanneer?"

    /// Once the overleg is over (closed or cancelled) its questions cannot be asked again:
    /// a draft of one (typed before a crash) would be announced on every opening.
    static func vergeetConcepten(_ d: inout Dossier) {
        d.vraagconcepten?[geenVolgendTitel] = nil
        d.vraagconcepten?[wanneerTitel] = nil
        if d.vraagconcepten?.isEmpty == true { d.vraagconcepten = nil }
    }

    private mutating func annuleer(_ l: Lopend, _ ctx: inout SchermContext) {
        guard ctx.dossier.annuleerOverleg(l.overleg.id) else { return }
        Self.vergeetConcepten(&ctx.dossier)
        ctx.wijziging = nil
        ctx.meld(.success("Overleg geannuleerd: er is geen versie vastgesteld en niets afgevinkt. Wat in het plan staat, blijft staan."))
        ctx.vraag(.overlegGeannuleerd)
        stapId = nil
        nieuweStap()
        gekozen = 0
    }

    mutating func handleBevestiging(_ event: Event, _ l: Lopend, _ ctx: inout SchermContext) -> Handled {
        guard var b = bevestiging else { return .consumed }
        switch b.handle(event) {
        case .submitted:
            bevestiging = nil
            guard b.confirmed else { return .consumed }
            if bevestigt == .annuleren {
                bevestigt = .afsluiten
                annuleer(l, &ctx)
                return .consumed
            }
            let namen = ctx.dossier.aanwezigeNamen(l.overleg)
            guard ctx.dossier.sluitOverleg(l.overleg.id, vandaag: ctx.vandaag, nu: ctx.omgeving.tijdstip) else {
                ctx.meld(.warning("Nog niet af te sluiten: " + ctx.dossier.sluitproblemen(l.overleg.id, vandaag: ctx.vandaag).joined(separator: " ")))
                return .consumed
            }
            Self.vergeetConcepten(&ctx.dossier)
            ctx.wijziging = nil
            let afgevinkt = ctx.dossier.vinkAfNaOverleg(l.overleg.id, agenda: l.agenda, ctx.methode, vandaag: ctx.vandaag, door: ctx.omgeving.door)
            let fasen = Set(afgevinkt.compactMap { ctx.methode.faseVan(actie: $0)?.id }).sorted()
            let vinkjes = afgevinkt.isEmpty ? ""
                : " \(afgevinkt.count == 1 ? "Eén actie" : "\(afgevinkt.count) acties") van fase \(fasen.joined(separator: " en ")) afgevinkt."
            ctx.meld(.success("Overleg afgesloten." + vinkjes))
            ctx.vraag(.stelVast(overleg: l.overleg.id, aanwezigen: namen))
            stapId = nil
            nieuweStap()
            gekozen = 0
            stelFaseVoor(na: l.overleg, ctx.dossier, ctx.methode, ctx.keymap)
        case .cancelled:
            bevestiging = nil
        default:
            bevestiging = b
        }
        return .consumed
    }

    // MARK: Person picker and questions

    mutating func handleKiezer(_ event: Event, _ l: Lopend, _ ctx: inout SchermContext) -> Handled {
        guard var k = kiezer?.kiezer, let doel = kiezer?.doel else { return .consumed }
        let uitkomst = k.handle(event, ctx.keymap)
        kiezer = (k, doel)
        switch uitkomst {
        case .bezig:
            break
        case .gestopt:
            kiezer = nil
            if case .actieWie(_, let wat) = doel { invoer.text = wat }
        case .gekozen(let id):
            kiezer = nil
            kiesPersoon(id, doel, l, &ctx)
        }
        return .consumed
    }

    private mutating func kiesPersoon(_ id: String?, _ doel: Kiesdoel, _ l: Lopend, _ ctx: inout SchermContext) {
        switch doel {
        case .spreker:
            aangeboden = id
        case .actieWie(let doelId, let wat):
            vraag = (Tekstvraag(titel: Self.wanneerTitel, uitleg: "Wanneer doet \(ctx.dossier.naam(van: id)) dit? Schrijf de datum als dd-mm-jjjj."),
                     .actieWanneer(doel: doelId, wat: wat, wie: id))
        case .toezicht(let afspraak):
            guard let i = ctx.dossier.veiligheidsplan?.afspraken.firstIndex(where: { $0.id == afspraak }) else { return }
            ctx.dossier.veiligheidsplan?.afspraken[i].toezicht = id
            ctx.wijziging = nil
        case .afspraakWie(let afspraak):
            guard let i = ctx.dossier.veiligheidsplan?.afspraken.firstIndex(where: { $0.id == afspraak }) else { return }
            ctx.dossier.veiligheidsplan?.afspraken[i].wie = id
            ctx.wijziging = nil
            vraagWaarWanneer(afspraak, ctx)
        case .ondertekenen:
            teken(id, l, &ctx)
        }
    }

    mutating func handleVraag(_ event: Event, _ l: Lopend, _ ctx: inout SchermContext) -> Handled {
        guard var v = vraag?.vraag, let doel = vraag?.doel else { return .consumed }
        let uitkomst = v.handle(event, ctx.keymap)
        vraag = (v, doel)
        switch uitkomst {
        case .bezig:
            break
        case .gestopt:
            vraag = nil
            if case .actieWanneer(_, let wat, _) = doel { invoer.text = wat }
        case .antwoord(let tekst):
            switch doel {
            case .geenVolgend:
                vraag = nil
                ctx.dossier.plan.overleggen[l.index].verloop?.geenVolgendOverleg = tekst
                ctx.wijziging = nil
                ctx.meld(.info("Vastgelegd: geen volgend overleg, omdat \(tekst.singleLine)"))
            case .actieWanneer(let doelId, let wat, let wie):
                guard let datum = Datum(invoer: tekst) else {
                    v.probleem = "Schrijf de datum als dd-mm-jjjj, bijvoorbeeld \(ctx.vandaag.plus(dagen: 14)?.tekst ?? "")."
                    vraag = (v, doel)
                    return .consumed
                }
                vraag = nil
                voegActieToe(Actie(wie: wie, wat: wat, wanneer: datum), aan: doelId, &ctx)
            }
        }
        return .consumed
    }
}
