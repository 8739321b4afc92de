import Foundation
import Screen

/// The real terminal for one run of a screen program: curses started, the theme chosen
/// (knowing whether the terminal has colours), and the terminal always given back.
public final class Terminalsessie {
    public let backend: CursesBackend
    /// Reader mode (`--lezer`, `lezer: ja`): plain lines, the focus and every change said on
    /// the bottom line, the cursor on the item with focus; nil: the screens as drawn.
    public let lezer: ReaderBackend?
    public let theme: Theme
    /// Why the theme is not the one asked for, in Dutch; nil when it is.
    public let themaWaarschuwing: String?

    /// - Parameters:
    ///   - gevraagd: `--thema`
    ///   - ingesteld: `thema:` in the settings file
    ///   - catalog: the shipped and the user's themes
    ///   - lezer: reader mode, for a screen reader
    public init(gevraagd: String?, ingesteld: String?, omgeving: [String: String], catalog: ThemeCatalog, lezer: Bool = false) throws {
        backend = try CursesBackend(theme: .fallback)
        self.lezer = lezer ? ReaderBackend(backend) : nil
        let (theme, warning) = ThemeChoice.resolve(requested: gevraagd, configured: ingesteld, environment: omgeving,
                                                    terminalHasColors: backend.terminalHasColors, catalog: catalog)
        self.theme = theme
        themaWaarschuwing = warning
        backend.setTheme(theme)
    }

    /// Runs `program` until it quits; the terminal is restored afterwards. On SIGTERM or
    /// SIGHUP the program first gets `stopping` (to save), then the process ends by that
    /// signal; a second signal, or a crash, restores the terminal and ends at once.
    @discardableResult
    public func draai<P: Program>(_ program: P, model: P.Model) -> P.Model {
        let runtime = Runtime(program: program, model: model, backend: lezer ?? backend)
        let einde = runtime.run()
        backend.shutdown()
        // Stopped by SIGTERM or SIGHUP: the program has saved; end as the signal asked.
        if let signal = runtime.stoppedBy { CursesBackend.endBySignal(signal) }
        return einde
    }
}
