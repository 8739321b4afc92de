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
        var volgorde = elkEenKeer(personen.filter { aanwezig.contains($0.id) })
        if let klant, let i = volgorde.firstIndex(where: { $0.id == klant.id }) {
            volgorde.insert(volgorde.remove(at: i), at: 0)
        }
        // `personen` is already household, network, professionals, regisseurs; the sort is stable.
        let rang: (Persoon) -> Int = { $0.soort == .regisseur ? 3 : $0.soort.rondeVolgorde }
        return volgorde.enumerated().sorted { (rang($0.element), $0.offset) < (rang($1.element), $1.offset) }.map(\.element)
    }

    /// The professional who is also regisseur `id` in this dossier: the same e-mail address,
    /// or, when one of them has none, the same name. Nil when there is none.
    public func professional(alsRegisseur id: String) -> String? {
        guard let r = regisseurs.first(where: { $0.id == id }) else { return nil }
        let email = r.email.trimmingCharacters(in: .whitespaces).lowercased()
        let naam = r.naam.trimmingCharacters(in: .whitespaces).naamSleutel
        return professionals.first { p in
            let pEmail = p.email.trimmingCharacters(in: .whitespaces).lowercased()
            if !email.isEmpty && !pEmail.isEmpty { return email == pEmail }
            return !naam.isEmpty && p.naam.trimmingCharacters(in: .whitespaces).naamSleutel == naam
        }?.id
    }

    /// Everyone of the dossier once, for pickers and attendance: a regisseur who is also one
    /// of the professionals is that professional, with both roles.
    public var keuzePersonen: [Persoon] { elkEenKeer(personen) }

    /// `lijst` without regisseurs whose professional is in it too; that professional's role
    /// says both.
    func elkEenKeer(_ lijst: [Persoon]) -> [Persoon] {
        let ids = Set(lijst.map(\.id))
        var tweeling: [String: Persoon] = [:]
        for p in lijst where p.soort == .regisseur {
            if let prof = professional(alsRegisseur: p.id), ids.contains(prof) { tweeling[prof] = p }
        }
        guard !tweeling.isEmpty else { return lijst }
        let weg = Set(tweeling.values.map(\.id))
        return lijst.compactMap { p in
            if weg.contains(p.id) { return nil }
            guard let r = tweeling[p.id] else { return p }
            var beide = p
            beide.rol = [p.rol, r.rol].filter { !$0.isEmpty }.joined(separator: ", ")
            return beide
        }
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
