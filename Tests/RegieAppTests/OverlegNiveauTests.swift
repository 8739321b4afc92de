import Foundation
import RegieDomain
import Screen
import Testing
@testable import RegieApp

/// The voortgangsoverleg asks whether the level still fits (000 l.889–890).
@Suite("Voortgangsoverleg: past het niveau nog?")
struct OverlegNiveauTests {
    static let vandaag = Datum(jaar: 2026, maand: 11, dag: 23)!

    func rit(_ d: Dossier) throws -> (SchermRit<OverlegScherm>, TestWerk) {
        var werk = try TestWerk()
        let klok = TestKlok()
        werk.omgeving.nu = { klok.nu }
        var r = SchermRit(OverlegScherm(d, werk.omgeving), d, werk.omgeving)
        r.breedte = 100
        r.hoogte = 30
        return (r, werk)
    }

    /// Starts a voortgangsoverleg with Sanne, Noah and Ilse present and goes to the level step.
    func naarNiveau(_ r: inout SchermRit<OverlegScherm>, sourceLocation: SourceLocation = #_sourceLocation) {
        r.druk(.insert)
        r.typ("2")
        r.druk(.character(" "), .down, .character(" "), .down, .character(" "), .enter)
        for _ in 0..<30 where r.dossier.lopendOverleg?.verloop?.huidigeStap != "niveau" { r.druk(.pageDown) }
        #expect(r.dossier.lopendOverleg?.verloop?.huidigeStap == "niveau", sourceLocation: sourceLocation)
    }

    /// The step's box, from its top line, at 100×30.
    func stap(_ r: SchermRit<OverlegScherm>) throws -> [String] {
        let regels = r.buffer().lines
        let kop = try #require(regels.firstIndex { $0.contains("Past het niveau nog? ─") }, "\(regels.joined(separator: "\n"))")
        let begin = try #require(regels[kop].range(of: "┌─ Stap")).lowerBound
        let links = regels[kop].distance(from: regels[kop].startIndex, to: begin)
        return regels[kop...].prefix(14).map { String($0.dropFirst(links)) }
    }

    @Test("de stap toont het niveau en het voorstel; j legt vast dat het niveau nog past, met dit overleg, één keer")
    func pastNog() throws {
        var d = Dossier.testGezin(Self.vandaag)
        d.proces.niveau = 2
        var (r, werk) = try rit(d)
        defer { werk.ruimOp() }
        naarNiveau(&r)
        #expect(try stap(r) == [
            "┌─ Stap 8 van 13: Past het niveau nog? ──────────────────────────────┐",
            "│ Past het niveau van de regiekaart nog? Schaal op als het nodig is, │",
            "│ schaal af als het kan.                                             │",
            "│                                                                    │",
            "│ Nu: Niveau 2: uit balans                                           │",
            "│ Voorstel van de regiekaart: blijven op niveau 2                    │",
            "│   Geen op- of afschaalcriterium van niveau 2 is helemaal met ja    │",
            "│   beantwoord: blijf op niveau 2.                                   │",
            "│                                                                    │",
            "│                                                                    │",
            "│                                                                    │",
            "│                                                                    │",
            "│                                                                    │",
            "│                                                                    │",
        ], "\(r.tekst())")
        r.typ("j")
        let overleg = try #require(r.dossier.lopendOverleg?.id)
        #expect(r.dossier.proces.niveaugeschiedenis.last == Niveauwijziging(
            datum: Self.vandaag, van: 2, naar: 2, reden: "Het niveau past nog; besproken in het voortgangsoverleg van 23-11-2026.",
            door: "Test Regisseur", overleg: overleg))
        #expect(r.tekst().contains("Vastgelegd in dit overleg: niveau 2 past nog."))
        let aantal = r.dossier.proces.niveaugeschiedenis.count
        r.typ("j")
        #expect(r.dossier.proces.niveaugeschiedenis.count == aantal, "nog een keer j legt niets dubbel vast")
    }

    @Test("n: het formulier met het voorstel gekozen; een reden is nodig; dan het nieuwe niveau met dit overleg")
    func anderNiveau() throws {
        var d = Dossier.testGezin(Self.vandaag)
        d.proces.niveau = 1
        d.beantwoordVeiligheidsvraag(fase: "4", .ja, datum: Self.vandaag, door: "Test Regisseur")
        var (r, werk) = try rit(d)
        defer { werk.ruimOp() }
        naarNiveau(&r)
        r.typ("n")
        let regels = r.buffer().lines
        let kop = try #require(regels.firstIndex { $0.contains("┌─ Het niveau past niet meer") }, "\(regels.joined(separator: "\n"))")
        let begin = try #require(regels[kop].range(of: "┌")).lowerBound
        let links = regels[kop].distance(from: regels[kop].startIndex, to: begin)
        #expect(regels[kop...].prefix(9).map { String($0.dropFirst(links).prefix(76)) } == [
            "┌─ Het niveau past niet meer ──────────────────────────────────────────────┐",
            "│ Nu niveau 1. De regiekaart stelt niveau 3 voor. Naar welk niveau, en     │",
            "│ waarom? Hetzelfde niveau: een andere regisseur neemt de regie over.      │",
            "│                                                                          │",
            "│ Niveau   1   2  [ 3 ]  4   5                                             │",
            "│ Reden                                                                    │",
            "│                                                                          │",
            "│ Enter volgende of vastleggen · Left/Right ander antwoord · Esc niet nu   │",
            "└──────────────────────────────────────────────────────────────────────────┘",
        ], "\(regels.joined(separator: "\n"))")
        r.druk(.enter, .enter)
        #expect(r.tekst().contains("! Schrijf op waarom niveau 3 nu past; zonder reden verandert het niveau"))
        #expect(r.dossier.proces.niveau == 1)
        r.typ("Noah vertelt over slaan thuis.\n")
        let overleg = try #require(r.dossier.lopendOverleg?.id)
        #expect(r.dossier.proces.niveau == 3)
        #expect(r.dossier.proces.niveaugeschiedenis.last == Niveauwijziging(
            datum: Self.vandaag, van: 1, naar: 3, reden: "Noah vertelt over slaan thuis.", door: "Test Regisseur", overleg: overleg))
        #expect(r.tekst().contains("Vastgelegd in dit overleg: niveau 1 → 3."))
    }

    @Test("zonder niveau: de stap zegt waar het eerste niveau wordt vastgelegd, en j legt niets vast")
    func zonderNiveau() throws {
        let d = Dossier.testGezin(Self.vandaag)
        var (r, werk) = try rit(d)
        defer { werk.ruimOp() }
        naarNiveau(&r)
        let tekst = r.tekst()
        #expect(tekst.contains("│ Er is nog geen niveau. Leg het eerste niveau vast op het tabblad   │"), "\(tekst)")
        #expect(tekst.contains("│ Regiekaart (M-5).                                                  │"), "\(tekst)")
        #expect(tekst.contains(" j past nog · n ander niveau · PgDn volgende stap"), "de toetsen komen uit de bindingen")
        r.typ("j")
        #expect(r.dossier.proces.niveaugeschiedenis == d.proces.niveaugeschiedenis)
    }
}
