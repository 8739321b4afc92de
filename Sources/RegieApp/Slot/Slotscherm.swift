import RegieStore
import Screen

/// The screen in front of everything while the program is locked, or before the store is
/// open: it shows no personal data at all, only the question for the passphrase.
public struct Slotscherm: Equatable {
    public enum Soort: Equatable {
        /// Locked after a pause or on request; or at start with an encrypted store.
        case ontgrendelen
        /// First start: choose a passphrase (twice), or explicitly no encryption.
        case nieuw
        /// A store from before encryption: choose a passphrase and everything is encrypted.
        case bestaandVersleutelen
        /// First start: the user asked to work without encryption; confirm.
        case zonderVersleuteling
        /// Right after the passphrase was set: the recovery code, shown once, until confirmed.
        case herstelcode(String)
        /// The key file is missing or damaged: the message, and only stopping. No new key.
        case sleutelProbleem(String)
    }

    public private(set) var soort: Soort
    var veld = Wachtwoordveld()
    var herhaling = Wachtwoordveld()
    var opHerhaling = false
    /// Where "no, go back" returns to from the question about no encryption.
    var terugNaar = Soort.nieuw
    /// What went wrong with the last attempt.
    public var probleem: String?
    /// What runs now (the passphrase being checked), instead of the keys.
    public var bezig: String?
    /// How strong the passphrase in the first field is (while choosing one).
    var sterkte: Wachtwoordsterkte?

    public init(_ soort: Soort) { self.soort = soort }

    public enum Uitkomst: Equatable {
        case bezig
        case ontgrendel(String)
        case nieuwWachtwoord(String)
        case onversleuteld
        /// The recovery code was confirmed as written down.
        case herstelcodeGezien
        case stoppen
    }

    /// The keys of the lock screen; the hints on it are made from these.
    static let toetsen: [Binding] = SlotActie.bindings

    /// The actions that act now, in the order of the hint, with what they do here.
    var hintActies: [(SlotActie, String)] {
        switch soort {
        case .ontgrendelen: return [(.verder, "ontgrendelen"), (.stoppen, "stoppen")]
        case .nieuw, .bestaandVersleutelen:
            return [(.verder, "verder"), opHerhaling ? (.vorige, "terug naar het wachtwoord") : (.volgende, "naar het volgende veld"),
                    (.zonder, "zonder versleuteling"), (.stoppen, "stoppen")]
        case .zonderVersleuteling: return [(.ja, "ja, zonder versleuteling"), (.terug, "terug")]
        case .herstelcode: return [(.verder, "ik heb de herstelcode opgeschreven")]
        case .sleutelProbleem: return [(.stoppen, "stoppen")]
        }
    }

    /// The actions that act now.
    var acties: [SlotActie] { hintActies.map(\.0) }

    /// The action a key does now, if any (several share Enter; only one of them acts at a time).
    func actie(_ event: Event, _ keymap: Keymap) -> SlotActie? {
        acties.first { keymap.matches(event, $0) }
    }

    /// "Enter: verder · Tab: naar het volgende veld · …": the first key of each action that acts now.
    func hint(_ keymap: Keymap) -> String {
        keymap.hint(hintActies.map { ($0.0, $0.1) }, separator: ": ")
    }

