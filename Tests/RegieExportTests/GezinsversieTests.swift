import Foundation
import RegieDomain
import Testing
@testable import RegieExport

/// The plan as the household and the school receive it, and as the professionals do.
@Suite("Versie voor het gezin en voor professionals")
struct GezinsversieTests {
    /// Words of the checks per person, which only the professionals' version lists.
    static let controles = ["Verwijsindex", "legitimatie", "woonplaatsbeginsel"]

    func document(_ inhoud: Plandocument.Inhoud) throws -> Plandocument {
        Plandocument.bouw(plan(), methode: try testMethode(), vandaag: testVandaag, versie: "Werkversie", inhoud: inhoud)
    }

    @Test("Markdown voor het gezin: geen controles per persoon en geen lege velden; voor professionals wel")
    func markdown() throws {
        let gezin = MarkdownWeergave(document: try document(.voorGezin)).tekst()
        let prof = MarkdownWeergave(document: try document(.voorProfessionals)).tekst()
        for woord in Self.controles {
            #expect(!gezin.contains(woord), "\(woord) hoort niet in de versie voor het gezin")
            #expect(prof.contains(woord), "\(woord) hoort in de versie voor professionals")
        }
        #expect(!gezin.contains("—"), "een leeg veld wordt weggelaten, niet als streepje getoond")
        #expect(prof.contains("—"))
        // What is filled in stays, for everyone.
        for tekst in ["- Telefoon: 06-12345678", "- Geboortedatum: 05-01-1980", "Toestemming om informatie te delen met betrokkenen: ja",
                      "Veiligheidsplan Familie De Jong-El Amrani", "Datum (vervolg)evaluatie: 07-12-2026"] {
            #expect(gezin.contains(tekst), "\(tekst)")
            #expect(prof.contains(tekst), "\(tekst)")
        }
        // Zoë has no phone number: the family's copy says nothing, the professionals' a dash.
        #expect(prof.contains("- Telefoon: —"))
    }

    @Test("elk veld in de versie voor het gezin heeft een waarde; de meta ook")
    func geenLegeVelden() throws {
        var d = Dossier(naam: "Familie Leeg", aangemaakt: testVandaag)
        d.gezinsleden = [Gezinslid(naam: "Anna")]
        d.veiligheidsplan = Veiligheidsplan()
        let doc = Plandocument.bouw(d, methode: try testMethode(), vandaag: testVandaag, inhoud: .voorGezin)
        #expect(doc.meta.allSatisfy { !$0.waarde.isEmpty })
        for case .velden(let v) in doc.blokken { #expect(v.allSatisfy { !$0.waarde.isEmpty }, "\(v)") }
        let md = MarkdownWeergave(document: doc).tekst()
        #expect(!md.contains("—"))
        #expect(md.contains("### Anna"))
        #expect(!md.contains("Overige gegevens"), "zonder toestemming ingevuld blijft er niets over om te tonen")
        let prof = MarkdownWeergave(document: Plandocument.bouw(d, methode: try testMethode(), vandaag: testVandaag,
                                                                inhoud: .voorProfessionals)).tekst()
        #expect(prof.contains("- Anna: signaal in de Verwijsindex: niet ingevuld"))
    }

    @Test("PDF voor het gezin: pdftotext vindt geen controles en geen streepjes; die voor professionals wel",
          .enabled(if: Pdftekst.beschikbaar, "pdftotext (poppler-utils) ontbreekt; installeer het zoals .ci/run doet"))
    func pdf() throws {
        let gezin = Pdftekst.plat(try Pdftekst.lees(try PdfWeergave(document: try document(.voorGezin)).pdf().data))
        let prof = Pdftekst.plat(try Pdftekst.lees(try PdfWeergave(document: try document(.voorProfessionals)).pdf().data))
        for woord in Self.controles {
            #expect(!gezin.contains(woord))
            #expect(prof.contains(woord))
        }
        #expect(!gezin.contains("—"))
        #expect(prof.contains("Telefoon: —"))
        #expect(gezin.contains("Telefoon: 06-12345678"))
        #expect(gezin.contains("Veiligheidsplan Familie De Jong-El Amrani"))
    }
}

@Suite("Niveau gehouden in het plan")
struct NiveauGehoudenTests {
    @Test("een niveau dat na herzien gelijk bleef, staat er als gehouden, niet als 'van 3 naar 3'")
    func gehouden() throws {
        var d = Dossier(naam: "Familie Test", aangemaakt: testVandaag)
        d.proces.niveau = 3
        d.proces.niveaugeschiedenis = [Niveauwijziging(datum: testVandaag, van: 3, naar: 3, reden: "Andere regisseur", door: "Rita")]
        let md = MarkdownWeergave(document: Plandocument.bouw(d, methode: try testMethode(), vandaag: testVandaag,
                                                              inhoud: .volledig)).tekst()
        #expect(md.contains("niveau 3 gehouden, door Rita. Reden: Andere regisseur"), "\(md)")
        #expect(!md.contains("van 3 naar 3"))
    }
}
