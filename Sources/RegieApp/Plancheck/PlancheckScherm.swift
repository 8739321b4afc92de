import RegieDomain
import Screen

/// The plan check: what in the plans does not (yet) follow the method, the most serious
/// first, grouped as fout, let op and tip, with a count on top; the chosen finding's code
/// (docs/plancheck.md) stands small at the bottom right. Enter goes to the tab and field a
/// finding is about. The findings are worked out from the dossier at every
/// drawing and key, so they are never out of date.
public struct PlancheckScherm: DossierScherm {
    /// Nothing here changes the dossier: Enter keeps its own meaning during a presentation.
    public func bewerkplek(_ dossier: Dossier) -> Bewerkplek { .geen }

    /// The chosen finding by position, and by value to find it again when the list changes.
    var gekozen = 0
    var onthouden: Bevinding?
    let stand = Paginastand()

    public init(_ dossier: Dossier, _ omgeving: Werkomgeving) {}

    public static let toetsen: [Binding] = PlancheckActie.bindings

    public var scopes: [String] { [PlancheckActie.scope] }

    static func bevindingen(_ d: Dossier, _ omgeving: Werkomgeving) -> [Bevinding] {
        d.planCheck(omgeving.methode, vandaag: omgeving.vandaag)
    }

    /// The chosen finding in `lijst`: the same one as before when it is still there, else
    /// the one now at its position (the next, when it was solved).
    func index(in lijst: [Bevinding]) -> Int? {
        guard !lijst.isEmpty else { return nil }
        if let b = onthouden {
            if lijst.indices.contains(gekozen), lijst[gekozen] == b { return gekozen }
            if let i = lijst.firstIndex(of: b) { return i }
        }
        return min(gekozen, lijst.count - 1)
    }

    mutating func kies(_ i: Int, in lijst: [Bevinding]) {
        gekozen = i
        onthouden = lijst.indices.contains(i) ? lijst[i] : nil
    }

    // MARK: Keys

    public mutating func handle(_ event: Event, _ context: inout SchermContext) -> Handled {
        guard case .key(let key) = event else { return .ignored }
        let lijst = Self.bevindingen(context.dossier, context.omgeving)
        guard let i = index(in: lijst) else { return .ignored }
        switch context.keymap.action(for: key, PlancheckActie.self) {
        case .ga:
            kies(i, in: lijst)
            context.vraag(.ga(lijst[i].plaats))
            return .consumed
        case .volgendeSoort:
            let volgende = lijst.indices.first { $0 > i && lijst[$0].ernst > lijst[i].ernst } ?? lijst.indices.first!
            kies(volgende, in: lijst)
            return .consumed
        case .vorigeSoort:
            // The first finding of the group before this one (going round).
            let ernsten = Array(Set(lijst.map(\.ernst))).sorted()
            let plek = ernsten.firstIndex(of: lijst[i].ernst)!
            let vorige = ernsten[(plek + ernsten.count - 1) % ernsten.count]
            kies(lijst.firstIndex { $0.ernst == vorige }!, in: lijst)
            return .consumed
        case nil:
            break
        }
        guard let nieuw = Tekstpagina.kies(key, gekozen: i, aantal: lijst.count, stand: stand) else { return .ignored }
        kies(nieuw, in: lijst)
        return .consumed
    }

    // MARK: Drawing

