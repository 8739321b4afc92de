import Foundation
import RegieDomain
import RegieStore
import Screen

/// The program: the caseload overview, and an open dossier with its screens as tabs.
///
/// Every change a screen makes goes into `OpenDossier` (undo history) and is saved after
/// half a second of quiet, when leaving a field, on C-s, when leaving the dossier and on
/// quitting. A save refused because the file changed elsewhere is never forced.
public struct RegieProgramma: Program {
    public init() {}

    public var minimumSize: Size { Size(width: 80, height: 24) }

    /// Seconds of quiet after a change before it is saved.
    public static let bewaarPauze = 0.5

    public struct Model {
        public var omgeving: Werkomgeving
        public var overzicht = Overzicht()
        public var open: OpenDossier?
        public var tab = Tabblad.huishouden
        public var schermen: [Tabblad: any DossierScherm] = [:]
        public var hulp: HelpOverlay?
        /// The method's terms and the competence profiles, opened from the help.
        var begrippen: Begrippenlijst?
        public var vraag: (Tekstvraag, Vraagdoel)?
        public var melding: MessageLine?
        /// Every message shown since the start, whole (one key opens the list).
        public var meldingen = Meldingen()
        /// Projector mode: nothing of another household on screen while set.
        public var presentatie: Presentatie?
        /// The export dialog, while open; and the folder last exported to.
        public var export: Exportdialoog?
        var exportMap: String?
        /// The lock screen, while the program is locked or the store not yet open.
        public var slot: Slotscherm?
        /// When the user last pressed a key; for locking after a pause.
        var laatsteActiviteit: Date?
        var slotGepland = false
        /// A household (name or id) to present once the store is open (`regie --presentatie`).
        public var naOntgrendelen: String?
        /// The user's theme and the beamer theme; nil keeps the terminal's theme (tests).
        public var themas: Themakeuze?
        var bewaarGepland = false
        /// A redraw is planned for the running clock of an overleg.
        var klokGepland = false
        /// Set by a first C-q that could not save: a second one quits anyway.
        var stoppenOndanks = false
        /// What to do once the user's name is known.
        var naNaam: Event?
        /// The question boxes open at the last step, in which dossier (for their drafts).
        var vraagconceptStand: (dossier: String, sleutels: Set<String>)?

        /// - Parameter slot: start behind the lock screen (an encrypted store not yet open, or
        ///   a first start); the overview is read once the store is open.
        public init(omgeving: Werkomgeving, melding: String? = nil, themas: Themakeuze? = nil, slot: Slotscherm? = nil) {
            self.omgeving = omgeving
            self.themas = themas
            self.slot = slot
            if slot == nil { overzicht.vernieuw(omgeving) }
            self.melding = melding.map(MessageLine.warning)
            if let m = self.melding { meldingen.voegToe(m) }
        }
    }

    public enum Vraagdoel: Equatable {
        case nieuwHuishouden
        case gebruiker
    }

    public enum Message: Sendable {
        case event(Event)
        case bewaar
        case editorKlaar(String?)
        /// A second passed: redraw the clocks of a running overleg.
        case klok
        /// Time to see whether the user has been away long enough to lock.
        case slotTimer
        /// The key to stop, in a window too small to show anything else: stop as C-q does,
        /// saving first, whatever dialog is open.
        case stoppen
    }

    public func message(for event: Event, in model: Model) -> Message? { .event(event) }

    /// "Venster te klein": what a key would do cannot be seen, so only stopping (with its
    /// save) acts. Every other key and paste is dropped.
    public func messageWhenTooSmall(for event: Event, in model: Model) -> Message? {
        isActie("app.afsluiten", event, model) ? .stoppen : nil
    }

    public func tooSmallNote(_ model: Model) -> String? {
        // The recovery code (shown once) and the question about no encryption cannot be left
        // by stopping: promise only what the key does there.
        if let slot = model.slot, !slot.acties.contains("slot.stoppen") {
            if case .herstelcode = slot.soort { return "Vergroot het venster om de herstelcode te zien. Toetsen doen nu niets." }
            return "Vergroot het venster. Toetsen doen nu niets."
        }
        return "Vergroot het venster. Toetsen doen nu niets; \(toets("app.afsluiten", model)) stopt (en bewaart)."
    }

