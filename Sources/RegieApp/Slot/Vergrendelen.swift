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
        var effecten = metScherm(&model, event: nil) { scherm, ctx in scherm.rondAf(&ctx); return .consumed }
        model.open?.sluitWijziging()
        // The save runs off the loop with the store as it is now (with the key), and is
        // finished before the key is gone from it; its result comes back while locked.
        effecten += bewaar(&model)
        // The references to the key are the store's layer and its audit trail: replace the
        // store by one without either. What Swift keeps of it in freed memory cannot be
        // wiped from here.
        model.omgeving.opslag = Opslag(zonderAanmaken: model.omgeving.opslag.map, laag: VergrendeldeLaag())
        model.slot = Slotscherm(.ontgrendelen)
        model.hulp = nil
        model.begrippen = nil
        model.melding = nil
        return effecten
    }

    /// Keys while the lock screen is up: nothing reaches the rest of the program.
    func handleSlot(_ event: Event, _ model: inout Model) -> [Effect<Message>] {
        guard var slot = model.slot, let kluis = model.omgeving.kluis else { return [] }
        let uitkomst = slot.handle(event, keymap: model.omgeving.keymap, sterkte: kluis.sterkte)
        model.slot = slot
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
        case .ontgrendel(let w): return ontgrendel(.ontgrendel(w), "Het wachtwoord wordt gecontroleerd…", &model)
        case .nieuwWachtwoord(let w): return ontgrendel(.maakSleutel(w), "De sleutel wordt gemaakt…", &model)
        case .onversleuteld: return ontgrendel(.kiesOnversleuteld, "Even geduld…", &model)
        }
    }

    /// The key is opened (or made) off the input loop: scrypt takes a while on purpose.
    /// The lock screen says so; keys typed meanwhile wait and are handled after.
    private func ontgrendel(_ soort: Werk.Soort, _ bezig: String, _ model: inout Model) -> [Effect<Message>] {
        model.slot?.bezig = bezig
        model.houdtToetsen = true
        return [werk(soort, &model)]
    }

    /// The key came back: the store is open (or the lock screen says why not).
    func ontgrendeld(_ uitkomst: Result<Kluisopening, Kluismelding>, _ model: inout Model) -> [Effect<Message>] {
        model.slot?.bezig = nil
        switch uitkomst {
        case .failure(let fout):
            model.slot?.mislukt(fout.tekst)
            return []
        case .success(let geopend):
            model.omgeving.opslag = geopend.opslag
            if geopend.onversleuteld {
                model.omgeving.onversleuteld = true
                model.omgeving.kluis = nil
            }
            if let naam = model.omgeving.gebruiker { model.omgeving.opslag.gebruiker = naam }
            // A new key: its recovery code is shown once, on its own screen, until confirmed.
            model.slot = geopend.herstelcode.map { Slotscherm(.herstelcode($0)) }
            model.laatsteActiviteit = model.omgeving.nu()
            var effecten: [Effect<Message>] = []
            if model.open == nil { effecten.append(werk(model.overzicht.leesWerk(), &model)) }
            if let verwijzing = model.naOntgrendelen {
                // `regie --presentatie <naam of id>` with a store that opened only now.
                model.naOntgrendelen = nil
                effecten += open(verwijzing, &model, doel: .presenteren)
            }
            // What changed while it was locking (a save refused) is saved now.
            return effecten + bewaar(&model)
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
