import Foundation
import RegieDomain
import Testing
@testable import RegieExport

/// The leefgebied of a kracht, zorg or goal is printed with it, in Markdown and in the PDF.
@Suite("Leefgebieden in het plandocument")
struct LeefgebiedExportTests {
    /// The export test plan with no leefgebied anywhere (the demo tags its zorgen and goals).
    func zonderLeefgebieden() -> Dossier {
        var d = plan()
        for i in d.plan.krachten.indices { d.plan.krachten[i].leefgebied = nil }
        for i in d.plan.zorgen.indices { d.plan.zorgen[i].leefgebied = nil }
        for i in d.plan.doelen.indices { d.plan.doelen[i].leefgebied = nil }
        return d
    }

    func getagd() -> Dossier {
        var d = zonderLeefgebieden()
        d.plan.krachten[0].leefgebied = "jeugdhulp"
        d.plan.zorgen[1].leefgebied = "werk-inkomen-financien"
        d.plan.doelen[0].leefgebied = "veiligheid"
        return d
    }

    @Test("Markdown: bij een citaat en onder de kop van het doel; zonder leefgebied staat er niets")
    func markdown() throws {
        let d = getagd()
        let t = MarkdownWeergave(dossier: d, methode: try testMethode(), vandaag: testVandaag, versie: nil, inhoud: .voorGezin).tekst()
        let kracht = d.plan.krachten[0]
        #expect(t.contains("- **\(d.naam(van: kracht.spreker))**: \"\(kracht.citaat)\" (leefgebied: (Jeugd)hulp; gevolgen: "))
        let zorg = d.plan.zorgen[1]
        #expect(t.contains("- **\(d.naam(van: zorg.spreker))**: \"\(zorg.citaat)\" (leefgebied: Werk, inkomen en financiën; sinds: "))
        #expect(t.contains("### Doel 1: \(d.plan.doelen[0].omschrijving)\n\nLeefgebied: Veiligheid\n\nBereikt: nog niet bereikt"))
        // The quotes without a leefgebied stay as they were.
        #expect(t.contains("- **Zoë Bakker**: \"Ik breng Liënne elke ochtend naar de crèche.\" (sinds: sinds één jaar)"))
        #expect(t.components(separatedBy: "eefgebied: ").count - 1 == 3)
        let zonder = MarkdownWeergave(dossier: zonderLeefgebieden(), methode: try testMethode(), vandaag: testVandaag, versie: nil, inhoud: .voorGezin).tekst()
        #expect(!zonder.contains("eefgebied"))
    }

    @Test("PDF: pdftotext leest het leefgebied bij het citaat en bij het doel",
          .enabled(if: Pdftekst.beschikbaar, "pdftotext (poppler-utils) ontbreekt; installeer het zoals .ci/run doet"))
    func pdf() throws {
        let doc = Plandocument.bouw(getagd(), methode: try testMethode(), vandaag: testVandaag, inhoud: .voorGezin)
        let plat = Pdftekst.plat(try Pdftekst.lees(try PdfWeergave(document: doc).pdf().data))
        #expect(plat.contains("Leefgebied: (Jeugd)hulp"), "\(plat)")
        #expect(plat.contains("Leefgebied: Werk, inkomen en financiën"))
        #expect(plat.contains("Leefgebied: Veiligheid Bereikt: nog niet bereikt"))
    }
}
