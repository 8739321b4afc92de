import Foundation
import RegieDomain
import Screen
import Testing
@testable import RegieApp

/// Projector mode: with several households in the store, nothing of the others may appear
/// on any screen that can be reached while presenting.
@Suite("Presentatie")
struct PresentatieTests {
    /// Names of the households that are not presented, and of their people.
    static let anderen = ["Bakker", "Yvonne", "Öztürk", "Murat", "Oosterhuis", "Hanneke"]

    /// The demo household plus two others; the program opened on the overview.
    static func opzet(_ werk: TestWerk, breedte: Int = 100, hoogte: Int = 30) throws -> (ProgrammaRit, Dossier) {
        let demo = try werk.demo()
        try werk.omgeving.opslag.voegToe(Dossier(naam: "Familie Bakker", aangemaakt: werk.omgeving.vandaag,
                                                 gezinsleden: [Gezinslid(naam: "Yvonne Bakker", rolInGezin: "moeder")],
                                                 netwerk: [Netwerklid(naam: "Hanneke Oosterhuis", relatie: "buurvrouw")]))
        try werk.omgeving.opslag.voegToe(Dossier(naam: "Familie Öztürk", aangemaakt: werk.omgeving.vandaag,
                                                 gezinsleden: [Gezinslid(naam: "Murat Öztürk", rolInGezin: "vader")]))
        for naam in anderen { #expect(!naamVoorkomt(naam, in: demo), "het voorbeeldhuishouden bevat \(naam)") }
        let rit = ProgrammaRit(werk.omgeving, breedte: breedte, hoogte: hoogte)
        rit.runtime.runEditor = { $0 }
        return (rit, demo)
    }

    static func naamVoorkomt(_ naam: String, in dossier: Dossier) -> Bool {
        let data = (try? JSONEncoder().encode(dossier)).flatMap { String(data: $0, encoding: .utf8) } ?? ""
        return data.contains(naam)
    }

    /// Selects a household in the overview by moving down until it is selected.
    static func kies(_ id: String, _ rit: ProgrammaRit) {
        for _ in 0..<10 where rit.model.overzicht.geselecteerd != id { rit.druk(.down) }
    }

    @Test("F5 in het overzicht opent het gekozen huishouden als presentatie, met het beamerthema")
    func aanVanuitOverzicht() throws {
        let werk = try TestWerk()
        defer { werk.ruimOp() }
        let (rit, demo) = try Self.opzet(werk)
        #expect(rit.tekst.contains("Familie Bakker"))  // the overview shows them all
        Self.kies(demo.id, rit)
        rit.druk(.function(5))
        #expect(rit.model.presentatie != nil)
        #expect(rit.model.open?.dossier.id == demo.id)
        #expect(rit.tekst.contains("Presentatie aan: alleen dit huishouden is te zien. F5 zet hem uit."))
        rit.druk(.down)
        #expect(rit.tekst.contains("Alleen lezen · Enter: veld bewerken"))
        #expect(rit.tekst.contains("F5: presentatie uit · F8: scherm zwart"))
        for naam in Self.anderen { #expect(!rit.tekst.contains(naam)) }
    }

    @Test("het beamerthema geldt alleen tijdens de presentatie")
    func thema() throws {
        let werk = try TestWerk()
        defer { werk.ruimOp() }
        let demo = try werk.demo()
        var gewoon = Theme.fallback
        gewoon.name = "gewoon"
        var beamer = Theme.fallback
        beamer.name = "beamer"
        let backend = MemoryBackend(width: 100, height: 30)
        let runtime = Runtime(program: RegieProgramma(),
                              model: RegieProgramma.Model(omgeving: werk.omgeving, themas: Themakeuze(gewoon: gewoon, beamer: beamer)),
                              backend: backend)
        runtime.render()
        #expect(backend.theme.name == "gewoon")
        runtime.send(.key(.function(5)))
        #expect(runtime.model.open?.dossier.id == demo.id)
        #expect(backend.theme.name == "beamer")
        runtime.send(.key(.function(5)))
        #expect(backend.theme.name == "gewoon")
    }

    @Test("Esc gaat niet naar het overzicht; pas na F5 (presentatie uit) wel, en dan staan de anderen er weer")
    func escGeweigerd() throws {
        let werk = try TestWerk()
        defer { werk.ruimOp() }
        let (rit, demo) = try Self.opzet(werk)
        Self.kies(demo.id, rit)
        rit.druk(.enter, .function(5))
        #expect(rit.model.presentatie != nil)
        rit.druk(.escape)
        #expect(rit.model.open?.dossier.id == demo.id)
        #expect(rit.tekst.contains("zet eerst de presentatie uit met F5"))
        rit.druk(.function(5), .escape)
        #expect(rit.model.open == nil)
        #expect(rit.tekst.contains("Familie Bakker"))
    }

    @Test("de lijst van meldingen (F7) toont tijdens de presentatie niets van daarvoor")
    func meldingenAlleenVanDePresentatie() throws {
        let werk = try TestWerk()
        defer { werk.ruimOp() }
        let (rit, demo) = try Self.opzet(werk)
        rit.druk(.insert)
        rit.typ("Familie Geheim\n")
        #expect(rit.tekst.contains("Familie Geheim is aangemaakt"))
        rit.druk(.escape)
        for _ in 0..<10 where rit.model.overzicht.geselecteerd != demo.id { rit.druk(.up) }
        rit.druk(.function(5), .function(7))
        #expect(rit.model.meldingen.isOpen)
        #expect(rit.tekst.contains("Presentatie aan: alleen dit huishouden is te zien."))
        #expect(!rit.tekst.contains("Geheim"))
        rit.druk(.escape, .function(5), .function(7))
        #expect(rit.tekst.contains("Familie Geheim is aangemaakt"))
    }

    @Test("F8 maakt het scherm zwart; getypte toetsen doen dan niets; F8 of Enter brengt het terug")
    func zwart() throws {
        let werk = try TestWerk()
        defer { werk.ruimOp() }
        let (rit, demo) = try Self.opzet(werk)
        Self.kies(demo.id, rit)
        rit.druk(.function(5), .function(8))
        #expect(!rit.tekst.contains("Familie De Jong"))
        #expect(!rit.tekst.contains("Sanne"))
        #expect(rit.tekst.trimmingCharacters(in: .whitespacesAndNewlines) == "F8: terug")
        let voor = rit.model.open?.dossier
        rit.typ("xyz")
        rit.druk(.escape, .alt("3"), .delete, .ctrl("z"))
        #expect(rit.model.open?.dossier == voor)
        #expect(rit.model.tab == .huishouden)
        rit.druk(.function(8))
        #expect(rit.tekst.contains("Familie De Jong-El Amrani"))
        rit.druk(.function(8), .enter)
        #expect(rit.tekst.contains("Familie De Jong-El Amrani"))
        #expect(rit.model.open?.dossier == voor)
    }

    @Test("tijdens de presentatie verandert /x niets; Enter op het veld begint bewerken, Esc of een ander veld stopt het")
    func alleenLezenTotBewerken() throws {
        let werk = try TestWerk()
        defer { werk.ruimOp() }
        let (rit, demo) = try Self.opzet(werk, breedte: 80, hoogte: 24)
        Self.kies(demo.id, rit)
        rit.druk(.function(5))
        let voor = try #require(rit.model.open?.dossier)
        rit.typ("/x")
        rit.druk(.backspace, .delete, .ctrl("z"))
        rit.runtime.send(.paste("geplakt"))
        #expect(rit.model.open?.dossier == voor)
        #expect(rit.backend.cursor == nil)
        #expect(rit.backend.lines == [
            "Familie De Jong-El Amr… │ 1 Huishouden 2 Pla 3 Vei 4 Fas 5 Reg 6 Pla 7 Ove 8 Ver",
            "[ Huishouden ]      ┌─ Huishouden ─────────────────────────────────────────────┐",
            "  Gezinsleden       │▸ Naam huishouden       Familie De Jong-El Amrani         │",
            "  Netwerk           │  Contactpersoon        Sanne de Jong                     │",
            "  Professionals     │  Straat en huisnummer  Lindelaan 14                      │",
            "  Regisseurs        │  Postcode              1234 AB                           │",
            "  Waarom regie      │  Woonplaats            Zuiderveen                        │",
            "                    │  Telefoon              06-12345678                       │",
            "                    │  E-mail                sanne@voorbeeld.nl                │",
            "                    │  Toestemming delen     ja                                │",
            "                    │  Dossier begonnen      19-10-2026                        │",
            "                    │                                                          │",
            "                    │                                                          │",
            "                    │                                                          │",
            "                    │                                                          │",
            "                    │                                                          │",
            "                    │                                                          │",
            "                    │                                                          │",
            "                    │                                                          │",
            "                    │                                                          │",
            "                    │                                                          │",
            "                    └──────────────────────────────────────────────────────────┘",
            "Alleen lezen tijdens de presentatie: Enter op een veld om het te bewerken.      ",
            "PgDn Volgende rubriek  F1 Hulp  C-q Afsluiten                                   ",
        ])

        rit.druk(.enter)
        #expect(rit.model.presentatie?.bewerken != nil)
        #expect(rit.backend.cursor != nil)
        #expect(rit.backend.lines[22] == "Bewerken: Naam huishouden · Esc: klaar    F5: presentatie uit · F8: scherm zwart")
        rit.druk(.end)
        rit.typ("/x")
        #expect(rit.model.open?.dossier.naam == "Familie De Jong-El Amrani/x")
        rit.druk(.escape)
        #expect(rit.model.presentatie?.bewerken == nil)
        #expect(rit.backend.cursor == nil)
        #expect(rit.backend.lines[22] == "Alleen lezen · Enter: veld bewerken       F5: presentatie uit · F8: scherm zwart")
        rit.typ("y")
        #expect(rit.model.open?.dossier.naam == "Familie De Jong-El Amrani/x")

        // Leaving the field ends editing too: the next field is read-only again.
        rit.druk(.enter, .down)
        #expect(rit.model.presentatie?.bewerken == nil)
        rit.typ("z")
        #expect(rit.model.open?.dossier.naam == "Familie De Jong-El Amrani/x")
        #expect(rit.model.open?.dossier.contact == voor.contact)
    }

