import Foundation
import RegieThemes
import Screen
import Testing
@testable import RegieApp

/// The theme preview on the in-memory screen: the first program that puts the widgets,
/// the keymap and the themes together.
@Suite("Themavoorbeeld")
struct ThemavoorbeeldTests {
    let catalog = ThemeCatalog(shippedFolder: ShippedThemes.folder, userFolder: nil)
    let vandaag = Datum(jaar: 2026, maand: 11, dag: 23)!

    func start(breedte: Int = 80, hoogte: Int = 24, keymap: Keymap = RegieToetsen.standaard)
        -> (Runtime<Themavoorbeeld>, MemoryBackend) {
        let themas = catalog.entries.compactMap(\.theme)
        let backend = MemoryBackend(width: breedte, height: hoogte)
        let model = Themavoorbeeld.Model(themas: themas, gekozen: themas.firstIndex { $0.name == "standaard" }!,
                                         keymap: keymap, vandaag: vandaag)
        let runtime = Runtime(program: Themavoorbeeld(), model: model, backend: backend)
        runtime.render()
        return (runtime, backend)
    }

    @Test("toont elk soort veld, elke rol en de toetsen")
    func allesOpHetScherm() {
        let (_, backend) = start()
        let tekst = backend.screen.text
        for verwacht in ["themavoorbeeld · standaard", "▸ Naam", "Sanne de Jong-El Amrani", "07-12-2026", "[ onbekend ]",
                         "[x] Gegevens delen met school", "Oma Fatima", "In eigen woorden", "! waarschuwing",
                         "F1 Hulp", "C-t Volgend thema"] {
            #expect(tekst.contains(verwacht), "\(verwacht) ontbreekt:\n\(tekst)")
        }
        let regel = backend.screen.lines.firstIndex { $0.contains("! waarschuwing") }!
        #expect(backend.screen.role(of: "! waarschuwing", line: regel) == .warning)
        #expect(backend.theme.name == "standaard")
        // The real cursor stands in the focused name field.
        #expect(backend.cursor?.y == 3)
    }

    @Test("getypte tekst gaat naar het veld met focus, ook ? en tekens met accenten")
    func typenInHetVeld() {
        let (runtime, backend) = start()
        runtime.send(.key(.end))
        for c in " Één? 漢字 👍" { runtime.send(.key(.character(c))) }
        #expect(runtime.model.naam.text == "Sanne de Jong-El Amrani Één? 漢字 👍")
        #expect(runtime.model.hulp == nil, "? in een tekstveld is een teken, geen hulp")
        #expect(backend.screen.text.contains("Sanne de Jong-El Amrani Één? 漢字 👍"))
    }

    @Test("Tab en S-Tab gaan langs de velden; een keuze kan met de pijltjes")
    func focusVerplaatsen() {
        let (runtime, backend) = start()
        runtime.send(.key(.tab))
        #expect(runtime.model.focus == .datum)
        runtime.send(.key(.tab))
        runtime.send(.key(.left))
        #expect(runtime.model.zorgen.selected == "nee")
        #expect(backend.screen.text.contains("[ nee ]"))
        runtime.send(.key(.backTab))
        runtime.send(.key(.backTab))
        runtime.send(.key(.backTab))
        #expect(runtime.model.focus == .notitie, "S-Tab op het eerste veld gaat naar het laatste")
    }

    @Test("C-t wisselt het thema en de backend krijgt het nieuwe thema")
    func themaWisselen() {
        let (runtime, backend) = start()
        runtime.send(.key(.ctrl("t")))
        #expect(backend.theme.name == "zwart-wit")
        #expect(backend.screen.text.contains("themavoorbeeld · zwart-wit (4/4)"))
        runtime.send(.key(.ctrl("t")))
        #expect(backend.theme.name == "beamer")
    }

    @Test("F1 en ? openen de hulp buiten een tekstveld; Esc sluit hem, de volgende Esc stopt")
    func hulpEnStoppen() {
        let (runtime, backend) = start()
        runtime.send(.key(.function(1)))
        #expect(backend.screen.text.contains("Volgend thema"))
        #expect(backend.screen.text.contains("Esc sluiten"))
        runtime.send(.key(.escape))
        #expect(runtime.model.hulp == nil)
        runtime.send(.key(.tab))
        runtime.send(.key(.tab))
        runtime.send(.key(.character("?")))
        #expect(runtime.model.hulp != nil, "? op een keuzeveld opent de hulp")
        runtime.send(.key(.character("?")))
        #expect(runtime.model.hulp == nil)
        #expect(!runtime.isQuitting)
        runtime.send(.key(.escape))
        #expect(runtime.isQuitting)
    }

    @Test("eigen toetsen: C-x stopt als het toetsenbestand dat zegt")
    func eigenToetsen() {
        var keymap = RegieToetsen.standaard
        let problemen = keymap.apply(yaml: "app.afsluiten: [C-x]\n", file: "toetsen.yaml")
        #expect(problemen.isEmpty)
        let (runtime, _) = start(keymap: keymap)
        runtime.send(.key(.ctrl("q")))
        #expect(!runtime.isQuitting)
        runtime.send(.key(.ctrl("x")))
        #expect(runtime.isQuitting)
    }

    @Test("te klein venster: de melding, en na vergroten weer het voorbeeld")
    func teKlein() {
        let (runtime, backend) = start(breedte: 30, hoogte: 8)
        #expect(backend.screen.text.contains("Venster te klein"))
        backend.resize(width: 60, height: 22)
        runtime.send(.resize(Size(width: 60, height: 22)))
        #expect(backend.screen.text.contains("Sanne de Jong-El Amrani"))
        #expect(backend.screen.text.contains("Rollen"))
    }

    @Test("de notitie gaat naar de editor en komt terug")
    func editor() {
        let (runtime, _) = start()
        runtime.runEditor = { $0 + "\nAangevuld in de editor." }
        for _ in 0..<5 { runtime.send(.key(.tab)) }
        runtime.send(.key(.ctrl("o")))
        #expect(runtime.model.notitie.text.hasSuffix("Aangevuld in de editor."))
        runtime.runEditor = { _ in nil }
        runtime.send(.key(.ctrl("o")))
        #expect(runtime.model.melding?.text.contains("niet veranderd") == true)
    }

    @Test("de standaardtoetsen hebben geen botsingen")
    func geenBotsingen() {
        #expect(RegieToetsen.standaard.conflicts.isEmpty)
    }
}
