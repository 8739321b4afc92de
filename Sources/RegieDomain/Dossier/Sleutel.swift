/// Ids: short random strings of lower-case letters and digits.
///
/// A dossier id is also a file name, so `Sleutel.isGeldig` keeps it to a safe alphabet.
public enum Sleutel {
    static let alfabet = Array("abcdefghjkmnpqrstuvwxyz23456789")

    /// A new random id of `lengte` characters.
    public static func nieuw(lengte: Int = 10) -> String {
        var rng = SystemRandomNumberGenerator()
        return String((0..<lengte).map { _ in alfabet[Int(rng.next(upperBound: UInt(alfabet.count)))] })
    }

    /// 1–64 characters, each a-z, 0-9, "-" or "_", not starting with "-", "_" or ".".
    public static func isGeldig(_ s: String) -> Bool {
        guard (1...64).contains(s.utf8.count), let eerste = s.utf8.first, eerste != UInt8(ascii: "-"), eerste != UInt8(ascii: "_") else {
            return false
        }
        return s.utf8.allSatisfy { b in
            (b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z")) || (b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9"))
                || b == UInt8(ascii: "-") || b == UInt8(ascii: "_")
        }
    }
}
