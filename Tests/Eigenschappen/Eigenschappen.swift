import Foundation
import Kalender
import PropertyBased
import Testing

/// Runs `eigenschap` on values drawn from `generator` with a fixed seed, so every run tests
/// the same inputs and a failure can be repeated: at most `aantal` values and at most
/// `seconden` seconds. The first value for which the property returns a problem is
/// recorded with its number, and the run stops there.
/// - Returns: how many values were tested.
@discardableResult
public func controleer<T>(_ naam: String, seed: UInt64, aantal: Int, seconden: Double = 20,
                          _ generator: Generator<T, some Sequence>, sourceLocation: SourceLocation = #_sourceLocation,
                          _ eigenschap: (T) throws -> String?) rethrows -> Int {
    var rng = Xoshiro(seed: (seed, 0x9E37_79B9_7F4A_7C15, seed &* 31 &+ 7, 0xD1B5_4A32_D192_ED03))
    let einde = Date().addingTimeInterval(seconden)
    var n = 0
    while n < aantal && Date() < einde {
        let waarde = generator.run(using: &rng)
        n += 1
        if let probleem = try eigenschap(waarde) {
            Issue.record("\(naam), waarde \(n) (seed \(seed)): \(String(reflecting: waarde)): \(probleem)", sourceLocation: sourceLocation)
            break
        }
    }
    return n
}

/// One kind of text a user can type into a date field.
public enum Datumsoort: String, Sendable, CaseIterable {
    /// dd-mm-jjjj with any day, month and year (also days that do not exist, years far out).
    case absoluut
    /// +Nd, -Nw, +Nm, +Nj … also with steps far outside the years, or a wrong unit.
    case relatief
    /// vandaag, Morgen, GISTEREN, and the start of one.
    case woord
    /// Nothing, or only spaces.
    case leeg
    /// Anything else: letters, digits, separators, signs, Unicode, control characters.
    case rommel
}

/// A text for a date field, with what kind it is and the parts it was made of.
public struct Datuminvoer: Sendable, CustomStringConvertible {
    public var tekst: String
    public var soort: Datumsoort
    /// For `absoluut`: the day, month and year written.
    public var delen: (jaar: Int, maand: Int, dag: Int)?
    /// For `relatief`: the signed number of steps (nil when too long for an Int) and the unit.
    public var stap: (aantal: Int?, eenheid: String)?

    public init(_ tekst: String, _ soort: Datumsoort, delen: (jaar: Int, maand: Int, dag: Int)? = nil,
                stap: (aantal: Int?, eenheid: String)? = nil) {
        self.tekst = tekst
        self.soort = soort
        self.delen = delen
        self.stap = stap
    }

    public var description: String { "\(soort.rawValue) \(String(reflecting: tekst))" }
}

public enum Datumgenerator {
    static let scheidingen: [Character] = ["-", "/", "."]

    /// A day in the years a date can have, uniformly.
    public static let datum = Gen.int(in: Datum.eerste.dagnummer...Datum.laatste.dagnummer).map { Datum(dagnummer: $0)! }

    /// dd-mm-jjjj: day 0–32, month 0–13, year 0000–9999 (mostly near and in 1900–2200),
    /// one or two digits for day and month, any of the separators, spaces around.
    public static let absoluut = zip(
        Gen.int(in: 0...32), Gen.int(in: 0...13),
        Gen.frequency((weight: 6, gen: Gen.int(in: 1900...2200)), (weight: 2, gen: Gen.int(in: 1850...2250)),
                      (weight: 2, gen: Gen.int(in: 0...9999))),
        Gen<Character?>.element(of: scheidingen), Gen<Character?>.element(of: scheidingen),
        Gen.bool, Gen.bool, Gen<String?>.element(of: ["", " ", "  ", "\t"])
    ).map { dag, maand, jaar, s1, s2, dagNul, maandNul, rand in
        let d = dagNul && dag < 10 ? "0\(dag)" : "\(dag)"
        let m = maandNul && maand < 10 ? "0\(maand)" : "\(maand)"
        let j = String(repeating: "0", count: 4 - String(jaar).count) + String(jaar)
        let tekst = rand! + d + String(s1!) + m + String(s2!) + j + rand!
        return Datuminvoer(tekst, .absoluut, delen: (jaar, maand, dag))
    }

    /// +N or -N with a unit: small steps, steps that leave the years, and absurd ones.
    public static let relatief = zip(
        Gen<String?>.element(of: ["+", "-"]),
        Gen.frequency((weight: 5, gen: Gen.int(in: 0...400).map { String($0) }),
                      (weight: 3, gen: Gen.int(in: 0...2_000_000).map { String($0) }),
                      (weight: 1, gen: Gen.number.string(of: 7...30))),
        Gen<String?>.element(of: ["d", "w", "m", "j", "D", "J", "x", "", "dd"])
    ).map { teken, getal, eenheid in
        Datuminvoer(teken! + getal + eenheid!, .relatief, stap: (Int(getal).map { teken == "-" ? -$0 : $0 }, eenheid!))
    }

    public static let woord = zip(
        Gen<String?>.element(of: ["vandaag", "morgen", "gisteren"]), Gen.int(in: 1...8), Gen.int(in: 0...2)
    ).map { woord, lengte, hoofd in
        let w = String(woord!.prefix(lengte))
        return Datuminvoer(hoofd == 0 ? w : hoofd == 1 ? w.capitalized : w.uppercased(), .woord)
    }

    public static let leeg = Gen<String?>.element(of: ["", " ", "   ", "\t", " \t "]).map { Datuminvoer($0!, .leeg) }

    /// Characters a date is made of, and others, in any order.
    static let teken = Gen.frequency(
        (weight: 5, gen: Gen<Character?>.element(of: Array("0123456789-/.+ ")).map { $0! }),
        (weight: 2, gen: Gen<Character?>.element(of: Array("dwmjDWMJvandagmorgenx")).map { $0! }),
        (weight: 1, gen: Gen.ascii),
        (weight: 1, gen: Gen<Character?>.element(of: Array("é€名前🙂\u{0}\u{1B}\u{7F}\u{200B}٣")).map { $0! }))
    public static let rommel = teken.string(of: 1...16).map { Datuminvoer($0, .rommel) }

    /// Every kind of input.
    public static let invoer = Gen.frequency(
        (weight: 4, gen: absoluut), (weight: 3, gen: relatief), (weight: 1, gen: woord),
        (weight: 1, gen: leeg), (weight: 3, gen: rommel))
}

/// The messages a date field may give: plain Dutch, never empty.
public func isNederlandseDatummelding(_ tekst: String) -> Bool {
    tekst == Datum.geenDatumMelding
        || tekst.wholeMatch(of: /Jaar -?\d+ kan niet: kies een jaar van 1900 tot en met 2200/) != nil
        || tekst == "Te ver weg: kies een datum in de jaren 1900 tot en met 2200"
}