    /// A closed lid or a dropped connection (SIGHUP), or SIGTERM: save what was typed.
    public func stopping(_ model: inout Model) {
        // Locked: everything was saved when it locked, and the key is gone.
        guard model.slot == nil else { return }
        spoel(&model)
        _ = metScherm(&model, event: nil) { scherm, ctx in scherm.rondAf(&ctx); return .consumed }
        model.open?.sluitWijziging()
        bewaar(&model)
    }

    // MARK: Update

    public func update(_ model: inout Model, _ message: Message) -> [Effect<Message>] {
        let meldingVoor = model.melding
        defer {
            // Every new message is kept whole in the list of messages.
            if let m = model.melding, m != meldingVoor { model.meldingen.voegToe(m) }
        }
        var effecten = verwerk(&model, message)
        controleerBewerken(&model)
        effecten += bewaarVraagconcepten(&model)
        effecten += planSlot(&model)
        // The audit trail never stops work; when it could not record something, say so.
        if let problemen = model.omgeving.opslag.logboek?.neemProblemen(), let eerste = problemen.first {
            model.melding = .warning(eerste)
        }
        if !model.klokGepland, let open = model.open, model.schermen[model.tab]?.wilKlok(open.dossier) == true {
            model.klokGepland = true
            effecten.append(.after(seconds: 1, .klok))
        }
        return effecten
    }

    private func verwerk(_ model: inout Model, _ message: Message) -> [Effect<Message>] {
        switch message {
        case .klok:
            model.klokGepland = false
            return []
        case .slotTimer:
            model.slotGepland = false
            return slotTimer(&model)
        case .bewaar:
            model.bewaarGepland = false
            bewaar(&model)
            return []
        case .stoppen:
            // Locked: everything was saved when it locked; the lock screen decides.
            if model.slot != nil { return handleSlot(.key(.ctrl("q")), &model) }
            return stoppen(&model)
        case .editorKlaar(let tekst):
            return metScherm(&model, event: nil) { scherm, ctx in scherm.editorKlaar(tekst, &ctx); return .consumed }
        case .event(let event):
            return handle(event, &model)
        }
    }

    private func handle(_ event: Event, _ model: inout Model) -> [Effect<Message>] {
        if case .resize = event { return [] }
        if model.slot != nil { return handleSlot(event, &model) }
        if case .key = event { model.laatsteActiviteit = model.omgeving.nu() }
        if isActie("app.vergrendelen", event, model), model.omgeving.kluis != nil { return vergrendel(&model) }
        if model.begrippen != nil {
            if model.begrippen!.handle(event, model.omgeving.keymap) == .gesloten { model.begrippen = nil }
            return []
        }
        if model.hulp != nil {
            if isActie("hulp.begrippen", event, model) {
                model.hulp = nil
                model.begrippen = Begrippenlijst(model.omgeving.methode)
                return []
            }
            if model.hulp!.handle(event) == .cancelled || isActie("app.hulp", event, model) { model.hulp = nil }
            return []
        }
        // During a pause on black only the key back acts: no list that cannot be seen.
        if model.presentatie?.zwart == true { return handlePresentatie(event, &model) ?? [] }
        if model.meldingen.isOpen {
            if case .key(let key) = event, isActie("app.meldingen", event, model) || !model.meldingen.handle(key) { model.meldingen.boven = nil }
            return []
        }
        if isActie("app.meldingen", event, model) {
            model.meldingen.boven = 0
            return []
        }
        if let effecten = handlePresentatie(event, &model) { return effecten }
        if model.vraag != nil { return handleVraag(event, &model) }
        if model.export != nil { return handleExport(event, &model) }
        if case .key = event { model.melding = nil }
        if event != .key(.ctrl("q")) { model.stoppenOndanks = false }

        var effecten: [Effect<Message>] = []
        var verwerkt = false
        if model.open != nil {
            if let effecten = handleAlleenLezen(event, &model) { return effecten }
            var result = Handled.ignored
            effecten = metScherm(&model, event: event) { scherm, ctx in
                result = scherm.handle(event, &ctx)
                return result
            }
            verwerkt = result != .ignored
        } else {
            verwerkt = handleOverzicht(event, &model)
        }
        if verwerkt { return effecten }
        return effecten + globaal(event, &model)
    }

