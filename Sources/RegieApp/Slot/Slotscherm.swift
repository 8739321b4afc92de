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
    }

    public private(set) var soort: Soort
    var veld = Wachtwoordveld()
    var herhaling = Wachtwoordveld()
    var opHerhaling = false
    /// Where "no, go back" returns to from the question about no encryption.
    var terugNaar = Soort.nieuw
    /// What went wrong with the last attempt, or the strength hint.
    public var probleem: String?

    public init(_ soort: Soort) { self.soort = soort }

    public enum Uitkomst: Equatable {
        case bezig
        case ontgrendel(String)
        case nieuwWachtwoord(String)
        case onversleuteld
        case stoppen
    }

    public mutating func handle(_ event: Event, sterkte: (String) -> (goedGenoeg: Bool, hint: String)) -> Uitkomst {
        if event == .key(.ctrl("q")) { return .stoppen }
        switch soort {
        case .ontgrendelen:
            if event == .key(.enter) {
                guard !veld.isEmpty else { probleem = "Typ uw wachtwoord."; return .bezig }
                let w = veld.tekst
                veld.leeg()
                return .ontgrendel(w)
            }
            if veld.handle(event) { probleem = nil }
            return .bezig
        case .nieuw, .bestaandVersleutelen:
            switch event {
            case .key(.function(2)):
                terugNaar = soort
                soort = .zonderVersleuteling
                return .bezig
            case .key(.tab), .key(.backTab), .key(.up), .key(.down):
                opHerhaling.toggle()
                return .bezig
            case .key(.enter):
                if !opHerhaling {
                    let s = sterkte(veld.tekst)
                    guard s.goedGenoeg else { probleem = s.hint; return .bezig }
                    opHerhaling = true
                    probleem = s.hint
                    return .bezig
                }
                guard herhaling.tekst == veld.tekst else {
                    herhaling.leeg()
                    probleem = "De twee wachtwoorden zijn niet gelijk. Typ het nog eens."
                    return .bezig
                }
                let s = sterkte(veld.tekst)
                guard s.goedGenoeg else { opHerhaling = false; probleem = s.hint; return .bezig }
                return .nieuwWachtwoord(veld.tekst)
            default:
                let verwerkt = opHerhaling ? herhaling.handle(event) : veld.handle(event)
                if verwerkt && !opHerhaling { probleem = veld.isEmpty ? nil : sterkte(veld.tekst).hint }
                return .bezig
            }
        case .zonderVersleuteling:
            switch event {
            case .key(.character("j")), .key(.character("J")): return .onversleuteld
            case .key(.character("n")), .key(.character("N")), .key(.escape):
                soort = terugNaar
                return .bezig
            default: return .bezig
            }
        }
    }

    /// After a failed attempt: the message, and the field empty for the next try.
    public mutating func mislukt(_ melding: String) {
        probleem = melding
        veld.leeg()
        herhaling.leeg()
        opHerhaling = false
    }

    public func render(into buffer: inout Buffer, screen: Rect) -> Point? {
        let breedte = min(screen.width, 68)
        let tekstBreedte = max(10, breedte - 4)
        // Paragraphs wrapped to the box; nil marks where a password field goes.
        var regels: [String?] = []
        func alinea(_ t: String) { regels += t.wrapped(toColumns: tekstBreedte).map { Optional($0) } }
        switch soort {
        case .ontgrendelen:
            alinea("Regie is vergrendeld.")
            regels.append("")
            alinea("Wachtwoord:")
            regels.append(nil)
        case .nieuw, .bestaandVersleutelen:
            if soort == .nieuw {
                alinea("Welkom bij Regie.")
                regels.append("")
                alinea("Alles wat u bewaart wordt versleuteld met een wachtwoord. Kies er een van minstens 10 tekens, "
                    + "bijvoorbeeld een zin van een paar woorden. Zonder dit wachtwoord is niets terug te lezen: bewaar het goed.")
            } else {
                alinea("Uw gegevens zijn nog niet versleuteld.")
                regels.append("")
                alinea("Kies een wachtwoord van minstens 10 tekens; Regie versleutelt dan alles wat er al is, bestand voor "
                    + "bestand. Zonder dit wachtwoord is daarna niets terug te lezen: bewaar het goed.")
            }
            regels.append("")
            alinea("Wachtwoord:")
            regels.append(nil)
            alinea("Nog een keer:")
            regels.append(nil)
        case .zonderVersleuteling:
            alinea("Zonder versleuteling werken?")
            regels.append("")
            alinea("Dan kan iedereen die deze computer of een reservekopie in handen krijgt de dossiers lezen. Doe dit "
                + "alleen als de schijf al versleuteld is en niemand anders erbij kan. Regie blijft een waarschuwing tonen.")
            regels.append("")
            alinea("j: ja, zonder versleuteling · n of Esc: terug")
        }
        let uitleg: String
        switch soort {
        case .ontgrendelen: uitleg = "Enter: ontgrendelen · C-q: stoppen"
        case .nieuw, .bestaandVersleutelen: uitleg = "Enter: verder · Tab: ander veld · F2: zonder versleuteling · C-q: stoppen"
        case .zonderVersleuteling: uitleg = ""
        }
        let onder = (probleem.map { "! " + $0 } ?? uitleg).wrapped(toColumns: tekstBreedte)
        let hoogte = min(screen.height, regels.count + 1 + onder.count + 2)
        let box = Rect(x: screen.x + (screen.width - breedte) / 2, y: screen.y + (screen.height - hoogte) / 2, width: breedte, height: hoogte)
        let binnen = Panel(title: "Regie", background: .dialog).render(into: &buffer, area: box, focused: true).inset(left: 1, right: 1)
        var cursor: Point?
        var velden = 0
        for (i, r) in regels.prefix(binnen.height).enumerated() {
            let rij = Rect(x: binnen.x, y: binnen.y + i, width: binnen.width, height: 1)
            if let r {
                _ = buffer.write(r, x: rij.x, y: rij.y, role: .dialog, clip: binnen)
            } else {
                let eerste = velden == 0
                velden += 1
                let veld = eerste ? self.veld : herhaling
                let focus = soort == .ontgrendelen || eerste != opHerhaling
                if let c = veld.render(into: &buffer, area: rij, focused: focus) { cursor = c }
            }
        }
        let vanaf = binnen.y + binnen.height - onder.count
        for (i, r) in onder.enumerated() where vanaf + i >= binnen.y {
            _ = buffer.write(r, x: binnen.x, y: vanaf + i, role: probleem == nil ? .dialog : .invalid, clip: binnen)
        }
        return cursor
    }
}
