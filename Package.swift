// swift-tools-version: 6.0
import PackageDescription

// Regie: 1Gezin1Plan1Regisseur in de terminal.
//
// Modules (see README.md):
//   Kalender      the one calendar-day type (Datum): arithmetic, and reading what a user types
//   RegieDomain   the method and the plans as Sendable value types, and the rules; no I/O
//   RegieMethode  loads and validates the method data files (phases, regiekaart, meldcode)
//   RegieStore    the local file store: atomic saves, locks, change checks, versions, index, encryption, audit trail
//   RegieExport   the plan as a document: Markdown, PDF (pango + cairo) and the iCalendar invitation
//   CPangoCairo   pango and cairo (system library) for the PDF: real paragraph layout and fonts
//   CNcurses      wide-character ncurses (system library) with a small shim header
//   Screen        the terminal layer: cells, buffer, backends, run loop, widgets, keys, themes;
//                 knows nothing of the domain; only Screen/Curses/CursesBackend.swift imports CNcurses
//   RegieThemes   the theme files in the top-level Themes/ folder, shipped with the program
//   regie         the executable: argument parsing and the subcommands
//   RegieApp      the screens: one folder per screen, over Screen and the domain
let package = Package(
    name: "Regie",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "regie", targets: ["regie"]),
    ],
    dependencies: [
        // Subcommands, options and their help text.
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // Method files are YAML: regions edit them by hand, with comments and long Dutch text.
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        // SHA-256 for the store's change check (and, later, encryption at rest).
        .package(url: "https://github.com/apple/swift-crypto", from: "4.0.0"),
        // Property-based tests (generated inputs, seeded, with shrinking) for dates and date fields.
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    ],
    targets: [
        .target(name: "Kalender"),
        .target(name: "RegieDomain", dependencies: ["Kalender"]),
        .target(
            name: "RegieMethode",
            dependencies: ["RegieDomain", "Yams"],
            resources: [.copy("Standaard")]
        ),
        .target(
            name: "RegieStore",
            dependencies: [
                "RegieDomain", .product(name: "Crypto", package: "swift-crypto"),
                // scrypt for the passphrase (encryption at rest).
                .product(name: "_CryptoExtras", package: "swift-crypto"),
            ]
        ),
        // PDF through cairo + pango (Debian libcairo2-dev, libpango1.0-dev): maintained, real text
        // layout (line breaking, UTF-8 shaping, font fallback), no Swift package needed.
        .systemLibrary(
            name: "CPangoCairo",
            path: "Sources/CPangoCairo",
            pkgConfig: "pangocairo",
            providers: [.apt(["libpango1.0-dev", "libcairo2-dev"])]
        ),
        // The files a dossier is written to (PDF, Markdown, ics, JSON) and the export trail in the store.
        .target(name: "RegieExport", dependencies: ["RegieDomain", "RegieStore", "CPangoCairo"]),
        .systemLibrary(name: "CNcurses", path: "Sources/CNcurses"),
        .target(name: "Screen", dependencies: ["CNcurses", "Yams", "Kalender"]),
        .target(
            name: "RegieThemes",
            path: "Themes",
            exclude: ["README.md"],
            resources: [.copy("standaard.yaml"), .copy("licht.yaml"), .copy("beamer.yaml"), .copy("zwart-wit.yaml")]
        ),
        .target(name: "RegieApp", dependencies: ["Screen", "RegieDomain", "RegieMethode", "RegieStore", "RegieExport"]),
        // Prints the time to export a full plan as PDF: swift run -c release regie-pdf-bench
        .executableTarget(name: "regie-pdf-bench", dependencies: ["RegieExport", "RegieDomain", "RegieMethode"]),
        .executableTarget(
            name: "regie",
            dependencies: [
                "RegieDomain", "RegieMethode", "RegieStore", "RegieExport", "Screen", "RegieThemes", "RegieApp",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Prints the store's speed figures: swift run -c release regie-bench
        .executableTarget(name: "regie-bench", dependencies: ["RegieDomain", "RegieStore"]),
        // Prints the screen layer's speed figures (typing, bytes per key, first frame): swift run -c release regie-scherm-bench
        .executableTarget(name: "regie-scherm-bench", dependencies: ["Screen"]),
        // Prints the screens' speed figures (start to overview, opening a dossier): swift run -c release regie-app-bench
        .executableTarget(name: "regie-app-bench", dependencies: ["RegieApp", "RegieDomain", "RegieMethode", "RegieStore", "Screen"]),
        // Mutated dossier files through import and the store, counted: scripts/fuzz.sh runs 10,000.
        .executableTarget(name: "regie-fuzz", dependencies: ["TestSupport"]),
        // Saves a dossier in a loop; the store tests kill it at random moments.
        .executableTarget(name: "regie-schrijftest", dependencies: ["RegieDomain", "RegieStore"]),
        // Generated inputs for the property tests of dates and date fields, from a fixed seed.
        .target(
            name: "Eigenschappen",
            dependencies: ["Kalender", .product(name: "PropertyBased", package: "swift-property-based")],
            path: "Tests/Eigenschappen"
        ),
        .testTarget(name: "KalenderTests", dependencies: ["Kalender", "Eigenschappen", .product(name: "PropertyBased", package: "swift-property-based")]),
        .testTarget(name: "RegieDomainTests", dependencies: ["RegieDomain", "RegieMethode", "Eigenschappen",
                                                     .product(name: "PropertyBased", package: "swift-property-based")]),
        .testTarget(name: "RegieMethodeTests", dependencies: ["RegieMethode", "RegieDomain"]),
        // Shared by the tests that start built programs: finding them, driving them in tmux.
        .target(name: "TestSupport", dependencies: ["RegieStore", "RegieDomain"], path: "Tests/TestSupport"),
        .testTarget(name: "RegieStoreTests", dependencies: ["RegieStore", "RegieDomain", "regie-schrijftest", "TestSupport"]),
        .testTarget(name: "RegieCLITests", dependencies: ["regie", "RegieDomain", "RegieStore", "TestSupport"]),
        .testTarget(name: "ScreenTests", dependencies: ["Screen", "RegieThemes", "Eigenschappen"]),
        .testTarget(name: "RegieExportTests", dependencies: ["RegieExport", "RegieDomain", "RegieMethode", "RegieStore"]),
        .testTarget(
            name: "RegieAppTests",
            dependencies: ["RegieApp", "Screen", "RegieDomain", "RegieThemes", "RegieMethode", "RegieStore", "Eigenschappen"]
        ),
        // The real program in a private tmux server: keys in, screen text out.
        .testTarget(name: "EndToEndTests", dependencies: ["regie", "TestSupport", "RegieDomain", "RegieStore"]),
    ]
)
