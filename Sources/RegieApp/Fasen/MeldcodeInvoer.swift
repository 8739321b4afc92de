import RegieDomain
import Screen

// MARK: - Handling a key in the meldcode

extension MeldcodeScherm {
    /// `.cancelled` means: close the meldcode and go back to the phases.
    mutating func handle(_ event: Event, _ ctx: inout SchermContext) -> Handled {
        if dialoog != nil { return handleDialoog(event, &ctx) }
        guard case .key(let key) = event else { return .ignored }
        let lijst = items(ctx.dossier)
        gekozen = min(max(0, gekozen), lijst.count - 1)
        if [.up, .down, .home, .end].contains(key) {
            gekozen = Pagina.stap(key, gekozen, lijst.count)
            return .consumed
        }
        let item = lijst[gekozen]
        let id = ctx.keymap.action(for: key, MeldcodeActie.self)
        switch id {
        case .sluiten: return .cancelled
        case .vorige, .volgende:
            bladeren(id == .vorige ? -1 : 1, ctx.dossier, &ctx)
            return .consumed
        case nil: return .ignored
        case .afvinken, .antwoorden, .notitie, .levensbedreigend, .besluit, .nieuw: break
        }
        guard isLaatste(ctx.dossier) else {
            ctx.meld(.info("Dit is een eerdere ronde; alleen de laatste ronde kan worden aangevuld (\(Pagina.toets(MeldcodeActie.volgende, ctx.keymap)))."))
            return .consumed
        }
        switch (id!, item) {
        case (.afvinken, .stap(let s)): vinkStap(s, &ctx)
        case (.afvinken, _): ctx.meld(.info("Alleen de stappen worden afgevinkt; een vraag beantwoordt u met \(Pagina.toets(MeldcodeActie.antwoorden, ctx.keymap))."))
        case (.antwoorden, .vraag(let a)): beantwoord(a, &ctx)
        case (.antwoorden, .besluit), (.besluit, _): besluit(&ctx)
        case (.antwoorden, .stap): ctx.meld(.info("Een stap vinkt u af met \(Pagina.toets(MeldcodeActie.afvinken, ctx.keymap)); \(Pagina.toets(MeldcodeActie.notitie, ctx.keymap)) voor een notitie."))
        case (.notitie, _): openNotitie(item, &ctx)
        case (.nieuw, _): nieuweRonde(&ctx)
        case (.levensbedreigend, _): levensbedreigend(&ctx)
        default: return .ignored
        }
        return .consumed
    }

    private mutating func bladeren(_ richting: Int, _ d: Dossier, _ ctx: inout SchermContext) {
        let aantal = d.proces.meldcode.count
        guard aantal > 1 else {
            ctx.meld(.info(aantal == 0 ? "Er is nog geen ronde vastgelegd." : "Er is maar één ronde."))
            return
        }
        let nu = ronde.map { min($0, aantal - 1) } ?? aantal - 1
        let nieuw = min(max(0, nu + richting), aantal - 1)
        ronde = nieuw == aantal - 1 ? nil : nieuw
        gekozen = 0
    }

    /// Changes the latest walk, starting the first one when there is none yet.
    private func wijzig(_ ctx: inout SchermContext, _ verander: (inout Meldcodeverloop) -> Void) {
        if ctx.dossier.proces.meldcode.isEmpty { ctx.dossier.proces.meldcode.append(Meldcodeverloop()) }
        verander(&ctx.dossier.proces.meldcode[ctx.dossier.proces.meldcode.count - 1])
        ctx.wijziging = nil
    }

    /// False (and the name asked) when the user's name is not known yet: the key comes again.
    private func naamBekend(_ ctx: inout SchermContext) -> Bool {
        if ctx.omgeving.gebruiker != nil { return true }
        ctx.vraag(.vraagGebruiker)
        return false
    }

