import Foundation
import RegieThemes
import Testing
@testable import Screen

@Suite("Welk thema")
struct ThemeChoiceTests {
    let shipped = ThemeCatalog(shippedFolder: ShippedThemes.folder, userFolder: nil)

    func resolve(_ requested: String? = nil, configured: String? = nil, environment: [String: String] = [:],
                 colors: Bool = true, catalog: ThemeCatalog? = nil) -> (Theme, warning: String?) {
        ThemeChoice.resolve(requested: requested, configured: configured, environment: environment,
                            terminalHasColors: colors, catalog: catalog ?? shipped)
    }

    @Test func zonderKeuzeStandaard() {
        let (theme, warning) = resolve()
        #expect(theme.name == "standaard")
        #expect(warning == nil)
    }

    @Test func themaOptieGaatVoorInstellingen() {
        #expect(resolve("beamer", configured: "licht").0.name == "beamer")
        #expect(resolve(nil, configured: "licht").0.name == "licht")
        #expect(resolve("  ", configured: "licht").0.name == "licht")
    }

    @Test func noColorKiestZwartWit() {
        let (theme, warning) = resolve(configured: "licht", environment: ["NO_COLOR": ""])
        #expect(theme.name == "zwart-wit")
        #expect(theme.isMonochrome)
        #expect(warning == "Thema 'licht' heeft kleuren en NO_COLOR is gezet; zwart-wit wordt gebruikt.")
        let (plain, none) = resolve(environment: ["NO_COLOR": "1"])
        #expect(plain.name == "zwart-wit")
        #expect(none == nil)
    }

    @Test func themaOptieGaatVoorNoColor() {
        let (theme, warning) = resolve("licht", environment: ["NO_COLOR": "1"])
        #expect(theme.name == "licht")
        #expect(warning == nil)
    }

    @Test func terminalZonderKleurenKrijgtAltijdZwartWit() {
        let (theme, warning) = resolve("beamer", colors: false)
        #expect(theme.name == "zwart-wit")
        #expect(warning == "Thema 'beamer' heeft kleuren en deze terminal kent geen kleuren; zwart-wit wordt gebruikt.")
        #expect(resolve(colors: false).warning == nil)
    }

    @Test func eigenThemaZonderKleurenBlijftZonderKleuren() throws {
        let user = try ThemeFolder()
        defer { user.remove() }
        try user.write("vet.yaml", "rollen:\n  text: {vet: true}\n")
        let catalog = ThemeCatalog(shippedFolder: ShippedThemes.folder, userFolder: user.url)
        let (theme, warning) = resolve("vet", colors: false, catalog: catalog)
        #expect(theme.name == "vet")
        #expect(warning == nil)
    }

    @Test func onbekendThemaWordtStandaardMetWaarschuwing() {
        let (theme, warning) = resolve("paars")
        #expect(theme.name == "standaard")
        #expect(warning == "Thema 'paars' bestaat niet (beschikbaar: beamer, licht, standaard, zwart-wit); standaard wordt gebruikt.")
    }

    @Test func onbekendThemaZonderKleurenWordtZwartWit() {
        let (theme, warning) = resolve(configured: "paars", environment: ["NO_COLOR": "1"])
        #expect(theme.name == "zwart-wit")
        #expect(warning?.hasSuffix("; zwart-wit wordt gebruikt (NO_COLOR is gezet).") == true)
    }

    @Test func kapotThemaWordtStandaardMetDeReden() throws {
        let user = try ThemeFolder()
        defer { user.remove() }
        try user.write("mijn.yaml", "rollen:\n  muted: {voorgrond: paars}\n")
        let catalog = ThemeCatalog(shippedFolder: ShippedThemes.folder, userFolder: user.url)
        let (theme, warning) = resolve("mijn", catalog: catalog)
        #expect(theme.name == "standaard")
        let text = try #require(warning)
        #expect(text.hasPrefix("Thema 'mijn' is kapot: mijn.yaml, rollen.muted.voorgrond (regel 2): onbekende kleur 'paars'"))
        #expect(text.hasSuffix("; standaard wordt gebruikt."))
    }

    @Test func kapotteEigenStandaardValtTerugOpDeMeegeleverde() throws {
        let user = try ThemeFolder()
        defer { user.remove() }
        try user.write("standaard.yaml", "rollen: [kapot]\n")
        let catalog = ThemeCatalog(shippedFolder: ShippedThemes.folder, userFolder: user.url)
        let (theme, warning) = resolve(catalog: catalog)
        #expect(theme == (try ThemeLoader.load(try shippedFile("standaard"))))
        #expect(warning?.hasPrefix("Thema 'standaard' is kapot: standaard.yaml, rollen (regel 1)") == true)
    }

    @Test func zonderLeesbareStandaardHetIngebouwdeThema() throws {
        let only = try ThemeFolder()
        defer { only.remove() }
        try only.write("standaard.yaml", "rollen: {text: {voorgrond: 999}}\n")
        let catalog = ThemeCatalog(shippedFolder: only.url, userFolder: nil)
        let (theme, warning) = resolve("licht", catalog: catalog)
        #expect(theme == .fallback)
        #expect(warning == "Thema 'licht' bestaat niet (beschikbaar: standaard); ook standaard is niet te lezen, het ingebouwde zwart-wit wordt gebruikt.")
        #expect(resolve(colors: false, catalog: ThemeCatalog(shippedFolder: nil, userFolder: nil)).0 == .fallback)
    }
}
