import RegieDomain
import RegieStore
import Screen

/// Retention and erasure in the overview: closed households past their term are marked,
/// can be filtered, and any household can be erased after typing its name.
extension Overzicht {
    /// Sets the term (from the settings) and marks the list again.
    public mutating func stelIn(bewaartermijn: Bewaartermijn, _ omgeving: Werkomgeving) {
        self.bewaartermijn = bewaartermijn
        termijnVoorbij = Self.termijnVoorbij(dossiers, omgeving, bewaartermijn)
        toon(omgeving, selecteer: geselecteerd)
    }

    /// The closed households whose term has passed. Only households in the closing phase
    /// are read in full (the index does not hold the ticks); the others cannot be closed.
    static func termijnVoorbij(_ dossiers: [DossierSamenvatting], _ omgeving: Werkomgeving,
                               _ termijn: Bewaartermijn) -> Set<String> {
        guard let fase = Bewaartermijn.afsluitfase(omgeving.methode) else { return [] }
        var uit: Set<String> = []
        for s in dossiers where s.fase == fase.id {
            guard let op = omgeving.opslag.afgeslotenOp(s.id, methode: omgeving.methode) else { continue }
            if omgeving.vandaag >= termijn.voorbijVanaf(op) { uit.insert(s.id) }
        }
        return uit
    }

    /// Opens the erase question for the selected household.
    mutating func vraagWissen(_ omgeving: Werkomgeving) {
        guard let i = tabel.selectedIndex else {
            melding = .info("Kies eerst een huishouden om te wissen.")
            return
        }
        let s = getoond[i]
        wisvraag = Wisvraag(s, versies: omgeving.opslag.versieIds(s.id).count, termijnVoorbij: termijnVoorbij.contains(s.id))
    }

    mutating func handleWisvraag(_ event: Event, _ omgeving: Werkomgeving) -> Uitkomst {
        guard var vraag = wisvraag else { return .genegeerd }
        let uitkomst = vraag.handle(event, omgeving.opslag, omgeving.keymap)
        wisvraag = vraag
        switch uitkomst {
        case .bezig: break
        case .gestopt: wisvraag = nil
        case .gewist(let m):
            wisvraag = nil
            vernieuw(omgeving)
            melding = m
        }
        return .verwerkt
    }
}