    private mutating func vinkStap(_ s: String, _ ctx: inout SchermContext) {
        let naam = meldcode.stappen.first { $0.id == s }?.naam ?? s
        if verloop(ctx.dossier).stappen.contains(where: { $0.stap == s }) {
            dialoog = .vraag(ConfirmDialog(question: "Afvinking weghalen van \"\(naam.singleLine)\"? Dan gaan de datum, de naam en de notitie weg.",
                                           title: "Afvinking weghalen"), .uitvinken(s))
            return
        }
        guard naamBekend(&ctx) else { return }
        let wie = ctx.omgeving.door
        let vandaag = ctx.vandaag
        wijzig(&ctx) { $0.stappen.append(Stapvastlegging(stap: s, datum: vandaag, door: wie)) }
    }

    private mutating func beantwoord(_ a: String, _ ctx: inout SchermContext) {
        guard let afweging = meldcode.afweging(a), naamBekend(&ctx) else { return }
        dialoog = .vraag(ConfirmDialog(question: "\(afweging.nummer). \(afweging.vraag.singleLine)",
                                       title: "Afwegingskader, vraag \(afweging.nummer)"), .antwoord(a))
    }

    private mutating func besluit(_ ctx: inout SchermContext) {
        guard naamBekend(&ctx) else { return }
        if let b = verloop(ctx.dossier).besluit {
            let tekst = meldcode.besluit(b.besluit)?.tekst.singleLine ?? b.besluit
            dialoog = .vraag(ConfirmDialog(question: "Er is al een besluit vastgelegd op \(b.datum.tekst): \(tekst) Een ander besluit in de plaats zetten?",
                                           title: "Besluit vervangen"), .besluitVervangen)
            return
        }
        dialoog = .kiezer(kiezer(ctx.dossier))
    }

    private func kiezer(_ d: Dossier) -> Besluitkiezer {
        let stand = meldcode.stand(antwoorden: verloop(d).antwoorden)
        var k = Besluitkiezer(besluiten: meldcode.besluiten, uitkomst: stand.besluit?.id)
        if stand.besluit == nil { k.waarschuwing = "Het afwegingskader is nog niet tot een besluit gekomen." }
        return k
    }

    private mutating func openNotitie(_ item: Item, _ ctx: inout SchermContext) {
        let v = verloop(ctx.dossier)
        switch item {
        case .stap(let s):
            guard let vastgelegd = v.stappen.first(where: { $0.stap == s }) else {
                ctx.meld(.info("Een notitie hoort bij een afgevinkte stap: vink haar eerst af met \(Pagina.toets(MeldcodeActie.afvinken, ctx.keymap))."))
                return
            }
            let naam = meldcode.stappen.first { $0.id == s }?.naam ?? s
            dialoog = .tekst(Notitievak(titel: "Notitie bij de stap", uitleg: naam, tekst: vastgelegd.notitie), .stap(s))
        case .vraag(let a):
            guard let antwoord = v.antwoorden.last(where: { $0.afweging == a }),
                  meldcode.stand(antwoorden: v.antwoorden).open?.id != a else {
                ctx.meld(.info("Beantwoord de vraag eerst met \(Pagina.toets(MeldcodeActie.antwoorden, ctx.keymap))."))
                return
            }
            let vraag = meldcode.afweging(a)?.vraag ?? a
            dialoog = .tekst(Notitievak(titel: "Toelichting bij '\(antwoord.antwoord.tekst)'", uitleg: vraag,
                                        tekst: antwoord.toelichting, verplicht: true), .antwoord(a))
        case .besluit:
            guard let b = v.besluit else {
                ctx.meld(.info("Er is nog geen besluit; leg het vast met \(Pagina.toets(MeldcodeActie.besluit, ctx.keymap))."))
                return
            }
            let tekst = meldcode.besluit(b.besluit)?.tekst ?? b.besluit
            dialoog = .tekst(Notitievak(titel: "Toelichting bij het besluit", uitleg: tekst, tekst: b.toelichting, verplicht: true), .besluit)
        }
    }

