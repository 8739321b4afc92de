import Foundation
import Yams

/// The key bindings of the program, in the order the help shows them.
public struct Keymap: Equatable, Sendable {
    public private(set) var bindings: [Binding]

    public init(_ bindings: [Binding]) { self.bindings = bindings }

    public subscript(id: String) -> Binding? { bindings.first { $0.id == id } }

    /// The enabled binding for `key`, looking only in `scopes` when given.
    public func binding(for key: Key, scopes: Set<String>? = nil) -> Binding? {
        bindings.first { $0.isEnabled && $0.keys.contains(key) && (scopes?.contains($0.scope) ?? true) }
    }

    /// Marks an action as not usable now, with the reason the help shows; nil enables it.
    public mutating func setDisabled(_ id: String, reason: String?) {
        guard let i = bindings.firstIndex(where: { $0.id == id }) else { return }
        bindings[i].disabledReason = reason
    }

    /// The bindings per group, groups in order of first appearance.
    public var groups: [(name: String, bindings: [Binding])] {
        var order: [String] = []
        var members: [String: [Binding]] = [:]
        for binding in bindings {
            if members[binding.group] == nil { order.append(binding.group) }
            members[binding.group, default: []].append(binding)
        }
        return order.map { ($0, members[$0]!) }
    }

    /// Two or more bindings of one scope on the same key.
    public struct Conflict: Equatable, Sendable {
        public var scope: String
        public var key: Key
        public var ids: [String]
    }

    public var conflicts: [Conflict] {
        var owners: [String: [Key: [String]]] = [:]
        var order: [(String, Key)] = []
        for binding in bindings {
            for key in Set(binding.keys) {
                if owners[binding.scope]?[key] == nil { order.append((binding.scope, key)) }
                owners[binding.scope, default: [:]][key, default: []].append(binding.id)
            }
        }
        return order.compactMap { scope, key in
            let ids = owners[scope]![key]!
            return ids.count > 1 ? Conflict(scope: scope, key: key, ids: ids) : nil
        }
    }

    /// `$XDG_CONFIG_HOME/regie/toetsen.yaml`, else `~/.config/regie/toetsen.yaml`.
    public static func userFile(environment: [String: String]) -> URL {
        ThemeCatalog.userFolder(environment: environment).deletingLastPathComponent().appendingPathComponent("toetsen.yaml")
    }
}

// MARK: - The user's key file

extension Keymap {
    static let maxFileBytes = 64 * 1024

    /// Remaps actions by id from the user's key file, YAML with per action its keys:
    ///
    ///     app.afsluiten: [C-q, F10]
    ///     lijst.zoek: C-f              # one key may stand on its own
    ///     app.hulp: [F1, '?']          # ? : , # [ ] { } between quotes
    ///
    /// Key names as `Key.description` writes them. A remap that makes two actions of one
    /// scope share a key is left out (that action keeps its keys). A file that does not
    /// exist changes nothing.
    /// - Returns: Dutch problems; whatever is right in the file is still applied.
    public mutating func apply(userFile url: URL) -> [String] {
        guard FileManager.default.fileExists(atPath: url.path) else { return [] }
        switch YAMLText.read(url, maxBytes: Self.maxFileBytes) {
        case .success(let text): return apply(yaml: text, file: url.lastPathComponent)
        case .failure(let problem): return ["\(url.lastPathComponent), \(problem)"]
        }
    }

    /// As `apply(userFile:)`, for the text of a file called `file`.
    public mutating func apply(yaml text: String, file: String) -> [String] {
        let root: Node?
        switch YAMLText.compose(text) {
        case .success(let node): root = node
        case .failure(let problem): return ["\(file), \(problem)"]
        }
        guard let root else { return [] }
        guard let mapping = root.mapping else {
            return ["\(file), begin van het bestand: hier hoort per regel een actie met toetsen, zoals 'app.afsluiten: [C-q, F10]'"]
        }
        var reader = KeyFileReader(keymap: self, file: file)
        for (idNode, value) in mapping { reader.read(idNode, value) }
        reader.dropConflicts()
        for (id, keys) in reader.remaps { setKeys(id, keys) }
        return reader.problems
    }

