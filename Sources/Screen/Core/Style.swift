/// A terminal colour: the terminal's own default, one of the 16 named colours, or one of
/// the 256 indexed colours.
public enum Color: Hashable, Sendable {
    case terminal
    case index(Int)

    public static let black = Color.index(0), red = Color.index(1), green = Color.index(2), yellow = Color.index(3)
    public static let blue = Color.index(4), magenta = Color.index(5), cyan = Color.index(6), white = Color.index(7)
    public static let brightBlack = Color.index(8), brightWhite = Color.index(15)
}

/// How a role looks in a theme.
public struct Style: Hashable, Sendable {
    public var foreground: Color
    public var background: Color
    public var bold: Bool
    public var underline: Bool
    public var reverse: Bool
    public var dim: Bool

    public init(foreground: Color = .terminal, background: Color = .terminal, bold: Bool = false,
                underline: Bool = false, reverse: Bool = false, dim: Bool = false) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.underline = underline
        self.reverse = reverse
        self.dim = dim
    }

    /// The same style without colours (for a terminal that has none).
    public var withoutColor: Style {
        Style(bold: bold, underline: underline, reverse: reverse, dim: dim)
    }
}

/// A theme: a style for every role.
public struct Theme: Equatable, Sendable {
    public var name: String
    public var description: String
    public var styles: [Role: Style]
    /// True when the theme uses no colours at all (zwart-wit).
    public var isMonochrome: Bool { styles.values.allSatisfy { $0.foreground == .terminal && $0.background == .terminal } }

    public init(name: String, description: String = "", styles: [Role: Style]) {
        self.name = name
        self.description = description
        self.styles = styles
    }

    public func style(_ role: Role) -> Style { styles[role] ?? styles[.text] ?? Style() }

    /// Built in, so the program can always draw something: only bold, reverse and
    /// underline, as the `zwart-wit` theme file. Used when a theme cannot be read.
    public static let fallback = Theme(name: "zwart-wit", description: "Alleen vet, omgekeerd en onderstreept.", styles: [
        .text: Style(), .muted: Style(dim: true), .border: Style(), .focusedBorder: Style(bold: true),
        .title: Style(bold: true), .label: Style(bold: true), .input: Style(underline: true),
        .focusedInput: Style(bold: true, underline: true), .placeholder: Style(dim: true), .selection: Style(reverse: true),
        .invalid: Style(bold: true, underline: true), .checked: Style(bold: true), .warning: Style(bold: true),
        .error: Style(bold: true, reverse: true), .success: Style(bold: true), .statusBar: Style(reverse: true),
        .helpKey: Style(bold: true, reverse: true), .helpText: Style(), .dialog: Style(reverse: true),
    ])
}
