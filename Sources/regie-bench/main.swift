// Speed figures for the store, printed (not asserted): run in release,
//
//     swift run -c release regie-bench [aantal] [map]
//
// Generates `aantal` (default 10,000) dossiers in a temporary store, then measures
// listing them (index cold and warm), saving a 100 KB dossier including fsync, loading
// it, unlocking an encrypted store and what encryption adds to a save, and, if the regie
// binary is built next to this one, the whole `regie lijst` command. Then the search: the
// search index built cold (with progress) and read warm, each typed letter of "noelle"
// against it, the memory it takes, the search as it was before the index (every dossier
// opened and its texts folded), and ripgrep over the same files when it is installed.
import Foundation
import RegieDomain
import RegieStore

let aantal = CommandLine.arguments.count > 1 ? Int(CommandLine.arguments[1]) ?? 10_000 : 10_000
let vandaag = Datum(jaar: 2026, maand: 11, dag: 23)!
// With a second argument, the store is made there and kept (to profile `regie lijst --data MAP`).
let houdMap = CommandLine.arguments.count > 2
let map = houdMap ? URL(fileURLWithPath: CommandLine.arguments[2])
    : FileManager.default.temporaryDirectory.appendingPathComponent("regie-bench-\(UUID().uuidString)")
defer { if !houdMap { try? FileManager.default.removeItem(at: map) } }

func meet(_ blok: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try blok()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
}

func samenvatting(_ ms: [Double]) -> String {
    let s = ms.sorted()
    let mediaan = s[s.count / 2]
    let p95 = s[min(s.count - 1, Int(Double(s.count) * 0.95))]
    return String(format: "mediaan %.3f ms, p95 %.3f ms, min %.3f ms (n=%d)", mediaan, p95, s.first!, s.count)
}

let opslag = try Opslag(map: map)
// The `regie lijst` run below opens this folder: it is plain by explicit choice.
try Kluis.kiesOnversleuteld(map: map)
let achternamen = ["De Jong", "Jansen", "De Vries", "Van den Berg", "Bakker", "Yılmaz", "El Amrani", "Visser", "Smit", "Meijer",
                   "De Boer", "Mulder", "Öztürk", "Bos", "Vos", "Peters", "Hendriks", "Van Leeuwen", "Dekker", "Brouwer"]

print("Regie store-benchmark, \(aantal) dossiers in een tijdelijke map")
var teller = 0
let genereer = try meet {
    for i in 0..<aantal {
        var d = Voorbeeld.demo(vandaag: vandaag, id: String(format: "bench%06d", i))
        d.naam = "Familie \(achternamen[i % achternamen.count]) \(i)"
        // A few households the search for "noelle" must find, with the accent.
        if i % 1000 == 17 { d.naam = "Familie Noëlle \(i)" }
        // Written directly (without fsync) so generating is quick; the store reads them as any other file.
        let data = try Formaat.codeer(d)
        try data.write(to: map.appendingPathComponent("dossiers/\(d.id).json"))
        teller += data.count
    }
}
print(String(format: "genereren: %.0f ms, gemiddeld %.1f KB per dossier", genereer, Double(teller) / Double(aantal) / 1024))

var lijst = opslag.lijst()
let koud = try meet { try FileManager.default.removeItem(atPath: map.appendingPathComponent("index.json").path); lijst = opslag.lijst() }
precondition(lijst.dossiers.count == aantal && lijst.problemen.isEmpty, "lijst klopt niet")
print(String(format: "lijst, index koud (alle bestanden lezen): %.1f ms", koud))
let warm = (0..<15).map { _ in meet { lijst = opslag.lijst() } }
print("lijst, index warm (doel ≤ 100 ms):     " + samenvatting(warm))

