import Testing
@testable import Screen

@Suite("TextArea")
struct TextAreaTests {
    @Test func woordenTerugloop() {
        let a = TextArea(text: "De regisseur belt het gezin")
        let (b, _) = Teken.widget(a, width: 10, height: 4, focused: false)
        #expect(b.text == "De\nregisseur\nbelt het\ngezin")
    }

    @Test func langWoordWordtGebroken() {
        let a = TextArea(text: "ondersteuningsplan ok")
        #expect(Teken.tekst(a, width: 8, height: 4) == "onderste\nuningspl\nan ok\n")
    }

    @Test func bredeTekensEnAccenten() {
        let a = TextArea(text: "漢字漢字 Noé e\u{301}ë 😀👍🏽")
        var (b, cursor) = Teken.widget(a, width: 6, height: 4)
        #expect(b.text == "漢字漢\n字 Noé\ne\u{301}ë\n😀👍🏽")
        #expect(cursor == Point(x: 0, y: 0))  // a text area opens at the start
        var eind = a
        eind.druk(.ctrlEnd)
        (b, cursor) = Teken.widget(eind, width: 6, height: 4)
        #expect(cursor == Point(x: 4, y: 3))
        eind.druk(.up)
        #expect(eind.cursor.offset == 11)  // "e\u{301}ë " ends in the break: the cursor stops on the space
        eind.druk(.up, .left)
        #expect(eind.cursor.offset == 5)  // up keeps column 4 (after "字 N"), left goes before "N"
        #expect(Teken.widget(eind, width: 6, height: 4).cursor == Point(x: 3, y: 1))
    }

    @Test func enterEnTypen() {
        var a = TextArea()
        a.typ("Noé")
        a.druk(.enter)
        a.typ("ïs")
        #expect(a.text == "Noé\nïs")
        #expect(a.cursor == TextArea.Position(paragraph: 1, offset: 2))
        #expect(Teken.widget(a, width: 10, height: 3).cursor == Point(x: 2, y: 1))
        a.druk(.home, .backspace)
        #expect(a.text == "Noéïs")
        #expect(a.cursor == TextArea.Position(paragraph: 0, offset: 3))
        a.druk(.enter, .up, .end, .delete)
        #expect(a.text == "Noéïs")
    }

    @Test func opEnNeerHoudtDeKolom() {
        var a = TextArea(text: "eerste regel\nkort\nderde regel hier")
        _ = Teken.widget(a, width: 40, height: 5)
        a.druk(.ctrlHome, .right, .right, .right, .right, .right, .right, .right, .right)
        #expect(a.cursor.offset == 8)
        a.druk(.down)
        #expect(a.cursor == TextArea.Position(paragraph: 1, offset: 4))
        a.druk(.down)
        #expect(a.cursor == TextArea.Position(paragraph: 2, offset: 8))
        a.druk(.up, .up)
        #expect(a.cursor == TextArea.Position(paragraph: 0, offset: 8))
    }

    @Test func opEnNeerPerSchermregel() {
        var a = TextArea(text: "aaaa bbbb cccc")
        _ = Teken.widget(a, width: 5, height: 3)
        a.druk(.ctrlHome, .right, .right)
        a.druk(.down)
        #expect(a.cursor.offset == 7)
        #expect(Teken.widget(a, width: 5, height: 3).cursor == Point(x: 2, y: 1))
        a.druk(.end)
        #expect(a.cursor.offset == 9)  // before the break: the space
        a.druk(.home)
        #expect(a.cursor.offset == 5)
        a.druk(.down, .end)
        #expect(a.cursor.offset == 14)
        a.druk(.ctrl("a"))
        #expect(a.cursor.offset == 10)
    }

    @Test func verticaalScrollenHoudtCursorZichtbaar() {
        var a = TextArea(text: (1...20).map { "regel \($0)" }.joined(separator: "\n"))
        _ = Teken.widget(a, width: 10, height: 3)
        a.druk(.ctrlEnd)
        var (b, cursor) = Teken.widget(a, width: 10, height: 3)
        #expect(b.text == "regel 18\nregel 19\nregel 20")
        #expect(cursor == Point(x: 8, y: 2))
        a.druk(.up, .up)
        (b, cursor) = Teken.widget(a, width: 10, height: 3)
        #expect(b.text == "regel 18\nregel 19\nregel 20")  // still in view: no scrolling
        a.druk(.up)
        (b, cursor) = Teken.widget(a, width: 10, height: 3)
        #expect(b.text == "regel 17\nregel 18\nregel 19")
        #expect(cursor == Point(x: 8, y: 0))
    }

