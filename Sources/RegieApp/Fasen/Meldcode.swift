import RegieDomain
import Screen

/// The extra steps when a household is unsafe, opened from the phases: the meldcode steps
/// ticked with date and name, the afwegingskader walked question by question (ja or nee,
/// each with a toelichting), and the decision. Every walk is kept (`proces.meldcode`);
/// the latest is shown and filled in, earlier ones can be read.
struct MeldcodeScherm {
    /// What can be selected: a step, a question of the afwegingskader, the decision.
    enum Item: Equatable {
        case stap(String)
        case vraag(String)
        case besluit
    }

    enum Vraagdoel: Equatable {
        case uitvinken(String)
        case nieuweRonde
        case besluitVervangen
        case antwoord(String)
    }

    enum Tekstdoel: Equatable {
        case stap(String)
        case nieuwAntwoord(String, JaNee)
        case antwoord(String)
        case nieuwBesluit(Besluit)
        case besluit
    }

    enum Dialoog {
        case vraag(ConfirmDialog, Vraagdoel)
        case tekst(Notitievak, Tekstdoel)
        case kiezer(Besluitkiezer)
        /// The life-threatening step: what was done, at what time.
        case levensbedreigend(FormDialog)
    }

    let meldcode: Meldcode
    var gekozen = 0
    /// The walk shown, as an index into `proces.meldcode`; nil for the latest.
    var ronde: Int?
    var dialoog: Dialoog?

    init(_ d: Dossier, _ methode: Methode) {
        meldcode = methode.meldcode
        gekozen = startItem(d)
    }

    static let toetsen: [Binding] = MeldcodeActie.bindings

    // MARK: Where we are

    /// The walk shown: the one chosen with PgUp/PgDn, else the latest (empty before the first).
    func verloop(_ d: Dossier) -> Meldcodeverloop {
        let rondes = d.proces.meldcode
        if let ronde, rondes.indices.contains(ronde) { return rondes[ronde] }
        return rondes.last ?? Meldcodeverloop()
    }

    /// The shown walk is the latest, the only one that may change.
    func isLaatste(_ d: Dossier) -> Bool { ronde == nil || ronde == d.proces.meldcode.count - 1 }

    func items(_ d: Dossier) -> [Item] {
        let stand = meldcode.stand(antwoorden: verloop(d).antwoorden)
        let vragen = stand.pad.map { Item.vraag($0.afweging.id) } + (stand.open.map { [Item.vraag($0.id)] } ?? [])
        return meldcode.stappen.map { .stap($0.id) } + vragen + [.besluit]
    }

    /// The first step not yet done; else the open question; else the decision.
    func startItem(_ d: Dossier) -> Int {
        let v = verloop(d)
        let lijst = items(d)
        if let i = lijst.firstIndex(where: { if case .stap(let s) = $0 { !v.stappen.contains { $0.stap == s } } else { false } }) {
            return i
        }
        if let open = meldcode.stand(antwoorden: v.antwoorden).open, let i = lijst.firstIndex(of: .vraag(open.id)) { return i }
        return lijst.count - 1
    }

    /// Questions and choices are dropped; a text or a form being written stays (it is
    /// checked again when it is kept).
    mutating func herlaad(_ d: Dossier) {
        switch dialoog {
        case .tekst, .levensbedreigend: break
        default: dialoog = nil
        }
        if let r = ronde, !d.proces.meldcode.indices.contains(r) { ronde = nil }
        gekozen = min(gekozen, items(d).count - 1)
    }

    /// "Levensbedreigend: 112 gebeld om 14:05 op 06-12-2026 door Sanne Visser".
    static func noodmeldingTekst(_ m: Noodmelding) -> String {
        "Levensbedreigend: \(m.wat.singleLine)" + (m.tijd.map { " om \($0.tekst)" } ?? "") + " op \(m.datum.tekst) door \(m.door)"
    }

    /// In words, what the afwegingskader says comes next, for the phase list and this screen.
    static func samenvatting(_ d: Dossier, _ meldcode: Meldcode) -> (String, Role) {
        guard let v = d.proces.meldcode.last else { return ("Niet doorlopen.", .muted) }
        if let b = v.besluit {
            let tekst = meldcode.besluit(b.besluit)?.tekst ?? b.besluit
            return ("Besluit \(b.datum.tekst): \(tekst.singleLine)", .text)
        }
        let stand = meldcode.stand(antwoorden: v.antwoorden)
        if let open = stand.open {
            let gedaan = v.stappen.count
            return ("Vraag \(open.nummer) van het afwegingskader staat open; \(gedaan) van \(meldcode.stappen.count) stappen gedaan.", .warning)
        }
        if let b = stand.besluit { return ("Uitkomst: \(b.tekst.singleLine) Nog vastleggen als besluit.", .warning) }
        return ("Het afwegingskader leidt niet tot een besluit; leg het besluit zelf vast.", .warning)
    }
}

/// The extra safety steps (meldcode), opened from Fasen.
public enum MeldcodeActie: String, KeyAction {
    case afvinken = "meldcode.afvinken"
    case antwoorden = "meldcode.antwoorden"
    case notitie = "meldcode.notitie"
    case levensbedreigend = "meldcode.levensbedreigend"
    case besluit = "meldcode.besluit"
    case nieuw = "meldcode.nieuw"
    case vorige = "meldcode.vorige"
    case volgende = "meldcode.volgende"
    case sluiten = "meldcode.sluiten"

    public var defaultBinding: Binding {
        switch self {
        case .afvinken: bind([.character(" ")], "Afvinken of weghalen", group: "Meldcode", helpBar: true)
        case .antwoorden: bind([.enter], "Beantwoorden (ja of nee)", group: "Meldcode", helpBar: true)
        case .notitie: bind([.character("n")], "Notitie of toelichting bewerken", group: "Meldcode")
        case .levensbedreigend: bind([.character("l")], "Levensbedreigend: vastleggen wat er is gedaan (112 gebeld, hoe laat)", group: "Meldcode", helpBar: true)
        case .besluit: bind([.character("b")], "Besluit vastleggen", group: "Meldcode", helpBar: true)
        case .nieuw: bind([.insert, .ctrl("n")], "Nieuwe ronde beginnen (de vorige blijft bewaard)", group: "Meldcode")
        case .vorige: bind([.pageUp], "Eerdere ronde bekijken", group: "Meldcode")
        case .volgende: bind([.pageDown], "Latere ronde bekijken", group: "Meldcode")
        case .sluiten: bind([.escape], "Terug naar de fasen", group: "Meldcode", helpBar: true)
        }
    }
}
