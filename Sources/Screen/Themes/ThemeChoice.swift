import Foundation

/// Which theme to show, and why another one when the wanted one cannot be used.
public enum ThemeChoice {
    public static let defaultName = "standaard"
    public static let monochromeName = "zwart-wit"

    /// Chooses the theme:
    /// 1. the wanted one: `--thema` (`requested`), else the configuration, else `standaard`;
    /// 2. without colours a theme with colours becomes `zwart-wit`: always when the terminal
    ///    has none, and when `NO_COLOR` is set (any value) unless `--thema` asked for a theme
    ///    (no-color.org: a command-line option wins over NO_COLOR);
    /// 3. an unknown or broken theme becomes `standaard` (`zwart-wit` without colours), or the
    ///    built-in `Theme.fallback` when even that cannot be read.
    /// - Returns: the theme, and a Dutch warning when it is not the one the user asked for.
    public static func resolve(requested: String?, configured: String?, environment: [String: String],
                               terminalHasColors: Bool, catalog: ThemeCatalog) -> (Theme, warning: String?) {
        let explicit = nonEmpty(requested)
        let wanted = explicit ?? nonEmpty(configured)
        let colorless = colorlessReason(environment: environment, terminalHasColors: terminalHasColors, explicit: explicit != nil)
        let result = lookup(wanted ?? defaultName, catalog: catalog)
        if let colorless { return withoutColors(result, because: colorless, asked: wanted != nil, catalog: catalog) }
        switch result {
        case .success(let theme): return (theme, nil)
        case .failure(let reason): return standard(after: reason, catalog: catalog)
        }
    }

    /// The theme when colours cannot be used: itself when it has none, else `zwart-wit`.
    static func withoutColors(_ result: Result<Theme, Unusable>, because colorless: String, asked: Bool,
                              catalog: ThemeCatalog) -> (Theme, warning: String?) {
        switch result {
        case .success(let theme) where theme.isMonochrome:
            return (theme, nil)
        case .success(let theme):
            let warning = "Thema '\(theme.name)' heeft kleuren en \(colorless); \(monochromeName) wordt gebruikt."
            return (monochrome(catalog: catalog), asked ? warning : nil)
        case .failure(let reason):
            return (monochrome(catalog: catalog), "\(reason); \(monochromeName) wordt gebruikt (\(colorless)).")
        }
    }

    /// Why colours cannot be used, or nil when they can.
    static func colorlessReason(environment: [String: String], terminalHasColors: Bool, explicit: Bool) -> String? {
        if !terminalHasColors { return "deze terminal kent geen kleuren" }
        if environment["NO_COLOR"] != nil && !explicit { return "NO_COLOR is gezet" }
        return nil
    }

    /// The theme called `name`, or why it cannot be used.
    static func lookup(_ name: String, catalog: ThemeCatalog) -> Result<Theme, Unusable> {
        guard let entry = catalog.entry(named: name) else {
            let known = catalog.names.isEmpty ? "geen" : catalog.names.joined(separator: ", ")
            return .failure(Unusable("Thema '\(name)' bestaat niet (beschikbaar: \(known))"))
        }
        switch entry.result {
        case .success(let file): return .success(file.theme)
        case .failure(let error): return .failure(Unusable("Thema '\(entry.name)' is kapot: \(error.summary)"))
        }
    }

    /// `standaard` (the user's, else the shipped one), else the built-in theme.
    static func standard(after reason: Unusable, catalog: ThemeCatalog) -> (Theme, warning: String?) {
        if let theme = usable(defaultName, catalog: catalog) {
            return (theme, "\(reason); \(defaultName) wordt gebruikt.")
        }
        return (.fallback, "\(reason); ook \(defaultName) is niet te lezen, het ingebouwde \(Theme.fallback.name) wordt gebruikt.")
    }

    static func monochrome(catalog: ThemeCatalog) -> Theme {
        guard let theme = usable(monochromeName, catalog: catalog), theme.isMonochrome else { return .fallback }
        return theme
    }

    /// A theme by name that can be read: the user's, else the shipped one.
    static func usable(_ name: String, catalog: ThemeCatalog) -> Theme? {
        catalog.entry(named: name)?.theme ?? catalog.shippedEntry(named: name)?.theme
    }

    static func nonEmpty(_ s: String?) -> String? {
        guard let t = s?.trimmingCharacters(in: .whitespaces), !t.isEmpty else { return nil }
        return t
    }

    /// Why a theme cannot be used, as the start of a warning.
    struct Unusable: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }
}
