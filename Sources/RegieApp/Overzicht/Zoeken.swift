import RegieDomain
import RegieStore
import Screen

/// Searching all dossiers: names, people, actions and the plans' texts. The texts are read
/// once when the search opens, off the input loop (`Werk.zoekteksten`): what is typed
/// meanwhile is kept and searched as soon as they are there. Every key filters them again
/// (accents and case ignored).
public struct Zoeken {
    public struct Tekst: Sendable {
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
    /// How many dossiers are being read, while their texts are not there yet.
    public private(set) var wordtGelezen: Int?
    static let maxTreffers = 500

    /// Opens the search while the texts of `aantal` dossiers are read.
    init(leest aantal: Int) {
        wordtGelezen = aantal
        lijst = ListView(items: [], emptyMessage: Self.leesTekst(aantal))
    }

    static func leesTekst(_ aantal: Int) -> String {
        "zoeken in \(metPunten(aantal)) dossier\(aantal == 1 ? "" : "s")…"
    }

    /// 10000 as "10.000", as Dutch writes it.
    static func metPunten(_ n: Int) -> String {
        var cijfers = String(n), uit = ""
        while cijfers.count > 3 {
            uit = "." + cijfers.suffix(3) + uit
            cijfers.removeLast(3)
        }
        return cijfers + uit
    }

    /// Reads the texts of the dossiers (off the input loop); how many could not be read.
    static func leesTeksten(_ opslag: Opslag, _ ids: [String]) -> ([Tekst], Int) {
        var teksten: [Tekst] = [], onleesbaar = 0
        for id in ids {
            // Searching is not opening: it is not recorded in the audit trail.
            guard let d = try? opslag.zonderLogboek.laad(id, verversIndex: false).dossier else { onleesbaar += 1; continue }
            for (waar, tekst) in d.zoekteksten() {
                teksten.append(Tekst(id: d.id, huishouden: d.naam, waar: waar, tekst: tekst, gevouwen: tekst.searchFolded))
            }
        }
        return (teksten, onleesbaar)
    }

    /// The texts have been read: what was typed meanwhile is searched now.
    mutating func neem(_ teksten: [Tekst], onleesbaar: Int) {
        self.teksten = teksten
        self.onleesbaar = onleesbaar
        wordtGelezen = nil
        zoek()
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

    mutating func handle(_ event: Event) -> Uitkomst {
        switch event {
        case .key(.escape): return .gestopt
        case .key(.enter):
            guard let i = lijst.selectedIndex else { return .bezig }
            return .open(treffers[i].id)
        case .key(.up), .key(.down), .key(.pageUp), .key(.pageDown):
            _ = lijst.handle(event)
            return .bezig
        default:
            let voor = veld.text
            _ = veld.handle(event)
            if veld.text != voor, wordtGelezen == nil { zoek() }
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

    func render(into buffer: inout Buffer, area: Rect) -> Point? {
        let binnen = Panel(title: "Zoeken in alle dossiers").render(into: &buffer, area: area, focused: true)
        guard binnen.height >= 3 else { return nil }
        var veldMetLabel = veld
        veldMetLabel.label = "Zoek"
        let cursor = veldMetLabel.render(into: &buffer, area: binnen.row(0), focused: true)
        let info = if let wordtGelezen { Self.leesTekst(wordtGelezen) + " · Esc: terug" }
            else if treffers.count >= Self.maxTreffers { "meer dan \(Self.maxTreffers) treffers; typ verder" }
            else { "\(treffers.count) treffers · ↑ ↓ kiezen · Enter: openen · Esc: terug" }
        buffer.write(info + (onleesbaar > 0 ? " · \(onleesbaar) dossier(s) onleesbaar" : ""), x: binnen.x, y: binnen.y + 1,
                     role: .muted, clip: binnen.row(1))
        _ = lijst.render(into: &buffer, area: binnen.inset(top: 2), focused: true)
        return cursor
    }
}
