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

    /// The closed households whose term has passed, from the summaries: the index holds the
    /// day of closing (`Bewaartermijn.afgeslotenOp`), so no dossier is opened for this.
    static func termijnVoorbij(_ dossiers: [DossierSamenvatting], _ omgeving: Werkomgeving,
                               _ termijn: Bewaartermijn) -> Set<String> {
        guard let fase = Bewaartermijn.afsluitfase(omgeving.methode) else { return [] }
        var uit: Set<String> = []
        for s in dossiers where s.fase == fase.id {
            guard let op = s.afgesloten else { continue }
            if omgeving.vandaag >= termijn.voorbijVanaf(op) { uit.insert(s.id) }
        }
        return uit
    }

    /// Asks for the erase question of the selected household: its versions are counted
    /// first (the question names them), off the input loop.
    mutating func vraagWissen() -> Uitkomst {
        guard let i = tabel.selectedIndex else {
            melding = .info("Kies eerst een huishouden om te wissen.")
            return .verwerkt
        }
        return .werk(.telVersies(getoond[i]))
    }

    mutating func handleWisvraag(_ event: Event, _ omgeving: Werkomgeving) -> Uitkomst {
        guard var vraag = wisvraag else { return .genegeerd }
        let uitkomst = vraag.handle(event, omgeving.keymap)
        wisvraag = vraag
        switch uitkomst {
        case .bezig: break
        case .gestopt: wisvraag = nil
        case .wis(let id):
            wisvraag = nil
            return .werk(.wis(id))
        }
        return .verwerkt
    }
}