    /// Runs a screen's handling with a context, then takes over its changes and requests.
    func metScherm(_ model: inout Model, event: Event?, _ doe: (inout any DossierScherm, inout SchermContext) -> Handled) -> [Effect<Message>] {
        guard var open = model.open, model.schermen[model.tab] != nil else { return [] }
        // Out of the model while it handles the key: a text it edits is then not shared, so
        // it is not copied whole for every key.
        var scherm = model.schermen.removeValue(forKey: model.tab)!
        var ctx = SchermContext(dossier: open.dossier, omgeving: model.omgeving)
        _ = doe(&scherm, &ctx)
        model.schermen[model.tab] = scherm
        var effecten: [Effect<Message>] = []
        let veranderd = ctx.dossier != open.dossier
        if veranderd {
            open.verander(naar: ctx.dossier, wijziging: ctx.wijziging, vandaag: model.omgeving.vandaag)
            model.open = open
        }
        // Typed text the screen keeps until a save point is saved after the same pause.
        if veranderd || scherm.heeftOpenstaand, !model.bewaarGepland {
            model.bewaarGepland = true
            effecten.append(.after(seconds: Self.bewaarPauze, .bewaar))
        }
        for verzoek in ctx.verzoeken {
            switch verzoek {
            case .melding(let m): model.melding = m
            case .editor(let tekst): effecten.append(.editor(text: tekst, done: { .editorKlaar($0) }))
            case .bewaarNu:
                model.open?.sluitWijziging()
                bewaar(&model)
            case .ga(let plaats): ga(naar: plaats, &model)
            case .vraagGebruiker: vraagGebruiker(&model, daarna: event)
            case .stelVast(let overleg, let aanwezigen): stelVast(overleg: overleg, aanwezigen: aanwezigen, &model)
            case .overlegGeannuleerd:
                model.open?.sluitWijziging()
                bewaar(&model)
                if let id = model.open?.dossier.id { model.omgeving.opslag.noteer(.overlegGeannuleerd, dossier: id) }
            }
        }
        return effecten
    }

    // MARK: Global keys

    func globaal(_ event: Event, _ model: inout Model) -> [Effect<Message>] {
        guard case .key(let key) = event else { return [] }
        let scopes: Set<String> = model.open == nil ? ["app"] : ["app", "dossier"]
        guard let binding = model.omgeving.keymap.binding(for: key, scopes: scopes) else { return [] }
        switch binding.id {
        case "app.hulp":
            model.hulp = HelpOverlay(keymap: hulpKeymap(model), title: "Toetsen")
        case "app.afsluiten":
            return stoppen(&model)
        case "dossier.exporteren":
            startExport(&model)
        case "dossier.bewaren":
            bewaar(&model)
            if model.melding == nil { model.melding = .success("Bewaard.") }
        case "dossier.terug":
            if model.presentatie != nil {
                model.melding = .info("Het overzicht toont andere huishoudens: zet eerst de presentatie uit met \(toets("presentatie.aanuit", model)).")
                return []
            }
            model.open?.sluitWijziging()
            bewaar(&model)
            if model.open?.heeftWijzigingen == true {
                // Never leave unsaved work behind: the message says why saving failed.
                if model.open?.conflict != nil { model.melding = .warning("Eerst kiezen: " + conflictKeuze(model)) }
                return []
            }
            let id = model.open?.dossier.id
            model.open = nil
            model.schermen = [:]
            model.overzicht.vernieuw(model.omgeving, selecteer: id)
        case "dossier.ongedaan":
            if model.open?.ongedaanMaken() == true { herlaadSchermen(&model); plan(&model) } else { model.melding = .info("Er is niets om ongedaan te maken.") }
            return []
        case "dossier.opnieuw":
            if model.open?.opnieuw() == true { herlaadSchermen(&model); plan(&model) } else { model.melding = .info("Er is niets om opnieuw te doen.") }
            return []
        case "dossier.kopieren":
            return kopieer(&model)
        case "dossier.herladen":
            guard model.open?.conflict != nil else { return [] }
            do {
                try model.open?.laadOpnieuw(uit: model.omgeving.opslag)
                herlaadSchermen(&model)
                model.melding = .info("Het dossier is opnieuw gelezen zoals het nu bewaard is.")
            } catch { model.melding = .error(error.melding) }
        case "dossier.kopie":
            guard model.open?.conflict != nil else { return [] }
            do {
                try model.open?.bewaarAlsKopie(in: model.omgeving.opslag, vandaag: model.omgeving.vandaag)
                herlaadSchermen(&model)
                model.melding = .success("Uw versie is bewaard als nieuw dossier: \(model.open?.dossier.naam ?? "").")
            } catch { model.melding = .error(error.melding) }
        default:
            if binding.id.hasPrefix("dossier.tab"), let n = Int(binding.id.dropFirst("dossier.tab".count)), let tab = Tabblad(rawValue: n - 1) {
                kies(tab, &model)
            }
        }
        return []
    }

