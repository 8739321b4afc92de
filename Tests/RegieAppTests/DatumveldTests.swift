import Eigenschappen
import Foundation
import PropertyBased
import RegieDomain
import Screen
import Testing
@testable import RegieApp

/// A date field in a form: a year that cannot be (01-10-1090, +1000j) ended the program
/// when the screen's date was turned into the dossier's. Now the field refuses it in Dutch,
/// keeps the text, and does not let the user leave until it is a date, empty, or Esc puts
/// back the one the dossier has.
@Suite("Datumveld in een formulier")
struct DatumveldTests {
    static let oud = Datum(jaar: 2026, maand: 11, dag: 2)!

    /// The plan screen with the focus on "Datum plan", which holds `datum`.
    func rit(_ werk: TestWerk, datum: Datum? = oud) -> SchermRit<PlanScherm> {
        var d = Dossier.testGezin(werk.omgeving.vandaag)
        d.plan.datum = datum
        return SchermRit(PlanScherm(d, werk.omgeving), d, werk.omgeving)
    }

    /// The field's row: "▸ Datum plan" and what it holds.
    func veldregel(_ r: SchermRit<PlanScherm>) -> String? {
        r.tekst().split(separator: "\n").first { $0.contains("▸ Datum plan") }.map(String.init)
    }

    func meldingen(_ r: SchermRit<PlanScherm>) -> [MessageLine] {
        r.verzoeken.compactMap { if case .melding(let m) = $0 { m } else { nil } }
    }

    @Test("01-10-1090 en +1000j in een leeg datumveld: geen einde van het programma, een Nederlandse weigering, de tekst blijft")
    func jaarBuitenBereik() throws {
        let werk = try TestWerk()
        defer { werk.ruimOp() }
        for (tekst, jaar) in [("01-10-1090", 1090), ("+1000j", 3026)] {
            var r = rit(werk, datum: nil)
            #expect(veldregel(r) != nil)
            r.typ(tekst)
            let weigering = "! Jaar \(jaar) kan niet: kies een jaar van 1900 tot en met 2200"
            #expect(r.tekst().contains(weigering))
            #expect(r.dossier.plan.datum == nil)
            // Leaving: refused, the text stays in the field, the message says what to do.
            for toets in [Key.down, .tab, .up, .pageDown] {
                r.druk(toets)
                #expect(veldregel(r)?.contains(tekst) == true, "na \(toets): \(veldregel(r) ?? "geen veld met focus")")
                #expect(r.tekst().contains(weigering))
            }
            #expect(r.dossier.plan.datum == nil)
            #expect(meldingen(r).last == .warning("Verbeter de datum of maak het veld leeg; Esc zet de vorige terug."))
            // Esc puts back what the dossier has (nothing); then leaving works as always.
            r.druk(.escape)
            #expect(veldregel(r)?.contains(tekst) == false)
            #expect(!r.tekst().contains("! Jaar"))
            r.druk(.down)
            #expect(veldregel(r) == nil)
            #expect(r.dossier.plan.datum == nil)
        }
    }

    @Test("een datum met een verkeerd jaar overtypen: de oude datum blijft in het dossier en komt terug met Esc")
    func oudeDatumBlijft() throws {
        let werk = try TestWerk()
        defer { werk.ruimOp() }
        var r = rit(werk)
        r.druk(.end, .backspace, .backspace, .backspace, .backspace)
        r.typ("1090")
        #expect(veldregel(r)?.contains("02-11-1090") == true)
        #expect(r.tekst().contains("! Jaar 1090 kan niet: kies een jaar van 1900 tot en met 2200"))
        r.druk(.down)
        #expect(veldregel(r)?.contains("02-11-1090") == true)
        #expect(r.dossier.plan.datum == Self.oud)
        r.druk(.escape)
        #expect(veldregel(r)?.contains("02-11-2026") == true)
        #expect(meldingen(r).last == .info("De datum is niet veranderd."))
        #expect(r.dossier.plan.datum == Self.oud)
    }

    @Test("half getypt en dan weg: niet stilletjes weggegooid maar geweigerd")
    func halfGetypt() throws {
        let werk = try TestWerk()
        defer { werk.ruimOp() }
        var r = rit(werk, datum: nil)
        r.typ("01-10-19")
        #expect(!r.tekst().contains("! Geen geldige datum"), "nog bezig met typen")
        r.druk(.down)
        #expect(veldregel(r)?.contains("01-10-19") == true)
        #expect(r.tekst().contains("! Geen geldige datum: gebruik dd-mm-jjjj"))
        r.typ("90")
        #expect(r.dossier.plan.datum == Datum(jaar: 1990, maand: 10, dag: 1))
        r.druk(.down)
        #expect(veldregel(r) == nil)
    }

    @Test("elke soort invoer, dan weg: de datum in het dossier, of een Nederlandse weigering en niets kwijt")
    func elkeInvoer() throws {
        let werk = try TestWerk()
        defer { werk.ruimOp() }
        let vandaag = werk.omgeving.vandaag
        let begin = rit(werk, datum: nil)
        let n = controleer("datumveld in het plan", seed: 21, aantal: 600, seconden: 30, Datumgenerator.invoer) { invoer in
            var r = begin
            // What the field holds, by the widget's own rules (printable characters, 12 at
            // most), and what the dossier holds: every text that is a date (or empty) is
            // kept the moment it is typed, "+3d" on the way to "+3dd" too.
            var veld = DateField(today: vandaag)
            var bewaard: Datum? = nil
            for c in invoer.tekst {
                r.stuur(.key(.character(c)))
                _ = veld.handle(.key(.character(c)))
                if veld.text.allSatisfy(\.isWhitespace) { bewaard = nil } else if let v = veld.value { bewaard = v }
            }
            let lezing = Datum.lees(veld.text, vandaag: vandaag)
            r.druk(.down)
            if let d = lezing.datum {
                if r.dossier.plan.datum != d { return "dossier \(String(describing: r.dossier.plan.datum)), verwacht \(d)" }
                if veldregel(r) != nil { return "de focus bleef staan bij een datum" }
                return nil
            }
            if r.dossier.plan.datum != bewaard {
                return "dossier \(String(describing: r.dossier.plan.datum)), verwacht \(String(describing: bewaard))"
            }
            if veld.text.allSatisfy(\.isWhitespace) { return veldregel(r) == nil ? nil : "een leeg veld hield de focus" }
            guard let m = lezing.melding, isNederlandseDatummelding(m), r.tekst().contains("! " + m) else {
                return "geen Nederlandse weigering voor \(lezing)"
            }
            guard veldregel(r) != nil else { return "de focus ging weg" }
            if r.scherm.formulier.bewerker?.tekst != veld.text { return "de tekst is weg: \(String(describing: r.scherm.formulier.bewerker?.tekst))" }
            r.druk(.escape)
            if r.tekst().contains("! ") { return "na Esc nog een melding" }
            return nil
        }
        #expect(n >= 100, "maar \(n) invoeren in de tijd")
    }
}
