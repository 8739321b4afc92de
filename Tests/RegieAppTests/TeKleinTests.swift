import Foundation
import RegieDomain
import Screen
import Testing
@testable import RegieApp

/// Below the minimum size nothing of the screen can be seen, so no key may act blind:
/// only stopping (with its save) and resizing do something.
@Suite("Venster te klein")
struct TeKleinTests {
    /// Every kind of key a hand could land on: letters, the demo key, Insert, Enter,
    /// Delete, undo, a tab key, a paste.
    static let toetsen: [Event] = "abc d/".map { Event.key(.character($0)) } + [
        .key(.insert), .key(.enter), .key(.delete), .key(.backspace), .key(.ctrl("z")), .key(.alt("2")), .key(.escape),
        .key(.function(5)), .paste("Familie Geplakt"),
    ]

    static let kleinScherm = [
        "                                        ",
        "                                        ",
        "            Venster te klein            ",
        "              nodig: 80×24              ",
        "               nu: 40×10                ",
        " Vergroot het venster. Toetsen doen nu  ",
        "     niets; C-q stopt (en bewaart).     ",
        "                                        ",
        "                                        ",
        "                                        ",
    ]

    @Test("in het overzicht: d voegt geen voorbeeldhuishouden toe, Insert vraagt geen naam")
    func overzicht() throws {
        let werk = try TestWerk()
        defer { werk.ruimOp() }
        let rit = ProgrammaRit(werk.omgeving, breedte: 80, hoogte: 24)
        rit.backend.resize(width: 40, height: 10)
        rit.runtime.send(rit.backend.events.removeFirst())
        for e in Self.toetsen { rit.runtime.send(e) }
        #expect(rit.backend.lines == Self.kleinScherm)
        rit.backend.resize(width: 80, height: 24)
        rit.runtime.send(rit.backend.events.removeFirst())
        #expect(werk.omgeving.opslag.lijst().dossiers.isEmpty)
        #expect(rit.model.vraag == nil)
        #expect(rit.model.open == nil)
        #expect(rit.tekst.contains("Er staan nog geen huishoudens"))
    }

    @Test("in een open dossier: typen verandert de naam niet en er wordt niets bewaard")
    func dossier() throws {
        let werk = try TestWerk()
        defer { werk.ruimOp() }
        let demo = try werk.demo()
        let rit = ProgrammaRit(werk.omgeving, breedte: 80, hoogte: 24)
        rit.druk(.enter)
        let open = try #require(rit.model.open?.dossier)
        #expect(open.id == demo.id)
        rit.backend.resize(width: 40, height: 10)
        rit.runtime.send(rit.backend.events.removeFirst())
        for e in Self.toetsen { rit.runtime.send(e) }
        #expect(rit.backend.lines == Self.kleinScherm)
        #expect(rit.model.open?.dossier == open)
        #expect(rit.model.presentatie == nil)
        #expect(rit.model.tab == .huishouden)
        rit.backend.resize(width: 80, height: 24)
        rit.runtime.send(rit.backend.events.removeFirst())
        #expect(rit.model.open?.dossier == open)
        #expect(try werk.omgeving.opslag.laad(demo.id).dossier.naam == demo.naam)
        #expect(werk.omgeving.opslag.lijst().dossiers.count == 1)
        #expect(rit.tekst.contains("Familie De Jong-El Amr… │"))
    }

    @Test("C-q stopt ook als het venster te klein is, en bewaart wat er getypt was")
    func stoppenBewaart() throws {
        let werk = try TestWerk()
        defer { werk.ruimOp() }
        let demo = try werk.demo()
        let rit = ProgrammaRit(werk.omgeving, breedte: 80, hoogte: 24)
        rit.druk(.enter, .end)
        rit.typ(" en kinderen")
        rit.backend.resize(width: 40, height: 10)
        rit.runtime.send(rit.backend.events.removeFirst())
        rit.druk(.ctrl("q"))
        #expect(rit.runtime.isQuitting)
        #expect(try werk.omgeving.opslag.laad(demo.id).dossier.naam == demo.naam + " en kinderen")
    }
}
