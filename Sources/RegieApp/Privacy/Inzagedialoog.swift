import Foundation
import RegieDomain
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
    public enum Stap: Equatable {
        case formaat
        case map(Persoonsformaat, Tekstvraag)
        case overschrijven(Persoonsformaat, map: String, pad: String)
    }

    public let persoon: String
    let naam: String
    public private(set) var stap = Stap.formaat
    let standaardMap: String

    /// nil when the dossier has no person with this id.
    public init?(persoon id: String, in dossier: Dossier, map: String = Exportdialoog.standaard()) {
        guard let p = dossier.persoon(id) else { return nil }
        persoon = id
        naam = p.naam
        standaardMap = map
    }

    public enum Uitkomst: Equatable {
        case bezig
        case gestopt
        /// The file was written, or writing failed: show the message and close.
        case klaar(MessageLine)
    }

    /// The suggested key for the Huishouden tab (the screen registers and routes it).
    public static let toets = Binding(id: "huishouden.inzage", keys: [.ctrl("e")],
                                      description: "Alle gegevens van deze persoon (inzage, JSON of PDF)", group: "Huishouden")

    static let keuzes: [(Character, Persoonsformaat, String)] = [
        ("p", .pdf, "PDF: alles over deze persoon, om te lezen of mee te geven"),
        ("j", .json, "JSON: dezelfde gegevens, om mee te nemen naar een andere organisatie"),
    ]

    public mutating func handle(_ event: Event, _ dossier: Dossier, _ omgeving: Werkomgeving) -> Uitkomst {
        switch stap {
        case .formaat:
            if event == .key(.escape) { return .gestopt }
            guard case .key(.character(let c)) = event, let keuze = Self.keuzes.first(where: { $0.0 == Character(c.lowercased()) }) else {
                return .bezig
            }
            stap = .map(keuze.1, Tekstvraag(titel: "Gegevens van \(naam) als \(keuze.1.rawValue.uppercased())",
                                            uitleg: "In welke map komt het bestand? Het is daarna alleen voor u leesbaar.",
                                            tekst: standaardMap))
            return .bezig
        case .map(let formaat, var vraag):
            let uitkomst = vraag.handle(event)
            stap = .map(formaat, vraag)
            switch uitkomst {
            case .bezig: return .bezig
            case .gestopt: return .gestopt
            case .antwoord(let map): return schrijf(formaat, Exportdialoog.uitgewerkt(map), overschrijf: false, dossier, omgeving)
            }
        case .overschrijven(let formaat, let map, _):
            switch event {
            case .key(.character("j")), .key(.character("J")): return schrijf(formaat, map, overschrijf: true, dossier, omgeving)
            case .key(.character("n")), .key(.character("N")), .key(.escape): return .gestopt
            default: return .bezig
            }
        }
    }

    private mutating func schrijf(_ formaat: Persoonsformaat, _ map: String, overschrijf: Bool, _ dossier: Dossier,
                                  _ omgeving: Werkomgeving) -> Uitkomst {
        do {
            let pad = try Exporteur(omgeving).schrijfPersoon(dossier, persoon, formaat, naarMap: map, overschrijf: overschrijf)
            let naam = (pad as NSString).lastPathComponent
            return .klaar(.success("Geschreven: \(naam), alleen voor u leesbaar, in \((pad as NSString).deletingLastPathComponent)."))
        } catch .bestaatAl(let pad) {
            stap = .overschrijven(formaat, map: map, pad: pad)
            return .bezig
        } catch .mapBestaatNiet {
            if case .map(let f, var vraag) = stap {
                vraag.probleem = "Deze map bestaat niet. Kies een andere, of Esc."
                stap = .map(f, vraag)
            }
            return .bezig
        } catch {
            return .klaar(.error(error.melding))
        }
    }

    public func render(into buffer: inout Buffer, screen: Rect) -> Point? {
        switch stap {
        case .map(_, let vraag):
            return vraag.render(into: &buffer, screen: screen)
        case .formaat:
            let regels = ["Alles wat het dossier over \(naam) bevat:", ""] + Self.keuzes.map { "\($0.0)  \($0.2)" }
                + ["", "Esc: niets doen"]
            Venster.teken("Inzage en meenemen", regels, into: &buffer, screen: screen)
        case .overschrijven(_, _, let pad):
            let regels = ("Het bestand \(pad) bestaat al.").wrapped(toColumns: 56) + ["", "j: vervangen · n of Esc: niets doen"]
            Venster.teken("Bestand vervangen?", regels, into: &buffer, screen: screen)
        }
        return nil
    }
}

/// A centred box with lines of text, for the privacy dialogs.
enum Venster {
    static func teken(_ titel: String, _ regels: [String], rol: Role = .dialog, into buffer: inout Buffer, screen: Rect) {
        let breedte = min(screen.width, max(50, (regels.map(\.displayWidth).max() ?? 0) + 4))
        let hoogte = min(screen.height, regels.count + 2)
        guard breedte > 2, hoogte > 2 else { return }
        let box = Rect(x: screen.x + (screen.width - breedte) / 2, y: screen.y + (screen.height - hoogte) / 2, width: breedte, height: hoogte)
        let binnen = Panel(title: titel, background: .dialog).render(into: &buffer, area: box, focused: true).inset(left: 1, right: 1)
        for (i, r) in regels.prefix(binnen.height).enumerated() {
            buffer.write(r, x: binnen.x, y: binnen.y + i, role: i == 0 ? rol : .dialog, clip: binnen)
        }
    }
}
