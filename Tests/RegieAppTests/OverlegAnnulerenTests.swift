import Foundation
import RegieDomain
import RegieStore
import Screen
import Testing
@testable import RegieApp

/// An overleg started by mistake can be cancelled: no version, nothing ticked, a line in the
/// audit trail without names, and the quotes typed stay in the plan.
@Suite("Overleg annuleren")
struct OverlegAnnulerenTests {
    @Test("C-x vraagt eerst; ja: het overleg is weg, de citaten blijven, niets afgevinkt, geen versie gevraagd")
    func annulerenOpHetScherm() throws {
        let werk = try TestWerk()
        defer { werk.ruimOp() }
        let d = Dossier.testGezin(werk.omgeving.vandaag)
        var r = SchermRit(OverlegScherm(d, werk.omgeving), d, werk.omgeving)
        OverlegInvoerTests().begin(&r)
        OverlegInvoerTests().naar("krachten", &r)
        r.typ("Wij zijn een hecht gezin\n")
        // The key is in the hints, as the keymap has it.
        #expect(r.scherm.scopes == ["overleg"])
        #expect(werk.omgeving.keymap["overleg.annuleren"]?.showInHelpBar == true)
        r.druk(.ctrl("x"))
        let dialoog = r.tekst().split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(dialoog.contains { $0.contains("Overleg annuleren") }, "\(r.tekst())")
        #expect(r.tekst().contains("Ja, annuleren"), "\(r.tekst())")
        #expect(r.tekst().contains("Nee, doorgaan"))
        // No (the default) keeps the overleg running.
        r.druk(.enter)
        #expect(r.dossier.lopendOverleg != nil)
        r.druk(.ctrl("x"), .left, .enter)
        #expect(r.dossier.lopendOverleg == nil)
        #expect(r.dossier.plan.overleggen.isEmpty)
        #expect(r.dossier.plan.krachten.map(\.citaat) == ["Wij zijn een hecht gezin"])
        #expect(r.dossier.proces.afgevinkt.isEmpty)
        #expect(!r.verzoeken.contains { if case .stelVast = $0 { true } else { false } })
        #expect(r.verzoeken.contains { if case .overlegGeannuleerd = $0 { true } else { false } })
        #expect(r.meldingen.last?.hasPrefix("Overleg geannuleerd") == true)
        #expect(r.tekst().contains("Er loopt geen overleg."), "\(r.tekst())")
    }

    @Test("de eerste stap (welkom), waar een vergissing opvalt, noemt de toets om te annuleren, zoals de keymap hem heeft")
    func annulerenInDeHint() throws {
        let werk = try TestWerk()
        defer { werk.ruimOp() }
        let d = Dossier.testGezin(werk.omgeving.vandaag)
        var r = SchermRit(OverlegScherm(d, werk.omgeving), d, werk.omgeving)
        OverlegInvoerTests().begin(&r)
        #expect(r.dossier.lopendOverleg?.verloop?.huidigeStap == "welkom")
        let hint = try #require(r.tekst().split(separator: "\n").first { $0.contains("iemand toevoegen") })
        #expect(hint.contains("C-x annuleren"), "\(r.tekst())")
    }

    @Test("met tekst die nog niet bewaard is, annuleert C-x niet maar waarschuwt")
    func eerstBewaren() throws {
        let werk = try TestWerk()
        defer { werk.ruimOp() }
        let d = Dossier.testGezin(werk.omgeving.vandaag)
        var r = SchermRit(OverlegScherm(d, werk.omgeving), d, werk.omgeving)
        OverlegInvoerTests().begin(&r)
        OverlegInvoerTests().naar("krachten", &r)
        r.typ("Half gezegd")
        r.druk(.ctrl("x"))
        #expect(r.scherm.bevestiging == nil)
        #expect(r.meldingen.last?.contains("niet bewaard") == true)
        #expect(r.dossier.lopendOverleg != nil)
    }

    @Test("in het programma: geen nieuwe versie op Versies, het citaat in het plan, 'overleg geannuleerd' in het logboek zonder namen")
    func annulerenInHetProgramma() throws {
        var werk = try TestWerk()
        defer { werk.ruimOp() }
        werk.omgeving.opslag = werk.omgeving.opslag.metLogboek(gebruiker: "Marloes Visser")
        let (rit, d) = try ProgrammaRit.inKrachtenronde(werk)
        rit.typ("We lachen veel\n")
        rit.druk(.ctrl("x"), .left, .enter)
        let bewaard = try werk.omgeving.opslag.laad(d.id).dossier
        #expect(bewaard.lopendOverleg == nil)
        #expect(bewaard.plan.overleggen.isEmpty)
        #expect(bewaard.plan.krachten.map(\.citaat) == ["We lachen veel"])
        #expect(werk.omgeving.opslag.versies(d.id).isEmpty)
        let regels = try #require(werk.omgeving.opslag.logboek).items(dossier: d.id)
        let geannuleerd = try #require(regels.first { $0.logsoort == .overlegGeannuleerd }, "\(regels)")
        #expect(geannuleerd.onderdelen == nil && geannuleerd.versie == nil)
        #expect(!regels.contains { $0.logsoort == .vastgesteld })
        #expect(Logsoort.overlegGeannuleerd.tekst == "overleg geannuleerd")
        rit.druk(.alt("8"))
        #expect(!rit.tekst.contains("vastgesteld op"), "\(rit.tekst)")
    }
}

