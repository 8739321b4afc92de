import Testing
@testable import Screen

@Suite("TextField")
struct TextFieldTests {
    @Test func typenEnCursorOpBreedte() {
        var f = TextField()
        f.typ("Noé 漢😀")
        #expect(f.text == "Noé 漢😀")
        #expect(f.cursor == 6)
        let (b, cursor) = Teken.widget(f, width: 20)
        #expect(b.text == "Noé 漢😀")
        #expect(cursor == Point(x: 8, y: 0))  // 3 + 1 + 2 + 2 columns
        #expect(b.role(of: "Noé", line: 0) == .focusedInput)
        #expect(Teken.widget(f, width: 20, focused: false).buffer.role(of: "Noé", line: 0) == .input)
        #expect(Teken.widget(f, width: 20, focused: false).cursor == nil)
    }

    @Test func combinerendAccentIsEenGrafeem() {
        var f = TextField(text: "Rene\u{301} ë")
        #expect(f.cursor == 6)
        f.druk(.left, .left, .left)
        #expect(f.cursor == 3)  // before "é", never inside it
        #expect(Teken.widget(f, width: 20).cursor == Point(x: 3, y: 0))
        f.druk(.right, .backspace)
        #expect(f.text == "Ren ë")
    }

    @Test func losGetypteAccentSmeltSamen() {
        var f = TextField()
        f.typ("Rene")
        _ = f.handle(.key(.character("\u{301}")))
        #expect(f.text == "Rene\u{301}")
        #expect(f.cursor == 4)
        f.druk(.backspace)
        #expect(f.text == "Ren")
    }

    @Test func huidskleurBlijftBijDeDuim() {
        var f = TextField(text: "ok 👍🏽!")
        #expect(f.cursor == 5)
        f.druk(.left, .left)
        #expect(Teken.widget(f, width: 10).cursor == Point(x: 3, y: 0))
        f.druk(.delete)
        #expect(f.text == "ok !")
    }

    @Test func woordbewegingEnWissen() {
        var f = TextField(text: "Liënne El Amrani")
        f.druk(.ctrlLeft)
        #expect(f.cursor == 10)
        f.druk(.alt("b"))
        #expect(f.cursor == 7)
        f.druk(.ctrlRight)
        #expect(f.cursor == 9)
        f.druk(.alt("f"))
        #expect(f.cursor == 16)
        f.druk(.ctrl("w"))
        #expect(f.text == "Liënne El ")
        f.druk(.ctrl("w"))
        #expect(f.text == "Liënne ")
        f.druk(.ctrl("a"))
        #expect(f.cursor == 0)
        f.druk(.ctrl("e"), .left, .left, .ctrl("k"))
        #expect(f.text == "Liënn")
        f.druk(.left, .ctrl("u"))
        #expect(f.text == "n")
        #expect(f.cursor == 0)
    }

    @Test func homeEndBackspaceDeleteAanDeRand() {
        var f = TextField(text: "ïs")
        f.druk(.home, .backspace, .left)
        #expect(f.text == "ïs" && f.cursor == 0)
        f.druk(.end, .delete, .right)
        #expect(f.text == "ïs" && f.cursor == 2)
        f.druk(.home, .delete)
        #expect(f.text == "s")
    }

    @Test func plakkenMetRegeleinden() {
        var f = TextField(text: "a")
        #expect(f.handle(.paste("b\r\nc\nd\u{7}e\tf")) == .consumed)
        #expect(f.text == "ab c de f")  // control characters gone, tab as a space
        #expect(f.cursor == 9)
    }

    @Test func enterEnEsc() {
        var f = TextField()
        #expect(f.druk(.enter) == .submitted)
        #expect(f.druk(.escape) == .cancelled)
        #expect(f.druk(.function(5)) == .ignored)
        #expect(f.handle(.key(.character("\u{1B}"))) == .ignored)
    }

    @Test func maximaleLengte() {
        var f = TextField(maxLength: 4)
        f.typ("abcdef")
        #expect(f.text == "abcd")
        f.druk(.home)
        _ = f.handle(.paste("xyz"))
        #expect(f.text == "abcd")
        #expect(TextField(text: "123456", maxLength: 3).text == "123")
    }

    @Test func labelEnPlaceholder() {
        let f = TextField(label: "Naam", placeholder: "voornaam achternaam")
        let (b, cursor) = Teken.widget(f, width: 30)
        #expect(b.text == "Naam: voornaam achternaam")
        #expect(b.role(of: "Naam", line: 0) == .label)
        #expect(b.role(of: "voornaam", line: 0) == .placeholder)
        #expect(b.role(of: " ", line: 0) == .label)
        #expect(cursor == Point(x: 6, y: 0))
    }

    @Test func ongeldigVeldKrijgtEigenRol() {
        var f = TextField(text: "x")
        f.isInvalid = true
        #expect(Teken.widget(f, width: 5).buffer.role(of: "x", line: 0) == .invalid)
    }

    @Test func horizontaalScrollenHoudtCursorZichtbaar() {
        var f = TextField(text: "abcdefghij")
        var (b, cursor) = Teken.widget(f, width: 5)
        #expect(b.lines == ["ghij "])
        #expect(cursor == Point(x: 4, y: 0))
        f.druk(.home)
        (b, cursor) = Teken.widget(f, width: 5)
        #expect(b.lines == ["abcde"])
        #expect(cursor == Point(x: 0, y: 0))
    }

    @Test func scrollenMetBredeTekens() {
        let f = TextField(text: "漢字漢字漢")
        let (b, cursor) = Teken.widget(f, width: 5)
        #expect(b.lines == ["字漢 "])
        #expect(cursor == Point(x: 4, y: 0))
    }

    @Test func kleinFormaatKnipt() {
        let f = TextField(text: "Noé 漢字 😀 👍🏽 e\u{301}", label: "Naam")
        for width in 1...6 {
            for height in 1...2 {
                let (b, cursor) = Teken.widget(f, width: width, height: height)
                #expect(b.lines.allSatisfy { $0.displayWidth == width })
                if let cursor { #expect(cursor.x < width && cursor.y < height) }
            }
        }
        #expect(Teken.tekst(f, width: 4) == "N…é")  // label cut to half, the end of the text
        let leeg = Teken.widget(f, width: 0, height: 0)
        #expect(leeg.cursor == nil)
    }
}
