import Foundation

/// Reads what a user types in a date field, relative to `today`:
///
/// - a date as dd-mm-jjjj, also with one-digit day or month ("3-9-2026") and with "/" or
///   "." between the parts;
/// - "vandaag", "morgen", "gisteren";
/// - a step from today: "+3d" (days), "+1w" (weeks), "+2m" (months), "+1j" (years), or
///   back with "-".
public struct DateParser: Equatable, Sendable {
    public var today: CalendarDate

    public init(today: CalendarDate) {
        self.today = today
    }

    static let words = ["vandaag": 0, "morgen": 1, "gisteren": -1]
    static let separators: Set<Character> = ["-", "/", "."]

    /// The date, or nil when the text is not one.
    public func parse(_ input: String) -> CalendarDate? {
        let text = input.trimmingCharacters(in: .whitespaces).lowercased()
        if let days = Self.words[text] { return today.adding(days: days) }
        if let first = text.first, first == "+" || first == "-" { return relative(text) }
        return absolute(text)
    }

    private func relative(_ text: String) -> CalendarDate? {
        let sign = text.first == "-" ? -1 : 1
        let body = text.dropFirst()
        guard let unit = body.last, let n = Int(body.dropLast()), body.dropLast().allSatisfy(\.isASCIIDigit), n <= 100_000 else { return nil }
        switch unit {
        case "d": return today.adding(days: sign * n)
        case "w": return today.adding(days: sign * n * 7)
        case "m": return today.adding(months: sign * n)
        case "j": return today.adding(months: sign * n * 12)
        default: return nil
        }
    }

    private func absolute(_ text: String) -> CalendarDate? {
        let parts = Self.parts(text)
        guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }),
              parts[0].count <= 2, parts[1].count <= 2, parts[2].count == 4,
              let d = Int(parts[0]), let m = Int(parts[1]), let y = Int(parts[2]) else { return nil }
        return CalendarDate(year: y, month: m, day: d)
    }

    static func parts(_ text: String) -> [Substring] {
        text.split(omittingEmptySubsequences: false) { separators.contains($0) }
    }

    /// True when more typing could still make `input` a date ("23-1", "morg", "+2"):
    /// such text is not shown as wrong yet.
    public func isIncomplete(_ input: String) -> Bool {
        let text = input.trimmingCharacters(in: .whitespaces).lowercased()
        if text.isEmpty { return true }
        if Self.words.keys.contains(where: { $0.hasPrefix(text) && $0 != text }) { return true }
        if let first = text.first, first == "+" || first == "-" { return text.dropFirst().allSatisfy(\.isASCIIDigit) }
        return Self.isDatePrefix(Self.parts(text))
    }

    private static func isDatePrefix(_ parts: [Substring]) -> Bool {
        guard parts.count <= 3, parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }) else { return false }
        let limits = [(2, 31), (2, 12), (3, 9999)]
        for (i, part) in parts.enumerated() {
            let isLast = i == parts.count - 1
            if part.isEmpty { if isLast { continue } else { return false } }
            if part.count > limits[i].0 { return false }
            if !isLast && (Int(part) ?? 0) == 0 { return false }
            if (Int(part) ?? 0) > limits[i].1 { return false }
        }
        return true
    }
}

fileprivate extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
