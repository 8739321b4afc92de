import Foundation
import RegieDomain
import RegieMethode
import Testing

let testVandaag = Datum(jaar: 2026, maand: 11, dag: 23)!

func testMethode() throws -> Methode { try MethodeLader.standaard() }

/// The demo household with Zoë and René added: they speak, one has signed, one has not.
func plan(metLangeTekst: Bool = false) -> Dossier {
    var d = Voorbeeld.demo(vandaag: testVandaag, id: "pdftest")
    let zoe = Gezinslid(naam: "Zoë Bakker", geboortedatum: Datum(jaar: 1980, maand: 1, dag: 5), rolInGezin: "tante (woont in)")
    let rene = Professional(naam: "René Smit", organisatie: "Wijkteam", functie: "jongerenwerker")
    d.gezinsleden.append(zoe)
    d.professionals.append(rene)
    d.plan.krachten.append(Uitspraak(spreker: zoe.id, citaat: "Ik breng Liënne elke ochtend naar de crèche.", sinds: "sinds één jaar"))
    d.plan.zorgen.append(Uitspraak(spreker: rene.id, citaat: "Noé is ’s avonds vaak alleen op straat; dat baart mij zorgen."))
    d.veiligheidsplan?.ondertekening.append(
        Ondertekening(persoon: rene.id, naam: rene.naam, hoedanigheid: .professional, datum: Datum(jaar: 2026, maand: 11, dag: 20)!))
    if metLangeTekst {
        d.plan.aanleiding = langeAlinea
        d.plan.integraleAnalyse = langeAlinea
        for i in 0..<60 {
            d.plan.zorgen.append(Uitspraak(spreker: zoe.id, citaat: "Zorg \(i): " + String(repeating: "het is onrustig thuis en op school. ", count: 6)))
        }
        for i in 0..<10 {
            d.plan.doelen.append(Doel(omschrijving: "Doel over rust \(i)", acties: (0..<5).map { j in
                Actie(wie: d.gezinsleden[j % 4].id, wat: "Stap \(j) van doel \(i): afspreken wie wat doet en wanneer.", wanneer: testVandaag.plus(dagen: j))
            }))
        }
    }
    return d
}

/// 1,500 numbered words with é and ë, to check that wrapping and page breaks lose none.
let langeAlinea = (1...1500).map { "woordé\($0)ë" }.joined(separator: " ")

/// The text of a PDF as `pdftotext` reads it (pages separated by form feeds).
enum Pdftekst {
    static var programma: String? {
        let paden = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map { "\($0)/pdftotext" }
        return paden.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    static var beschikbaar: Bool { programma != nil }

    static func lees(_ pdf: Data) throws -> String {
        let map = FileManager.default.temporaryDirectory.appendingPathComponent("regie-pdftekst-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: map, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: map) }
        let invoer = map.appendingPathComponent("plan.pdf")
        let uitvoer = map.appendingPathComponent("plan.txt")
        try pdf.write(to: invoer)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: try #require(programma))
        p.arguments = ["-enc", "UTF-8", invoer.path, uitvoer.path]
        try p.run()
        p.waitUntilExit()
        #expect(p.terminationStatus == 0, "pdftotext kon de PDF niet lezen")
        return try String(contentsOf: uitvoer, encoding: .utf8)
    }

    /// What `pdffonts` (from the same poppler-utils) lists: a line per font in the file.
    static func fonts(_ pdf: Data) throws -> String {
        let map = FileManager.default.temporaryDirectory.appendingPathComponent("regie-pdffonts-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: map, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: map) }
        let invoer = map.appendingPathComponent("plan.pdf")
        let uitvoer = map.appendingPathComponent("fonts.txt")
        try pdf.write(to: invoer)
        FileManager.default.createFile(atPath: uitvoer.path, contents: nil)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: try #require(programma)).deletingLastPathComponent().appendingPathComponent("pdffonts")
        p.arguments = [invoer.path]
        p.standardOutput = try FileHandle(forWritingTo: uitvoer)
        try p.run()
        p.waitUntilExit()
        #expect(p.terminationStatus == 0, "pdffonts kon de PDF niet lezen")
        return try String(contentsOf: uitvoer, encoding: .utf8)
    }

    /// All whitespace (line ends, page breaks) as single spaces.
    static func plat(_ s: String) -> String {
        s.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