    public mutating func handle(_ event: Event, keymap: Keymap = RegieToetsen.standaard,
                                sterkte beoordeel: (String) -> Wachtwoordsterkte) -> Uitkomst {
        let actie = actie(event, keymap)
        if actie == .stoppen { return .stoppen }
        switch soort {
        case .ontgrendelen:
            if actie == .verder {
                guard !veld.isEmpty else { probleem = "Typ uw wachtwoord."; return .bezig }
                let w = veld.tekst
                veld.leeg()
                return .ontgrendel(w)
            }
            if veld.handle(event) { probleem = nil }
            return .bezig
        case .nieuw, .bestaandVersleutelen:
            switch actie {
            case .zonder:
                terugNaar = soort
                soort = .zonderVersleuteling
                return .bezig
            case .volgende:
                // Only forward, and only with a passphrase that will do: never silently back.
                naarHerhaling(beoordeel)
                return .bezig
            case .vorige:
                opHerhaling = false
                probleem = nil
                return .bezig
            case .verder:
                if !opHerhaling {
                    naarHerhaling(beoordeel)
                    return .bezig
                }
                guard herhaling.tekst == veld.tekst else {
                    herhaling.leeg()
                    probleem = "De twee wachtwoorden zijn niet gelijk. Typ het nog eens in het veld 'Nog een keer'."
                    return .bezig
                }
                let s = beoordeel(veld.tekst)
                guard s.isLangGenoeg else { opHerhaling = false; sterkte = s; return .bezig }
                return .nieuwWachtwoord(veld.tekst)
            case .ja, .terug, .stoppen, nil:
                let verwerkt = opHerhaling ? herhaling.handle(event) : veld.handle(event)
                if verwerkt {
                    probleem = nil
                    if !opHerhaling { sterkte = veld.isEmpty ? nil : beoordeel(veld.tekst) }
                }
                return .bezig
            }
        case .zonderVersleuteling:
            switch actie {
            case .ja: return .onversleuteld
            case .terug:
                soort = terugNaar
                return .bezig
            case .verder, .volgende, .vorige, .zonder, .stoppen, nil: return .bezig
            }
        case .herstelcode:
            return actie == .verder ? .herstelcodeGezien : .bezig
        case .sleutelProbleem:
            return .bezig
        }
    }

    private mutating func naarHerhaling(_ beoordeel: (String) -> Wachtwoordsterkte) {
        guard !opHerhaling else { return }
        let s = beoordeel(veld.tekst)
        sterkte = s
        guard s.isLangGenoeg else { return }
        probleem = nil
        opHerhaling = true
    }

    /// After a failed attempt: the message, and the field empty for the next try.
    public mutating func mislukt(_ melding: String) {
        probleem = melding
        veld.leeg()
        herhaling.leeg()
        opHerhaling = false
        sterkte = nil
    }

    /// The line about the strength: "Sterkte: sterk." for a good one; a warning (with `!`)
    /// only when it is too short or weak.
    var sterkteRegel: (tekst: String, isWaarschuwing: Bool)? {
        guard let sterkte else { return nil }
        return sterkte.isWaarschuwing ? ("! " + sterkte.regel, true) : (sterkte.regel, false)
    }

    private enum Regel {
        case tekst(String, Role)
        case veld(herhaling: Bool)
    }

