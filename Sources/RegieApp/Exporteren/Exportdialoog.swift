import Foundation

/// Exporting the open dossier from the program (C-p): pdf, Markdown, the invitation or JSON.
public typealias Exportdialoog = Bestandsdialoog<Exportformaat>

extension Bestandsdialoog where Formaat == Exportformaat {
    static let exportkeuzes: [Keuze] = [
        Keuze(toets: "p", formaat: .pdf, tekst: "PDF van het plan (en het veiligheidsplan), om te versturen",
              titel: "Exporteren: PDF van het plan"),
        Keuze(toets: "m", formaat: .md, tekst: "Markdown: dezelfde inhoud als platte tekst", titel: "Exporteren: Markdown van het plan"),
        Keuze(toets: "i", formaat: .ics, tekst: "Uitnodiging voor het volgende overleg (agenda, .ics)",
              titel: "Exporteren: uitnodiging voor het volgende overleg"),
        Keuze(toets: "j", formaat: .json, tekst: "JSON: het hele dossier, om elders in te lezen", titel: "Exporteren: het hele dossier als JSON"),
    ]

    public init(map: String) {
        self.init(titel: "Exporteren", keuzes: Self.exportkeuzes, map: map)
    }
}
