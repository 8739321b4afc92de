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
    static let toetsen: [Binding] = [
        Binding(id: "slot.ontgrendelen", keys: [.enter], description: "ontgrendelen", group: "Slot"),
        Binding(id: "slot.verder", keys: [.enter], description: "verder", group: "Slot"),
        Binding(id: "slot.volgende", keys: [.tab, .down], description: "naar het volgende veld", group: "Slot"),
        Binding(id: "slot.vorige", keys: [.backTab, .up], description: "terug naar het wachtwoord", group: "Slot"),
        Binding(id: "slot.zonder", keys: [.function(2)], description: "zonder versleuteling", group: "Slot"),
        Binding(id: "slot.ja", keys: [.character("j"), .character("J")], description: "ja, zonder versleuteling", group: "Slot"),
        Binding(id: "slot.terug", keys: [.character("n"), .character("N"), .escape], description: "terug", group: "Slot"),
        Binding(id: "slot.opgeschreven", keys: [.enter], description: "ik heb de herstelcode opgeschreven", group: "Slot"),
        Binding(id: "slot.stoppen", keys: [.ctrl("q")], description: "stoppen", group: "Slot"),
    ]

    /// The actions that act now, in the order of the hint.
    var acties: [String] {
        switch soort {
        case .ontgrendelen: return ["slot.ontgrendelen", "slot.stoppen"]
        case .nieuw, .bestaandVersleutelen:
            return (opHerhaling ? ["slot.verder", "slot.vorige"] : ["slot.verder", "slot.volgende"]) + ["slot.zonder", "slot.stoppen"]
        case .zonderVersleuteling: return ["slot.ja", "slot.terug"]
        case .herstelcode: return ["slot.opgeschreven"]
        case .sleutelProbleem: return ["slot.stoppen"]
        }
    }

    /// The action a key does now, if any.
    func actie(_ event: Event) -> String? {
        guard case .key(let key) = event else { return nil }
        return acties.first { id in Self.toetsen.first { $0.id == id }?.keys.contains(key) == true }
    }

    /// "Enter: verder · Tab: naar het volgende veld · …": the first key of each action that acts now.
    var hint: String {
        acties.compactMap { id in
            Self.toetsen.first { $0.id == id }.flatMap { b in b.keys.first.map { "\($0.description): \(b.description)" } }
        }.joined(separator: " · ")
    }

    public mutating func handle(_ event: Event, sterkte beoordeel: (String) -> Wachtwoordsterkte) -> Uitkomst {
        let actie = actie(event)
        if actie == "slot.stoppen" { return .stoppen }
        switch soort {
        case .ontgrendelen:
            if actie == "slot.ontgrendelen" {
                guard !veld.isEmpty else { probleem = "Typ uw wachtwoord."; return .bezig }
                let w = veld.tekst
                veld.leeg()
                return .ontgrendel(w)
            }
            if veld.handle(event) { probleem = nil }
            return .bezig
        case .nieuw, .bestaandVersleutelen:
            switch actie {
            case "slot.zonder":
                terugNaar = soort
                soort = .zonderVersleuteling
                return .bezig
            case "slot.volgende":
                // Only forward, and only with a passphrase that will do: never silently back.
                naarHerhaling(beoordeel)
                return .bezig
            case "slot.vorige":
                opHerhaling = false
                probleem = nil
                return .bezig
            case "slot.verder":
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
            default:
                let verwerkt = opHerhaling ? herhaling.handle(event) : veld.handle(event)
                if verwerkt {
                    probleem = nil
                    if !opHerhaling { sterkte = veld.isEmpty ? nil : beoordeel(veld.tekst) }
                }
                return .bezig
            }
        case .zonderVersleuteling:
            switch actie {
            case "slot.ja": return .onversleuteld
            case "slot.terug":
                soort = terugNaar
                return .bezig
            default: return .bezig
            }
        case .herstelcode:
            return actie == "slot.opgeschreven" ? .herstelcodeGezien : .bezig
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

    public func render(into buffer: inout Buffer, screen: Rect) -> Point? {
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
            ?? fout.map { ($0, Role.invalid) } + hint.wrapped(toColumns: tekstBreedte).map { ($0, Role.dialog) }
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
