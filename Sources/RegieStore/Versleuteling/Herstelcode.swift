import Foundation

/// The recovery code: 28 random symbols (140 bits) from Crockford's base32 alphabet, shown
/// once in groups of four ("7K3M-…") to write down or print. It unwraps the same data key as
/// the passphrase (a second wrapping in `sleutel.json`), so a forgotten passphrase can be
/// replaced with `regie versleuteling herstel`.
///
/// The alphabet has no I, L, O or U; reading back, `O` counts as 0 and `I`/`L` as 1, lower
/// case as upper case, and spaces and dashes are ignored, so a code copied by hand still works.
public struct Herstelcode: Equatable, Sendable, CustomStringConvertible {
    static let alfabet = Array("0123456789ABCDEFGHJKMNPQRSTVWXYZ")
    /// 28 × 5 bits = 140 bits: far beyond guessing, so a fast key derivation (HKDF) is enough.
    static let lengte = 28
    static let groep = 4

    /// The symbols, without dashes, upper case.
    let tekens: String

    /// A new random code (from the system's cryptographic random source).
    public static func nieuw() -> Herstelcode {
        var rng = SystemRandomNumberGenerator()
        // 256 is a multiple of 32: every symbol is equally likely.
        let tekens = (0..<lengte).map { _ in alfabet[Int(rng.next() as UInt8) & 31] }
        return Herstelcode(tekens: String(tekens))
    }

    init(tekens: String) { self.tekens = tekens }

    /// Reads a code as typed; nil when it has the wrong length or a sign outside the alphabet.
    public init?(_ invoer: String) {
        var uit = ""
        for c in invoer.uppercased() {
            if c == "-" || c == " " || c == "\t" { continue }
            let t: Character = c == "O" ? "0" : (c == "I" || c == "L") ? "1" : c
            guard Self.alfabet.contains(t) else { return nil }
            uit.append(t)
        }
        guard uit.count == Self.lengte else { return nil }
        tekens = uit
    }

    /// "XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX".
    public var tekst: String {
        var groepen: [String] = []
        var rest = Substring(tekens)
        while !rest.isEmpty {
            groepen.append(String(rest.prefix(Self.groep)))
            rest = rest.dropFirst(Self.groep)
        }
        return groepen.joined(separator: "-")
    }

    public var description: String { tekst }
}
