import RegieDomain
import Screen

/// Drawing a form: the sections on the left, the section with focus on the right, one row
/// per field or record; the field with focus is its live widget, the others show their value.
extension Formulier {
    public func render(_ dossier: Dossier, omgeving: Werkomgeving, into buffer: inout Buffer, area: Rect) -> Point? {
        guard !area.isEmpty else { return nil }
        let zijbalkBreedte = area.width >= 70 ? min(24, area.width / 4) : 0
        let (links, rechts) = area.splitLeft(zijbalkBreedte)
        if zijbalkBreedte > 0 {
            var zijbalk = Sidebar(titles: bronnen.map(\.titel))
            zijbalk.select(gekozen)
            _ = zijbalk.render(into: &buffer, area: links.inset(right: 1), focused: false)
        }
        var copy = self
        let rubriek = copy.huidige(dossier)
        let rijen = Self.rijen(rubriek, dossier)
        // Focus never rests on an explanation line, also before the first key.
        copy.zetRij(copy.rij, in: rijen)
        if copy.rij != rij { return copy.render(dossier, omgeving: omgeving, into: &buffer, area: area) }
        let kop = ([bronnen[gekozen].titel] + titels(dossier)).joined(separator: " › ")
        let binnen = Panel(title: kop).render(into: &buffer, area: rechts, focused: true)
        guard binnen.height >= 2 else { return nil }
        let (lijst, voet) = binnen.splitBottom(1)
        var cursor = teken(rijen, dossier, omgeving, into: &buffer, area: lijst)
        tekenVoet(rijen, omgeving.keymap, into: &buffer, area: voet)
        if let (dialoog, _, _) = bevestiging {
            cursor = dialoog.render(into: &buffer, area: area, focused: true)
        }
        if let (k, _) = kiezer {
            k.render(into: &buffer, screen: area, keymap: omgeving.keymap)
            cursor = nil
        }
        return cursor
    }

    /// The titles of the opened records, for the heading.
    private func titels(_ d: Dossier) -> [String] {
        var r = bronnen[gekozen].bouw(d)
        var uit: [String] = []
        for open in pad {
            guard let lijst = r.lijst(open.lijst), open.index < lijst.regels(d).count else { break }
            r = lijst.element(d, open.index)
            uit.append(r.titel.isEmpty ? lijst.enkelvoud : r.titel)
        }
        return uit
    }

    static let labelBreedte = 24

    /// The label column: wide enough for the longest label with its focus mark where the
    /// form has room (at most two fifths of it), never narrower than a third.
    static func labelkolom(_ rijen: [Rij], breedte: Int) -> Int {
        let langste = rijen.map { if case .veld(let v) = $0 { v.titel.displayWidth + 3 } else { 0 } }.max() ?? 0
        return min(Self.labelBreedte, max(breedte / 3, min(langste, breedte * 2 / 5)))
    }

    private func hoogte(_ r: Rij, focus: Bool, breedte: Int, _ d: Dossier, ruimte: Int) -> Int {
        switch r {
        case .veld(let v):
            guard case .tekst = v.soort else { return 1 }
            if focus { return max(3, min(10, ruimte / 2)) }
            return min(3, max(1, v.lees(d).wrapped(toColumns: max(1, breedte), maxLines: 3).count))
        case .uitleg(let t, _): return min(3, max(1, t.wrapped(toColumns: max(1, breedte), maxLines: 3).count))
        case .kop(let l): return 1 + (l.regels(d).isEmpty ? 1 : 0)
        case .element: return 1
        }
    }

