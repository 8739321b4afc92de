import Foundation

/// A calendar day, without time or time zone: meeting dates, deadlines, birth dates.
///
/// Stored as "jjjj-mm-dd" (ISO 8601); shown and typed as "dd-mm-jjjj".
public struct Datum: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public let jaar: Int
    public let maand: Int
    public let dag: Int

    /// nil when the day does not exist (31-02-2026) or the year is outside 1900–2200.
    public init?(jaar: Int, maand: Int, dag: Int) {
        guard (1900...2200).contains(jaar), (1...12).contains(maand),
              dag >= 1, dag <= Datum.dagenInMaand(jaar: jaar, maand: maand) else { return nil }
        self.jaar = jaar
        self.maand = maand
        self.dag = dag
    }

    public static func dagenInMaand(jaar: Int, maand: Int) -> Int {
        switch maand {
        case 2: return (jaar % 4 == 0 && jaar % 100 != 0) || jaar % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Parses the storage form "jjjj-mm-dd".
    public init?(iso: String) {
        // Read as bytes: dates are decoded by the thousand when a dossier loads.
        var tekst = iso
        tekst.makeContiguousUTF8()  // a no-op for native strings
        guard let d = tekst.utf8.withContiguousStorageIfAvailable(Self.leesIso) ?? nil else { return nil }
        self = d
    }

    private static func leesIso(_ b: UnsafeBufferPointer<UInt8>) -> Datum? {
        guard b.count == 10, b[4] == 0x2D, b[7] == 0x2D else { return nil }
        func cijfers(_ r: Range<Int>) -> Int? {
            var n = 0
            for i in r {
                guard b[i] >= 0x30 && b[i] <= 0x39 else { return nil }
                n = n * 10 + Int(b[i] - 0x30)
            }
            return n
        }
        guard let j = cijfers(0..<4), let m = cijfers(5..<7), let d = cijfers(8..<10) else { return nil }
        return Datum(jaar: j, maand: m, dag: d)
    }

    /// Parses what a user types: "dd-mm-jjjj", also with "/" or "." between the parts,
    /// and one-digit day or month ("3-9-2026").
    public init?(invoer: String) {
        let schoon = invoer.trimmingCharacters(in: .whitespaces)
        let delen = schoon.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "-" || $0 == "/" || $0 == "." })
        guard delen.count == 3, delen[2].count == 4, (1...2).contains(delen[0].count), (1...2).contains(delen[1].count),
              let d = Int(delen[0]), let m = Int(delen[1]), let j = Int(delen[2]) else { return nil }
        self.init(jaar: j, maand: m, dag: d)
    }

    public var iso: String { "\(Self.pad(jaar, 4))-\(Self.pad(maand, 2))-\(Self.pad(dag, 2))" }
    /// "23-11-2026"
    public var tekst: String { "\(Self.pad(dag, 2))-\(Self.pad(maand, 2))-\(Self.pad(jaar, 4))" }
    public var description: String { tekst }

    private static func pad(_ n: Int, _ breedte: Int) -> String {
        let s = String(n)
        return String(repeating: "0", count: max(0, breedte - s.count)) + s
    }

    /// Days since 1970-01-01 (proleptic Gregorian), for arithmetic.
    public var dagnummer: Int {
        // Howard Hinnant's days_from_civil.
        let y = maand <= 2 ? jaar - 1 : jaar
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (maand + 9) % 12
        let doy = (153 * mp + 2) / 5 + dag - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    public init?(dagnummer z0: Int) {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.init(jaar: yoe + era * 400 + (m <= 2 ? 1 : 0), maand: m, dag: d)
    }

    public func plus(dagen: Int) -> Datum? { Datum(dagnummer: dagnummer + dagen) }

    public static func < (a: Datum, b: Datum) -> Bool { (a.jaar, a.maand, a.dag) < (b.jaar, b.maand, b.dag) }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        let s = try c.decode(String.self)
        guard let d = Datum(iso: s) else {
            throw DecodingError.dataCorruptedError(in: c, debugDescription: "ongeldige datum '\(s)' (verwacht jjjj-mm-dd)")
        }
        self = d
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(iso)
    }
}

/// A time of day, "14:30".
public struct Tijd: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public let uur: Int
    public let minuut: Int

    public init?(uur: Int, minuut: Int) {
        guard (0...23).contains(uur), (0...59).contains(minuut) else { return nil }
        self.uur = uur
        self.minuut = minuut
    }

    /// "14:30", "9:05", also "14.30".
    public init?(invoer: String) {
        let delen = invoer.trimmingCharacters(in: .whitespaces).split(whereSeparator: { $0 == ":" || $0 == "." })
        guard delen.count == 2, (1...2).contains(delen[0].count), delen[1].count == 2,
              let u = Int(delen[0]), let m = Int(delen[1]) else { return nil }
        self.init(uur: u, minuut: m)
    }

    public var tekst: String { (uur < 10 ? "0" : "") + "\(uur):" + (minuut < 10 ? "0" : "") + "\(minuut)" }
    public var description: String { tekst }

    public static func < (a: Tijd, b: Tijd) -> Bool { (a.uur, a.minuut) < (b.uur, b.minuut) }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        let s = try c.decode(String.self)
        guard let t = Tijd(invoer: s) else {
            throw DecodingError.dataCorruptedError(in: c, debugDescription: "ongeldige tijd '\(s)' (verwacht uu:mm)")
        }
        self = t
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(tekst)
    }
}
