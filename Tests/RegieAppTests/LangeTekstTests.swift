import Foundation
import RegieDomain
import RegieStore
import Screen
import Testing
@testable import RegieApp

/// A key in a long text does not build the whole text to write it into the dossier; that
/// happens at the save points, and every one of them finds what was typed.
@Suite("Formulier: een lange tekst wordt bij de bewaarmomenten in het dossier gezet")
struct LangeTekstTests {
    static let begin = String(repeating: "Ruzie thuis over geld en school. ", count: 3_000)
    let programma = RegieProgramma()

    /// The program with the test household open on the plan's first text (aanleiding), the
    /// cursor at its end; `begin` is its text.
    func open(_ werk: TestWerk) throws -> (RegieProgramma.Model, String) {
        var d = Dossier.testGezin(werk.omgeving.vandaag)
        d.plan.aanleiding = Self.begin
        try werk.omgeving.opslag.voegToe(d)
        var model = RegieProgramma.Model(omgeving: werk.omgeving)
        for key in [Key.enter, .alt("2"), .down, .ctrlEnd] { _ = stuur(&model, key) }
        #expect(model.tab == .plan)
        #expect(model.open?.dossier.plan.aanleiding == Self.begin)
        return (model, d.id)
    }

    @discardableResult
    func stuur(_ model: inout RegieProgramma.Model, _ key: Key) -> [Effect<RegieProgramma.Message>] {
        programma.stap(&model, .event(.key(key)))
    }

    func typ(_ model: inout RegieProgramma.Model, _ tekst: String) -> [Effect<RegieProgramma.Message>] {
        tekst.flatMap { stuur(&model, .character($0)) }
    }

    func formulier(_ model: RegieProgramma.Model) -> Formulier? { (model.schermen[.plan] as? PlanScherm)?.formulier }

    func bewaard(_ werk: TestWerk, _ id: String) throws -> String { try werk.omgeving.opslag.laad(id).dossier.plan.aanleiding }

    @Test("typen in een lange tekst bouwt de tekst niet per toets opnieuw op; de pauze van het bewaren zet hem erin")
    func nietPerToets() throws {
        let werk = try TestWerk()
        defer { werk.ruimOp() }
        var (model, id) = try open(werk)
        _ = programma.stap(&model, .bewaar)
        #expect(!model.bewaarGepland)
        let voor = formulier(model)?.tekstTerugGeschreven ?? -1
        let effecten = typ(&model, " Nieuw")
        #expect(formulier(model)?.tekstTerugGeschreven == voor, "elke toets bouwde de hele tekst op")
        // The program does not keep a second reference to the text while a key changes it.
        guard case .tekst(let veld)? = formulier(model)?.bewerker?.widget else {
            Issue.record("de aanleiding is een tekstvak")
            return
        }
        #expect(veld.wholeCopies == 0, "elke toets kopieerde de hele tekst")
        // The pause before saving is planned as for any change, and the status line says so.
        #expect(effecten.contains { if case .after(_, .bewaar) = $0 { true } else { false } })
        #expect(model.bewaarGepland)
        _ = programma.stap(&model, .bewaar)
        #expect(formulier(model)?.tekstTerugGeschreven == voor + 1)
        #expect(model.open?.dossier.plan.aanleiding == Self.begin + " Nieuw")
        #expect(try bewaard(werk, id) == Self.begin + " Nieuw")
    }

    /// Types, then does `daarna` at once: what was typed must be on disk.
    func getypt(_ uitleg: Comment, werk: TestWerk? = nil, daarna: (inout RegieProgramma.Model) -> Void) throws {
        let werk = try werk ?? TestWerk()
        defer { werk.ruimOp() }
        var (model, id) = try open(werk)
        _ = typ(&model, " Extra")
        daarna(&model)
        #expect(try bewaard(werk, id) == Self.begin + " Extra", uitleg)
    }

    @Test("wat getypt is, staat bewaard na C-s, C-q, een ander tabblad, het veld verlaten en SIGHUP/SIGTERM")
    func elkBewaarmoment() throws {
        try getypt("C-s") { stuur(&$0, .ctrl("s")) }
        try getypt("C-q") { m in
            let effecten = stuur(&m, .ctrl("q"))
            #expect(effecten.contains { if case .quit = $0 { true } else { false } })
        }
        try getypt("ander tabblad") { stuur(&$0, .alt("1")) }
        try getypt("veld verlaten met Tab") { stuur(&$0, .tab) }
        try getypt("veld verlaten met ↓ op de laatste regel") { stuur(&$0, .down) }
        try getypt("SIGHUP of SIGTERM") { m in _ = programma.voerUit(programma.stopping(&m), &m) }
        try getypt("de editor (C-o)") { m in
            stuur(&m, .ctrl("o"))
            _ = programma.stap(&m, .editorKlaar(nil))
            _ = programma.stap(&m, .bewaar)
         }
    }

    @Test("wat getypt is, staat bewaard na C-l")
    func vergrendelen() throws {
        try getypt("C-l", werk: try SlotTests.werk(SlotTests.Nepkluis())) { m in
            stuur(&m, .ctrl("l"))
            #expect(m.slot != nil)
        }
    }

    @Test("C-z neemt het typen in een lange tekst in één keer terug, en C-y zet het weer terug")
    func ongedaan() throws {
        let werk = try TestWerk()
        defer { werk.ruimOp() }
        var (model, _) = try open(werk)
        _ = typ(&model, " Eerst")
        _ = programma.stap(&model, .bewaar)
        _ = typ(&model, " dan")
        stuur(&model, .ctrl("z"))
        #expect(model.open?.dossier.plan.aanleiding == Self.begin)
        stuur(&model, .ctrl("y"))
        #expect(model.open?.dossier.plan.aanleiding == Self.begin + " Eerst dan")
    }
}
