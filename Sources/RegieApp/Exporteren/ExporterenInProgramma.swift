import Foundation
import RegieDomain
import RegieExport
import Screen

/// The export dialog inside the program: C-p in an open dossier.
extension RegieProgramma {
    static let exportToetsen = ExportActie.bindings + ExportVersieActie.bindings

    func startExport(_ model: inout Model) -> [Effect<Message>] {
        model.open?.sluitWijziging()
        let effecten = bewaar(&model)
        model.export = Exportdialoog(map: model.exportMap ?? Exportmap.standaard(), keymap: model.omgeving.keymap)
        return effecten
    }

    func handleExport(_ event: Event, _ model: inout Model) -> [Effect<Message>] {
        guard var dialoog = model.export, let open = model.open else { model.export = nil; return [] }
        let uitkomst = dialoog.handle(event)
        model.export = dialoog
        switch uitkomst {
        case .bezig: break
        case .gestopt: model.export = nil
        case .schrijf(let formaat, let map, let overschrijf):
            // Written off the input loop; the dialog stays until it comes back.
            return [werk(.exporteer(open.dossier, formaat, voor: dialoog.voor, map: map, overschrijf: overschrijf), &model)]
        }
        return []
    }

    /// The export came back: written (the dialog closes), or the question what now.
    func geexporteerd(_ formaat: Exportformaat, map: String, _ uitkomst: Result<Exporteur.Geschreven, Exportfout>,
                      _ model: inout Model) {
        switch uitkomst {
        case .success(let geschreven):
            model.export = nil
            model.exportMap = map
            model.melding = Exportmap.geschreven(geschreven)
        case .failure(.bestaatAl(let pad)):
            model.export?.vraagOverschrijven(formaat, map: map, pad: pad)
        case .failure(.mapBestaatNiet):
            model.export?.probleem("Deze map bestaat niet. Kies een andere, of \(model.omgeving.keymap.name(VraagActie.stoppen)).")
        case .failure(let fout):
            model.export = nil
            model.melding = .error(fout.melding)
        }
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
