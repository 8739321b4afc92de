/// How long a closed household is kept before the program offers to erase it.
///
/// "Closed" (afgesloten): the household was closed with the closing act (`Dossier.sluitAf`)
/// and not opened again; the term counts from the day of that closure. The right period
/// depends on the law that applies (Jeugdwet, Wmo) and the organisation's policy, so it is a
/// setting (`bewaartermijn` in months); the program only flags, a person decides.
public struct Bewaartermijn: Sendable, Equatable {
    public var maanden: Int

    /// Two years: see the README for why, and why an organisation should set its own.
    public static let standaard = Bewaartermijn(maanden: 24)

    public init(maanden: Int) { self.maanden = max(0, maanden) }

    /// The closing phase of a method set: "6b", or the last phase of a set without one.
    public static func afsluitfase(_ methode: Methode) -> Fase? {
        methode.fase("6b") ?? methode.fasen.last
    }

    /// The day the household was closed (the closing act of phase 6b), or nil while it is not.
    public static func afgeslotenOp(_ d: Dossier, _ methode: Methode) -> Datum? {
        d.afsluiting?.datum
    }

    /// The first day the household is past its term: `afgesloten` plus the months (the
    /// day of the month is kept; the 31st becomes the last day of a shorter month).
    public func voorbijVanaf(_ afgesloten: Datum) -> Datum {
        let totaal = afgesloten.jaar * 12 + (afgesloten.maand - 1) + maanden
        let jaar = totaal / 12, maand = totaal % 12 + 1
        let dag = min(afgesloten.dag, Datum.dagenInMaand(jaar: jaar, maand: maand))
        return Datum(jaar: jaar, maand: maand, dag: dag) ?? afgesloten
    }

    /// True when the household is closed and the term has passed by `vandaag`.
    public func isVoorbij(_ d: Dossier, _ methode: Methode, vandaag: Datum) -> Bool {
        guard let op = Self.afgeslotenOp(d, methode) else { return false }
        return vandaag >= voorbijVanaf(op)
    }
}
