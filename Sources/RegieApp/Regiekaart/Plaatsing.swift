import RegieDomain
import Screen

/// Placing a household that has no level yet: the situatie descriptors of the regiekaart
/// (draagkracht, zelfredzaamheid, zorgen, hulp) as four questions, each answered with the
/// description that fits best. The answers, and the signs of unsafety in the dossier, give a
/// proposed first level with the reasons; the regisseur confirms it (or another level) with
/// a reason in a form, and it is recorded as a change from no level.
struct Plaatsing {
    /// The option chosen per question, as an index into `Regiekaart.situatieopties`.
    var gekozen: [Situatieaspect: Int] = [:]
    /// The row with the cursor, counting the options of all questions in order.
    var rij = 0
    let stand = Paginastand()

    static let toetsen: [Binding] = PlaatsingActie.bindings

    /// Every option row: its question and its index among that question's options.
    static func rijen(_ kaart: Regiekaart) -> [(aspect: Situatieaspect, optie: Int)] {
        Situatieaspect.allCases.flatMap { a in kaart.situatieopties(a).indices.map { (a, $0) } }
    }

    /// The answers given, in the order of the questions.
    func keuzes(_ kaart: Regiekaart) -> [Situatiekeuze] {
        Situatieaspect.allCases.compactMap { a in
            gekozen[a].flatMap { i in
                let opties = kaart.situatieopties(a)
                return opties.indices.contains(i) ? opties[i] : nil
            }
        }
    }

    /// Chooses the option with the cursor (again: unchooses it) and goes to the next question.
    mutating func kies(_ kaart: Regiekaart) {
        let rijen = Self.rijen(kaart)
        guard rijen.indices.contains(rij) else { return }
        let (aspect, optie) = rijen[rij]
        if gekozen[aspect] == optie {
            gekozen[aspect] = nil
            return
        }
        gekozen[aspect] = optie
        if let volgende = rijen.indices.first(where: { $0 > rij && rijen[$0].aspect != aspect }) { rij = volgende }
    }

    mutating func navigeer(_ key: Key, _ kaart: Regiekaart) -> Bool {
        guard let nieuw = Tekstpagina.kies(key, gekozen: rij, aantal: Self.rijen(kaart).count, stand: stand) else { return false }
        rij = nieuw
        return true
    }

    /// The questions with their options.
    func vragen(_ kaart: Regiekaart) -> [Tekstblok] {
        var blokken = [Tekstblok("Er is nog geen niveau. Kies bij elke vraag de beschrijving uit de regiekaart die het best past; "
                                 + "Regie stelt dan een eerste niveau voor.", rol: .muted)]
        var nummer = 0
        for aspect in Situatieaspect.allCases {
            blokken.append(.wit)
            blokken.append(Tekstblok(aspect.vraag, rol: .title, voor: "\(aspect.naam): ", voorRol: .label))
            for (i, optie) in kaart.situatieopties(aspect).enumerated() {
                let aan = gekozen[aspect] == i
                let niveaus = optie.niveaus.map(String.init)
                let wie = niveaus.count == 1 ? "niveau \(niveaus[0])" : "niveau " + Regiekaart.reeks(niveaus)
                blokken.append(Tekstblok("\(optie.tekst) (\(wie))", rol: aan ? .checked : .text, voor: aan ? "(•) " : "( ) ",
                                         voorRol: aan ? .checked : .muted, inspringen: 1, keuze: nummer))
                nummer += 1
            }
        }
        return blokken
    }

    /// The proposal with its reasons.
    static func voorstel(_ voorstel: Eersteniveauvoorstel?, vastleggen: String) -> [Tekstblok] {
        guard let voorstel else {
            return [Tekstblok("Nog geen voorstel: beantwoord een of meer vragen. U kunt ook zonder voorstel een niveau "
                              + "vastleggen met \(vastleggen).", rol: .muted)]
        }
        return [Tekstblok("niveau \(voorstel.niveau); leg het vast met \(vastleggen), met een reden.", rol: .warning,
                          voor: "Voorstel: ", voorRol: .label)]
            + voorstel.redenen.map { Tekstblok($0, voor: "• ") }
    }

    /// The questions above, the proposal in a box below (like the Op- en afschalen part).
    func teken(_ kaart: Regiekaart, _ voorstel: Eersteniveauvoorstel?, vastleggen: String, gekozen: Bool,
               into buffer: inout Buffer, area: Rect) {
        guard !area.isEmpty else { return }
        let onderBlokken = Self.voorstel(voorstel, vastleggen: vastleggen)
        let onderRegels = Tekstpagina.hoogte(onderBlokken, breedte: area.width)
        let vak = area.height >= 8 ? min(onderRegels + 1, max(4, area.height * 2 / 5)) : 0
        let (boven, onder) = area.splitBottom(vak)
        // Behind a form the page keeps its place, without the cursor.
        Tekstpagina.teken(vragen(kaart), gekozen: gekozen ? rij : nil, scroll: stand.boven, stand: stand, into: &buffer, area: boven)
        guard vak > 0 else { return }
        let lijn = onder.row(0)
        buffer.write(String(repeating: "─", count: lijn.width), x: lijn.x, y: lijn.y, role: .border, clip: lijn)
        buffer.write(" Voorstel ", x: lijn.x + 1, y: lijn.y, role: .title, clip: lijn)
        Tekstpagina.teken(onderBlokken, gekozen: nil, stand: Paginastand(), into: &buffer, area: onder.inset(top: 1))
    }
}

/// Placing a household on its first level.
public enum PlaatsingActie: String, KeyAction {
    case kiezen = "plaatsing.kiezen"
    case vastleggen = "plaatsing.vastleggen"
    case stoppen = "plaatsing.stoppen"

    public var defaultBinding: Binding {
        switch self {
        case .kiezen: bind([.character(" "), .enter], "Deze beschrijving kiezen", group: "Eerste niveau", helpBar: true)
        case .vastleggen: bind([.character("v")], "Het eerste niveau vastleggen (met reden)", group: "Eerste niveau", helpBar: true)
        case .stoppen: bind([.escape], "Stoppen zonder iets vast te leggen", group: "Eerste niveau", helpBar: true)
        }
    }
}
