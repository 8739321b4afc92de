import Foundation
import RegieDomain
import Testing
@testable import RegieMethode

/// The decoded method files are kept as JSON so a start does not parse the YAML again; the
/// cache never says anything other than the files.
@Suite("Methodecache: de YAML één keer lezen, daarna de cache")
struct MethodecacheTests {
    func tijdelijk() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("regie-methodecache-\(UUID().uuidString)")
    }

    func cachebestanden(_ map: URL) -> [URL] {
        ((try? FileManager.default.contentsOfDirectory(atPath: map.path)) ?? []).filter { $0.hasPrefix("methode-") }
            .map { map.appendingPathComponent($0) }
    }

    @Test("de eerste keer schrijft de cache, de tweede keer komt de methode daaruit; gelijk aan de YAML")
    func gebruikt() throws {
        let cache = tijdelijk()
        defer { try? FileManager.default.removeItem(at: cache) }
        let yaml = try MethodeLader.standaard()
        #expect(try MethodeLader.laad(map: nil, cache: cache) == yaml)
        let bestand = try #require(cachebestanden(cache).first)
        #expect(cachebestanden(cache).count == 1)
        // What the second start reads is the cache: a (valid) change in it shows.
        var b = try JSONDecoder().decode(MethodeLader.Bestanden.self, from: Data(contentsOf: bestand))
        b.info.naam = "Uit de cache"
        try JSONEncoder().encode(b).write(to: bestand)
        #expect(try MethodeLader.laad(map: nil, cache: cache).info.naam == "Uit de cache")
    }

    @Test("een gewijzigd methodebestand wordt gelezen, niet de oude cache; een kapotte cache ook niet")
    func gewijzigdOfKapot() throws {
        let cache = tijdelijk(), set = tijdelijk()
        defer { try? FileManager.default.removeItem(at: cache); try? FileManager.default.removeItem(at: set) }
        try FileManager.default.copyItem(at: try #require(MethodeLader.standaardMap), to: set)
        let eerst = try MethodeLader.laad(map: set, cache: cache)
        let info = set.appendingPathComponent("methode.yaml")
        let tekst = try String(contentsOf: info, encoding: .utf8)
        try tekst.replacingOccurrences(of: "naam: \"\(eerst.info.naam)\"", with: "naam: \"Regio Noord\"").write(to: info, atomically: true, encoding: .utf8)
        #expect(try MethodeLader.laad(map: set, cache: cache).info.naam == "Regio Noord")
        #expect(cachebestanden(cache).count == 1, "de oude cache is weg")

        try Data("{kapot".utf8).write(to: try #require(cachebestanden(cache).first))
        #expect(try MethodeLader.laad(map: set, cache: cache).info.naam == "Regio Noord")
    }

    @Test("een kapotte set komt niet in de cache en geeft dezelfde melding")
    func kapotteSet() throws {
        let cache = tijdelijk(), set = tijdelijk()
        defer { try? FileManager.default.removeItem(at: cache); try? FileManager.default.removeItem(at: set) }
        try FileManager.default.copyItem(at: try #require(MethodeLader.standaardMap), to: set)
        try "fasen: [".write(to: set.appendingPathComponent("fasen.yaml"), atomically: true, encoding: .utf8)
        let zonder = #expect(throws: MethodeFout.self) { try MethodeLader.laad(map: set) }
        let met = #expect(throws: MethodeFout.self) { try MethodeLader.laad(map: set, cache: cache) }
        #expect(zonder?.description == met?.description)
        #expect(cachebestanden(cache).isEmpty)
        // A folder that does not exist, or without a file it must have, is refused as without
        // a cache (never the shipped set from the cache instead).
        #expect(throws: MethodeFout.self) { try MethodeLader.laad(map: set.appendingPathComponent("geen"), cache: cache) }
        _ = try MethodeLader.laad(map: nil, cache: cache)
        try FileManager.default.removeItem(at: set.appendingPathComponent("fasen.yaml"))
        let mist = #expect(throws: MethodeFout.self) { try MethodeLader.laad(map: set, cache: cache) }
        #expect(mist?.description.contains("fasen.yaml") == true)
    }
}
