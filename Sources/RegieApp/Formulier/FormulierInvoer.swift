import RegieDomain
import Screen

// MARK: - Keys

extension Formulier {
    /// The form's own bindings (scope "formulier"); the help lists them with every form.
    public static let toetsen = FormulierActie.bindings + VeldActie.bindings + VinkjeActie.bindings

    func actie(_ event: Event, _ keymap: Keymap) -> FormulierActie? {
        keymap.action(for: event, FormulierActie.self)
    }

    /// Identifies the field with focus, including the records opened to reach it.
    func sleutel(_ veld: Veld) -> String {
        ([String(gekozen)] + pad.map { "\($0.lijst)#\($0.index)" } + [veld.id]).joined(separator: "/")
    }
}

// MARK: - Handling a key

extension Formulier {
    public mutating func handle(_ event: Event, _ ctx: inout SchermContext) -> Handled {
        if bevestiging != nil || kiezer != nil { spoel(&ctx) }
        if bevestiging != nil { return handleBevestiging(event, &ctx) }
        if kiezer != nil { return handleKiezer(event, &ctx) }
        let rubriek = huidige(ctx.dossier)
        let rijen = Self.rijen(rubriek, ctx.dossier)
        zetRij(rij, in: rijen)
        if rijen.indices.contains(rij) {
            let result: Handled
            switch rijen[rij] {
            case .veld(let veld): result = handleVeld(veld, event, &ctx)
            case .kop(let lijst): result = actie(event, ctx.keymap) == .openen ? voegToe(lijst, &ctx) : .ignored
            case .element(let lijst, let i, _): result = handleElement(lijst, i, event, &ctx, rijen)
            case .uitleg: result = .ignored
            }
            if result != .ignored { return result }
        }
        // Before the focus can move: the text typed in the field goes into the dossier.
        spoel(&ctx)
        return navigeer(event, rijen, rubriek, &ctx)
    }

    private mutating func handleVeld(_ veld: Veld, _ event: Event, _ ctx: inout SchermContext) -> Handled {
        switch veld.soort {
        case .persoon:
            switch ctx.keymap.action(for: event, VeldActie.self) {
            case .kiezen:
                let huidig = veld.lees(ctx.dossier)
                kiezer = (Persoonkiezer(vraag: veld.titel, personen: ctx.dossier.keuzePersonen, magNiemand: true, huidig: huidig), .veld(veld.id))
                return .consumed
            case .leegmaken:
                schrijf(veld, "", &ctx)
                return .consumed
            case nil: return .ignored
            }
        case .vinkje:
            guard ctx.keymap.action(for: event, VinkjeActie.self) == .wissel else { return .ignored }
            schrijf(veld, veld.lees(ctx.dossier) == "ja" ? "" : "ja", &ctx)
            return .consumed
        default:
            break
        }
        let sleutel = sleutel(veld)
        if bewerker?.sleutel != sleutel {
            spoel(&ctx)
            bewerker = Bewerker(veld, waarde: veld.lees(ctx.dossier), sleutel: sleutel, vandaag: ctx.vandaag)
        }
        guard var b = bewerker else { return .ignored }
        // A long text goes to $EDITOR with the key the keymap gives (the widget's own is not asked).
        if b.isTekst, actie(event, ctx.keymap) == .editor {
            spoel(&ctx)
            ctx.vraag(.editor(b.tekst))
            return .consumed
        }
        if let melding = Self.limietprobleem(event, b, veld) {
            ctx.meld(.error(melding))
            return .consumed
        }
        // The widget is taken out and nothing else keeps it, so a key in a long text costs
        // no copy of the text; only a move up or down is compared with what was before.
        bewerker = nil
        let verticaal = event == .key(.up) || event == .key(.down) || event == .key(.pageUp) || event == .key(.pageDown)
        let voor = verticaal ? b : nil
        let result = b.handle(event)
        bewerker = b
        switch result {
        case .consumed:
            // ↑ ↓ at the edge of a text area move to the next row instead.
            if verticaal, b == voor {
                spoel(&ctx)
                return .ignored
            }
            if b.isTekst {
                // Building the whole text costs as much as the text is long: it is written
                // back at the program's save points (`spoel`), not after every key.
                openstaand = veld
                return .consumed
            }
            neemOver(veld, b, &ctx)
            return .consumed
        case .submitted:
            openstaand = nil
            neemOver(veld, b, &ctx)
            if probleem == nil {
                bewerker = nil
                ctx.vraag(.bewaarNu)
                let rijen = Self.rijen(huidige(ctx.dossier), ctx.dossier)
                zetRij(rij + 1, in: rijen)
            }
            return .consumed
        case .wantsEditor:
            spoel(&ctx)
            ctx.vraag(.editor(b.tekst))
            return .consumed
        case .ignored, .cancelled:
            spoel(&ctx)
            return .ignored
        }
    }

