#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing
@testable import Screen

/// The copy key's text reaches the terminal as OSC 52: the bytes the curses backend writes.
@Suite("Klembord: OSC 52 naar de terminal", .serialized)
struct ClipboardTests {
    @Test("de reeks is ESC ] 52 ; c ; base64 van de tekst (UTF-8) en BEL")
    func reeks() {
        #expect(Clipboard.osc52("Noëlle\nregel 2") == Array("\u{1B}]52;c;Tm/Dq2xsZQpyZWdlbCAy\u{07}".utf8))
        #expect(Clipboard.osc52("") == Array("\u{1B}]52;c;\u{07}".utf8))
    }

    @Test("de curses-backend schrijft de reeks naar de terminal, tussen de frames door")
    func curses() throws {
        let pad = FileManager.default.temporaryDirectory.appendingPathComponent("regie-klembord-\(UUID().uuidString)").path
        defer { unlink(pad) }
        let uit = try #require(fopen(pad, "w+"))
        let invoer = try #require(fopen("/dev/null", "r"))
        defer { fclose(uit); fclose(invoer) }
        let backend = try CursesBackend(theme: .fallback, output: uit, input: invoer, terminalType: "xterm-256color")
        var buffer = Buffer(size: backend.size)
        buffer.write("Doel", x: 0, y: 0)
        backend.present(buffer, cursor: nil)
        let voor = bestandsgrootte(uit)
        backend.copyToClipboard("Sanne belt elke maandag")
        let na = bestandsgrootte(uit)
        backend.shutdown()
        let bytes = try Array(Data(contentsOf: URL(fileURLWithPath: pad)))
        let verwacht = Clipboard.osc52("Sanne belt elke maandag")
        #expect(na - voor == verwacht.count)
        #expect(Array(bytes[voor..<na]) == verwacht)
    }

    func bestandsgrootte(_ f: UnsafeMutablePointer<FILE>) -> Int {
        fflush(f)
        var s = stat()
        fstat(fileno(f), &s)
        return Int(s.st_size)
    }
}