    /// The copy key: the text of the item with focus goes to the clipboard through the
    /// terminal; the message says what was sent.
    private func kopieer(_ model: inout Model) -> [Effect<Message>] {
        guard let open = model.open, let (titel, tekst) = model.schermen[model.tab]?.kopieertekst(open.dossier) else {
            model.melding = .info("Hier is geen veld met tekst om te kopiëren: kies eerst een veld.")
            return []
        }
        let tekens = tekst.count
        model.melding = .success("\(titel): \(tekens == 1 ? "1 teken" : "\(tekens) tekens") naar het klembord gestuurd.")
        return [.clipboard(tekst)]
    }

    /// After undo/redo the change is saved like any other.
    private func plan(_ model: inout Model) {
        model.open?.sluitWijziging()
        bewaar(&model)
    }

    private func stoppen(_ model: inout Model) -> [Effect<Message>] {
        spoel(&model)
        _ = metScherm(&model, event: nil) { scherm, ctx in scherm.rondAf(&ctx); return .consumed }
        model.open?.sluitWijziging()
        bewaar(&model)
        if model.open?.heeftWijzigingen == true && !model.stoppenOndanks {
            model.stoppenOndanks = true
            model.melding = .error("Niet alles is bewaard (zie hierboven). Druk nogmaals C-q om toch te stoppen.")
            return []
        }
        return [.quit]
    }

    func kies(_ tab: Tabblad, _ model: inout Model) {
        guard let open = model.open else { return }
        model.open?.sluitWijziging()
        bewaar(&model)
        model.tab = tab
        if model.schermen[tab] == nil { model.schermen[tab] = tab.maakScherm(open.dossier, model.omgeving) }
    }

    private func ga(naar plaats: Plaats, _ model: inout Model) {
        guard let open = model.open else { return }
        let tab = Tabblad.voor(plaats)
        kies(tab, &model)
        model.schermen[tab]?.ga(naar: plaats, in: open.dossier)
    }

    private func herlaadSchermen(_ model: inout Model) {
        guard let d = model.open?.dossier else { return }
        for tab in model.schermen.keys { model.schermen[tab]?.herlaad(d) }
    }

    // MARK: Saving

    /// Text typed in the screen with focus but not yet in the dossier goes into it (and
    /// into the undo history, with the run of typing it belongs to).
    func spoel(_ model: inout Model) {
        guard var open = model.open, var scherm = model.schermen[model.tab], scherm.heeftOpenstaand else { return }
        var ctx = SchermContext(dossier: open.dossier, omgeving: model.omgeving)
        scherm.spoel(&ctx)
        model.schermen[model.tab] = scherm
        guard ctx.dossier != open.dossier else { return }
        open.verander(naar: ctx.dossier, wijziging: ctx.wijziging, vandaag: model.omgeving.vandaag)
        model.open = open
    }

    func bewaar(_ model: inout Model) {
        // While locked there is no key: what changed is saved after unlocking.
        guard model.slot == nil else { return }
        spoel(&model)
        guard var open = model.open else { return }
        if let fout = open.bewaar(in: model.omgeving.opslag) {
            model.melding = .error(open.conflict != nil ? fout + " " + conflictKeuze(model) : fout)
        }
        model.open = open
    }

    /// Closing an overleg: the plan as it is now becomes a version that is never changed.
    func stelVast(overleg: String?, aanwezigen: [String], _ model: inout Model) {
        model.open?.sluitWijziging()
        bewaar(&model)
        guard let open = model.open, !open.heeftWijzigingen else {
            if model.melding == nil { model.melding = .error("Het plan is niet vastgesteld: het dossier kon niet worden bewaard.") }
            return
        }
        do {
            try model.omgeving.opslag.stelVast(open.dossier, op: model.omgeving.vandaag, overleg: overleg, aanwezigen: aanwezigen,
                                               nu: model.omgeving.nu())
            // Before what the screen reported in the same step (the overleg is closed).
            let vastgesteld = "Plan vastgesteld als versie van \(model.omgeving.vandaag.tekst) (tab Versies)."
            model.melding = .success([vastgesteld, model.melding?.text].compactMap { $0 }.joined(separator: " "))
        } catch {
            model.melding = .error("Het plan is niet vastgesteld: \(error.melding)")
        }
    }