    /// Writes a text typed into the field with focus but not yet into the dossier.
    /// The program calls it before it saves, locks or stops; the form itself before any
    /// key that the text area does not take (leaving the field, undo, a tab).
    public mutating func spoel(_ ctx: inout SchermContext) {
        guard let veld = openstaand else { return }
        openstaand = nil
        guard let b = bewerker else { return }
        neemOver(veld, b, &ctx, sleutel: b.sleutel)
    }

    /// True while typed text waits for `spoel`.
    public var heeftOpenstaand: Bool { openstaand != nil }

    /// Why a paste or a typed character cannot go into the field (too long); nil when it can.
    /// Nothing is cut: the text stays as it was.
    static func limietprobleem(_ event: Event, _ b: Bewerker, _ veld: Veld) -> String? {
        switch veld.soort {
        case .regel, .tekst: break
        default: return nil
        }
        let maximum = veld.tekstsoort.maximum
        switch event {
        case .paste(let s):
            return Tekstlimiet.plakprobleem(geplakt: s.count, aanwezig: b.lengte, maximum: maximum)
        case .key(.character) where OverlegScherm.isTekst(event):
            return b.lengte >= maximum ? Tekstlimiet.vol(maximum: maximum) : nil
        case .key(.enter) where b.isTekst:
            return b.lengte >= maximum ? Tekstlimiet.vol(maximum: maximum) : nil
        default:
            return nil
        }
    }

    /// Writes what the widget holds into the dossier, when it can be kept.
    private mutating func neemOver(_ veld: Veld, _ b: Bewerker, _ ctx: inout SchermContext, sleutel: String? = nil) {
        if b.isTekst { tekstTerugGeschreven += 1 }
        switch b.waarde {
        case .success(let tekst):
            if let p = veld.controle(tekst) { probleem = p; return }
            probleem = nil
            schrijf(veld, tekst, &ctx, sleutel: sleutel)
        case .failure(let p):
            probleem = p.tekst
        }
    }

    private mutating func schrijf(_ veld: Veld, _ tekst: String, _ ctx: inout SchermContext, sleutel: String? = nil) {
        var d = ctx.dossier
        veld.schrijf(&d, tekst)
        guard d != ctx.dossier else { return }
        ctx.dossier = d
        ctx.wijziging = sleutel ?? self.sleutel(veld)
    }

    private mutating func handleElement(_ lijst: Lijst, _ i: Int, _ event: Event, _ ctx: inout SchermContext, _ rijen: [Rij]) -> Handled {
        switch actie(event, ctx.keymap) {
        case .openen:
            open(lijst, i, &ctx)
            return .consumed
        case .verwijderen:
            let regel = lijst.regels(ctx.dossier)[i]
            let vraag = "\(lijst.enkelvoud.prefix(1).uppercased() + lijst.enkelvoud.dropFirst()) verwijderen: \(regel.truncated(toColumns: 40))?"
            bevestiging = (ConfirmDialog(question: vraag, title: "Verwijderen", yesLabel: "Verwijderen", noLabel: "Houden"), lijst.id, i)
            return .consumed
        case .terug, .toevoegen, .volgendeRubriek, .vorigeRubriek, .editor, nil:
            return event == .key(.right) ? { open(lijst, i, &ctx); return .consumed }() : .ignored
        }
    }

    private mutating func open(_ lijst: Lijst, _ i: Int, _ ctx: inout SchermContext) {
        // Coming back out lands on this record's row (also when it was just added from the heading).
        let rijen = Self.rijen(huidige(ctx.dossier), ctx.dossier)
        let terug = rijen.firstIndex { if case .element(let l, let n, _) = $0 { l.id == lijst.id && n == i } else { false } } ?? rij
        pad.append(Open(lijst: lijst.id, index: i, rij: terug))
        bewerker = nil
        openstaand = nil
        probleem = nil
        rij = -1
        zetRij(0, in: Self.rijen(huidige(ctx.dossier), ctx.dossier))
        boven = 0
    }

