import Foundation
import RegieDomain
@testable import RegieStore

/// The test passphrase; the cheap scrypt settings keep the tests fast.
let testWachtwoord = "fiets regent op de brug"

/// A fresh encrypted store in `<tmp>/data`.
func versleuteldeOpslag(_ tmp: URL) throws -> Opslag {
    let map = tmp.appendingPathComponent("data")
    let laag = try Kluis.maak(map: map, wachtwoord: testWachtwoord, kosten: .licht)
    return try Opslag(map: map, laag: laag)
}

/// Every regular file under `map` (recursively), with its bytes.
func alleBestanden(_ map: URL) -> [(String, Data)] {
    guard let e = FileManager.default.enumerator(atPath: map.path) else { return [] }
    var uit: [(String, Data)] = []
    while let pad = e.nextObject() as? String {
        let volledig = map.appendingPathComponent(pad).path
        var isMap: ObjCBool = false
        guard FileManager.default.fileExists(atPath: volledig, isDirectory: &isMap), !isMap.boolValue,
              let data = FileManager.default.contents(atPath: volledig) else { continue }
        uit.append((pad, data))
    }
    return uit.sorted { $0.0 < $1.0 }
}

/// The texts of the demo household that must never be readable on disk.
let demoGeheimen = ["Sanne", "Lindelaan", "El Amrani", "We willen allebei dat de kinderen", "Zuiderveen"]

/// The names of `geheimen` found as raw bytes (UTF-8, and UTF-16 for good measure) in any file under `map`.
func gevondenGeheimen(_ map: URL, _ geheimen: [String] = demoGeheimen) -> [String] {
    var gevonden: [String] = []
    for (pad, data) in alleBestanden(map) {
        for g in geheimen {
            let vormen = [Data(g.utf8), g.data(using: .utf16LittleEndian)!, Data(g.lowercased().utf8)]
            if vormen.contains(where: { data.range(of: $0) != nil }) { gevonden.append("\(g) in \(pad)") }
        }
    }
    return gevonden
}
