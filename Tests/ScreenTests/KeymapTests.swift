import Foundation
import Testing
@testable import Screen

/// A small keymap as a screen would have: global actions and a list screen's.
func sampleKeymap() -> Keymap {
    Keymap([
        Binding(id: "app.hulp", keys: [.function(1), .character("?")], description: "Hulp", showInHelpBar: true),
        Binding(id: "app.bewaren", keys: [.ctrl("s")], description: "Bewaren", showInHelpBar: true),
        Binding(id: "app.afsluiten", keys: [.ctrl("q")], description: "Afsluiten", showInHelpBar: true),
        Binding(id: "lijst.nieuw", keys: [.ctrl("n")], description: "Nieuw huishouden", group: "Lijst", showInHelpBar: true),
        Binding(id: "lijst.open", keys: [.enter], description: "Openen", group: "Lijst"),
        Binding(id: "lijst.zoek", keys: [.character("/")], description: "Zoeken", group: "Lijst"),
    ])
}

@Suite("Toetsen als gegevens")
struct KeymapTests {
    @Test func bindingVoorToets() {
        let map = sampleKeymap()
        #expect(map.binding(for: .character("?"))?.id == "app.hulp")
        #expect(map.binding(for: .ctrl("n"))?.id == "lijst.nieuw")
        #expect(map.binding(for: .ctrl("n"), scopes: ["app"]) == nil)
        #expect(map.binding(for: .ctrl("x")) == nil)
        #expect(map["lijst.zoek"]?.scope == "lijst")
        #expect(map.conflicts.isEmpty)
    }

    @Test func uitgeschakeldeBindingWordtOvergeslagen() {
        var map = sampleKeymap()
        map.setDisabled("app.bewaren", reason: "niets gewijzigd")
        #expect(map.binding(for: .ctrl("s")) == nil)
        #expect(map["app.bewaren"]?.disabledReason == "niets gewijzigd")
        map.setDisabled("app.bewaren", reason: nil)
        #expect(map.binding(for: .ctrl("s"))?.id == "app.bewaren")
    }

    @Test func groepenInVolgorde() {
        let groups = sampleKeymap().groups
        #expect(groups.map(\.name) == ["Algemeen", "Lijst"])
        #expect(groups[1].bindings.map(\.id) == ["lijst.nieuw", "lijst.open", "lijst.zoek"])
    }

    @Test func eigenToetsenUitBestand() throws {
        let folder = try ThemeFolder()
        defer { folder.remove() }
        let file = try folder.write("toetsen.yaml", """
            # mijn toetsen
            app.afsluiten: [C-q, F10]
            lijst.zoek: C-f
            """)
        var map = sampleKeymap()
        #expect(map.apply(userFile: file) == [])
        #expect(map["app.afsluiten"]?.keys == [.ctrl("q"), .function(10)])
        #expect(map.binding(for: .function(10))?.id == "app.afsluiten")
        #expect(map["lijst.zoek"]?.keys == [.ctrl("f")])
        #expect(map.binding(for: .character("/")) == nil)
    }

    @Test func bestandDatNietBestaatVerandertNiets() {
        var map = sampleKeymap()
        #expect(map.apply(userFile: URL(fileURLWithPath: "/bestaat/niet/toetsen.yaml")) == [])
        #expect(map == sampleKeymap())
    }

    @Test func onbekendeActie() {
        var map = sampleKeymap()
        let problems = map.apply(yaml: "app.weg: [C-w]\napp.afsluiten: [F10]\n", file: "toetsen.yaml")
        #expect(problems == ["toetsen.yaml, regel 1: onbekende actie 'app.weg' (bekend in 'app': app.hulp, app.bewaren, app.afsluiten)"])
        #expect(map["app.afsluiten"]?.keys == [.function(10)])
        let other = map.apply(yaml: "scherm.x: F2\n", file: "toetsen.yaml")
        #expect(other == ["toetsen.yaml, regel 1: onbekende actie 'scherm.x' (acties beginnen met 'app.', 'lijst.')"])
    }

    @Test func onbekendeToets() {
        var map = sampleKeymap()
        let problems = map.apply(yaml: "app.afsluiten: [C-q, Hyper-x]\nlijst.open: [blabla]\n", file: "toetsen.yaml")
        #expect(problems.count == 3)
        #expect(problems[0].hasPrefix("toetsen.yaml, regel 1: onbekende toets 'Hyper-x' bij 'app.afsluiten'"))
        #expect(problems[1].hasPrefix("toetsen.yaml, regel 2: onbekende toets 'blabla' bij 'lijst.open'"))
        #expect(problems.contains("toetsen.yaml, regel 2: geen bruikbare toets voor 'lijst.open'; de standaardtoetsen blijven (Enter)"))
        #expect(map["app.afsluiten"]?.keys == [.ctrl("q")])
        #expect(map["lijst.open"]?.keys == [.enter])
    }

