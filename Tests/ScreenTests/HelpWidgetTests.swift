import Testing
@testable import Screen

@Suite("Hulpregel en toetsenoverzicht")
struct HelpWidgetTests {
    func bar(_ map: Keymap = sampleKeymap(), width: Int) -> Buffer {
        var buffer = Buffer(size: Size(width: width, height: 1))
        _ = HelpBar(keymap: map).render(into: &buffer, area: buffer.area, focused: false)
        return buffer
    }

    @Test func hulpregelOpGewoneBreedte() {
        let buffer = bar(width: 80)
        #expect(buffer.text == "F1 Hulp  C-s Bewaren  C-q Afsluiten  C-n Nieuw huishouden")
        #expect(buffer.role(of: "F1", line: 0) == .helpKey)
        #expect(buffer.role(of: "Hulp", line: 0) == .helpText)
        #expect(buffer.role(of: "C-q", line: 0) == .helpKey)
        #expect(buffer.role(of: "Afsluiten", line: 0) == .helpText)
        #expect(buffer[79, 0].role == .helpText)
    }

    @Test func watNietPastValtWeg() {
        #expect(bar(width: 40).text == "F1 Hulp  C-s Bewaren  C-q Afsluiten")
        #expect(bar(width: 34).text == "F1 Hulp  C-s Bewaren")
        #expect(bar(width: 7).text == "F1 Hulp")
    }

    @Test("een lange die niet past maakt plaats voor kortere erna, zoals F1 Hulp")
    func langeMaaktPlaats() {
        let bindings = [
            Binding(id: "a.kort", keys: [.character("d")], description: "Doen"),
            Binding(id: "a.lang", keys: [.character("v")], description: "Een heel lange uitleg die niet meer op de regel past"),
            Binding(id: "app.hulp", keys: [.function(1)], description: "Hulp"),
        ]
        var buffer = Buffer(size: Size(width: 40, height: 1))
        _ = HelpBar(bindings: bindings).render(into: &buffer, area: buffer.area, focused: false)
        #expect(buffer.text == "d Doen  F1 Hulp")
    }

    @Test func heelSmal() {
        let five = bar(width: 5)
        #expect(five.text == "F1 H…")
        #expect(five[0, 0].role == .helpKey)
        #expect(five[3, 0].role == .helpText)
        #expect(bar(width: 2).text == "F1")
        #expect(bar(width: 1).text == "…")
        #expect(bar(width: 0).text == "")
    }

    @Test func uitgeschakeldeActieStaatErNietIn() {
        var map = sampleKeymap()
        map.setDisabled("app.bewaren", reason: "niets gewijzigd")
        #expect(bar(map, width: 80).text == "F1 Hulp  C-q Afsluiten  C-n Nieuw huishouden")
        #expect(HelpBar(keymap: map).text(width: 12) == "F1 Hulp")
    }

    @Test func overzichtPerGroep() {
        var map = sampleKeymap()
        map.setDisabled("app.bewaren", reason: "niets gewijzigd")
        let overlay = HelpOverlay(keymap: map)
        #expect(overlay.textLines == [
            "Algemeen",
            "F1, ?  Hulp",
            "C-s    Bewaren",
            "       niet nu: niets gewijzigd",
            "C-q    Afsluiten",
            "",
            "Lijst",
            "C-n    Nieuw huishouden",
            "Enter  Openen",
            "/      Zoeken",
        ])
    }

    @Test func overzichtInEenKader() {
        var map = sampleKeymap()
        map.setDisabled("app.bewaren", reason: "niets gewijzigd")
        let overlay = HelpOverlay(keymap: map)
        let screen = Rect(x: 0, y: 0, width: 60, height: 14)
        let area = overlay.area(in: screen)
        #expect(area == Rect(x: 12, y: 1, width: 35, height: 12))
        var buffer = Buffer(size: Size(width: 60, height: 14))
        _ = overlay.render(into: &buffer, area: area, focused: true)
        let lines = buffer.lines.map { String($0.dropFirst(12).prefix(35)) }
        #expect(lines[1] == "┌─ Toetsen ───────────────────────┐")
        #expect(lines[2] == "│ Algemeen                        │")
        #expect(lines[3] == "│ F1, ?  Hulp                     │")
        #expect(lines[4] == "│ C-s    Bewaren                  │")
        #expect(lines[5] == "│        niet nu: niets gewijzigd │", "why it does nothing now, under it")
        #expect(lines[12] == "└─ Esc sluiten ───────────────────┘")
        #expect(buffer.lines[0].allSatisfy { $0 == " " })
        #expect(buffer.role(of: "Algemeen", line: 2) == .title)
        #expect(buffer.role(of: "F1, ?", line: 3) == .helpKey)
        #expect(buffer.role(of: "Hulp", line: 3) == .text)
        #expect(buffer.role(of: "Bewaren", line: 4) == .muted)
        #expect(buffer.role(of: "C-s", line: 4) == .muted)
        #expect(buffer.role(of: "niet nu", line: 5) == .muted)
        #expect(buffer[12, 1].role == .focusedBorder)
    }

    @Test func bladerenMetPijlenEnPagina() {
        var overlay = HelpOverlay(keymap: sampleKeymap())
        let area = Rect(x: 0, y: 0, width: 30, height: 6)
        overlay.visibleRows = HelpOverlay.visibleRows(in: area)
        #expect(overlay.visibleRows == 4)
        func shown() -> [String] {
            var buffer = Buffer(size: Size(width: 30, height: 6))
            _ = overlay.render(into: &buffer, area: area, focused: true)
            return buffer.lines
        }
        #expect(shown()[0].hasPrefix("┌─ Toetsen "))
        #expect(shown()[5].hasSuffix(" ↓ meer ─┘"))
        #expect(overlay.handle(.key(.down)) == .consumed)
        #expect(overlay.scroll == 1)
        #expect(shown()[0].hasSuffix(" ↑ meer ─┐"))
        #expect(shown()[1].hasPrefix("│ F1, ?  Hulp"))
        #expect(overlay.handle(.key(.pageDown)) == .consumed)
        #expect(overlay.scroll == 4)
        #expect(overlay.handle(.key(.pageDown)) == .consumed)
        #expect(overlay.scroll == 5)  // 9 lines, 4 visible: the last screenful
        #expect(!shown()[5].contains("↓"))
        #expect(shown()[4].hasPrefix("│ /      Zoeken"))
        #expect(overlay.handle(.key(.pageUp)) == .consumed)
        #expect(overlay.scroll == 2)
        _ = overlay.handle(.key(.home))
        #expect(overlay.scroll == 0)
        _ = overlay.handle(.key(.up))
        #expect(overlay.scroll == 0)
        _ = overlay.handle(.key(.end))
        #expect(overlay.scroll == 5)
        #expect(overlay.handle(.key(.escape)) == .cancelled)
        #expect(overlay.handle(.key(.character("x"))) == .ignored)
        #expect(overlay.handle(.paste("x")) == .ignored)
    }

    @Test func teKleinVoorEenKaderTekentNiets() {
        var buffer = Buffer(size: Size(width: 3, height: 2))
        _ = HelpOverlay(keymap: sampleKeymap()).render(into: &buffer, area: buffer.area, focused: true)
        #expect(buffer.text == "\n")
    }
}
