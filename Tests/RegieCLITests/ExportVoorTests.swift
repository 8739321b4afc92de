import Foundation
import Testing

/// `regie export --voor gezin|professionals`: which version of the plan.
@Suite("regie export --voor")
struct ExportVoorTests {
    static let controles = ["Verwijsindex", "legitimatie", "woonplaatsbeginsel"]

    /// `pdftotext` of a file, when poppler-utils is installed.
    static func pdftekst(_ pad: String) throws -> String? {
        let paden = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map { "\($0)/pdftotext" }
        guard let programma = paden.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else { return nil }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: programma)
        p.arguments = ["-enc", "UTF-8", pad, pad + ".txt"]
        try p.run()
        p.waitUntilExit()
        return try String(contentsOfFile: pad + ".txt", encoding: .utf8)
    }

    @Test("zonder --voor: de versie voor het gezin (PDF en Markdown); --voor professionals: alles, in een eigen bestand")
    func versies() throws {
        let o = try Omgeving()
        defer { o.ruimOp() }
        let id = try o.demo()
        let uit = o.pad("uit")
        try FileManager.default.createDirectory(atPath: uit, withIntermediateDirectories: true)

        #expect(try o.metData(["export", id], ["--formaat", "md", "--uit", uit]).code == 0)
        let gezin = try String(contentsOfFile: "\(uit)/regie-\(id).md", encoding: .utf8)
        let prof = try o.metData(["export", id], ["--formaat", "md", "--voor", "professionals", "--uit", uit])
        #expect(prof.code == 0, "\(prof)")
        #expect(prof.uit == "Geschreven: \(uit)/regie-\(id)-professionals.md\n")
        let professionals = try String(contentsOfFile: "\(uit)/regie-\(id)-professionals.md", encoding: .utf8)
        let expliciet = try o.metData(["export", id], ["--formaat", "md", "--voor", "gezin", "--uit", uit, "--overschrijf"])
        #expect(expliciet.code == 0, "\(expliciet)")
        #expect(try String(contentsOfFile: "\(uit)/regie-\(id).md", encoding: .utf8) == gezin, "--voor gezin is de standaard")
        for woord in Self.controles {
            #expect(!gezin.contains(woord))
            #expect(professionals.contains(woord))
        }
        #expect(!gezin.contains("—"))
        #expect(professionals.contains("—"))
        #expect(gezin.contains("# Veiligheidsplan Familie De Jong-El Amrani"))

        #expect(try o.metData(["export", id], ["--formaat", "pdf", "--uit", uit]).code == 0)
        #expect(try o.metData(["export", id], ["--formaat", "pdf", "--voor", "professionals", "--uit", uit]).code == 0)
        #expect(rechten("\(uit)/regie-\(id)-professionals.pdf") == 0o600)
        if let pdfGezin = try Self.pdftekst("\(uit)/regie-\(id).pdf"),
           let pdfProf = try Self.pdftekst("\(uit)/regie-\(id)-professionals.pdf") {
            for woord in Self.controles {
                #expect(!pdfGezin.contains(woord))
                #expect(pdfProf.contains(woord))
            }
            #expect(!pdfGezin.contains("—"))
            #expect(pdfProf.contains("—"))
        }
    }

    @Test("--voor bij ics of json, of een onbekende waarde: een Nederlandse melding en geen bestand")
    func fouteInvoer() throws {
        let o = try Omgeving()
        defer { o.ruimOp() }
        let id = try o.demo()
        let uit = o.pad("uit")
        try FileManager.default.createDirectory(atPath: uit, withIntermediateDirectories: true)
        let ics = try o.metData(["export", id], ["--formaat", "ics", "--voor", "gezin", "--uit", uit])
        #expect(ics.code == 64, "\(ics)")
        #expect(isNetteFout(ics), "\(ics)")
        #expect(ics.fout.contains("--voor geldt alleen voor het plan (pdf of md)"))
        let onbekend = try o.metData(["export", id], ["--formaat", "pdf", "--voor", "school", "--uit", uit])
        #expect(onbekend.code == 64, "\(onbekend)")
        #expect(onbekend.fout.contains("De waarde 'school' past niet bij --voor"), "\(onbekend)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: uit).isEmpty)
    }
}
