import Testing
@testable import Screen

@Suite("ListView")
struct ListViewTests {
    static let namen = ["Sanne de Vries", "Noé Bakker", "Liënne El Amrani", "Zoë Jansen", "王芳", "Daan 😀", "Ïsa 👍🏽", "Rene\u{301}e Smit"]

    @Test func lijstMetMarkering() {
        let l = ListView(items: Array(Self.namen.prefix(3)))
        let (b, cursor) = Teken.widget(l, width: 20, height: 4)
        #expect(b.text == "› Sanne de Vries\n  Noé Bakker\n  Liënne El Amrani\n")
        #expect(b.role(of: "Sanne", line: 0) == .selection)
        #expect(b.role(of: "›", line: 0) == .selection)
        #expect(b.role(of: "Noé", line: 1) == .text)
        #expect(cursor == nil)
        #expect(l.selectedIndex == 0)
    }

    @Test func navigatieEnScrollen() {
        var l = ListView(items: Self.namen)
        _ = Teken.widget(l, width: 20, height: 3)
        l.druk(.down, .down, .down)
        #expect(l.selectedIndex == 3)
        #expect(Teken.tekst(l, width: 20, height: 3) == "  Noé Bakker\n  Liënne El Amrani\n› Zoë Jansen")
        l.druk(.up)
        #expect(Teken.tekst(l, width: 20, height: 3) == "  Noé Bakker\n› Liënne El Amrani\n  Zoë Jansen")
        l.druk(.end)
        #expect(l.selectedRow == ["Rene\u{301}e Smit"])
        #expect(Teken.tekst(l, width: 20, height: 3) == "  Daan 😀\n  Ïsa 👍🏽\n› Rene\u{301}e Smit")
        l.druk(.pageUp)
        #expect(l.selectedIndex == 4)
        #expect(Teken.tekst(l, width: 20, height: 3) == "› 王芳\n  Daan 😀\n  Ïsa 👍🏽")
        l.druk(.pageDown, .pageDown)
        #expect(l.selectedIndex == 7)
        l.druk(.home)
        #expect(l.selectedIndex == 0)
        #expect(l.druk(.enter) == .submitted)
        #expect(l.druk(.character("x")) == .ignored)
        #expect(l.druk(.left) == .ignored)
    }

    @Test func zoekenZonderHoofdlettersEnAccenten() {
        var l = ListView(items: Self.namen)
        #expect(l.druk(.character("/")) == .consumed)
        #expect(l.isSearching)
        l.typ("noe")
        #expect(l.selectedRow == ["Noé Bakker"])
        let (b, cursor) = Teken.widget(l, width: 20, height: 4)
        #expect(b.text == "› Noé Bakker\n\n\nZoeken: noe")
        #expect(cursor == Point(x: 11, y: 3))
        #expect(b.role(of: "Zoeken", line: 3) == .label)
        l.druk(.escape)
        #expect(!l.isSearching)
        #expect(l.selectedIndex == 1)  // the selection stays on what was found
        #expect(Teken.tekst(l, width: 20, height: 2) == "  Sanne de Vries\n› Noé Bakker")
    }

    @Test func zoekenFiltertEnSpringtNaarEersteTreffer() {
        var l = ListView(items: Self.namen)
        l.druk(.end, .character("/"))
        l.typ("EN")
        #expect(l.selectedRow == ["Liënne El Amrani"])
        #expect(Teken.tekst(l, width: 20, height: 4) == "› Liënne El Amrani\n  Zoë Jansen\n  Rene\u{301}e Smit\nZoeken: EN")
        l.druk(.down)
        #expect(l.selectedRow == ["Zoë Jansen"])
        #expect(l.druk(.enter) == .submitted)
        #expect(!l.isSearching)
        #expect(l.selectedIndex == 3)
        l.druk(.character("/"))
        l.typ("renee")
        #expect(l.selectedRow == ["Rene\u{301}e Smit"])  // combining accent folded away too
        l.druk(.backspace, .backspace, .backspace, .backspace, .backspace)
        #expect(l.isSearching && l.query.isEmpty)
        l.druk(.backspace)  // on an empty search: ends it
        #expect(!l.isSearching)
    }

    @Test func geenResultaten() {
        var l = ListView(items: Self.namen)
        l.druk(.character("/"))
        l.typ("xyz")
        #expect(l.selectedIndex == nil)
        let (b, _) = Teken.widget(l, width: 20, height: 3)
        #expect(b.text == "  geen resultaten\n\nZoeken: xyz")
        #expect(b.role(of: "geen", line: 0) == .muted)
        #expect(l.druk(.enter) == .consumed)
        #expect(l.isSearching)
        _ = l.handle(.paste("\n"))
        l.druk(.backspace, .backspace, .backspace, .backspace)
        #expect(l.selectedRow == ["Sanne de Vries"])
        #expect(Teken.tekst(ListView(items: []), width: 20) == "  geen items")
    }

    @Test func tabelMetKolommen() {
        let t = Table(columns: [.init("Naam", width: .fixed(8)), .init("Fase", width: .fit), .init("Acties", width: .fit, alignsRight: true), .init("Notitie", width: .fill)],
                      rows: [["Noé Bakker", "2", "3", "漢字 notitie"], ["Zoë", "10", "12", "😀"]])
        let (b, _) = Teken.widget(t, width: 40, height: 3)
        #expect(b.text == """
              Naam      Fase  Acties  Notitie
            › Noé Bak…  2          3  漢字 notitie
              Zoë       10        12  😀
            """)
        #expect(b.role(of: "Naam", line: 0) == .label)
        #expect(b.role(of: "Noé", line: 1) == .selection)
        #expect(b.role(of: "Zoë", line: 2) == .text)
    }

    @Test func smalleTabelKnipt() {
        let t = Table(columns: [.init("Naam"), .init("Notitie", width: .fill)], rows: [["Liënne El Amrani", "x"]])
        #expect(Teken.tekst(t, width: 12, height: 2) == "  Naam\n› Liënne …")
        #expect(t.columnWidths(total: 10) == [8, 0])
    }

    @Test func rijenVervangenHoudtSelectie() {
        var l = ListView(items: Self.namen)
        l.druk(.down, .down)
        l.rows.append(["Nieuw"])
        #expect(l.selectedIndex == 2)
        l.rows = [["één"]]
        #expect(l.selectedIndex == 0)
        l.select(5)
        #expect(l.selectedIndex == 0)
    }

    @Test func kleinFormaat() {
        var l = ListView(items: Self.namen)
        l.druk(.character("/"))
        l.typ("a")
        for width in 1...6 {
            for height in 1...2 {
                let (b, cursor) = Teken.widget(l, width: width, height: height)
                #expect(b.lines.allSatisfy { $0.displayWidth == width })
                if let cursor { #expect(cursor.x < width && cursor.y < height) }
            }
        }
        #expect(Teken.tekst(l, width: 5, height: 1) == "› Sa…")
        #expect(Teken.widget(l, width: 0, height: 0).cursor == nil)
    }
}
