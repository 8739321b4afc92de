import Foundation
import RegieDomain
import Screen

/// Overleg: chairing a startoverleg, voortgangsoverleg or extra overleg from the laptop.
/// With no overleg running: the overleggen held so far, and a key to start one (kind,
/// then who is present). Running: the agenda of the method step by step, with a clock per
/// step and for the whole meeting; krachten and zorgen in rounds, the client first; the
/// veiligheidsplan steps when there are worries about safety; goals and actions; the next
/// overleg; closing fixes the plan as a version. The running overleg lives in the dossier,
/// so leaving the tab, the dossier or the program loses nothing.
struct OverlegScherm: DossierScherm {
    /// Starting an overleg: the kind, then who is present.
    var start: Startkeuze?
    /// Adding a person of the dossier on the spot (to the attendance list, or a late arrival).
    var nieuwePersoon: NieuwePersoon?
    /// The selected row in the list of overleggen held.
    var gekozen = 0

    // While an overleg runs (what is typed and chosen; the rest is in the dossier).
    /// The step the state below belongs to; another step starts fresh.
    var stapId: String?
    /// The text being typed in the step: a quote, a score, a goal, an action, a note.
    var invoer = Overleginvoer()
    /// The person offered the word, when chosen by hand (↑ ↓ F2); nil: the next in the round.
    var aangeboden: String?
    var kiezer: (kiezer: Persoonkiezer, doel: Kiesdoel)?
    var vraag: (vraag: Tekstvraag, doel: Vraagdoel)?
    var bevestiging: ConfirmDialog?
    /// What the open question confirms.
    var bevestigt = Bevestigdoel.afsluiten
    /// A first Esc with unsaved text only warns.
    var escGewaarschuwd = false
    /// The selected row of a step with rows (goals, the doelencheck, looking back).
    var rij = 0
    /// The next overleg's fields: datum, tijd, plaats, and which one has focus.
    var volgend = VolgendInvoer()
    /// A few fields in a box: the next phase after closing, whether an afspraak was kept,
    /// where and when a new afspraak happens.
    var formulier: (dialog: FormDialog, doel: Formdoel)?

    let methode: Methode

    static func nietBewaardTekst(_ keymap: Keymap) -> String {
        let esc = keymap.name(DossierActie.terug)
        return "Er staat nog tekst die niet bewaard is: \(keymap.name(OverlegActie.bewaar)) bewaart, \(esc) \(esc) gooit het weg."
    }

    init(_ dossier: Dossier, _ omgeving: Werkomgeving) {
        methode = omgeving.methode
        stapId = Lopend(dossier, methode)?.stap.id
        herstelConcept(dossier)
    }

    /// Text typed before the program stopped (or before undo) comes back in the field.
    mutating func herstelConcept(_ dossier: Dossier) {
        guard let l = Lopend(dossier, methode) else { return }
        if l.soort == .volgendOverleg, l.stap.id == stapId { volgend.vul(Self.planbaar(l, dossier)) }
        guard let c = l.verloop.concept, c.stap == stapId else { return }
        if let velden = c.velden, velden.count == 3 {
            volgend.datum.text = velden[0]
            volgend.tijd.text = velden[1]
            volgend.plaats.text = velden[2]
        } else {
            invoer = Overleginvoer(c.tekst)
        }
    }

    /// Keeps what is typed and not yet stored in the dossier (saved like every change), so a
    /// laptop that dies mid-sentence loses nothing. Typing alone is one undo step.
    mutating func bewaarConcept(sinds voor: Dossier, _ ctx: inout SchermContext) {
        guard let i = ctx.dossier.lopendOverlegIndex, let stap = stapId else { return }
        let concept: Overlegverloop.Concept?
        if let l = Lopend(ctx.dossier, methode), l.soort == .volgendOverleg, l.stap.id == stap {
            // The next overleg's fields as typed, when they differ from what is planned.
            concept = volgend.onbewaard(Self.planbaar(l, ctx.dossier))
                ? Overlegverloop.Concept(stap: stap, tekst: "", velden: [volgend.datum.text, volgend.tijd.text, volgend.plaats.text])
                : nil
        } else {
            concept = invoer.isEmpty ? nil : Overlegverloop.Concept(stap: stap, tekst: invoer.text)
        }
        guard ctx.dossier.plan.overleggen[i].verloop?.concept != concept else { return }
        let alleenTypen = ctx.dossier == voor
        ctx.dossier.plan.overleggen[i].verloop?.concept = concept
        if alleenTypen { ctx.wijziging = "overleg.concept" }
    }

    enum Kiesdoel: Equatable {
        case spreker
        case actieWie(doel: String, wat: String)
        case toezicht(afspraak: String)
        case afspraakWie(afspraak: String)
        case ondertekenen
    }

    enum Formdoel: Equatable {
        /// The phases proposed after the overleg was closed, in the order of the choices.
        case faseVoorstel(fasen: [String], overleg: String)
        case naleving(afspraak: String, overleg: String)
        case waarWanneer(afspraak: String)
        /// Another level (or the same with another regisseur), decided at this overleg.
        case niveau(overleg: String)
    }

