/// A calendar day, without time or time zone: meeting dates, deadlines, birth dates. The one
/// calendar-day type of the whole program: the domain stores it, the screen's date fields
/// read and show it.
///
/// Only the years in `Datum.jaren` exist: a year outside them is a typing error (1090 for
/// 1990), never a date to keep. Stored as "jjjj-mm-dd" (ISO 8601); shown and typed as
/// "dd-mm-jjjj".
public struct Datum: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public let jaar: Int
    public let maand: Int
    public let dag: Int

    /// The years a date can have.
    public static let jaren = 1900...2200
    /// 01-01-1900, the first day there is.
    public static let eerste = Datum(geldig: jaren.lowerBound, 1, 1)
    /// 31-12-2200, the last day there is.
    public static let laatste = Datum(geldig: jaren.upperBound, 12, 31)

    /// nil when the day does not exist (31-02-2026) or the year is outside `jaren`.
    public init?(jaar: Int, maand: Int, dag: Int) {
        guard Self.jaren.contains(jaar), Self.bestaat(jaar: jaar, maand: maand, dag: dag) else { return nil }
        self.init(geldig: jaar, maand, dag)
    }

    private init(geldig jaar: Int, _ maand: Int, _ dag: Int) {
        self.jaar = jaar
        self.maand = maand
        self.dag = dag
    }

    /// Whether the day is in the (proleptic Gregorian) calendar at all, whatever the year.
    public static func bestaat(jaar: Int, maand: Int, dag: Int) -> Bool {
        (1...12).contains(maand) && dag >= 1 && dag <= dagenInMaand(jaar: jaar, maand: maand)
    }

    public static func isSchrikkeljaar(_ jaar: Int) -> Bool {
        (jaar % 4 == 0 && jaar % 100 != 0) || jaar % 400 == 0
    }

    public static func dagenInMaand(jaar: Int, maand: Int) -> Int {
        switch maand {
        case 2: return isSchrikkeljaar(jaar) ? 29 : 28
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

    /// Parses a date as typed, "dd-mm-jjjj" (see `Datum.lees`); nil when it is none, also
    /// for a year outside `jaren`.
    public init?(invoer: String) {
        guard case .datum(let d) = Self.lees(invoer) else { return nil }
        self = d
    }

    public var iso: String { "\(Self.pad(jaar, 4))-\(Self.pad(maand, 2))-\(Self.pad(dag, 2))" }
    /// "23-11-2026"
    public var tekst: String { "\(Self.pad(dag, 2))-\(Self.pad(maand, 2))-\(Self.pad(jaar, 4))" }
    public var description: String { tekst }

    private static func pad(_ n: Int, _ breedte: Int) -> String {
        let s = String(n)
        return String(repeating: "0", count: max(0, breedte - s.count)) + s
    }

    // MARK: Arithmetic

    /// Days since 1970-01-01 (proleptic Gregorian), for arithmetic.
    public var dagnummer: Int { Self.dagnummer(jaar: jaar, maand: maand, dag: dag) }

    /// Howard Hinnant's days_from_civil.
    static func dagnummer(jaar: Int, maand: Int, dag: Int) -> Int {
        let y = maand <= 2 ? jaar - 1 : jaar
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (maand + 9) % 12
        let doy = (153 * mp + 2) / 5 + dag - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    /// Howard Hinnant's civil_from_days: the day `z0` days after 1970-01-01, whatever its year.
    static func dag(nummer z0: Int) -> (jaar: Int, maand: Int, dag: Int) {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    /// nil outside `jaren`.
    public init?(dagnummer: Int) {
        let d = Self.dag(nummer: dagnummer)
        self.init(jaar: d.jaar, maand: d.maand, dag: d.dag)
    }

    /// The day `dagen` later (earlier when negative); nil outside `jaren`.
    public func plus(dagen: Int) -> Datum? { Datum(dagnummer: dagnummer + dagen) }

    /// The same day `maanden` later (earlier when negative), or the month's last day when it
    /// is shorter (31-01 + 1 maand is 28-02 or 29-02); nil outside `jaren`.
    public func plus(maanden: Int) -> Datum? {
        let d = Self.dag(jaar: jaar, maand: maand, dag: dag, plusMaanden: maanden)
        return Datum(jaar: d.jaar, maand: d.maand, dag: d.dag)
    }

    /// `plus(maanden:)` without the limit on years.
    static func dag(jaar: Int, maand: Int, dag: Int, plusMaanden n: Int) -> (jaar: Int, maand: Int, dag: Int) {
        let totaal = jaar * 12 + (maand - 1) + n
        let j = totaal >= 0 ? totaal / 12 : (totaal - 11) / 12
        let m = totaal - j * 12 + 1
        return (j, m, min(dag, dagenInMaand(jaar: j, maand: m)))
    }

    public static func < (a: Datum, b: Datum) -> Bool { (a.jaar, a.maand, a.dag) < (b.jaar, b.maand, b.dag) }

    // MARK: Codable

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

extension Datum {
    /// The day of the week, 0 for Monday to 6 for Sunday.
    public var weekdag: Int {
        let maandag = Datum(geldig: 2026, 12, 7).dagnummer
        return ((dagnummer - maandag) % 7 + 7) % 7
    }

    public static let weekdagnamen = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]

    /// "maandag" … "zondag".
    public var weekdagnaam: String { Self.weekdagnamen[weekdag] }
}
