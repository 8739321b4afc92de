#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing
import TestSupport

/// In a real (tmux) terminal: a long quote of three paragraphs pasted into the overleg
/// (bracketed paste) is stored whole; an overleg begun by mistake is cancelled without a
/// version, and the quote typed in it stays in the plan.
@Suite("Overleg: plakken en annuleren, in een echte terminal", .serialized)
struct OverlegPlakkenEnAnnulerenTests {
    /// A folder with the demo household and the program on it at 100×30.
    static func start() throws -> (TmuxSessie, URL) {
        let map = FileManager.default.temporaryDirectory.appendingPathComponent("regie-plak-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: map.appendingPathComponent("config"), withIntermediateDirectories: true)
        try kiesOnversleuteld(map.appendingPathComponent("data"))
        try StartoverlegTests.regie(["demo"], map)
        guard let regie = gebouwdProgramma("regie") else { throw TmuxSessie.Fout("regie is niet gebouwd") }
        let s = try TmuxSessie([regie.path], breedte: 100, hoogte: 30, omgeving: [
            "REGIE_DATA": map.appendingPathComponent("data").path,
            "XDG_CONFIG_HOME": map.appendingPathComponent("config").path,
            "REGIE_VANDAAG": StartoverlegTests.vandaag, "HOME": map.path,
        ])
        return (s, map)
    }

    /// Opens the household, begins a startoverleg with the first person present, goes to krachten.
    static func naarKrachten(_ s: TmuxSessie, open: Bool = true) throws {
        if open {
            try s.wachtOp("Familie De Jong")
            try s.toetsen("Enter")
        }
        try s.toetsen("M-7")
        try s.wachtOp("Er loopt geen overleg")
        try s.toetsen("n")
        try s.wachtOp("Nieuw overleg: welke soort?")
        try s.toetsen("1")
        try s.wachtOp("Wie zijn er bij het startoverleg?")
        try s.toetsen("Space")
        try s.wachtOp("1 aanwezig")
        try s.toetsen("Enter")
        try s.wachtOp("Welkom en kennismaken")
        try s.toetsen("PageDown", "PageDown")
        try s.wachtOp(": Krachten")
    }

    @Test("een citaat van 3.000 tekens in drie alinea's, geplakt in het overleg, staat heel in regie toon")
    func plakken() throws {
        let (s, map) = try Self.start()
        defer { s.sluit(); try? FileManager.default.removeItem(at: map) }
        try Self.naarKrachten(s)
        let alineas = (1...3).map { n in
            String(String(repeating: "Alinea \(n): we eten weer samen aan tafel en oma Zoë helpt mee. ", count: 20).prefix(998))
        }
        let citaat = alineas.joined(separator: "\n")
        #expect(citaat.count >= 2_990)
        try s.plak(citaat)
        try s.wachtOp("Alinea 3:")
        try s.toetsen("Enter")
        try s.wachtOp("1 citaat")
        try s.toetsen("C-q")
        _ = try s.wachtOpEinde()
        let toon = try StartoverlegTests.regie(["toon", "Familie De"], map)
        for alinea in alineas {
            #expect(toon.contains(alinea.trimmingCharacters(in: .whitespaces)), "\(toon)")
        }
        #expect(!toon.contains("Alinea 1: we eten weer samen aan tafel en oma Zoë helpt mee. Alinea 2"), "de alinea's zijn niet aan elkaar geplakt")
    }

    @Test("een per ongeluk begonnen overleg annuleren: geen nieuwe versie op Versies, het citaat staat in het plan")
    func annuleren() throws {
        let (s, map) = try Self.start()
        defer { s.sluit(); try? FileManager.default.removeItem(at: map) }
        try s.wachtOp("Familie De Jong")
        try s.toetsen("Enter", "M-8")
        let voor = try s.wachtOp(" vastgesteld)")
        let aantal = try #require(voor.range(of: "Versies (").map { String(voor[$0.upperBound...].prefix { $0.isNumber }) })
        try Self.naarKrachten(s, open: false)
        try s.typ("We lachen veel samen, echt waar.")
        try s.toetsen("Enter")
        try s.wachtOp("1 citaat")
        let hints = try s.scherm()
        #expect(hints.contains("C-x"), "de toets staat in de hints:\n\(hints)")
        try s.toetsen("C-x")
        try s.wachtOp("Overleg annuleren")
        try s.toetsen("Left", "Enter")
        try s.wachtOp("Overleg geannuleerd")
        try s.wachtOp("Er loopt geen overleg")
        try s.toetsen("M-8")
        let versies = try s.wachtOp("Versies (")
        #expect(versies.contains("Versies (\(aantal) vastgesteld)"), "\(versies)")
        try s.toetsen("C-q")
        _ = try s.wachtOpEinde()
        let toon = try StartoverlegTests.regie(["toon", "Familie De"], map)
        #expect(toon.contains("We lachen veel samen, echt waar."), "\(toon)")
        let logboek = try StartoverlegTests.regie(["logboek", "Familie De"], map)
        #expect(logboek.contains("overleg geannuleerd"), "\(logboek)")
    }
}
