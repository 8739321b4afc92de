/// The answers to the schaalvraag per person across the overleggen: how safe each one
/// thinks it is, 0 (life-threatening) to 10 (safe enough to close), oldest first.
public struct Veiligheidstrend: Sendable, Equatable {
    public struct Reeks: Sendable, Equatable {
        /// The person's id; nil for scores without a person.
        public var persoon: String?
        public var naam: String
        /// Oldest first; scores of one day keep the order they were entered in.
        public var scores: [Schaalscore]

        public var cijfers: [Int] { scores.map(\.cijfer) }

        /// "beter", "slechter" or "gelijk": the last score against the one before;
        /// "één score" when there is only one.
        public var richting: String { Veiligheidstrend.richting(cijfers) }
    }

    /// One row per person who gave a score, in the order of the dossier's people.
    public var reeksen: [Reeks]

    public init(_ dossier: Dossier) {
        let scores = dossier.veiligheidsplan?.schaalvragen ?? []
        var volgorde = dossier.personen.map(\.id) as [String?]
        for s in scores where !volgorde.contains(s.persoon) { volgorde.append(s.persoon) }
        reeksen = volgorde.compactMap { id in
            let eigen = scores.enumerated().filter { $0.element.persoon == id }
                .sorted { ($0.element.datum, $0.offset) < ($1.element.datum, $1.offset) }.map(\.element)
            guard !eigen.isEmpty else { return nil }
            let naam = id == nil ? "(niemand gekozen)" : dossier.naam(van: id)
            return Reeks(persoon: id, naam: naam, scores: eigen)
        }
    }

    public var isLeeg: Bool { reeksen.isEmpty }

    /// The eight block characters, from low to high.
    public static let blokken: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    /// One block per score, 0 the lowest and 10 the highest; scores outside 0…10 are
    /// drawn at the nearest end.
    public static func lijn(_ cijfers: [Int]) -> String {
        String(cijfers.map { c in
            let binnen = min(max(c, Schaalscore.bereik.lowerBound), Schaalscore.bereik.upperBound)
            let hoogste = blokken.count - 1
            return blokken[(binnen * hoogste + 5) / 10]
        })
    }

    public static func richting(_ cijfers: [Int]) -> String {
        guard cijfers.count >= 2 else { return cijfers.isEmpty ? "geen score" : "één score" }
        let (vorige, laatste) = (cijfers[cijfers.count - 2], cijfers[cijfers.count - 1])
        return laatste > vorige ? "beter" : laatste < vorige ? "slechter" : "gelijk"
    }

    /// "4 → 6 → 7 (beter)"; with more than `hoogstens` scores only the last ones, after "…".
    public static func cijfers(_ cijfers: [Int], hoogstens: Int = 6) -> String {
        let getoond = cijfers.suffix(max(1, hoogstens)).map(String.init).joined(separator: " → ")
        return (cijfers.count > hoogstens ? "… " : "") + getoond + " (\(richting(cijfers)))"
    }

    /// "Anna     ▃▅▆  4 → 6 → 7 (beter)": the name padded to `naamBreedte` characters,
    /// the blocks padded to `lijnBreedte`, then the numbers, so the meaning is never in
    /// the shape alone.
    public static func regel(_ r: Reeks, naamBreedte: Int, lijnBreedte: Int, hoogstens: Int = 6) -> String {
        let naam = r.naam.count > naamBreedte ? String(r.naam.prefix(max(1, naamBreedte - 1))) + "…" : r.naam
        let lijn = lijn(r.cijfers.suffix(max(1, lijnBreedte)).map { $0 })
        return naam + String(repeating: " ", count: max(0, naamBreedte - naam.count)) + " "
            + lijn + String(repeating: " ", count: max(0, lijnBreedte - lijn.count)) + "  "
            + cijfers(r.cijfers, hoogstens: hoogstens)
    }

    /// Every row, with the name column as wide as the longest name (at most `maxNaam`).
    public func regels(maxNaam: Int = 20, hoogstens: Int = 6) -> [String] {
        let naamBreedte = min(maxNaam, reeksen.map(\.naam.count).max() ?? 0)
        let lijnBreedte = min(12, reeksen.map(\.scores.count).max() ?? 0)
        return reeksen.map { Self.regel($0, naamBreedte: naamBreedte, lijnBreedte: lijnBreedte, hoogstens: hoogstens) }
    }
}
