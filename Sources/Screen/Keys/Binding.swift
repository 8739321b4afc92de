/// One action the user can take with a key: data, so the help bar, the help overlay, the
/// `regie toetsen` list and the user's key file all come from the same place.
public struct Binding: Equatable, Sendable, Identifiable {
    /// Stable, for key files: "app.afsluiten", "lijst.nieuw".
    public var id: String
    public var keys: [Key]
    /// What it does, in Dutch: "Afsluiten".
    public var description: String
    /// The heading it is listed under in the help: "Algemeen", "Lijst".
    public var group: String
    /// Bindings of one scope are active together, so they may not share a key. The default
    /// is the id's first part: "lijst" for "lijst.nieuw".
    public var scope: String
    /// Shown in the one-line help bar (the few most used); all are in the help overlay.
    public var showInHelpBar: Bool
    /// Why the action cannot be used now ("niets gewijzigd"); nil when it can. Set at runtime.
    public var disabledReason: String?

    public init(id: String, keys: [Key], description: String, group: String = "Algemeen", scope: String? = nil,
                showInHelpBar: Bool = false, disabledReason: String? = nil) {
        self.id = id
        self.keys = keys
        self.description = description
        self.group = group
        self.scope = scope ?? String(id.split(separator: ".").first ?? Substring(id))
        self.showInHelpBar = showInHelpBar
        self.disabledReason = disabledReason
    }

    public var isEnabled: Bool { disabledReason == nil }

    /// The keys as written in key files and the help: "C-q, F10".
    public var keyNames: String { keys.map(\.description).joined(separator: ", ") }
}
