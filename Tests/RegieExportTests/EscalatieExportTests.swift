import Foundation
import RegieDomain
import Testing
@testable import RegieExport

@Suite("Escalaties in het plan")
struct EscalatieExportTests {
    func dossier() -> Dossier {
        var d = Dossier(naam: "Familie Test", aangemaakt: testVandaag)
        d.proces.niveau = 4
        d.proces.niveaugeschiedenis = [
            Niveauwijziging(datum: Datum(jaar: 2026, maand: 10, dag: 1)!, van: 3, naar: 4, reden: "Overlast in de buurt", door: "Rita"),
        ]
        d.proces.escalaties = [
            Escalatie(datum: Datum(jaar: 2026, maand: 11, dag: 2)!, naar: "PGA-expert", aan: "Jan de Vries", reden: "Drang nodig",
                      door: "Rita", niveau: 4),
        ]
        return d
    }

    @Test("een escalatie staat met datum, aan wie, door wie en waarom in de geschiedenis van het niveau, na de wijziging ervoor")
    func markdown() throws {
        let md = MarkdownWeergave(document: Plandocument.bouw(dossier(), methode: try testMethode(), vandaag: testVandaag,
                                                              inhoud: .volledig)).tekst()
        let blok = try #require(md.components(separatedBy: "## Niveau op de regiekaart\n\n").last)
        let regels = blok.split(separator: "\n").prefix(2).map(String.init)
        #expect(regels == [
            "- 01-10-2026: van 3 naar 4, door Rita. Reden: Overlast in de buurt",
            "- 02-11-2026: escalatie naar de PGA-expert van de gemeente (aan: Jan de Vries), door Rita. Reden: Drang nodig",
        ], "\(md)")
    }

    @Test("alleen een escalatie, zonder niveauwijziging: de rubriek staat er toch")
    func alleenEscalatie() throws {
        var d = dossier()
        d.proces.niveaugeschiedenis = []
        let md = MarkdownWeergave(document: Plandocument.bouw(d, methode: try testMethode(), vandaag: testVandaag,
                                                              inhoud: .volledig)).tekst()
        #expect(md.contains("## Niveau op de regiekaart\n\n- 02-11-2026: escalatie naar de PGA-expert van de gemeente"), "\(md)")
    }

    @Test("in de PDF: pdftotext leest de escalatie",
          .enabled(if: Pdftekst.beschikbaar, "pdftotext (poppler-utils) ontbreekt; installeer het zoals .ci/run doet"))
    func pdf() throws {
        let doc = Plandocument.bouw(dossier(), methode: try testMethode(), vandaag: testVandaag, inhoud: .volledig)
        let tekst = Pdftekst.plat(try Pdftekst.lees(try PdfWeergave(document: doc).pdf().data))
        #expect(tekst.contains("escalatie naar de PGA-expert van de gemeente (aan: Jan de Vries), door Rita. Reden: Drang nodig"), "\(tekst)")
    }
}
