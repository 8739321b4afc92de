import Screen

/// Which keys do nothing where the user is now, and why: the help shows the reason beside
/// the action ("niet nu: …") and the help bar leaves the action out.
extension RegieProgramma {
    func zetNietNu(_ keymap: inout Keymap, _ model: Model) {
        if model.omgeving.kluis == nil {
            keymap.setDisabled(VergrendelActie.vergrendelen, reason: "deze map is niet versleuteld")
        }
        if model.presentatie == nil {
            keymap.setDisabled(PresentatieActie.zwart, reason: "alleen tijdens een presentatie")
            keymap.setDisabled(PresentatieActie.bewerken, reason: "alleen tijdens een presentatie")
            keymap.setDisabled(PresentatieActie.klaar, reason: "alleen tijdens een presentatie")
        } else if model.presentatie?.bewerken == nil {
            keymap.setDisabled(PresentatieActie.klaar, reason: "u bewerkt nu niets")
        } else {
            keymap.setDisabled(PresentatieActie.bewerken, reason: "u bewerkt al")
        }
        if model.presentatie?.zwart != true {
            keymap.setDisabled(ZwartActie.terug, reason: "het scherm staat niet op zwart")
        }
        if let open = model.open {
            let openstaand = model.schermen[model.tab]?.heeftOpenstaand == true
            if !open.heeftWijzigingen && !openstaand && open.conflict == nil {
                keymap.setDisabled(DossierActie.bewaren, reason: "alles is al bewaard")
            }
            if !open.kanTerug && !openstaand { keymap.setDisabled(DossierActie.ongedaan, reason: "er is niets om ongedaan te maken") }
            if !open.kanVooruit { keymap.setDisabled(DossierActie.opnieuw, reason: "er is niets om opnieuw te doen") }
            if open.conflict == nil {
                keymap.setDisabled(DossierActie.herladen, reason: "alleen na een conflict")
                keymap.setDisabled(DossierActie.kopie, reason: "alleen na een conflict")
            }
            keymap.setDisabled(DossierActie.naar(model.tab), reason: "dit tabblad is al open")
            model.schermen[model.tab]?.zetNietNu(&keymap, open.dossier)
        } else {
            model.overzicht.zetNietNu(&keymap)
        }
    }

    /// The keys that close the help, as the user has them.
    func hulpSluiten(_ model: Model) -> [Key] {
        model.omgeving.keymap[HulpActie.sluiten]?.keys ?? []
    }
}
