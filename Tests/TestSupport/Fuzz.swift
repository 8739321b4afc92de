import Foundation
import RegieDomain
import RegieStore

/// Mutated dossier files, the same for the same seed and number: for the fuzz test in the
/// suite, the one through the built program, and `regie-fuzz` (10,000 of them).
public enum Fuzzbestanden {
    /// The household every mutation starts from: the demo, with every part of the plan filled.
    public static let id = "fuzz"
    public static let vandaag = Datum(iso: "2026-11-23")!

    public static var basis: Dossier { Voorbeeld.demo(vandaag: vandaag, id: id) }

    /// The file as the store writes it (pretty-printed) and as a compact export.
    public static let mooi: Data = (try? Formaat.codeer(basis)) ?? Data()
    public static let compact: Data = {
        guard let o = try? JSONSerialization.jsonObject(with: mooi) else { return Data() }
        return (try? JSONSerialization.data(withJSONObject: o)) ?? Data()
    }()

    /// Mutation number `nummer` of the run with seed `zaad`: what was done, and the bytes.
    public static func mutatie(_ nummer: Int, zaad: UInt64) -> (soort: String, data: Data) {
        var rng = Zaad(zaad &+ UInt64(nummer) &* 0x9E37_79B9_7F4A_7C15)
        let bron = rng.kans(0.3) ? compact : mooi
        var soorten: [String] = []
        var data = bron
        for _ in 0..<(rng.kans(0.2) ? 2 + rng.getal(2) : 1) {
            let (soort, nieuw) = mutatie(data, &rng)
            soorten.append(soort)
            data = nieuw
        }
        return (soorten.joined(separator: "+"), data)
    }

    static let soorten = [
        "bits", "afgekapt", "stuurtekens", "grote-tekst", "diep", "utf8", "soort-type", "dubbele-id", "datum",
        "getal", "veld-weg", "kop", "dubbele-sleutel", "rommel",
    ]

