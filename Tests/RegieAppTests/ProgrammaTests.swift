import Foundation
import RegieDomain
import RegieStore
import Screen
import Testing
@testable import RegieApp

/// The whole program on the in-memory screen: overview, opening, autosave, undo, conflicts.
@Suite("Programma")
struct ProgrammaTests {
    @Test("lege opslag: uitleg hoe te beginnen, en d voegt het voorbeeldhuishouden toe")
    func legeOpslag() throws {
        let werk = try TestWerk()
        defer { werk.ruimOp() }
        let rit = ProgrammaRit(werk.omgeving, breedte: 80, hoogte: 24)
        #expect(rit.tekst.contains("Er staan nog geen huishoudens"))
        #expect(rit.tekst.contains("voorbeeldhuishouden"))
        rit.typ("d")
        #expect(rit.tekst.contains("Familie De Jong"))
        #expect(werk.omgeving.opslag.lijst().dossiers.count == 1)
    }

    @Test("nieuw huishouden: naam vragen, aanmaken en openen; leeg mag niet")
    func nieuwHuishouden() throws {
        let werk = try TestWerk()
        defer { werk.ruimOp() }
        let rit = ProgrammaRit(werk.omgeving)
        rit.druk(.insert)
        #expect(rit.tekst.contains("Hoe heet het huishouden?"))
        rit.druk(.enter)
        #expect(rit.tekst.contains("Vul iets in"))
        rit.typ("Familie Öztürk\n")
        #expect(rit.model.open?.dossier.naam == "Familie Öztürk")
        #expect(rit.tekst.contains("Familie Öztürk │"))
        let lijst = werk.omgeving.opslag.lijst().dossiers
        #expect(lijst.map(\.naam) == ["Familie Öztürk"])
    }

    @Test("typen komt in het dossier en wordt na de pauze bewaard; C-z zet het in één keer terug")
    func bewarenEnOngedaan() throws {
        var werk = try TestWerk()
        defer { werk.ruimOp() }
        let d = try werk.demo()
        werk.omgeving.gebruiker = "Test"
        var klok = 0.0
        let backend = MemoryBackend(width: 100, height: 30)
        let runtime = Runtime(program: RegieProgramma(), model: RegieProgramma.Model(omgeving: werk.omgeving), backend: backend,
                              clock: { klok })
        runtime.render()
        runtime.send(.key(.enter))  // open the only household
        #expect(runtime.model.open?.dossier.id == d.id)
        runtime.send(.key(.end))
        for c in " en kinderen" { runtime.send(.key(.character(c))) }
        #expect(runtime.model.open?.dossier.naam == "Familie De Jong-El Amrani en kinderen")
        #expect(try werk.omgeving.opslag.laad(d.id).dossier.naam == d.naam, "nog niet bewaard vóór de pauze")
        klok = 1.0
        runtime.send(.tick)
        #expect(try werk.omgeving.opslag.laad(d.id).dossier.naam == "Familie De Jong-El Amrani en kinderen")
        #expect(backend.screen.text.contains("bewaard"))
        runtime.send(.key(.ctrl("z")))
        #expect(runtime.model.open?.dossier.naam == d.naam, "één C-z neemt al het getypte in het veld terug")
        #expect(backend.screen.text.contains("Familie De Jong-El Amrani │"))
        #expect(try werk.omgeving.opslag.laad(d.id).dossier.naam == d.naam, "ongedaan maken wordt ook bewaard")
        runtime.send(.key(.ctrl("y")))
        #expect(runtime.model.open?.dossier.naam == "Familie De Jong-El Amrani en kinderen")
    }

    @Test("een lege naam van het huishouden wordt niet overgenomen en niet bewaard")
    func legeNaam() throws {
        let werk = try TestWerk()
        defer { werk.ruimOp() }
        let d = try werk.demo()
        let rit = ProgrammaRit(werk.omgeving)
        rit.druk(.enter, .ctrl("u"))
        #expect(rit.tekst.contains("mag niet leeg zijn"))
        #expect(rit.model.open?.dossier.naam == d.naam)
        rit.druk(.escape)
        #expect(rit.model.open == nil)
        #expect(try werk.omgeving.opslag.laad(d.id).dossier.naam == d.naam)
    }

    @Test("gewijzigd in een ander venster: niets overschreven, melding, C-r leest opnieuw")
    func conflict() throws {
        let werk = try TestWerk()
        defer { werk.ruimOp() }
        let d = try werk.demo()
        let rit = ProgrammaRit(werk.omgeving)
        rit.druk(.enter)
        // someone else saves the same dossier
        var elders = try werk.omgeving.opslag.laad(d.id)
        elders.dossier.contact.telefoon = "010-1234567"
        try werk.omgeving.opslag.bewaar(elders.dossier, verwacht: elders.vingerafdruk)
        rit.druk(.end)
        rit.typ("!")
        rit.druk(.ctrl("s"))
        #expect(rit.tekst.contains("in een ander venster gewijzigd"))
        let opSchijf = try werk.omgeving.opslag.laad(d.id).dossier
        #expect(opSchijf.contact.telefoon == "010-1234567")
        #expect(opSchijf.naam == d.naam)
        // leaving is refused while the change is not saved; the message stays
        rit.druk(.escape)
        #expect(rit.model.open != nil)
        rit.druk(.ctrl("r"))
        #expect(rit.model.open?.dossier.contact.telefoon == "010-1234567")
        #expect(rit.model.open?.conflict == nil)
    }