    /// Opens the form for the life-threatening step, filled in when it was recorded before in this walk.
    private mutating func levensbedreigend(_ ctx: inout SchermContext) {
        guard naamBekend(&ctx) else { return }
        let eerder = ctx.dossier.openMeldcode?.levensbedreigend
        dialoog = .levensbedreigend(FormDialog(
            title: "Levensbedreigende situatie",
            intro: meldcode.levensbedreigend.singleLine + " Leg vast wat u deed en hoe laat.",
            fields: [.text("wat", "Wat is gedaan", eerder?.wat ?? "", maxLength: 300),
                     .text("tijd", "Tijd (uu:mm)", eerder?.tijd?.tekst ?? "", maxLength: 5)],
            hint: FasenScherm.formulierHintVelden(ctx.keymap)))
    }

    /// Records the life-threatening step when what was done and the time will do; else says why in the form.
    private mutating func legVast(_ form: FormDialog, _ ctx: inout SchermContext) {
        var form = form
        let wat = form.text("wat")
        let tijdtekst = form.text("tijd")
        let tijd = Tijd(invoer: tijdtekst)
        var problemen: [String] = []
        if wat.isEmpty { problemen.append("Schrijf op wat er is gedaan, bijvoorbeeld: 112 gebeld.") }
        if tijdtekst.isEmpty {
            problemen.append("Schrijf op hoe laat, bijvoorbeeld 14:05.")
        } else if tijd == nil {
            problemen.append("\"\(tijdtekst)\" is geen tijd; schrijf uren en minuten, bijvoorbeeld 14:05.")
        }
        guard problemen.isEmpty else {
            form.problems = problemen
            form.focus(on: wat.isEmpty ? "wat" : "tijd")
            dialoog = .levensbedreigend(form)
            return
        }
        dialoog = nil
        let melding = Noodmelding(datum: ctx.vandaag, tijd: tijd, door: ctx.omgeving.door, wat: wat)
        ctx.dossier.legNoodmeldingVast(melding)
        ctx.wijziging = nil
        ronde = nil
        ctx.vraag(.bewaarNu)
        ctx.meld(.success("Vastgelegd. " + Self.noodmeldingTekst(melding) + "."))
    }

    private mutating func nieuweRonde(_ ctx: inout SchermContext) {
        guard let laatste = ctx.dossier.proces.meldcode.last, laatste != Meldcodeverloop() else {
            ctx.meld(.info("Deze ronde is nog leeg; begin gewoon met de stappen."))
            return
        }
        dialoog = .vraag(ConfirmDialog(question: "Een nieuwe ronde van de extra stappen beginnen? Wat in de vorige ronde staat, blijft bewaard en is terug te zien met \(Pagina.toets(MeldcodeActie.vorige, ctx.keymap)).",
                                       title: "Nieuwe ronde"), .nieuweRonde)
    }

    // MARK: Dialogs

    private mutating func handleDialoog(_ event: Event, _ ctx: inout SchermContext) -> Handled {
        switch dialoog {
        case .vraag(var vraag, let doel):
            let r = vraag.handle(event, ctx.keymap)
            dialoog = .vraag(vraag, doel)
            if r == .cancelled { dialoog = nil }
            if r == .submitted { dialoog = nil; bevestigd(doel, vraag.confirmed, &ctx) }
        case .tekst(var vak, let doel):
            switch vak.handle(event, ctx.keymap) {
            case .bezig: dialoog = .tekst(vak, doel)
            case .editor(let tekst): dialoog = .tekst(vak, doel); ctx.vraag(.editor(tekst))
            case .gestopt: dialoog = nil
            case .klaar(let tekst): dialoog = nil; schrijf(tekst, doel, &ctx)
            }
        case .kiezer(var kiezer):
            switch kiezer.handle(event, ctx.keymap) {
            case .bezig: dialoog = .kiezer(kiezer)
            case .gestopt: dialoog = nil
            case .gekozen(let b):
                dialoog = .tekst(Notitievak(titel: "Toelichting bij het besluit", uitleg: b.tekst.singleLine + " Waarom, en wat is afgesproken?",
                                            verplicht: true), .nieuwBesluit(b))
            }
        case .levensbedreigend(var form):
            switch form.handle(event, ctx.keymap) {
            case .cancelled: dialoog = nil
            case .submitted: legVast(form, &ctx)
            default: dialoog = .levensbedreigend(form)
            }
        case nil:
            return .ignored
        }
        return .consumed
    }

