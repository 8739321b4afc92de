import Foundation
import RegieDomain
import RegieExport
import Screen

/// The export dialog inside the program: C-p in an open dossier.
extension RegieProgramma {
    static let exportToetsen = ExportActie.bindings + ExportVersieActie.bindings

    func startExport(_ model: inout Model) {
        model.open?.sluitWijziging()
        bewaar(&model)
        model.export = Exportdialoog(map: model.exportMap ?? Exportmap.standaard(), keymap: model.omgeving.keymap)
    }

    func handleExport(_ event: Event, _ model: inout Model) -> [Effect<Message>] {
        guard var dialoog = model.export, let open = model.open else { model.export = nil; return [] }
        let uitkomst = dialoog.handle(event)
        model.export = dialoog
        switch uitkomst {
        case .bezig: break
        case .gestopt: model.export = nil
        case .schrijf(let formaat, let map, let overschrijf):
            let exporteur = Exporteur(model.omgeving)
            do {
                let geschreven = try exporteur.schrijf(open.dossier, formaat, voor: dialoog.voor, naarMap: map, overschrijf: overschrijf)
                model.omgeving.opslag.noteerExport(dossier: open.dossier.id, formaat: formaat.rawValue)
                model.export = nil
                model.exportMap = map
                model.melding = Exportmap.geschreven(geschreven)
            } catch .bestaatAl(let pad) {
                model.export?.vraagOverschrijven(formaat, map: map, pad: pad)
            } catch .mapBestaatNiet {
                model.export?.probleem("Deze map bestaat niet. Kies een andere, of \(model.omgeving.keymap.name(VraagActie.stoppen)).")
            } catch {
                model.export = nil
                model.melding = .error(error.melding)
            }
        }
        return []
    }
}

extension Exporteur {
    /// For a screen: everything from the working environment.
    init(_ omgeving: Werkomgeving) {
        self.init(opslag: omgeving.opslag, methode: omgeving.methode, vandaag: omgeving.vandaag, nu: omgeving.nu())
    }
}

/// Exporting the open dossier.
public enum ExportActie: String, KeyAction {
    case exporteren = "dossier.exporteren"

    public var defaultBinding: Binding {
        switch self {
        case .exporteren: bind([.ctrl("p")], "Exporteren: pdf, Markdown, uitnodiging (ics) of JSON", group: "Dossier")
        }
    }
}

/// In the export dialog, before a format is picked.
public enum ExportVersieActie: String, KeyAction {
    case versie = "export.versie"

    public var defaultBinding: Binding {
        switch self {
        case .versie: bind([.character("v")], "Bij exporteren: het plan voor het gezin en school, of voor professionals", group: "Exporteren")
        }
    }
}
