import Eigenschappen
import PropertyBased
import Testing
@testable import Screen

/// The date field over every kind of typed text (generated, seeded): it never ends the
/// program, and either holds a date in the years that can be, or refuses with a Dutch
/// message and keeps the text as typed.
@Suite("DateField: eigenschappen")
struct DateFieldEigenschappen {
    @Test("getypt of geplakt, dan Enter: een datum in de jaren of een Nederlandse weigering, en de tekst blijft")
    func elkeInvoer() {
        let gen = zip(Datumgenerator.invoer, Datumgenerator.datum, Gen.bool, Gen.bool)
        controleer("datumveld", seed: 11, aantal: 5_000, gen) { invoer, vandaag, plakken, verplicht in
            var f = DateField(label: "Datum", today: vandaag, isRequired: verplicht)
            if plakken { _ = f.handle(.paste(invoer.tekst)) } else { f.typ(invoer.tekst) }
            let getypt = f.text
            if getypt.count > 12 { return "langer dan het veld: \(getypt)" }
            let lezing = Datum.lees(getypt, vandaag: vandaag)
            for (breedte, hoogte) in [(1, 1), (12, 2), (60, 2)] { _ = Teken.widget(f, width: breedte, height: hoogte) }
            let leeg = getypt.allSatisfy(\.isWhitespace)
            switch f.druk(.enter) {
            case .submitted:
                if leeg { return verplicht ? "een leeg verplicht veld ging door" : nil }
                guard let d = f.value, Datum.jaren.contains(d.jaar) else { return "door zonder datum in de jaren" }
                if lezing != .datum(d) { return "waarde \(d), gelezen \(lezing)" }
                if f.text != d.tekst { return "niet als dd-mm-jjjj: \(f.text)" }
                if f.message != nil || f.refusal != nil { return "melding bij een datum" }
            case .consumed:
                if f.text != getypt { return "de tekst veranderde in \(f.text)" }
                guard let m = f.message, isNederlandseDatummelding(m), f.refusal == m else {
                    return "melding \(String(describing: f.message)), weigering \(String(describing: f.refusal))"
                }
                if !leeg, m != lezing.melding { return "melding \(m), gelezen \(lezing)" }
                if let getoond = Teken.widget(f, width: 80, height: 2).buffer.lines.last, !getoond.hasPrefix(m) {
                    return "op het scherm: \(getoond)"
                }
            case let ander:
                return "Enter gaf \(ander)"
            }
            return nil
        }
    }

    @Test("01-10-1090 en +1000j: geen datum, de reden in het Nederlands, de tekst blijft staan")
    func jaarBuitenBereik() {
        let vandaag = Datum(jaar: 2026, maand: 11, dag: 23)!
        for (tekst, melding) in [("01-10-1090", "Jaar 1090 kan niet: kies een jaar van 1900 tot en met 2200"),
                                 ("+1000j", "Jaar 3026 kan niet: kies een jaar van 1900 tot en met 2200")] {
            var f = DateField(label: "Datum", today: vandaag)
            f.typ(tekst)
            #expect(f.value == nil)
            #expect(f.message == melding)
            #expect(f.refusal == melding)
            #expect(Teken.widget(f, width: 70, height: 2).buffer.text == "Datum: \(tekst)\n\(melding)")
            #expect(f.druk(.enter) == .consumed)
            #expect(f.text == tekst)
        }
        var half = DateField(today: vandaag)
        half.typ("01-10-19")
        #expect(half.message == nil, "nog bezig met typen")
        #expect(half.refusal == DateField.invalidMessage, "maar zo kan het niet blijven")
    }
}
