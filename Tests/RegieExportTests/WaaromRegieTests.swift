import Foundation
import RegieDomain
import Testing
@testable import RegieExport

/// "Waarom regie is gestart" in the full document: the reason in the regisseur's words, the
/// criteria that apply, and how many were looked at and did not apply.
@Suite("Waarom regie in het document")
struct WaaromRegieTests {
    func gestart() -> Dossier {
        var d = plan()
        d.proces.startcriteria = ["s2", "s4"]
        d.proces.startcriteriaNiet = ["s1", "s3", "s5"]
        d.proces.startreden = "Drie hulpverleners en niemand houdt het overzicht; de ruzies thuis lopen op."
        return d
    }

    @Test("de Markdown: reden, criteria die gelden, en wat niet geldt of nog open is")
    func markdown() throws {
        let t = MarkdownWeergave(dossier: gestart(), methode: try testMethode(), vandaag: testVandaag, versie: nil, inhoud: .volledig).tekst()
        let blok = try #require(t.components(separatedBy: "## Waarom regie is gestart\n\n").dropFirst().first)
        let regels = blok.components(separatedBy: "\n## ").first?.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
        #expect(regels == [
            "Drie hulpverleners en niemand houdt het overzicht; de ruzies thuis lopen op.",
            "Criteria die gelden:",
            "- Er zijn twee of meer zorgaanbieders betrokken.",
            "- Er zijn (signalen van) onvoldoende basiszorg, onveiligheid en/of (huiselijk) geweld.",
            "Bekeken en niet van toepassing: 3 criteria; nog niet beantwoord: 4.",
        ])
    }

    @Test("zonder antwoorden en zonder reden staat het blok er niet")
    func leeg() throws {
        var d = gestart()
        d.proces.startcriteria = []
        d.proces.startcriteriaNiet = []
        d.proces.startreden = ""
        let t = MarkdownWeergave(dossier: d, methode: try testMethode(), vandaag: testVandaag, versie: nil, inhoud: .volledig).tekst()
        #expect(!t.contains("Waarom regie"))
    }

    @Test("alleen een reden, nog geen criterium: de reden staat er")
    func alleenReden() throws {
        var d = gestart()
        d.proces.startcriteria = []
        let t = MarkdownWeergave(dossier: d, methode: try testMethode(), vandaag: testVandaag, versie: nil, inhoud: .volledig).tekst()
        #expect(t.contains("## Waarom regie is gestart\n\nDrie hulpverleners en niemand houdt het overzicht; de ruzies thuis lopen op.\n"))
        #expect(!t.contains("Criteria die gelden:"))
    }

    @Test("de PDF leest dezelfde woorden terug", .enabled(if: Pdftekst.beschikbaar, "pdftotext (poppler-utils) ontbreekt"))
    func pdf() throws {
        let doc = Plandocument.bouw(gestart(), methode: try testMethode(), vandaag: testVandaag, inhoud: .volledig)
        let r = try PdfWeergave(document: doc).pdf()
        let plat = Pdftekst.plat(try Pdftekst.lees(r.data))
        #expect(plat.contains("Waarom regie is gestart Drie hulpverleners en niemand houdt het overzicht; de ruzies thuis lopen op. "
                              + "Criteria die gelden:"))
        #expect(plat.contains("Er zijn twee of meer zorgaanbieders betrokken."))
        #expect(plat.contains("Bekeken en niet van toepassing: 3 criteria; nog niet beantwoord: 4."))
    }
}
