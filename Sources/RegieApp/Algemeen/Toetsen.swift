import Foundation
import Screen

/// Every action of the program with its default keys, in the order the help lists them.
/// Ids are stable: users remap them in `toetsen.yaml`. Screens add their own scope
/// ("voorbeeld.", "overzicht.", …); bindings of one scope may not share a key.
public enum RegieToetsen {
    public static let standaard = Keymap(algemeen + dossier + Overzicht.toetsen + Formulier.toetsen + HuishoudenScherm.toetsen + PlanScherm.toetsen
        + VeiligheidScherm.toetsen + FasenScherm.toetsen + RegiekaartScherm.toetsen + Plaatsing.toetsen + PlancheckScherm.toetsen + OverlegScherm.toetsen + VersiesScherm.toetsen
        + RegieProgramma.exportToetsen + RegieProgramma.slotToetsen + Presentatie.toetsen + Begrippenlijst.toetsen + themavoorbeeld)

    static let algemeen = [
        Binding(id: "app.hulp", keys: [.function(1), .character("?")], description: "Hulp", showInHelpBar: true),
        Binding(id: "app.volgende", keys: [.tab], description: "Volgend veld"),
        Binding(id: "app.vorige", keys: [.backTab], description: "Vorig veld"),
        Binding(id: "app.afsluiten", keys: [.ctrl("q")], description: "Afsluiten", showInHelpBar: true),
        Binding(id: "app.meldingen", keys: [.function(7)], description: "Alle meldingen van nu, heel (nieuwste eerst)"),
    ]

    static let dossier = [
        Binding(id: "dossier.bewaren", keys: [.ctrl("s")], description: "Nu bewaren (gebeurt ook vanzelf)", group: "Dossier"),
        Binding(id: "dossier.ongedaan", keys: [.ctrl("z")], description: "Ongedaan maken", group: "Dossier"),
        Binding(id: "dossier.opnieuw", keys: [.ctrl("y")], description: "Opnieuw doen", group: "Dossier"),
        Binding(id: "dossier.terug", keys: [.escape], description: "Terug naar het overzicht", group: "Dossier"),
        Binding(id: "dossier.herladen", keys: [.ctrl("r")], description: "Na een conflict: dossier opnieuw lezen", group: "Dossier"),
        Binding(id: "dossier.kopie", keys: [.ctrl("b")], description: "Na een conflict: uw versie als nieuw dossier bewaren", group: "Dossier"),
        Binding(id: "dossier.kopieren", keys: [.ctrl("c")], description: "Tekst van het veld kopiëren (naar het klembord, ook via ssh)", group: "Dossier"),
    ] + Tabblad.allCases.map { tab in
        Binding(id: "dossier.tab\(tab.rawValue + 1)", keys: [.alt(Character(String(tab.rawValue + 1)))],
                description: "Naar \(tab.titel)", group: "Tabbladen")
    }

    static let themavoorbeeld = [
        Binding(id: "voorbeeld.thema", keys: [.ctrl("t")], description: "Volgend thema", group: "Themavoorbeeld", showInHelpBar: true),
        Binding(id: "voorbeeld.sluiten", keys: [.escape], description: "Voorbeeld sluiten", group: "Themavoorbeeld"),
    ]

    /// The defaults with the user's key file applied.
    /// - Returns: the keymap, and Dutch problems with the file (what is right is still used).
    public static func geladen(bestand: URL) -> (Keymap, problemen: [String]) {
        var keymap = standaard
        let problemen = keymap.apply(userFile: bestand)
        return (keymap, problemen)
    }
}
