#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Testing
import TestSupport

/// The real `regie themas --voorbeeld` in a real (tmux) terminal: keys in, screen text out.
@Suite("Themavoorbeeld van begin tot eind, in een echte terminal", .serialized)
struct ThemavoorbeeldEindTests {
    typealias V = Voorbeeldscherm

    // MARK: 1. Typing, resizing, quitting

    @Test("Nederlandse tekst typen, venster te klein en weer groot, C-q sluit netjes af")
    func typenEnFormaat() throws {
        let v = try V()
        let getypt = " Één café, ë ü 漢字"
        let naam = "Sanne de Jong-El Amrani" + getypt
        // Home first, so End has to do its work: without it the text lands in front.
        try v.sessie.toetsen("Home")
        try v.sessie.toetsen("End")
        try v.sessie.typ(getypt)
        let getypte = try v.sessie.wachtOp(naam)
        #expect(V.titel(getypte)?.naam == "standaard", "\(getypte)")

        try v.sessie.formaat(breedte: 50, hoogte: 15)
        let klein = try v.sessie.wachtOp("Venster te klein")
        #expect(klein.contains("nodig: 60×22"), "\(klein)")
        #expect(klein.contains("nu: 50×15"), "\(klein)")
        #expect(!klein.contains("Sanne"), "het formulier hoort weg te zijn:\n\(klein)")

        try v.sessie.formaat(breedte: 80, hoogte: 24)
        // Wait for the whole frame (under load a capture can fall between two writes): a
        // layout without its title or help bar still fails here, by timing out.
        let terug = try v.sessie.wachtTot("het formulier met de getypte naam, de titel en de hulpbalk") {
            $0.contains(naam) && !$0.contains("Venster te klein") && V.titel($0) != nil && V.hulpbalk($0) != nil
        }
        #expect(V.titel(terug) != nil, "\(terug)")
        #expect(V.hulpbalk(terug) != nil, "\(terug)")
        #expect(try v.draaitNog())

        try v.sessie.toetsen("C-q")
        let einde = try v.einde()
        #expect(einde.code == 0)
        #expect(einde.ttyHersteld, "de terminalinstellingen zijn niet hersteld")
        #expect(try v.sessie.waarde("#{alternate_on}") == "0", "nog in het alternatieve scherm")
        #expect(try v.sessie.waarde("#{keypad_flag}") == "0", "de toetsenbordmodus van curses staat nog aan")
        #expect(try v.sessie.waarde("#{cursor_flag}") == "1", "de cursor is nog verborgen")
    }

    @Test("Op de kleinste toegestane maat (60×22) is het tekstvak met focus te zien")
    func kleinsteMaat() throws {
        let v = try V(breedte: 60, hoogte: 22)
        #expect(!(try v.sessie.scherm()).contains("Venster te klein"))
        let begin = try #require(V.titel(try v.sessie.scherm()))
        for _ in 0..<5 { try v.sessie.toetsen("Tab") }
        try v.sessie.typ("ZZZ")
        // Keys arrive in order: once C-t has changed the title, the Tabs and the typing were handled.
        // Wait for the whole frame (under load a capture can fall between two writes): a
        // broken layout still fails here, by timing out.
        let s = try v.druk("C-t", tot: "een ander thema, met het laatste veld") {
            (V.titel($0).map { $0 != begin } ?? false) && $0.contains("▸ In eigen woorden") && $0.contains("ZZZ")
        }
        // The last field, and what is typed in it, must be on the screen at the smallest size.
        #expect(s.contains("▸ In eigen woorden"), "\(s)")
        #expect(s.contains("ZZZ"), "\(s)")
        try v.sessie.toetsen("C-q")
        #expect(try v.einde().code == 0)
    }

    // MARK: 2. Signals

    @Test("Na SIGTERM of SIGHUP is de terminal hersteld en het programma weg", arguments: [SIGTERM, SIGHUP])
    func signaal(_ signaal: Int32) throws {
        let v = try V()
        // Some input first, so the program is surely in its event loop with curses running.
        try v.sessie.toetsen("Tab")
        try v.sessie.wachtOp("▸ Volgend overleg")
        #expect(try v.sessie.waarde("#{alternate_on}") == "1")
        let pid = try #require(try v.sessie.programmaPid(), "geen programma gevonden")

        #expect(kill(pid, signaal) == 0)
        let einde = try v.einde()
        // The signal handler restores the terminal and then dies of the signal itself.
        #expect(einde.code == 128 + signaal, "exitcode \(einde.code)")
        #expect(einde.ttyHersteld, "de terminalinstellingen zijn niet hersteld")
        errno = 0
        #expect(kill(pid, 0) == -1 && errno == ESRCH, "het programma (pid \(pid)) bestaat nog")
        #expect(try v.sessie.waarde("#{alternate_on}") == "0", "nog in het alternatieve scherm")
        #expect(try v.sessie.waarde("#{cursor_flag}") == "1", "de cursor is nog verborgen")
        // Bracketed paste is off again: a paste reaches the shell as plain text.
        try v.sessie.plak("nagplakt")
        let na = try v.sessie.wachtOp("nagplakt")
        #expect(!na.contains("[200~") && !na.contains("[201~"), "bracketed paste staat nog aan:\n\(na)")
        #expect(!na.contains("Fatal error"), "\(na)")
        // The cursor keys are back in normal mode, as after endwin.
        #expect(try v.sessie.waarde("#{keypad_flag}") == "0", "de toetsenbordmodus van curses staat nog aan")
    }