    private func teken(_ rijen: [Rij], _ d: Dossier, _ omgeving: Werkomgeving, into buffer: inout Buffer, area: Rect) -> Point? {
        let label = Self.labelkolom(rijen, breedte: area.width)
        let waardeBreedte = area.width - label - 1
        let hoogtes = rijen.enumerated().map { i, r in
            hoogte(r, focus: i == rij, breedte: r.isVeld ? waardeBreedte : area.width - 2, d, ruimte: area.height)
        }
        // Scroll as little as needed to show the row with focus whole.
        var eerste = 0
        if rijen.indices.contains(rij) {
            while eerste < rij && hoogtes[eerste...rij].reduce(0, +) > area.height { eerste += 1 }
        }
        var y = area.y
        var cursor: Point?
        if eerste > 0 { buffer.write("↑ meer", x: area.maxX - 6, y: area.y, role: .muted, clip: area) }
        for i in eerste..<rijen.count {
            let h = min(hoogtes[i], area.maxY - y)
            guard h > 0 else {
                buffer.write("↓ meer", x: area.maxX - 6, y: area.maxY - 1, role: .muted, clip: area)
                break
            }
            let vak = Rect(x: area.x, y: y, width: area.width, height: h)
            let focus = i == rij
            switch rijen[i] {
            case .veld(let v):
                buffer.write((focus ? "▸ " : "  ") + v.titel, x: vak.x, y: vak.y, role: focus ? .focusedBorder : .label,
                             clip: Rect(x: vak.x, y: vak.y, width: label, height: 1))
                let waarde = Rect(x: vak.x + label + 1, y: vak.y, width: waardeBreedte, height: h)
                if focus { cursor = tekenBewerker(v, d, omgeving, into: &buffer, area: waarde) } else { tekenWaarde(v, d, into: &buffer, area: waarde) }
            case .uitleg(let t, let role):
                for (n, regel) in omgeving.keymap.withKeys(t).wrapped(toColumns: max(1, vak.width - 2), maxLines: h).enumerated() {
                    buffer.write(regel, x: vak.x + 2, y: vak.y + n, role: role, clip: vak)
                }
            case .kop(let l):
                let aantal = l.regels(d).count
                let tekst = "\(focus ? "▸ " : "  ")\(l.titel) (\(aantal))"
                buffer.write(tekst, x: vak.x, y: vak.y, role: focus ? .selection : .title, clip: vak)
                let hint = " \(omgeving.keymap.name(FormulierActie.toevoegen)): toevoegen"
                if tekst.displayWidth + hint.displayWidth < vak.width {
                    buffer.write(hint, x: vak.maxX - hint.displayWidth, y: vak.y, role: .muted, clip: vak)
                }
                if aantal == 0, h > 1 { buffer.write("    nog niets", x: vak.x, y: vak.y + 1, role: .muted, clip: vak) }
            case .element(let lijst, let n, let regel):
                let staart = lijst.staart?(d, n).singleLine ?? ""
                var tekst = "    • " + (regel.isEmpty ? "(leeg)" : regel.singleLine)
                // What must stay whole (a date) goes after the line, shortened first.
                if !staart.isEmpty { tekst = tekst.truncated(toColumns: max(8, vak.width - staart.displayWidth - 1)) + " " + staart }
                if focus { buffer.fill(vak.row(0), Cell(" ", role: .selection)) }
                buffer.write(tekst.truncated(toColumns: vak.width), x: vak.x, y: vak.y, role: focus ? .selection : .text, clip: vak)
            }
            y += h
        }
        return cursor
    }

    private func tekenWaarde(_ v: Veld, _ d: Dossier, into buffer: inout Buffer, area: Rect) {
        let tekst = v.weergave(in: d)
        guard !tekst.isEmpty else {
            buffer.write("—", x: area.x, y: area.y, role: .muted, clip: area)
            return
        }
        // Only the lines that are shown, and one to know whether there is more.
        let regels = tekst.wrapped(toColumns: max(1, area.width), maxLines: area.height + 1)
        for (n, regel) in regels.prefix(area.height).enumerated() {
            let laatste = n == area.height - 1 && regels.count > area.height
            buffer.write(laatste ? regel.truncated(toColumns: area.width - 1) + "…" : regel, x: area.x, y: area.y + n, role: .text, clip: area)
        }
    }

    private func tekenBewerker(_ v: Veld, _ d: Dossier, _ omgeving: Werkomgeving, into buffer: inout Buffer, area: Rect) -> Point? {
        switch v.soort {
        case .persoon:
            let tekst = v.weergave(in: d) + "   (\(omgeving.keymap.name(VeldActie.kiezen)): kiezen)"
            buffer.fill(area.row(0), Cell(" ", role: .focusedInput))
            buffer.write(tekst, x: area.x, y: area.y, role: .focusedInput, clip: area.row(0))
            return Point(x: area.x, y: area.y)
        case .vinkje:
            buffer.write(v.weergave(in: d) + "   (\(omgeving.keymap.name(VinkjeActie.wissel)): aan/uit)", x: area.x, y: area.y, role: .focusedInput, clip: area.row(0))
            return Point(x: area.x + 1, y: area.y)
        default:
            let b = bewerker?.sleutel == sleutel(v) ? bewerker : Bewerker(v, waarde: v.lees(d), sleutel: sleutel(v), vandaag: omgeving.vandaag)
            return b?.render(into: &buffer, area: area)
        }
    }

    /// The bottom line: what is wrong with the field, or what it is for.
    private func tekenVoet(_ rijen: [Rij], _ keymap: Keymap, into buffer: inout Buffer, area: Rect) {
        if let probleem {
            buffer.write("! " + probleem, x: area.x, y: area.y, role: .invalid, clip: area)
            return
        }
        guard rijen.indices.contains(rij) else { return }
        let tekst: String
        switch rijen[rij] {
        case .veld(let v):
            if let u = v.uitleg { tekst = keymap.withKeys(u) } else if case .tekst = v.soort {
                tekst = "Meerdere regels · " + keymap.hint([(AppActie.volgende, "volgend veld"), (FormulierActie.editor, "in $EDITOR")], separator: ": ")
            } else { tekst = "" }
        case .kop(let l): tekst = "\(keymap.name(FormulierActie.openen)) of \(keymap.name(FormulierActie.toevoegen)): \(l.enkelvoud) toevoegen"
        case .element:
            tekst = keymap.hint([(FormulierActie.openen, "openen"), (FormulierActie.verwijderen, "verwijderen"), (FormulierActie.toevoegen, "toevoegen")],
                                separator: ": ")
        case .uitleg: tekst = ""
        }
        buffer.write(tekst, x: area.x, y: area.y, role: .muted, clip: area)
    }
}

extension Formulier.Rij {
    var isVeld: Bool { if case .veld = self { true } else { false } }
}
