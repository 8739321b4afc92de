import Foundation
import RegieDomain
import Screen
import Testing
@testable import RegieApp

/// The copy key sends the text of the item with focus to the clipboard (through the
/// terminal, OSC 52): also what is typed but not yet in the dossier.
@Suite("Kopiëren: de tekst van het veld met focus naar het klembord")
struct KopierenTests {
    let programma = RegieProgramma()

    /// The test household open on the plan's first text (aanleiding), its cursor at the end.
    func open(_ werk: TestWerk, aanleiding: String) throws -> RegieProgramma.Model {
        var d = Dossier.testGezin(werk.omgeving.vandaag)
        d.plan.aanleiding = aanleiding
        try werk.omgeving.opslag.voegToe(d)
        var model = RegieProgramma.Model(omgeving: werk.omgeving)
        for key in [Key.enter, .alt("2"), .down, .ctrlEnd] { _ = programma.stap(&model, .event(.key(key))) }
        #expect(model.tab == .plan)
        return model
    }

    func geklembord(_ effecten: [Effect<RegieProgramma.Message>]) -> [String] {
        effecten.compactMap { if case .clipboard(let t) = $0 { t } else { nil } }
    }

    @Test("C-c vraagt de tekst van het veld, ook wat net getypt is, naar het klembord te sturen")
    func veld() throws {
        let werk = try TestWerk()
        defer { werk.ruimOp() }
        var model = try open(werk, aanleiding: "Ruzie thuis over geld.")
        for c in " En school." { _ = programma.update(&model, .event(.key(.character(c)))) }
        let effecten = programma.update(&model, .event(.key(.ctrl("c"))))
        #expect(geklembord(effecten) == ["Ruzie thuis over geld. En school."])
        #expect(model.melding == .success("Aanleiding: 33 tekens naar het klembord gestuurd."))
        // Copying changes nothing in the dossier or the field.
        #expect(model.open?.dossier.plan.aanleiding.hasPrefix("Ruzie thuis over geld.") == true)
    }

    @Test("de toets is die van het toetsenbestand: een andere toets kopieert, C-c dan niet")
    func eigenToets() throws {
        var werk = try TestWerk()
        defer { werk.ruimOp() }
        var keymap = RegieToetsen.standaard
        #expect(keymap.apply(yaml: "dossier.kopieren: [M-k]\n", file: "toetsen.yaml").isEmpty)
        werk.omgeving.keymap = keymap
        var model = try open(werk, aanleiding: "Tekst")
        #expect(geklembord(programma.update(&model, .event(.key(.ctrl("c"))))).isEmpty)
        #expect(geklembord(programma.update(&model, .event(.key(.alt("k"))))) == ["Tekst"])
    }

    @Test("in het hele programma komt de tekst bij de terminal; zonder veld zegt de melding dat")
    func programmaEnZonderVeld() throws {
        let werk = try TestWerk()
        defer { werk.ruimOp() }
        var d = Dossier.testGezin(werk.omgeving.vandaag)
        d.plan.aanleiding = "Eerste regel\nTweede regel"
        try werk.omgeving.opslag.voegToe(d)
        let rit = ProgrammaRit(werk.omgeving)
        rit.druk(.enter, .alt("2"), .down, .ctrl("c"))
        #expect(rit.backend.clipboard == ["Eerste regel\nTweede regel"])
        // The Plancheck tab has no field: nothing is sent, and the message says why.
        rit.druk(.alt("6"), .ctrl("c"))
        #expect(rit.backend.clipboard.count == 1)
        #expect(rit.backend.lines.contains { $0.contains("Hier is geen veld met tekst om te kopiëren: kies eerst een veld.") })
    }

    @Test("de hulp noemt de toets")
    func inDeHulp() throws {
        let werk = try TestWerk()
        defer { werk.ruimOp() }
        try werk.omgeving.opslag.voegToe(Dossier.testGezin(werk.omgeving.vandaag))
        let rit = ProgrammaRit(werk.omgeving, breedte: 120, hoogte: 60)
        rit.druk(.enter, .function(1))
        let regel = rit.backend.lines.first { $0.contains("Tekst van het veld kopiëren") }
        #expect(regel?.contains("C-c") == true, "\(rit.tekst)")
    }
}
