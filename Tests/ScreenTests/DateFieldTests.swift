import Testing
@testable import Screen

@Suite("DateField")
struct DateFieldTests {
    static let vandaag = Datum(jaar: 2026, maand: 11, dag: 23)!

    func parse(_ s: String) -> String? {
        Datum.lees(s, vandaag: Self.vandaag).datum?.description
    }

    @Test func kalender() {
        #expect(Datum(jaar: 2026, maand: 2, dag: 31) == nil)
        #expect(Datum(jaar: 2028, maand: 2, dag: 29) != nil)
        #expect(Datum(jaar: 2100, maand: 2, dag: 29) == nil)
        #expect(Datum(jaar: 2000, maand: 2, dag: 29) != nil)
        let d = Datum(jaar: 2026, maand: 1, dag: 31)!
        #expect(d.plus(maanden: 1)?.description == "28-02-2026")
        #expect(d.plus(maanden: -2)?.description == "30-11-2025")
        #expect(d.plus(dagen: 365)?.description == "31-01-2027")
        #expect(d.plus(dagen: -31)?.description == "31-12-2025")
        #expect(Datum(dagnummer: 0)?.description == "01-01-1970")
        #expect(d.plus(dagen: 10)!.dagnummer - d.dagnummer == 10)
        #expect(d < d.plus(dagen: 1)!)
    }

    @Test func getypteDatums() {
        #expect(parse("23-11-2026") == "23-11-2026")
        #expect(parse("3-9-2026") == "03-09-2026")
        #expect(parse("3/9/2026") == "03-09-2026")
        #expect(parse(" 03.09.2026 ") == "03-09-2026")
        #expect(parse("31-02-2026") == nil)
        #expect(parse("29-02-2028") == "29-02-2028")
        #expect(parse("23-11-26") == nil)
        #expect(parse("23-13-2026") == nil)
        #expect(parse("2026-11-23") == nil)
        #expect(parse("a-b-c") == nil)
        #expect(parse("") == nil)
    }

    @Test func snelkoppelingen() {
        #expect(parse("vandaag") == "23-11-2026")
        #expect(parse("Morgen") == "24-11-2026")
        #expect(parse("gisteren") == "22-11-2026")
        #expect(parse("+1w") == "30-11-2026")
        #expect(parse("+3d") == "26-11-2026")
        #expect(parse("+2m") == "23-01-2027")
        #expect(parse("-1w") == "16-11-2026")
        #expect(parse("+1j") == "23-11-2027")
        #expect(parse("+10d") == "03-12-2026")
        #expect(parse("+1x") == nil)
        #expect(parse("+w") == nil)
        #expect(parse("++1w") == nil)
    }

    @Test func onafIsNogNietFout() {
        for s in ["2", "23-", "23-1", "23-11-20", "morg", "+", "+3", "0"] { #expect(Datum.kanNogWorden(s), "\(s)") }
        for s in ["45", "23-13", "00-", "x", "vandaagg", "+3x", "23-11-2026", "1-2-3-4"] { #expect(!Datum.kanNogWorden(s), "\(s)") }
    }

    @Test func typenEnNormaliseren() {
        var f = DateField(label: "Datum", today: Self.vandaag)
        f.typ("3-9-2026")
        #expect(f.value == Datum(jaar: 2026, maand: 9, dag: 3))
        #expect(f.druk(.enter) == .submitted)
        #expect(f.text == "03-09-2026")
        f.druk(.ctrl("u"))
        f.typ("+1w")
        let (b, cursor) = Teken.widget(f, width: 30, height: 2)
        #expect(b.text == "Datum: +1w\n= 30-11-2026")
        #expect(b.role(of: "= 30", line: 1) == .muted)
        #expect(cursor == Point(x: 10, y: 0))
        f.druk(.enter)
        #expect(f.text == "30-11-2026")
    }

    @Test func ongeldigeDatum() {
        var f = DateField(label: "Datum", today: Self.vandaag)
        f.typ("31-02-2026")
        #expect(f.value == nil)
        #expect(!f.isValid)
        #expect(f.message == DateField.invalidMessage)
        let (b, _) = Teken.widget(f, width: 45, height: 2)
        #expect(b.text == "Datum: 31-02-2026\nGeen geldige datum: gebruik dd-mm-jjjj")
        #expect(b.role(of: "31-02", line: 0) == .invalid)
        #expect(b.role(of: "Geen", line: 1) == .invalid)
        #expect(f.druk(.enter) == .consumed)
        #expect(f.text == "31-02-2026")
    }

    @Test func halfGetyptToontPasFoutNaEnter() {
        var f = DateField(today: Self.vandaag)
        f.typ("23-11")
        #expect(f.message == nil)
        #expect(Teken.widget(f, width: 20, height: 2).buffer.role(of: "23", line: 0) == .focusedInput)
        #expect(f.druk(.enter) == .consumed)
        #expect(f.message == DateField.invalidMessage)
        f.typ("-2026")
        #expect(f.message == nil)
        #expect(f.druk(.enter) == .submitted)
    }

    @Test func leegEnVerplicht() {
        var vrij = DateField(today: Self.vandaag)
        #expect(vrij.isValid)
        #expect(vrij.druk(.enter) == .submitted)
        #expect(vrij.value == nil)
        var verplicht = DateField(today: Self.vandaag, isRequired: true)
        #expect(verplicht.druk(.enter) == .consumed)
        #expect(verplicht.message == DateField.invalidMessage)
        let (b, _) = Teken.widget(verplicht, width: 20)
        #expect(b.text == "dd-mm-jjjj")
        #expect(verplicht.druk(.escape) == .cancelled)
    }

    @Test func beginwaarde() {
        var f = DateField(value: Datum(jaar: 2026, maand: 3, dag: 4), today: Self.vandaag)
        #expect(f.text == "04-03-2026")
        f.setValue(nil)
        #expect(f.text.isEmpty)
        _ = f.handle(.paste("gisteren\n"))
        #expect(f.value?.description == "22-11-2026")
    }

    @Test func kleinFormaat() {
        var f = DateField(label: "Datum", today: Self.vandaag)
        f.typ("31-02-2026")
        for width in 1...6 {
            for height in 1...2 {
                let (b, cursor) = Teken.widget(f, width: width, height: height)
                #expect(b.lines.allSatisfy { $0.displayWidth == width })
                if let cursor { #expect(cursor.x < width && cursor.y < height) }
            }
        }
        #expect(Teken.tekst(f, width: 6, height: 2) == "Da…26\nGeen …")  // the last column is kept for the cursor
    }
}
