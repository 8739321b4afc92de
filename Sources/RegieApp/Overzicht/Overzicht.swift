import RegieDomain
import RegieStore
import Screen

/// The caseload: every household with its phase, level, next overleg ("afgesloten" for a
/// closed household, which has no next overleg and no late actions), late actions and
/// whether a required veiligheidsplan is missing or unsigned. Sort with s, filter with f,
/// search all dossiers with /, open with Enter, a new household with Insert.
public struct Overzicht {
    public enum Sortering: Int, CaseIterable, Sendable {
        case naam, overleg, teLaat, niveau
        var tekst: String {
            switch self {
            case .naam: "naam"
            case .overleg: "volgend overleg"
            case .teLaat: "te late acties"
            case .niveau: "niveau"
            }
        }
    }

    public enum Filter: Int, CaseIterable, Sendable {
        case alle, teLaat, veiligheid, dezeWeek, bewaartermijn
        var tekst: String {
            switch self {
            case .alle: "alle huishoudens"
            case .teLaat: "met te late acties"
            case .veiligheid: "veiligheidsplan ontbreekt of niet ondertekend"
            case .dezeWeek: "overleg binnen 7 dagen"
            case .bewaartermijn: "bewaartermijn voorbij"
            }
        }
    }

    public private(set) var dossiers: [DossierSamenvatting] = []
    public private(set) var problemen: [String] = []
    public internal(set) var sortering = Sortering.naam
    public internal(set) var filter = Filter.alle
    var tabel = ListView(columns: Overzicht.kolommen, rows: [], emptyMessage: "geen huishoudens")
    /// The households shown, in table order.
    var getoond: [DossierSamenvatting] = []
    public internal(set) var zoeken: Zoeken?
    /// How long closed households are kept; set from the settings (`bewaartermijn`).
    public var bewaartermijn = Bewaartermijn.standaard
    /// Ids of the closed households whose term has passed (see `Bewaartermijn`).
    public internal(set) var termijnVoorbij: Set<String> = []
    /// The erase question, while open.
    var wisvraag: Wisvraag?
    /// What the last erase did, shown under the list until the next key.
    public internal(set) var melding: MessageLine?

    static let kolommen: [ListView.Column] = [
        .init("Huishouden", width: .fill), .init("Fase", width: .fixed(4)), .init("Niveau", width: .fixed(6)),
        .init("Overleg", width: .fixed(10)), .init("Te laat", width: .fixed(7), alignsRight: true),
        .init("Veiligheidsplan", width: .fixed(18)),
    ]

    public init() {}

    public static let toetsen = OverzichtActie.bindings

    /// The id of the selected household.
    public var geselecteerd: String? { tabel.selectedIndex.map { getoond[$0].id } }

    /// Reads the list from the store at once (the index makes this fast): before the
    /// program runs. While it runs the list is read off the input loop (`leesWerk`).
    public mutating func vernieuw(_ omgeving: Werkomgeving, selecteer id: String? = nil) {
        let lijst = omgeving.opslag.lijst()
        neem(lijst, termijnVoorbij: Self.termijnVoorbij(lijst.dossiers, omgeving, bewaartermijn), omgeving, selecteer: id)
    }

    /// The work that reads the list again, keeping the selection (or selecting `id`).
    func leesWerk(selecteer id: String? = nil) -> Werk.Soort {
        .lijst(selecteer: id ?? geselecteerd, bewaartermijn: bewaartermijn)
    }

    /// Takes a list read from the store.
    mutating func neem(_ lijst: RegieStore.Lijst, termijnVoorbij voorbij: Set<String>, _ omgeving: Werkomgeving, selecteer id: String?) {
        neem(lijst.dossiers, problemen: lijst.problemen.map(\.description), termijnVoorbij: voorbij, omgeving, selecteer: id)
    }

    mutating func neem(_ lijst: [DossierSamenvatting], problemen: [String], termijnVoorbij voorbij: Set<String>, _ omgeving: Werkomgeving,
                       selecteer id: String?) {
        dossiers = lijst
        self.problemen = problemen
        termijnVoorbij = voorbij
        toon(omgeving, selecteer: id ?? geselecteerd)
        zoeken = nil
    }

