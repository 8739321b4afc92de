import RegieDomain
import RegieStore
import Screen

/// Searching all dossiers: names, people, actions and the plans' texts. The texts are read
/// once when the search opens; every key filters them again (accents and case ignored).
public struct Zoeken {
    struct Tekst {
        var id: String
        var huishouden: String
        var waar: String
        var tekst: String
        var gevouwen: String
    }

    public struct Treffer: Equatable {
        public var id: String
        public var huishouden: String
        public var waar: String
        public var tekst: String
    }

    var veld = TextField(placeholder: "zoek naam, persoon, actie of tekst")
    var teksten: [Tekst] = []
    public private(set) var treffers: [Treffer] = []
    var lijst = ListView(items: [], emptyMessage: "typ om te zoeken")
    var onleesbaar = 0
    static let maxTreffers = 500

    init(_ opslag: Opslag, _ dossiers: [DossierSamenvatting]) {
        for s in dossiers {
            // Searching is not opening: it is not recorded in the audit trail.
            guard let d = try? opslag.zonderLogboek.laad(s.id, verversIndex: false).dossier else { onleesbaar += 1; continue }
            for (waar, tekst) in d.zoekteksten() {
                teksten.append(Tekst(id: d.id, huishouden: d.naam, waar: waar, tekst: tekst, gevouwen: tekst.searchFolded))
            }
        }
    }

    /// Only for tests: search in given dossiers.
    init(dossiers: [Dossier]) {
        for d in dossiers {
            for (waar, tekst) in d.zoekteksten() {
                teksten.append(Tekst(id: d.id, huishouden: d.naam, waar: waar, tekst: tekst, gevouwen: tekst.searchFolded))
            }
        }
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
        treffers = []
        if !q.isEmpty {
            for t in teksten where t.gevouwen.contains(q) {
                treffers.append(Treffer(id: t.id, huishouden: t.huishouden, waar: t.waar, tekst: Self.fragment(t.tekst, rond: q)))
                if treffers.count >= Self.maxTreffers { break }
            }
        }
        lijst = ListView(columns: [.init("Huishouden", width: .fixed(26)), .init("Waar", width: .fixed(18)), .init("Gevonden", width: .fill)],
                         rows: treffers.map { [$0.huishouden, $0.waar, $0.tekst] },
                         emptyMessage: q.isEmpty ? "typ om te zoeken" : "niets gevonden")
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
        let info = treffers.count >= Self.maxTreffers ? "meer dan \(Self.maxTreffers) treffers; typ verder" :
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