    private mutating func bevestigd(_ doel: Vraagdoel, _ ja: Bool, _ ctx: inout SchermContext) {
        switch doel {
        case .antwoord(let a):
            let antwoord: JaNee = ja ? .ja : .nee
            let vraag = meldcode.afweging(a)?.vraag ?? a
            dialoog = .tekst(Notitievak(titel: "Toelichting bij '\(antwoord.tekst)'",
                                        uitleg: "\(vraag.singleLine) Waarom \(antwoord.tekst)? Noem de feiten en met wie u het afwoog.",
                                        verplicht: true), .nieuwAntwoord(a, antwoord))
        case .uitvinken(let s) where ja:
            wijzig(&ctx) { $0.stappen.removeAll { $0.stap == s } }
            ctx.meld(.info("Afvinking weggehaald. \(ctx.keymap.name(DossierActie.ongedaan)) zet haar terug."))
        case .nieuweRonde where ja:
            ctx.dossier.proces.meldcode.append(Meldcodeverloop())
            ctx.wijziging = nil
            ronde = nil
            gekozen = 0
            ctx.meld(.success("Nieuwe ronde begonnen; de vorige staat bewaard."))
        case .besluitVervangen where ja:
            dialoog = .kiezer(kiezer(ctx.dossier))
        default:
            break
        }
    }

    /// Writes a note, an answer or a decision once its text is given.
    private mutating func schrijf(_ tekst: String, _ doel: Tekstdoel, _ ctx: inout SchermContext) {
        let wie = ctx.omgeving.door
        let vandaag = ctx.vandaag
        switch doel {
        case .stap(let s):
            guard verloop(ctx.dossier).stappen.contains(where: { $0.stap == s }) else {
                ctx.meld(.warning("De stap is intussen niet meer afgevinkt; de notitie is niet bewaard."))
                return
            }
            wijzig(&ctx) { v in
                if let i = v.stappen.firstIndex(where: { $0.stap == s }) { v.stappen[i].notitie = tekst }
            }
        case .nieuwAntwoord(let a, let antwoord):
            wijzig(&ctx) { $0.antwoorden.append(AfwegingAntwoord(afweging: a, antwoord: antwoord, datum: vandaag, door: wie, toelichting: tekst)) }
            let lijst = items(ctx.dossier)
            let stand = meldcode.stand(antwoorden: verloop(ctx.dossier).antwoorden)
            gekozen = stand.open.flatMap { lijst.firstIndex(of: .vraag($0.id)) } ?? lijst.count - 1
            if let b = stand.besluit { ctx.meld(.info("Uitkomst: \(b.tekst.singleLine) Leg het besluit vast met \(Pagina.toets(MeldcodeActie.besluit, ctx.keymap)).")) }
        case .antwoord(let a):
            guard verloop(ctx.dossier).antwoorden.contains(where: { $0.afweging == a }) else {
                ctx.meld(.warning("Het antwoord is intussen weg; de toelichting is niet bewaard."))
                return
            }
            wijzig(&ctx) { v in
                if let i = v.antwoorden.lastIndex(where: { $0.afweging == a }) { v.antwoorden[i].toelichting = tekst }
            }
        case .nieuwBesluit(let b):
            wijzig(&ctx) { $0.besluit = BesluitVastlegging(besluit: b.id, datum: vandaag, door: wie, toelichting: tekst) }
            gekozen = items(ctx.dossier).count - 1
            ctx.meld(.success("Besluit vastgelegd."))
        case .besluit:
            guard verloop(ctx.dossier).besluit != nil else {
                ctx.meld(.warning("Het besluit is intussen weg; de toelichting is niet bewaard."))
                return
            }
            wijzig(&ctx) { $0.besluit?.toelichting = tekst }
        }
        ctx.vraag(.bewaarNu)
    }

    mutating func editorKlaar(_ tekst: String?, _ ctx: inout SchermContext) {
        guard let tekst, case .tekst(var vak, let doel) = dialoog else { return }
        vak.zetTekst(tekst)
        dialoog = .tekst(vak, doel)
    }
}