    public func render(into buffer: inout Buffer, screen: Rect, keymap: Keymap = RegieToetsen.standaard) -> Point? {
        let breedte = min(screen.width, 68)
        let tekstBreedte = max(10, breedte - 4)
        var regels: [Regel] = []
        func alinea(_ t: String, _ rol: Role = .dialog) { regels += t.wrapped(toColumns: tekstBreedte).map { .tekst($0, rol) } }
        func leeg() { regels.append(.tekst("", .dialog)) }
        switch soort {
        case .ontgrendelen:
            alinea("Regie is vergrendeld.")
            leeg()
            alinea("Wachtwoord:")
            regels.append(.veld(herhaling: false))
        case .nieuw, .bestaandVersleutelen:
            if soort == .nieuw {
                alinea("Welkom bij Regie.")
                leeg()
                alinea("Alles wat u bewaart wordt versleuteld met een wachtwoord. Kies er een van minstens 10 tekens, "
                    + "bijvoorbeeld een zin van een paar woorden. Zonder dit wachtwoord is niets terug te lezen: bewaar het goed.")
            } else {
                alinea("Uw gegevens zijn nog niet versleuteld.")
                leeg()
                alinea("Kies een wachtwoord van minstens 10 tekens; Regie versleutelt dan alles wat er al is, bestand voor "
                    + "bestand. Zonder dit wachtwoord is daarna niets terug te lezen: bewaar het goed.")
            }
            leeg()
            // The field that takes the keys is marked, as well as holding the cursor.
            alinea((opHerhaling ? "  " : "▸ ") + "Wachtwoord:" + (opHerhaling ? " ✓" : ""))
            regels.append(.veld(herhaling: false))
            alinea((opHerhaling ? "▸ " : "  ") + "Nog een keer, ter controle:")
            regels.append(.veld(herhaling: true))
            if let probleem {
                leeg()
                alinea("! " + probleem, .invalid)
            } else if let s = sterkteRegel {
                leeg()
                alinea(s.tekst, s.isWaarschuwing ? .invalid : .dialog)
            }
        case .zonderVersleuteling:
            alinea("Zonder versleuteling werken?")
            leeg()
            alinea("Dan kan iedereen die deze computer of een reservekopie in handen krijgt de dossiers lezen. Doe dit "
                + "alleen als de schijf al versleuteld is en niemand anders erbij kan. Regie blijft een waarschuwing tonen.")
        case .herstelcode(let code):
            alinea("Uw herstelcode")
            leeg()
            alinea("Schrijf deze code op papier of druk hem af, en bewaar dat op een veilige plek, apart van deze computer. "
                + "Vergeet u het wachtwoord, dan kiest u met deze code een nieuw (regie versleuteling herstel).")
            leeg()
            alinea("    " + code, .title)
            leeg()
            alinea("Regie toont deze code maar één keer. Wie de code en de gegevens heeft, kan alles lezen: bewaar hem even "
                + "zorgvuldig als het wachtwoord.")
        case .sleutelProbleem(let melding):
            alinea("De gegevens kunnen niet worden geopend.")
            leeg()
            alinea(melding)
        }
        // At the bottom: what went wrong unlocking, then the keys that act now.
        let fout = (soort == .ontgrendelen ? probleem : nil).map { ("! " + $0).wrapped(toColumns: tekstBreedte) } ?? []
        let onderRegels = bezig.map { $0.wrapped(toColumns: tekstBreedte).map { ($0, Role.dialog) } }
            ?? fout.map { ($0, Role.invalid) } + hint(keymap).wrapped(toColumns: tekstBreedte).map { ($0, Role.dialog) }
        let hoogte = min(screen.height, regels.count + 1 + onderRegels.count + 2)
        let box = Rect(x: screen.x + (screen.width - breedte) / 2, y: screen.y + (screen.height - hoogte) / 2, width: breedte, height: hoogte)
        let binnen = Panel(title: "Regie", background: .dialog).render(into: &buffer, area: box, focused: true).inset(left: 1, right: 1)
        var cursor: Point?
        for (i, r) in regels.prefix(binnen.height).enumerated() {
            let rij = Rect(x: binnen.x, y: binnen.y + i, width: binnen.width, height: 1)
            switch r {
            case .tekst(let t, let rol):
                _ = buffer.write(t, x: rij.x, y: rij.y, role: rol, clip: binnen)
            case .veld(let isHerhaling):
                let veld = isHerhaling ? herhaling : self.veld
                let focus = soort == .ontgrendelen || isHerhaling == opHerhaling
                if let c = veld.render(into: &buffer, area: rij, focused: focus) { cursor = c }
            }
        }
        let vanaf = binnen.y + binnen.height - onderRegels.count
        for (i, (r, rol)) in onderRegels.enumerated() where vanaf + i >= binnen.y {
            _ = buffer.write(r, x: binnen.x, y: vanaf + i, role: rol, clip: binnen)
        }
        return cursor
    }
}

/// The lock screen's actions; which of them act depends on what it asks.
public enum SlotActie: String, KeyAction {
    case verder = "slot.verder"
    case volgende = "slot.volgende"
    case vorige = "slot.vorige"
    case zonder = "slot.zonder"
    case ja = "slot.ja"
    case terug = "slot.terug"
    case stoppen = "slot.stoppen"

    public var defaultBinding: Binding {
        switch self {
        case .verder: bind([.enter], "verder: ontgrendelen, het volgende veld of de herstelcode is opgeschreven", group: "Slot")
        case .volgende: bind([.tab, .down], "naar het volgende veld", group: "Slot")
        case .vorige: bind([.backTab, .up], "terug naar het wachtwoord", group: "Slot")
        case .zonder: bind([.function(2)], "zonder versleuteling", group: "Slot")
        case .ja: bind([.character("j"), .character("J")], "ja, zonder versleuteling", group: "Slot")
        case .terug: bind([.character("n"), .character("N"), .escape], "terug", group: "Slot")
        case .stoppen: bind([.ctrl("q")], "stoppen", group: "Slot")
        }
    }
}