    @Test func paginaOpEnNeer() {
        var a = TextArea(text: (1...20).map { "r\($0)" }.joined(separator: "\n"))
        _ = Teken.widget(a, width: 10, height: 4)
        a.druk(.pageDown)
        #expect(a.cursor.paragraph == 3)
        a.druk(.pageDown, .pageDown)
        #expect(a.cursor.paragraph == 9)
        #expect(Teken.tekst(a, width: 10, height: 4) == "r10\nr11\nr12\nr13")  // the view pages along
        a.druk(.pageUp)
        #expect(a.cursor.paragraph == 6)
        #expect(Teken.tekst(a, width: 10, height: 4) == "r7\nr8\nr9\nr10")
        #expect(Teken.widget(a, width: 10, height: 4).cursor == Point(x: 0, y: 0))
        a.druk(.pageUp, .pageUp, .pageUp)
        #expect(a.cursor.paragraph == 0)
    }

    @Test func tabGaatNaarHetProgramma() {
        var a = TextArea(text: "x")
        #expect(a.druk(.tab) == .ignored)
        #expect(a.druk(.backTab) == .ignored)
        #expect(a.text == "x")
    }

    @Test func externeEditor() {
        var a = TextArea(text: "eerste\ntweede")
        a.druk(.ctrlEnd)
        #expect(a.druk(.ctrl("o")) == .wantsEditor)
        #expect(a.druk(.function(4)) == .wantsEditor)
        a.replaceText("één\r\nregel")
        #expect(a.text == "één\nregel")
        #expect(a.cursor == TextArea.Position(paragraph: 1, offset: 5))
        a.replaceText("")
        #expect(a.cursor == TextArea.Position(paragraph: 0, offset: 0))
        #expect(a.isEmpty)
    }

    @Test func plakkenMetRegeleinden() {
        var a = TextArea(text: "begin eind")
        a.druk(.ctrlHome, .alt("f"))
        #expect(a.handle(.paste(" een\r\ntwee\n\tdrie\u{7}")) == .consumed)
        #expect(a.text == "begin een\ntwee\n    drie eind")
        #expect(a.cursor == TextArea.Position(paragraph: 2, offset: 8))
        a.typ("!")
        #expect(a.text == "begin een\ntwee\n    drie! eind")
    }

    @Test func woordenWissenEnRegelWissen() {
        var a = TextArea(text: "een twee drie\nvier vijf")
        a.druk(.ctrlEnd, .ctrl("w"))
        #expect(a.text == "een twee drie\nvier ")
        a.druk(.ctrl("u"))
        #expect(a.text == "een twee drie\n")
        a.druk(.ctrl("w"))
        #expect(a.text == "een twee drie")
        a.druk(.ctrlLeft, .ctrlLeft, .ctrl("k"))
        #expect(a.text == "een ")
        _ = a.handle(.paste("x\ny"))
        a.druk(.up, .end, .ctrl("k"))
        #expect(a.text == "een xy")
        a.druk(.ctrlLeft)
        #expect(a.cursor.offset == 4)
        a.druk(.ctrlRight)
        #expect(a.cursor.offset == 6)
    }

    @Test func woordbewegingOverRegels() {
        var a = TextArea(text: "een twee\ndrie")
        a.druk(.ctrlEnd, .ctrlLeft, .ctrlLeft)
        #expect(a.cursor == TextArea.Position(paragraph: 0, offset: 4))
        a.druk(.ctrlRight, .ctrlRight)
        #expect(a.cursor == TextArea.Position(paragraph: 1, offset: 4))
        a.druk(.left, .left, .left, .left, .left)
        #expect(a.cursor == TextArea.Position(paragraph: 0, offset: 8))
        a.druk(.right)
        #expect(a.cursor == TextArea.Position(paragraph: 1, offset: 0))
    }

    @Test func placeholderEnRollen() {
        let leeg = TextArea(placeholder: "Wat is er gebeurd?")
        let (b, cursor) = Teken.widget(leeg, width: 20, height: 2)
        #expect(b.lines[0] == "Wat is er gebeurd?  ")
        #expect(b.role(of: "Wat", line: 0) == .placeholder)
        #expect(b.role(of: " ", line: 1) == .focusedInput)
        #expect(cursor == Point(x: 0, y: 0))
        let vol = TextArea(text: "Noé")
        #expect(Teken.widget(vol, width: 5, focused: false).buffer.role(of: "Noé", line: 0) == .input)
    }

