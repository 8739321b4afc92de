import Foundation
import RegieDomain
import Screen
import Testing
@testable import RegieApp

/// The leefgebied of a kracht, zorg or doel on the plan screen: the picker, the tag beside
/// the item, the field in the record, and the line about zorgen without a goal.
@Suite("Leefgebieden op het ondersteuningsplan-scherm")
struct LeefgebiedSchermTests {
    /// A zorg about the rent and a goal, neither with a leefgebied yet.
    func dossier(_ vandaag: Datum) -> Dossier {
        var d = Dossier.testGezin(vandaag)
        d.plan.krachten = [Uitspraak(id: "k1", spreker: d.gezinsleden[1].id, citaat: "Ik ga graag naar school.")]
        d.plan.zorgen = [Uitspraak(id: "z1", spreker: d.gezinsleden[0].id, citaat: "De huur is al twee maanden niet betaald.")]
        d.plan.doelen = [Doel(id: "d1", omschrijving: "Het gezin woont rustig in het eigen huis.")]
        return d
    }

    func rit(_ werk: TestWerk, _ d: Dossier) -> SchermRit<PlanScherm> {
        var r = SchermRit(PlanScherm(d, werk.omgeving), d, werk.omgeving)
        r.breedte = 80
        r.hoogte = 24
        return r
    }

    func naar(_ deel: PlanScherm.Deel, _ r: inout SchermRit<PlanScherm>) {
        for _ in 0..<deel.rawValue { r.druk(.pageDown) }
    }

