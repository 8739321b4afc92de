#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing
import TestSupport

/// What the window and the process go through besides typing: a window made too small,
/// and the program stopped and continued (C-z, `kill -TSTP`), in a real terminal.
@Suite("Venster en signalen, in een echte terminal", .serialized)
struct VensterEnSignalenTests {
    typealias Regie = VerhaalTests.Regie

    @Test("te klein venster: typen en d doen niets; na vergroten is de naam heel en is er geen voorbeeldhuishouden")
    func teKleinNeemtGeenToetsen() throws {
        let r = try Regie()
        try r.sessie.wachtOp("Er staan nog geen huishoudens")
        try r.toetsen("Insert", dan: "Hoe heet het huishouden?")
        try r.typ("Familie Visser")
        try r.toetsen("Enter", dan: "Familie Visser │")

        try r.sessie.formaat(breedte: 40, hoogte: 10)
        let klein = try r.sessie.wachtOp("Venster te klein")
        #expect(klein.contains("C-q stopt (en bewaart)"), "\(klein)")
        try r.sessie.typ("abc/d")
        try r.sessie.toetsen("Escape")
        try r.sessie.typ("d")
        try r.sessie.toetsen("Insert")
        try r.sessie.typ("x")
        try r.sessie.toetsen("Enter")
        // Keys are handled in order: once the window has grown and shows the dossier, the
        // keys typed while it was small have been handled (and dropped).
        try r.sessie.formaat(breedte: 100, hoogte: 30)
        let terug = try r.sessie.wachtTot("het dossier, onveranderd") { $0.contains("Familie Visser │") && !$0.contains("Venster te klein") }
        #expect(terug.contains("Familie Visser │"), "\(terug)")
        #expect(!terug.contains("abc"), "\(terug)")

        // Back to the overview: only Familie Visser, no demo household.
        try r.toetsen("Escape", dan: "Huishoudens (1 van 1)")
        let overzicht = try r.sessie.scherm()
        #expect(!overzicht.contains("De Jong"), "\(overzicht)")
        #expect(try r.opgeslagen("Familie Visser").contains("\"naam\" : \"Familie Visser\""))

        // C-q in a small window stops, cleanly.
        try r.sessie.formaat(breedte: 40, hoogte: 10)
        try r.sessie.wachtOp("Venster te klein")
        try r.sessie.toetsen("C-q")
        #expect(try r.sessie.wachtOpEinde() == 0)
    }

    @Test("na SIGTSTP en SIGCONT staat het scherm er weer, zonder het venster te veranderen")
    func stoppenEnDoorgaan() throws {
        let r = try Regie()
        try r.sessie.wachtOp("Er staan nog geen huishoudens")
        try r.toetsen("Insert", dan: "Hoe heet het huishouden?")
        try r.typ("Familie Visser")
        try r.toetsen("Enter", dan: "Familie Visser │")
        let pid = try #require(try r.sessie.programmaPid())
        let voor = try r.sessie.scherm()

        #expect(kill(pid, SIGTSTP) == 0)
        usleep(300_000)
        #expect(kill(pid, SIGCONT) == 0)
        let na = try r.sessie.wachtTot(seconden: 5, "hetzelfde scherm als voor het stoppen:\n\(voor)") { $0 == voor }
        #expect(na.contains("Familie Visser │"), "\(na)")
        #expect(try r.sessie.waarde("#{alternate_on}") == "1")

        // The terminal is Regie's again: typing reaches the form.
        try r.sessie.toetsen("End")
        try r.typ(" en kinderen", dan: "Familie Visser en kinderen")
        try r.sessie.toetsen("C-q")
        #expect(try r.sessie.wachtOpEinde() == 0)
        #expect(try r.sessie.scherm().contains("__TTY_OK__"))
    }
}