    /// Takes what work asked by the overview came back with; returns the work to do next.
    mutating func neem(_ uitkomst: Werkuitkomst, _ omgeving: Werkomgeving) -> Werk.Soort? {
        switch uitkomst {
        case .lijst(let lijst, let voorbij, let id):
            neem(lijst, termijnVoorbij: voorbij, omgeving, selecteer: id)
        case .zoekindex(let index):
            // Ignored when the search was closed meanwhile.
            zoeken?.geladen(index)
        case .versiesGeteld(let s, let versies):
            // Only when the same household is still selected and nothing else is open.
            guard zoeken == nil, wisvraag == nil, geselecteerd == s.id else { return nil }
            wisvraag = Wisvraag(s, versies: versies, termijnVoorbij: termijnVoorbij.contains(s.id))
        case .gewist(let uitkomst):
            switch uitkomst {
            case .success(let bestanden):
                melding = .success("Het huishouden is gewist (\(bestanden) bestand\(bestanden == 1 ? "" : "en")).")
                return leesWerk()
            case .failure(let fout):
                melding = .error(fout.melding)
            }
        default: break
        }
        return nil
    }

    /// Sorts and filters into the table, keeping the selection.
    mutating func toon(_ omgeving: Werkomgeving, selecteer id: String?) {
        let vandaag = omgeving.vandaag
        var rijen = dossiers.filter { s in
            switch filter {
            case .alle: true
            case .teLaat: s.aantalTeLaat(vandaag: vandaag) > 0
            case .veiligheid: s.veiligheidsplanProbleem(omgeving.methode) != nil
            case .dezeWeek: s.volgendOverleg(vandaag: vandaag).map { $0.dagnummer - vandaag.dagnummer <= 7 } ?? false
            case .bewaartermijn: termijnVoorbij.contains(s.id)
            }
        }
        // Each name folded once, not in every comparison (10,000 households: 280,000 foldings).
        let gevouwen = Dictionary(rijen.map { ($0.id, $0.naam.searchFolded) }, uniquingKeysWith: { a, _ in a })
        let naam: (DossierSamenvatting, DossierSamenvatting) -> Bool = { gevouwen[$0.id, default: ""] < gevouwen[$1.id, default: ""] }
        switch sortering {
        case .naam: rijen.sort(by: naam)
        case .overleg:
            rijen.sort { a, b in
                let x = a.volgendOverleg(vandaag: vandaag), y = b.volgendOverleg(vandaag: vandaag)
                if x == y { return naam(a, b) }
                guard let x else { return false }
                guard let y else { return true }
                return x < y
            }
        case .teLaat:
            rijen.sort { a, b in
                let x = a.aantalTeLaat(vandaag: vandaag), y = b.aantalTeLaat(vandaag: vandaag)
                return x != y ? x > y : naam(a, b)
            }
        case .niveau: rijen.sort { ($0.niveau ?? 0) != ($1.niveau ?? 0) ? ($0.niveau ?? 0) > ($1.niveau ?? 0) : naam($0, $1) }
        }
        getoond = rijen
        tabel = ListView(columns: Self.kolommen, rows: rijen.map { Self.rij($0, omgeving, termijnVoorbij: termijnVoorbij.contains($0.id)) },
                         emptyMessage: filter == .alle ? "geen huishoudens" : "geen huishoudens \(filter.tekst)")
        if let id, let i = rijen.firstIndex(where: { $0.id == id }) { tabel.select(i) }
    }

    static func rij(_ s: DossierSamenvatting, _ omgeving: Werkomgeving, termijnVoorbij: Bool = false) -> [String] {
        let vandaag = omgeving.vandaag
        let fase = omgeving.methode.fase(s.fase).map { _ in s.fase } ?? s.fase
        let teLaat = s.aantalTeLaat(vandaag: vandaag)
        let veiligheid = s.veiligheidsplanProbleem(omgeving.methode).map { "! \($0)" } ?? (s.heeftVeiligheidsplan ? "ja" : "—")
        return [termijnVoorbij ? "\(s.naam) · ! bewaartermijn voorbij" : s.naam, fase, s.niveau.map(String.init) ?? "—",
                s.isAfgesloten ? "afgesloten" : s.volgendOverleg(vandaag: vandaag)?.tekst ?? "—",
                teLaat == 0 ? "—" : "! \(teLaat)", veiligheid]
    }

