import Foundation
import RegieDomain
import Screen
import Testing
@testable import RegieApp

/// Parts of the program that each work alone, used together as a regisseur meets them.
@Suite("Samenspel")
struct SamenspelTests {
    @Test("een half getypte reden 'geen volgend overleg' blijft niet als concept achter als het overleg daarna geannuleerd wordt")
    func conceptNaAnnuleren() throws {
        let werk = try TestWerk()
        defer { werk.ruimOp() }
        let (rit, d) = try ProgrammaRit.inKrachtenronde(werk)
        rit.druk(.function(4))
        rit.typ("Het gezin verhuist")
        #expect(rit.model.open?.dossier.vraagconcepten?["Geen volgend overleg"] == "Het gezin verhuist")
        usleep(600_000)
        rit.runtime.send(.tick)  // the autosave after the pause
        #expect(try werk.omgeving.opslag.laad(d.id).dossier.vraagconcepten?["Geen volgend overleg"] == "Het gezin verhuist")

        // Killed there; the next start, the overleg turns out to be a mistake and is cancelled.
        let opnieuw = ProgrammaRit(werk.omgeving, breedte: 100, hoogte: 30)
        opnieuw.druk(.enter, .alt("7"), .ctrl("x"), .left, .enter)
        #expect(opnieuw.model.open?.dossier.lopendOverleg == nil)
        #expect(opnieuw.model.open?.dossier.vraagconcepten == nil)
        #expect(try werk.omgeving.opslag.laad(d.id).dossier.vraagconcepten == nil)

        // Opened again: no message about a half-typed answer for a question that is gone.
        opnieuw.druk(.escape)
        let derde = ProgrammaRit(werk.omgeving, breedte: 100, hoogte: 30)
        derde.druk(.enter)
        #expect(derde.model.melding?.text.contains("half getypt") != true, "\(derde.model.melding?.text ?? "")")
    }

    static let herstelcodeTeKlein = [
        "                                        ",
        "                                        ",
        "            Venster te klein            ",
        "              nodig: 80×24              ",
        "               nu: 40×10                ",
        " Vergroot het venster om de herstelcode ",
        "    te zien. Toetsen doen nu niets.     ",
        "                                        ",
        "                                        ",
        "                                        ",
    ]

    @Test("te klein op het scherm met de herstelcode: er staat niet dat C-q stopt, want daar stopt niets; groter staat de code er weer")
    func herstelcodeTeKlein() throws {
        let kluis = SlotTests.Nepkluis()
        let werk = try SlotTests.werk(kluis)
        defer { werk.ruimOp() }
        let code = SlotTests.Nepkluis.herstelcode
        let backend = MemoryBackend(width: 80, height: 24)
        let runtime = Runtime(program: RegieProgramma(),
                              model: RegieProgramma.Model(omgeving: werk.omgeving, slot: Slotscherm(.herstelcode(code))), backend: backend)
        runtime.render()
        backend.resize(width: 40, height: 10)
        runtime.send(backend.events.removeFirst())
        runtime.send(.key(.ctrl("q")))
        runtime.send(.key(.enter))
        #expect(!runtime.isQuitting)
        #expect(runtime.model.slot?.soort == .herstelcode(code))
        #expect(backend.lines == Self.herstelcodeTeKlein, "\(backend.lines)")
        backend.resize(width: 80, height: 24)
        runtime.send(backend.events.removeFirst())
        #expect(backend.screen.text.contains(code))
    }

    @Test("te klein bij de eerste start: C-q stopt, zoals de regel zegt")
    func eersteStartTeKlein() throws {
        let kluis = SlotTests.Nepkluis()
        let werk = try SlotTests.werk(kluis)
        defer { werk.ruimOp() }
        let backend = MemoryBackend(width: 80, height: 24)
        let runtime = Runtime(program: RegieProgramma(), model: RegieProgramma.Model(omgeving: werk.omgeving, slot: Slotscherm(.nieuw)),
                              backend: backend)
        runtime.render()
        backend.resize(width: 40, height: 10)
        runtime.send(backend.events.removeFirst())
        for c in "een wachtwoord" { runtime.send(.key(.character(c))) }
        runtime.send(.key(.enter))
        #expect(kluis.gemaakt == nil)
        #expect(backend.screen.text.contains("C-q stopt"))
        runtime.send(.key(.ctrl("q")))
        #expect(runtime.isQuitting)
    }
    @Test("vergrendeld tijdens een pauze op zwart (C-l of na vijf minuten): het slotscherm is te zien, daarna weer zwart tot F8")
    func slotTijdensZwart() throws {
        let kluis = SlotTests.Nepkluis()
        let klok = Testklok()
        let werk = try SlotTests.werk(kluis, klok: klok)
        defer { werk.ruimOp() }
        _ = try werk.demo()
        let rit = ProgrammaRit(werk.omgeving, breedte: 80, hoogte: 24)
        rit.druk(.enter, .function(5), .function(8))
        #expect(rit.tekst.trimmingCharacters(in: .whitespacesAndNewlines) == "F8: terug")
        rit.druk(.ctrl("l"))
        #expect(rit.model.slot != nil)
        #expect(rit.tekst.contains("Regie is vergrendeld."), "\(rit.tekst)")
        #expect(rit.tekst.contains("Enter: ontgrendelen"))
        // F8 does not pretend to bring anything back: the passphrase does.
        rit.druk(.function(8))
        #expect(rit.tekst.contains("Regie is vergrendeld."))
        rit.typ(SlotTests.wachtwoord + "\n")
        #expect(rit.model.slot == nil)
        // Unlocked, the pause goes on: still nothing of the household on the projector.
        #expect(rit.tekst.trimmingCharacters(in: .whitespacesAndNewlines) == "F8: terug")
        rit.druk(.function(8))
        #expect(rit.tekst.contains("Familie De Jong-El Amr"))
    }

