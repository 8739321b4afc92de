import Foundation
import Yams

/// A theme file that cannot be used, with every problem found in it.
public struct ThemeError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file's name ("licht.yaml").
    public var file: String
    public var problems: [YAMLProblem]

    public init(file: String, problems: [YAMLProblem]) {
        self.file = file
        self.problems = problems
    }

    /// "Themabestand licht.yaml, rollen.muted.voorgrond (regel 4): onbekende kleur 'paars' …",
    /// one line per problem when there are more.
    public var description: String {
        if problems.count == 1 { return "Themabestand \(file), \(problems[0])" }
        let head = "Themabestand \(file) heeft \(problems.count) problemen:"
        return ([head] + problems.map { "- \($0)" }).joined(separator: "\n")
    }

    /// One line: the first problem, and how many more there are.
    public var summary: String {
        guard let first = problems.first else { return "\(file): onbekend probleem" }
        let more = problems.count > 1 ? " (en nog \(problems.count - 1))" : ""
        return "\(file), \(first)\(more)"
    }
}

/// A theme as read from a file, with the roles the file left out (they look like `text`).
public struct ThemeFile: Equatable, Sendable {
    public var theme: Theme
    public var missingRoles: [Role]
}

/// Reads theme files (see `Themes/README.md`):
///
///     naam: standaard
///     omschrijving: Donker, voor een gewone terminal.
///     rollen:
///       muted: {voorgrond: 8}
///       invalid: {voorgrond: rood, onderstreept: true}
///
/// The theme's name is the file name without `.yaml`; `naam`, when given, must match it.
public enum ThemeLoader {
    static let maxBytes = 256 * 1024
    static let topKeys = ["naam", "omschrijving", "rollen"]
    static let colorKeys = ["voorgrond", "achtergrond"]
    static let flagKeys = ["vet", "onderstreept", "omgekeerd", "gedimd"]
    static let colorNames = ["zwart", "rood", "groen", "geel", "blauw", "magenta", "cyaan", "wit"]

    /// The theme in `url`.
    public static func load(_ url: URL) throws(ThemeError) -> Theme {
        try read(url).theme
    }

    /// The theme in `url`, with the roles it leaves out.
    public static func read(_ url: URL) throws(ThemeError) -> ThemeFile {
        let file = url.lastPathComponent
        switch YAMLText.read(url, maxBytes: maxBytes) {
        case .success(let text): return try parse(text, file: file)
        case .failure(let problem): throw ThemeError(file: file, problems: [problem])
        }
    }

    /// The theme in `text`, read from a file called `file` (its name gives the theme's name).
    public static func parse(_ text: String, file: String) throws(ThemeError) -> ThemeFile {
        let root: Node?
        switch YAMLText.compose(text) {
        case .success(let node): root = node
        case .failure(let problem): throw ThemeError(file: file, problems: [problem])
        }
        var parser = Parser(name: themeName(fromFile: file))
        parser.parseRoot(root)
        guard parser.problems.isEmpty else { throw ThemeError(file: file, problems: parser.problems) }
        return parser.result
    }

    /// "licht.yaml" → "licht".
    public static func themeName(fromFile file: String) -> String {
        (file as NSString).deletingPathExtension
    }

    /// Collects every problem in one pass, so a user sees them all at once.
    struct Parser {
        let name: String
        var description = ""
        var styles: [Role: Style] = [:]
        var problems: [YAMLProblem] = []

        init(name: String) { self.name = name }

        var result: ThemeFile {
            let base = styles[.text] ?? Style()
            var complete = styles
            let missing = Role.allCases.filter { styles[$0] == nil }
            for role in missing { complete[role] = base }
            return ThemeFile(theme: Theme(name: name, description: description, styles: complete), missingRoles: missing)
        }

        mutating func problem(_ path: String, _ node: Node?, _ text: String) {
            let line = node?.mark.map { " (regel \($0.line))" } ?? ""
            problems.append(YAMLProblem(place: path + line, problem: text))
        }

        mutating func parseRoot(_ root: Node?) {
            guard let root else { return problem("bestand", nil, "het bestand is leeg") }
            guard let mapping = root.mapping else {
                return problem("begin van het bestand", root, "hier hoort een blok met naam, omschrijving en rollen")
            }
            for (keyNode, value) in mapping {
                let key = keyNode.string ?? ""
                switch key {
                case "naam": parseName(value)
                case "omschrijving": parseDescription(value)
                case "rollen": parseRoles(value)
                default:
                    problem(key, keyNode, "onbekend veld '\(key)' (bekend: \(ThemeLoader.topKeys.joined(separator: ", ")))")
                }
            }
            if root["rollen"] == nil { problem("rollen", nil, "het veld 'rollen' ontbreekt") }
        }