@Suite("Overleg annuleren in het domein")
struct OverlegAnnulerenDomeinTests {
    @Test("een overleg dat een gepland overleg overnam, wordt weer dat geplande overleg; een nieuw overleg verdwijnt")
    func annuleren() throws {
        let werk = try TestWerk()
        defer { werk.ruimOp() }
        let vandaag = werk.omgeving.vandaag
        var d = Dossier.testGezin(vandaag)
        let agenda = try #require(werk.omgeving.methode.agenda(.voortgang))
        let gepland = Overleg(soort: .voortgang, datum: vandaag.plus(dagen: 3), tijd: Tijd(uur: 14, minuut: 0), locatie: "School",
                              aanwezigen: [d.gezinsleden[0].id])
        d.plan.overleggen = [gepland]
        let begonnen = d.beginOverleg(.voortgang, agenda: agenda, aanwezigen: d.personen.map(\.id), vandaag: vandaag,
                                      tijd: Tijd(uur: 9, minuut: 0), nu: Tijdstip(Date()))
        let id = try #require(begonnen)
        #expect(id == gepland.id)
        d.plan.krachten.append(Uitspraak(spreker: d.gezinsleden[0].id, citaat: "Het gaat beter"))
        let geannuleerd = d.annuleerOverleg(id)
        #expect(geannuleerd)
        #expect(d.plan.overleggen == [gepland])
        #expect(d.plan.krachten.map(\.citaat) == ["Het gaat beter"])
        let nogmaals = d.annuleerOverleg(id)
        #expect(!nogmaals, "wat niet loopt, is niet te annuleren")

        let extra = try #require(werk.omgeving.methode.agenda(.extra))
        let tweede = d.beginOverleg(.extra, agenda: extra, aanwezigen: [d.gezinsleden[0].id], vandaag: vandaag, tijd: nil, nu: Tijdstip(Date()))
        let nieuw = try #require(tweede)
        let weg = d.annuleerOverleg(nieuw)
        #expect(weg)
        #expect(d.plan.overleggen == [gepland])
    }
}

/// What is typed in the next overleg's fields is kept like a half-typed quote.
@Suite("Overleg: volgend overleg als concept")
struct VolgendConceptTests {
    @Test("datum, tijd en plaats getypt maar niet bewaard: na bewaren en opnieuw laden staan ze er weer")
    func volgendConcept() throws {
        let werk = try TestWerk()
        defer { werk.ruimOp() }
        let (rit, d) = try ProgrammaRit.inKrachtenronde(werk)
        for _ in 0..<20 where !rit.tekst.contains("Volgend overleg ──") { rit.druk(.pageDown) }
        #expect(rit.tekst.contains("Volgend overleg"), "\(rit.tekst)")
        rit.typ("14-12-2026")
        rit.druk(.tab)
        rit.typ("10:3")
        rit.druk(.tab)
        rit.typ("Wijkcentrum De Ster")
        rit.druk(.ctrl("s"))
        let bewaard = try werk.omgeving.opslag.laad(d.id).dossier
        #expect(bewaard.lopendOverleg?.verloop?.concept?.velden == ["14-12-2026", "10:3", "Wijkcentrum De Ster"])
        #expect(bewaard.plan.overleggen.count == 1, "nog niets gepland")
        // A new program on that dossier (after a crash) shows them again; Enter plans it.
        var r = SchermRit(OverlegScherm(bewaard, werk.omgeving), bewaard, werk.omgeving)
        let tekst = r.tekst()
        #expect(tekst.contains("14-12-2026") && tekst.contains("10:3") && tekst.contains("Wijkcentrum De Ster"), "\(tekst)")
        r.druk(.tab, .end)
        r.typ("0")
        r.druk(.enter)
        let volgend = r.dossier.plan.overleggen.last
        #expect(volgend?.datum?.tekst == "14-12-2026")
        #expect(volgend?.tijd?.tekst == "10:30")
        #expect(volgend?.locatie == "Wijkcentrum De Ster")
        #expect(r.dossier.lopendOverleg?.verloop?.concept == nil)
    }
}
