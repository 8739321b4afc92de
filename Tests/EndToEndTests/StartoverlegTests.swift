#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing
import TestSupport

/// A whole startoverleg chaired from the real program on a "projector", in a real (tmux)
/// terminal: attendance with someone added on the spot, rounds of krachten and zorgen, the
/// safety scale, a goal with actions, the next date, closing. Then the version exists, the
/// PDF exported from the program reads back with the quotes and their speakers, and the
/// invitation for the next overleg parses with the right date and attendees.
@Suite("Een startoverleg op de beamer, in een echte terminal", .serialized)
struct StartoverlegTests {
    static let vandaag = "2026-11-23"

    /// Runs `regie` to its end with the test's data folder; returns its output.
    @discardableResult
    static func regie(_ argumenten: [String], _ map: URL) throws -> String {
        guard let regie = gebouwdProgramma("regie") else { throw TmuxSessie.Fout("regie is niet gebouwd") }
        let p = Process()
        p.executableURL = regie
        p.arguments = argumenten
        p.environment = ["REGIE_DATA": map.appendingPathComponent("data").path, "HOME": map.path, "REGIE_VANDAAG": vandaag,
                         "XDG_CONFIG_HOME": map.appendingPathComponent("config").path]
        let uit = Pipe()
        p.standardOutput = uit
        p.standardError = uit
        try p.run()
        let data = uit.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    /// The text of a PDF as `pdftotext` reads it, with all white space as single spaces.
    static func pdfTekst(_ pdf: URL) throws -> String {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["pdftotext", "-enc", "UTF-8", pdf.path, "-"]
        let uit = Pipe()
        p.standardOutput = uit
        try p.run()
        let data = uit.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        guard p.terminationStatus == 0 else { throw TmuxSessie.Fout("pdftotext kon de PDF niet lezen") }
        return String(decoding: data, as: UTF8.self).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// RFC 5545 lines with folding undone.
    static func icsRegels(_ tekst: String) -> [String] {
        tekst.replacingOccurrences(of: "\r\n ", with: "").components(separatedBy: "\r\n").filter { !$0.isEmpty }
    }

    /// The one-key choice of a person in a picker on the screen ("  3  Sanne de Jong …").
    static func toetsVoor(_ naam: String, in scherm: String) -> String? {
        for regel in scherm.split(separator: "\n") where regel.contains(naam) {
            let woorden = regel.replacingOccurrences(of: "│", with: " ").replacingOccurrences(of: "▸", with: " ")
                .split(separator: " ")
            if let i = woorden.firstIndex(where: { naam.hasPrefix($0) }), i > 0, woorden[i - 1].count == 1 {
                return String(woorden[i - 1])
            }
        }
        return nil
    }

    @Test("startoverleg: aanwezigen, rondes, veiligheidsschaal, doel met acties, volgende datum, afsluiten; versie, PDF en uitnodiging kloppen")
    func startoverleg() throws {
        let map = FileManager.default.temporaryDirectory.appendingPathComponent("regie-overleg-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: map) }
        let documenten = map.appendingPathComponent("Documenten")
        try FileManager.default.createDirectory(at: documenten, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: map.appendingPathComponent("config"), withIntermediateDirectories: true)
        // Not about encryption: the data folder runs unencrypted by explicit choice.
        try kiesOnversleuteld(map.appendingPathComponent("data"))
        try Self.regie(["demo"], map)

        guard let regie = gebouwdProgramma("regie") else { throw TmuxSessie.Fout("regie is niet gebouwd") }
        let s = try TmuxSessie([regie.path, "--presentatie", "Familie De"], breedte: 100, hoogte: 30, omgeving: [
            "REGIE_DATA": map.appendingPathComponent("data").path,
            "XDG_CONFIG_HOME": map.appendingPathComponent("config").path,
            "REGIE_VANDAAG": Self.vandaag, "HOME": map.path,
        ])
        defer { s.sluit() }
        func toetsen(_ namen: String..., dan tekst: String) throws {
            for n in namen { try s.toetsen(n) }
            _ = try s.wachtOp(tekst)
        }

        try s.wachtOp("Presentatie aan")
        try toetsen("M-7", dan: "Er loopt geen overleg")
        try toetsen("n", dan: "Nieuw overleg: welke soort?")
        try toetsen("1", dan: "Wie zijn er bij het startoverleg?")
        // Sanne, Noé, Liënne, Ilse and Marloes are there; René, a neighbour, comes along.
        for t in ["Space", "Down", "Down", "Space", "Down", "Space", "Down", "Down", "Down", "Down", "Space", "Down", "Down", "Space"] {
            try s.toetsen(t)
        }
        try s.wachtOp("5 aanwezig")
        try toetsen("IC", dan: "Nieuwe persoon")
        try s.typ("René Visser")
        try toetsen("Tab", "n", "Tab", dan: "Relatie tot het gezin")
        try s.typ("buurman")
        try toetsen("Enter", dan: "[x] René Visser (netwerk, buurman)")
        try s.wachtOp("6 aanwezig")
        try toetsen("Enter", dan: "Stap 1 van 20: Welkom en kennismaken")

        // Krachten: a round in the method's order, then a second round begun.
        try toetsen("PageDown", "PageDown", dan: "Stap 3 van 20: Krachten")
        let krachten = [("Sanne de Jong", "We eten weer samen aan tafel."),
                        ("Noé El Amrani", "Ik ben goed in voetbal, écht waar."),
                        ("Liënne El Amrani", "Oma leest elke avond voor."),
                        ("René Visser", "Ik kan op woensdag de kinderen ophalen."),
                        ("Ilse Peeters", "Sanne vraagt zelf om hulp; dat is een kracht."),
                        ("Marloes Visser", "Iedereen is er vandaag."),
                        ("Sanne de Jong", "Mijn zus helpt met de was."),
                        ("Noé El Amrani", "Ik heb een nieuwe vriend in de klas.")]
        try ronde(krachten, s)
        try toetsen("PageDown", dan: "Stap 4 van 20: Zorgen")
        let zorgen = [("Sanne de Jong", "Het geld is elke maand te vroeg op."),
                      ("Noé El Amrani", "Ik slaap slecht als er ruzie is."),
                      ("Liënne El Amrani", "Ik ben bang in het donker."),
                      ("René Visser", "Ik hoor 's avonds vaak geschreeuw."),
                      ("Ilse Peeters", "De kinderen missen vaak school."),
                      ("Marloes Visser", "Er is geen vast inkomen."),
                      ("Sanne de Jong", "Ik durf niet te zeggen wat ik nodig heb."),
                      ("Noé El Amrani", "Soms eet ik niet op school.")]
        try ronde(zorgen, s)

        // Safety concerns: the veiligheidsplan steps, with the scale for everyone present.
        for _ in 0..<4 { try s.toetsen("PageDown") }
        try s.wachtOp("Stap 8 van 20: Zorgen over veiligheid?")
        try toetsen("j", "PageDown", dan: "Stap 9 van 20: Veiligheid: wat gaat goed")
        for _ in 0..<3 { try s.toetsen("PageDown") }
        try s.wachtOp("Stap 12 van 20: Veiligheidsschaal")
        for (naam, cijfer) in [("Sanne de Jong", "4"), ("Noé El Amrani", "5"), ("Liënne El Amrani", "6"), ("René Visser", "3"),
                               ("Ilse Peeters", "4"), ("Marloes Visser", "5")] {
            try s.wachtOp("Cijfer \(naam)")
            try s.typ(cijfer)
            try s.toetsen("Enter")
        }
        try s.wachtOp("Iedereen heeft een cijfer gegeven.")

        // A goal with two actions.
        for _ in 0..<3 { try s.toetsen("PageDown") }
        try s.wachtOp("Stap 15 van 20: Doelen en acties")
        try s.typ("Er is rust in huis")
        try toetsen("Enter", dan: "Er is rust in huis")
        for (wat, wie, wanneer) in [("Afspraak met schuldhulp maken", "Sanne de Jong", "01-12-2026"),
                                    ("Sportclub voor Noé zoeken", "René Visser", "15-12-2026")] {
            try s.typ(wat)
            try s.toetsen("Enter")
            let scherm = try s.wachtTot("de vraag wie het doet") { $0.contains("Wie doet het?") }
            let toets = try #require(Self.toetsVoor(wie, in: scherm), "geen toets voor \(wie):\n\(scherm)")
            try s.typ(toets)
            try s.typ(wanneer)
            try toetsen("Enter", dan: wat)
        }

        // The next overleg, how it was, and closing. The demo has a voortgangsoverleg planned
        // already: its date, time and place are in the fields, and Enter moves it.
        for _ in 0..<2 { try s.toetsen("PageDown") }
        try s.wachtOp("Stap 17 van 20: Volgend overleg")
        try s.wachtOp("Enter verplaatsen")
        try s.toetsen("C-u")
        try s.typ("30-11-2026")
        try s.toetsen("Tab")
        try s.toetsen("C-u")
        try s.typ("10:00")
        try s.toetsen("Tab")
        try s.toetsen("C-u")
        try s.typ("Wijkcentrum De Brug")
        try toetsen("Enter", dan: "Volgend overleg verplaatst")
        try toetsen("PageDown", dan: "Stap 18 van 20: Hoe was het overleg?")
        try s.typ("Fijn dat iedereen luisterde.")
        try toetsen("Enter", dan: "Fijn dat iedereen luisterde.")
        try toetsen("F9", dan: "Bedanken en afsluiten")
        // Closing ticks the method's actions with the user's name, asked once (the demo
        // household has its phase 3b ticked already: nothing new to tick).
        try toetsen("F9", dan: "Uw naam")
        try s.typ("Marloes Visser")
        try toetsen("Enter", dan: "Overleg afsluiten")
        try s.toetsen("j")
        try s.wachtOp("Plan vastgesteld als versie van 23-11-2026")
        // The next phase is proposed; the demo household is in phase 4 already.
        try s.wachtOp("Volgende fase")
        try toetsen("Escape", dan: "De fase blijft 4.")

        // The version is in the Versions tab.
        try toetsen("M-8", dan: "startoverleg")
        let versies = try s.scherm()
        #expect(versies.contains("23-11-2026"))

        // Exports from the program: the PDF and the invitation, into the offered folder.
        try toetsen("C-p", dan: "Exporteren")
        try toetsen("p", dan: "In welke map komt het bestand?")
        try toetsen("Enter", dan: "Geschreven: regie-")
        try toetsen("C-p", dan: "Exporteren")
        try toetsen("i", dan: "In welke map komt het bestand?")
        try toetsen("Enter", dan: ".ics, alleen voor u leesbaar")
        try s.toetsen("C-q")
        _ = try s.wachtOpEinde()

        let bestanden = try FileManager.default.contentsOfDirectory(at: documenten, includingPropertiesForKeys: nil)
        let pdf = try #require(bestanden.first { $0.pathExtension == "pdf" })
        let ics = try #require(bestanden.first { $0.pathExtension == "ics" })
        for f in [pdf, ics] {
            let rechten = try FileManager.default.attributesOfItem(atPath: f.path)[.posixPermissions] as? Int
            #expect(rechten == 0o600)
        }
        let tekst = try Self.pdfTekst(pdf)
        for (naam, citaat) in krachten + zorgen {
            #expect(tekst.contains("\(naam): “\(citaat)”"), "niet in de PDF: \(naam): \(citaat)")
        }
        #expect(tekst.contains("Er is rust in huis"))
        #expect(tekst.contains("vastgesteld op 23-11-2026"))

        let regels = Self.icsRegels(try String(contentsOf: ics, encoding: .utf8))
        #expect(regels.first == "BEGIN:VCALENDAR" && regels.last == "END:VCALENDAR")
        #expect(regels.contains { $0.hasPrefix("DTSTART") && $0.hasSuffix(":20261130T100000") })
        #expect(regels.contains("LOCATION:Wijkcentrum De Brug"))
        // ATTENDEE;CN="Sanne de Jong";…:mailto:sanne@voorbeeld.nl → name and address.
        let deelnemers = regels.filter { $0.hasPrefix("ATTENDEE") }.map { regel -> (String, String) in
            let cn = regel.split(separator: ";").first { $0.hasPrefix("CN=") }.map { $0.dropFirst(3).trimmingCharacters(in: ["\""]) } ?? ""
            let adres = regel.components(separatedBy: ":mailto:").last ?? ""
            return (cn, adres)
        }
        #expect(deelnemers.contains { $0 == ("Sanne de Jong", "sanne@voorbeeld.nl") }, "\(regels)")
        #expect(deelnemers.contains { $0 == ("Ilse Peeters", "i.peeters@voorbeeld.nl") })
        #expect(deelnemers.count == 6, "iedereen met een e-mailadres, behalve de organisator")
    }

    /// Quotes typed in a round: each speaker must be the one offered.
    private func ronde(_ citaten: [(String, String)], _ s: TmuxSessie) throws {
        for (naam, citaat) in citaten {
            try s.wachtOp("\(naam) zegt:")
            try s.typ(citaat)
            try s.toetsen("Enter")
            try s.wachtTot("het citaat van \(naam)") { $0.contains("\(naam): “\(citaat)") || $0.contains("“\(citaat)”") }
        }
    }
}