    @Test("F7 tijdens een pauze op zwart opent geen lijst die niet te zien is; F8 brengt het scherm in één keer terug")
    func meldingenTijdensZwart() throws {
        let werk = try TestWerk()
        defer { werk.ruimOp() }
        _ = try werk.demo()
        let rit = ProgrammaRit(werk.omgeving, breedte: 80, hoogte: 24)
        rit.druk(.enter, .function(5), .function(8), .function(7))
        #expect(!rit.model.meldingen.isOpen)
        #expect(rit.tekst.trimmingCharacters(in: .whitespacesAndNewlines) == "F8: terug")
        rit.druk(.function(8))
        #expect(rit.model.presentatie?.zwart == false)
        #expect(rit.tekst.contains("Familie De Jong-El Amr"))
    }
    @Test("de regel onder het overzicht noemt alleen toetsen die daar iets doen, zoals de gebruiker ze heeft (geen Alt-cijfer: daar zijn geen tabbladen)")
    func overzichtHint() throws {
        var werk = try TestWerk()
        defer { werk.ruimOp() }
        _ = try werk.demo()
        var keymap = werk.omgeving.keymap
        #expect(keymap.apply(yaml: "app.hulp: [F10]\n", file: "toetsen.yaml").isEmpty)
        werk.omgeving.keymap = keymap
        let rit = ProgrammaRit(werk.omgeving, breedte: 80, hoogte: 24)
        #expect(rit.backend.lines[22] == "U werkt als Test Regisseur.                       F5: presenteren · F10: toetsen", "\(rit.backend.lines)")
        rit.druk(.alt("2"))
        #expect(rit.model.open == nil)
        rit.druk(.function(5))
        #expect(rit.model.presentatie != nil)
    }
    @Test("een vraagvenster (reden, map) knipt een te lange plaktekst niet stil af maar zegt het, zoals elk ander veld")
    func vraagvensterLimiet() {
        var v = Tekstvraag(titel: "Geen volgend overleg", uitleg: "Waarom?")
        #expect(v.handle(.paste(String(repeating: "a", count: 600)), RegieToetsen.standaard) == .bezig)
        #expect(v.veld.text == "")
        #expect(v.probleem == "De geplakte tekst is 600 tekens; een veld mag er 500 bevatten. Er is niets ingevoegd.")
        _ = v.handle(.paste(String(repeating: "b", count: 500)), RegieToetsen.standaard)
        #expect(v.veld.text.count == 500)
        _ = v.handle(.key(.character("c")), RegieToetsen.standaard)
        #expect(v.veld.text == String(repeating: "b", count: 500))
        #expect(v.probleem == "Het veld is vol: een veld mag 500 tekens bevatten.")
        #expect(v.concept == String(repeating: "b", count: 500))
    }

    @Test("tijdens de presentatie is Insert bewust bewerken: de kiezer voor een contact neemt zijn toetsen, Esc maakt het weer alleen lezen")
    func toevoegenTijdensPresentatie() throws {
        let werk = try TestWerk()
        defer { werk.ruimOp() }
        _ = try werk.demo()
        let rit = ProgrammaRit(werk.omgeving, breedte: 100, hoogte: 30)
        rit.druk(.enter, .function(5), .alt("3"))
        for _ in 0..<VeiligheidScherm.Deel.contacten.rawValue { rit.druk(.pageDown) }
        let voor = try #require(rit.model.open?.dossier)
        rit.typ("x")
        #expect(rit.model.open?.dossier == voor, "een losse letter verandert niets")
        rit.druk(.insert)
        #expect(rit.tekst.contains("Wie is het contact?"), "\(rit.tekst)")
        rit.typ("1")
        let contacten = try #require(rit.model.open?.dossier.veiligheidsplan?.contacten)
        #expect(contacten.count == (voor.veiligheidsplan?.contacten.count ?? 0) + 1, "de keuze is toegevoegd")
        #expect(!rit.tekst.contains("Wie is het contact?"))
        // The new contact is open: Esc first leaves it, as always; the next Esc ends editing.
        rit.druk(.escape)
        #expect(rit.model.presentatie?.bewerken != nil)
        rit.druk(.escape)
        #expect(rit.model.presentatie?.bewerken == nil)
        let na = try #require(rit.model.open?.dossier)
        rit.typ("y")
        #expect(rit.model.open?.dossier == na, "na Esc weer alleen lezen")
    }
}
