import Foundation
import RegieExport
import Screen

/// Writing a file from the program: pick a format with one key, confirm or change the
/// folder, and answer a question before an existing file is replaced. The caller writes
/// the file and tells the dialog when it exists or the folder does not.
public struct Bestandsdialoog<Formaat: Equatable & Sendable>: Equatable {
    /// One way to write: its key, and a line that says what it gives.
    public struct Keuze: Equatable, Sendable {
        public var toets: Character
        public var formaat: Formaat
        public var tekst: String
        /// The title of the folder question for this choice.
        public var titel: String
    }

    public enum Stap: Equatable {
        case formaat
        case map(Formaat, Tekstvraag)
        case overschrijven(Formaat, map: String, pad: String)
    }

    public private(set) var stap = Stap.formaat
    let titel: String
    /// Lines above the choices.
    var inleiding: [String]
    var keuzes: [Keuze]
    let standaardMap: String

    public init(titel: String, inleiding: [String] = [], keuzes: [Keuze], map: String) {
        self.titel = titel
        self.inleiding = inleiding
        self.keuzes = keuzes
        standaardMap = map
    }

    public enum Uitkomst: Equatable {
        case bezig
        case gestopt
        /// Write the file; `overschrijf` only after the user said so.
        case schrijf(Formaat, map: String, overschrijf: Bool)
    }

    public mutating func handle(_ event: Event, _ keymap: Keymap) -> Uitkomst {
        switch stap {
        case .formaat:
            if keymap.action(for: event, BestandActie.self) == .stoppen { return .gestopt }
            guard case .key(.character(let c)) = event, let keuze = keuzes.first(where: { $0.toets == Character(c.lowercased()) }) else {
                return .bezig
            }
            stap = .map(keuze.formaat, Tekstvraag(titel: keuze.titel, uitleg: "In welke map komt het bestand? Het is daarna alleen voor u leesbaar.",
                                                  tekst: standaardMap))
            return .bezig
        case .map(let formaat, var vraag):
            let uitkomst = vraag.handle(event, keymap)
            stap = .map(formaat, vraag)
            switch uitkomst {
            case .bezig: return .bezig
            case .gestopt: return .gestopt
            case .antwoord(let map): return .schrijf(formaat, map: Exportmap.uitgewerkt(map), overschrijf: false)
            }
        case .overschrijven(let formaat, let map, _):
            switch keymap.action(for: event, OverschrijfActie.self) {
            case .vervangen: return .schrijf(formaat, map: map, overschrijf: true)
            case .nietVervangen: return .gestopt
            case nil: return .bezig
            }
        }
    }

    /// The folder question while it is open (for its draft).
    public var openVraag: Tekstvraag? {
        get { if case .map(_, let vraag) = stap { vraag } else { nil } }
        set {
            guard let newValue, case .map(let formaat, _) = stap else { return }
            stap = .map(formaat, newValue)
        }
    }

    /// The file exists: ask before replacing it.
    public mutating func vraagOverschrijven(_ formaat: Formaat, map: String, pad: String) {
        stap = .overschrijven(formaat, map: map, pad: pad)
    }

    /// The folder could not be used: ask again with the message.
    public mutating func probleem(_ melding: String) {
        guard case .map(let formaat, var vraag) = stap else { return }
        vraag.probleem = melding
        stap = .map(formaat, vraag)
    }

    public func render(into buffer: inout Buffer, screen: Rect, keymap: Keymap) -> Point? {
        switch stap {
        case .map(_, let vraag):
            return vraag.render(into: &buffer, screen: screen, keymap: keymap)
        case .formaat:
            let regels = inleiding + keuzes.map { "\($0.toets)  \($0.tekst)" } + ["", "\(keymap.name(BestandActie.stoppen)): niets doen"]
            Venster.teken(titel, regels, into: &buffer, screen: screen)
        case .overschrijven(_, _, let pad):
            let regels = ("Het bestand \(pad) bestaat al.").wrapped(toColumns: 56) + ["", "\(keymap.name(OverschrijfActie.vervangen)): vervangen · \(keymap.names(OverschrijfActie.nietVervangen)): niets doen"]
            Venster.teken("Bestand vervangen?", regels, into: &buffer, screen: screen)
        }
        return nil
    }
}

/// Picking a format in a file dialog (the formats have their own letters, shown beside them).
public enum BestandActie: String, KeyAction {
    case stoppen = "bestand.stoppen"

    public var defaultBinding: Binding {
        switch self {
        case .stoppen: bind([.escape], "Niets schrijven", group: "Bestand schrijven")
        }
    }
}

/// The question before an existing file is replaced.
public enum OverschrijfActie: String, KeyAction {
    case vervangen = "overschrijven.ja"
    case nietVervangen = "overschrijven.nee"

    public var defaultBinding: Binding {
        switch self {
        case .vervangen: bind([.character("j"), .character("J")], "Het bestaande bestand vervangen", group: "Bestand schrijven")
        case .nietVervangen: bind([.character("n"), .character("N"), .escape], "Niet vervangen", group: "Bestand schrijven")
        }
    }
}

/// The folder files are written to from the program.
public enum Exportmap {
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

    /// The message after writing: the file's name first (a long folder is cut off at the end
    /// of the line).
    static func geschreven(_ pad: String) -> MessageLine {
        .success("Geschreven: \((pad as NSString).lastPathComponent), alleen voor u leesbaar, in \((pad as NSString).deletingLastPathComponent).")
    }

    /// The same, as a warning with what the user should know after it (boxes in a PDF).
    static func geschreven(_ g: Exporteur.Geschreven) -> MessageLine {
        guard let waarschuwing = g.waarschuwing else { return geschreven(g.pad) }
        return .warning("\(geschreven(g.pad).text) \(waarschuwing)")
    }
}

/// A centred box with lines of text, for the file dialogs; the first line in `rol`.
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
