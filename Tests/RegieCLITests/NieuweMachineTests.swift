import Foundation
import Testing

/// The README's first two commands on a fresh Debian machine that has only Swift: both
/// install the system packages first, through the one script that lists them.
@Suite("De eerste twee opdrachten uit de README")
struct NieuweMachineTests {
    static let pakket = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let script = "scripts/systeempakketten.sh"

    static func lees(_ pad: String) throws -> String {
        try String(contentsOf: pakket.appendingPathComponent(pad), encoding: .utf8)
    }

    /// The lines of the first ```sh block after the heading `kop`.
    static func opdracht(onder kop: String) throws -> [String] {
        let readme = try lees("README.md")
        let na = try #require(readme.range(of: "\n\(kop)\n"), "kop \(kop) niet in de README")
        let rest = readme[na.upperBound...]
        let begin = try #require(rest.range(of: "```sh\n"))
        let einde = try #require(rest[begin.upperBound...].range(of: "```"))
        return rest[begin.upperBound..<einde.lowerBound].split(separator: "\n").map(String.init)
    }

    /// The packages the script installs.
    static func pakketten() throws -> [String] {
        let tekst = try lees(script)
        let begin = try #require(tekst.range(of: "pakketten=(\n"))
        let einde = try #require(tekst[begin.upperBound...].range(of: "\n)"))
        return tekst[begin.upperBound..<einde.lowerBound].split(separator: "\n")
            .compactMap { $0.split(separator: "#").first?.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
    }

    @Test("starten en testen: één regel die eerst het script draait, dan swift run regie of swift test")
    func opdrachten() throws {
        let starten = try Self.opdracht(onder: "## Starten")
        let testen = try Self.opdracht(onder: "## Testen")
        #expect(starten == ["bash \(Self.script) && swift run regie"])
        #expect(testen == ["bash \(Self.script) && swift test"])
    }

    @Test(".ci/run eindigt met de testopdracht uit de README en stopt bij een fout")
    func ci() throws {
        let regels = try Self.lees(".ci/run").split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && !$0.hasPrefix("#") }
        #expect(regels.contains("set -euo pipefail"))
        #expect(regels.last.map { [$0] } == (try Self.opdracht(onder: "## Testen")))
    }

    @Test("de lijst met systeempakketten staat alleen in het script, met wat de PDF en de tests nodig hebben")
    func lijstEenKeer() throws {
        let lijst = try Self.pakketten()
        for nodig in ["libncurses-dev", "tmux", "libcairo2-dev", "libpango1.0-dev", "fonts-dejavu-core", "poppler-utils",
                      "fonts-noto-core", "fonts-noto-cjk", "fonts-noto-color-emoji"] {
            #expect(lijst.contains(nodig), "\(nodig) ontbreekt in \(Self.script)")
        }
        // tmux is also the program the end-to-end tests use, and named as such.
        for (bestand, behalve) in [("README.md", ["tmux"]), (".ci/run", [])] {
            let tekst = try Self.lees(bestand)
            for p in lijst where !behalve.contains(p) { #expect(!tekst.contains(p), "\(p) staat ook in \(bestand)") }
            #expect(!tekst.contains("apt-get install"), "\(bestand) installeert zelf pakketten")
        }
    }

    @Test("staat alles er al, dan doet het script niets en zegt het niets, ook de tweede keer")
    func stilAlsAllesErIs() throws {
        for _ in 0..<2 {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            p.arguments = ["bash", Self.pakket.appendingPathComponent(Self.script).path]
            let uit = Pipe()
            p.standardOutput = uit
            p.standardError = uit
            try p.run()
            let data = uit.fileHandleForReading.readDataToEndOfFile()
            p.waitUntilExit()
            #expect(p.terminationStatus == 0)
            #expect(String(decoding: data, as: UTF8.self) == "")
        }
    }
}
