import Testing
@testable import Screen

/// Reader mode's pieces on small frames: drawing made plain, the focus found, what is said.
@Suite("Leesmodus: gewone regels, focus en meldingen")
struct ReaderTests {
    func frame(_ width: Int, _ height: Int, _ draw: (inout Buffer) -> Void) -> Buffer {
        var b = Buffer(size: Size(width: width, height: height))
        draw(&b)
        return b
    }

    @Test("lijnen en blokken worden spaties; tekst en de tekens van de focus blijven")
    func plain() {
        let b = frame(20, 3) { b in
            b.write("┌─ Doel ─┐", x: 0, y: 0, role: .border)
            b.write("│› Wonen │ █▒", x: 0, y: 1)
        }
        #expect(ReaderView.plain(b).lines.map { String($0.prefix(14)) } == ["   Doel       ", " › Wonen      ", String(repeating: " ", count: 14)])
    }

    @Test("de focus: de cursor met de titel van zijn veld erboven, anders de gekozen regel, anders het gekozen vak")
    func focus() {
        let veld = frame(40, 6) { b in
            b.write("▸ Aanleiding", x: 2, y: 1, role: .focusedBorder)
            b.write("Ruzie thuis", x: 4, y: 2, role: .focusedInput)
        }
        #expect(ReaderView.focus(in: veld, cursor: Point(x: 15, y: 2))
            == ReaderView.Focus(position: Point(x: 15, y: 2), text: "Aanleiding: Ruzie thuis", identity: "veld 2,1 Aanleiding"))
        let lijst = frame(40, 6) { b in
            b.write("› Familie Bos    2     —", x: 1, y: 3, role: .selection)
        }
        #expect(ReaderView.focus(in: lijst, cursor: nil)?.text == "Familie Bos, 2, —")
        #expect(ReaderView.focus(in: lijst, cursor: nil)?.position == Point(x: 1, y: 3))
        let vak = frame(40, 6) { b in
            b.write("Ja", x: 3, y: 2, role: .text)
            b.write(" Nee ", x: 8, y: 2, role: .selection)
        }
        #expect(ReaderView.focus(in: vak, cursor: nil)?.text == "Nee")
        #expect(ReaderView.focus(in: frame(10, 3) { _ in }, cursor: nil) == nil)
    }

    @Test("gezegd wordt een nieuwe melding boven de onderste regel en een andere focus; dezelfde focus niet opnieuw")
    func changes() {
        let oud = frame(30, 8) { b in
            b.write("Titel", x: 0, y: 0)
            b.write("› Een", x: 0, y: 2, role: .selection)
            b.write("  Twee", x: 0, y: 3)
            b.write("status", x: 0, y: 6, role: .statusBar)
        }
        var nieuw = oud
        nieuw.write("Fout: de datum klopt niet", x: 0, y: 6, role: .error)
        let focus = ReaderView.focus(in: nieuw, cursor: nil)
        #expect(ReaderView.changes(from: oud, to: nieuw, focus: focus, lastFocus: ReaderView.focus(in: oud, cursor: nil))
            == ["Fout: de datum klopt niet"])
        var verder = oud
        verder.write("  Een", x: 0, y: 2, role: .text)
        verder.write("› Twee", x: 0, y: 3, role: .selection)
        #expect(ReaderView.changes(from: oud, to: verder, focus: ReaderView.focus(in: verder, cursor: nil),
                                   lastFocus: ReaderView.focus(in: oud, cursor: nil)) == ["Twee"])
        #expect(ReaderView.changes(from: oud, to: oud, focus: focus, lastFocus: focus).isEmpty)
        // A first frame: the screen by its first line, after the focus.
        #expect(ReaderView.changes(from: nil, to: oud, focus: ReaderView.focus(in: oud, cursor: nil), lastFocus: nil) == ["Een", "Titel"])
    }

    @Test("de backend schrijft de melding op de onderste regel en zet de cursor op de focus")
    func backend() {
        let geheugen = MemoryBackend(width: 30, height: 6)
        let lezer = ReaderBackend(geheugen)
        lezer.present(frame(30, 6) { b in
            b.write("Lijst", x: 0, y: 0)
            b.write("› Een", x: 2, y: 2, role: .selection)
            b.write("help", x: 0, y: 5, role: .helpText)
        }, cursor: nil)
        #expect(geheugen.cursor == Point(x: 2, y: 2))
        #expect(geheugen.lines.last == "Een — Lijst" + String(repeating: " ", count: 19))
        #expect(lezer.announcements == ["Een — Lijst"])
    }
}
