import Foundation

/// The order of a round of krachten and zorgen, as the method asks it: the client first,
/// then the other household members, then the informal network, then the professionals.
/// Regisseurs come last: the procesregisseur chairs, but a casusregisseur may have
/// something to add, and everyone present is asked the schaalvraag.
extension Dossier {
    /// The household member the household is known by: the one whose name is the contact
    /// name, or else the first household member.
    public var klant: Persoon? {
        let contact = contact.naam.trimmingCharacters(in: .whitespaces).naamSleutel
        let lid = gezinsleden.first { !contact.isEmpty && $0.naam.trimmingCharacters(in: .whitespaces).naamSleutel == contact }
            ?? gezinsleden.first
        return lid.flatMap { persoon($0.id) }
    }

    /// Those present (ids of the dossier's people) in the order of a round; unknown ids are left out.
    public func rondeVolgorde(aanwezigen: [String]) -> [Persoon] {
        let aanwezig = Set(aanwezigen)
        var volgorde = personen.filter { aanwezig.contains($0.id) }
        if let klant, let i = volgorde.firstIndex(where: { $0.id == klant.id }) {
            volgorde.insert(volgorde.remove(at: i), at: 0)
        }
        // `personen` is already household, network, professionals, regisseurs; the sort is stable.
        let rang: (Persoon) -> Int = { $0.soort == .regisseur ? 3 : $0.soort.rondeVolgorde }
        return volgorde.enumerated().sorted { (rang($0.element), $0.offset) < (rang($1.element), $1.offset) }.map(\.element)
    }

    /// Who is offered the word after `spreker` in `volgorde`: the next one, round and round
    /// again; the first when `spreker` is nil or not in the round.
    public static func volgendeSpreker(na spreker: String?, in volgorde: [Persoon]) -> Persoon? {
        guard !volgorde.isEmpty else { return nil }
        guard let spreker, let i = volgorde.firstIndex(where: { $0.id == spreker }) else { return volgorde[0] }
        return volgorde[(i + 1) % volgorde.count]
    }
}

fileprivate extension String {
    /// Lower-cased without accents, for comparing names.
    var naamSleutel: String { folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil) }
}
