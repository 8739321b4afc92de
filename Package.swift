// swift-tools-version: 6.0
import PackageDescription

// Regie: 1Gezin1Plan1Regisseur in de terminal.
//
// Modules (see README.md):
//   RegieDomain   the method and the plans as Sendable value types, and the rules; no I/O
//   RegieMethode  loads and validates the method data files (phases, regiekaart, meldcode)
//   RegieStore    the local file store: atomic saves, locks, change checks, versions, index
//   RegieExport   text, Markdown and JSON renderings of a dossier
//   regie         the executable: argument parsing and the subcommands
// Planned next: CNcurses, Screen, RegieApp.
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
    ],
    targets: [
        .target(name: "RegieDomain"),
        .target(
            name: "RegieMethode",
            dependencies: ["RegieDomain", "Yams"],
            resources: [.copy("Standaard")]
        ),
        .target(
            name: "RegieStore",
            dependencies: ["RegieDomain", .product(name: "Crypto", package: "swift-crypto")]
        ),
        .target(name: "RegieExport", dependencies: ["RegieDomain"]),
        .executableTarget(
            name: "regie",
            dependencies: [
                "RegieDomain", "RegieMethode", "RegieStore", "RegieExport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Prints the store's speed figures: swift run -c release regie-bench
        .executableTarget(name: "regie-bench", dependencies: ["RegieDomain", "RegieStore"]),
        // Saves a dossier in a loop; the store tests kill it at random moments.
        .executableTarget(name: "regie-schrijftest", dependencies: ["RegieDomain", "RegieStore"]),
        .testTarget(name: "RegieDomainTests", dependencies: ["RegieDomain", "RegieMethode"]),
        .testTarget(name: "RegieMethodeTests", dependencies: ["RegieMethode", "RegieDomain"]),
        .testTarget(name: "RegieStoreTests", dependencies: ["RegieStore", "RegieDomain", "regie-schrijftest"]),
        .testTarget(name: "RegieCLITests", dependencies: ["regie", "RegieDomain", "RegieStore"]),
    ]
)
