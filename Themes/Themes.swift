import Foundation

/// The theme files shipped with Regie, one per theme, in this folder (`Themes/`).
/// See `Themes/README.md` for the format.
public enum ShippedThemes {
    /// The folder holding the shipped theme files, wherever the program runs from.
    public static var folder: URL? {
        Bundle.module.url(forResource: "standaard", withExtension: "yaml")?.deletingLastPathComponent()
    }
}