    public func render(_ dossier: Dossier, omgeving: Werkomgeving, into buffer: inout Buffer, area: Rect) -> Point? {
        guard !area.isEmpty else { return nil }
        let lijst = Self.bevindingen(dossier, omgeving)
        let binnen = Panel(title: "Plancheck").render(into: &buffer, area: area, focused: true)
        guard binnen.height >= 1, binnen.width >= 1 else { return nil }
        guard let i = index(in: lijst) else {
            let tekst = "Geen bevindingen. De plannen voldoen aan alle controles van de methode die de plancheck doet."
            Tekstpagina.teken([Tekstblok(tekst, rol: .success)], gekozen: nil, stand: stand, into: &buffer, area: binnen)
            return nil
        }
        samenvatting(lijst, into: &buffer, line: binnen.row(0))
        var inhoud = binnen.inset(top: binnen.height >= 10 ? 2 : 1)
        if inhoud.height >= 3 {
            let voet: Rect
            (inhoud, voet) = inhoud.splitBottom(1)
            let tab = Tabblad.voor(lijst[i].plaats).titel
            let toets = omgeving.keymap.name(PlancheckActie.ga)
            let tekst = "\(toets): naar \(tab) › \(lijst[i].plaats.tekst(in: dossier))"
            buffer.write(tekst.truncated(toColumns: voet.width), x: voet.x, y: voet.y, role: .muted, clip: voet)
            // The finding's code, small on the right, when it fits beside the hint.
            let code = lijst[i].code
            if tekst.displayWidth + 2 + code.displayWidth <= voet.width {
                buffer.write(code, x: voet.x + voet.width - code.displayWidth, y: voet.y, role: .muted, clip: voet)
            }
        }
        Tekstpagina.teken(Self.blokken(lijst, dossier), gekozen: i, stand: stand, into: &buffer, area: inhoud)
        return nil
    }

    /// "Fout: 2 · Let op: 5 · Tip: 1 · de ernstigste eerst", each count with its role.
    func samenvatting(_ lijst: [Bevinding], into buffer: inout Buffer, line: Rect) {
        var x = line.x
        for ernst in Ernst.allCases {
            let aantal = lijst.filter { $0.ernst == ernst }.count
            if ernst != .fout { x += buffer.write(" · ", x: x, y: line.y, role: .muted, clip: line) }
            x += buffer.write("\(Self.groepsnaam(ernst)): \(aantal)", x: x, y: line.y,
                              role: aantal == 0 ? .muted : Self.rol(ernst), clip: line)
        }
        buffer.write(" · de ernstigste eerst", x: x, y: line.y, role: .muted, clip: line)
    }

    static func groepsnaam(_ e: Ernst) -> String {
        switch e {
        case .fout: "Fout"
        case .waarschuwing: "Let op"
        case .hint: "Tip"
        }
    }

    static func rol(_ e: Ernst) -> Role {
        switch e {
        case .fout: .error
        case .waarschuwing: .warning
        case .hint: .muted
        }
    }

    /// The findings grouped by severity, each with its severity in words in front.
    static func blokken(_ lijst: [Bevinding], _ d: Dossier) -> [Tekstblok] {
        var blokken: [Tekstblok] = []
        let breedte = Ernst.allCases.map { $0.tekst.displayWidth }.max()! + 3
        for ernst in Ernst.allCases {
            let groep = lijst.indices.filter { lijst[$0].ernst == ernst }
            guard !groep.isEmpty else { continue }
            if !blokken.isEmpty { blokken.append(.wit) }
            blokken.append(Tekstblok("\(groepsnaam(ernst)) (\(groep.count))", rol: .title))
            for n in groep {
                let b = lijst[n]
                blokken.append(Tekstblok("\(b.plaats.tekst(in: d)): \(b.melding)", voor: "[\(b.ernst.tekst)]".padded(toColumns: breedte),
                                         voorRol: rol(b.ernst), keuze: n))
            }
        }
        return blokken
    }
}

/// The plan check's actions.
public enum PlancheckActie: String, KeyAction {
    case ga = "plancheck.ga"
    case volgendeSoort = "plancheck.volgendeSoort"
    case vorigeSoort = "plancheck.vorigeSoort"

    public var defaultBinding: Binding {
        switch self {
        case .ga: bind([.enter], "Naar de plek van de bevinding", group: "Plancheck", helpBar: true)
        case .volgendeSoort: bind([.tab], "Naar de volgende soort (fout, let op, tip)", group: "Plancheck")
        case .vorigeSoort: bind([.backTab], "Naar de vorige soort", group: "Plancheck")
        }
    }
}
