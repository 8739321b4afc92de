/// Reading what a user types in a date field.
extension Datum {
    /// What a typed text is as a date.
    public enum Lezing: Hashable, Sendable {
        case datum(Datum)
        /// A real day in a year outside `Datum.jaren` (01-10-1090, "+1000j"); `jaar` is nil
        /// when it is too far away to name.
        case buitenBereik(jaar: Int?)
        /// Not a date.
        case geen

        public var datum: Datum? { if case .datum(let d) = self { d } else { nil } }

        /// What to tell the user, in Dutch; nil for a date.
        public var melding: String? {
            switch self {
            case .datum: nil
            case .geen: Datum.geenDatumMelding
            case .buitenBereik(let jaar?): "Jaar \(jaar) kan niet: kies een jaar van \(Datum.jaren.lowerBound) tot en met \(Datum.jaren.upperBound)"
            case .buitenBereik(nil): "Te ver weg: kies een datum in de jaren \(Datum.jaren.lowerBound) tot en met \(Datum.jaren.upperBound)"
            }
        }
    }

    /// The message for text that is no date at all.
    public static let geenDatumMelding = "Geen geldige datum: gebruik dd-mm-jjjj"

    static let woorden = ["vandaag": 0, "morgen": 1, "gisteren": -1]
    static let scheidingstekens: Set<Character> = ["-", "/", "."]
    /// The most steps a relative date takes; more is far outside `jaren` whatever the unit.
    static let meesteStappen = 1_000_000

    /// Reads a date as typed:
    ///
    /// - dd-mm-jjjj, also with one-digit day or month ("3-9-2026") and with "/" or "."
    ///   between the parts;
    /// - with `vandaag`: "vandaag", "morgen", "gisteren", and a step from today: "+3d"
    ///   (days), "+1w" (weeks), "+2m" (months), "+1j" (years), or back with "-".
    public static func lees(_ invoer: String, vandaag: Datum? = nil) -> Lezing {
        let tekst = schoon(invoer)
        if let vandaag {
            if let dagen = woorden[tekst] { return Lezing(vandaag.dagnummer + dagen) }
            if let eerste = tekst.first, eerste == "+" || eerste == "-" { return relatief(tekst, vandaag) }
        }
        return absoluut(tekst)
    }

    private static func schoon(_ invoer: String) -> String {
        String(invoer.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed()).lowercased()
    }

    private static func relatief(_ tekst: String, _ vandaag: Datum) -> Lezing {
        let teken = tekst.first == "-" ? -1 : 1
        let rest = tekst.dropFirst()
        guard let eenheid = rest.last, "dwmj".contains(eenheid) else { return .geen }
        let getal = rest.dropLast()
        guard !getal.isEmpty, getal.allSatisfy(\.isASCIICijfer) else { return .geen }
        // Past a million steps (or too many digits for an Int) it is far outside the years.
        guard let n = Int(getal), n <= meesteStappen else { return .buitenBereik(jaar: nil) }
        switch eenheid {
        case "d": return Lezing(vandaag.dagnummer + teken * n)
        case "w": return Lezing(vandaag.dagnummer + teken * n * 7)
        case "m": return Lezing(dag(jaar: vandaag.jaar, maand: vandaag.maand, dag: vandaag.dag, plusMaanden: teken * n))
        default: return Lezing(dag(jaar: vandaag.jaar, maand: vandaag.maand, dag: vandaag.dag, plusMaanden: teken * n * 12))
        }
    }

    private static func absoluut(_ tekst: String) -> Lezing {
        let delen = delen(tekst)
        guard delen.count == 3, delen.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIICijfer) }),
              delen[0].count <= 2, delen[1].count <= 2, delen[2].count == 4,
              let d = Int(delen[0]), let m = Int(delen[1]), let j = Int(delen[2]) else { return .geen }
        return Lezing((j, m, d))
    }

    static func delen(_ tekst: String) -> [Substring] {
        tekst.split(omittingEmptySubsequences: false) { scheidingstekens.contains($0) }
    }

    /// True when more typing could still make `invoer` a date ("23-1", "morg", "+2"):
    /// such text is not shown as wrong yet.
    public static func kanNogWorden(_ invoer: String) -> Bool {
        let tekst = schoon(invoer)
        if tekst.isEmpty { return true }
        if woorden.keys.contains(where: { $0.hasPrefix(tekst) && $0 != tekst }) { return true }
        if let eerste = tekst.first, eerste == "+" || eerste == "-" { return tekst.dropFirst().allSatisfy(\.isASCIICijfer) }
        return isBeginVanDatum(delen(tekst))
    }

    private static func isBeginVanDatum(_ delen: [Substring]) -> Bool {
        guard delen.count <= 3, delen.allSatisfy({ $0.allSatisfy(\.isASCIICijfer) }) else { return false }
        let grenzen = [(2, 31), (2, 12), (3, 9999)]  // four year digits make it whole, not a beginning
        for (i, deel) in delen.enumerated() {
            let laatste = i == delen.count - 1
            if deel.isEmpty { if laatste { continue } else { return false } }
            if deel.count > grenzen[i].0 { return false }
            if !laatste && (Int(deel) ?? 0) == 0 { return false }
            if (Int(deel) ?? 0) > grenzen[i].1 { return false }
        }
        return true
    }
}

extension Datum.Lezing {
    /// A day by its number: a date, or out of range.
    init(_ dagnummer: Int) {
        self.init(Datum.dag(nummer: dagnummer))
    }

    /// A day that exists in the calendar: a date, or out of range.
    init(_ d: (jaar: Int, maand: Int, dag: Int)) {
        guard Datum.bestaat(jaar: d.jaar, maand: d.maand, dag: d.dag) else { self = .geen; return }
        if let datum = Datum(jaar: d.jaar, maand: d.maand, dag: d.dag) { self = .datum(datum) } else { self = .buitenBereik(jaar: d.jaar) }
    }
}

fileprivate extension Character {
    var isASCIICijfer: Bool { ("0"..."9").contains(self) }
}
