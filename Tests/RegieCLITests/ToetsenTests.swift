import Foundation
import Testing

@Suite("regie toetsen en de schermopties")
struct ToetsenTests {
    func config(_ o: Omgeving, _ bestanden: [String: String]) throws -> [String: String] {
        let map = o.tmp.appendingPathComponent("config/regie")
        try FileManager.default.createDirectory(at: map, withIntermediateDirectories: true)
        for (naam, tekst) in bestanden {
            try tekst.write(to: map.appendingPathComponent(naam), atomically: true, encoding: .utf8)
        }
        return ["XDG_CONFIG_HOME": o.tmp.appendingPathComponent("config").path]
    }

    @Test("regie toetsen geeft alle toetsen als Markdown-tabellen")
    func markdown() throws {
        let o = try Omgeving()
        defer { o.ruimOp() }
        let r = try o.regie(["toetsen"], extra: try config(o, [:]))
        #expect(r.code == 0, "\(r)")
        #expect(r.uit.hasPrefix("# Toetsen van Regie"))
        #expect(r.uit.contains("| `C-q` | Afsluiten | `app.afsluiten` |"))
        #expect(r.uit.contains("## Themavoorbeeld"))
        #expect(r.fout.isEmpty)
    }

    @Test("eigen toetsen staan erin; een fout in het bestand staat op de foutuitvoer, de rest werkt")
    func eigenToetsen() throws {
        let o = try Omgeving()
        defer { o.ruimOp() }
        let env = try config(o, ["toetsen.yaml": "app.afsluiten: [C-x, F10]\napp.bestaatniet: [C-b]\n"])
        let r = try o.regie(["toetsen"], extra: env)
        #expect(r.code == 0, "\(r)")
        #expect(r.uit.contains("| `C-x`, `F10` | Afsluiten | `app.afsluiten` |"))
        #expect(r.fout.contains("toetsen.yaml, regel 2"), "\(r.fout)")
        #expect(r.fout.contains("onbekende actie 'app.bestaatniet'"))
    }

    @Test("thema: in de instellingen is geldig; een themanaam zonder --voorbeeld krijgt uitleg")
    func themaInstelling() throws {
        let o = try Omgeving()
        defer { o.ruimOp() }
        let env = try config(o, ["instellingen.yaml": "thema: beamer\n"])
        let lijst = try o.regie(["themas"], extra: env)
        #expect(lijst.code == 0, "\(lijst)")
        #expect(lijst.uit.contains("beamer"))
        let fout = try o.regie(["themas", "beamer"], extra: env)
        #expect(fout.code == 1)
        #expect(fout.fout.contains("regie themas --voorbeeld beamer"))
        // Without a terminal the preview says so in Dutch instead of crashing.
        let zonder = try o.regie(["themas", "--voorbeeld"], extra: env)
        #expect(zonder.code == 1, "\(zonder)")
        #expect(zonder.fout.contains("terminal"))
    }
}
