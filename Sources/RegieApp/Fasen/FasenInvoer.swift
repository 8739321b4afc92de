import RegieDomain
import Screen

// MARK: - Handling a key

extension FasenScherm {
    public mutating func handle(_ event: Event, _ ctx: inout SchermContext) -> Handled {
        if meldcode != nil {
            let r = meldcode!.handle(event, &ctx)
            if r == .cancelled { meldcode = nil; return .consumed }
            return r
        }
        if afsluiten != nil { return handleAfsluiten(event, &ctx) }
        if bevestiging != nil { return handleBevestiging(event, &ctx) }
        if notitie != nil { return handleNotitie(event, &ctx) }
        guard case .key(let key) = event, !methode.fasen.isEmpty else { return .ignored }
        fase = min(max(0, fase), methode.fasen.count - 1)
        let acties = methode.fasen[fase].alleActies
        actie = min(max(0, actie), max(0, acties.count - 1))

        switch key {
        case .up, .down, .home, .end:
            if focus == .fasen {
                kiesFase(Pagina.stap(key, fase, methode.fasen.count), ctx.dossier)
            } else {
                actie = Pagina.stap(key, actie, acties.count)
            }
            return .consumed
        default:
            break
        }
        switch ctx.keymap.binding(for: key, scopes: ["fasen"])?.id {
        case "fasen.afvinken": vink(&ctx)
        case "fasen.notitie": openNotitie(&ctx)
        case "fasen.huidig": maakHuidig(&ctx)
        case "fasen.meldcode": meldcode = MeldcodeScherm(ctx.dossier, methode)
        case "fasen.afsluiten": openAfsluiten(&ctx)
        case "fasen.heropenen": openHeropenen(&ctx)
        case "fasen.volgende": kiesFase(min(fase + 1, methode.fasen.count - 1), ctx.dossier)
        case "fasen.vorige": kiesFase(max(fase - 1, 0), ctx.dossier)
        case "fasen.naarLijst": focus = .fasen
        case "fasen.naarActies": focus = .acties
        case "fasen.wissel": focus = focus == .fasen ? .acties : .fasen
        default: return .ignored
        }
        return .consumed
    }

    /// Selects phase `n` and its first action that is not ticked.
    mutating func kiesFase(_ n: Int, _ d: Dossier) {
        guard n != fase else { return }
        fase = n
        actie = methode.fasen[n].alleActies.firstIndex { !d.proces.isAfgevinkt($0.id, methode) } ?? 0
    }

    var gekozenActie: FaseActie? {
        guard methode.fasen.indices.contains(fase) else { return nil }
        let acties = methode.fasen[fase].alleActies
        return acties.indices.contains(actie) ? acties[actie] : nil
    }

    private mutating func vink(_ ctx: inout SchermContext) {
        guard focus == .acties, let a = gekozenActie else {
            focus = .acties
            ctx.meld(.info("Kies een actie om af te vinken."))
            return
        }
        if let gedaan = ctx.dossier.proces.afvinking(a.id, methode) {
            let wat = gedaan.notitie.isEmpty ? "de datum en de naam" : "de datum, de naam en de notitie"
            let vraag = "Afvinking weghalen van \"\(a.tekst.singleLine.truncated(toColumns: 60))\"? Dan gaan \(wat) weg."
            bevestiging = (ConfirmDialog(question: vraag, title: "Afvinking weghalen"), a.id)
            return
        }
        guard ctx.omgeving.gebruiker != nil else {
            ctx.vraag(.vraagGebruiker)  // the program asks once, then sends this key again
            return
        }
        ctx.dossier.proces.vinkAf(a.id, methode, datum: ctx.vandaag, door: ctx.omgeving.door)
        ctx.wijziging = nil
    }

    private mutating func handleBevestiging(_ event: Event, _ ctx: inout SchermContext) -> Handled {
        guard let (begin, id) = bevestiging else { return .ignored }
        var dialoog = begin
        switch dialoog.handle(event) {
        case .submitted:
            bevestiging = nil
            if dialoog.confirmed {
                ctx.dossier.proces.haalAfvinkingWeg(id, methode)
                ctx.wijziging = nil
                ctx.meld(.info("Afvinking weggehaald. C-z zet haar terug."))
            }
        case .cancelled:
            bevestiging = nil
        default:
            bevestiging = (dialoog, id)
        }
        return .consumed
    }

    private mutating func openNotitie(_ ctx: inout SchermContext) {
        guard focus == .acties, let a = gekozenActie else {
            focus = .acties
            ctx.meld(.info("Kies een actie voor de notitie."))
            return
        }
        guard let gedaan = ctx.dossier.proces.afvinking(a.id, methode) else {
            ctx.meld(.info("Een notitie hoort bij een afgevinkte actie: vink haar eerst af met \(Pagina.toets("fasen.afvinken", ctx.keymap))."))
            return
        }
        let titel = gedaan.notitie.isEmpty ? "Notitie toevoegen" : "Notitie bewerken"
        notitie = (Notitievak(titel: titel, uitleg: a.tekst.singleLine, tekst: gedaan.notitie), a.id)
    }

    private mutating func handleNotitie(_ event: Event, _ ctx: inout SchermContext) -> Handled {
        guard let (begin, id) = notitie else { return .ignored }
        var vak = begin
        let uitkomst = vak.handle(event)
        notitie = (vak, id)
        switch uitkomst {
        case .bezig: break
        case .editor(let tekst): ctx.vraag(.editor(tekst))
        case .gestopt: notitie = nil
        case .klaar(let tekst):
            notitie = nil
            guard ctx.dossier.proces.zetNotitie(tekst, bij: id, methode) else {
                ctx.meld(.warning("De actie is intussen niet meer afgevinkt; de notitie is niet bewaard."))
                return .consumed
            }
            ctx.wijziging = nil
            ctx.vraag(.bewaarNu)
        }
        return .consumed
    }

    private mutating func maakHuidig(_ ctx: inout SchermContext) {
        let f = methode.fasen[fase]
        guard ctx.dossier.proces.fase != f.id else {
            ctx.meld(.info("Fase \(f.id) is al de huidige fase."))
            return
        }
        ctx.dossier.proces.fase = f.id
        ctx.wijziging = nil
        ctx.meld(.success("Fase \(f.id) \(f.naam) is nu de huidige fase."))
    }
}
