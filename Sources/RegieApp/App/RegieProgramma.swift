import Foundation
import RegieDomain
import RegieExport
import RegieStore
import Screen

/// The program: the caseload overview, and an open dossier with its screens as tabs.
///
/// Every change a screen makes goes into `OpenDossier` (undo history) and is saved after
/// half a second of quiet, when leaving a field, on C-s, when leaving the dossier and on
/// quitting. A save refused because the file changed elsewhere is never forced.
///
/// `update` does no I/O itself: saving, reading the list, searching, opening, erasing and
/// the settings are `Werk` values it returns; the runtime runs them off the input loop and
/// their result comes back as `Message.klaar`. Meanwhile the screen keeps drawing, says what
/// runs ("bewaren…") and every key is handled.
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
        /// The work running off the input loop, in the order asked (shown in the status line).
        public internal(set) var lopend: [Werkbezig] = []
        /// What to do once the open dossier is saved (stop, leave it, fix the plan).
        var naBewaren: [NaBewaren] = []
        /// Set while a dossier is being opened or made: keys typed meanwhile wait in
        /// `wachtendeToetsen` and go to the dossier once it is there.
        var houdtToetsen = false
        var wachtendeToetsen: [Event] = []

        /// - Parameter slot: start behind the lock screen (an encrypted store not yet open, or
        ///   a first start); the overview is read once the store is open.
        ///   `leesLijst`: read the list at once (before the program runs); off for a reducer
        ///   test, which gives the list itself.
        public init(omgeving: Werkomgeving, melding: String? = nil, themas: Themakeuze? = nil, slot: Slotscherm? = nil,
                    leesLijst: Bool = true) {
            self.omgeving = omgeving
            self.themas = themas
            self.slot = slot
            if slot == nil, leesLijst { overzicht.vernieuw(omgeving) }
            self.melding = melding.map(MessageLine.warning)
            if let m = self.melding { meldingen.voegToe(m) }
        }
    }

    public enum Vraagdoel: Equatable {
        case nieuwHuishouden
        case gebruiker
    }

    /// What waits for the open dossier's save to come back.
    enum NaBewaren: Equatable {
        /// C-s: say it is saved.
        case meldBewaard
        /// C-q: stop when everything is saved.
        case stoppen
        /// Back to the overview when everything is saved.
        case terug
        /// Fix the plan as a version when everything is saved.
        case stelVast(overleg: String?, aanwezigen: [String])
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
        /// Work on the store came back.
        case klaar(Werkuitkomst)
    }

    public func message(for event: Event, in model: Model) -> Message? { .event(event) }

    /// "Venster te klein": what a key would do cannot be seen, so only stopping (with its
    /// save) acts. Every other key and paste is dropped.
    public func messageWhenTooSmall(for event: Event, in model: Model) -> Message? {
        isActie(AppActie.afsluiten, event, model) ? .stoppen : nil
    }

    public func tooSmallNote(_ model: Model) -> String? {
        // The recovery code (shown once) and the question about no encryption cannot be left
        // by stopping: promise only what the key does there.
        if let slot = model.slot, !slot.acties.contains(.stoppen) {
            if case .herstelcode = slot.soort { return "Vergroot het venster om de herstelcode te zien. Toetsen doen nu niets." }
            return "Vergroot het venster. Toetsen doen nu niets."
        }
        return "Vergroot het venster. Toetsen doen nu niets; \(toets(AppActie.afsluiten, model)) stopt (en bewaart)."
    }

    /// A closed lid or a dropped connection (SIGHUP), or SIGTERM: save what was typed. The
    /// runtime finishes this save (and one already running) before the process ends.
    public func stopping(_ model: inout Model) -> [Effect<Message>] {
        // Locked: everything was saved when it locked, and the key is gone.
        guard model.slot == nil else { return [] }
        spoel(&model)
        var effecten = metScherm(&model, event: nil) { scherm, ctx in scherm.rondAf(&ctx); return .consumed }
        model.open?.sluitWijziging()
        effecten += bewaar(&model)
        return effecten.filter { if case .after = $0 { false } else { true } }
    }

    /// Asks for work on the store, off the input loop; the status line says it runs.
    func werk(_ soort: Werk.Soort, _ model: inout Model) -> Effect<Message> {
        model.lopend.append(soort.bezig)
        return .run(Werk(soort, model.omgeving))
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
            return bewaar(&model)
        case .klaar(let uitkomst):
            if let i = model.lopend.firstIndex(of: uitkomst.soort) { model.lopend.remove(at: i) }
            return klaar(uitkomst, &model)
        case .stoppen:
            // Locked: everything was saved when it locked; the lock screen decides.
            if model.slot != nil { return handleSlot(.key(model.omgeving.keymap[SlotActie.stoppen]?.keys.first ?? .ctrl("q")), &model) }
            return stoppen(&model)
        case .editorKlaar(let tekst):
            return metScherm(&model, event: nil) { scherm, ctx in scherm.editorKlaar(tekst, &ctx); return .consumed }
        case .event(let event):
            return handle(event, &model)
        }
    }

    private func handle(_ event: Event, _ model: inout Model) -> [Effect<Message>] {
        if case .resize = event { return [] }
        // A dossier is being opened, or the key: the keys wait for it.
        if model.houdtToetsen {
            model.wachtendeToetsen.append(event)
            return []
        }
        if model.slot != nil { return handleSlot(event, &model) }
        if case .key = event { model.laatsteActiviteit = model.omgeving.nu() }
        if isActie(VergrendelActie.vergrendelen, event, model), model.omgeving.kluis != nil { return vergrendel(&model) }
        if model.begrippen != nil {
            if model.begrippen!.handle(event, model.omgeving.keymap) == .gesloten { model.begrippen = nil }
            return []
        }
        if model.hulp != nil {
            if isActie(HulpActie.begrippen, event, model) {
                model.hulp = nil
                model.begrippen = Begrippenlijst(model.omgeving.methode)
                return []
            }
            if model.hulp!.handle(event) == .cancelled || isActie(AppActie.hulp, event, model) { model.hulp = nil }
            return []
        }
        // During a pause on black only the key back acts: no list that cannot be seen.
        if model.presentatie?.zwart == true { return handlePresentatie(event, &model) ?? [] }
        if model.meldingen.isOpen {
            if case .key(let key) = event, isActie(AppActie.meldingen, event, model) || !model.meldingen.handle(key, model.omgeving.keymap) { model.meldingen.boven = nil }
            return []
        }
        if isActie(AppActie.meldingen, event, model) {
            model.meldingen.boven = 0
            return []
        }
        if let effecten = handlePresentatie(event, &model) { return effecten }
        if model.vraag != nil { return handleVraag(event, &model) }
        if model.export != nil { return handleExport(event, &model) }
        if case .key = event { model.melding = nil }
        if !isActie(AppActie.afsluiten, event, model) { model.stoppenOndanks = false }

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
            let (gedaan, gevraagd) = handleOverzicht(event, &model)
            verwerkt = gedaan
            effecten = gevraagd
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
                effecten += bewaar(&model)
            case .ga(let plaats): effecten += ga(naar: plaats, &model)
            case .vraagGebruiker: vraagGebruiker(&model, daarna: event)
            case .stelVast(let overleg, let aanwezigen):
                model.open?.sluitWijziging()
                effecten += bewaarEnDan(.stelVast(overleg: overleg, aanwezigen: aanwezigen), &model)
            case .overlegGeannuleerd:
                model.open?.sluitWijziging()
                effecten += bewaar(&model)
                if let id = model.open?.dossier.id { effecten.append(werk(.noteer(.overlegGeannuleerd, dossier: id), &model)) }
            case .werk(let soort): effecten.append(werk(soort, &model))
            }
        }
        return effecten
    }

    // MARK: Global keys

    func globaal(_ event: Event, _ model: inout Model) -> [Effect<Message>] {
        guard case .key(let key) = event else { return [] }
        let scopes: Set<String> = model.open == nil ? ["app"] : ["app", "dossier"]
        guard let binding = model.omgeving.keymap.binding(for: key, scopes: scopes) else { return [] }
        if let actie = AppActie(rawValue: binding.id) {
            switch actie {
            case .hulp: model.hulp = HelpOverlay(keymap: hulpKeymap(model), title: "Toetsen", closeKeys: hulpSluiten(model))
            case .afsluiten: return stoppen(&model)
            // Tab and S-Tab belong to the screens; the list of messages is opened above.
            case .volgende, .vorige, .meldingen: break
            }
            return []
        }
        if ExportActie(rawValue: binding.id) == .exporteren { return startExport(&model) }
        guard let actie = DossierActie(rawValue: binding.id) else { return [] }
        switch actie {
        case .bewaren:
            return bewaarEnDan(.meldBewaard, &model)
        case .terug:
            if model.presentatie != nil {
                model.melding = .info("Het overzicht toont andere huishoudens: zet eerst de presentatie uit met \(toets(PresentatieActie.aanuit, model)).")
                return []
            }
            model.open?.sluitWijziging()
            return bewaarEnDan(.terug, &model)
        case .ongedaan:
            if model.open?.ongedaanMaken() == true { herlaadSchermen(&model); return plan(&model) }
            model.melding = .info("Er is niets om ongedaan te maken.")
            return []
        case .opnieuw:
            if model.open?.opnieuw() == true { herlaadSchermen(&model); return plan(&model) }
            model.melding = .info("Er is niets om opnieuw te doen.")
            return []
        case .kopieren:
            return kopieer(&model)
        case .herladen:
            guard let open = model.open, open.conflict != nil else { return [] }
            return [werk(.laad(open.dossier.id, .herladen), &model)]
        case .kopie:
            guard let open = model.open, open.conflict != nil else { return [] }
            return [werk(.voegToe(open.kopie(vandaag: model.omgeving.vandaag), .kopie), &model)]
        case .tab1, .tab2, .tab3, .tab4, .tab5, .tab6, .tab7, .tab8:
            if let tab = actie.tab { return kies(tab, &model) }
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
    private func plan(_ model: inout Model) -> [Effect<Message>] {
        model.open?.sluitWijziging()
        return bewaar(&model)
    }

    /// C-q: everything is saved first; the program stops once the save has come back. When
    /// it could not save, a second C-q stops anyway.
    private func stoppen(_ model: inout Model) -> [Effect<Message>] {
        if model.stoppenOndanks { return [.quit] }
        spoel(&model)
        var effecten = metScherm(&model, event: nil) { scherm, ctx in scherm.rondAf(&ctx); return .consumed }
        model.open?.sluitWijziging()
        effecten += bewaarEnDan(.stoppen, &model)
        return effecten
    }

    func kies(_ tab: Tabblad, _ model: inout Model) -> [Effect<Message>] {
        guard let open = model.open else { return [] }
        model.open?.sluitWijziging()
        var effecten = bewaar(&model)
        model.tab = tab
        if model.schermen[tab] == nil { model.schermen[tab] = tab.maakScherm(open.dossier, model.omgeving) }
        for soort in model.schermen[tab]?.werkBijTonen(open.dossier) ?? [] { effecten.append(werk(soort, &model)) }
        return effecten
    }

    private func ga(naar plaats: Plaats, _ model: inout Model) -> [Effect<Message>] {
        guard let open = model.open else { return [] }
        let tab = Tabblad.voor(plaats)
        let effecten = kies(tab, &model)
        model.schermen[tab]?.ga(naar: plaats, in: open.dossier)
        return effecten
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

    /// Asks to save the open dossier (what is typed goes in first). While locked there is
    /// no key: what changed is saved after unlocking.
    func bewaar(_ model: inout Model) -> [Effect<Message>] {
        guard model.slot == nil else { return [] }
        spoel(&model)
        guard let soort = model.open?.bewaarWerk() else { return [] }
        return [werk(soort, &model)]
    }

    /// Saves, and does `daarna` once the dossier is saved (at once when nothing runs).
    func bewaarEnDan(_ daarna: NaBewaren, _ model: inout Model) -> [Effect<Message>] {
        var effecten = bewaar(&model)
        model.naBewaren.append(daarna)
        if model.open?.wordtBewaard == nil { effecten += voerNaBewarenUit(&model) }
        return effecten
    }

    /// A save came back: changes made meanwhile are saved next; once nothing runs, what
    /// waited for the save is done.
    private func bewaard(_ kopie: Dossier, _ uitkomst: Result<String, OpslagFout>, _ model: inout Model) -> [Effect<Message>] {
        guard var open = model.open, open.dossier.id == kopie.id else { return [] }
        let fout = open.bewaard(kopie, uitkomst)
        model.open = open
        if let fout {
            model.melding = .error(open.conflict != nil ? fout + " " + conflictKeuze(model) : fout)
        } else if open.heeftWijzigingen {
            let effecten = bewaar(&model)
            if !effecten.isEmpty { return effecten }
        }
        return voerNaBewarenUit(&model)
    }

    private func voerNaBewarenUit(_ model: inout Model) -> [Effect<Message>] {
        let wachtend = model.naBewaren
        model.naBewaren = []
        var effecten: [Effect<Message>] = []
        let alles = model.open?.heeftWijzigingen != true
        for daarna in wachtend {
            switch daarna {
            case .meldBewaard:
                if alles, model.melding == nil { model.melding = .success("Bewaard.") }
            case .stoppen:
                if alles || model.stoppenOndanks { return effecten + [.quit] }
                model.stoppenOndanks = true
                model.melding = .error("Niet alles is bewaard (zie hierboven). Druk nogmaals \(toets(AppActie.afsluiten, model)) om toch te stoppen.")
            case .terug:
                guard let open = model.open else { continue }
                if !alles {
                    // Never leave unsaved work behind: the message says why saving failed.
                    if open.conflict != nil { model.melding = .warning("Eerst kiezen: " + conflictKeuze(model)) }
                    continue
                }
                model.open = nil
                model.schermen = [:]
                effecten.append(werk(model.overzicht.leesWerk(selecteer: open.dossier.id), &model))
            case .stelVast(let overleg, let aanwezigen):
                guard let open = model.open, alles else {
                    if model.melding == nil { model.melding = .error("Het plan is niet vastgesteld: het dossier kon niet worden bewaard.") }
                    continue
                }
                // The plan as it is now becomes a version that is never changed.
                effecten.append(werk(.stelVast(open.dossier, op: model.omgeving.vandaag, overleg: overleg, aanwezigen: aanwezigen,
                                                nu: model.omgeving.nu()), &model))
            }
        }
        return effecten
    }

    /// Work on the store came back.
    private func klaar(_ uitkomst: Werkuitkomst, _ model: inout Model) -> [Effect<Message>] {
        switch uitkomst {
        case .bewaard(let kopie, let r):
            return bewaard(kopie, r, &model)
        case .lijst, .zoekindex, .versiesGeteld, .gewist:
            guard let volgende = model.overzicht.neem(uitkomst, model.omgeving) else { return [] }
            return [werk(volgende, &model)]
        case .geladen(_, .herladen, let r):
            switch r {
            case .success(let geladen):
                model.open?.herladen(geladen)
                herlaadSchermen(&model)
                model.melding = .info("Het dossier is opnieuw gelezen zoals het nu bewaard is.")
            case .failure(let fout): model.melding = .error(fout.melding)
            }
            return []
        case .geladen(_, let doel, let r):
            var effecten: [Effect<Message>] = []
            switch r {
            case .success(let geladen):
                effecten = geopend(geladen, &model)
                if doel == .presenteren { zetPresentatieAan(&model) }
            case .failure(let fout):
                model.melding = .error(fout.melding)
                effecten = [werk(model.overzicht.leesWerk(), &model)]
            }
            return effecten + laatToetsenLos(&model)
        case .toegevoegd(let dossier, let doel, let r):
            switch (doel, r) {
            case (_, .failure(let fout)):
                model.melding = .error(fout.melding)
            case (.nieuwHuishouden, .success(let v)):
                model.open = OpenDossier(GeladenDossier(dossier: dossier, vingerafdruk: v))
                model.schermen = [:]
                let effecten = kies(.huishouden, &model)
                model.melding = .success("\(dossier.naam) is aangemaakt. Begin met de gezinsleden.")
                return effecten + laatToetsenLos(&model)
            case (.demo, .success):
                model.melding = .success("Een verzonnen voorbeeldhuishouden is toegevoegd.")
                return [werk(model.overzicht.leesWerk(), &model)]
            case (.kopie, .success(let v)):
                model.open = OpenDossier(GeladenDossier(dossier: dossier, vingerafdruk: v))
                herlaadSchermen(&model)
                model.melding = .success("Uw versie is bewaard als nieuw dossier: \(dossier.naam).")
            }
            return doel == .nieuwHuishouden ? laatToetsenLos(&model) : []
        case .vastgesteld(let datum, let fout):
            if let fout {
                model.melding = .error("Het plan is niet vastgesteld: \(fout)")
            } else {
                // Before what the screen reported in the same step (the overleg is closed).
                let vastgesteld = "Plan vastgesteld als versie van \(datum.tekst) (tab Versies)."
                model.melding = .success([vastgesteld, model.melding?.text].compactMap { $0 }.joined(separator: " "))
                // The versions tab reads its list again.
                if let open = model.open, let scherm = model.schermen[.versies] {
                    return scherm.werkBijTonen(open.dossier).map { werk($0, &model) }
                }
            }
            return []
        case .gebruikerBewaard(let fout):
            if let fout { model.melding = .warning("Uw naam wordt gebruikt, maar kon niet in de instellingen worden bewaard: \(fout)") }
            return []
        case .genoteerd:
            return []
        case .kluis(let r):
            return ontgrendeld(r, &model) + laatToetsenLos(&model)
        case .geexporteerd(let formaat, let map, let r):
            geexporteerd(formaat, map: map, r, &model)
            return []
        case .versies, .logboek:
            // For the screens that asked (the Versies tab).
            for tab in Array(model.schermen.keys) { model.schermen[tab]?.neem(uitkomst) }
            return []
        }
    }

    /// The keys typed while a dossier was being opened go to it now, in order.
    func laatToetsenLos(_ model: inout Model) -> [Effect<Message>] {
        model.houdtToetsen = false
        let toetsen = model.wachtendeToetsen
        model.wachtendeToetsen = []
        var effecten: [Effect<Message>] = []
        for (i, event) in toetsen.enumerated() {
            effecten += handle(event, &model)
            // Opening again (Enter on another household): the rest waits for that one.
            if model.houdtToetsen {
                model.wachtendeToetsen = Array(toetsen[(i + 1)...]) + model.wachtendeToetsen
                break
            }
        }
        return effecten
    }

    /// The two ways out of a conflict, with the keys as the user has them.
    func conflictKeuze(_ model: Model) -> String {
        "\(toets(DossierActie.herladen, model)) leest het dossier opnieuw (uw wijzigingen vervallen), "
            + "\(toets(DossierActie.kopie, model)) bewaart uw versie als nieuw dossier."
    }

    // MARK: Overview

    private func handleOverzicht(_ event: Event, _ model: inout Model) -> (Bool, [Effect<Message>]) {
        switch model.overzicht.handle(event, model.omgeving) {
        case .genegeerd: return (false, [])
        case .verwerkt: return (true, [])
        case .open(let id): return (true, open(id, &model))
        case .nieuw:
            model.vraag = (Tekstvraag(titel: "Nieuw huishouden", uitleg: "Hoe heet het huishouden? Bijvoorbeeld 'Familie Jansen'. De naam is later te wijzigen."), .nieuwHuishouden)
            return (true, [])
        case .demo:
            return (true, [werk(.voegToe(Voorbeeld.demo(vandaag: model.omgeving.vandaag), .demo), &model)])
        case .werk(let soort):
            return (true, [werk(soort, &model)])
        }
    }

    /// Opens a household: it is read off the input loop; keys typed meanwhile go to it.
    func open(_ id: String, _ model: inout Model, doel: Werk.Laaddoel = .openen) -> [Effect<Message>] {
        model.houdtToetsen = true
        return [werk(.laad(id, doel), &model)]
    }

    /// A household was read: it is the open dossier now.
    func geopend(_ geladen: GeladenDossier, _ model: inout Model) -> [Effect<Message>] {
        model.open = OpenDossier(geladen)
        model.schermen = [:]
        model.tab = .huishouden
        let effecten = kies(.huishouden, &model)
        if let teruggezet = geladen.teruggezet { model.melding = .warning(teruggezet.description) }
        meldVraagconcepten(&model)
        return effecten
    }

    // MARK: Questions

    private func handleVraag(_ event: Event, _ model: inout Model) -> [Effect<Message>] {
        guard var (vraag, doel) = model.vraag else { return [] }
        let uitkomst = vraag.handle(event, model.omgeving.keymap)
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
            case .nieuwHuishouden:
                // Made off the input loop; keys typed meanwhile go to the new household.
                model.houdtToetsen = true
                return [werk(.voegToe(Dossier(naam: tekst, aangemaakt: model.omgeving.vandaag), .nieuwHuishouden), &model)]
            case .gebruiker:
                model.omgeving.gebruiker = tekst
                model.omgeving.opslag.gebruiker = tekst
                var effecten = [werk(.bewaarGebruiker(tekst), &model)]
                if let e = model.naNaam {
                    model.naNaam = nil
                    effecten += handle(e, &model)
                }
                return effecten
            }
        }
    }

    /// Asks the user's name once; `event` is handled again once it is known.
    func vraagGebruiker(_ model: inout Model, daarna event: Event?) {
        model.naNaam = event
        model.vraag = (Tekstvraag(titel: "Uw naam", uitleg: "Wie werkt er? Uw naam komt bij wat u afvinkt en bij niveauwijzigingen. Regie vraagt dit één keer en bewaart het in de instellingen."), .gebruiker)
    }

    // MARK: Keys for the help

    func isActie<A: KeyAction>(_ actie: A, _ event: Event, _ model: Model) -> Bool {
        model.omgeving.keymap.matches(event, actie)
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
        var keymap = Keymap(model.omgeving.keymap.bindings.filter { scopes.contains($0.scope) })
        zetNietNu(&keymap, model)
        return keymap
    }
}
