/// What a cell means, never how it looks: a theme maps each role to colours and
/// attributes. Widgets use roles only, so every screen works in every theme, and meaning
/// is also carried by text ("[x]", "!", words), never by colour alone.
public enum Role: String, CaseIterable, Sendable, Codable {
    case text
    case muted
    case border
    case focusedBorder
    case title
    case label
    case input
    case focusedInput
    case placeholder
    case selection
    case invalid
    case checked
    case warning
    case error
    case success
    case statusBar
    case helpKey
    case helpText
    case dialog
}