    @Test("F2 op een zorg opent de keuzelijst; één cijfer kiest; de zorg toont [Wonen] en het plan zegt: zorg zonder doel")
    func kiezerOpZorg() throws {
        let werk = try TestWerk()
        defer { werk.ruimOp() }
        var r = rit(werk, dossier(werk.omgeving.vandaag))
        naar(.zorgen, &r)
        r.druk(.down)
        #expect(r.scherm.scopes == ["formulier", "plan"])
        r.druk(.function(2))
        #expect(r.scherm.scopes == ["leefgebied"])
        #expect(r.scherm.heeftEigenFocus)
        #expect(r.buffer().lines == Self.kiezer)
        // ↓ from "geen" goes round to the first, with what belongs to it.
        r.druk(.down)
        #expect(r.buffer().lines == Self.kiezerOpWerk)
        r.druk(.up)
        // On a small screen the box stays inside it (and a tiny one does not make it fall over).
        for (breedte, hoogte) in [(30, 8), (12, 4), (1, 1)] {
            var klein = Buffer(size: Size(width: breedte, height: hoogte))
            _ = r.scherm.render(r.dossier, omgeving: werk.omgeving, into: &klein, area: klein.area)
            if hoogte == 8 { #expect(klein.lines == Self.kiezerKlein) }
        }
        r.typ("3")
        #expect(r.scherm.leefgebiedkiezer == nil)
        #expect(r.dossier.plan.zorgen[0].leefgebied == "wonen")
        #expect(r.verzoeken.contains { if case .bewaarNu = $0 { true } else { false } })
        #expect(r.buffer().lines == Self.zorgenMetTag)
        // The goal's section says it too; tagging the goal with the same leefgebied answers it.
        r.druk(.pageDown, .pageDown, .pageDown, .pageDown, .pageDown)
        #expect(r.tekst().contains("! Zorg zonder doel op: Wonen. F2 op een doel kiest het"))
        r.druk(.down)
        r.druk(.function(2))
        #expect(r.tekst().contains("Leefgebied van doel 1"))
        r.typ("3")
        #expect(r.dossier.plan.doelen[0].leefgebied == "wonen")
        #expect(r.buffer().lines == Self.doelenBeantwoord)
    }

    static let kiezer = [
        "  Aanleiding        ┌─ Zorgen ─────────────────────────────────────────────────┐",
        "  Krachten          │  Wat zijn de zorgen? Wie noemt de zorg, sinds wanneer    │",
        "[ Zorgen ]          │  speelt die, en wat betekent dat voor het gezin?         │",
        "  Eerdere hulp      │  Zorgen (1)                             Insert: toevoegen│",
        "  Analyse ┌─ Leefgebied van zorg 1 ──────────────────────────────────┐aald.”   │",
        "  Resultaa│   1  Werk, inkomen en financiën                          │         │",
        "  Veilighe│   2  Maatschappelijke ondersteuning                      │         │",
        "  Doelen  │   3  Wonen                                               │         │",
        "  Samenvat│   4  Onderwijs                                           │         │",
        "  Overlegg│   5  (Jeugd)hulp                                         │         │",
        "          │   6  Veiligheid                                          │         │",
        "          │   7  (Geestelijke) gezondheidszorg                       │         │",
        "          │ ▸ 0  geen leefgebied                                     │         │",
        "          │                                                          │         │",
        "          │ Het gaat niet over één leefgebied, of dat is nog niet    │         │",
        "          │ duidelijk.                                               │         │",
        "          │                                                          │         │",
        "          │ ↑ ↓ of 1–7 · Enter kiezen · Esc stoppen                  │         │",
        "          └──────────────────────────────────────────────────────────┘         │",
        "                    │                                                          │",
        "                    │                                                          │",
        "                    │                                                          │",
        "                    │Enter: openen · Delete: verwijderen · Insert: toevoegen   │",
        "                    └──────────────────────────────────────────────────────────┘",
    ]

    /// At 30×8 the explanation gives way; the list scrolls to the cursor.
    static let kiezerKlein = [
        "┌─ Leefgebied van zorg 1 ────┐",
        "│   4  Onderwijs             │",
        "│   5  (Jeugd)hulp           │",
        "│   6  Veiligheid            │",
        "│   7  (Geestelijke) gezond… │",
        "│ ▸ 0  geen leefgebied       │",
        "│ ↑ ↓ of 1–7 · Enter kiezen… │",
        "└────────────────────────────┘",
    ]

    static let kiezerOpWerk = [
        "  Aanleiding        ┌─ Zorgen ─────────────────────────────────────────────────┐",
        "  Krachten          │  Wat zijn de zorgen? Wie noemt de zorg, sinds wanneer    │",
        "[ Zorgen ]          │  speelt die, en wat betekent dat voor het gezin?         │",
        "  Eerdere hulp      │  Zorgen (1)                             Insert: toevoegen│",
        "  Analyse ┌─ Leefgebied van zorg 1 ──────────────────────────────────┐aald.”   │",
        "  Resultaa│ ▸ 1  Werk, inkomen en financiën                          │         │",
        "  Veilighe│   2  Maatschappelijke ondersteuning                      │         │",
        "  Doelen  │   3  Wonen                                               │         │",
        "  Samenvat│   4  Onderwijs                                           │         │",
        "  Overlegg│   5  (Jeugd)hulp                                         │         │",
        "          │   6  Veiligheid                                          │         │",
        "          │   7  (Geestelijke) gezondheidszorg                       │         │",
        "          │   0  geen leefgebied                                     │         │",
        "          │                                                          │         │",
        "          │ Werk, dagbesteding, inkomen, uitkering, schulden en      │         │",
        "          │ rondkomen.                                               │         │",
        "          │                                                          │         │",
        "          │ ↑ ↓ of 1–7 · Enter kiezen · Esc stoppen                  │         │",
        "          └──────────────────────────────────────────────────────────┘         │",
        "                    │                                                          │",
        "                    │                                                          │",
        "                    │                                                          │",
        "                    │Enter: openen · Delete: verwijderen · Insert: toevoegen   │",
        "                    └──────────────────────────────────────────────────────────┘",
    ]
    static let zorgenMetTag = [
        "  Aanleiding        ┌─ Zorgen ─────────────────────────────────────────────────┐",
        "  Krachten          │  Wat zijn de zorgen? Wie noemt de zorg, sinds wanneer    │",
        "[ Zorgen ]          │  speelt die, en wat betekent dat voor het gezin?         │",
        "  Eerdere hulp      │  Zorgen (1)                             Insert: toevoegen│",
        "  Analyse           │    • Sanne: “De huur is al twee maanden niet bet… [Wonen]│",
        "  Resultaat         │  ! Zorg zonder doel op: Wonen. F2 op een doel kiest het  │",
        "  Veiligheid        │  leefgebied waar het over gaat.                          │",
        "  Doelen            │                                                          │",
        "  Samenvatting      │                                                          │",
        "  Overleggen        │                                                          │",
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
        "                    │                                                          │",
        "                    │                                                          │",
        "                    │Enter: openen · Delete: verwijderen · Insert: toevoegen   │",
        "                    └──────────────────────────────────────────────────────────┘",
    ]
    static let doelenBeantwoord = [
        "  Aanleiding        ┌─ Doelen ─────────────────────────────────────────────────┐",
        "  Krachten          │  Formuleer elk doel positief en naar de toekomst. Per    │",
        "  Zorgen            │  doel één of meer acties: wie doet wat, wanneer.         │",
        "  Eerdere hulp      │  Doelen (1)                             Insert: toevoegen│",
        "  Analyse           │    • [nog niet bereikt] 0/0 acties gedaan · Het … [Wonen]│",
        "  Resultaat         │  Op elk leefgebied met een zorg staat een doel.          │",
        "  Veiligheid        │                                                          │",
        "[ Doelen ]          │                                                          │",
        "  Samenvatting      │                                                          │",
        "  Overleggen        │                                                          │",
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
        "                    │                                                          │",
        "                    │                                                          │",
        "                    │Enter: openen · Delete: verwijderen · Insert: toevoegen   │",
        "                    └──────────────────────────────────────────────────────────┘",
    ]

    @Test("in een doel: het veld Leefgebied met ← →, Enter opent de keuzelijst, 0 maakt het leeg, Esc laat het zoals het was")
    func veldInDoel() throws {
        let werk = try TestWerk()
        defer { werk.ruimOp() }
        var r = rit(werk, dossier(werk.omgeving.vandaag))
        r.scherm.ga(naar: .doel("d1"), in: r.dossier)
        r.druk(.down, .down)
        #expect(r.buffer().lines == Self.doelVeld)
        r.druk(.right, .right, .right)
        #expect(r.dossier.plan.doelen[0].leefgebied == "wonen")
        r.druk(.enter)
        #expect(r.buffer().lines == Self.doelKiezer)
        r.druk(.escape)
        #expect(r.scherm.leefgebiedkiezer == nil)
        #expect(r.dossier.plan.doelen[0].leefgebied == "wonen")
        r.druk(.enter)
        r.typ("0")
        #expect(r.dossier.plan.doelen[0].leefgebied == nil)
        // From inside an action, the key still sets the goal's leefgebied.
        r.druk(.down)
        r.druk(.insert)
        r.typ("1")
        r.druk(.function(2))
        #expect(r.tekst().contains("Leefgebied van doel 1"))
        r.typ("6")
        #expect(r.dossier.plan.doelen[0].leefgebied == "veiligheid")
        r.druk(.escape)
        #expect(r.tekst().contains("  Leefgebied        Veiligheid  "))
        r.druk(.escape)
        #expect(r.tekst().contains("    • [nog niet bereikt] 0/1 acties gedaan ·… [Veiligheid]│"))
    }

    static let doelVeld = [
        "  Aanleiding        ┌─ Doelen › Doel 1 ────────────────────────────────────────┐",
        "  Krachten          │  Doel              Het gezin woont rustig in het eigen   │",
        "  Zorgen            │                    huis.                                 │",
        "  Eerdere hulp      │  Doel bereikt?     nog niet bereikt                      │",
        "  Analyse           │▸ Leefgebied        [ geen ]  Werk, inkomen en financiën  │",
        "  Resultaat         │  Acties (0)                             Insert: toevoegen│",
        "  Veiligheid        │    nog niets                                             │",
        "[ Doelen ]          │                                                          │",
        "  Samenvatting      │                                                          │",
        "  Overleggen        │                                                          │",
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
        "                    │                                                          │",
        "                    │                                                          │",
        "                    │F2 of Enter: kiezen uit de lijst · ← →: bladeren          │",
        "                    └──────────────────────────────────────────────────────────┘",
    ]
    static let doelKiezer = [
        "  Aanleiding        ┌─ Doelen › Doel 1 ────────────────────────────────────────┐",
        "  Krachten          │  Doel              Het gezin woont rustig in het eigen   │",
        "  Zorgen            │                    huis.                                 │",
        "  Eerdere hulp      │  Doel bereikt?     nog niet bereikt                      │",
        "  Analyse ┌─ Leefgebied van doel 1 ──────────────────────────────────┐[ Wonen ]│",
        "  Resultaa│   1  Werk, inkomen en financiën                          │toevoegen│",
        "  Veilighe│   2  Maatschappelijke ondersteuning                      │         │",
        "[ Doelen ]│ ▸ 3  Wonen                                               │         │",
        "  Samenvat│   4  Onderwijs                                           │         │",
        "  Overlegg│   5  (Jeugd)hulp                                         │         │",
        "          │   6  Veiligheid                                          │         │",
        "          │   7  (Geestelijke) gezondheidszorg                       │         │",
        "          │   0  geen leefgebied                                     │         │",
        "          │                                                          │         │",
        "          │ Een plek om te wonen, de woning zelf, huur en de buren.  │         │",
        "          │                                                          │         │",
        "          │                                                          │         │",
        "          │ ↑ ↓ of 1–7 · Enter kiezen · Esc stoppen                  │         │",
        "          └──────────────────────────────────────────────────────────┘         │",
        "                    │                                                          │",
        "                    │                                                          │",
        "                    │                                                          │",
        "                    │F2 of Enter: kiezen uit de lijst · ← →: bladeren          │",
        "                    └──────────────────────────────────────────────────────────┘",
    ]

    @Test("F2 waar geen kracht, zorg of doel is, zegt waar het wel kan; een kracht krijgt ook een leefgebied")
    func nietOpEenItem() throws {
        let werk = try TestWerk()
        defer { werk.ruimOp() }
        var r = rit(werk, dossier(werk.omgeving.vandaag))
        r.druk(.function(2))
        #expect(r.scherm.leefgebiedkiezer == nil)
        #expect(r.verzoeken.contains { if case .melding(let m) = $0 { m.text == "Ga eerst naar een kracht, zorg of doel; F2 kiest daar het leefgebied." } else { false } })
        naar(.krachten, &r)
        r.druk(.down, .function(2))
        r.typ("5")
        #expect(r.dossier.plan.krachten[0].leefgebied == "jeugdhulp")
        #expect(r.tekst().contains("Noah: “Ik ga graag naar school.” [Jeugdhulp]"))
        #expect(!r.tekst().contains("Zorg zonder doel"), "een kracht vraagt geen doel")
    }

    @Test("eigen toetsen uit toetsen.yaml: de keuzelijst en het veld noemen ze")
    func eigenToetsen() throws {
        var werk = try TestWerk()
        defer { werk.ruimOp() }
        var keymap = RegieToetsen.standaard
        let problemen = keymap.apply(yaml: "plan.leefgebied: [F6]\nleefgebied.stoppen: [q]\nleefgebied.geen: [x]\n", file: "toetsen.yaml")
        #expect(problemen.isEmpty, "\(problemen)")
        werk.omgeving.keymap = keymap
        var r = rit(werk, dossier(werk.omgeving.vandaag))
        r.scherm.ga(naar: .doel("d1"), in: r.dossier)
        r.druk(.down, .down)
        #expect(r.tekst().contains("F6 of Enter: kiezen uit de lijst · ← →: bladeren"))
        r.druk(.function(2))
        #expect(r.scherm.leefgebiedkiezer == nil, "F2 doet niets meer")
        r.druk(.function(6))
        #expect(r.tekst().contains("x  geen leefgebied"))
        #expect(r.tekst().contains("↑ ↓ of 1–7 · Enter kiezen · q stoppen"))
        r.typ("q")
        #expect(r.scherm.leefgebiedkiezer == nil)
    }
}

/// The same in the whole program: the key works on the Plan tab, the help lists it, and the
/// tag is saved.
@Suite("Leefgebieden in het programma")
struct LeefgebiedProgrammaTests {
    @Test("F2 in het tabblad Plan: F1 noemt de toetsen van de keuzelijst, één cijfer kiest, en het leefgebied wordt bewaard")
    func inHetProgramma() throws {
        let werk = try TestWerk()
        defer { werk.ruimOp() }
        let demo = try werk.demo()
        let rit = ProgrammaRit(werk.omgeving)
        rit.druk(.enter, .alt("2"), .pageDown, .pageDown, .down)
        rit.druk(.function(2))
        #expect(rit.tekst.contains("Leefgebied van zorg 1"))
        rit.druk(.function(1), .end)
        #expect(rit.tekst.contains("Het leefgebied met de cursor kiezen"))
        #expect(rit.tekst.contains("Geen leefgebied"))
        rit.druk(.escape)
        #expect(rit.model.hulp == nil)
        #expect(rit.tekst.contains("Leefgebied van zorg 1"), "de keuzelijst staat er nog")
        rit.typ("1")
        #expect(rit.model.open?.dossier.plan.zorgen[0].leefgebied == "werk-inkomen-financien")
        rit.druk(.ctrl("s"))
        #expect(try werk.omgeving.opslag.laad(demo.id).dossier.plan.zorgen[0].leefgebied == "werk-inkomen-financien")
        // The help of the plan itself names the key.
        rit.druk(.function(1))
        rit.druk(.end)
        #expect(rit.tekst.contains("Leefgebied van de gekozen kracht, zorg of doel kiezen"))
    }
}
