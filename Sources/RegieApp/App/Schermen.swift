import RegieDomain
import Screen

/// Where each tab's screen comes from, and which tab a plan-check finding belongs to.
extension Tabblad {
    func maakScherm(_ dossier: Dossier, _ omgeving: Werkomgeving) -> any DossierScherm {
        switch self {
        case .huishouden: HuishoudenScherm(omgeving.methode)
        case .plan: PlanScherm(dossier, omgeving)
        case .veiligheid: VeiligheidScherm(dossier, omgeving)
        case .fasen: FasenScherm(dossier, omgeving)
        case .regiekaart: RegiekaartScherm(dossier, omgeving)
        case .plancheck: PlancheckScherm(dossier, omgeving)
        case .overleg: OverlegScherm(dossier, omgeving)
        case .versies: VersiesScherm(dossier, omgeving)
        }
    }

    static func voor(_ plaats: Plaats) -> Tabblad {
        switch plaats {
        case .huishouden, .gezinslid, .regisseurs, .regisseur, .toestemming, .startcriteria: .huishouden
        case .kracht, .zorg, .zorgenVeiligheid, .doel, .actie, .overleggen, .overleg, .plandeel: .plan
        case .niveau: .regiekaart
        case .fase, .meldcode: .fasen
        case .veiligheidsplan, .veiligheidsUitspraak, .schaalscore, .afspraak, .ondertekening, .doelencheck, .veiligheidsdeel: .veiligheid
        }
    }
}