    static func mutatie(_ data: Data, _ rng: inout Zaad) -> (String, Data) {
        let soort = soorten[rng.getal(soorten.count)]
        var b = [UInt8](data)
        switch soort {
        case "bits":
            for _ in 0..<(1 + rng.getal(12)) where !b.isEmpty { b[rng.getal(b.count)] ^= UInt8(1 + rng.getal(255)) }
            return (soort, Data(b))
        case "afgekapt":
            return (soort, Data(b.prefix(rng.getal(b.count + 1))))
        case "stuurtekens":
            // Into a text: escaped (valid JSON) or raw (invalid JSON), ESC sequences, NUL, BEL, DEL, C1.
            let stukken = ["\\u001b[2J", "\\u0000", "\\u0007", "\\u001b]0;x\\u0007", "\\u009b31m", "\u{7F}", "\u{85}", "\u{1B}[2J",
                           "\u{0}", "\\r\\n", "\\t", "\\b\\f", "\u{202E}"]
            for _ in 0..<(1 + rng.getal(4)) {
                b = voegInTekst(b, Array(stukken[rng.getal(stukken.count)].utf8), &rng)
            }
            return (soort, Data(b))
        case "grote-tekst":
            let lengte = [1_000, 100_000, 1_000_000, 3_000_000][rng.getal(4)]
            return (soort, Data(voegInTekst(b, Array(repeating: UInt8(ascii: "x"), count: lengte), &rng)))
        case "diep":
            let diepte = [100, 600, 5_000, 50_000][rng.getal(4)]
            let open = rng.kans(0.5) ? "[" : "{\"a\":"
            let dicht = open == "[" ? "]" : "}"
            let diep = String(repeating: open, count: diepte) + "1" + String(repeating: dicht, count: rng.kans(0.8) ? diepte : diepte / 2)
            return (soort, vervangWaarde(b, Array(diep.utf8), &rng))
        case "utf8":
            let slecht: [[UInt8]] = [[0xFF], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82],
                                     Array("\\ud800".utf8), Array("\\udfff\\ud800".utf8), [0xFE, 0xFF]]
            return (soort, Data(voegInTekst(b, slecht[rng.getal(slecht.count)], &rng)))
        case "soort-type":
            let waarden = ["null", "true", "0", "-1", "1e400", "[]", "{}", "\"\"", "[1,2]", "{\"x\":1}", "123456789012345678901234567890"]
            return (soort, vervangWaarde(b, Array(waarden[rng.getal(waarden.count)].utf8), &rng))
        case "dubbele-id":
            // One person's or goal's id given to another.
            let tekst = String(decoding: b, as: UTF8.self)
            let ids = zoek(tekst, sleutel: "\"id\"")
            guard ids.count >= 2 else { return (soort, data) }
            let a = ids[rng.getal(ids.count)], c = ids[rng.getal(ids.count)]
            let nieuw = tekst.replacingCharacters(in: c, with: String(tekst[a]))
            return (soort, Data(nieuw.utf8))
        case "datum":
            let data = ["0000-01-01", "1090-10-01", "1899-12-31", "2201-01-01", "9999-12-31", "99999-01-01", "2026-02-30",
                        "2026-13-01", "-001-01-01", "2026-1-1", "", "2026-11-23T10:00", "+1000j"]
            let tekst = String(decoding: b, as: UTF8.self)
            let plekken = zoekData(tekst)
            guard !plekken.isEmpty else { return (soort, Data(b)) }
            let nieuw = tekst.replacingCharacters(in: plekken[rng.getal(plekken.count)], with: data[rng.getal(data.count)])
            return (soort, Data(nieuw.utf8))
        case "getal":
            let tekst = String(decoding: b, as: UTF8.self)
            let getallen = ["999999999999999999999", "-9223372036854775809", "9223372036854775807", "-1", "11", "1.5", "1e3", "NaN"]
            for sleutel in ["\"niveau\"", "\"cijfer\"", "\"naar\"", "\"schema\"", "\"seconden\""] {
                guard rng.kans(0.5), let r = tekst.range(of: sleutel + " : ") ?? tekst.range(of: sleutel + ":") else { continue }
                let einde = tekst[r.upperBound...].firstIndex { ",}\n]".contains($0) } ?? tekst.endIndex
                return (soort, Data(tekst.replacingCharacters(in: r.upperBound..<einde, with: getallen[rng.getal(getallen.count)]).utf8))
            }
            return (soort, Data(b))
        case "veld-weg":
            // A whole "key": value line of the pretty file.
            var regels = String(decoding: b, as: UTF8.self).components(separatedBy: "\n")
            guard regels.count > 3 else { return (soort, Data(b.reversed())) }
            regels.remove(at: 1 + rng.getal(regels.count - 2))
            return (soort, Data(regels.joined(separator: "\n").utf8))
        case "kop":
            let koppen = ["\"schema\" : 2", "\"schema\" : 0", "\"schema\" : \"1\"", "\"soort\" : \"regie-versie\"", "\"soort\" : null"]
            var tekst = String(decoding: b, as: UTF8.self)
            let k = koppen[rng.getal(koppen.count)]
            if let r = tekst.range(of: k.hasPrefix("\"schema\"") ? "\"schema\" : 1" : "\"soort\" : \"regie-dossier\"") {
                tekst.replaceSubrange(r, with: k)
            }
            return (soort, Data(tekst.utf8))
        case "dubbele-sleutel":
            var tekst = String(decoding: b, as: UTF8.self)
            if let r = tekst.range(of: "\"naam\" : ") ?? tekst.range(of: "\"naam\":") {
                tekst.replaceSubrange(r.lowerBound..<r.lowerBound, with: "\"naam\" : \"Ander\", \"naam\" : 3, ")
            }
            return (soort, Data(tekst.utf8))
        default:
            return (soort, Data((0..<rng.getal(5_000)).map { _ in UInt8(rng.getal(256)) }))
        }
    }

    /// `stuk` inserted just after the opening quote of a string value.
    static func voegInTekst(_ b: [UInt8], _ stuk: [UInt8], _ rng: inout Zaad) -> [UInt8] {
        var plekken: [Int] = []
        for i in 1..<max(1, b.count) where b[i] == UInt8(ascii: "\"") && (b[i - 1] == UInt8(ascii: " ") || b[i - 1] == UInt8(ascii: ":")) {
            plekken.append(i + 1)
        }
        guard !plekken.isEmpty else { return b + stuk }
        var uit = b
        uit.insert(contentsOf: stuk, at: plekken[rng.getal(plekken.count)])
        return uit
    }

    /// A value (what follows a `": "` up to the next comma or end of line) replaced by `waarde`.
    static func vervangWaarde(_ b: [UInt8], _ waarde: [UInt8], _ rng: inout Zaad) -> Data {
        var plekken: [Int] = []
        for i in 1..<max(1, b.count) where b[i] == UInt8(ascii: ":") { plekken.append(i + 1) }
        guard !plekken.isEmpty else { return Data(b + waarde) }
        var begin = plekken[rng.getal(plekken.count)]
        while begin < b.count && b[begin] == UInt8(ascii: " ") { begin += 1 }
        var einde = begin
        var inTekst = false
        while einde < b.count {
            let c = b[einde]
            if c == UInt8(ascii: "\"") && (einde == begin || b[einde - 1] != UInt8(ascii: "\\")) { inTekst.toggle() }
            if !inTekst && (c == UInt8(ascii: ",") || c == 0x0A || c == UInt8(ascii: "}")) { break }
            einde += 1
        }
        var uit = b
        uit.replaceSubrange(begin..<einde, with: waarde)
        return Data(uit)
    }

    /// The ranges of the texts (without quotes) after `sleutel`.
    static func zoek(_ tekst: String, sleutel: String) -> [Range<String.Index>] {
        var uit: [Range<String.Index>] = []
        var vanaf = tekst.startIndex
        while let r = tekst.range(of: sleutel, range: vanaf..<tekst.endIndex) {
            vanaf = r.upperBound
            guard let open = tekst[r.upperBound...].firstIndex(of: "\""),
                  tekst[r.upperBound..<open].allSatisfy({ $0 == " " || $0 == ":" }),
                  let dicht = tekst[tekst.index(after: open)...].firstIndex(of: "\"") else { continue }
            uit.append(tekst.index(after: open)..<dicht)
        }
        return uit
    }

    /// The ranges of dates (jjjj-mm-dd inside quotes).
    static func zoekData(_ tekst: String) -> [Range<String.Index>] {
        var uit: [Range<String.Index>] = []
        var vanaf = tekst.startIndex
        while let r = tekst.range(of: "\"[0-9]{4}-[0-9]{2}-[0-9]{2}\"", options: .regularExpression, range: vanaf..<tekst.endIndex) {
            uit.append(tekst.index(after: r.lowerBound)..<tekst.index(before: r.upperBound))
            vanaf = r.upperBound
        }
        return uit
    }
}