    /// The two ways out of a conflict, with the keys as the user has them.
    func conflictKeuze(_ model: Model) -> String {
        let toets = { (id: String) in model.omgeving.keymap[id]?.keys.first?.description ?? id }
        return "\(toets("dossier.herladen")) leest het dossier opnieuw (uw wijzigingen vervallen), "
            + "\(toets("dossier.kopie")) bewaart uw versie als nieuw dossier."
    }

    // MARK: Overview

    private func handleOverzicht(_ event: Event, _ model: inout Model) -> Bool {
        switch model.overzicht.handle(event, model.omgeving) {
        case .genegeerd: return false
        case .verwerkt: return true
        case .open(let id): open(id, &model)
        case .nieuw:
            model.vraag = (Tekstvraag(titel: "Nieuw huishouden", uitleg: "Hoe heet het huishouden? Bijvoorbeeld 'Familie Jansen'. De naam is later te wijzigen."), .nieuwHuishouden)
        case .demo:
            do {
                try model.omgeving.opslag.voegToe(Voorbeeld.demo(vandaag: model.omgeving.vandaag))
                model.overzicht.vernieuw(model.omgeving)
                model.melding = .success("Een verzonnen voorbeeldhuishouden is toegevoegd.")
            } catch { model.melding = .error(error.melding) }
        }
        return true
    }

    func open(_ id: String, _ model: inout Model) {
        do {
            let geladen = try model.omgeving.opslag.laad(id)
            model.open = OpenDossier(geladen)
            model.schermen = [:]
            model.tab = .huishouden
            kies(.huishouden, &model)
            if let teruggezet = geladen.teruggezet { model.melding = .warning(teruggezet.description) }
            meldVraagconcepten(&model)
        } catch {
            model.melding = .error(error.melding)
            model.overzicht.vernieuw(model.omgeving)
        }
    }

    // MARK: Questions

    private func handleVraag(_ event: Event, _ model: inout Model) -> [Effect<Message>] {
        guard var (vraag, doel) = model.vraag else { return [] }
        let uitkomst = vraag.handle(event)
        model.vraag = (vraag, doel)
        switch uitkomst {
        case .bezig: return []
        case .gestopt:
            model.vraag = nil
            model.naNaam = nil
            return []
        case .antwoord(let tekst):
            model.vraag = nil
            switch doel {
            case .nieuwHuishouden: nieuwHuishouden(tekst, &model)
            case .gebruiker:
                model.omgeving.gebruiker = tekst
                model.omgeving.opslag.gebruiker = tekst
                do { try model.omgeving.bewaarGebruiker(tekst) } catch {
                    model.melding = .warning("Uw naam wordt gebruikt, maar kon niet in de instellingen worden bewaard: \(error)")
                }
                if let e = model.naNaam {
                    model.naNaam = nil
                    return handle(e, &model)
                }
            }
            return []
        }
    }

    private func nieuwHuishouden(_ naam: String, _ model: inout Model) {
        let dossier = Dossier(naam: naam, aangemaakt: model.omgeving.vandaag)
        do {
            let v = try model.omgeving.opslag.voegToe(dossier)
            model.open = OpenDossier(GeladenDossier(dossier: dossier, vingerafdruk: v))
            model.schermen = [:]
            kies(.huishouden, &model)
            model.melding = .success("\(naam) is aangemaakt. Begin met de gezinsleden.")
        } catch { model.melding = .error(error.melding) }
    }

    /// Asks the user's name once; `event` is handled again once it is known.
    func vraagGebruiker(_ model: inout Model, daarna event: Event?) {
        model.naNaam = event
        model.vraag = (Tekstvraag(titel: "Uw naam", uitleg: "Wie werkt er? Uw naam komt bij wat u afvinkt en bij niveauwijzigingen. Regie vraagt dit één keer en bewaart het in de instellingen."), .gebruiker)
    }

    // MARK: Keys for the help

    func isActie(_ id: String, _ event: Event, _ model: Model) -> Bool {
        guard case .key(let key) = event else { return false }
        return model.omgeving.keymap[id]?.keys.contains(key) ?? false
    }

    /// The bindings that apply where the user is: the screen's, the form's, and the global ones.
    func hulpKeymap(_ model: Model) -> Keymap {
        var scopes: Set<String> = ["app", "presentatie", "hulp"]
        if model.open != nil {
            scopes.insert("dossier")
            if let scherm = model.schermen[model.tab] { scopes.formUnion(scherm.scopes) }
        } else {
            scopes.insert("overzicht")
        }
        return Keymap(model.omgeving.keymap.bindings.filter { scopes.contains($0.scope) })
    }
}
