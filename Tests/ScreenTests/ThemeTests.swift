import Foundation
import RegieThemes
import Testing
@testable import Screen

/// A temporary folder of theme files, removed by `remove()`.
struct ThemeFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("regie-themas-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> URL {
        let file = url.appendingPathComponent(name)
        try text.write(to: file, atomically: true, encoding: .utf8)
        return file
    }

    func remove() { try? FileManager.default.removeItem(at: url) }
}

let shippedNames = ["beamer", "licht", "standaard", "zwart-wit"]

func shippedFile(_ name: String) throws -> URL {
    try #require(ShippedThemes.folder).appendingPathComponent("\(name).yaml")
}

/// The error `text` gives as theme file `file`; fails the test when it loads.
func themeError(_ text: String, file: String = "mijn.yaml") -> ThemeError? {
    do {
        _ = try ThemeLoader.parse(text, file: file)
        Issue.record("het thema laadt, maar zou een fout moeten geven")
        return nil
    } catch {
        return error
    }
}

@Suite("Meegeleverde thema's")
struct ShippedThemeTests {
    @Test(arguments: shippedNames)
    func laadtMetElkeRol(_ name: String) throws {
        let file = try ThemeLoader.read(try shippedFile(name))
        #expect(file.theme.name == name)
        #expect(!file.theme.description.isEmpty)
        #expect(file.missingRoles.isEmpty, "ontbrekende rollen in \(name): \(file.missingRoles)")
        #expect(Set(file.theme.styles.keys) == Set(Role.allCases))
    }

    @Test(arguments: shippedNames)
    func betekenisNietAlleenInKleur(_ name: String) throws {
        let theme = try ThemeLoader.load(try shippedFile(name))
        for role in [Role.invalid, .warning, .error] {
            let style = theme.style(role)
            #expect(style.bold || style.underline, "\(name): \(role) is niet vet of onderstreept")
        }
    }

    @Test func zwartWitHeeftGeenKleurenEnIsGelijkAanHetIngebouwde() throws {
        let theme = try ThemeLoader.load(try shippedFile("zwart-wit"))
        #expect(theme.isMonochrome)
        #expect(theme == Theme.fallback)
    }

    @Test(arguments: ["standaard", "licht", "beamer"])
    func kleurenthemasHebbenKleuren(_ name: String) throws {
        #expect(!(try ThemeLoader.load(try shippedFile(name))).isMonochrome)
    }

    @Test func beamerAlleenZwartEnWitVetZonderDimmen() throws {
        let theme = try ThemeLoader.load(try shippedFile("beamer"))
        let allowed: Set<Color> = [.black, .brightWhite]
        for role in Role.allCases {
            let style = theme.style(role)
            #expect(allowed.contains(style.foreground), "\(role): voorgrond \(style.foreground)")
            #expect(allowed.contains(style.background), "\(role): achtergrond \(style.background)")
            #expect(style.foreground != style.background, "\(role): onleesbaar")
            #expect(!style.dim, "\(role) is gedimd")
        }
        #expect(theme.style(.text).bold)
    }

    @Test func catalogusKentDeMeegeleverdeThemas() throws {
        let catalog = ThemeCatalog(shippedFolder: ShippedThemes.folder, userFolder: nil)
        #expect(catalog.names == shippedNames)
        #expect(catalog.entries.allSatisfy { $0.source == .shipped && $0.error == nil })
    }
}

@Suite("Themabestanden lezen")
struct ThemeLoaderTests {
    @Test func kleurnamenEnNummers() throws {
        let file = try ThemeLoader.parse("""
            rollen:
              text: {}
              muted: {voorgrond: 8, gedimd: ja}
              selection: {voorgrond: zwart, achtergrond: helder-cyaan, vet: true}
              title: {voorgrond: terminal, achtergrond: 255, onderstreept: true, omgekeerd: false}
            """, file: "mijn.yaml")
        let theme = file.theme
        #expect(theme.name == "mijn")
        #expect(theme.style(.muted) == Style(foreground: .index(8), dim: true))
        #expect(theme.style(.selection) == Style(foreground: .black, background: .index(14), bold: true))
        #expect(theme.style(.title) == Style(background: .index(255), underline: true))
    }