    // MARK: Keys

    public enum Uitkomst: Equatable {
        case genegeerd
        case verwerkt
        case open(String)
        case nieuw
        case demo
        /// Work on the store (reading the list, the search index, erasing).
        case werk(Werk.Soort)
    }

    public mutating func handle(_ event: Event, _ omgeving: Werkomgeving) -> Uitkomst {
        if zoeken != nil { return handleZoeken(event, omgeving) }
        if wisvraag != nil { return handleWisvraag(event, omgeving) }
        if case .key = event { melding = nil }
        if let actie = omgeving.keymap.action(for: event, OverzichtActie.self) {
            switch actie {
            case .openen: return geselecteerd.map(Uitkomst.open) ?? .verwerkt
            case .nieuw: return .nieuw
            case .demo: return .demo
            case .zoeken:
                zoeken = Zoeken(aantalDossiers: dossiers.count)
                return .werk(.zoekindex)
            case .sorteren:
                sortering = Sortering(rawValue: (sortering.rawValue + 1) % Sortering.allCases.count)!
                toon(omgeving, selecteer: geselecteerd)
                return .verwerkt
            case .filter:
                filter = Filter(rawValue: (filter.rawValue + 1) % Filter.allCases.count)!
                toon(omgeving, selecteer: geselecteerd)
                return .verwerkt
            case .vernieuwen:
                return .werk(leesWerk())
            case .wissen:
                return vraagWissen()
            }
        }
        switch tabel.handle(event) {
        case .submitted: return geselecteerd.map(Uitkomst.open) ?? .verwerkt
        case .consumed: return .verwerkt
        default: return .genegeerd
        }
    }

    private mutating func handleZoeken(_ event: Event, _ omgeving: Werkomgeving) -> Uitkomst {
        guard var z = zoeken else { return .genegeerd }
        let uitkomst = z.handle(event, omgeving.keymap)
        zoeken = z
        switch uitkomst {
        case .bezig: return .verwerkt
        case .gestopt:
            zoeken = nil
            return .verwerkt
        case .open(let id):
            zoeken = nil
            return .open(id)
        }
    }

    // MARK: Drawing

    public func render(_ omgeving: Werkomgeving, into buffer: inout Buffer, area: Rect) -> Point? {
        if let zoeken { return zoeken.render(into: &buffer, area: area, keymap: omgeving.keymap) }
        let cursor = tekenLijst(omgeving, into: &buffer, area: area)
        if let wisvraag { return wisvraag.vraag.render(into: &buffer, screen: area, keymap: omgeving.keymap) }
        return cursor
    }

    private func tekenLijst(_ omgeving: Werkomgeving, into buffer: inout Buffer, area: Rect) -> Point? {
        let binnen = Panel(title: "Huishoudens (\(getoond.count) van \(dossiers.count)) · gesorteerd op \(sortering.tekst)")
            .render(into: &buffer, area: area, focused: true)
        guard !binnen.isEmpty else { return nil }
        if dossiers.isEmpty {
            leeg(into: &buffer, area: binnen, omgeving)
            return nil
        }
        let termijnRegel = problemen.isEmpty && !termijnVoorbij.isEmpty && filter != .bewaartermijn
        var (lijst, onder) = binnen.splitBottom(problemen.isEmpty && !termijnRegel ? 1 : 2)
        if let melding {
            let regel = onder.row(0)
            _ = melding.render(into: &buffer, area: regel, focused: false)
            onder = onder.inset(top: 1)
        } else if filter != .alle {
            let regel = onder.row(0)
            let volgende = omgeving.keymap.name(OverzichtActie.filter)
            buffer.write("Filter: \(filter.tekst) (\(volgende): volgende)", x: regel.x, y: regel.y, role: .warning, clip: regel)
            onder = onder.inset(top: 1)
        } else {
            let hint = omgeving.keymap.hint([(OverzichtActie.openen, "openen"), (OverzichtActie.zoeken, "zoeken"),
                                             (OverzichtActie.sorteren, "sorteren"), (OverzichtActie.filter, "filter")], separator: ": ")
            buffer.write(hint, x: onder.x, y: onder.y, role: .muted, clip: onder.row(0))
            onder = onder.inset(top: 1)
        }
        if termijnRegel, !onder.isEmpty {
            let n = termijnVoorbij.count
            let (f, w) = (omgeving.keymap.name(OverzichtActie.filter), omgeving.keymap.name(OverzichtActie.wissen))
            buffer.write("! Bewaartermijn voorbij bij \(n) huishouden\(n == 1 ? "" : "s"): te vinden met \(f) (filter), wissen met \(w)",
                         x: onder.x, y: onder.y, role: .warning, clip: onder.row(0))
        }
        if let p = problemen.first, !onder.isEmpty {
            let tekst = problemen.count == 1 ? p : "\(p) (en \(problemen.count - 1) meer)"
            buffer.write("! " + tekst, x: onder.x, y: onder.y, role: .warning, clip: onder.row(0))
        }
        _ = tabel.render(into: &buffer, area: lijst, focused: true)
        return nil
    }

