import CPangoCairo

/// Something to draw on a page, at its final place.
enum PdfTeken {
    /// Line `index` of a layout, with its baseline at (x, y).
    case regel(OpaquePointer, Int32, x: Double, y: Double, grijs: Bool)
    /// A horizontal rule.
    case lijn(x1: Double, x2: Double, y: Double, dikte: Double)
}

/// A group of lines with their offsets from the group's top, placed as one: lines side by
/// side (table cells) keep their vertical alignment; a page break falls between lines,
/// never through one.
struct Stapel {
    struct Element {
        var top: Double
        var hoogte: Double
        var teken: (Double) -> PdfTeken  // given the y of the group's top on the page
    }
    var elementen: [Element] = []
    var hoogte: Double = 0
    /// Space above, dropped at the top of a page.
    var voor: Double = 0
    /// Move to the next page as a whole when it fits on one page (table rows, signatures).
    var samen = false
    /// Needs room for some lines after it (headings).
    var metVolgende = false
    /// Starts on a new page (the veiligheidsplan).
    var nieuwePagina = false
    /// The footer of the pages from this stack on (a part's title: the veiligheidsplan's own).
    var voet: String?

    mutating func voegToe(_ tekst: PangoTekst, _ stukken: Regel, _ stijl: PdfStijl, x: Double, breedte: Double, top: Double,
                          rechts: Bool = false) {
        let (layout, regels) = tekst.layout(stukken, stijl, breedte: breedte, rechts: rechts)
        for r in regels {
            let grijs = stijl.grijs
            elementen.append(Element(top: top + r.top, hoogte: r.hoogte) { y in
                .regel(layout, r.index, x: x + r.x, y: y + top + r.basis, grijs: grijs)
            })
        }
        hoogte = max(hoogte, top + (regels.last.map { $0.top + $0.hoogte } ?? 0))
    }

    mutating func lijn(x1: Double, x2: Double, top: Double, dikte: Double = 0.5) {
        elementen.append(Element(top: top, hoogte: 0) { y in .lijn(x1: x1, x2: x2, y: y + top, dikte: dikte) })
        hoogte = max(hoogte, top)
    }
}

/// Flows stacks onto A4 pages.
struct PdfPaginering {
    static let breedte = 595.276
    static let hoogte = 841.89
    static let marge = 56.7           // 2 cm
    static let onder = 841.89 - 70    // the footer sits below this
    var paginas: [[PdfTeken]] = [[]]
    /// The footer title of each page; nil for the pages before the first part that sets one.
    var voeten: [String?] = [nil]
    var y = marge

    var bovenaan: Bool { paginas[paginas.count - 1].isEmpty }

    mutating func nieuwePagina() {
        paginas.append([])
        voeten.append(voeten[voeten.count - 1])
        y = Self.marge
    }

    mutating func plaats(_ s: Stapel) {
        if s.nieuwePagina && !bovenaan { nieuwePagina() }
        if let voet = s.voet { voeten[voeten.count - 1] = voet }
        let ruimte = Self.onder - Self.marge
        var voor = bovenaan ? 0 : s.voor
        if !bovenaan {
            if s.metVolgende && y + voor + s.hoogte + 45 > Self.onder { nieuwePagina(); voor = 0 }
            else if s.samen && s.hoogte <= ruimte && y + voor + s.hoogte > Self.onder { nieuwePagina(); voor = 0 }
        }
        var basis = y + voor  // page y of the stack's top
        var onderkant = basis
        for e in s.elementen.sorted(by: { $0.top < $1.top }) {
            if basis + e.top + e.hoogte > Self.onder && !bovenaan {
                nieuwePagina()
                basis = Self.marge - e.top
                onderkant = Self.marge
            }
            paginas[paginas.count - 1].append(e.teken(basis))
            onderkant = max(onderkant, basis + e.top + e.hoogte)
        }
        y = max(onderkant, basis + s.hoogte)
    }
}
