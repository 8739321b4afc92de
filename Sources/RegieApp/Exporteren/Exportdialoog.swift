import Foundation
import RegieDomain
import Screen

/// Exporting the open dossier from the program: pick a format with one key, confirm or
/// change the folder, and answer a question before an existing file is replaced.
public struct Exportdialoog: Equatable {
    public enum Stap: Equatable {
        case formaat
        case map(Exportformaat, Tekstvraag)
        case overschrijven(Exportformaat, map: String, pad: String)
    }

    public private(set) var stap = Stap.formaat
    let standaardMap: String

    public init(map: String) { standaardMap = map }

    public enum Uitkomst: Equatable {
        case bezig
        case gestopt
        /// Write the file; `overschrijf` only after the user said so.
        case schrijf(Exportformaat, map: String, overschrijf: Bool)
    }

    /// The choices, each with its key.
    static let keuzes: [(Character, Exportformaat, String)] = [
        ("p", .pdf, "PDF van het plan (en het veiligheidsplan), om te versturen"),
        ("m", .md, "Markdown: dezelfde inhoud als platte tekst"),
        ("i", .ics, "Uitnodiging voor het volgende overleg (agenda, .ics)"),
        ("j", .json, "JSON: het hele dossier, om elders in te lezen"),
    ]

    public mutating func handle(_ event: Event) -> Uitkomst {
        switch stap {
        case .formaat:
            if event == .key(.escape) { return .gestopt }
            guard case .key(.character(let c)) = event, let keuze = Self.keuzes.first(where: { $0.0 == Character(c.lowercased()) }) else {
                return .bezig
            }
            stap = .map(keuze.1, Tekstvraag(titel: "Exporteren: \(keuze.1.omschrijving)",
                                            uitleg: "In welke map komt het bestand? Het is daarna alleen voor u leesbaar.",
                                            tekst: standaardMap))
            return .bezig
        case .map(let formaat, var vraag):
            let uitkomst = vraag.handle(event)
            stap = .map(formaat, vraag)
            switch uitkomst {
            case .bezig: return .bezig
            case .gestopt: return .gestopt
            case .antwoord(let map): return .schrijf(formaat, map: Self.uitgewerkt(map), overschrijf: false)
            }
        case .overschrijven(let formaat, let map, _):
            switch event {
            case .key(.character("j")), .key(.character("J")): return .schrijf(formaat, map: map, overschrijf: true)
            case .key(.character("n")), .key(.character("N")), .key(.escape): return .gestopt
            default: return .bezig
            }
        }
    }

    /// The file exists: ask before replacing it.
    public mutating func vraagOverschrijven(_ formaat: Exportformaat, map: String, pad: String) {
        stap = .overschrijven(formaat, map: map, pad: pad)
    }

    /// The folder could not be used: ask again with the message.
    public mutating func probleem(_ melding: String) {
        guard case .map(let formaat, var vraag) = stap else { return }
        vraag.probleem = melding
        stap = .map(formaat, vraag)
    }

    /// "~/Documenten" as the home folder's.
    static func uitgewerkt(_ map: String) -> String {
        map.hasPrefix("~") ? (NSString(string: map).expandingTildeInPath as String) : map
    }

    /// The folder offered first: Documenten or Documents in the home folder when there is one.
    public static func standaard(omgeving: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let thuis = omgeving["HOME"] ?? NSHomeDirectory()
        for naam in ["Documenten", "Documents"] {
            var isMap: ObjCBool = false
            let pad = (thuis as NSString).appendingPathComponent(naam)
            if FileManager.default.fileExists(atPath: pad, isDirectory: &isMap), isMap.boolValue { return pad }
        }
        return thuis
    }

    public func render(into buffer: inout Buffer, screen: Rect) -> Point? {
        switch stap {
        case .map(_, let vraag):
            return vraag.render(into: &buffer, screen: screen)
        case .formaat:
            let regels = Self.keuzes.map { "\($0.0)  \($0.2)" } + ["", "Esc: niet exporteren"]
            venster("Exporteren", regels, into: &buffer, screen: screen)
        case .overschrijven(_, _, let pad):
            let regels = ("Het bestand \(pad) bestaat al.").wrapped(toColumns: 56) + ["", "j: vervangen · n of Esc: niets doen"]
            venster("Bestand vervangen?", regels, into: &buffer, screen: screen)
        }
        return nil
    }

    private func venster(_ titel: String, _ regels: [String], into buffer: inout Buffer, screen: Rect) {
        let breedte = min(screen.width, max(50, (regels.map(\.displayWidth).max() ?? 0) + 4))
        let hoogte = min(screen.height, regels.count + 2)
        let box = Rect(x: screen.x + (screen.width - breedte) / 2, y: screen.y + (screen.height - hoogte) / 2, width: breedte, height: hoogte)
        let binnen = Panel(title: titel, background: .dialog).render(into: &buffer, area: box, focused: true).inset(left: 1, right: 1)
        for (i, r) in regels.prefix(binnen.height).enumerated() {
            buffer.write(r, x: binnen.x, y: binnen.y + i, role: .dialog, clip: binnen)
        }
    }
}
