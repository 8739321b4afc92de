import Screen

/// A page of wrapped lines in which some items can be selected (an action, a step, a
/// question). Drawn scrolled just enough to show the selected item whole; on the last
/// item the page scrolls to its end, so text after the last item can be read too.
struct Pagina {
    struct Regel {
        var tekst: String
        var role: Role
        /// The selectable item this line belongs to.
        var item: Int?
    }

    private(set) var regels: [Regel] = []
    let breedte: Int

    init(breedte: Int) { self.breedte = max(1, breedte) }

    /// Adds `tekst` wrapped, the first line after `kop`, the others indented as deep.
    mutating func voeg(_ tekst: String, kop: String = "", role: Role = .text, item: Int? = nil) {
        let inspringing = String(repeating: " ", count: min(kop.displayWidth, breedte / 2))
        let ruimte = max(1, breedte - inspringing.count)
        for (i, r) in tekst.wrapped(toColumns: ruimte).enumerated() {
            regels.append(Regel(tekst: (i == 0 ? kop : inspringing) + r, role: role, item: item))
        }
    }

    mutating func leeg() { regels.append(Regel(tekst: "", role: .text, item: nil)) }

    /// The first line to show for the selected item `gekozen` (nil: from the top).
    func eerste(gekozen: Int?, hoogte: Int) -> Int {
        guard let gekozen, hoogte > 0,
              let begin = regels.firstIndex(where: { $0.item == gekozen }),
              let eind = regels.lastIndex(where: { $0.item == gekozen }) else { return 0 }
        let laatsteItem = regels.compactMap(\.item).max()
        let tot = gekozen == laatsteItem ? regels.count : eind + 1
        return max(0, min(begin, tot - hoogte))
    }

    /// Draws the page scrolled to `gekozen`; when `markeer`, that item gets role `.selection`.
    func teken(into buffer: inout Buffer, area: Rect, gekozen: Int?, markeer: Bool = true) {
        guard !area.isEmpty else { return }
        let eerste = eerste(gekozen: gekozen, hoogte: area.height)
        for rij in 0..<area.height {
            let i = eerste + rij
            guard i < regels.count else { break }
            let regel = regels[i]
            let lijn = area.row(rij)
            let gekozenRegel = markeer && gekozen != nil && regel.item == gekozen
            if gekozenRegel { buffer.fill(lijn, Cell(" ", role: .selection)) }
            buffer.write(regel.tekst, x: lijn.x, y: lijn.y, role: gekozenRegel ? .selection : regel.role, clip: lijn)
        }
        if eerste > 0 { buffer.write("↑ meer", x: area.maxX - 6, y: area.y, role: .muted, clip: area) }
        if eerste + area.height < regels.count {
            buffer.write("↓ meer", x: area.maxX - 6, y: area.maxY - 1, role: .muted, clip: area)
        }
    }

    /// The index after ↑ ↓ Home End in a list of `aantal`, staying inside it.
    static func stap(_ key: Key, _ huidig: Int, _ aantal: Int) -> Int {
        guard aantal > 0 else { return 0 }
        switch key {
        case .up: return max(0, huidig - 1)
        case .down: return min(aantal - 1, huidig + 1)
        case .home: return 0
        case .end: return aantal - 1
        default: return min(max(0, huidig), aantal - 1)
        }
    }

    /// "Spatie afvinken · n notitie · …" from the keymap (so remapped keys show), as many
    /// as fit in `breedte`, in the order given.
    static func hint(_ acties: [(any KeyActionName, String)], _ keymap: Keymap, breedte: Int) -> String {
        keymap.hint(acties, width: breedte)
    }

    /// The first key of a binding as the help writes it ("Spatie"), for messages.
    static func toets<A: KeyAction>(_ actie: A, _ keymap: Keymap) -> String {
        keymap.name(actie)
    }
}