// A 100 KB dossier: the demo with many quotes and actions.
var groot = Voorbeeld.demo(vandaag: vandaag, id: "groot")
var n = 0
while (try Formaat.codeer(groot)).count < 100 * 1024 {
    n += 1
    groot.plan.krachten.append(Uitspraak(spreker: groot.gezinsleden[0].id,
                                         citaat: "Uitspraak \(n): het gaat beter met slapen en de ochtenden zijn rustiger geworden, zegt zij."))
    groot.plan.zorgen.append(Uitspraak(spreker: groot.gezinsleden[1].id, citaat: "Zorg \(n): de rekeningen blijven liggen.",
                                       sinds: "sinds mei", gevolgen: "Spanning in huis."))
}
let grootte = try Formaat.codeer(groot).count
var vinger = try opslag.voegToe(groot)
let bewaren = try (0..<60).map { i -> Double in
    groot.plan.samenvatting = "Versie \(i)"
    return try meet { vinger = try opslag.bewaar(groot, verwacht: vinger) }
}
print(String(format: "bewaren van een dossier van %.0f KB, met fsync (doel ≤ 5 ms): ", Double(grootte) / 1024) + samenvatting(bewaren))
let laden = try (0..<200).map { _ in try meet { _ = try opslag.laad("groot") } }
print(String(format: "laden van dat dossier (doel ≤ 2 ms):                         ") + samenvatting(laden))

// Encryption at rest: unlocking (scrypt + unwrapping the data key), and what sealing adds
// to saving and opening the same 100 KB dossier.
let kluisMap = FileManager.default.temporaryDirectory.appendingPathComponent("regie-bench-kluis-\(UUID().uuidString)")
defer { try? FileManager.default.removeItem(at: kluisMap) }
let wachtwoord = "een wachtwoord voor de meting"
let laag = try Kluis.maak(map: kluisMap, wachtwoord: wachtwoord)
let ontgrendelen = try (0..<5).map { _ in try meet { _ = try Kluis.open(map: kluisMap, wachtwoord: wachtwoord) } }
let k = Scryptkosten.standaard
print("ontgrendelen (scrypt N=\(k.n), r=\(k.r), p=\(k.p), en de sleutel uitpakken; doel ≤ 1000 ms): " + samenvatting(ontgrendelen))
let versleuteld = try Opslag(map: kluisMap, laag: laag)
var vingerV = try versleuteld.voegToe(groot)
// Interleaved with plain saves, so both see the same disk and cache (fsync varies a lot over time).
var bewarenZonder: [Double] = [], bewarenV: [Double] = []
for i in 0..<100 {
    groot.plan.samenvatting = "Ronde \(i)"
    bewarenZonder.append(try meet { vinger = try opslag.bewaar(groot, verwacht: vinger) })
    bewarenV.append(try meet { vingerV = try versleuteld.bewaar(groot, verwacht: vingerV) })
}
func mediaan(_ ms: [Double]) -> Double { ms.sorted()[ms.count / 2] }
print("bewaren van dat dossier, onversleuteld:                      " + samenvatting(bewarenZonder))
print("bewaren van dat dossier, versleuteld:                        " + samenvatting(bewarenV))
print(String(format: "extra tijd van versleutelen bij bewaren (mediaan met - zonder; doel ≤ 1 ms): %.3f ms", mediaan(bewarenV) - mediaan(bewarenZonder)))
let ruweBytes = try Formaat.codeer(groot)
let verzegelen = try (0..<200).map { _ in try meet { _ = try laag.verzegel(ruweBytes) } }
print("alleen verzegelen (AES-256-GCM) van \(ruweBytes.count / 1024) KB:                       " + samenvatting(verzegelen))
let ladenV = try (0..<200).map { _ in try meet { _ = try versleuteld.laad("groot") } }
print(String(format: "laden versleuteld: mediaan %.3f ms, extra %.3f ms", mediaan(ladenV), mediaan(ladenV) - mediaan(laden)))

// The whole command, as a user starts it.
let regie = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("regie")
if FileManager.default.isExecutableFile(atPath: regie.path) {
    let keer = try (0..<10).map { _ -> Double in
        let p = Process()
        p.executableURL = regie
        p.arguments = ["lijst", "--data", map.path]
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        return try meet {
            try p.run()
            p.waitUntilExit()
        }
    }
    print("'regie lijst' als heel programma (starten, methode laden, lijst, \(aantal) regels afdrukken): " + samenvatting(keer))
}