    // MARK: 3. Bracketed paste

    @Test("Plakken in het tekstvak komt binnen als tekst, niet als toetsen; het programma reageert daarna nog")
    func plakken() throws {
        let v = try V()
        for _ in 0..<5 { try v.sessie.toetsen("Tab") }
        try v.sessie.wachtOp("▸ In eigen woorden")
        let regels = ["Eerste geplakte regel", "Tweede: één ü 漢字", "Derde regel"]
        try v.sessie.plak(regels.joined(separator: "\n"))
        let s = try v.sessie.wachtOp(regels[2])
        let scherm = V.regels(s)
        let rijen = regels.map { r in scherm.firstIndex { $0.contains(r) } }
        #expect(rijen.allSatisfy { $0 != nil }, "niet alles geplakt:\n\(s)")
        if let a = rijen[0], let b = rijen[1], let c = rijen[2] {
            #expect(b == a + 1 && c == b + 1, "elke geplakte regel hoort op een eigen regel:\n\(s)")
        }
        #expect(!s.contains("200~") && !s.contains("201~"), "de plakcodes zijn als tekst binnengekomen:\n\(s)")
        // The line breaks in the paste are text, not Enter or Tab: focus stays, the name is untouched.
        #expect(s.contains("▸ In eigen woorden"), "\(s)")
        #expect(scherm.contains { $0.hasPrefix("│  Sanne de Jong-El Amrani   ") }, "\(s)")

        // Still responding: typing goes on right after the pasted text.
        try v.sessie.typ("!")
        try v.sessie.wachtOp("Derde regel!")
        try v.sessie.toetsen("C-q")
        let einde = try v.einde()
        #expect(einde.code == 0)
        #expect(einde.ttyHersteld, "de terminalinstellingen zijn niet hersteld")
    }

    // MARK: 4. Next theme, help overlay, Esc

    @Test("C-t wisselt het thema in de titel; F1 toont de toetsen, Esc sluit die en Esc daarna het voorbeeld")
    func themaEnHulp() throws {
        let v = try V()
        let begin = try #require(V.titel(try v.sessie.scherm()), "geen titel")
        #expect(begin.naam == "standaard")

        // Wait for the whole frame, down to the message line (under load a capture can fall
        // between two writes): a missing message still fails here, by timing out.
        let na = try v.druk("C-t", tot: "een ander thema in de titel en de melding") { scherm in
            guard let titel = V.titel(scherm), titel != begin else { return false }
            return V.meldregel(scherm)?.contains("Thema \(titel.naam):") == true
        }
        let volgend = try #require(V.titel(na))
        #expect(volgend.naam != begin.naam)
        #expect(volgend.aantal == begin.aantal)
        #expect(volgend.nummer == begin.nummer % begin.aantal + 1, "\(begin) → \(volgend)")
        #expect(V.meldregel(na)?.contains("Thema \(volgend.naam):") == true, "\(na)")

        let hulp = try v.druk("F1", tot: "het toetsenoverzicht, heel") {
            $0.contains("─ Toetsen ") && $0.contains("Voorbeeld sluiten") && $0.contains("Vorig veld")
        }
        // "Volgend thema" is in the help bar too; the overlay adds it once more, and the
        // Esc binding is only listed in the overlay.
        #expect(V.aantal("Volgend thema", in: hulp) >= 2, "\(hulp)")
        #expect(hulp.contains("Voorbeeld sluiten"), "\(hulp)")
        #expect(hulp.contains("Afsluiten") && hulp.contains("Vorig veld"), "\(hulp)")

        let dicht = try v.druk("Escape", tot: "het toetsenoverzicht weg") { !$0.contains("─ Toetsen ") && V.titel($0) != nil }
        #expect(!dicht.contains("Voorbeeld sluiten"), "\(dicht)")
        #expect(V.titel(dicht) == volgend, "Esc in het overzicht hoort alleen het overzicht te sluiten:\n\(dicht)")
        #expect(try v.draaitNog(), "Esc in het toetsenoverzicht sloot het hele voorbeeld")

        try v.sessie.toetsen("Escape")
        let einde = try v.einde()
        #expect(einde.code == 0)
        #expect(einde.ttyHersteld, "de terminalinstellingen zijn niet hersteld")
    }