    @Test func ontbrekendeRolKrijgtDeStijlVanText() throws {
        let file = try ThemeLoader.parse("rollen:\n  text: {vet: true}\n  muted: {gedimd: true}\n", file: "mijn.yaml")
        #expect(file.missingRoles.contains(.error))
        #expect(!file.missingRoles.contains(.muted))
        #expect(file.theme.styles[.error] == Style(bold: true))
        #expect(file.theme.styles.count == Role.allCases.count)
    }

    @Test func onbekendeRol() throws {
        let error = try #require(themeError("rollen:\n  text: {}\n  knipper: {vet: true}\n"))
        #expect(error.file == "mijn.yaml")
        #expect(error.problems.count == 1)
        #expect(error.problems[0].place == "rollen.knipper (regel 3)")
        #expect(error.problems[0].problem.hasPrefix("onbekende rol 'knipper'"))
        #expect(error.description.hasPrefix("Themabestand mijn.yaml, rollen.knipper (regel 3): onbekende rol 'knipper'"))
    }

    @Test func onbekendeKleurnaam() throws {
        let error = try #require(themeError("rollen:\n  muted: {voorgrond: paars}\n"))
        #expect(error.problems[0].place == "rollen.muted.voorgrond (regel 2)")
        #expect(error.problems[0].problem.hasPrefix("onbekende kleur 'paars'"))
        #expect(error.problems[0].problem.contains("cyaan"))
    }

    @Test func kleurnummerBuitenBereik() throws {
        let error = try #require(themeError("rollen:\n  muted: {achtergrond: 256}\n  text: {voorgrond: -1}\n"))
        #expect(error.problems.map(\.problem) == ["het kleurnummer 256 valt buiten 0–255", "het kleurnummer -1 valt buiten 0–255"])
        #expect(error.problems[0].place.hasPrefix("rollen.muted.achtergrond"))
        #expect(error.description.contains("2 problemen"))
    }

    @Test func verkeerdType() throws {
        let flag = try #require(themeError("rollen:\n  title: {vet: misschien}\n"))
        #expect(flag.problems[0].place == "rollen.title.vet (regel 2)")
        #expect(flag.problems[0].problem == "hier hoort true of false")
        let style = try #require(themeError("rollen:\n  title: vet\n"))
        #expect(style.problems[0].problem.hasPrefix("hier hoort een blok"))
        let color = try #require(themeError("rollen:\n  title: {voorgrond: [1, 2]}\n"))
        #expect(color.problems[0].problem.hasPrefix("hier hoort een kleur"))
    }

    @Test func onbekendeEigenschapEnVeld() throws {
        let error = try #require(themeError("kleur: blauw\nrollen:\n  title: {knipperen: true}\n"))
        #expect(error.problems.map(\.place) == ["kleur (regel 1)", "rollen.title.knipperen (regel 3)"])
        #expect(error.problems[1].problem.hasPrefix("onbekende eigenschap 'knipperen'"))
    }

    @Test func yamlFoutMetRegel() throws {
        let error = try #require(themeError("rollen:\n  text: {vet: true\n  muted: {}\n"))
        #expect(error.problems[0].place.hasPrefix("regel "))
        #expect(error.problems[0].problem.hasPrefix("ongeldige YAML"))
    }

    @Test func dubbeleRol() throws {
        let error = try #require(themeError("rollen:\n  text: {}\n  text: {vet: true}\n"))
        #expect(error.problems[0].problem.contains("'text'"))
    }

    @Test func leegBestandEnGeenRollen() throws {
        #expect(themeError("")?.problems[0].problem == "het bestand is leeg")
        #expect(themeError("naam: mijn\n")?.problems[0].problem == "het veld 'rollen' ontbreekt")
    }

