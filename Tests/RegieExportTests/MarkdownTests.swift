import Foundation
import RegieDomain
import Testing
@testable import RegieExport

@Suite("Markdown van het plan")
struct MarkdownTests {
    func md(_ d: Dossier, _ inhoud: Plandocument.Inhoud, versie: String? = "Werkversie van 23-11-2026, nog niet vastgesteld") throws -> String {
        MarkdownWeergave(dossier: d, methode: try testMethode(), vandaag: testVandaag, versie: versie, inhoud: inhoud).tekst()
    }

    @Test("titel, versie, citaten met sprekers (Zoë, René) en de acties met te laat")
    func inhoud() throws {
        let t = try md(plan(), .voorProfessionals)
        #expect(t.hasPrefix("# Ondersteuningsplan Familie De Jong-El Amrani\n\n_Werkversie van 23-11-2026, nog niet vastgesteld_\n\n- Datum plan: 02-11-2026\n"))
        #expect(t.contains("- **Zoë Bakker**: \"Ik breng Liënne elke ochtend naar de crèche.\" (sinds: sinds één jaar)"))
        #expect(t.contains("- **René Smit**: \"Noé is ’s avonds vaak alleen op straat; dat baart mij zorgen.\""))
        #expect(t.contains("- [ ] Youssef El Amrani (vader): Time-outplan opschrijven en op de koelkast hangen, uiterlijk 20-11-2026 **(te laat)**"))
        #expect(t.contains("- [x] Marloes Visser (procesregisseur): Aanmelden bij oudercursus 'Rustig samen', uiterlijk 09-11-2026 (gedaan op 08-11-2026)"))
        #expect(t.contains("# Veiligheidsplan Familie De Jong-El Amrani"))
        #expect(!t.contains("# Verloop"), "de procesnotities horen niet in het plan voor betrokkenen")
        #expect(!t.contains("Afweging 1"))
    }

    @Test("een regel per ondertekenaar: getekend met datum, of nog te tekenen")
    func ondertekening() throws {
        let t = try md(plan(), .voorProfessionals)
        let blok = try #require(t.components(separatedBy: "## Ondertekening\n\n").last)
        let regels = blok.split(separator: "\n").map(String.init)
        #expect(regels == [
            "- Datum (vervolg)evaluatie: 07-12-2026",
            "- Ondertekend door Sanne de Jong (klant): 02-11-2026",
            "- Ondertekend door Youssef El Amrani (klant): 02-11-2026",
            "- Ondertekend door Marloes Visser (professional): 02-11-2026",
            "- Ondertekend door René Smit (professional): 20-11-2026",
            "- Te ondertekenen door Zoë Bakker (klant). Datum: __________ Handtekening: ____________________",
        ])
    }

    @Test("volledig (regie toon): met het verloop, zonder versieregel als er geen versie is")
    func volledig() throws {
        let t = try md(plan(), .volledig, versie: nil)
        #expect(t.hasPrefix("# Ondersteuningsplan Familie De Jong-El Amrani\n\n- Datum plan: 02-11-2026\n- Dossier: pdftest\n"))
        #expect(t.contains("\n# Verloop\n"))
        #expect(t.contains("- Afweging 1: Heb ik een vermoeden dat er huiselijk geweld is, of is daar sprake van? **ja**"))
        #expect(t.contains("- **Fase 4 Voortgang: 0 van 9 acties gedaan (huidige fase)**"))
        #expect(t.hasSuffix("organiseren?\n"))
        #expect(!t.contains("\n\n\n"), "nooit twee lege regels achter elkaar")
    }

    @Test("geen woord van het document ontbreekt in de Markdown")
    func alleTekst() throws {
        let doc = Plandocument.bouw(plan(metLangeTekst: true), methode: try testMethode(), vandaag: testVandaag, versie: "v", inhoud: .volledig)
        let t = MarkdownWeergave(document: doc).tekst()
        let woorden = Set(t.split(whereSeparator: { $0.isWhitespace }).map(String.init))
        let ontbrekend = doc.alleTekst.split(whereSeparator: { $0.isWhitespace }).map(String.init).filter { w in
            !woorden.contains(w) && !t.contains(w)
        }
        #expect(ontbrekend.isEmpty, "ontbreekt: \(ontbrekend.prefix(10))")
    }

    @Test("lege rubrieken zeggen dat er nog niets is")
    func leeg() throws {
        let t = try md(Dossier(naam: "Familie Leeg", aangemaakt: testVandaag), .volledig, versie: nil)
        #expect(t.contains("## Gezinsleden\n\n_Nog niets vastgelegd._\n"))
        #expect(t.contains("## Aanleiding\n\n_Nog niet ingevuld._\n"))
        #expect(t.contains("## Planning overleg\n\n_Nog geen overleg gepland._\n"))
        #expect(t.contains("## Zorgen over basiszorg en veiligheid\n\nNiet ingevuld\n"))
    }
}

