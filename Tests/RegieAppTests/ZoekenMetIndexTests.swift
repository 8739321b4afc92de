import Foundation
import RegieDomain
import RegieStore
import Screen
import Testing
@testable import RegieApp

@Suite("Zoeken in alle dossiers via de zoekindex")
struct ZoekenMetIndexTests {
    func werk() throws -> TestWerk {
        let werk = try TestWerk()
        let vandaag = werk.omgeving.vandaag
        try werk.omgeving.opslag.voegToe(Dossier(id: "smit", naam: "Familie Smit", aangemaakt: vandaag,
                                                 gezinsleden: [Gezinslid(naam: "Noëlle Smit")]))
        try werk.omgeving.opslag.voegToe(Dossier(id: "yilmaz", naam: "Familie Yılmaz", aangemaakt: vandaag,
                                                 gezinsleden: [Gezinslid(naam: "Ayşe Yılmaz")]))
        var bos = Dossier(id: "bos", naam: "Familie Bos", aangemaakt: vandaag)
        bos.plan.aanleiding = "Tante NOELLE helpt met de administratie."
        try werk.omgeving.opslag.voegToe(bos)
        return werk
    }

    @Test("/ vraagt de zoekindex op als effect; wat intussen getypt wordt, blijft staan en wordt gezocht zodra hij er is")
    func indexAlsEffect() throws {
        let werk = try werk()
        defer { werk.ruimOp() }
        let programma = RegieProgramma()
        var model = RegieProgramma.Model(omgeving: werk.omgeving)
        let effecten = programma.update(&model, .event(.key(.character("/"))))
        #expect(effecten.count == 1)
        guard effecten.count == 1, case .run(let w) = effecten[0], let leesIndex = w as? Werk, leesIndex.soort == .zoekindex else {
            Issue.record("geen effect dat de zoekindex leest: \(effecten)")
            return
        }
        #expect(model.overzicht.zoeken?.index == nil, "de index wordt niet in update gelezen")
        for c in "noelle" { #expect(programma.update(&model, .event(.key(.character(c)))).isEmpty) }
        var frame = Frame(size: Size(width: 80, height: 24))
        programma.view(model, into: &frame)
        #expect(frame.buffer.lines == [
            "Regie · overzicht · 23-11-2026                                                  ",
            "┌─ Zoeken in alle dossiers ────────────────────────────────────────────────────┐",
            "│Zoek: noelle                                                                  │",
            "│De zoekindex wordt bijgewerkt (3 dossiers); typ gerust verder                 │",
            "│  Huishouden                  Waar                Gevonden                    │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "└──────────────────────────────────────────────────────────────────────────────┘",
            "zoeken…                                            F5: presenteren · F1: toetsen",
            "Enter Huishouden openen  Insert Nieuw huishouden  / Zoeken in alle dossiers     ",
        ])

        _ = programma.update(&model, leesIndex.run())
        #expect(model.overzicht.zoeken?.treffers.map(\.id) == ["bos", "smit"], "in de volgorde van de lijst")
        #expect(model.overzicht.zoeken?.treffers.map(\.waar) == ["Aanleiding", "Gezinslid"])
        frame = Frame(size: Size(width: 80, height: 24))
        programma.view(model, into: &frame)
        #expect(frame.buffer.lines == [
            "Regie · overzicht · 23-11-2026                                                  ",
            "┌─ Zoeken in alle dossiers ────────────────────────────────────────────────────┐",
            "│Zoek: noelle                                                                  │",
            "│2 treffers · ↑ ↓ kiezen · Enter: openen · Esc: terug                          │",
            "│  Huishouden                  Waar                Gevonden                    │",
            "│› Familie Bos                 Aanleiding          Tante NOELLE helpt met de a…│",
            "│  Familie Smit                Gezinslid           Noëlle Smit                 │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "└──────────────────────────────────────────────────────────────────────────────┘",
            "U werkt als Test Regisseur.                        F5: presenteren · F1: toetsen",
            "Enter Huishouden openen  Insert Nieuw huishouden  / Zoeken in alle dossiers     ",
        ])
        for _ in 0..<6 { _ = programma.update(&model, .event(.key(.backspace))) }
        for c in "YILM" { _ = programma.update(&model, .event(.key(.character(c)))) }
        #expect(model.overzicht.zoeken?.treffers.map(\.huishouden) == ["Familie Yılmaz", "Familie Yılmaz"])
    }

    @Test("Esc voordat de index er is: het zoeken is dicht en de late index doet niets")
    func laatAntwoord() throws {
        let werk = try werk()
        defer { werk.ruimOp() }
        let programma = RegieProgramma()
        var model = RegieProgramma.Model(omgeving: werk.omgeving)
        let effecten = programma.update(&model, .event(.key(.character("/"))))
        guard case .run(let w) = effecten.first, let leesIndex = w as? Werk, leesIndex.soort == .zoekindex else {
            Issue.record("geen effect")
            return
        }
        _ = programma.update(&model, .event(.key(.escape)))
        #expect(model.overzicht.zoeken == nil)
        _ = programma.update(&model, leesIndex.run())
        #expect(model.overzicht.zoeken == nil)
    }

    @Test("de opslag vouwt zoals de schermen: hoofdletters en accenten tellen niet, ook ı, ø, ß, æ en œ")
    func zelfdeVouwing() {
        for s in ["Noëlle", "NOELLE", "Yılmaz", "Øresund", "Straße", "Ærø", "œuvre", "Łódź", "Đorđe", "Ｆｕｌｌ", "İstanbul", "Çelik",
                  "René\u{301}", "plain ascii", "Zoë en Noël", ""] {
            #expect(Lijst.vouw(s) == s.searchFolded, "\(s)")
        }
    }
}

/// A layer that stores bytes as they are and counts what it opens.
final class TellendeLaag: Bytelaag, @unchecked Sendable {
    private let slot = NSLock()
    private var _geopend = 0
    var geopend: Int { slot.withLock { _geopend } }
    func verzegel(_ data: Data) throws -> Data { data }
    func open(_ data: Data) throws -> Data {
        slot.withLock { _geopend += 1 }
        return data
    }
}

@Suite("Het overzicht uit de index")
struct OverzichtUitDeIndexTests {
    @Test("het eerste overzicht opent geen dossier: ook de bewaartermijn van afgesloten huishoudens komt uit de index")
    func geenDossierGeopend() throws {
        let werk = try TestWerk()
        defer { werk.ruimOp() }
        let gesloten = Datum(jaar: 2024, maand: 1, dag: 10)!
        _ = try werk.demo()
        for i in 0..<5 {
            var dicht = Dossier(naam: "Familie Dicht \(i)", aangemaakt: gesloten)
            let bezwaren = dicht.sluitAf(Afsluiting(datum: gesloten, door: "Test Regisseur", evaluatie: "Het gaat goed.", vragenBij: "Wijkteam"),
                                         werk.omgeving.methode)
            try #require(bezwaren.isEmpty, "\(bezwaren)")
            try werk.omgeving.opslag.voegToe(dicht)
        }
        _ = werk.omgeving.opslag.lijst()  // the index as any earlier start leaves it
        let laag = TellendeLaag()
        var omgeving = werk.omgeving
        omgeving.opslag = try Opslag(map: werk.map, laag: laag)
        var o = Overzicht()
        o.vernieuw(omgeving)
        #expect(o.dossiers.count == 6)
        #expect(o.termijnVoorbij.count == 5)
        #expect(laag.geopend == 1, "alleen de index is geopend")
    }
}
