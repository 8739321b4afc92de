/// The actions of one scope as an enum: its raw value is the stable id users remap in their
/// key file ("overzicht.openen"), and its `defaultBinding` gives the keys and text. A screen
/// declares its actions this way and handles them with a `switch` over the enum, so the
/// compiler checks that every action is handled and an id with a typo does not compile.
///
///     enum OverzichtActie: String, KeyAction {
///         case openen = "overzicht.openen"
///         var defaultBinding: Binding {
///             switch self {
///             case .openen: bind([.enter], "Huishouden openen", group: "Overzicht")
///             }
///         }
///     }
public protocol KeyAction: KeyActionName, RawRepresentable, CaseIterable, Hashable, Sendable where RawValue == String {
    /// The keys, text and group the action has before the user's key file.
    var defaultBinding: Binding { get }
}

extension KeyAction {
    /// The default bindings of every action, in the order of the cases.
    public static var bindings: [Binding] { allCases.map(\.defaultBinding) }

    /// The scope of the actions: the first part of the ids ("overzicht").
    public static var scope: String {
        guard let first = allCases.first else { return "" }
        return String(first.rawValue.split(separator: ".").first ?? Substring(first.rawValue))
    }

    /// A binding with the action's id, for `defaultBinding`.
    public func bind(_ keys: [Key], _ description: String, group: String = "Algemeen", helpBar: Bool = false) -> Binding {
        Binding(id: rawValue, keys: keys, description: description, group: group, showInHelpBar: helpBar)
    }
}

extension Keymap {
    /// The action of type `A` that `key` triggers now (enabled, in `A`'s scope), if any.
    public func action<A: KeyAction>(for key: Key, _ type: A.Type = A.self) -> A? {
        binding(for: key, scopes: [A.scope]).flatMap { A(rawValue: $0.id) }
    }

    /// As `action(for:)`, for an event: nil for anything but a key.
    public func action<A: KeyAction>(for event: Event, _ type: A.Type = A.self) -> A? {
        guard case .key(let key) = event else { return nil }
        return action(for: key, type)
    }

    /// True when `event` is a key bound to `action`.
    public func matches<A: KeyAction>(_ event: Event, _ action: A) -> Bool {
        guard case .key(let key) = event else { return false }
        return self[action]?.keys.contains(key) ?? false
    }

    /// The binding of an action as the user has it.
    public subscript<A: KeyAction>(action: A) -> Binding? { self[action.rawValue] }

    /// The first key of an action as the help writes it ("Enter", "C-s"), for hints and
    /// messages; the id when the action has no key.
    public func name<A: KeyAction>(_ action: A) -> String {
        self[action]?.keys.first?.description ?? action.rawValue
    }

    /// Every key of an action joined as `separator` says ("Enter of Spatie").
    public func names<A: KeyAction>(_ action: A, separator: String = " of ") -> String {
        let keys = self[action]?.keys ?? []
        return keys.isEmpty ? action.rawValue : keys.map(\.description).joined(separator: separator)
    }

    /// Marks an action as not usable now, with the reason the help shows; nil enables it.
    public mutating func setDisabled<A: KeyAction>(_ action: A, reason: String?) {
        setDisabled(action.rawValue, reason: reason)
    }

    /// A hint line from the keymap: "Enter openen · / zoeken", each action with its first key,
    /// as many as fit in `width` (all when nil), in the order given. `separator` goes between
    /// a key and its text (" " or ": ").
    public func hint(_ items: [(any KeyActionName, String)], separator: String = " ", width: Int? = nil) -> String {
        var out = ""
        for (action, text) in items {
            guard let key = self[action.id]?.keys.first?.description else { continue }
            let part = (out.isEmpty ? "" : " · ") + key + separator + text
            if let width, out.displayWidth + part.displayWidth > width { break }
            out += part
        }
        return out
    }

    /// Every binding given other keys by `keys` (a key file in code): for tests that check
    /// that what the screens say follows the keymap.
    public func remapped(_ keys: (Binding) -> [Key]) -> Keymap {
        var copy = self
        for binding in bindings { copy.setKeys(binding.id, keys(binding)) }
        return copy
    }
}

/// Any action's id, so one hint can mix actions of several scopes.
public protocol KeyActionName: Sendable {
    var id: String { get }
}

extension KeyAction {
    public var id: String { rawValue }
}

// MARK: - Keys in text written before the keymap is known

/// Text written where the keymap is not at hand (a form's explanations are built once) can
/// name an action's key with `"\(toets: VinkjeActie.wissel) zet het aan"`; the screen fills
/// in the key as the user has it with `Keymap.withKeys(_:)` when it draws the text.
extension String.StringInterpolation {
    public mutating func appendInterpolation<A: KeyAction>(toets action: A) {
        appendLiteral(Keymap.keyMarkStart + action.rawValue + Keymap.keyMarkEnd)
    }
}

extension Keymap {
    static let keyMarkStart = "\u{E000}"
    static let keyMarkEnd = "\u{E001}"

    /// `text` with every action marked by `\(toets:)` replaced by its first key ("Spatie").
    public func withKeys(_ text: String) -> String {
        guard text.contains(Self.keyMarkStart) else { return text }
        var out = ""
        var rest = Substring(text)
        while let start = rest.range(of: Self.keyMarkStart) {
            out += rest[..<start.lowerBound]
            rest = rest[start.upperBound...]
            guard let end = rest.range(of: Self.keyMarkEnd) else { break }
            let id = String(rest[..<end.lowerBound])
            out += self[id]?.keys.first?.description ?? id
            rest = rest[end.upperBound...]
        }
        return out + rest
    }
}
