#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing
import TestSupport

/// A mistyped year in a real date field of the real program, in a real (tmux) terminal:
/// 01-10-1090 used to end the program (SIGILL) the moment the last digit was typed. Now the
/// field refuses it in Dutch, keeps the text when the user tries to leave, and the program
/// runs on.
@Suite("Een verkeerd jaar in een datumveld, in een echte terminal", .serialized)
struct DatumveldInTerminal {
    @Test("01-10-1090 typen en het veld verlaten: een Nederlandse weigering, de tekst staat er nog, Regie draait door")
    func jaar1090() throws {
        let map = FileManager.default.temporaryDirectory.appendingPathComponent("regie-datum-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: map) }
        try FileManager.default.createDirectory(at: map.appendingPathComponent("config"), withIntermediateDirectories: true)
        // Not about encryption: the data folder runs unencrypted by explicit choice.
        try kiesOnversleuteld(map.appendingPathComponent("data"))
        let regie = try #require(gebouwdProgramma("regie"), "regie is niet gebouwd")
        let omgeving = ["REGIE_DATA": map.appendingPathComponent("data").path, "HOME": map.path,
                        "XDG_CONFIG_HOME": map.appendingPathComponent("config").path, "REGIE_VANDAAG": "2026-11-23"]
        let demo = Process()
        demo.executableURL = regie
        demo.arguments = ["demo"]
        demo.environment = omgeving
        demo.standardOutput = FileHandle.nullDevice
        demo.standardError = FileHandle.nullDevice
        try demo.run()
        demo.waitUntilExit()
        #expect(demo.terminationStatus == 0)

        let s = try TmuxSessie([regie.path], breedte: 100, hoogte: 30, omgeving: omgeving)
        defer { s.sluit() }
        try s.wachtOp("Familie De")
        try s.toetsen("Enter")
        try s.wachtOp("Gezinsleden")
        try s.toetsen("M-2")
        try s.wachtOp("▸ Datum plan")
        try s.toetsen("C-u")
        try s.typ("01-10-1090")
        let weigering = "Jaar 1090 kan niet: kies een jaar van 1900 tot en met 2200"
        try s.wachtOp(weigering)
        // Leave the field: refused, the text stays, the message says what to do.
        try s.toetsen("Down")
        let scherm = try s.wachtOp("Verbeter de datum of maak het veld leeg")
        let veld = scherm.split(separator: "\n").first { $0.contains("▸ Datum plan") }
        #expect(veld?.contains("01-10-1090") == true, "\(scherm)")
        #expect(scherm.contains(weigering))
        #expect(!scherm.contains("__EXIT__="), "Regie is gestopt:\n\(scherm)")
        #expect(try s.programmaPid() != nil)

        // And it goes on as usual: Esc puts back the date, C-q ends it normally.
        try s.toetsen("Escape")
        try s.wachtTot("de oude datum terug") { !$0.contains("01-10-1090") }
        try s.toetsen("C-q")
        #expect(try s.wachtOpEinde() == 0)
    }
}