// The search across all dossiers.
func geheugenKB(_ veld: String) -> Int {
    let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
    let regel = status.split(separator: "\n").first { $0.hasPrefix(veld + ":") } ?? ""
    return Int(regel.split(separator: " ").dropFirst().first { !$0.isEmpty }.map(String.init)?.trimmingCharacters(in: .whitespaces) ?? "") ?? 0
}
let verwacht = aantal / 1000 + (aantal % 1000 > 17 ? 1 : 0)
try? FileManager.default.removeItem(at: map.appendingPathComponent("zoekindex"))
let rssVoor = geheugenKB("VmRSS")
var index = Zoekindex(dossiers: [])
let stappen = Voortgangsteller()
let herbouw = meet { index = opslag.zoekindex(voortgang: stappen.tel) }
print(String(format: "zoekindex herbouwen (ontbrak; %d voortgangsmeldingen):                %.0f ms", stappen.aantal, herbouw))
let warmZoek = (0..<5).map { _ in meet { index = opslag.zoekindex() } }
print("zoekindex lezen en met de bestanden vergelijken, warm (het zoeken openen): " + samenvatting(warmZoek))
print("geheugen van het proces met de zoekindex: \((geheugenKB("VmRSS") - rssVoor) / 1024) MB erbij, nu \(geheugenKB("VmRSS") / 1024) MB")
var perLetter: [Double] = []
for lengte in 1...6 {
    let deel = String("noelle".prefix(lengte))
    var treffers: [Zoekindex.Treffer] = []
    let keer = (0..<10).map { _ in meet { treffers = index.zoek(deel, maximaal: 500) } }
    perLetter += keer
    print(String(format: "  \"%@\": %d treffers, ", deel, treffers.count) + samenvatting(keer))
}
precondition(index.zoek("noelle", maximaal: 500).count == verwacht, "de zoekindex vindt niet elke Noëlle")
print("per getypte letter met de zoekindex (doel ≤ 100 ms):                  " + samenvatting(perLetter))
// As the search was before the index: every dossier opened, its texts folded, then searched.
var zonderIndex = 0
let volledig = meet {
    var teksten: [String] = []
    for s in opslag.lijst().dossiers {
        guard let d = try? opslag.laad(s.id, verversIndex: false).dossier else { continue }
        for (_, t) in d.zoekteksten() { teksten.append(Lijst.vouw(t)) }
    }
    zonderIndex = teksten.filter { $0.contains("noelle") }.count
}
precondition(zonderIndex == verwacht, "de volledige doorzoeking vindt niet elke Noëlle")
print(String(format: "zoeken zonder index (elk dossier openen en vouwen, zoals voorheen):  %.0f ms (%.0f× de warme zoekindex + een letter)",
             volledig, volledig / (mediaan(warmZoek) + mediaan(perLetter))))
let rg = ["/usr/bin/rg", "/usr/local/bin/rg", "/bin/rg"].first { FileManager.default.isExecutableFile(atPath: $0) }
if let rg {
    let keer = try (0..<5).map { _ -> Double in
        let p = Process()
        p.executableURL = URL(fileURLWithPath: rg)
        p.arguments = ["-i", "-l", "noelle", map.appendingPathComponent("dossiers").path]
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        return try meet {
            try p.run()
            p.waitUntilExit()
        }
    }
    // ripgrep does not find "Noëlle" for "noelle"; the index does.
    print("ripgrep -i over dezelfde bestanden, als heel programma (vindt \"Noëlle\" niet): " + samenvatting(keer))
    print(String(format: "verhouding warme zoekindex + een letter / ripgrep: %.2f", (mediaan(warmZoek) + mediaan(perLetter)) / mediaan(keer)))
}

final class Voortgangsteller: @unchecked Sendable {
    private let slot = NSLock()
    private var n = 0
    var aantal: Int { slot.withLock { n } }
    var tel: @Sendable (Int, Int) -> Void { { [self] _, _ in slot.withLock { n += 1 } } }
}