@Suite("Wie het veiligheidsplan ondertekent")
struct OndertekenaarTests {
    @Test("volwassen gezinsleden die nog niet tekenden, geen minderjarigen; de procesregisseur als er geen professional tekende")
    func wie() {
        var d = plan()
        var vp = d.veiligheidsplan!
        vp.ondertekening = []
        d.veiligheidsplan = vp
        let lijst = Ondertekenaar.voor(vp, in: d, vandaag: testVandaag)
        #expect(lijst.map(\.naam) == ["Sanne de Jong", "Youssef El Amrani", "Zoë Bakker", "Marloes Visser"])
        #expect(lijst.map(\.hoedanigheid) == ["klant", "klant", "klant", "professional"])
        #expect(lijst.allSatisfy { $0.datum == nil })
    }

    @Test("wie al tekende staat er één keer, met de datum; ook als alleen de naam overeenkomt")
    func alGetekend() {
        var d = plan()
        var vp = d.veiligheidsplan!
        vp.ondertekening = [Ondertekening(persoon: nil, naam: "zoë bakker", hoedanigheid: .wettelijkVertegenwoordiger, datum: testVandaag)]
        d.veiligheidsplan = vp
        let lijst = Ondertekenaar.voor(vp, in: d, vandaag: testVandaag)
        #expect(lijst.first == Ondertekenaar(naam: "zoë bakker", hoedanigheid: "wettelijk vertegenwoordiger", datum: testVandaag))
        #expect(lijst.filter { $0.naam.lowercased() == "zoë bakker" }.count == 1)
        #expect(lijst.map(\.naam) == ["zoë bakker", "Sanne de Jong", "Youssef El Amrani", "Marloes Visser"])
    }

    @Test("18 jaar op de dag zelf telt als volwassen")
    func achttien() {
        let g = Gezinslid(naam: "Jarig", geboortedatum: Datum(jaar: 2008, maand: 11, dag: 23))
        let bijna = Gezinslid(naam: "Bijna", geboortedatum: Datum(jaar: 2008, maand: 11, dag: 24))
        #expect(Ondertekenaar.isVolwassen(g, testVandaag))
        #expect(!Ondertekenaar.isVolwassen(bijna, testVandaag))
        #expect(Ondertekenaar.isVolwassen(Gezinslid(naam: "Onbekend"), testVandaag))
        #expect(!Ondertekenaar.isVolwassen(Gezinslid(naam: "Kind", gezag: "moeder"), testVandaag))
    }
}

@Suite("Markdown van het plan: de regisseurs")
struct RegisseursInHetPlanTests {
    @Test("wie de regie heeft staat bovenaan met sinds wanneer en het profiel; wie overdroeg staat eronder met tot wanneer")
    func regisseurs() throws {
        var d = plan()
        let vanaf = try #require(testVandaag.plus(dagen: 7))
        #expect(d.draagProcesregieOver(aan: Regisseur(naam: "Piet de Vries", rol: .proces, organisatie: "Gemeente", profiel: .bPlus), vanaf: vanaf) == nil)
        let t = MarkdownWeergave(dossier: d, methode: try testMethode(), vandaag: testVandaag, versie: nil, inhoud: .voorProfessionals).tekst()
        let blok = try #require(t.components(separatedBy: "## Regisseurs\n\n").last?.components(separatedBy: "\n\n").first)
        let begin = try #require(d.regisseurs.first?.vanaf)
        #expect(blok.split(separator: "\n").map(String.init) == [
            "- Procesregisseur sinds \(vanaf.tekst): Piet de Vries, competentieprofiel B+, Gemeente",
            "- Casusregisseur sinds \(begin.tekst): Thijs Bos, competentieprofiel B, Maatschappelijk werk Zuiderveen, t.bos@voorbeeld.nl",
            "- Procesregisseur sinds \(begin.tekst) tot \(vanaf.tekst): Marloes Visser, competentieprofiel B, Lokaal team Zuiderveen, 0512-111222, m.visser@voorbeeld.nl",
        ], "\(blok)")
        // The household's version: the same people and periods, without the competence profile.
        let gezin = MarkdownWeergave(dossier: d, methode: try testMethode(), vandaag: testVandaag, versie: nil, inhoud: .voorGezin).tekst()
        #expect(gezin.contains("- Procesregisseur sinds \(vanaf.tekst): Piet de Vries, Gemeente\n"))
        #expect(!gezin.contains("competentieprofiel"))
    }
}