/// SplitMix64: small, fast and the same everywhere.
public struct Zaad: RandomNumberGenerator {
    var toestand: UInt64
    public init(_ zaad: UInt64) { toestand = zaad }
    public mutating func next() -> UInt64 {
        toestand &+= 0x9E37_79B9_7F4A_7C15
        var z = toestand
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func getal(_ n: Int) -> Int { n <= 0 ? 0 : Int(next() % UInt64(n)) }
    mutating func kans(_ p: Double) -> Bool { Double(next() % 1_000_000) / 1_000_000 < p }
}

/// One fuzz run over three stores in a folder: an import store, a plain store and an encrypted
/// one into which the mutated files are dropped. Each case: `importeer` the bytes; drop them as
/// the dossier file (sometimes with a good or bad backup beside it) and `lijst` and `laad`.
/// A crash ends the process (the script counts those); everything else is counted here.
public final class Fuzzrit {
    public struct Telling: Sendable, CustomStringConvertible {
        public var gevallen = 0
        public var ingelezen = 0
        public var geweigerd = 0
        public var apartGezet = 0
        public var teruggezet = 0
        public var versleuteld = 0
        /// Messages that are not one Dutch sentence, or properties that did not hold: each with its case.
        public var fouten: [String] = []

        public var description: String {
            "\(gevallen) gevallen: \(ingelezen) ingelezen, \(geweigerd) geweigerd, \(apartGezet) apart gezet, "
                + "\(teruggezet) keer de reservekopie teruggezet (\(versleuteld) in een versleutelde opslag); \(fouten.count) fouten"
        }
    }

    public let map: URL
    let invoer: Opslag
    let gewoon: Opslag
    let versleuteld: Opslag
    let laag: VersleuteldeLaag
    let zaad: UInt64
    public private(set) var telling = Telling()

    public init(map: URL, zaad: UInt64) throws {
        self.map = map
        self.zaad = zaad
        try FileManager.default.createDirectory(at: map, withIntermediateDirectories: true)
        invoer = try Opslag(map: map.appendingPathComponent("invoer"))
        gewoon = try Opslag(map: map.appendingPathComponent("gewoon"))
        let vmap = map.appendingPathComponent("versleuteld")
        laag = try Kluis.maak(map: vmap, wachtwoord: "fuzz fiets regent op de brug", kosten: .licht)
        versleuteld = try Opslag(map: vmap, laag: laag)
    }

    public func ruimOp() { try? FileManager.default.removeItem(at: map) }

