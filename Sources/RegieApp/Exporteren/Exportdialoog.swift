import Foundation
import RegieExport
import Screen

/// Exporting the open dossier from the program (C-p): pdf, Markdown, the invitation, the
/// actions for the agenda or JSON.
/// The plan (PDF, Markdown) is for the household and school unless the regisseur switches
/// to the version for professionals with the key of `export.versie` before picking.
public struct Exportdialoog: Equatable {
    var dialoog: Bestandsdialoog<Exportformaat>
    /// Who the plan document is for.
    public private(set) var voor: Ontvanger = .gezin
    /// The keys that switch the version, from the keymap (so a remapped key is shown and works).
    let versieToetsen: [Key]
    let keymap: Keymap

    public init(map: String, keymap: Keymap) {
        self.keymap = keymap
        versieToetsen = keymap[ExportVersieActie.versie]?.keys ?? []
        dialoog = Bestandsdialoog(titel: "Exporteren", keuzes: [], map: map)
        toon()
    }

    /// The choices and the lines above them for the current version.
    private mutating func toon() {
        let ander: Ontvanger = voor == .gezin ? .professionals : .gezin
        var inleiding = ["Het plan \(voor.omschrijving):", "  \(voor.uitleg)"]
        if let toets = versieToetsen.first { inleiding.append("\(toets.description)  andere versie: \(ander.omschrijving)") }
        dialoog.inleiding = inleiding + [""]
        dialoog.keuzes = [
            .init(toets: "p", formaat: .pdf, tekst: "PDF van het plan (en het veiligheidsplan), om te versturen",
                  titel: "Exporteren: PDF van het plan, \(voor.omschrijving)"),
            .init(toets: "m", formaat: .md, tekst: "Markdown: dezelfde inhoud als platte tekst",
                  titel: "Exporteren: Markdown van het plan, \(voor.omschrijving)"),
            .init(toets: "i", formaat: .ics, tekst: "Uitnodiging voor het volgende overleg (agenda, .ics)",
                  titel: "Exporteren: uitnodiging voor het volgende overleg"),
            .init(toets: "a", formaat: .acties, tekst: "Acties van het plan in de agenda (.ics), met hun ritme",
                  titel: "Exporteren: de open acties voor de agenda"),
            .init(toets: "j", formaat: .json, tekst: "JSON: het hele dossier, om elders in te lezen",
                  titel: "Exporteren: het hele dossier als JSON"),
        ]
    }

    public var stap: Bestandsdialoog<Exportformaat>.Stap { dialoog.stap }

    /// The folder question while it is open (for its draft).
    public var openVraag: Tekstvraag? {
        get { dialoog.openVraag }
        set { dialoog.openVraag = newValue }
    }

    public mutating func handle(_ event: Event) -> Bestandsdialoog<Exportformaat>.Uitkomst {
        if case .formaat = dialoog.stap, case .key(let key) = event, versieToetsen.contains(key) {
            voor = voor == .gezin ? .professionals : .gezin
            toon()
            return .bezig
        }
        return dialoog.handle(event, keymap)
    }

    public mutating func vraagOverschrijven(_ formaat: Exportformaat, map: String, pad: String) {
        dialoog.vraagOverschrijven(formaat, map: map, pad: pad)
    }

    public mutating func probleem(_ melding: String) { dialoog.probleem(melding) }

    public func render(into buffer: inout Buffer, screen: Rect) -> Point? { dialoog.render(into: &buffer, screen: screen, keymap: keymap) }
}
