import Testing
@testable import Screen

@Suite("Tabs en Sidebar")
struct SectionTests {
    static let secties = ["Overzicht", "Plan", "Veiligheid", "Netwerk", "Één 漢字 😀"]

    @Test func tabsMetHaken() {
        var t = Tabs(titles: Self.secties)
        var (b, cursor) = Teken.widget(t, width: 60)
        #expect(b.text == "[ Overzicht ]  Plan   Veiligheid   Netwerk   Één 漢字 😀")
        #expect(b.role(of: "[ Overzicht ]", line: 0) == .selection)
        #expect(b.role(of: "Plan", line: 0) == .text)
        #expect(cursor == Point(x: 2, y: 0))
        #expect(t.druk(.right) == .consumed)
        #expect(t.selectedTitle == "Plan")
        (b, cursor) = Teken.widget(t, width: 60, focused: false)
        #expect(b.text == " Overzicht  [ Plan ]  Veiligheid   Netwerk   Één 漢字 😀")
        #expect(cursor == nil)
        t.druk(.left, .left)
        #expect(t.selectedTitle == "Één 漢字 😀")
        t.typ("3")
        #expect(t.selectedIndex == 2)
        #expect(t.druk(.character("9")) == .ignored)
        #expect(t.druk(.character("0")) == .ignored)
        #expect(t.druk(.up) == .ignored)
        #expect(t.selectedIndex == 2)
    }

    @Test func tabsSchuivenNaarDeHuidige() {
        var t = Tabs(titles: Self.secties)
        t.typ("5")
        let (b, _) = Teken.widget(t, width: 20)
        #expect(b.lines[0].hasSuffix("[ Één 漢字 😀 ]"))
        #expect(b.role(of: "[ Één", line: 0) == .selection)
    }

    @Test func tabsKleinFormaat() {
        var t = Tabs(titles: Self.secties)
        t.typ("4")
        for width in 1...6 {
            for height in 1...2 {
                let (b, cursor) = Teken.widget(t, width: width, height: height)
                #expect(b.lines.allSatisfy { $0.displayWidth == width })
                if let cursor { #expect(cursor.x < width && cursor.y < height) }
            }
        }
        #expect(Teken.tekst(t, width: 6) == "[ Netw")  // wider than the area: its start is shown
    }

    @Test func zijbalk() {
        var s = Sidebar(titles: Self.secties)
        var (b, cursor) = Teken.widget(s, width: 16, height: 5)
        #expect(b.text == "[ Overzicht ]\n  Plan\n  Veiligheid\n  Netwerk\n  Één 漢字 😀")
        #expect(b.role(of: "[ Overzicht", line: 0) == .selection)
        #expect(b.role(of: "Plan", line: 1) == .text)
        #expect(cursor == Point(x: 2, y: 0))
        s.druk(.down, .down)
        #expect(s.selectedTitle == "Veiligheid")
        s.typ("2")
        #expect(s.selectedTitle == "Plan")
        s.druk(.end)
        (b, cursor) = Teken.widget(s, width: 12, height: 2)
        #expect(b.text == "  Netwerk\n[ Één 漢字 …")
        #expect(cursor == Point(x: 2, y: 1))
        #expect(s.druk(.enter) == .submitted)
        #expect(s.druk(.left) == .ignored)
    }

    @Test func zijbalkKleinFormaat() {
        let s = Sidebar(titles: Self.secties, selected: 4)
        for width in 1...6 {
            for height in 1...2 {
                let (b, cursor) = Teken.widget(s, width: width, height: height)
                #expect(b.lines.allSatisfy { $0.displayWidth == width })
                if let cursor { #expect(cursor.x < width && cursor.y < height) }
            }
        }
        #expect(Teken.tekst(s, width: 4, height: 1) == "[ É…")
        #expect(Teken.widget(Sidebar(titles: []), width: 4, height: 2).buffer.text == "\n")
    }
}
