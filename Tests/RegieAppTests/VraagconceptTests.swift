import Foundation
import RegieDomain
import Screen
import Testing
@testable import RegieApp

/// What is typed in a question box is kept as a draft with the dossier, like a half-typed
/// quote: a program killed there loses nothing, and the next start puts it back.
@Suite("Concepten van vraagvensters")
struct VraagconceptTests {
    @Test("de map die in het exportvenster getypt is, overleeft een crash en staat de volgende keer weer in die vraag")
    func mapvraagNaCrash() throws {
        let werk = try TestWerk()
        defer { werk.ruimOp() }
        let demo = try werk.demo()
        var klok = 0.0
        let backend = MemoryBackend(width: 80, height: 24)
        let runtime = Runtime(program: RegieProgramma(), model: RegieProgramma.Model(omgeving: werk.omgeving), backend: backend,
                              clock: { klok })
        runtime.render()
        runtime.send(.key(.enter))
        runtime.send(.key(.ctrl("p")))
        runtime.send(.key(.character("p")))
        runtime.send(.key(.ctrl("u")))
        runtime.send(.key(.ctrl("k")))
        for c in "~/Documenten/Voor de school" { runtime.send(.key(.character(c))) }
        klok = 1
        runtime.send(.tick)  // the autosave after the pause

        // Killed here: nothing of the running program is kept; the store is all there is.
        let bewaard = try werk.omgeving.opslag.laad(demo.id).dossier
        #expect(bewaard.vraagconcepten.map { Array($0.values) } == ["~/Documenten/Voor de school"])

        let opnieuw = ProgrammaRit(werk.omgeving, breedte: 80, hoogte: 24)
        opnieuw.druk(.enter)
        let sleutel = try #require(bewaard.vraagconcepten?.keys.first)
        #expect(opnieuw.model.melding?.text == "Er staat nog een half getypt antwoord klaar bij ‘\(sleutel)’: het komt terug als u die vraag weer opent.")
        opnieuw.druk(.ctrl("p"), .character("p"))
        #expect(opnieuw.model.export?.openVraag?.veld.text == "~/Documenten/Voor de school")
        #expect(opnieuw.backend.lines == [
            "Familie De Jong-El Amr… │ 1 Huishouden 2 Pla 3 Vei 4 Fas 5 Reg 6 Pla 7 Ove 8 Ver",
            "[ Huishouden ]      ┌─ Huishouden ─────────────────────────────────────────────┐",
            "  Gezinsleden       │▸ Naam huishouden       Familie De Jong-El Amrani         │",
            "  Netwerk           │  Contactpersoon        Sanne de Jong                     │",
            "  Professionals     │  Straat en huisnummer  Lindelaan 14                      │",
            "  Regisseurs        │  Postcode              1234 AB                           │",
            "  Waarom regie      │  Woonplaats            Zuiderveen                        │",
            "                    │  Telefoon              06-12345678                       │",
            "         ┌─ Exporteren: PDF van het plan, voor het gezin en school ───┐        │",
            "         │ In welke map komt het bestand? Het is daarna alleen voor u │        │",
            "         │ leesbaar.                                                  │        │",
            "         │                                                            │        │",
            "         │ ~/Documenten/Voor de school                                │        │",
            "         │ Teruggezet van de vorige keer.                             │        │",
            "         │ Enter: klaar · Esc: stoppen                                │        │",
            "         └────────────────────────────────────────────────────────────┘        │",
            "                    │                                                          │",
            "                    │                                                          │",
            "                    │                                                          │",
            "                    │                                                          │",
            "                    │                                                          │",
            "                    └──────────────────────────────────────────────────────────┘",
            "Familie De Jong-El Amrani · fase 4 Voortgang · niveau 3                  bewaard",
            "Enter Antwoord geven  Esc Vraag sluiten zonder antwoord                         ",
        ])

        // Stopping the question on purpose drops the draft.
        opnieuw.druk(.escape)
        #expect(opnieuw.model.open?.dossier.vraagconcepten == nil)
    }

    @Test("de reden voor een ander niveau op de regiekaart blijft een concept tot hij gegeven is, ook na een crash")
    func redenNiveau() throws {
        let werk = try TestWerk()
        defer { werk.ruimOp() }
        let demo = try werk.demo()
        let rit = ProgrammaRit(werk.omgeving, breedte: 80, hoogte: 24)
        rit.druk(.enter, .alt("5"), .character("w"), .character("4"), .enter)
        let vraag = try #require(rit.model.schermen[.regiekaart]?.openVraag)
        rit.typ("Het gaat beter met")
        #expect(rit.model.open?.dossier.vraagconcepten == [vraag.sleutel: "Het gaat beter met"])
        usleep(600_000)
        rit.runtime.send(.tick)  // the autosave after the pause
        #expect(try werk.omgeving.opslag.laad(demo.id).dossier.vraagconcepten == [vraag.sleutel: "Het gaat beter met"])

        // Killed: a new start on the same store, the same question again.
        let opnieuw = ProgrammaRit(werk.omgeving, breedte: 80, hoogte: 24)
        opnieuw.druk(.enter, .alt("5"), .character("w"), .character("4"), .enter)
        #expect(opnieuw.model.schermen[.regiekaart]?.openVraag?.veld.text == "Het gaat beter met")
        #expect(opnieuw.tekst.contains("Teruggezet van de vorige keer."))
        opnieuw.typ(" de kinderen\n")
        #expect(opnieuw.model.schermen[.regiekaart]?.openVraag == nil)
        #expect(opnieuw.model.open?.dossier.vraagconcepten == nil)
        #expect(opnieuw.model.open?.dossier.proces.niveaugeschiedenis.last?.reden == "Het gaat beter met de kinderen")
    }
}
