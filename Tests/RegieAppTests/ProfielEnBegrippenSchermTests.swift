import Foundation
import RegieDomain
import Screen
import Testing
@testable import RegieApp

/// The regisseurs with their competence profile and period; 6a.p1 as a handover of the
/// procesregie; the glossary from the help; the profiles and terms on a regiekaart level.
@Suite("Regisseurs, profielen en begrippen op het scherm")
struct ProfielEnBegrippenSchermTests {
    static let naam = "Sanne Visser"

    func regels(_ tekst: String) -> [String] { tekst.components(separatedBy: "\n") }

    @Test("de regisseurs: profiel tegen het niveau, sinds en tot; een regisseur openen toont de velden")
    func regisseurs() throws {
        let werk = try TestWerk(gebruiker: Self.naam)
        defer { werk.ruimOp() }
        var d = Voorbeeld.demo(vandaag: werk.omgeving.vandaag)
        d.regisseurs[1].profiel = .a
        var r = SchermRit(HuishoudenScherm(werk.omgeving.methode), d, werk.omgeving)
        r.scherm.ga(naar: .regisseurs, in: r.dossier)
        #expect(regels(r.tekst()) == [], "\n\(r.tekst())")
        r.druk(.down, .down, .down, .enter)
        #expect(regels(r.tekst()) == [], "\n\(r.tekst())")
        r.druk(.down, .right)
        #expect(r.dossier.regisseurs[1].profiel == .b)
    }

    @Test("6a.p1 afvinken vraagt wie de procesregie overneemt en vanaf wanneer, en legt dat vast")
    func overdracht() throws {
        let werk = try TestWerk(gebruiker: Self.naam)
        defer { werk.ruimOp() }
        let d = Voorbeeld.demo(vandaag: werk.omgeving.vandaag)
        var r = SchermRit(FasenScherm(d, werk.omgeving), d, werk.omgeving)
        r.scherm.fase = try #require(werk.omgeving.methode.fasen.firstIndex { $0.id == "6a" })
        r.scherm.focus = .acties
        r.scherm.actie = 0
        r.druk(.character(" "))
        #expect(regels(r.tekst()) == [], "\n\(r.tekst())")
        // Without a name nothing is recorded, and the form says why.
        r.druk(.enter, .enter, .enter, .enter)
        #expect(regels(r.tekst()) == [], "\n\(r.tekst())")
        #expect(r.dossier == d)
        r.druk(.tab)
        r.typ("Piet de Vries")
        r.druk(.enter)
        r.typ("Gemeente Zuiderveen")
        r.druk(.enter, .right, .right, .right, .enter)
        r.druk(.ctrl("u"))
        r.typ("+7")
        r.druk(.enter)
        let vanaf = try #require(werk.omgeving.vandaag.plus(dagen: 7))
        #expect(r.dossier.regisseurs[0].naam == "Marloes Visser" && r.dossier.regisseurs[0].tot == vanaf)
        let piet = try #require(r.dossier.regisseurs.last)
        #expect(piet.naam == "Piet de Vries" && piet.rol == .proces && piet.profiel == .bPlus && piet.vanaf == vanaf
                && piet.organisatie == "Gemeente Zuiderveen")
        let tik = try #require(r.dossier.proces.afvinking("6a.p1", werk.omgeving.methode))
        #expect(tik.notitie == "Procesregie van Marloes Visser naar Piet de Vries vanaf \(vanaf.tekst).")
        #expect(tik.door == Self.naam)
        #expect(regels(r.tekst()) == [], "\n\(r.tekst())")
    }

    @Test("F1 en dan b: de begrippen en de competentieprofielen; typen zoekt, Esc sluit")
    func begrippen() throws {
        let werk = try TestWerk(gebruiker: Self.naam)
        defer { werk.ruimOp() }
        let rit = ProgrammaRit(werk.omgeving, breedte: 80, hoogte: 24)
        rit.druk(.function(1))
        #expect(rit.tekst.contains("b                     Begrippen en afkortingen van de methode (in deze hulp)"), "\n\(rit.tekst)")
        rit.druk(.character("b"))
        #expect(rit.model.hulp == nil)
        #expect(regels(rit.tekst) == [], "\n\(rit.tekst)")
        rit.typ("pga")
        #expect(regels(rit.tekst) == [], "\n\(rit.tekst)")
        rit.druk(.backspace, .backspace, .backspace)
        rit.typ("B+")
        #expect(regels(rit.tekst) == [], "\n\(rit.tekst)")
        rit.druk(.escape)
        #expect(rit.model.begrippen == nil && rit.model.hulp == nil)
        #expect(!rit.tekst.contains("Begrippen en afkortingen"))
    }

    @Test("een niveau op de regiekaart: de profielen die het vraagt, hoe de regisseurs passen, en de begrippen uit de tekst")
    func regiekaart() throws {
        let werk = try TestWerk(gebruiker: Self.naam)
        defer { werk.ruimOp() }
        var d = Voorbeeld.demo(vandaag: werk.omgeving.vandaag)
        d.regisseurs[1].profiel = .a
        var r = SchermRit(RegiekaartScherm(d, werk.omgeving), d, werk.omgeving)
        r.breedte = 100
        r.hoogte = 40
        _ = r.tekst()
        for _ in 0..<2 { r.druk(.pageDown) }
        #expect(regels(r.tekst()) == [], "\n\(r.tekst())")
        r.druk(.end)
        #expect(regels(r.tekst()) == [], "\n\(r.tekst())")
    }
}