    enum Bevestigdoel: Equatable {
        case afsluiten, annuleren
    }

    enum Vraagdoel: Equatable {
        case geenVolgend
        case actieWanneer(doel: String, wat: String, wie: String?)
    }

    static let toetsen: [Binding] = OverleglijstActie.bindings + AanwezigActie.bindings + OverlegActie.bindings

    /// Scopes by what is on screen; without the dossier at hand the attendance list and
    /// the running overleg are told apart by the screen's own state.
    var scopes: [String] {
        if start?.fase == .aanwezigen { return ["aanwezig"] }
        if start != nil || formulier != nil { return [] }
        return stapId == nil ? ["overleglijst"] : ["overleg"]
    }

    var heeftEigenFocus: Bool {
        start != nil || nieuwePersoon != nil || kiezer != nil || vraag != nil || bevestiging != nil || formulier != nil || !invoer.isEmpty
    }

    func wilKlok(_ dossier: Dossier) -> Bool { dossier.lopendOverleg != nil }

    /// The text from $EDITOR goes into the step's field (not yet stored: Enter stores it).
    mutating func editorKlaar(_ tekst: String?, _ ctx: inout SchermContext) {
        guard let tekst else {
            ctx.meld(.error("De editor gaf geen tekst terug; er is niets veranderd."))
            return
        }
        guard let l = Lopend(ctx.dossier, methode), l.stap.id == stapId else { return }
        // An editor ends the file with a line break; that is not part of the quote.
        var schoon = tekst
        while schoon.last?.isNewline == true { schoon.removeLast() }
        if let p = Tekstlimiet.editorprobleem(lengte: schoon.count, maximum: Overleginvoer.maximum) {
            ctx.meld(.error(p))
            return
        }
        let voor = ctx.dossier
        invoer = Overleginvoer(schoon)
        bewaarConcept(sinds: voor, &ctx)
        ctx.meld(.info("De tekst uit de editor staat in het veld; \(ctx.keymap.name(OverlegActie.bewaar)) bewaart."))
    }

    /// A reason or a date asked in a box: kept as a draft by the program.
    var openVraag: Tekstvraag? {
        get { vraag?.vraag }
        set { if let newValue, vraag != nil { vraag?.vraag = newValue } }
    }

    /// Stopping with a quote typed but not stored: store it as Enter would.
    mutating func rondAf(_ context: inout SchermContext) {
        guard kiezer == nil, vraag == nil, bevestiging == nil, formulier == nil, !invoer.isEmpty else { return }
        _ = handle(.key(.enter), &context)
    }

    mutating func herlaad(_ dossier: Dossier) {
        kiezer = nil
        bevestiging = nil
        formulier = nil
        if case .actieWanneer = vraag?.doel { vraag = nil }
        if dossier.lopendOverleg == nil { stapId = nil }
        invoer = Overleginvoer()
        herstelConcept(dossier)
    }

    func render(_ dossier: Dossier, omgeving: Werkomgeving, into buffer: inout Buffer, area: Rect) -> Point? {
        guard area.width >= 4, area.height >= 2 else { return nil }
        var cursor: Point?
        if let lopend = Lopend(dossier, methode) {
            cursor = tekenLopend(lopend, dossier, omgeving, into: &buffer, area: area)
        } else {
            cursor = tekenLijst(dossier, omgeving, into: &buffer, area: area)
            if let start { cursor = start.render(dossier, omgeving, into: &buffer, area: area) }
        }
        if let nieuwePersoon { cursor = nieuwePersoon.render(into: &buffer, screen: area, keymap: omgeving.keymap) }
        if let kiezer {
            kiezer.kiezer.render(into: &buffer, screen: area, keymap: omgeving.keymap)
            cursor = nil
        }
        if let vraag { cursor = vraag.vraag.render(into: &buffer, screen: area, keymap: omgeving.keymap) }
        if let bevestiging { cursor = bevestiging.render(into: &buffer, area: area, focused: true) }
        if let formulier { cursor = formulier.dialog.render(into: &buffer, area: area, focused: true) }
        return cursor
    }

    mutating func handle(_ event: Event, _ context: inout SchermContext) -> Handled {
        if nieuwePersoon != nil { return handleNieuwePersoon(event, &context) }
        if formulier != nil { return handleFormulier(event, &context) }
        if Lopend(context.dossier, methode) != nil {
            let voor = context.dossier
            let r = handleLopend(event, &context)
            bewaarConcept(sinds: voor, &context)
            return r
        }
        stapId = nil
        if start != nil { return handleStart(event, &context) }
        return handleLijst(event, &context)
    }

    /// The id of the binding for `event` in `scope`, as the user has the keys.
    func actie<A: KeyAction>(_ event: Event, _ type: A.Type, _ keymap: Keymap) -> A? {
        keymap.action(for: event, type)
    }
}

