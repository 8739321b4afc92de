import CPangoCairo
import Foundation
import RegieDomain
import Testing
@testable import RegieExport

@Suite("PDF van het plan")
struct PdfTests {
    let versie = "Versie vastgesteld op 02-11-2026 (startoverleg)"

    func pdf(_ d: Dossier) throws -> PdfWeergave.Resultaat {
        let doc = Plandocument.bouw(d, methode: try testMethode(), vandaag: testVandaag, versie: versie, inhoud: .voorProfessionals)
        return try PdfWeergave(document: doc).pdf()
    }

    @Test("een PDF (A4) met titel en maker; het aantal pagina's klopt met de voettekst")
    func kop() throws {
        let r = try pdf(plan())
        #expect(r.data.starts(with: Data("%PDF-".utf8)))
        #expect(String(decoding: r.data.suffix(8), as: UTF8.self).contains("%%EOF"))
        #expect(r.paginas >= 3)
        let ruw = String(decoding: r.data, as: UTF8.self)
        #expect(ruw.contains("/MediaBox [ 0 0 595.27"))
        #expect(ruw.components(separatedBy: "/Type /Page\n").count - 1 == r.paginas
                || ruw.components(separatedBy: "/Type /Page ").count - 1 == r.paginas)
    }

    @Test("pdftotext leest huishouden, versie, citaten met sprekers (Zoë, René) en de voettekst per pagina",
          .enabled(if: Pdftekst.beschikbaar, "pdftotext (poppler-utils) ontbreekt; installeer het zoals .ci/run doet"))
    func tekstTerug() throws {
        let r = try pdf(plan())
        let tekst = try Pdftekst.lees(r.data)
        let plat = Pdftekst.plat(tekst)
        #expect(plat.contains("Ondersteuningsplan Familie De Jong-El Amrani"))
        #expect(plat.contains(versie))
        #expect(plat.contains("Datum plan: 02-11-2026"))
        #expect(plat.contains("Zoë Bakker: “Ik breng Liënne elke ochtend naar de crèche.”"))
        #expect(plat.contains("René Smit: “Noé is ’s avonds vaak alleen op straat; dat baart mij zorgen.”"))
        #expect(plat.contains("Sanne de Jong: “We willen allebei dat de kinderen het goed hebben, daar zijn we het over eens.”"))
        #expect(plat.contains("Veiligheidsplan Familie De Jong-El Amrani"))
        // Internal process notes are not in the document for the household.
        #expect(!plat.contains("Afweging 1"))
        // Form feeds separate the pages; each page has its footer.
        let paginas = tekst.split(separator: "\u{0C}", omittingEmptySubsequences: true).filter { !$0.allSatisfy(\.isWhitespace) }
        #expect(paginas.count == r.paginas)
        for (i, p) in paginas.enumerated() {
            #expect(Pdftekst.plat(String(p)).contains("pagina \(i + 1) van \(r.paginas)"), "voettekst op pagina \(i + 1)")
        }
    }

    @Test("een lange alinea loopt over regels en pagina's zonder dat er een woord verloren gaat",
          .enabled(if: Pdftekst.beschikbaar, "pdftotext (poppler-utils) ontbreekt; installeer het zoals .ci/run doet"))
    func langeAlinea() throws {
        let r = try pdf(plan(metLangeTekst: true))
        #expect(r.paginas >= 12, "een lang plan beslaat veel pagina's, niet \(r.paginas)")
        let woorden = Pdftekst.plat(try Pdftekst.lees(r.data)).split(separator: " ").filter { $0.hasPrefix("woordé") }.map(String.init)
        let verwacht = RegieExportTests.langeAlinea.split(separator: " ").map(String.init)
        // Aanleiding and integrale analyse hold the same paragraph: twice, in order, whole.
        #expect(woorden == verwacht + verwacht)
    }

    @Test("een handtekeningregel per ondertekenaar, met de vastgelegde datum of een lege datum",
          .enabled(if: Pdftekst.beschikbaar, "pdftotext (poppler-utils) ontbreekt; installeer het zoals .ci/run doet"))
    func handtekeningen() throws {
        let d = plan()
        let r = try pdf(d)
        let plat = Pdftekst.plat(try Pdftekst.lees(r.data))
        let ondertekenaars = Ondertekenaar.voor(d.veiligheidsplan!, in: d, vandaag: testVandaag)
        #expect(ondertekenaars.count == 5)  // Sanne, Youssef, Marloes, René signed; Zoë still has to
        #expect(plat.components(separatedBy: "Handtekening").count - 1 == ondertekenaars.count)
        #expect(plat.contains("Sanne de Jong (klant) Ondertekend op 02-11-2026") || plat.contains("Sanne de Jong (klant)"))
        #expect(plat.contains("René Smit (professional)"))
        #expect(plat.contains("Ondertekend op 20-11-2026"))
        #expect(plat.contains("Zoë Bakker (klant)"))
        #expect(plat.components(separatedBy: "Datum: ____").count - 1 == 1)
        #expect(plat.components(separatedBy: "Ondertekend op").count - 1 == 4)
    }

    @Test("geen regel wordt door een paginagrens gesneden: elke regel staat binnen de marges")
    func paginagrenzen() throws {
        let doc = Plandocument.bouw(plan(metLangeTekst: true), methode: try testMethode(), vandaag: testVandaag, inhoud: .volledig)
        let tekst = PangoTekst()
        var p = PdfPaginering()
        for s in PdfBlokken(tekst: tekst).stapels(doc) { p.plaats(s) }
        #expect(p.paginas.count > 10)
        var regels = 0
        for pagina in p.paginas {
            for case let .regel(layout, index, _, y, _) in pagina {
                regels += 1
                var inkt = PangoRectangle(), logisch = PangoRectangle()
                pango_layout_line_get_extents(pango_layout_get_line_readonly(layout, index), &inkt, &logisch)
                let boven = y + Double(logisch.y) / tekst.schaal
                let onder = boven + Double(logisch.height) / tekst.schaal
                #expect(boven >= PdfPaginering.marge - 0.01 && onder <= PdfPaginering.onder + 0.01, "regel van \(boven) tot \(onder)")
            }
        }
        #expect(regels > 500)
    }

    @Test("geen crash op 100 KB tekst, een woord zonder spaties, emoji, 漢字 en stuurtekens")
    func vreemdeTekst() throws {
        var d = plan()
        d.naam = "Familie <b>&amp; \"漢字\" 😀"
        d.plan.aanleiding = String(repeating: "Lange tekst met emoji 😀👨‍👩‍👧 en 漢字 en <i>markup</i> & zo. ", count: 1_700)  // > 100 KB
        d.plan.integraleAnalyse = String(repeating: "x", count: 100_000)
        d.plan.samenvatting = "Stuur\u{0}tekens\u{7}\r\nen\ttabs\u{2028}en\u{FEFF}meer"
        d.plan.krachten[0].citaat = "<span foreground=\"red\">geen opmaak</span> & </markup>"
        let r = try pdf(d)
        #expect(r.data.starts(with: Data("%PDF-".utf8)))
        #expect(r.paginas > 20)
        if Pdftekst.beschikbaar {
            let plat = Pdftekst.plat(try Pdftekst.lees(r.data))
            #expect(plat.contains("<span foreground=\"red\">geen opmaak</span> & </markup>"), "de tekst staat er letterlijk, niet als opmaak")
            #expect(plat.contains("Familie <b>&amp;"))
        }
    }

    @Test("lege dossiers: één of meer pagina's, met de lege ondertekening om in te vullen")
    func leegDossier() throws {
        var d = Dossier(naam: "Familie Leeg", aangemaakt: testVandaag)
        d.veiligheidsplan = Veiligheidsplan()
        let r = try pdf(d)
        #expect(r.paginas >= 1)
        let ondertekenaars = Ondertekenaar.voor(d.veiligheidsplan!, in: d, vandaag: testVandaag)
        #expect(ondertekenaars.map(\.hoedanigheid) == ["klant of wettelijk vertegenwoordiger", "professional"])
        #expect(ondertekenaars.allSatisfy { $0.naam.isEmpty && $0.datum == nil })
        if Pdftekst.beschikbaar {
            let plat = Pdftekst.plat(try Pdftekst.lees(r.data))
            #expect(plat.components(separatedBy: "Naam: ____").count - 1 == 2)
            #expect(plat.contains("Nog niet ingevuld."))
        }
    }

    // MARK: Fonts, footers and quote marks

    @Test("名前, é, ë en 🙂: elk teken heeft een font; pdftotext leest ze terug en de CJK-font zit in de PDF",
          .enabled(if: Pdftekst.beschikbaar, "pdftotext (poppler-utils) ontbreekt; installeer het zoals .ci/run doet"))
    func cjkEnEmoji() throws {
        var d = plan()
        d.gezinsleden[0].naam = "Sanne 名前"
        d.plan.aanleiding = "Naam in het Japans: 名前. Café, ruïne en één 🙂 blij gezicht. Om 09:30 op 02-11-2026, kamer #3*."
        let r = try pdf(d)
        #expect(r.onbekendeTekens == 0, "\(r.onbekendeTekens) tekens zonder font: die staan als vakje met hexcode in de PDF")
        let plat = Pdftekst.plat(try Pdftekst.lees(r.data))
        #expect(plat.contains("Naam in het Japans: 名前. Café, ruïne en één"))
        // Digits, # and * are also in the emoji font (keycaps): they stay text, not pictures.
        #expect(plat.contains("blij gezicht. Om 09:30 op 02-11-2026, kamer #3*."), "\(plat)")
        #expect(plat.contains("Sanne 名前"))
        let fonts = try Pdftekst.fonts(r.data)
        #expect(fonts.contains("NotoSansCJK"), "\(fonts)")
        #expect(fonts.contains("DejaVuSans"), "de gewone tekst blijft DejaVu Sans: \(fonts)")
        // The colour emoji is drawn as a picture (a box with a hex code would be lines and text).
        let ruw = String(decoding: r.data, as: UTF8.self)
        #expect(ruw.contains("/Subtype /Image"), "de emoji staat er als kleurafbeelding in")
    }

    @Test("een teken dat geen enkel font heeft, wordt geteld (dan staat er een vakje)")
    func tekenZonderFont() throws {
        var d = Dossier(naam: "Familie \u{10FFFD}\u{10FFFC}", aangemaakt: testVandaag)
        d.plan.aanleiding = "Gewone tekst."
        let r = try pdf(d)
        #expect(r.onbekendeTekens >= 2)
        d.naam = "Familie Gewoon"
        #expect(try pdf(d).onbekendeTekens == 0)
    }

    @Test("de pagina's van het veiligheidsplan dragen zijn eigen titel in de voettekst",
          .enabled(if: Pdftekst.beschikbaar, "pdftotext (poppler-utils) ontbreekt; installeer het zoals .ci/run doet"))
    func voettekstVeiligheidsplan() throws {
        var d = plan()
        for i in 1...40 {
            d.veiligheidsplan?.afspraken.append(Veiligheidsafspraak(wat: "Afspraak \(i): wie belt wie als het thuis onrustig wordt.",
                                                                    nodig: "Een lijst met telefoonnummers op de koelkast."))
        }
        let r = try pdf(d)
        let paginas = try Pdftekst.lees(r.data).split(separator: "\u{0C}", omittingEmptySubsequences: true)
            .map { Pdftekst.plat(String($0)) }.filter { !$0.isEmpty }
        #expect(paginas.count == r.paginas)
        let plan = "Ondersteuningsplan Familie De Jong-El Amrani", veiligheid = "Veiligheidsplan Familie De Jong-El Amrani"
        let begin = try #require(paginas.firstIndex { $0.contains("Doelencheck") }, "het veiligheidsplan begint op een pagina")
        #expect(begin > 0 && paginas.count - begin >= 2, "het veiligheidsplan beslaat meer dan één pagina")
        for (i, p) in paginas.enumerated() {
            let voet = "pagina \(i + 1) van \(r.paginas)"
            #expect(p.contains(voet))
            if i < begin {
                #expect(p.contains(plan), "pagina \(i + 1) (plan) heeft het plan in de voettekst")
                #expect(!p.contains(veiligheid))
            } else {
                #expect(p.contains(veiligheid), "pagina \(i + 1) (veiligheidsplan) heeft zijn eigen voettekst")
                #expect(!p.contains(plan), "pagina \(i + 1) (veiligheidsplan) draagt niet de titel van het plan")
            }
        }
    }

    @Test("de toelichting bij de schaalvraag staat tussen dezelfde “ ” als elk citaat",
          .enabled(if: Pdftekst.beschikbaar, "pdftotext (poppler-utils) ontbreekt; installeer het zoals .ci/run doet"))
    func aanhalingstekensSchaalvraag() throws {
        let plat = Pdftekst.plat(try Pdftekst.lees(try pdf(plan()).data))
        #expect(plat.contains("Sanne de Jong: 4, “Het is nog te vaak onrustig.” (02-11-2026)"), "\(plat)")
        #expect(plat.contains("Youssef El Amrani: 6, “Het gaat al beter sinds we praten.”"))
        #expect(plat.contains("Sanne de Jong: “We willen allebei dat de kinderen het goed hebben"))
        #expect(!plat.contains("\""), "nergens rechte aanhalingstekens")
    }
}