    /// Insert on a list: for quotes first who says it, then the new record opens.
    mutating func voegToe(_ lijst: Lijst, _ ctx: inout SchermContext) -> Handled {
        switch lijst.nieuw {
        case .direct(let maak):
            var d = ctx.dossier
            maak(&d)
            ctx.dossier = d
            ctx.wijziging = nil
            open(lijst, lijst.regels(d).count - 1, &ctx)
            focusEersteVeld(lijst, ctx.dossier)
        case .metPersoon(let vraag, _):
            kiezer = (Persoonkiezer(vraag: vraag, personen: ctx.dossier.keuzePersonen, magNiemand: false), .nieuw(lijst: lijst.id))
        case .uitPersonen(let vraag, let soorten, let anders, _):
            var k = Persoonkiezer(vraag: vraag, personen: ctx.dossier.keuzePersonen.filter { soorten.contains($0.soort) }, magNiemand: true)
            k.niemandTekst = anders
            kiezer = (k, .nieuw(lijst: lijst.id))
        }
        return .consumed
    }

    private mutating func handleKiezer(_ event: Event, _ ctx: inout SchermContext) -> Handled {
        guard var (k, doel) = kiezer else { return .ignored }
        let uitkomst = k.handle(event, ctx.keymap)
        kiezer = (k, doel)
        guard uitkomst != .bezig else { return .consumed }
        kiezer = nil
        guard case .gekozen(let id) = uitkomst else { return .consumed }
        let rubriek = huidige(ctx.dossier)
        switch doel {
        case .veld(let veldId):
            for case .veld(let v) in rubriek.onderdelen where v.id == veldId { schrijf(v, id ?? "", &ctx) }
        case .nieuw(let lijstId):
            guard let lijst = rubriek.lijst(lijstId), let maak = lijst.nieuw.metKeuze else { return .consumed }
            var d = ctx.dossier
            maak(&d, id)
            ctx.dossier = d
            ctx.wijziging = nil
            // land on the new record's row, then open it at its first field (the quote)
            let rijen = Self.rijen(rubriek, d)
            rij = rijen.lastIndex { if case .element(let l, _, _) = $0 { l.id == lijstId } else { false } } ?? rij
            open(lijst, lijst.regels(d).count - 1, &ctx)
            let velden = Self.rijen(huidige(ctx.dossier), ctx.dossier)
            if focusEersteVeld(lijst, ctx.dossier) {
                // the list names the field to start in
            } else if let eersteTekst = velden.firstIndex(where: { if case .veld(let v) = $0, case .tekst = v.soort { true } else { false } }) {
                zetRij(eersteTekst, in: velden)
            }
        }
        return .consumed
    }

    /// Focuses the list's `eersteVeld` in the record just opened; false when it has none.
    @discardableResult
    private mutating func focusEersteVeld(_ lijst: Lijst, _ d: Dossier) -> Bool {
        let velden = Self.rijen(huidige(d), d)
        guard let id = lijst.eersteVeld,
              let i = velden.firstIndex(where: { if case .veld(let v) = $0 { v.id == id } else { false } }) else { return false }
        zetRij(i, in: velden)
        return true
    }

    private mutating func handleBevestiging(_ event: Event, _ ctx: inout SchermContext) -> Handled {
        guard var (dialoog, lijstId, index) = bevestiging else { return .ignored }
        let result = dialoog.handle(event)
        bevestiging = (dialoog, lijstId, index)
        switch result {
        case .submitted:
            bevestiging = nil
            if dialoog.confirmed, let lijst = huidige(ctx.dossier).lijst(lijstId), index < lijst.regels(ctx.dossier).count {
                var d = ctx.dossier
                lijst.verwijder(&d, index)
                ctx.dossier = d
                ctx.wijziging = nil
                ctx.meld(.info("Verwijderd. \(ctx.keymap.name(DossierActie.ongedaan)) zet het terug."))
                zetRij(rij, in: Self.rijen(huidige(d), d), richting: -1)
            }
        case .cancelled:
            bevestiging = nil
        default:
            break
        }
        return .consumed
    }

    // MARK: Moving around

