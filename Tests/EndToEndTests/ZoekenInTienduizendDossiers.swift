import Foundation
import RegieDomain
import RegieStore
import Testing
import TestSupport

/// A caseload of 10,000 households in the real program: the overview appears, `/` and
/// "noelle" list the households with a Noëlle (accents and case ignored), and what is typed
/// in the search field while the search index is being built is all there.
@Suite("Zoeken in 10.000 dossiers, in een echte terminal", .serialized)
struct ZoekenInTienduizendDossiers {
    static let aantal = 10_000
    static let achternamen = ["De Jong", "Jansen", "De Vries", "Bakker", "Yılmaz", "El Amrani", "Visser", "Öztürk", "Bos", "Smit"]

    /// Written as files directly (no fsync, no lock): quick, and read by the store as any other.
    /// Returns the names of the households the search for "noelle" must find.
    static func genereer(_ data: URL) throws -> Set<String> {
        let dossiers = data.appendingPathComponent("dossiers")
        try FileManager.default.createDirectory(at: dossiers, withIntermediateDirectories: true)
        let vandaag = Datum(jaar: 2026, maand: 11, dag: 23)!
        var verwacht: Set<String> = []
        for i in 0..<aantal {
            var d = Dossier(id: String(format: "g%05d", i), naam: "Familie \(achternamen[i % achternamen.count]) \(i)", aangemaakt: vandaag,
                            gezinsleden: [Gezinslid(naam: "Kind \(i)")])
            switch i {
            case 17: d.naam = "Familie Noëlle \(i)"
            case 4242: d.gezinsleden.append(Gezinslid(naam: "Noëlle van Dijk"))
            case 9001: d.plan.aanleiding = "Oma NOELLE vraagt hulp bij de post."
            case 9002: d.plan.aanleiding = "Noel en Lea wonen bij hun vader."  // no match: "noel le" is not "noelle"
            default: break
            }
            if [17, 4242, 9001].contains(i) { verwacht.insert(d.naam) }
            try Formaat.codeer(d).write(to: dossiers.appendingPathComponent("\(d.id).json"))
        }
        return verwacht
    }

    @Test("het overzicht verschijnt, / en noelle tonen de juiste huishoudens, en tijdens het bouwen van de index gaat geen toets verloren")
    func tienduizend() throws {
        let tmp = FileManager.default.temporaryDirectory.appendingPathComponent("regie-tienduizend-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: tmp) }
        let data = tmp.appendingPathComponent("data")
        try FileManager.default.createDirectory(at: tmp.appendingPathComponent("config"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        try kiesOnversleuteld(data)
        let verwacht = try Self.genereer(data)
        guard let regie = gebouwdProgramma("regie") else { throw TmuxSessie.Fout("regie is niet gebouwd") }
        let s = try TmuxSessie([regie.path], breedte: 100, hoogte: 30, omgeving: [
            "REGIE_DATA": data.path, "XDG_CONFIG_HOME": tmp.appendingPathComponent("config").path,
            "REGIE_VANDAAG": "2026-11-23", "HOME": tmp.path,
        ])
        defer { s.sluit() }
        try s.wachtOp("Huishoudens (10000 van 10000)", seconden: 180)
        #expect(!FileManager.default.fileExists(atPath: data.appendingPathComponent("zoekindex").path), "nog geen zoekindex")

        // The index is built now: every key typed meanwhile must end up in the field, in order.
        try s.toetsen("/")
        for c in "noelxx" { try s.typ(String(c)) }
        try s.toetsen("BSpace", "BSpace")
        for c in "le" { try s.typ(String(c)) }
        let scherm = try s.wachtTot(seconden: 300, "3 treffers voor noelle") { $0.contains("Zoek: noelle ") && $0.contains("3 treffers") }
        let regels = scherm.split(separator: "\n").map(String.init)
        let gevonden = Set(verwacht.filter { naam in regels.contains { $0.contains(naam + " ") } })
        #expect(gevonden == verwacht, "\(scherm)")
        #expect(regels.contains { $0.contains("Familie Noëlle 17") && $0.contains("Huishouden") })
        #expect(regels.contains { $0.contains("Noëlle van Dijk") && $0.contains("Gezinslid") })
        #expect(regels.contains { $0.contains("Oma NOELLE vraagt hulp") && $0.contains("Aanleiding") })
        #expect(!scherm.contains("Noel en Lea"))
        #expect((try? FileManager.default.contentsOfDirectory(atPath: data.appendingPathComponent("zoekindex").path).count) == 256)

        // Closed and opened again: the index is there, and Enter opens the household found.
        try s.toetsen("Escape")
        try s.wachtOp("Huishoudens (10000 van 10000)")
        try s.toetsen("/")
        try s.typ("NOËLLE VAN")
        try s.wachtTot(seconden: 60, "1 treffer") { $0.contains("Zoek: NOËLLE VAN") && $0.contains("1 treffers") }
        try s.toetsen("Enter")
        try s.wachtOp("Familie De Vries 4242 · fase 1")
        try s.toetsen("C-q")
        #expect(try s.wachtOpEinde(seconden: 60) == 0)
    }
}
