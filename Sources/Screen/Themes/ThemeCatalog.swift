import Foundation

/// Every theme the program can use: the shipped ones and the user's own, which override a
/// shipped theme of the same name. A file that cannot be read is listed with its error;
/// it never stops the program.
public struct ThemeCatalog: Sendable {
    public enum Source: Equatable, Sendable {
        case shipped
        case user

        /// How the list shows it.
        public var label: String { self == .shipped ? "meegeleverd" : "eigen" }
    }

    public struct Entry: Sendable {
        /// The file name without `.yaml`: what `--thema` and the configuration use.
        public var name: String
        public var source: Source
        public var file: URL
        public var result: Result<ThemeFile, ThemeError>
        /// True when this user theme replaces a shipped one.
        public var overridesShipped = false

        public var theme: Theme? { try? result.get().theme }
        public var error: ThemeError? {
            if case .failure(let error) = result { return error }
            return nil
        }
        public var description: String { theme?.description ?? "" }
    }

    /// By name, user themes in place of shipped ones.
    public private(set) var entries: [Entry]
    /// The shipped themes, also those a user theme overrides (to fall back on).
    public private(set) var shipped: [Entry]

    /// Reads every `.yaml` file in both folders; a folder that does not exist has no themes.
    public init(shippedFolder: URL?, userFolder: URL?) {
        shipped = Self.read(shippedFolder, source: .shipped)
        var byName: [String: Entry] = [:]
        for entry in shipped { byName[entry.name] = entry }
        for var entry in Self.read(userFolder, source: .user) {
            entry.overridesShipped = byName[entry.name]?.source == .shipped
            byName[entry.name] = entry
        }
        entries = byName.values.sorted { $0.name < $1.name }
    }

    /// `$XDG_CONFIG_HOME/regie/themes`, else `~/.config/regie/themes`.
    public static func userFolder(environment: [String: String]) -> URL {
        let config: URL
        if let xdg = environment["XDG_CONFIG_HOME"], xdg.hasPrefix("/") {
            config = URL(fileURLWithPath: xdg, isDirectory: true)
        } else {
            let home = environment["HOME"] ?? NSHomeDirectory()
            config = URL(fileURLWithPath: home, isDirectory: true).appendingPathComponent(".config", isDirectory: true)
        }
        return config.appendingPathComponent("regie/themes", isDirectory: true)
    }

    /// The theme called `name` (case does not matter).
    public func entry(named name: String) -> Entry? {
        Self.find(name, in: entries)
    }

    /// The shipped theme called `name`, even when a user theme overrides it.
    public func shippedEntry(named name: String) -> Entry? {
        Self.find(name, in: shipped)
    }

    public var names: [String] { entries.map(\.name) }

    /// The list for the user, one theme a line: name, description or error, source.
    public func overview() -> String {
        let width = entries.map { $0.name.displayWidth }.max() ?? 0
        return entries.map { entry in
            let name = entry.name + String(repeating: " ", count: width - entry.name.displayWidth)
            var source = entry.source.label
            if entry.source == .user { source += ", \(entry.file.path)" }
            if entry.overridesShipped { source += ", vervangt het meegeleverde" }
            let what = entry.error.map { "KAPOT: \($0.summary)" } ?? entry.description
            return "\(name)  \(what)  (\(source))"
        }.joined(separator: "\n")
    }

    private static func find(_ name: String, in list: [Entry]) -> Entry? {
        let wanted = name.trimmingCharacters(in: .whitespaces).lowercased()
        return list.first { $0.name.lowercased() == wanted }
    }

    private static func read(_ folder: URL?, source: Source) -> [Entry] {
        guard let folder else { return [] }
        let files = (try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)) ?? []
        var seen = Set<String>()
        return files
            .filter { ["yaml", "yml"].contains($0.pathExtension.lowercased()) && !$0.lastPathComponent.hasPrefix(".") }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
            .compactMap { url in
                let name = ThemeLoader.themeName(fromFile: url.lastPathComponent)
                guard seen.insert(name).inserted else { return nil }
                return Entry(name: name, source: source, file: url, result: Result { () throws(ThemeError) in try ThemeLoader.read(url) })
            }
    }
}
