import Testing
@testable import Screen

@Suite("Panel, StatusBar, MessageLine, ConfirmDialog")
struct FrameWidgetTests {
    @Test func paneelMetTitel() {
        var b = Buffer(size: Size(width: 20, height: 4))
        let inner = Panel(title: "Veiligheidsplan").render(into: &b, area: b.area, focused: false)
        #expect(inner == Rect(x: 1, y: 1, width: 18, height: 2))
        #expect(b.text == "┌─ Veiligheidspl… ─┐\n│                  │\n│                  │\n└──────────────────┘")
        #expect(b.role(of: "┌", line: 0) == .border)
        #expect(b.role(of: "Veiligheidspl", line: 0) == .title)
        #expect(b.role(of: "│", line: 1) == .border)
        Panel(title: "Plan").render(into: &b, area: b.area, focused: true)
        #expect(b.lines[0] == "┌─ Plan ───────────┐")
        #expect(b.role(of: "┌", line: 0) == .focusedBorder)
    }

    @Test func paneelTitelWordtAfgekapt() {
        var b = Buffer(size: Size(width: 12, height: 3))
        Panel(title: "Noé 漢字 😀 👍🏽 e\u{301}").render(into: &b, area: b.area, focused: false)
        #expect(b.lines[0] == "┌─ Noé … ──┐")
    }

    @Test func paneelKleinFormaat() {
        for width in 0...6 {
            for height in 0...2 {
                var b = Buffer(size: Size(width: width, height: height))
                let inner = Panel(title: "Gezin Noé").render(into: &b, area: b.area, focused: true)
                #expect(b.area.intersection(inner) == inner)
                #expect(b.lines.allSatisfy { $0.displayWidth == width })
            }
        }
        var b = Buffer(size: Size(width: 3, height: 2))
        #expect(Panel(title: "x").render(into: &b, area: b.area, focused: false) == Rect(x: 1, y: 1, width: 1, height: 0))
        #expect(b.text == "┌─┐\n└─┘")
        var een = Buffer(size: Size(width: 5, height: 1))
        #expect(Panel(title: "x").render(into: &een, area: een.area, focused: false) == een.area)
    }

    @Test func statusbalk() {
        let s = StatusBar(left: "Gezin Noé · Plan", right: "C-s bewaren")
        let (b, cursor) = Teken.widget(s, width: 40)
        #expect(b.lines[0] == "Gezin Noé · Plan             C-s bewaren")
        #expect(b.role(of: "Gezin", line: 0) == .statusBar)
        #expect(b.role(of: "   ", line: 0) == .statusBar)
        #expect(cursor == nil)
        #expect(Teken.tekst(s, width: 22) == "Gezin Noé · Plan C-s …")
        #expect(Teken.tekst(s, width: 12) == "Gezin Noé ·…")
        #expect(Teken.tekst(StatusBar(right: "漢字 😀"), width: 10) == "   漢字 😀")
        for width in 1...6 { #expect(Teken.widget(s, width: width, height: 2).buffer.lines[0].displayWidth == width) }
    }

    @Test func meldingMetVoorvoegsel() {
        let fout = MessageLine.error("Dossier van Noé is vergrendeld")
        var (b, _) = Teken.widget(fout, width: 40)
        #expect(b.text == "Fout: Dossier van Noé is vergrendeld")
        #expect(b.role(of: "Fout", line: 0) == .error)
        (b, _) = Teken.widget(MessageLine.success("Bewaard 👍🏽"), width: 40)
        #expect(b.text == "Gelukt: Bewaard 👍🏽")
        #expect(b.role(of: "Gelukt", line: 0) == .success)
        (b, _) = Teken.widget(MessageLine.warning("Plan ontbreekt"), width: 40)
        #expect(b.text == "Let op: Plan ontbreekt")
        #expect(b.role(of: "Let op", line: 0) == .warning)
        (b, _) = Teken.widget(MessageLine.info("Twee\nregels"), width: 40)
        #expect(b.text == "Twee regels")
        #expect(b.role(of: "Twee", line: 0) == .text)
        #expect(Teken.tekst(fout, width: 8) == "Fout: D…")
        #expect(Teken.tekst(MessageLine.error("漢字"), width: 3) == "Fo…")
    }

    @Test func dialoogStaatStandaardOpNee() {
        var d = ConfirmDialog(question: "Dossier van Noé verwijderen?")
        #expect(!d.confirmed)
        let (b, cursor) = Teken.widget(d, width: 50, height: 11)
        #expect(b.lines[2...7] == [
            "         ┌─ Bevestigen ─────────────────┐         ",
            "         │                              │         ",
            "         │ Dossier van Noé verwijderen? │         ",
            "         │                              │         ",
            "         │          Ja  [ Nee ]         │         ",
            "         └──────────────────────────────┘         ",
        ])
        #expect(b.text.hasPrefix("\n\n ") && b.text.hasSuffix("┘\n\n\n"))
        #expect(b.role(of: "[ Nee ]", line: 6) == .selection)
        #expect(b.role(of: "Ja", line: 6) == .dialog)
        #expect(b.role(of: "Dossier", line: 4) == .dialog)
        #expect(b.role(of: "┌", line: 2) == .focusedBorder)
        #expect(cursor == Point(x: 26, y: 6))
        #expect(d.druk(.enter) == .submitted)
        #expect(!d.confirmed)
    }

    @Test func dialoogToetsen() {
        var d = ConfirmDialog(question: "Verwijderen?")
        d.druk(.left)
        #expect(d.confirmed)
        #expect(Teken.tekst(d, width: 30, height: 6).contains("[ Ja ]  Nee"))
        d.druk(.tab)
        #expect(!d.confirmed)
        d.druk(.backTab, .right, .right)
        #expect(d.confirmed)
        #expect(d.druk(.escape) == .cancelled)
        #expect(!d.confirmed)
        #expect(d.typ("j") == .submitted)
        #expect(d.confirmed)
        #expect(d.typ("N") == .submitted)
        #expect(!d.confirmed)
        #expect(d.typ("x") == .consumed)
        #expect(d.druk(.function(1)) == .ignored)
    }

    @Test func dialoogLangeVraagWordtAfgebroken() {
        let d = ConfirmDialog(question: "Weet u zeker dat u het veiligheidsplan van gezin Noé 漢字 wilt verwijderen?")
        let (b, _) = Teken.widget(d, width: 30, height: 10)
        #expect(b.lines[1] == "┌─ Bevestigen ───────────────┐")
        #expect(b.lines[3] == "│ Weet u zeker dat u het     │")
        #expect(b.lines[4] == "│ veiligheidsplan van gezin  │")
        #expect(b.lines[5] == "│ Noé 漢字 wilt verwijderen? │")
        #expect(b.lines[7] == "│         Ja  [ Nee ]        │")
    }

    @Test func dialoogKleinFormaat() {
        let d = ConfirmDialog(question: "Dossier van Noé 😀 verwijderen?")
        for width in 0...6 {
            for height in 0...2 {
                let (b, cursor) = Teken.widget(d, width: width, height: height)
                #expect(b.lines.allSatisfy { $0.displayWidth == width })
                if let cursor { #expect(cursor.x < width && cursor.y < height) }
            }
        }
    }
}
