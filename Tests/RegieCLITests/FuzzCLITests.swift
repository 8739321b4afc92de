import Foundation
import Testing
import TestSupport

@Suite("Fuzz door het programma regie")
struct FuzzCLITests {
    @Test("50 verminkte bestanden: importeer en lijst eindigen netjes, in het Nederlands, zonder stuurtekens naar de terminal")
    func verminkteBestanden() throws {
        let o = try Omgeving()
        defer { o.ruimOp() }
        let bestand = o.pad("fuzz.json")
        let inDeMap = "\(o.data)/dossiers/\(Fuzzbestanden.id).json"
        for nummer in 0..<50 {
            let (soort, data) = Fuzzbestanden.mutatie(nummer, zaad: 29)
            try data.write(to: URL(fileURLWithPath: bestand))
            let i = try o.metData(["importeer", bestand])
            #expect(i.code == 0 || (i.code == 1 && isNetteFout(i) && Fuzzrit.isNederlands(i.fout)), "geval \(nummer) (\(soort)): \(i)")
            #expect(zonderStuurtekens(i.uit) && zonderStuurtekens(i.ruweFout), "geval \(nummer) (\(soort)): \(i)")
            if i.code == 0, let id = i.uit.split(separator: "(id ").last?.split(separator: ")").first {
                #expect(try o.metData(["wis", String(id), "--ja"]).code == 0)
            }
            // Dropped into the store as the dossier file.
            try data.write(to: URL(fileURLWithPath: inDeMap))
            for opdracht in [["lijst"], ["toon", Fuzzbestanden.id]] {
                let r = try o.metData(opdracht)
                #expect(r.code == 0 || (opdracht[0] == "toon" && r.code == 1), "geval \(nummer) (\(soort)) \(opdracht): \(r)")
                #expect(zonderStuurtekens(r.uit) && zonderStuurtekens(r.ruweFout), "geval \(nummer) (\(soort)) \(opdracht): \(r)")
                for regel in r.fout.split(separator: "\n") {
                    #expect(regel.hasPrefix("regie: ") && Fuzzrit.isNederlands(String(regel)), "geval \(nummer) (\(soort)): \(regel)")
                }
            }
            try? FileManager.default.removeItem(atPath: inDeMap)
        }
    }
}
