import Foundation
import RegieDomain
import RegieStore
import Screen

/// Erasing a household from the overview (AVG art. 17): the user must type the household's
/// name to confirm; anything else erases nothing.
struct Wisvraag: Equatable {
    let id: String
    let naam: String
    var vraag: Tekstvraag

    init(_ s: DossierSamenvatting, versies: Int, termijnVoorbij: Bool) {
        id = s.id
        naam = s.naam
        var uitleg = "Alles van dit huishouden gaat weg: het dossier, de reservekopie"
        uitleg += versies > 0 ? " en \(versies) vastgestelde versie\(versies == 1 ? "" : "s")." : "."
        uitleg += " Dit kan niet ongedaan worden gemaakt. In het logboek komt alleen dat er iets is gewist."
        if termijnVoorbij { uitleg += " De bewaartermijn van dit huishouden is voorbij." }
        uitleg += " Typ de naam van het huishouden om te bevestigen: \(s.naam)"
        vraag = Tekstvraag(titel: "Huishouden wissen", uitleg: uitleg)
    }

    enum Uitkomst: Equatable {
        case bezig
        case gestopt
        /// The name was typed right: erase this household.
        case wis(String)
    }

    /// True when the typed text is the household's name (spaces around and case ignored).
    static func klopt(_ getypt: String, _ naam: String) -> Bool {
        let a = getypt.trimmingCharacters(in: .whitespaces), b = naam.trimmingCharacters(in: .whitespaces)
        return !a.isEmpty && a.searchFolded == b.searchFolded
    }

    mutating func handle(_ event: Event, _ keymap: Keymap) -> Uitkomst {
        switch vraag.handle(event, keymap) {
        case .bezig: return .bezig
        case .gestopt: return .gestopt
        case .antwoord(let getypt):
            guard Self.klopt(getypt, naam) else {
                vraag.probleem = "Dat is niet de naam van dit huishouden. Er is niets gewist. \(keymap.name(VraagActie.stoppen)): stoppen."
                return .bezig
            }
            return .wis(id)
        }
    }
}
