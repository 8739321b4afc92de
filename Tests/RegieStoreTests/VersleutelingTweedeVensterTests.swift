import Foundation
import RegieDomain
import Testing
@testable import RegieStore

/// A window left open on a plain store while the store is encrypted from another one: it
/// must not take the sealed files for damaged, nor write anything in plain text.
@Suite("Versleutelen terwijl een ander venster openstaat")
struct VersleutelingTweedeVensterTests {
    @Test("een onversleutelde opslag op een map die intussen een sleutel heeft, leest en schrijft niets")
    func tweedeVenster() throws {
        let map = FileManager.default.temporaryDirectory.appendingPathComponent("regie-twee-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: map) }
        let oud = try Opslag(map: map)
        let demo = Voorbeeld.demo(vandaag: Datum(jaar: 2026, maand: 11, dag: 23)!)
        let v = try oud.voegToe(demo)
        _ = try Kluis.maak(map: map, wachtwoord: "paarden eten graag hooi", kosten: .licht)

        // The old window goes on with its plain layer.
        let lijst = oud.lijst()
        #expect(lijst.dossiers.isEmpty)
        #expect(lijst.problemen.first?.reden.contains("intussen versleuteld") == true)
        #expect(throws: OpslagFout.self) { try oud.laad(demo.id) }
        var gewijzigd = demo
        gewijzigd.naam = "Familie Anders"
        #expect(throws: OpslagFout.self) { try oud.bewaar(gewijzigd, verwacht: v) }
        #expect(throws: OpslagFout.self) { try oud.voegToe(Dossier(naam: "Familie Nieuw", aangemaakt: demo.aangemaakt)) }

        // Nothing was set aside or written in plain text; the encrypted store opens whole.
        let apart = (try? FileManager.default.contentsOfDirectory(atPath: map.appendingPathComponent("apart").path)) ?? []
        #expect(apart.isEmpty)
        let nieuw = try Opslag(map: map, laag: Kluis.open(map: map, wachtwoord: "paarden eten graag hooi"))
        #expect(try nieuw.laad(demo.id).dossier.naam == demo.naam)
        let alle = FileManager.default.enumerator(at: map, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL } ?? []
        for f in alle { #expect((try? Data(contentsOf: f))?.range(of: Data("Familie".utf8)) == nil, "leesbaar: \(f.lastPathComponent)") }
    }
}