    mutating func setKeys(_ id: String, _ keys: [Key]) {
        guard let i = bindings.firstIndex(where: { $0.id == id }) else { return }
        bindings[i].keys = keys
    }

    func applying(_ remaps: [String: [Key]]) -> Keymap {
        var copy = self
        for (id, keys) in remaps { copy.setKeys(id, keys) }
        return copy
    }
}

/// Reads a key file's entries into remaps, collecting problems.
struct KeyFileReader {
    let keymap: Keymap
    let file: String
    var remaps: [String: [Key]] = [:]
    var places: [String: String] = [:]
    var problems: [String] = []

    init(keymap: Keymap, file: String) {
        self.keymap = keymap
        self.file = file
    }

    mutating func report(_ place: String, _ text: String) { problems.append("\(file), \(place): \(text)") }

    mutating func read(_ idNode: Node, _ value: Node) {
        let id = idNode.string ?? ""
        let place = YAMLText.place(idNode.mark)
        guard let binding = keymap[id] else { return report(place, "onbekende actie '\(id)' (\(known(near: id)))") }
        guard let names = keyNodes(value) else {
            return report(place, "bij '\(id)' hoort een lijst toetsen, zoals [C-q, F10]")
        }
        var keys: [Key] = []
        for node in names {
            let place = YAMLText.place(node.mark ?? idNode.mark)
            guard let name = YAMLText.scalarText(node) else {
                report(place, "bij '\(id)' staat iets dat geen toetsnaam is; zet tekens als ? : , # [ ] { } tussen aanhalingstekens: '?'")
                continue
            }
            guard let key = Key(name: name) else {
                report(place, "onbekende toets '\(name)' bij '\(id)' (bijvoorbeeld C-s, M-x, F1, Enter, Esc, PgDn, Spatie, a)")
                continue
            }
            if !keys.contains(key) { keys.append(key) }
        }
        guard !keys.isEmpty else {
            return report(place, "geen bruikbare toets voor '\(id)'; de standaardtoetsen blijven (\(binding.keyNames))")
        }
        remaps[id] = keys
        places[id] = place
    }

    /// The key names of an entry: a list, or one name on its own; nil when neither.
    func keyNodes(_ value: Node) -> [Node]? {
        if let sequence = value.sequence { return Array(sequence) }
        if value.scalar != nil && !YAMLText.isNull(value) { return [value] }
        return nil
    }

    /// Other ids of the same scope, or the scopes, to help find the right one.
    func known(near id: String) -> String {
        let scope = String(id.split(separator: ".").first ?? "")
        let same = keymap.bindings.filter { $0.scope == scope }.map(\.id)
        if !same.isEmpty { return "bekend in '\(scope)': \(same.joined(separator: ", "))" }
        var scopes: [String] = []
        for b in keymap.bindings where !scopes.contains(b.scope) { scopes.append(b.scope) }
        return "acties beginnen met \(scopes.map { "'\($0).'" }.joined(separator: ", "))"
    }

    /// Leaves out every remap that makes two bindings of one scope share a key, until none
    /// do (leaving one out gives its binding back its old keys, which may clash in turn).
    mutating func dropConflicts() {
        while true {
            let clashes = keymap.applying(remaps).conflicts.filter { $0.ids.contains { remaps[$0] != nil } }
            guard !clashes.isEmpty else { return }
            for clash in clashes {
                for id in clash.ids where remaps[id] != nil { drop(id, clash) }
            }
        }
    }

    mutating func drop(_ id: String, _ clash: Keymap.Conflict) {
        let others = clash.ids.filter { $0 != id }.map { other in
            "'\(other)' (\(keymap[other]?.description ?? ""))"
        }.joined(separator: " en ")
        let defaults = keymap[id]?.keyNames ?? ""
        report(places[id] ?? "bestand",
               "'\(id)' niet aangepast: \(clash.key) botst in '\(clash.scope)' met \(others); de standaardtoetsen blijven (\(defaults))")
        remaps.removeValue(forKey: id)
    }
}
