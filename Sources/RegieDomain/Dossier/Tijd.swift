import Foundation

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