    /// Runs case `nummer`.
    public func draai(_ nummer: Int) {
        let (soort, data) = Fuzzbestanden.mutatie(nummer, zaad: zaad)
        telling.gevallen += 1
        func fout(_ tekst: String) { telling.fouten.append("geval \(nummer) (\(soort)): \(tekst)") }

        // 1. Through the import.
        do {
            let imp = try invoer.importeer(data)
            telling.ingelezen += 1
            for (pad, tekst) in eenregelig(imp.dossier) where tekst.unicodeScalars.contains(where: Stuurtekens.isStuurteken) {
                fout("stuurteken in \(pad) na importeer")
            }
            for a in imp.aanpassingen where !Self.isNederlands(a) { fout("melding: \(a)") }
            do { _ = try invoer.laad(imp.dossier.id) } catch { fout("ingelezen maar niet te laden: \(error.melding)") }
            if invoer.lijst().dossiers.map(\.id) != [imp.dossier.id] { fout("ingelezen maar niet in de lijst") }
            do { try invoer.wis(imp.dossier.id) } catch { fout("wissen: \(error.melding)") }
        } catch {
            telling.geweigerd += 1
            let melding = error.melding(bestand: "bestand.json")
            if !Self.isNederlands(melding) { fout("melding: \(melding)") }
        }

        // 2. Dropped into a store, plain or encrypted (then sealed whole, or the sealed bytes mutated).
        var rng = Zaad(zaad ^ UInt64(nummer) &* 0xD1B5_4A32_D192_ED03)
        let inVersleuteld = rng.kans(0.3)
        let opslag = inVersleuteld ? versleuteld : gewoon
        var bestand = data
        if inVersleuteld {
            telling.versleuteld += 1
            if rng.kans(0.5), let verzegeld = try? laag.verzegel(Fuzzbestanden.mooi) {
                var b = [UInt8](verzegeld)
                switch rng.getal(4) {
                case 0: for _ in 0..<(1 + rng.getal(6)) { b[rng.getal(b.count)] ^= UInt8(1 + rng.getal(255)) }
                case 1: b = Array(b.prefix(rng.getal(b.count)))
                case 2: b[4] = UInt8(rng.getal(256))
                default: b += (0..<(1 + rng.getal(64))).map { _ in UInt8(rng.getal(256)) }
                }
                bestand = Data(b)
            } else {
                bestand = (try? laag.verzegel(data)) ?? data
            }
        }
        let dossiers = opslag.map.appendingPathComponent("dossiers")
        let pad = dossiers.appendingPathComponent("\(Fuzzbestanden.id).json")
        let vorigePad = dossiers.appendingPathComponent("\(Fuzzbestanden.id).vorige.json")
        let goed = inVersleuteld ? ((try? laag.verzegel(Fuzzbestanden.mooi)) ?? Data()) : Fuzzbestanden.mooi
        switch rng.getal(3) {
        case 0: try? goed.write(to: vorigePad)
        case 1: try? bestand.prefix(bestand.count / 2).write(to: vorigePad)
        default: break
        }
        try? bestand.write(to: pad)
        let lijst = opslag.lijst()
        for p in lijst.problemen {
            if p.teruggezet { telling.teruggezet += 1 } else { telling.apartGezet += 1 }
            if !Self.isNederlands(p.description) { fout("melding: \(p.description)") }
        }
        if lijst.dossiers.contains(where: { $0.id == Fuzzbestanden.id }) {
            do { _ = try opslag.laad(Fuzzbestanden.id) } catch { fout("in de lijst maar niet te laden: \(error.melding)") }
        } else if FileManager.default.fileExists(atPath: pad.path) {
            fout("het bestand staat nog in dossiers/ maar niet in de lijst")
        }
        // Clean up for the next case (the set-aside files too: thousands of them would slow every
        // list; and the index, whose stamps could match a new file written in the same clock tick).
        try? FileManager.default.removeItem(at: opslag.map.appendingPathComponent("index.json"))
        for sub in ["dossiers", "apart"] {
            let m = opslag.map.appendingPathComponent(sub)
            for naam in (try? FileManager.default.contentsOfDirectory(atPath: m.path)) ?? [] {
                try? FileManager.default.removeItem(at: m.appendingPathComponent(naam))
            }
        }
    }

    /// The one-line texts of a dossier (names, contact details), with where they are.
    func eenregelig(_ d: Dossier) -> [(String, String)] {
        var uit = [("naam", d.naam), ("contact.naam", d.contact.naam), ("contact.telefoon", d.contact.telefoon),
                   ("contact.email", d.contact.email)]
        for (i, g) in d.gezinsleden.enumerated() { uit += [("gezinsleden[\(i + 1)].naam", g.naam), ("gezinsleden[\(i + 1)].telefoon", g.telefoon)] }
        for (i, n) in d.netwerk.enumerated() { uit.append(("netwerk[\(i + 1)].naam", n.naam)) }
        for (i, p) in d.professionals.enumerated() { uit.append(("professionals[\(i + 1)].naam", p.naam)) }
        return uit
    }

    /// A message for the user: not empty, in Dutch, without traces of an English system error.
    public static func isNederlands(_ melding: String) -> Bool {
        let engels = ["The data", "couldn", "because", "isn't", "Error Domain", "NSCocoa", "DecodingError", "keyNotFound",
                      "typeMismatch", "dataCorrupted", "valueNotFound", "Optional(", "Swift.", "CodingKeys", "Expected",
                      "Unexpected", "nvalid", "Fatal error", "unexpected"]
        let nederlands = [" het ", " is ", " de ", "geen", "niet", " een ", "Het ", "Er ", " zijn ", " uit: "]
        return !melding.isEmpty && !engels.contains(where: melding.contains) && nederlands.contains(where: melding.contains)
    }
}
