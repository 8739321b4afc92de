extension Dossier {
    /// A zorg on a leefgebied where the plan sets no goal: the worry is noted but the plan
    /// does not answer it yet (000 l.366: krachten and zorgen on all leefgebieden; l.379–380:
    /// goals follow from the analysis). One tip per leefgebied; it points at its first zorg.
    func leefgebiedBevindingen(_ methode: Methode) -> [Bevinding] {
        plan.leefgebiedenMetZorgZonderDoel(methode.leefgebieden).compactMap { l in
            let zorgen = plan.zorgen.filter { $0.leefgebied == l.id }
            guard let eerste = zorgen.first else { return nil }
            let aantal = zorgen.count == 1 ? "staat een zorg" : "staan \(zorgen.count) zorgen"
            return Bevinding(.leefgebiedZorgZonderDoel, .zorg(eerste.id),
                             "Op het leefgebied \(l.naam) \(aantal), maar geen doel. Maak er een doel voor, of geef het doel dat erover gaat dit leefgebied.")
        }
    }
}