    private mutating func navigeer(_ event: Event, _ rijen: [Rij], _ rubriek: Rubriek, _ ctx: inout SchermContext) -> Handled {
        guard case .key(let key) = event else { return .ignored }
        if let weigering = bewerker?.weigering, let verlaten = verlaat(key, ctx.keymap) {
            // Leaving would drop the typed text: the field keeps it and says why; Esc puts
            // back what the dossier has.
            if verlaten == .terug {
                bewerker = nil
                openstaand = nil
                probleem = nil
                ctx.meld(.info("De datum is niet veranderd."))
            } else {
                probleem = weigering
                let terug = ctx.keymap.name(FormulierActie.terug)
                ctx.meld(.warning("Verbeter de datum of maak het veld leeg; \(terug) zet de vorige terug."))
            }
            return .consumed
        }
        let oud = rij
        let app = ctx.keymap.action(for: key, AppActie.self)
        switch key {
        case _ where app == .volgende, .down: zetRij(volgende(rij, in: rijen, stap: 1), in: rijen, richting: 1)
        case _ where app == .vorige, .up: zetRij(volgende(rij, in: rijen, stap: -1), in: rijen, richting: -1)
        case .ctrlHome: zetRij(0, in: rijen)
        case .ctrlEnd: zetRij(rijen.count - 1, in: rijen, richting: -1)
        default:
            switch actie(event, ctx.keymap) {
            case .volgendeRubriek: kiesRubriek(gekozen + 1, &ctx)
            case .vorigeRubriek: kiesRubriek(gekozen - 1, &ctx)
            case .terug:
                guard let laatste = pad.popLast() else { return .ignored }
                bewerker = nil
                openstaand = nil
                probleem = nil
                laatLegeUitsprakenWeg(&ctx)
                ctx.vraag(.bewaarNu)
                rij = -1
                zetRij(laatste.rij, in: Self.rijen(huidige(ctx.dossier), ctx.dossier))
            case .toevoegen:
                guard let lijst = lijstBijFocus(rijen) ?? enigeLijst(rubriek) else {
                    ctx.meld(.info("Hier is geen lijst om aan toe te voegen."))
                    return .consumed
                }
                return voegToe(lijst, &ctx)
            case .openen, .verwijderen, .editor, nil:
                return .ignored
            }
            return .consumed
        }
        if rij != oud { ctx.vraag(.bewaarNu) }
        return .consumed
    }

    enum Verlaten { case verder, terug }

    /// Whether `key` leaves the focused field, and how: moving on, or Esc back out.
    private func verlaat(_ key: Key, _ keymap: Keymap) -> Verlaten? {
        if keymap.action(for: key, AppActie.self) == .volgende || keymap.action(for: key, AppActie.self) == .vorige { return .verder }
        switch key {
        case .down, .up, .ctrlHome, .ctrlEnd: return .verder
        default:
            switch actie(.key(key), keymap) {
            case .volgendeRubriek, .vorigeRubriek, .toevoegen: return .verder
            case .terug: return .terug
            case .openen, .verwijderen, .editor, nil: return nil
            }
        }
    }

    /// A quote added with Insert and left without words is not kept.
    mutating func laatLegeUitsprakenWeg(_ ctx: inout SchermContext) {
        var d = ctx.dossier
        guard d.laatLegeUitsprakenWeg() > 0 else { return }
        ctx.dossier = d
        ctx.wijziging = nil
    }

    /// The next row that can have focus, going round at the ends.
    private func volgende(_ van: Int, in rijen: [Rij], stap: Int) -> Int {
        guard !rijen.isEmpty else { return 0 }
        var i = van
        for _ in 0..<rijen.count {
            i = (i + stap + rijen.count) % rijen.count
            if rijen[i].kanFocus { return i }
        }
        return van
    }

    private mutating func kiesRubriek(_ n: Int, _ ctx: inout SchermContext) {
        guard !bronnen.isEmpty else { return }
        laatLegeUitsprakenWeg(&ctx)
        ctx.vraag(.bewaarNu)
        ga(rubriek: (n + bronnen.count) % bronnen.count, in: ctx.dossier)
    }

    private func lijstBijFocus(_ rijen: [Rij]) -> Lijst? {
        guard rijen.indices.contains(rij) else { return nil }
        switch rijen[rij] {
        case .kop(let l), .element(let l, _, _): return l
        default: return nil
        }
    }

    private func enigeLijst(_ r: Rubriek) -> Lijst? {
        let lijsten = r.onderdelen.compactMap { if case .lijst(let l) = $0 { l } else { nil } }
        return lijsten.count == 1 ? lijsten[0] : nil
    }

