import RegieDomain
import RegieStore
import Screen

/// Searching all dossiers: names, people, actions and the plans' texts, through the store's
/// search index (`Zoekindex`), which the program reads off the input loop when the search
/// opens (it is brought up to date first, all of it when it is missing). What is typed
/// meanwhile stays in the field and is searched once the index is there; every key searches
/// again (accents and case ignored).
public struct Zoeken {
    public struct Treffer: Equatable {
        public var id: String
        public var huishouden: String
        public var waar: String
        public var tekst: String
    }

    var veld = TextField(placeholder: "zoek naam, persoon, actie of tekst")
    /// Nil while the index is being read or rebuilt.
    public private(set) var index: Zoekindex?
    /// The households in the list, for the line shown while the index is not there yet.
    var aantalDossiers = 0
    public private(set) var treffers: [Treffer] = []
    var lijst = ListView(items: [], emptyMessage: "typ om te zoeken")
    var onleesbaar = 0
    static let maxTreffers = 500

    /// Waiting for the index of `aantalDossiers` households (see `geladen`).
    init(aantalDossiers: Int) {
        self.aantalDossiers = aantalDossiers
        zoek()
    }

    /// Only for tests: search in given dossiers.
    init(dossiers: [Dossier]) {
        geladen(Zoekindex(dossiers: dossiers))
    }

    /// The index is there: what was typed meanwhile is searched.
    mutating func geladen(_ index: Zoekindex) {
        self.index = index
        onleesbaar = index.onleesbaar
        zoek()
    }

    public var vraag: String { veld.text }

    enum Uitkomst: Equatable {
        case bezig
        case gestopt
        case open(String)
    }

    mutating func handle(_ event: Event, _ keymap: Keymap) -> Uitkomst {
        switch keymap.action(for: event, ZoekActie.self) {
        case .terug: return .gestopt
        case .openen:
            guard let i = lijst.selectedIndex else { return .bezig }
            return .open(treffers[i].id)
        case nil: break
        }
        switch event {
        case .key(.up), .key(.down), .key(.pageUp), .key(.pageDown):
            _ = lijst.handle(event)
            return .bezig
        default:
            let voor = veld.text
            _ = veld.handle(event)
            if veld.text != voor { zoek() }
            return .bezig
        }
    }

    mutating func zoek() {
        let q = veld.text.trimmingCharacters(in: .whitespaces).searchFolded
        treffers = (index?.zoek(q, maximaal: Self.maxTreffers) ?? []).map {
            Treffer(id: $0.id, huishouden: $0.huishouden, waar: $0.waar, tekst: Self.fragment($0.tekst, rond: q))
        }
        lijst = ListView(columns: [.init("Huishouden", width: .fixed(26)), .init("Waar", width: .fixed(18)), .init("Gevonden", width: .fill)],
                         rows: treffers.map { [$0.huishouden, $0.waar, $0.tekst] },
                         emptyMessage: index == nil ? "" : q.isEmpty ? "typ om te zoeken" : "niets gevonden")
    }

    /// A count with a dot between thousands, as written in Dutch: 10.000.
    static func getal(_ n: Int) -> String {
        var s = String(n)
        var i = s.count - 3
        while i > 0 {
            s.insert(".", at: s.index(s.startIndex, offsetBy: i))
            i -= 3
        }
        return s
    }

    /// The part of a long text around the first match, on one line.
    static func fragment(_ tekst: String, rond q: String) -> String {
        let regel = tekst.singleLine
        guard regel.count > 60 else { return regel }
        let gevouwen = regel.searchFolded
        guard let r = gevouwen.range(of: q), gevouwen.count == regel.count else { return regel }
        let begin = max(0, gevouwen.distance(from: gevouwen.startIndex, to: r.lowerBound) - 20)
        return (begin > 0 ? "…" : "") + String(regel.dropFirst(begin))
    }

    func render(into buffer: inout Buffer, area: Rect, keymap: Keymap) -> Point? {
        let binnen = Panel(title: "Zoeken in alle dossiers").render(into: &buffer, area: area, focused: true)
        guard binnen.height >= 3 else { return nil }
        var veldMetLabel = veld
        veldMetLabel.label = "Zoek"
        let cursor = veldMetLabel.render(into: &buffer, area: binnen.row(0), focused: true)
        let info = index == nil ? "De zoekindex wordt bijgewerkt (\(Self.getal(aantalDossiers)) dossiers); typ gerust verder" :
            treffers.count >= Self.maxTreffers ? "meer dan \(Self.maxTreffers) treffers; typ verder" :
            "\(treffers.count) treffers · ↑ ↓ kiezen · " + keymap.hint([(ZoekActie.openen, "openen"), (ZoekActie.terug, "terug")], separator: ": ")
        buffer.write(info + (onleesbaar > 0 ? " · \(onleesbaar) dossier(s) onleesbaar" : ""), x: binnen.x, y: binnen.y + 1,
                     role: .muted, clip: binnen.row(1))
        _ = lijst.render(into: &buffer, area: binnen.inset(top: 2), focused: true)
        return cursor
    }
}

/// Searching all dossiers from the overview.
public enum ZoekActie: String, KeyAction {
    case openen = "zoeken.openen"
    case terug = "zoeken.terug"

    public var defaultBinding: Binding {
        switch self {
        case .openen: bind([.enter], "Gevonden huishouden openen", group: "Zoeken")
        case .terug: bind([.escape], "Terug naar het overzicht", group: "Zoeken")
        }
    }
}
