import Foundation
import RegieStore
import Screen

/// Locking: after a pause without keys (default five minutes) or on C-l the program saves,
/// drops the store's key and shows only the lock screen. Unlocking with the passphrase
/// brings back exactly what was there, with everything typed.
extension RegieProgramma {
    static let slotToetsen = VergrendelActie.bindings

    /// Locks now: what is typed is stored and saved first, then the key is dropped. When
    /// the key cannot be dropped the program stops instead (everything is saved by then).
    @discardableResult
    func vergrendel(_ model: inout Model) -> [Effect<Message>] {
        spoel(&model)
        _ = metScherm(&model, event: nil) { scherm, ctx in scherm.rondAf(&ctx); return .consumed }
        model.open?.sluitWijziging()
        bewaar(&model)
        // The references to the key are the store's layer and its audit trail: replace the
        // store by one without either. What Swift keeps of it in freed memory cannot be
        // wiped from here.
        guard let zonder = try? Opslag(map: model.omgeving.opslag.map, laag: VergrendeldeLaag()) else { return [.quit] }
        model.omgeving.opslag = zonder
        model.slot = Slotscherm(.ontgrendelen)
        model.hulp = nil
        model.begrippen = nil
        model.melding = nil
        return []
    }

    /// Keys while the lock screen is up: nothing reaches the rest of the program.
    func handleSlot(_ event: Event, _ model: inout Model) -> [Effect<Message>] {
        guard var slot = model.slot, let kluis = model.omgeving.kluis else { return [] }
        let uitkomst = slot.handle(event, keymap: model.omgeving.keymap, sterkte: kluis.sterkte)
        model.slot = slot
        let gelukt: Result<any Bytelaag, Kluismelding>
        var herstelcode: String?
        switch uitkomst {
        case .bezig: return []
        case .stoppen:
            // Everything was saved when it locked; what could not be saved stays unsaved.
            if model.open?.heeftWijzigingen == true {
                model.slot?.probleem = "Niet alles is bewaard: ontgrendel eerst, dan ziet u waarom."
                return []
            }
            return [.quit]
        case .herstelcodeGezien:
            model.slot = nil
            return []
        case .ontgrendel(let w): gelukt = kluis.open(w)
        case .nieuwWachtwoord(let w):
            gelukt = kluis.maak(w).map { nieuw in
                herstelcode = nieuw.herstelcode
                return nieuw.laag
            }
        case .onversleuteld:
            if let fout = kluis.kiesOnversleuteld() { model.slot?.mislukt(fout.tekst); return [] }
            model.omgeving.onversleuteld = true
            model.omgeving.kluis = nil
            gelukt = .success(GeenVersleuteling())
        }
        switch gelukt {
        case .failure(let fout):
            model.slot?.mislukt(fout.tekst)
        case .success(let laag):
            do {
                let map = model.omgeving.opslag.map
                model.omgeving.opslag = try kluis.opslagMet?(laag) ?? Opslag(map: map, laag: laag)
                if let naam = model.omgeving.gebruiker { model.omgeving.opslag.gebruiker = naam }
            } catch {
                model.slot?.mislukt((error as? OpslagFout)?.melding ?? "De gegevens kunnen niet worden geopend.")
                return []
            }
            // A new key: its recovery code is shown once, on its own screen, until confirmed.
            model.slot = herstelcode.map { Slotscherm(.herstelcode($0)) }
            model.laatsteActiviteit = model.omgeving.nu()
            if model.open == nil { model.overzicht.vernieuw(model.omgeving) }
            if let verwijzing = model.naOntgrendelen {
                model.naOntgrendelen = nil
                presenteer(verwijzing: verwijzing, &model)
            }
            // What changed while it was locking (a save refused) is saved now.
            bewaar(&model)
        }
        return []
    }

    /// `regie --presentatie <naam of id>` with a store that opened only now.
    func presenteer(verwijzing: String, _ model: inout Model) {
        do {
            let s = try model.omgeving.opslag.lijst().vind(verwijzing)
            if let probleem = presenteer(s.id, in: &model) { model.melding = .error(probleem) }
        } catch {
            model.melding = .error(error.melding)
        }
    }

    /// Keeps one timer for locking while the program is open and a key exists.
    func planSlot(_ model: inout Model) -> [Effect<Message>] {
        guard !model.slotGepland, model.slot == nil, model.omgeving.kluis != nil, let na = model.omgeving.vergrendelNa else { return [] }
        model.slotGepland = true
        let verstreken = model.laatsteActiviteit.map { model.omgeving.nu().timeIntervalSince($0) } ?? 0
        return [.after(seconds: max(1, na - verstreken), .slotTimer)]
    }

    /// The timer fired: lock when the pause is long enough (the next timer is planned after).
    func slotTimer(_ model: inout Model) -> [Effect<Message>] {
        guard model.slot == nil, model.omgeving.kluis != nil, let na = model.omgeving.vergrendelNa else { return [] }
        let laatste = model.laatsteActiviteit ?? model.omgeving.nu()
        if model.laatsteActiviteit == nil { model.laatsteActiviteit = laatste }
        if model.omgeving.nu().timeIntervalSince(laatste) >= na { return vergrendel(&model) }
        return []
    }
}

/// Locking, on every screen.
public enum VergrendelActie: String, KeyAction {
    case vergrendelen = "app.vergrendelen"

    public var defaultBinding: Binding {
        switch self {
        case .vergrendelen: bind([.ctrl("l")], "Vergrendelen (wachtwoord nodig om verder te gaan)")
        }
    }
}
