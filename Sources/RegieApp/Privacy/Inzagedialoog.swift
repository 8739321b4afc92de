import Foundation
import RegieDomain
import RegieExport
import Screen

/// "Everything about this person" from the program (AVG art. 15 and 20): pick JSON or PDF
/// with one key, confirm or change the folder, and answer before an existing file is replaced.
///
/// For a screen (the Huishouden tab): keep an `Inzagedialoog?`, create it with the selected
/// person, send it every event while it is set, and draw it over the screen:
/// ```swift
/// switch dialoog.handle(event, context.dossier, context.omgeving) {
/// case .bezig: break
/// case .gestopt: inzage = nil
/// case .klaar(let melding): inzage = nil; context.meld(melding)
/// }
/// ```
public struct Inzagedialoog: Equatable {
    public let persoon: String
    var dialoog: Bestandsdialoog<Persoonsformaat>

    /// nil when the dossier has no person with this id.
    public init?(persoon id: String, in dossier: Dossier, map: String = Exportmap.standaard()) {
        guard let p = dossier.persoon(id) else { return nil }
        persoon = id
        dialoog = Bestandsdialoog(
            titel: "Inzage en meenemen", inleiding: ["Alles wat het dossier over \(p.naam) bevat:", ""],
            keuzes: [
                .init(toets: "p", formaat: .pdf, tekst: "PDF: alles over deze persoon, om te lezen of mee te geven",
                      titel: "Gegevens van \(p.naam) als PDF"),
                .init(toets: "j", formaat: .json, tekst: "JSON: dezelfde gegevens, om mee te nemen naar een andere organisatie",
                      titel: "Gegevens van \(p.naam) als JSON"),
            ],
            map: map)
    }

    public var stap: Bestandsdialoog<Persoonsformaat>.Stap { dialoog.stap }

    /// The folder question while it is open (for its draft).
    public var openVraag: Tekstvraag? {
        get { dialoog.openVraag }
        set { dialoog.openVraag = newValue }
    }

    public enum Uitkomst: Equatable {
        case bezig
        case gestopt
        /// The file was written, or writing failed: show the message and close.
        case klaar(MessageLine)
    }

    public mutating func handle(_ event: Event, _ dossier: Dossier, _ omgeving: Werkomgeving) -> Uitkomst {
        switch dialoog.handle(event, omgeving.keymap) {
        case .bezig: return .bezig
        case .gestopt: return .gestopt
        case .schrijf(let formaat, let map, let overschrijf):
            do {
                let pad = try Exporteur(omgeving).schrijfPersoon(dossier, persoon, formaat, naarMap: map, overschrijf: overschrijf)
                return .klaar(Exportmap.geschreven(pad))
            } catch .bestaatAl(let pad) {
                dialoog.vraagOverschrijven(formaat, map: map, pad: pad)
                return .bezig
            } catch .mapBestaatNiet {
                dialoog.probleem("Deze map bestaat niet. Kies een andere, of \(omgeving.keymap.name(VraagActie.stoppen)).")
                return .bezig
            } catch {
                return .klaar(.error(error.melding))
            }
        }
    }

    public func render(into buffer: inout Buffer, screen: Rect, keymap: Keymap) -> Point? {
        dialoog.render(into: &buffer, screen: screen, keymap: keymap)
    }
}
