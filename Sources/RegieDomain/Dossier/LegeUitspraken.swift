/// A quote without words is no quote: it is not kept, printed or counted. An entry made
/// with Insert and left empty (Esc, leaving, or a crash right after Insert) is dropped.
extension Uitspraak {
    /// True when there are no words in the quote (spaces and line breaks only).
    public var isLeeg: Bool { citaat.allSatisfy(\.isWhitespace) }
}

extension Dossier {
    /// The dossier without quotes that have no words, and without the overleg notes that
    /// pointed to them.
    public var zonderLegeUitspraken: Dossier {
        var d = self
        d.laatLegeUitsprakenWeg()
        return d
    }

    /// Removes quotes without words from every list that holds quotes; returns how many.
    @discardableResult
    public mutating func laatLegeUitsprakenWeg() -> Int {
        var weg: Set<String> = []
        func ruim(_ lijst: inout [Uitspraak]) {
            guard lijst.contains(where: \.isLeeg) else { return }
            for u in lijst where u.isLeeg { weg.insert(u.id) }
            lijst.removeAll(where: \.isLeeg)
        }
        ruim(&plan.krachten)
        ruim(&plan.zorgen)
        if veiligheidsplan != nil {
            ruim(&veiligheidsplan!.bestaandeVeiligheid)
            ruim(&veiligheidsplan!.gebeurtenissen)
            ruim(&veiligheidsplan!.schade)
            ruim(&veiligheidsplan!.grootsteZorg)
            ruim(&veiligheidsplan!.complicerendeFactoren)
        }
        for i in plan.overleggen.indices where plan.overleggen[i].verloop != nil {
            ruim(&plan.overleggen[i].verloop!.hoeGaatHet)
            ruim(&plan.overleggen[i].verloop!.ervaring)
        }
        guard !weg.isEmpty else { return 0 }
        for i in plan.overleggen.indices where plan.overleggen[i].verloop != nil {
            plan.overleggen[i].verloop!.noteringen.removeAll { weg.contains($0.uitspraak) }
        }
        return weg.count
    }
}
