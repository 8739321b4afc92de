import Testing
@testable import Screen

@Suite("FormDialog")
struct FormDialogTests {
    func vraag() -> FormDialog {
        FormDialog(title: "Signalen", intro: "Zijn er signalen van onveiligheid?",
                   fields: [.choice("antwoord", "Antwoord", ["ja", "nee", "onbekend"], selected: 2),
                            .text("toelichting", "Toelichting")])
    }

    @Test("het hele venster: vraag, velden met labels, de hint onderaan")
    func weergave() {
        let d = vraag()
        let (b, cursor) = Teken.widget(d, width: 50, height: 10)
        #expect(b.text.components(separatedBy: "\n") == [
            "",
            "┌─ Signalen ─────────────────────────────────────┐",
            "│ Zijn er signalen van onveiligheid?             │",
            "│                                                │",
            "│ Antwoord      ja   nee  [ onbekend ]           │",
            "│ Toelichting                                    │",
            "│                                                │",
            "│ Enter volgende · Esc annuleren                 │",
            "└────────────────────────────────────────────────┘",
            "",
        ])
        #expect(cursor == Point(x: 28, y: 4))
    }

    @Test("Enter gaat naar het volgende veld en legt op het laatste vast; Esc annuleert")
    func toetsen() {
        var d = vraag()
        #expect(d.typ("j") == .consumed)
        #expect(d.choice("antwoord") == "ja")
        #expect(d.druk(.enter) == .consumed)
        #expect(d.focus == 1)
        d.typ("vader slaat")
        #expect(d.text("toelichting") == "vader slaat")
        #expect(d.druk(.enter) == .submitted)
        #expect(d.druk(.up) == .consumed)
        #expect(d.focus == 0)
        #expect(d.druk(.backTab) == .consumed)
        #expect(d.focus == 1)
        #expect(d.druk(.escape) == .cancelled)
    }

    @Test("problemen staan in het venster, en een datumveld zegt wat er mis is")
    func problemen() {
        var d = FormDialog(title: "Afsluiten", fields: [.date("datum", "Datum", nil, today: Datum(jaar: 2026, maand: 12, dag: 6)!, isRequired: true)])
        d.typ("31-02-2027")
        #expect(d.date("datum") == nil)
        #expect(d.dateProblem("datum") != nil)
        d.problems = ["Vul een geldige datum in."]
        let tekst = Teken.widget(d, width: 40, height: 9).buffer.lines
        #expect(tekst.contains("│ ! Vul een geldige datum in.          │"))
    }
}
