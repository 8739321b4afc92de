import Foundation
import RegieDomain
import Screen
import Testing
@testable import RegieApp

/// Reader mode on the in-memory terminal: the program's own frames, as plain lines, with
/// the bottom line saying what has focus and what changed, and the cursor on the focus.
@Suite("Leesmodus: gewone regels, de focus en elke verandering op de onderste regel")
struct LezerTests {
    /// The program at 80×24 behind reader mode.
    struct Rit {
        let runtime: Runtime<RegieProgramma>
        let geheugen = MemoryBackend(width: 80, height: 24)
        let lezer: ReaderBackend

        init(_ omgeving: Werkomgeving) {
            lezer = ReaderBackend(geheugen)
            runtime = Runtime(program: RegieProgramma(), model: RegieProgramma.Model(omgeving: omgeving), backend: lezer)
            runtime.render()
        }

        func druk(_ keys: Key...) { for k in keys { runtime.send(.key(k)) } }
        func typ(_ tekst: String) { for c in tekst { runtime.send(.key(.character(c))) } }
        /// The screen's lines, trailing spaces removed.
        var regels: [String] { geheugen.lines.map { l in var s = l; while s.last == " " { s.removeLast() }; return s } }
    }

    func werk() throws -> TestWerk {
        let werk = try TestWerk()
        try werk.omgeving.opslag.voegToe(Dossier(naam: "Familie Aydin", aangemaakt: werk.omgeving.vandaag))
        try werk.omgeving.opslag.voegToe(Dossier.testGezin(werk.omgeving.vandaag))
        return werk
    }

    @Test("het overzicht: gewone regels, de gekozen regel en het scherm gezegd, de cursor op de gekozen regel")
    func overzicht() throws {
        let werk = try werk()
        defer { werk.ruimOp() }
        let rit = Rit(werk.omgeving)
        #expect(rit.regels == [
            "Regie · overzicht · 23-11-2026",
            "   Huishoudens (2 van 2) · gesorteerd op naam",
            "   Huishouden             Fase  Niveau  Overleg     Te laat  Veiligheidsplan",
            " › Familie Aydin          1     —       —                 —  —",
            "   Familie Test           1     —       —                 —  —",
        ] + Array(repeating: "", count: 15) + [
            " Enter: openen · /: zoeken · s: sorteren · f: filter",
            "",
            "U werkt als Test Regisseur.                        F5: presenteren · F1: toetsen",
            "Familie Aydin, 1, —, —, —, — — Regie · overzicht · 23-11-2026",
        ])
        #expect(rit.geheugen.cursor == Point(x: 1, y: 3))

        rit.druk(.down)
        #expect(Array(rit.regels[3...4]) == [
            "   Familie Aydin          1     —       —                 —  —",
            " › Familie Test           1     —       —                 —  —",
        ])
        #expect(rit.regels[23] == "Familie Test, 1, —, —, —, —")
        #expect(rit.geheugen.cursor == Point(x: 1, y: 4))
    }

    @Test("een dossier: zonder lijnen, het veld met focus en het tabblad gezegd; typen zegt niets; een melding wel")
    func dossier() throws {
        let werk = try werk()
        defer { werk.ruimOp() }
        let rit = Rit(werk.omgeving)
        rit.druk(.down, .enter)
        #expect(Array(rit.regels[0...3]) == [
            "Familie Test   1 Huishouden 2 Pla 3 Vei 4 Fas 5 Reg 6 Pla 7 Ove 8 Ver",
            "[ Huishouden ]         Huishouden",
            "  Gezinsleden        ▸ Naam huishouden       Familie Test",
            "  Netwerk              Contactpersoon        —",
        ])
        #expect(!rit.regels.joined().contains { ReaderView.isDrawing($0) }, "\(rit.regels.joined(separator: "\n"))")
        #expect(rit.regels[23] == "Naam huishouden: Familie Test — Familie Test, 1 Huishouden")
        #expect(rit.geheugen.cursor == Point(x: 57, y: 2))

        rit.druk(.alt("2"), .down)
        #expect(rit.regels[23] == "Aanleiding")
        #expect(rit.geheugen.cursor == Point(x: 41, y: 5))
        let gezegd = rit.lezer.announcements.count
        rit.typ("Ruzie")
        #expect(rit.regels[5] == "  Analyse            ▸ Aanleiding        Ruzie")
        #expect(rit.lezer.announcements.count == gezegd, "\(rit.lezer.announcements)")
        #expect(rit.geheugen.cursor == Point(x: 46, y: 5))

        rit.druk(.ctrl("s"))
        #expect(Array(rit.regels[22...23]) == ["Gelukt: Bewaard.", "Gelukt: Bewaard."])
        rit.druk(.down)
        // The last field: down goes round to the first.
        #expect(rit.regels[23] == "Datum plan: dd-mm-jjjj")
        #expect(rit.geheugen.cursor == Point(x: 41, y: 4))
    }
}