    /// The text from $EDITOR goes into the field with focus.
    public mutating func editorKlaar(_ tekst: String?, _ ctx: inout SchermContext) {
        guard let tekst else {
            ctx.meld(.error("De editor gaf geen tekst terug; er is niets veranderd."))
            return
        }
        let rijen = Self.rijen(huidige(ctx.dossier), ctx.dossier)
        guard rijen.indices.contains(rij), case .veld(let veld) = rijen[rij] else { return }
        bewerker = nil
        openstaand = nil
        if let p = Tekstlimiet.editorprobleem(lengte: tekst.count, maximum: veld.tekstsoort.maximum) { ctx.meld(.error(p)); return }
        if let p = veld.controle(tekst) { ctx.meld(.error(p)); return }
        schrijf(veld, tekst, &ctx)
        ctx.wijziging = nil
        ctx.vraag(.bewaarNu)
    }
}

extension Formulier {
    /// The form's actions that do nothing where the focus is now.
    public func zetNietNu(_ keymap: inout Keymap, _ dossier: Dossier) {
        let rubriek = huidigeZonderWijzigen(dossier)
        let rijen = Self.rijen(rubriek, dossier)
        let opElement = rijen.indices.contains(rij) && { if case .element = rijen[rij] { true } else { false } }()
        if !opElement { keymap.setDisabled(FormulierActie.verwijderen, reason: "alleen op een regel van een lijst") }
        if lijstBijFocus(rijen) == nil && enigeLijst(rubriek) == nil {
            keymap.setDisabled(FormulierActie.toevoegen, reason: "in deze rubriek is hier geen lijst")
        }
        if pad.isEmpty { keymap.setDisabled(FormulierActie.terug, reason: "u bent niet in een onderdeel") }
        if bronnen.count < 2 {
            keymap.setDisabled(FormulierActie.volgendeRubriek, reason: "dit formulier heeft één rubriek")
            keymap.setDisabled(FormulierActie.vorigeRubriek, reason: "dit formulier heeft één rubriek")
        }
        let opTekst = rijen.indices.contains(rij) && { if case .veld(let v) = rijen[rij], case .tekst = v.soort { true } else { false } }()
        if !opTekst { keymap.setDisabled(FormulierActie.editor, reason: "alleen in een lang tekstveld") }
    }
}

/// The actions of every form (Huishouden, the plans, the closing forms).
public enum FormulierActie: String, KeyAction {
    case toevoegen = "formulier.toevoegen"
    case verwijderen = "formulier.verwijderen"
    case openen = "formulier.openen"
    case terug = "formulier.terug"
    case volgendeRubriek = "formulier.volgendeRubriek"
    case vorigeRubriek = "formulier.vorigeRubriek"
    case editor = "formulier.editor"

    public var defaultBinding: Binding {
        switch self {
        case .toevoegen: bind([.insert, .ctrl("n")], "Toevoegen aan de lijst", group: "Formulieren", helpBar: true)
        case .verwijderen: bind([.delete], "Verwijderen (met vraag)", group: "Formulieren")
        case .openen: bind([.enter], "Openen / volgend veld", group: "Formulieren")
        case .terug: bind([.escape], "Terug uit een onderdeel", group: "Formulieren")
        case .volgendeRubriek: bind([.pageDown], "Volgende rubriek", group: "Formulieren", helpBar: true)
        case .vorigeRubriek: bind([.pageUp], "Vorige rubriek", group: "Formulieren")
        case .editor: bind([.ctrl("o")], "Lange tekst in $EDITOR", group: "Formulieren")
        }
    }
}

/// On a tick box in a form.
public enum VinkjeActie: String, KeyAction {
    case wissel = "vinkje.wissel"

    public var defaultBinding: Binding {
        switch self {
        case .wissel: bind([.character(" "), .enter], "Op een vinkje: aan of uit", group: "Formulieren")
        }
    }
}

/// On a field that is picked (a person) rather than typed.
public enum VeldActie: String, KeyAction {
    case kiezen = "veld.kiezen"
    case leegmaken = "veld.leegmaken"

    public var defaultBinding: Binding {
        switch self {
        case .kiezen: bind([.enter, .character(" ")], "Op een persoon: kiezen uit het dossier", group: "Formulieren")
        case .leegmaken: bind([.delete, .backspace], "Op een persoon: leegmaken", group: "Formulieren")
        }
    }
}