    private func leeg(into buffer: inout Buffer, area: Rect, _ omgeving: Werkomgeving) {
        let nieuw = omgeving.keymap.name(OverzichtActie.nieuw)
        let demo = omgeving.keymap.name(OverzichtActie.demo)
        let hulp = omgeving.keymap.names(AppActie.hulp)
        let tekst = [
            "Er staan nog geen huishoudens in deze map.", "",
            "\(nieuw): een nieuw huishouden beginnen. U geeft het een naam en vult daarna het huishouden, het plan en de fasen in.",
            "",
            "\(demo): een verzonnen voorbeeldhuishouden toevoegen om Regie te leren kennen. Het is duidelijk als voorbeeld te herkennen en u kunt het later weggooien.",
            "", "\(hulp): alle toetsen.",
        ]
        var y = area.y + 1
        for regel in tekst {
            for stuk in (regel.isEmpty ? [""] : regel.wrapped(toColumns: max(1, area.width - 4))) where y < area.maxY {
                buffer.write(stuk, x: area.x + 2, y: y, role: y == area.y + 1 ? .title : .text, clip: area)
                y += 1
            }
        }
    }
}

/// The overview's actions.
public enum OverzichtActie: String, KeyAction {
    case openen = "overzicht.openen"
    case nieuw = "overzicht.nieuw"
    case zoeken = "overzicht.zoeken"
    case sorteren = "overzicht.sorteren"
    case filter = "overzicht.filter"
    case demo = "overzicht.demo"
    case vernieuwen = "overzicht.vernieuwen"
    case wissen = "overzicht.wissen"

    public var defaultBinding: Binding {
        switch self {
        case .openen: bind([.enter], "Huishouden openen", group: "Overzicht", helpBar: true)
        case .nieuw: bind([.insert, .ctrl("n")], "Nieuw huishouden", group: "Overzicht", helpBar: true)
        case .zoeken: bind([.character("/")], "Zoeken in alle dossiers", group: "Overzicht", helpBar: true)
        case .sorteren: bind([.character("s")], "Anders sorteren", group: "Overzicht", helpBar: true)
        case .filter: bind([.character("f")], "Filter wisselen", group: "Overzicht", helpBar: true)
        case .demo: bind([.character("d")], "Voorbeeldhuishouden toevoegen", group: "Overzicht")
        case .vernieuwen: bind([.character("r")], "Lijst opnieuw lezen", group: "Overzicht")
        case .wissen: bind([.character("w")], "Huishouden wissen… (vraagt de naam ter bevestiging)", group: "Overzicht")
        }
    }
}

extension Overzicht {
    /// Opening and erasing need a household in the list.
    func zetNietNu(_ keymap: inout Keymap) {
        guard geselecteerd == nil else { return }
        let reden = dossiers.isEmpty ? "er staan nog geen huishoudens in de lijst" : "geen huishouden gekozen"
        keymap.setDisabled(OverzichtActie.openen, reason: reden)
        keymap.setDisabled(OverzichtActie.wissen, reason: reden)
    }
}
