import Foundation
import Screen

/// A piece of text on a scrolling page: a heading, a paragraph, or a row that can be
/// chosen. Long text wraps; its later lines are indented under the text, past `voor`.
/// Used by the Regiekaart and the Plancheck screens.
struct Tekstblok {
    var tekst: String
    var rol: Role
    /// Drawn before the first line, e.g. "[ja ] " or a label; can have its own role.
    var voor: String
    var voorRol: Role
    var inspringen: Int
    /// The number of the choosable row this block is; nil for text to read.
    var keuze: Int?

    init(_ tekst: String, rol: Role = .text, voor: String = "", voorRol: Role? = nil, inspringen: Int = 0, keuze: Int? = nil) {
        self.tekst = tekst
        self.rol = rol
        self.voor = voor
        self.voorRol = voorRol ?? rol
        self.inspringen = inspringen
        self.keuze = keuze
    }

    /// An empty line between parts.
    static let wit = Tekstblok("")
}

/// How a page was last drawn (height, first line, number of lines), for the keys: drawing
/// cannot change the screen, but scrolling needs the page height. A cache shared by the
/// copies of a screen, like the list widget's; not part of the screen's value.
final class Paginastand: @unchecked Sendable {
    private let lock = NSLock()
    private var stand = (hoogte: 0, boven: 0, totaal: 0)

    var hoogte: Int { lock.lock(); defer { lock.unlock() }; return stand.hoogte }
    var boven: Int { lock.lock(); defer { lock.unlock() }; return stand.boven }
    var totaal: Int { lock.lock(); defer { lock.unlock() }; return stand.totaal }

    func onthoud(hoogte: Int, boven: Int, totaal: Int) {
        lock.lock(); defer { lock.unlock() }
        stand = (hoogte, boven, totaal)
    }

    /// The furthest a text page can scroll.
    var maxBoven: Int { max(0, totaal - hoogte) }
}

/// Laying out and drawing blocks as lines, scrolled to keep the chosen row in view (or by
/// an offset, for pages to read). The chosen row gets "▸" and role `.selection`; "↑" and
/// "↓" in the last column say there is more above or below.
enum Tekstpagina {
    struct Regel {
        var voor: String
        var voorRol: Role
        var tekst: String
        var rol: Role
        var x: Int
        var keuze: Int?
        var blok: Int
    }

    /// Columns kept free on the left for the "▸" of the chosen row.
    static let kantlijn = 2

    static func regels(_ blokken: [Tekstblok], breedte: Int) -> [Regel] {
        var uit: [Regel] = []
        for (n, b) in blokken.enumerated() {
            let voorBreedte = b.voor.displayWidth
            let ruimte = max(1, breedte - kantlijn - b.inspringen - voorBreedte)
            for (i, r) in b.tekst.wrapped(toColumns: ruimte).enumerated() {
                uit.append(Regel(voor: i == 0 ? b.voor : "", voorRol: b.voorRol, tekst: r, rol: b.rol,
                                 x: kantlijn + b.inspringen + (i == 0 ? 0 : voorBreedte), keuze: b.keuze, blok: n))
            }
        }
        return uit
    }

    /// How many lines the blocks take when drawn in an area `breedte` wide.
    static func hoogte(_ blokken: [Tekstblok], breedte: Int) -> Int { regels(blokken, breedte: breedte - 1).count }

    /// Draws the blocks into `area`. With `gekozen` the page scrolls as little as needed to
    /// show that row whole (with the headings just above it); otherwise from line `scroll`.
    static func teken(_ blokken: [Tekstblok], gekozen: Int?, scroll: Int = 0, stand: Paginastand,
                      into buffer: inout Buffer, area: Rect) {
        guard !area.isEmpty else { return }
        // The last column is kept for "↑" and "↓" when there is more above or below.
        let regels = regels(blokken, breedte: area.width - 1)
        let h = area.height
        var boven: Int
        if let gekozen, let begin = regels.firstIndex(where: { $0.keuze == gekozen }) {
            let eind = (regels.lastIndex { $0.keuze == gekozen } ?? begin) + 1
            // Include the lines to read just above the row (its heading), when they fit.
            var metKop = begin
            while metKop > 0, regels[metKop - 1].keuze == nil, eind - (metKop - 1) <= h { metKop -= 1 }
            boven = min(stand.boven, max(0, regels.count - h))
            if metKop < boven { boven = metKop }
            if eind > boven + h { boven = max(0, min(begin, eind - h)) }
        } else {
            boven = min(max(0, scroll), max(0, regels.count - h))
        }
        stand.onthoud(hoogte: h, boven: boven, totaal: regels.count)
        for (rij, regel) in regels.dropFirst(boven).prefix(h).enumerated() {
            let lijn = area.row(rij)
            let isGekozen = gekozen != nil && regel.keuze == gekozen
            if isGekozen {
                buffer.fill(lijn, Cell(" ", role: .selection))
                let eerste = boven + rij == 0 || regels[boven + rij - 1].blok != regel.blok
                if eerste { buffer.write("▸", x: lijn.x, y: lijn.y, role: .selection, clip: lijn) }
            }
            var x = lijn.x + regel.x
            if !regel.voor.isEmpty {
                x += buffer.write(regel.voor, x: x, y: lijn.y, role: isGekozen ? .selection : regel.voorRol, clip: lijn)
            }
            buffer.write(regel.tekst, x: x, y: lijn.y, role: isGekozen ? .selection : regel.rol, clip: lijn)
        }
        if boven > 0 {
            buffer.write("↑", x: area.maxX - 1, y: area.y, role: .muted, clip: area)
        }
        if boven + h < regels.count {
            buffer.write("↓", x: area.maxX - 1, y: area.maxY - 1, role: .muted, clip: area)
        }
    }

    /// Scrolls a page to read for ↑ ↓ PgUp PgDn Home End; false for another key.
    static func schuif(_ key: Key, stand: Paginastand, scroll: inout Int) -> Bool {
        let pagina = max(1, stand.hoogte - 1)
        let nieuw: Int
        switch key {
        case .up: nieuw = scroll - 1
        case .down: nieuw = scroll + 1
        case .pageUp: nieuw = scroll - pagina
        case .pageDown: nieuw = scroll + pagina
        case .home, .ctrlHome: nieuw = 0
        case .end, .ctrlEnd: nieuw = stand.maxBoven
        default: return false
        }
        scroll = min(max(0, nieuw), stand.maxBoven)
        return true
    }

    /// The chosen row after ↑ ↓ PgUp PgDn Home End among `aantal` rows; nil for another key.
    static func kies(_ key: Key, gekozen: Int, aantal: Int, stand: Paginastand) -> Int? {
        guard aantal > 0 else { return nil }
        let pagina = max(1, stand.hoogte / 2)
        let doel: Int
        switch key {
        case .up: doel = gekozen - 1
        case .down: doel = gekozen + 1
        case .pageUp: doel = gekozen - pagina
        case .pageDown: doel = gekozen + pagina
        case .home, .ctrlHome: doel = 0
        case .end, .ctrlEnd: doel = aantal - 1
        default: return nil
        }
        return min(max(0, doel), aantal - 1)
    }
}