    /// Keys of every kind but the one to start editing, on every tab but the overleg:
    /// the dossier never changes.
    @Test("zonder bewerken verandert geen enkele toets het dossier (behalve in het overleg)")
    func geenWijzigingZonderBewerken() throws {
        let werk = try TestWerk()
        defer { werk.ruimOp() }
        let (rit, demo) = try Self.opzet(werk, breedte: 80, hoogte: 24)
        Self.kies(demo.id, rit)
        rit.druk(.function(5))
        let voor = try #require(rit.model.open?.dossier)
        // Enter and Insert (C-n) are left out: they are how editing starts on purpose
        // (`toevoegenTijdensPresentatie` and `alleenLezenTotBewerken` test them).
        var toetsen: [Key] = [.escape, .tab, .backTab, .up, .down, .left, .right, .pageUp, .pageDown, .home, .end, .delete,
                              .backspace, .function(1), .function(2), .function(3), .function(4), .function(6), .function(9),
                              .ctrl("z"), .ctrl("y"), .ctrl("s"), .ctrl("o"), .character("/"), .character(" ")]
        toetsen += [1, 2, 3, 4, 5, 6, 8].map { .alt(Character(String($0))) }
        toetsen += "jnsfdmhwvtx0123456789".map { .character($0) }
        var rng = Xorshift(seed: 20261206)
        for stap in 0..<1500 {
            let key = toetsen[Int(rng.next() % UInt64(toetsen.count))]
            rit.druk(key)
            if rit.model.open?.dossier != voor {
                Issue.record("na toets \(stap) (\(key)) op tab \(rit.model.tab) is het dossier veranderd")
                return
            }
        }
    }