    @Test func kleinFormaatKnipt() {
        var a = TextArea(text: "Noé 漢字 😀 👍🏽 e\u{301}\nïs ë")
        for width in 1...6 {
            for height in 1...2 {
                let (b, cursor) = Teken.widget(a, width: width, height: height)
                #expect(b.lines.allSatisfy { $0.displayWidth == width })
                #expect(cursor != nil)
                if let cursor { #expect(cursor.x < width && cursor.y < height) }
                a.druk(.up, .left, .pageUp, .down, .end)
            }
        }
        #expect(Teken.widget(a, width: 0, height: 0).cursor == nil)
    }

    @Test func honderdKilobytePlakkenEnTypen() {
        let zin = "De regisseur spreekt met Noé en Liënne over het plan 漢字 😀.\n"
        var plak = ""
        while plak.utf8.count < 100_000 { plak += zin }
        var a = TextArea()
        _ = Teken.widget(a, width: 60, height: 20)
        _ = a.handle(.paste(plak))
        let getypt = String(repeating: "abcdé fghï ", count: 20)
        a.typ(getypt)
        #expect(a.text == plak + getypt)
        let (b, cursor) = Teken.widget(a, width: 60, height: 20)
        #expect(b.text.hasSuffix(getypt.wrapped(toColumns: 60).suffix(3).joined(separator: "\n")))
        #expect(cursor?.y == 19)
    }

    @Test func typenInEenLangeAlinea() {
        let woorden = (0..<5000).map { i in ["regie", "gezin", "plan", "Noé", "漢字", "veiligheid"][i % 6] }
        var a = TextArea(text: woorden.joined(separator: " "))
        _ = Teken.widget(a, width: 72, height: 20)
        a.druk(.ctrlHome)
        for _ in 0..<10 { a.druk(.down) }
        a.typ("nieuw ")
        var verwacht = woorden.joined(separator: " ")
        let starts = TextWrap.lineStarts(Array(verwacht), width: 72)
        var chars = Array(verwacht)
        chars.insert(contentsOf: Array("nieuw "), at: starts[10])
        verwacht = String(chars)
        #expect(a.text == verwacht)
        #expect(a.lineStarts(0, width: 72) == TextWrap.lineStarts(Array(verwacht), width: 72))
    }

    @Test func kopieenDelenGeenWijzigingen() {
        var a = TextArea(text: "gedeeld")
        let b = a
        a.typ("!")
        #expect(a.text == "!gedeeld")
        #expect(b.text == "gedeeld")
        #expect(a != b)
    }
}

@Suite("Terugloop")
struct TextWrapTests {
    @Test func spatiesHangenAanHetEindVanDeRegel() {
        let chars = Array("aaaa    bbbb")
        #expect(TextWrap.lineStarts(chars, width: 4) == [0, 8])
        #expect("aaaa    bbbb".wrapped(toColumns: 4) == ["aaaa", "bbbb"])
    }

    @Test func breedTekenInSmalleKolom() {
        #expect(TextWrap.lineStarts(Array("漢字"), width: 1) == [0, 1])
        #expect("".wrapped(toColumns: 5) == [""])
    }

    /// Re-wrapping around an edit gives the same lines as wrapping the whole paragraph.
    @Test(arguments: [1, 3, 7, 12])
    func gedeeltelijkOpnieuwGelijkAanHeel(width: Int) {
        var rng = SplitMix(seed: UInt64(width))
        let alphabet: [Character] = ["a", "b", " ", " ", "漢", "é", "😀", "x", " "]
        var chars = (0..<300).map { _ in alphabet[rng.next(alphabet.count)] }
        var starts = TextWrap.lineStarts(chars, width: width)
        for _ in 0..<400 {
            let at = rng.next(chars.count + 1)
            let edit: TextEdit
            if rng.next(2) == 0 || chars.isEmpty || at == chars.count {
                let new = (0..<(1 + rng.next(3))).map { _ in alphabet[rng.next(alphabet.count)] }
                chars.insert(contentsOf: new, at: at)
                edit = TextEdit(start: at, removed: 0, inserted: new.count)
            } else {
                let n = min(1 + rng.next(4), chars.count - at)
                chars.removeSubrange(at..<(at + n))
                edit = TextEdit(start: at, removed: n, inserted: 0)
            }
            starts = TextWrap.lineStarts(chars, width: width, updating: starts, after: edit)
            #expect(starts == TextWrap.lineStarts(chars, width: width))
        }
    }
}

/// A small fixed-seed generator, so the random edits are the same on every run.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next(_ bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((z ^ (z >> 31)) % UInt64(bound))
    }
}