    @Test("na een conflict bewaart C-e uw versie als nieuw dossier")
    func conflictKopie() throws {
        let werk = try TestWerk()
        defer { werk.ruimOp() }
        let d = try werk.demo()
        let rit = ProgrammaRit(werk.omgeving)
        rit.druk(.enter)
        let elders = try werk.omgeving.opslag.laad(d.id)
        try werk.omgeving.opslag.bewaar(elders.dossier, verwacht: elders.vingerafdruk)  // same content, new fingerprint? no: same bytes
        var anders = elders.dossier
        anders.contact.email = "ander@voorbeeld.nl"
        try werk.omgeving.opslag.bewaar(anders, verwacht: try werk.omgeving.opslag.laad(d.id).vingerafdruk)
        rit.druk(.end)
        rit.typ(" (mijn versie)")
        rit.druk(.ctrl("s"))
        rit.druk(.ctrl("b"))
        let namen = werk.omgeving.opslag.lijst().dossiers.map(\.naam).sorted()
        #expect(namen.count == 2)
        #expect(namen.contains { $0.hasPrefix("Familie De Jong-El Amrani (mijn versie) (kopie") })
        #expect(rit.model.open?.conflict == nil)
    }

    @Test("Alt-cijfers wisselen van tabblad; Esc gaat terug naar het overzicht")
    func tabbladen() throws {
        let werk = try TestWerk()
        defer { werk.ruimOp() }
        _ = try werk.demo()
        let rit = ProgrammaRit(werk.omgeving)
        rit.druk(.enter)
        #expect(rit.model.tab == .huishouden)
        for tab in Tabblad.allCases {
            rit.druk(.alt(Character(String(tab.rawValue + 1))))
            #expect(rit.model.tab == tab)
        }
        rit.druk(.alt("1"), .escape)
        #expect(rit.model.open == nil)
        #expect(rit.tekst.contains("Huishoudens (1 van 1)"))
    }

    @Test("F1 toont de toetsen van waar u bent; ? in een tekstveld is gewoon een teken")
    func hulp() throws {
        let werk = try TestWerk()
        defer { werk.ruimOp() }
        _ = try werk.demo()
        let rit = ProgrammaRit(werk.omgeving)
        rit.druk(.function(1))
        #expect(rit.tekst.contains("Nieuw huishouden"))
        rit.druk(.escape)
        rit.druk(.enter, .end)
        rit.typ("?")
        #expect(rit.model.hulp == nil)
        #expect(rit.model.open?.dossier.naam.hasSuffix("?") == true)
        rit.druk(.function(1))
        #expect(rit.tekst.contains("Ongedaan maken"))
        rit.druk(.end)
        #expect(rit.tekst.contains("Toevoegen aan de lijst"))
        #expect(!rit.tekst.contains("Nieuw huishouden"), "de toetsen van het overzicht horen hier niet")
    }

    @Test("C-q bewaart eerst; lukt bewaren niet, dan pas stoppen bij de tweede C-q")
    func stoppen() throws {
        let werk = try TestWerk()
        defer { werk.ruimOp() }
        let d = try werk.demo()
        let rit = ProgrammaRit(werk.omgeving)
        rit.druk(.enter, .end)
        rit.typ(" X")
        rit.druk(.ctrl("q"))
        #expect(rit.runtime.isQuitting)
        #expect(try werk.omgeving.opslag.laad(d.id).dossier.naam == d.naam + " X")

        let rit2 = ProgrammaRit(werk.omgeving)
        rit2.druk(.enter)
        let elders = try werk.omgeving.opslag.laad(d.id)
        var e = elders.dossier
        e.contact.telefoon = "1"
        try werk.omgeving.opslag.bewaar(e, verwacht: elders.vingerafdruk)
        rit2.druk(.end)
        rit2.typ("Y")
        rit2.druk(.ctrl("q"))
        #expect(!rit2.runtime.isQuitting)
        #expect(rit2.tekst.contains("nogmaals C-q"))
        rit2.druk(.ctrl("q"))
        #expect(rit2.runtime.isQuitting)
    }

    @Test("80×24 past; kleiner toont 'Venster te klein' en herstelt")
    func formaten() throws {
        let werk = try TestWerk()
        defer { werk.ruimOp() }
        _ = try werk.demo()
        let rit = ProgrammaRit(werk.omgeving, breedte: 80, hoogte: 24)
        rit.druk(.enter)
        #expect(rit.tekst.contains("Familie De Jong-El Amr… │ 1 Huishouden 2 Pla 3 Vei 4 Fas 5 Reg 6 Pla 7 Ove 8 Ver"))
        rit.backend.resize(width: 30, height: 10)
        rit.runtime.send(.resize(Size(width: 30, height: 10)))
        #expect(rit.tekst.contains("Venster te klein"))
        rit.backend.resize(width: 80, height: 24)
        rit.runtime.send(.resize(Size(width: 80, height: 24)))
        #expect(rit.tekst.contains("Naam huishouden"))
    }
}