    /// Thousands of keys of every kind, on every tab, at two sizes: after each, no name of
    /// another household may be on the screen, and the presentation must still be on.
    @Test("geen enkele toets in presentatie laat een ander huishouden zien", arguments: [(100, 30), (80, 24)])
    func geenAndereNamen(maat: (Int, Int)) throws {
        let werk = try TestWerk()
        defer { werk.ruimOp() }
        let (rit, demo) = try Self.opzet(werk, breedte: maat.0, hoogte: maat.1)
        Self.kies(demo.id, rit)
        rit.druk(.function(5))
        var toetsen: [Key] = [.escape, .escape, .enter, .tab, .backTab, .up, .down, .left, .right, .pageUp, .pageDown,
                              .home, .end, .insert, .delete, .backspace, .function(1), .function(2), .function(4), .function(6), .function(7),
                              .function(8), .function(9),
                              .ctrl("z"), .ctrl("y"), .ctrl("s"), .ctrl("r"), .ctrl("b"), .ctrl("e"),
                              .character("/"), .character("?"), .character(" ")]
        toetsen += (1...8).map { .alt(Character(String($0))) }
        toetsen += "jnsfdmhwvt0123456789".map { .character($0) }
        var rng = Xorshift(seed: 20261123)
        var gezien = Set<Tabblad>()
        for stap in 0..<1500 {
            let key = toetsen[Int(rng.next() % UInt64(toetsen.count))]
            rit.druk(key)
            gezien.insert(rit.model.tab)
            let scherm = rit.tekst
            for naam in Self.anderen where scherm.contains(naam) {
                Issue.record("na toets \(stap) (\(key)) staat \(naam) op het scherm:\n\(scherm)")
                return
            }
            #expect(rit.model.presentatie != nil)
            #expect(rit.model.open?.dossier.id == demo.id)
        }
        #expect(gezien == Set(Tabblad.allCases))
    }
}

/// A small seeded generator, so a failing key sequence can be replayed.
struct Xorshift {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state ^= state << 13
        state ^= state >> 7
        state ^= state << 17
        return state
    }
}
