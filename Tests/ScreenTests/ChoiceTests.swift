import Testing
@testable import Screen

@Suite("Choice en CheckboxList")
struct ChoiceTests {
    @Test func weergaveMetHaken() {
        let c = Choice(options: ["ja", "nee", "onbekend"])
        let (b, cursor) = Teken.widget(c, width: 30)
        #expect(b.text == "[ ja ]  nee   onbekend")
        #expect(b.role(of: "[ ja ]", line: 0) == .selection)
        #expect(b.role(of: "nee", line: 0) == .text)
        #expect(cursor == Point(x: 2, y: 0))
        #expect(Teken.widget(c, width: 30, focused: false).cursor == nil)
    }

    @Test func rondgaanMetPijlenEnSpatie() {
        var c = Choice(options: ["ja", "nee", "onbekend"])
        c.druk(.right)
        #expect(c.selected == "nee")
        #expect(Teken.tekst(c, width: 30) == " ja  [ nee ]  onbekend")
        c.druk(.character(" "), .character(" "))
        #expect(c.selected == "ja")
        c.druk(.left)
        #expect(c.selected == "onbekend")
        #expect(c.druk(.enter) == .submitted)
        #expect(c.druk(.up) == .ignored)
    }

    @Test func eersteLetterOfCijferKiest() {
        var c = Choice(options: (0...10).map(String.init))
        #expect(c.typ("7") == .consumed)
        #expect(c.selected == "7")
        c.typ("1")
        #expect(c.selected == "10")  // the next option with "1" after 7
        c.typ("1")
        #expect(c.selected == "1")
        #expect(c.typ("x") == .ignored)
        var d = Choice(options: ["Één", "twee"], selected: 1)
        d.typ("E")
        #expect(d.selectedIndex == 0)  // case and accent do not matter
    }

    @Test func geselecteerdeBlijftZichtbaar() {
        var c = Choice(options: (0...10).map(String.init))
        c.typ("9")
        let (b, cursor) = Teken.widget(c, width: 12)
        #expect(b.lines[0] == "7   8  [ 9 ]")  // shifted just enough
        #expect(b.role(of: "[ 9 ]", line: 0) == .selection)
        #expect(cursor == Point(x: 2 + b.lines[0].range(of: "[ 9 ]")!.lowerBound.utf16Offset(in: b.lines[0]), y: 0))
    }

    @Test func diakritischeEnBredeOpties() {
        let c = Choice(options: ["één", "漢字", "😀"], selected: 1)
        #expect(Teken.tekst(c, width: 20) == " één  [ 漢字 ]  😀")
    }

    @Test func kleinFormaat() {
        let c = Choice(options: ["ja", "nee", "onbekend"], selected: 2)
        for width in 1...6 {
            let (b, _) = Teken.widget(c, width: width, height: 2)
            #expect(b.lines.allSatisfy { $0.displayWidth == width })
        }
        #expect(Teken.tekst(c, width: 5) == "[ onb")
        var leeg = Choice(options: [])
        #expect(leeg.druk(.right) == .ignored)
        #expect(leeg.selected == nil)
        #expect(Teken.widget(leeg, width: 5).cursor == nil)
    }

    @Test func vinkjes() {
        var l = CheckboxList(items: [.init("Huisarts"), .init("School", isChecked: true), .init("Wijkteam Noé")])
        var (b, cursor) = Teken.widget(l, width: 20, height: 3)
        #expect(b.text == "› [ ] Huisarts\n  [x] School\n  [ ] Wijkteam Noé")
        #expect(b.role(of: "Huisarts", line: 0) == .selection)
        #expect(b.role(of: "[x]", line: 1) == .checked)
        #expect(cursor == Point(x: 3, y: 0))
        l.druk(.down, .down, .character(" "), .up, .character(" "))
        #expect(l.checkedTitles == ["Wijkteam Noé"])
        (b, cursor) = Teken.widget(l, width: 20, height: 3, focused: false)
        #expect(b.text == "  [ ] Huisarts\n  [ ] School\n  [x] Wijkteam Noé")
        #expect(cursor == nil)
        #expect(l.druk(.enter) == .submitted)
        #expect(l.druk(.left) == .ignored)
    }

    @Test func vinkjesScrollen() {
        var l = CheckboxList(items: ["één", "twee", "drie", "vier", "vijf", "漢字", "😀 👍🏽"].map { CheckboxList.Item($0) })
        _ = Teken.widget(l, width: 12, height: 3)
        l.druk(.end)
        #expect(Teken.tekst(l, width: 12, height: 3) == "  [ ] vijf\n  [ ] 漢字\n› [ ] 😀 👍🏽")
        l.druk(.pageUp)
        #expect(l.currentIndex == 3)
        #expect(Teken.tekst(l, width: 12, height: 3) == "› [ ] vier\n  [ ] vijf\n  [ ] 漢字")
        l.druk(.home)
        #expect(Teken.tekst(l, width: 12, height: 3) == "› [ ] één\n  [ ] twee\n  [ ] drie")
    }

    @Test func vinkjesKleinFormaat() {
        let l = CheckboxList(items: [.init("Liënne e\u{301}", isChecked: true), .init("漢字")])
        for width in 1...6 {
            for height in 1...2 {
                let (b, cursor) = Teken.widget(l, width: width, height: height)
                #expect(b.lines.allSatisfy { $0.displayWidth == width })
                if let cursor { #expect(cursor.x < width && cursor.y < height) }
            }
        }
        #expect(Teken.tekst(l, width: 6) == "› [x]")
        #expect(Teken.tekst(l, width: 9, height: 2) == "› [x] Li…\n  [ ] 漢…")
    }
}