    @Test func naamMoetGelijkZijnAanDeBestandsnaam() throws {
        let error = try #require(themeError("naam: ander\nrollen: {}\n"))
        #expect(error.problems[0].place == "naam (regel 1)")
        #expect(error.problems[0].problem.contains("ander.yaml"))
    }

    @Test func bestandDatNietBestaat() throws {
        let folder = try ThemeFolder()
        defer { folder.remove() }
        #expect(throws: ThemeError(file: "weg.yaml", problems: [YAMLProblem(place: "bestand", problem: "kan niet gelezen worden")])) {
            try ThemeLoader.read(folder.url.appendingPathComponent("weg.yaml"))
        }
    }

    @Test func geenUTF8() throws {
        let folder = try ThemeFolder()
        defer { folder.remove() }
        let file = folder.url.appendingPathComponent("raar.yaml")
        try Data([0x72, 0x6F, 0x6C, 0xFF, 0xFE, 0x0A]).write(to: file)
        #expect(throws: ThemeError(file: "raar.yaml", problems: [YAMLProblem(place: "bestand", problem: "de tekst is geen UTF-8")])) {
            try ThemeLoader.read(file)
        }
    }
}

@Suite("De themacatalogus")
struct ThemeCatalogTests {
    @Test func eigenThemaVervangtMeegeleverdeOpNaam() throws {
        let user = try ThemeFolder()
        defer { user.remove() }
        try user.write("licht.yaml", "omschrijving: Mijn lichte.\nrollen:\n  text: {voorgrond: blauw}\n")
        try user.write("eigen.yaml", "omschrijving: Helemaal eigen.\nrollen:\n  text: {vet: true}\n")
        let catalog = ThemeCatalog(shippedFolder: ShippedThemes.folder, userFolder: user.url)
        #expect(catalog.names == ["beamer", "eigen", "licht", "standaard", "zwart-wit"])
        let licht = try #require(catalog.entry(named: "licht"))
        #expect(licht.source == .user)
        #expect(licht.overridesShipped)
        #expect(licht.description == "Mijn lichte.")
        #expect(licht.theme?.style(.text).foreground == .blue)
        #expect(catalog.shippedEntry(named: "licht")?.source == .shipped)
        #expect(catalog.entry(named: "EIGEN")?.source == .user)
        #expect(catalog.overview().contains("vervangt het meegeleverde"))
    }

    @Test func kapotBestandStaatInDeLijstMetZijnFout() throws {
        let user = try ThemeFolder()
        defer { user.remove() }
        try user.write("kapot.yaml", "rollen:\n  muted: {voorgrond: paars}\n")
        try user.write("notities.txt", "geen thema")
        let catalog = ThemeCatalog(shippedFolder: ShippedThemes.folder, userFolder: user.url)
        let kapot = try #require(catalog.entry(named: "kapot"))
        #expect(kapot.theme == nil)
        #expect(kapot.error?.problems.first?.place == "rollen.muted.voorgrond (regel 2)")
        #expect(catalog.entry(named: "notities") == nil)
        let line = try #require(catalog.overview().split(separator: "\n").first { $0.hasPrefix("kapot") })
        #expect(line.contains("KAPOT: kapot.yaml, rollen.muted.voorgrond (regel 2): onbekende kleur 'paars'"))
        #expect(line.contains("eigen, "))
    }

    @Test func mapDieNietBestaatGeeftGeenThemas() {
        let nowhere = URL(fileURLWithPath: "/bestaat/niet/\(UUID().uuidString)")
        #expect(ThemeCatalog(shippedFolder: nowhere, userFolder: nil).entries.isEmpty)
    }

    @Test func gebruikersmapVolgtXDG() {
        #expect(ThemeCatalog.userFolder(environment: ["XDG_CONFIG_HOME": "/x/cfg", "HOME": "/h"]).path == "/x/cfg/regie/themes")
        #expect(ThemeCatalog.userFolder(environment: ["HOME": "/h"]).path == "/h/.config/regie/themes")
        #expect(ThemeCatalog.userFolder(environment: ["XDG_CONFIG_HOME": "relatief", "HOME": "/h"]).path == "/h/.config/regie/themes")
    }
}
