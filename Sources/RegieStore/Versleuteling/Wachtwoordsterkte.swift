import Foundation

/// A simple, honest estimate of a passphrase's strength, with a Dutch hint.
///
/// Not a guarantee: it counts length and kinds of characters, and takes off for the usual
/// weaknesses (well-known words, repeated characters, runs like "12345" or "abcde").
/// A passphrase of a few ordinary words is long, easy to remember and scores well.
public struct Wachtwoordsterkte: Equatable, Sendable {
    public enum Niveau: Int, Comparable, Sendable {
        case zwak, redelijk, sterk
        public static func < (a: Niveau, b: Niveau) -> Bool { a.rawValue < b.rawValue }
    }

    /// Callers refuse a shorter passphrase.
    public static let minimaleLengte = 10

    public var niveau: Niveau
    /// One or two Dutch sentences: how strong, and what would make it stronger.
    public var hint: String
    /// At least `minimaleLengte` characters.
    public var isLangGenoeg: Bool

    /// "zwak", "redelijk" or "sterk".
    public var naam: String {
        switch niveau {
        case .zwak: return "zwak"
        case .redelijk: return "redelijk"
        case .sterk: return "sterk"
        }
    }

    /// One line to show: "Sterkte: sterk." for a good one, "Sterkte: redelijk: … Maak het
    /// langer …" with advice, or the hint alone when it is too short. `isWaarschuwing` (weak,
    /// or too short) is shown as a warning; a strong or fair passphrase is not.
    public var regel: String {
        guard isLangGenoeg else { return hint }
        return "Sterkte: " + hint.prefix(1).lowercased() + hint.dropFirst()
    }

    public var isWaarschuwing: Bool { niveau == .zwak }

    /// Words people often use; a passphrase built on one is guessed first.
    static let bekendeWoorden = [
        "wachtwoord", "password", "welkom", "welcome", "regie", "geheim", "qwerty", "azerty", "admin", "letmein",
        "gezin", "familie", "zomer", "winter", "voorjaar", "herfst", "lente", "januari", "iloveyou", "hallo", "test",
        "gemeente", "wijkteam", "jeugd",
    ]

    static func beoordeel(_ wachtwoord: String) -> Wachtwoordsterkte {
        let tekens = Array(wachtwoord)
        let lengte = tekens.count
        guard lengte >= minimaleLengte else {
            return .init(niveau: .zwak, hint: "Te kort: gebruik minstens \(minimaleLengte) tekens. Een zin van een paar gewone woorden is lang en goed te onthouden.",
                         isLangGenoeg: false)
        }
        let klein = wachtwoord.lowercased()
        var zwakten: [String] = []
        var effectief = Double(lengte)

        let woorden = bekendeWoorden.filter { klein.contains($0) }
        if let langste = woorden.max(by: { $0.count < $1.count }) {
            effectief -= Double(langste.count) - 1
            zwakten.append("het bevat een bekend woord (\(langste))")
        }
        // A character repeated right after itself adds almost nothing.
        var herhaald = 0
        for i in 1..<lengte where tekens[i] == tekens[i - 1] { herhaald += 1 }
        // Runs like "1234", "abcd", "4321".
        var reeks = 0
        let waarden = klein.unicodeScalars.map { Int($0.value) }
        if waarden.count >= 3 {
            for i in 2..<waarden.count {
                let a = waarden[i - 1] - waarden[i - 2], b = waarden[i] - waarden[i - 1]
                if a == b && abs(a) == 1 { reeks += 1 }
            }
        }
        effectief -= Double(herhaald) * 0.75 + Double(reeks) * 0.75
        if herhaald * 3 >= lengte { zwakten.append("er staan veel dezelfde tekens achter elkaar") }
        if reeks * 3 >= lengte { zwakten.append("er staat een reeks in zoals 1234 of abcd") }
        let verschillend = Set(tekens).count
        if verschillend < 5 {
            effectief = min(effectief, Double(verschillend))
            zwakten.append("er zitten weinig verschillende tekens in")
        }

        var soorten = 0
        var bereik = 0
        if wachtwoord.contains(where: { $0.isLowercase }) { soorten += 1; bereik += 26 }
        if wachtwoord.contains(where: { $0.isUppercase }) { soorten += 1; bereik += 26 }
        if wachtwoord.contains(where: { $0.isNumber }) { soorten += 1; bereik += 10 }
        if wachtwoord.contains(where: { !$0.isLetter && !$0.isNumber }) { soorten += 1; bereik += 33 }
        let bits = max(0, effectief) * log2(Double(max(bereik, 10)))

        let niveau: Niveau = bits < 45 ? .zwak : (bits < 65 ? .redelijk : .sterk)
        var hint: String
        switch niveau {
        case .zwak: hint = "Zwak"
        case .redelijk: hint = "Redelijk"
        case .sterk: hint = "Sterk"
        }
        if !zwakten.isEmpty { hint += ": " + zwakten.joined(separator: ", ") }
        hint += "."
        if niveau != .sterk {
            hint += soorten < 3 && lengte < 16
                ? " Maak het langer (een paar woorden extra) of meng hoofdletters, cijfers en leestekens."
                : " Maak het langer: een paar woorden extra helpt het meest."
        }
        return .init(niveau: niveau, hint: hint, isLangGenoeg: true)
    }
}
