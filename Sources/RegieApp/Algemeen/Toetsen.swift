import Foundation
import Screen

/// Every action of the program with its default keys, in the order the help lists them.
/// Ids are stable: users remap them in `toetsen.yaml`. Screens add their own scope
/// ("voorbeeld.", "overzicht.", …); bindings of one scope may not share a key.
public enum RegieToetsen {
    public static let standaard = Keymap(algemeen + dossier + Overzicht.toetsen + Formulier.toetsen + HuishoudenScherm.toetsen + PlanScherm.toetsen
        + VeiligheidScherm.toetsen + FasenScherm.toetsen + RegiekaartScherm.toetsen + Plaatsing.toetsen + PlancheckScherm.toetsen + OverlegScherm.toetsen + VersiesScherm.toetsen
        + RegieProgramma.exportToetsen + RegieProgramma.slotToetsen + Presentatie.toetsen + Begrippenlijst.toetsen + themavoorbeeld
        + MeldingenActie.bindings + VraagActie.bindings + ZoekActie.bindings + KiezerActie.bindings + BestandActie.bindings
        + OverschrijfActie.bindings + SlotActie.bindings + DialoogActie.bindings)

    static let algemeen = AppActie.bindings
    static let dossier = DossierActie.bindings
    static let themavoorbeeld = VoorbeeldActie.bindings

    /// The defaults with the user's key file applied.
    /// - Returns: the keymap, and Dutch problems with the file (what is right is still used).
    public static func geladen(bestand: URL) -> (Keymap, problemen: [String]) {
        var keymap = standaard
        let problemen = keymap.apply(userFile: bestand)
        return (keymap, problemen)
    }
}

/// The program's own actions, on every screen.
public enum AppActie: String, KeyAction {
    case hulp = "app.hulp"
    case volgende = "app.volgende"
    case vorige = "app.vorige"
    case afsluiten = "app.afsluiten"
    case meldingen = "app.meldingen"

    public var defaultBinding: Binding {
        switch self {
        case .hulp: bind([.function(1), .character("?")], "Hulp", helpBar: true)
        case .volgende: bind([.tab], "Volgend veld")
        case .vorige: bind([.backTab], "Vorig veld")
        case .afsluiten: bind([.ctrl("q")], "Afsluiten", helpBar: true)
        case .meldingen: bind([.function(7)], "Alle meldingen van nu, heel (nieuwste eerst)")
        }
    }
}

/// What every screen of an open dossier can do: save, undo, back, the tabs.
public enum DossierActie: String, KeyAction {
    case bewaren = "dossier.bewaren"
    case ongedaan = "dossier.ongedaan"
    case opnieuw = "dossier.opnieuw"
    case terug = "dossier.terug"
    case herladen = "dossier.herladen"
    case kopie = "dossier.kopie"
    case kopieren = "dossier.kopieren"
    case tab1 = "dossier.tab1"
    case tab2 = "dossier.tab2"
    case tab3 = "dossier.tab3"
    case tab4 = "dossier.tab4"
    case tab5 = "dossier.tab5"
    case tab6 = "dossier.tab6"
    case tab7 = "dossier.tab7"
    case tab8 = "dossier.tab8"

    /// The action that shows `tab`.
    public static func naar(_ tab: Tabblad) -> DossierActie {
        DossierActie(rawValue: "dossier.tab\(tab.rawValue + 1)")!
    }

    /// The tab a tab action shows; nil for the others.
    public var tab: Tabblad? {
        guard rawValue.hasPrefix("dossier.tab"), let n = Int(rawValue.dropFirst("dossier.tab".count)) else { return nil }
        return Tabblad(rawValue: n - 1)
    }

    public var defaultBinding: Binding {
        switch self {
        case .bewaren: bind([.ctrl("s")], "Nu bewaren (gebeurt ook vanzelf)", group: "Dossier")
        case .ongedaan: bind([.ctrl("z")], "Ongedaan maken", group: "Dossier")
        case .opnieuw: bind([.ctrl("y")], "Opnieuw doen", group: "Dossier")
        case .terug: bind([.escape], "Terug naar het overzicht", group: "Dossier")
        case .herladen: bind([.ctrl("r")], "Na een conflict: dossier opnieuw lezen", group: "Dossier")
        case .kopie: bind([.ctrl("b")], "Na een conflict: uw versie als nieuw dossier bewaren", group: "Dossier")
        case .kopieren: bind([.ctrl("c")], "Tekst van het veld kopiëren (naar het klembord, ook via ssh)", group: "Dossier")
        case .tab1, .tab2, .tab3, .tab4, .tab5, .tab6, .tab7, .tab8:
            bind([.alt(Character(String(tab!.rawValue + 1)))], "Naar \(tab!.titel)", group: "Tabbladen")
        }
    }
}

/// The theme preview (`regie thema`).
public enum VoorbeeldActie: String, KeyAction {
    case thema = "voorbeeld.thema"
    case sluiten = "voorbeeld.sluiten"

    public var defaultBinding: Binding {
        switch self {
        case .thema: bind([.ctrl("t")], "Volgend thema", group: "Themavoorbeeld", helpBar: true)
        case .sluiten: bind([.escape], "Voorbeeld sluiten", group: "Themavoorbeeld")
        }
    }
}