    // MARK: 5. Choosing the theme

    @Test("NO_COLOR kiest het thema zwart-wit, zonder waarschuwing")
    func noColor() throws {
        let v = try V(omgeving: ["NO_COLOR": "1"])
        // The title can be drawn before the bottom lines on a busy machine: wait for the help bar.
        let s = try v.sessie.wachtTot("de hulpbalk") { V.hulpbalk($0) != nil }
        #expect(V.titel(s)?.naam == "zwart-wit", "\(s)")
        #expect(V.meldregel(s)?.contains("Let op") == false, "\(s)")
        try v.sessie.toetsen("C-q")
        #expect(try v.einde().code == 0)
    }

    @Test("--thema beamer gaat voor NO_COLOR")
    func themaGaatVoorNoColor() throws {
        let v = try V(["--thema", "beamer"], omgeving: ["NO_COLOR": "1"])
        let s = try v.sessie.wachtTot("de hulpbalk") { V.hulpbalk($0) != nil }
        #expect(V.titel(s)?.naam == "beamer", "\(s)")
        #expect(V.meldregel(s)?.contains("Let op") == false, "\(s)")
        try v.sessie.toetsen("C-q")
        #expect(try v.einde().code == 0)
    }

    @Test("Een onbekend thema opent toch, met standaard en een Nederlandse waarschuwing op de meldregel")
    func onbekendThema() throws {
        let v = try V(["--thema", "bestaatniet"], breedte: 160, wachtOp: "bestaat niet")
        let s = try v.sessie.wachtTot("de hulpbalk") { V.hulpbalk($0) != nil }
        #expect(V.titel(s)?.naam == "standaard", "\(s)")
        let melding = try #require(V.meldregel(s), "\(s)")
        #expect(melding.contains("Thema 'bestaatniet' bestaat niet"), "\(melding)")
        #expect(melding.contains("standaard wordt gebruikt"), "\(melding)")
        try v.sessie.toetsen("C-q")
        let einde = try v.einde()
        #expect(einde.code == 0)
        #expect(einde.ttyHersteld)
    }

    // MARK: 6. The user's key file

    @Test("toetsen.yaml met app.afsluiten: [C-x]: C-x sluit af, C-q niet meer")
    func eigenAfsluittoets() throws {
        let v = try V(toetsen: "app.afsluiten: [C-x]\n")
        let s = try v.sessie.wachtTot("de hulpbalk") { V.hulpbalk($0) != nil }
        #expect(V.hulpbalk(s)?.contains("C-x Afsluiten") == true, "\(s)")
        let begin = try #require(V.titel(s))
        // C-q, then C-t: the theme changing shows C-q was handled without quitting.
        try v.sessie.toetsen("C-q")
        try v.druk("C-t", tot: "een ander thema na C-q") { V.titel($0).map { $0 != begin } ?? false }
        #expect(try v.draaitNog(), "C-q sloot af terwijl die toets niet meer bij afsluiten hoort")

        try v.sessie.toetsen("C-x")
        let einde = try v.einde()
        #expect(einde.code == 0)
        #expect(einde.ttyHersteld)
    }

    @Test("toetsen.yaml met een onbekende actie: de meldregel noemt die, de standaardtoetsen werken")
    func onbekendeActie() throws {
        let v = try V(breedte: 160, toetsen: "app.bestaatniet: [C-b]\n", wachtOp: "onbekende actie")
        let s = try v.sessie.wachtTot("de hulpbalk") { V.hulpbalk($0) != nil }
        let melding = try #require(V.meldregel(s), "\(s)")
        #expect(melding.contains("toetsen.yaml, regel 1: onbekende actie 'app.bestaatniet'"), "\(melding)")
        #expect(V.titel(s)?.naam == "standaard", "\(s)")
        try v.sessie.toetsen("C-q")
        let einde = try v.einde()
        #expect(einde.code == 0)
        #expect(einde.ttyHersteld)
    }

    @Test("Een themawaarschuwing en een fout in toetsen.yaml staan samen op de meldregel")
    func meldingenSamen() throws {
        let v = try V(["--thema", "bestaatniet"], breedte: 400, toetsen: "app.bestaatniet: [C-b]\n", wachtOp: "onbekende actie")
        let s = try v.sessie.wachtTot("de hulpbalk") { V.hulpbalk($0) != nil }
        let melding = try #require(V.meldregel(s), "\(s)")
        let thema = try #require(melding.range(of: "bestaat niet"), "\(melding)")
        let toetsen = try #require(melding.range(of: "onbekende actie"), "\(melding)")
        #expect(thema.upperBound < toetsen.lowerBound, "\(melding)")
        #expect(melding.contains(" · toetsen.yaml"), "\(melding)")
        try v.sessie.toetsen("C-q")
        #expect(try v.einde().code == 0)
    }
}