/// The running overleg of a dossier with its agenda and where it stands.
struct Lopend {
    let index: Int
    let overleg: Overleg
    let verloop: Overlegverloop
    let agenda: Overlegagenda
    let stappen: [Agendastap]
    let positie: Int

    init?(_ d: Dossier, _ methode: Methode) {
        guard let i = d.lopendOverlegIndex, let v = d.plan.overleggen[i].verloop,
              let agenda = methode.agenda(d.plan.overleggen[i].soort) else { return nil }
        let stappen = d.actieveStappen(agenda)
        guard !stappen.isEmpty else { return nil }
        index = i
        overleg = d.plan.overleggen[i]
        verloop = v
        self.agenda = agenda
        self.stappen = stappen
        positie = min(d.positie(van: v.huidigeStap, in: agenda), stappen.count - 1)
    }

    var stap: Agendastap { stappen[positie] }
    var soort: Stapsoort? { stap.stapsoort }

    /// Those present, in the order of a round.
    func volgorde(_ d: Dossier) -> [Persoon] { d.rondeVolgorde(aanwezigen: overleg.aanwezigen) }
}

extension Werkomgeving {
    /// The wall clock as the overleg stores it.
    var tijdstip: Tijdstip { Tijdstip(nu()) }

    /// The local time of day now, for the start time of an overleg.
    var tijdVanDag: Tijd? {
        let c = Calendar.current.dateComponents([.hour, .minute], from: nu())
        return Tijd(uur: c.hour ?? 0, minuut: c.minute ?? 0)
    }
}

/// The list of overleggen, before one starts.
public enum OverleglijstActie: String, KeyAction {
    case nieuw = "overleglijst.nieuw"

    public var defaultBinding: Binding {
        switch self {
        case .nieuw: bind([.insert, .character("n")], "Nieuw overleg beginnen", group: "Overleg", helpBar: true)
        }
    }
}

/// Who is present, before an overleg starts.
public enum AanwezigActie: String, KeyAction {
    case wissel = "aanwezig.wissel"
    case nieuw = "aanwezig.nieuw"
    case begin = "aanwezig.begin"

    public var defaultBinding: Binding {
        switch self {
        case .wissel: bind([.character(" ")], "Aanwezig of niet", group: "Overleg beginnen", helpBar: true)
        case .nieuw: bind([.insert], "Nieuwe persoon toevoegen", group: "Overleg beginnen", helpBar: true)
        case .begin: bind([.enter], "Overleg beginnen", group: "Overleg beginnen", helpBar: true)
        }
    }
}

/// A running overleg.
public enum OverlegActie: String, KeyAction {
    case volgende = "overleg.volgende"
    case vorige = "overleg.vorige"
    case bewaar = "overleg.bewaar"
    case spreker = "overleg.spreker"
    case omhoog = "overleg.omhoog"
    case omlaag = "overleg.omlaag"
    case persoon = "overleg.persoon"
    case geenVolgend = "overleg.geenVolgend"
    case veiligheidsplan = "overleg.veiligheidsplan"
    case editor = "overleg.editor"
    case annuleren = "overleg.annuleren"
    case afsluiten = "overleg.afsluiten"
    case ja = "overleg.ja"
    case nee = "overleg.nee"
    case vinkje = "overleg.vinkje"
    case tekenen = "overleg.tekenen"

    public var defaultBinding: Binding {
        switch self {
        case .volgende: bind([.pageDown], "Volgende stap", group: "Overleg", helpBar: true)
        case .vorige: bind([.pageUp], "Vorige stap", group: "Overleg")
        case .bewaar: bind([.enter], "Bewaren", group: "Overleg", helpBar: true)
        case .spreker: bind([.function(2)], "Spreker kiezen", group: "Overleg", helpBar: true)
        case .omhoog: bind([.up], "Vorige spreker of regel", group: "Overleg")
        case .omlaag: bind([.down], "Volgende spreker of regel", group: "Overleg")
        case .persoon: bind([.insert], "Iemand toevoegen die er nu bij komt", group: "Overleg")
        case .geenVolgend: bind([.function(4)], "Geen volgend overleg (met reden)", group: "Overleg")
        case .veiligheidsplan: bind([.function(6)], "Naar het veiligheidsplan op deze plek", group: "Overleg")
        case .editor: bind([.ctrl("o")], "Lange tekst in $EDITOR", group: "Overleg")
        case .annuleren: bind([.ctrl("x")], "Overleg annuleren (per ongeluk begonnen)", group: "Overleg", helpBar: true)
        case .afsluiten: bind([.function(9)], "Overleg afsluiten", group: "Overleg", helpBar: true)
        case .ja: bind([.character("j")], "Ja (vraag over veiligheid; het niveau past nog)", group: "Overleg")
        case .nee: bind([.character("n")], "Nee (vraag over veiligheid; het niveau past niet meer)", group: "Overleg")
        case .vinkje: bind([.character(" ")], "Aan- of afvinken (doelencheck, actie gedaan, doel)", group: "Overleg")
        case .tekenen: bind([.character("t")], "Veiligheidsplan laten tekenen", group: "Overleg")
        }
    }
}
