import Foundation
import RegieDomain
import Screen
import Testing
@testable import RegieApp

/// Messages the user needs are shown whole: the message area wraps over a few lines, and
/// one key (listed in the help) shows every message of the session whole.
@Suite("Meldingen heel")
struct MeldingenTests {
    static let apartGezet = "Het bestand regie-k3v9q2m1xx.json kon niet worden gelezen en is apart gezet in "
        + "/home/regisseur/.local/share/regie/apart/2026-11-23/regie-k3v9q2m1xx.json; de rest van de dossiers is in orde."

    @Test("een lange melding loopt over een paar regels door, heel, boven de hulpbalk")
    func langeMeldingHeel() throws {
        let werk = try TestWerk()
        defer { werk.ruimOp() }
        _ = try werk.demo()
        let backend = MemoryBackend(width: 80, height: 24)
        let runtime = Runtime(program: RegieProgramma(), model: RegieProgramma.Model(omgeving: werk.omgeving, melding: Self.apartGezet),
                              backend: backend)
        runtime.render()
        #expect(backend.lines == [
            "Regie · overzicht · 23-11-2026                                                  ",
            "┌─ Huishoudens (1 van 1) · gesorteerd op naam ─────────────────────────────────┐",
            "│  Huishouden             Fase  Niveau  Overleg     Te laat  Veiligheidsplan   │",
            "│› Familie De Jong-El A…  4     3       07-12-2026      ! 1  ja                │",
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
            "│Enter: openen · /: zoeken · s: sorteren · f: filter                           │",
            "└──────────────────────────────────────────────────────────────────────────────┘",
            "Let op: Het bestand regie-k3v9q2m1xx.json kon niet worden gelezen en is apart   ",
            "gezet in                                                                        ",
            "/home/regisseur/.local/share/regie/apart/2026-11-23/regie-k3v9q2m1xx.json; de   ",
            "rest van de dossiers is in orde.                                                ",
            "Enter Huishouden openen  Insert Nieuw huishouden  / Zoeken in alle dossiers     ",
        ])
    }

    @Test("een melding langer dan vijf regels: de rest staat in de lijst van meldingen (F7, in de hulp)")
    func meldingenlijst() throws {
        let werk = try TestWerk()
        defer { werk.ruimOp() }
        _ = try werk.demo()
        let namen = (1...12).map { "Professional nummer \($0) (nog niet getekend)" }.joined(separator: ", ")
        let lang = "Nog niet getekend door: \(namen). Het veiligheidsplan is pas geldig als iedereen getekend heeft."
        let backend = MemoryBackend(width: 80, height: 24)
        let runtime = Runtime(program: RegieProgramma(), model: RegieProgramma.Model(omgeving: werk.omgeving, melding: lang),
                              backend: backend)
        runtime.render()
        #expect(Array(backend.lines.suffix(7)) == [
            "└──────────────────────────────────────────────────────────────────────────────┘",
            "Let op: Nog niet getekend door: Professional nummer 1 (nog niet getekend),      ",
            "Professional nummer 2 (nog niet getekend), Professional nummer 3 (nog niet      ",
            "getekend), Professional nummer 4 (nog niet getekend), Professional nummer 5 (nog",
            "niet getekend), Professional nummer 6 (nog niet getekend), Professional nummer 7",
            "… F7 toont de hele melding                                                      ",
            "Enter Huishouden openen  Insert Nieuw huishouden  / Zoeken in alle dossiers     ",
        ])

        runtime.send(.key(.function(7)))
        #expect(backend.lines == [
            "Regie · overzicht · 23-11-2026                                                  ",
            "┌─ Meldingen (nieuwste eerst) ─────────────────────────────────────────────────┐",
            "│ Let op: Nog niet getekend door: Professional nummer 1 (nog niet getekend),   │",
            "│ Professional nummer 2 (nog niet getekend), Professional nummer 3 (nog niet   │",
            "│ getekend), Professional nummer 4 (nog niet getekend), Professional nummer 5  │",
            "│ (nog niet getekend), Professional nummer 6 (nog niet getekend), Professional │",
            "│ nummer 7 (nog niet getekend), Professional nummer 8 (nog niet getekend),     │",
            "│ Professional nummer 9 (nog niet getekend), Professional nummer 10 (nog niet  │",
            "│ getekend), Professional nummer 11 (nog niet getekend), Professional nummer   │",
            "│ 12 (nog niet getekend). Het veiligheidsplan is pas geldig als iedereen       │",
            "│ getekend heeft.                                                              │",
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
            "│ F7 of Esc: sluiten                                                           │",
            "└──────────────────────────────────────────────────────────────────────────────┘",
            "Esc Meldingen sluiten                                                           ",
        ])
        runtime.send(.key(.escape))
        #expect(runtime.model.meldingen.isOpen == false)

        runtime.send(.key(.function(1)))
        #expect(backend.screen.text.contains("F7           Alle meldingen van nu, heel (nieuwste eerst)"))
    }

    @Test("de acties van een doel tonen hun datum heel, ook op 80 kolommen; de omschrijving wordt eerst ingekort")
    func actieDatumHeel() throws {
        let werk = try TestWerk()
        defer { werk.ruimOp() }
        var d = Voorbeeld.demo(vandaag: werk.omgeving.vandaag)
        d.plan.doelen[0].acties[0].wat = "Samen met de jeugdverpleegkundige een time-outplan opschrijven en op de koelkast hangen"
        var r = SchermRit(PlanScherm(d, werk.omgeving), d, werk.omgeving)
        r.breedte = 80
        r.hoogte = 22
        r.scherm.ga(naar: .doel(d.plan.doelen[0].id), in: d)
        #expect(r.buffer().lines == [
            "  Aanleiding        ┌─ Doelen › Doel 1 ────────────────────────────────────────┐",
            "  Krachten          │▸ Doel              Sanne en Youssef bespreken            │",
            "  Zorgen            │                    meningsverschillen rustig, op een     │",
            "  Eerdere hulp      │                    moment dat de kinderen op bed liggen  │",
            "  Analyse           │                    of bij oma zijn.                      │",
            "  Resultaat         │                                                          │",
            "  Veiligheid        │                                                          │",
            "[ Doelen ]          │                                                          │",
            "  Samenvatting      │                                                          │",
            "  Overleggen        │                                                          │",
            "                    │  Doel bereikt?     nog niet bereikt                      │",
            "                    │  Leefgebied        Veiligheid                            │",
            "                    │  Acties (2)                             Insert: toevoegen│",
            "                    │    • [x] Marloes Visser: Samen met d… · gedaan 08-11-2026│",
            "                    │    • [ ] ! te laat · Youssef El A… · uiterlijk 20-11-2026│",
            "                    │                                                          │",
            "                    │                                                          │",
            "                    │                                                          │",
            "                    │                                                          │",
            "                    │                                                          │",
            "                    │Positief en naar de toekomst: hoe is het dan?             │",
            "                    └──────────────────────────────────────────────────────────┘",
        ])
    }

    @Test("de lijst van meldingen schuift met PgDn, End en ↑ tot de laatste bladzijde, niet verder")
    func meldingenSchuiven() throws {
        let werk = try TestWerk()
        defer { werk.ruimOp() }
        let rit = ProgrammaRit(werk.omgeving, breedte: 80, hoogte: 24)
        // Thirty messages: each new household gives one.
        for n in 1...30 {
            rit.druk(.insert)
            rit.typ("Familie \(n)\n")
            rit.druk(.escape)
        }
        rit.druk(.function(7))
        #expect(rit.backend.lines[2] == "│ Gelukt: Familie 30 is aangemaakt. Begin met de gezinsleden.                  │")
        rit.druk(.end)
        #expect(rit.backend.lines[20] == "│ Gelukt: Familie 1 is aangemaakt. Begin met de gezinsleden.                   │")
        rit.druk(.up)
        #expect(rit.backend.lines[20] == "│                                                                              │")
        rit.druk(.down, .down, .down)
        #expect(rit.backend.lines[20] == "│ Gelukt: Familie 1 is aangemaakt. Begin met de gezinsleden.                   │")
        rit.druk(.home)
        #expect(rit.backend.lines[2] == "│ Gelukt: Familie 30 is aangemaakt. Begin met de gezinsleden.                  │")
    }
}
