import Foundation
import Yams

/// Reading the small hand-written YAML files of the screen layer (themes, key files),
/// with Dutch messages that say where a problem is.
enum YAMLText {
    /// Where in a file a problem is, for a message.
    static func place(_ mark: Mark?) -> String {
        guard let mark else { return "begin van het bestand" }
        return "regel \(mark.line)"
    }

    /// The file's text, or a Dutch reason it cannot be read.
    static func read(_ url: URL, maxBytes: Int) -> Result<String, YAMLProblem> {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            return .failure(YAMLProblem(place: "bestand", problem: "kan niet gelezen worden"))
        }
        guard data.count <= maxBytes else {
            return .failure(YAMLProblem(place: "bestand", problem: "het bestand is groter dan \(maxBytes / 1024) kB"))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            return .failure(YAMLProblem(place: "bestand", problem: "de tekst is geen UTF-8"))
        }
        return .success(text)
    }

    /// The document's root node (nil for an empty file), or the syntax error with its line.
    static func compose(_ text: String) -> Result<Node?, YAMLProblem> {
        do {
            return .success(try Yams.compose(yaml: text))
        } catch let error as YamlError {
            return .failure(problem(error))
        } catch {
            return .failure(YAMLProblem(place: "bestand", problem: "ongeldige YAML"))
        }
    }

    static func problem(_ error: YamlError) -> YAMLProblem {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
             .composer(_, let problem, let mark, _):
            return YAMLProblem(place: "regel \(mark.line), kolom \(mark.column)", problem: "ongeldige YAML (\(problem))")
        case .duplicatedKeysInMapping(let duplicates, let context):
            let names = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            return YAMLProblem(place: "regel \(context.mark.line)", problem: "\(names) staat er meer dan één keer in")
        case .reader(let problem, _, _, _):
            return YAMLProblem(place: "bestand", problem: "ongeldige tekst (\(problem))")
        default:
            return YAMLProblem(place: "bestand", problem: "ongeldige YAML")
        }
    }

    /// A scalar's text as written (not interpreted: "ja", "1" and "on" stay text).
    static func scalarText(_ node: Node) -> String? { node.scalar?.string }

    /// True for an empty value (`rol:` with nothing after it, or `~`).
    static func isNull(_ node: Node) -> Bool { node.null != nil }
}

/// One problem in a YAML file: where, and what is wrong (both Dutch).
public struct YAMLProblem: Error, Equatable, Sendable, CustomStringConvertible {
    /// "rollen.muted.voorgrond", "regel 3, kolom 5", "bestand".
    public var place: String
    public var problem: String

    public init(place: String, problem: String) {
        self.place = place
        self.problem = problem
    }

    public var description: String { "\(place): \(problem)" }
}
