import Foundation
import Testing
import TestSupport

@Suite("Fuzz: verminkte dossierbestanden door importeer en in de opslag")
struct FuzzTests {
    @Test("1.500 verminkte bestanden (zaad 11, hoogstens 60 s): geen crash, elke weigering een Nederlandse zin")
    func verminkteBestanden() throws {
        let map = FileManager.default.temporaryDirectory.appendingPathComponent("regie-fuzz-\(UUID().uuidString)")
        let rit = try Fuzzrit(map: map, zaad: 11)
        defer { rit.ruimOp() }
        let einde = Date().addingTimeInterval(60)
        for nummer in 0..<1_500 where Date() < einde { rit.draai(nummer) }
        let t = rit.telling
        #expect(t.gevallen >= 300, "te weinig gevallen in de tijd: \(t)")
        #expect(t.fouten.isEmpty, "\(t.fouten.prefix(10).joined(separator: "\n"))")
        // The mutations reach every path: accepted imports, refusals, files set aside, backups put back, sealed files.
        #expect(t.ingelezen > 0 && t.geweigerd > 0 && t.apartGezet > 0 && t.teruggezet > 0 && t.versleuteld > 0, "\(t)")
    }

    @Test("dezelfde zaad geeft dezelfde bestanden")
    func herhaalbaar() {
        for n in [0, 7, 123] {
            #expect(Fuzzbestanden.mutatie(n, zaad: 11).data == Fuzzbestanden.mutatie(n, zaad: 11).data)
        }
        #expect(Fuzzbestanden.mutatie(1, zaad: 11).data != Fuzzbestanden.mutatie(1, zaad: 12).data)
    }
}
