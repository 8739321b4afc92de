import Foundation
import Testing
@testable import Screen

/// The hand-off to $EDITOR leaves nothing behind: private folders, removed after use, and
/// those of a program killed meanwhile removed the next time.
@Suite("Tekst naar de editor")
struct ExternalEditorTests {
    @Test("mappen van een gestopt programma worden opgeruimd; die van een lopend programma niet")
    func opruimen() throws {
        let parent = FileManager.default.temporaryDirectory.appendingPathComponent("regie-editortest-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: parent) }
        // A pid that does not run: far above the usual maximum.
        let dood = parent.appendingPathComponent("regie-\(getuid())-4000000-\(UUID().uuidString)")
        let levend = parent.appendingPathComponent("regie-\(getuid())-1-\(UUID().uuidString)")
        let eigen = parent.appendingPathComponent("regie-\(getuid())-\(getpid())-\(UUID().uuidString)")
        let ander = parent.appendingPathComponent("iets-anders")
        for m in [dood, levend, eigen, ander] { try FileManager.default.createDirectory(at: m, withIntermediateDirectories: true) }
        try Data("Sanne zegt iets".utf8).write(to: dood.appendingPathComponent("tekst.txt"))
        ExternalEditor.removeStale(in: parent)
        #expect(!FileManager.default.fileExists(atPath: dood.path))
        for m in [levend, eigen, ander] { #expect(FileManager.default.fileExists(atPath: m.path)) }
    }

    @Test("de tekst gaat via een map van 0700 die daarna weg is")
    func bewerken() throws {
        let parent = ExternalEditor.parent()
        setenv("VISUAL", "sh -c 'ls -ld \"$(dirname \"$1\")\" > \"$1.rechten\"; printf \" en meer\" >> \"$1\"; cp \"$1.rechten\" \"\(parent.path)/regie-editor-rechten-\(getpid())\"' x", 1)
        defer { unsetenv("VISUAL") }
        let uit = ExternalEditor.edit("begin")
        #expect(uit == "begin en meer")
        let rechtenPad = parent.appendingPathComponent("regie-editor-rechten-\(getpid())")
        defer { try? FileManager.default.removeItem(at: rechtenPad) }
        let rechten = try String(contentsOf: rechtenPad, encoding: .utf8)
        #expect(rechten.hasPrefix("drwx------"), "\(rechten)")
        let over = (try? FileManager.default.contentsOfDirectory(atPath: parent.path))?.filter { $0.hasPrefix("regie-\(getuid())-\(getpid())-") } ?? []
        #expect(over.isEmpty, "\(over)")
    }
}