    @Test func botsingBinnenEenBereik() {
        var map = sampleKeymap()
        let problems = map.apply(yaml: "app.afsluiten: [C-s]\nlijst.zoek: [C-f]\n", file: "toetsen.yaml")
        #expect(problems == ["toetsen.yaml, regel 1: 'app.afsluiten' niet aangepast: C-s botst in 'app' met 'app.bewaren' (Bewaren); de standaardtoetsen blijven (C-q)"])
        #expect(map["app.afsluiten"]?.keys == [.ctrl("q")])
        #expect(map["lijst.zoek"]?.keys == [.ctrl("f")])
        #expect(map.conflicts.isEmpty)
    }

    @Test func ruilenIsGeenBotsing() {
        var map = sampleKeymap()
        #expect(map.apply(yaml: "app.bewaren: [C-q]\napp.afsluiten: [C-s]\n", file: "toetsen.yaml") == [])
        #expect(map.binding(for: .ctrl("q"))?.id == "app.bewaren")
        #expect(map.binding(for: .ctrl("s"))?.id == "app.afsluiten")
    }

    @Test func zelfdeToetsInAnderBereikMag() {
        var map = sampleKeymap()
        #expect(map.apply(yaml: "lijst.nieuw: [C-s]\n", file: "toetsen.yaml") == [])
        #expect(map.binding(for: .ctrl("s"), scopes: ["lijst"])?.id == "lijst.nieuw")
    }

    @Test func terugzettenKanEenNieuweBotsingGeven() {
        // afsluiten → C-s clashes with bewaren and is dropped; its old C-q then clashes with hulp → C-q, dropped too.
        var map = sampleKeymap()
        let problems = map.apply(yaml: "app.afsluiten: [C-s]\napp.hulp: [C-q]\n", file: "toetsen.yaml")
        #expect(problems.count == 2)
        #expect(map == sampleKeymap())
    }

    @Test func kapotBestandGeeftEenProbleem() {
        var map = sampleKeymap()
        let syntax = map.apply(yaml: "app.afsluiten: [C-q\n", file: "toetsen.yaml")
        #expect(syntax.count == 1)
        #expect(syntax[0].hasPrefix("toetsen.yaml, regel "))
        #expect(syntax[0].contains("ongeldige YAML"))
        #expect(map.apply(yaml: "- C-q\n", file: "toetsen.yaml")[0].contains("begin van het bestand"))
        #expect(map.apply(yaml: "app.hulp: {a: b}\n", file: "toetsen.yaml")
            == ["toetsen.yaml, regel 1: bij 'app.hulp' hoort een lijst toetsen, zoals [C-q, F10]"])
        #expect(map.apply(yaml: "", file: "toetsen.yaml") == [])
        #expect(map == sampleKeymap())
    }

    @Test func vraagtekenEnSpatieAlsToets() {
        var map = sampleKeymap()
        #expect(map.apply(yaml: "lijst.zoek: ['?', Spatie]\napp.hulp: [F1]\n", file: "toetsen.yaml") == [])
        #expect(map["lijst.zoek"]?.keys == [.character("?"), .character(" ")])
    }

    @Test func vraagtekenZonderAanhalingstekens() {
        var map = sampleKeymap()
        let problems = map.apply(yaml: "lijst.zoek: [F2, ?]\n", file: "toetsen.yaml")
        #expect(problems == ["toetsen.yaml, regel 1: bij 'lijst.zoek' staat iets dat geen toetsnaam is; zet tekens als ? : , # [ ] { } tussen aanhalingstekens: '?'"])
        #expect(map["lijst.zoek"]?.keys == [.function(2)])
    }

    @Test func toetsenbestandVolgtXDG() {
        #expect(Keymap.userFile(environment: ["XDG_CONFIG_HOME": "/x/cfg"]).path == "/x/cfg/regie/toetsen.yaml")
    }

    @Test func markdownPerGroep() {
        let md = sampleKeymap().markdown(title: "Toetsen van Regie")
        #expect(md == """
            # Toetsen van Regie

            ## Algemeen

            | Toets | Actie | Id |
            |---|---|---|
            | `F1`, `?` | Hulp | `app.hulp` |
            | `C-s` | Bewaren | `app.bewaren` |
            | `C-q` | Afsluiten | `app.afsluiten` |

            ## Lijst

            | Toets | Actie | Id |
            |---|---|---|
            | `C-n` | Nieuw huishouden | `lijst.nieuw` |
            | `Enter` | Openen | `lijst.open` |
            | `/` | Zoeken | `lijst.zoek` |

            """)
    }

    @Test func markdownVerpaktLastigeTekens() {
        let map = Keymap([
            Binding(id: "x.pijp", keys: [.character("|")], description: "Kies a|b"),
            Binding(id: "x.tik", keys: [.character("`")], description: "Tik"),
        ])
        let md = map.markdown(title: "T")
        #expect(md.contains("| `\\|` | Kies a\\|b | `x.pijp` |"))
        #expect(md.contains("| `` ` `` | Tik | `x.tik` |"))
    }
}