        mutating func parseName(_ node: Node) {
            guard let text = YAMLText.scalarText(node) else { return problem("naam", node, "hier hoort tekst") }
            if text != name {
                problem("naam", node, "'\(text)' is niet gelijk aan de bestandsnaam; noem het bestand \(text).yaml of de naam \(name)")
            }
        }

        mutating func parseDescription(_ node: Node) {
            guard let text = YAMLText.scalarText(node) else { return problem("omschrijving", node, "hier hoort tekst") }
            description = text
        }

        mutating func parseRoles(_ node: Node) {
            guard let mapping = node.mapping else {
                return problem("rollen", node, "hier hoort een blok met per rol een stijl, zoals 'muted: {voorgrond: 8}'")
            }
            for (keyNode, value) in mapping {
                let key = keyNode.string ?? ""
                guard let role = Role(rawValue: key) else {
                    let known = Role.allCases.map(\.rawValue).joined(separator: ", ")
                    problem("rollen.\(key)", keyNode, "onbekende rol '\(key)' (bekende rollen: \(known))")
                    continue
                }
                if let style = parseStyle(value, path: "rollen.\(key)") { styles[role] = style }
            }
        }

        mutating func parseStyle(_ node: Node, path: String) -> Style? {
            if YAMLText.isNull(node) { return Style() }
            guard let mapping = node.mapping else {
                problem(path, node, "hier hoort een blok zoals {voorgrond: rood, vet: true}, of {} voor de kleuren van de terminal")
                return nil
            }
            var style = Style()
            let before = problems.count
            for (keyNode, value) in mapping {
                let key = keyNode.string ?? ""
                let keyPath = "\(path).\(key)"
                switch key {
                case "voorgrond": style.foreground = parseColor(value, path: keyPath) ?? .terminal
                case "achtergrond": style.background = parseColor(value, path: keyPath) ?? .terminal
                case "vet": style.bold = parseFlag(value, path: keyPath)
                case "onderstreept": style.underline = parseFlag(value, path: keyPath)
                case "omgekeerd": style.reverse = parseFlag(value, path: keyPath)
                case "gedimd": style.dim = parseFlag(value, path: keyPath)
                default:
                    let known = (ThemeLoader.colorKeys + ThemeLoader.flagKeys).joined(separator: ", ")
                    problem(keyPath, keyNode, "onbekende eigenschap '\(key)' (bekend: \(known))")
                }
            }
            return problems.count == before ? style : nil
        }

        mutating func parseFlag(_ node: Node, path: String) -> Bool {
            switch YAMLText.scalarText(node)?.lowercased() {
            case "true", "ja": return true
            case "false", "nee": return false
            default:
                problem(path, node, "hier hoort true of false")
                return false
            }
        }

        mutating func parseColor(_ node: Node, path: String) -> Color? {
            guard let text = YAMLText.scalarText(node), !YAMLText.isNull(node) else {
                problem(path, node, "hier hoort een kleur: een getal van 0 tot en met 255 of een naam (\(ThemeLoader.colorHelp))")
                return nil
            }
            if let number = Int(text) {
                guard (0...255).contains(number) else {
                    problem(path, node, "het kleurnummer \(number) valt buiten 0–255")
                    return nil
                }
                return .index(number)
            }
            guard let color = ThemeLoader.color(named: text) else {
                problem(path, node, "onbekende kleur '\(text)' (kies een getal van 0 tot en met 255 of \(ThemeLoader.colorHelp))")
                return nil
            }
            return color
        }
    }

    static var colorHelp: String { (colorNames + ["helder-…", "terminal"]).joined(separator: ", ") }

    /// "rood" → 1, "helder-rood" → 9, "terminal" → the terminal's own colour.
    public static func color(named name: String) -> Color? {
        let lower = name.trimmingCharacters(in: .whitespaces).lowercased()
        if lower == "terminal" { return .terminal }
        if let i = colorNames.firstIndex(of: lower) { return .index(i) }
        if lower.hasPrefix("helder-"), let i = colorNames.firstIndex(of: String(lower.dropFirst(7))) { return .index(i + 8) }
        return nil
    }
}
