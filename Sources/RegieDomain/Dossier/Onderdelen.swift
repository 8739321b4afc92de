/// The parts of a dossier, by their Dutch names, for records such as the audit trail:
/// which parts changed between two saves. Names only, never what is in them.
public enum Onderdelen {
    /// The changed parts from `oud` to `nieuw`, in the order of the dossier;
    /// `["nieuw dossier"]` when there was nothing before.
    public static func gewijzigd(van oud: Dossier?, naar nieuw: Dossier) -> [String] {
        guard let oud else { return ["nieuw dossier"] }
        guard oud != nieuw else { return [] }
        var namen: [String] = []
        func kijk(_ naam: String, _ anders: Bool) { if anders { namen.append(naam) } }
        kijk("id", oud.id != nieuw.id)
        kijk("naam", oud.naam != nieuw.naam || oud.aangemaakt != nieuw.aangemaakt)
        kijk("contactgegevens", oud.contact != nieuw.contact)
        kijk("gezinsleden", oud.gezinsleden != nieuw.gezinsleden)
        kijk("netwerk", oud.netwerk != nieuw.netwerk)
        kijk("professionals", oud.professionals != nieuw.professionals)
        kijk("regisseurs", oud.regisseurs != nieuw.regisseurs)
        kijk("toestemming", oud.toestemmingDelen != nieuw.toestemmingDelen)
        namen += plan(oud.plan, nieuw.plan)
        kijk("veiligheidsplan", oud.veiligheidsplan != nieuw.veiligheidsplan)
        namen += proces(oud.proces, nieuw.proces)
        return namen
    }

    private static func plan(_ a: Ondersteuningsplan, _ b: Ondersteuningsplan) -> [String] {
        var namen: [String] = []
        if a.datum != b.datum || a.aanleiding != b.aanleiding || a.gewenstResultaat != b.gewenstResultaat
            || a.samenvatting != b.samenvatting || a.zorgenBasiszorgVeiligheid != b.zorgenBasiszorgVeiligheid {
            namen.append("ondersteuningsplan")
        }
        if a.krachten != b.krachten { namen.append("krachten") }
        if a.zorgen != b.zorgen { namen.append("zorgen") }
        if a.eerdereHulp != b.eerdereHulp { namen.append("eerdere hulp") }
        if a.integraleAnalyse != b.integraleAnalyse { namen.append("analyse") }
        if a.doelen != b.doelen { namen.append("doelen") }
        if a.overleggen != b.overleggen { namen.append("overleggen") }
        return namen
    }

    private static func proces(_ a: Processtatus, _ b: Processtatus) -> [String] {
        var namen: [String] = []
        if a.fase != b.fase || a.afgevinkt != b.afgevinkt || a.rondes != b.rondes || a.faseovergangen != b.faseovergangen {
            namen.append("fasen")
        }
        if a.veiligheidsvragen != b.veiligheidsvragen { namen.append("signalen van onveiligheid") }
        if a.afsluitingen != b.afsluitingen { namen.append("afsluiting") }
        if a.startcriteria != b.startcriteria || a.startcriteriaNiet != b.startcriteriaNiet || a.startreden != b.startreden { namen.append("startcriteria") }
        if a.meldcode != b.meldcode { namen.append("meldcode") }
        if a.niveau != b.niveau || a.niveaugeschiedenis != b.niveaugeschiedenis || a.schaalgeschiedenis != b.schaalgeschiedenis
            || a.escalaties != b.escalaties {
            namen.append("regiekaart")
        }
        return namen
    }
}
