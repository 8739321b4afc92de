import Foundation
import RegieDomain
import RegieStore
import Screen
import Testing
@testable import RegieApp

/// Every key a screen names comes from the live keymap. The proof: every action is given
/// another key (F30, F31, … one each, as a user's key file could), every screen and dialog
/// is drawn with that keymap, and no key name of the defaults may show where no action has
/// it any more, while the new names of the actions the screen offers do show.
struct Omgezet {
    let standaard = RegieToetsen.standaard
    let keymap: Keymap

    init() {
        var n = 30
        keymap = RegieToetsen.standaard.remapped { _ in
            defer { n += 1 }
            return [.function(n)]
        }
    }

    /// The new key of an action.
    func toets<A: KeyAction>(_ actie: A) -> Key { keymap[actie]!.keys[0] }

    /// Scrolling in a list or text (↑ ↓ PgUp PgDn) is the widget's own, in every list alike:
    /// not an action of the keymap, so a hint may name it whatever the keymap says.
    static let eigenVanWidgets: Set<String> = ["PgUp", "PgDn", "Up", "Down", "Left", "Right", "Home", "End"]

    /// The names of default keys that the remapped keymap binds to nothing, as they stand
    /// in `tekst` as a key: a name on its own ("Esc", "C-z", "F1"), or a single character
    /// used as a key ("s: sorteren", "(f)", "met w").
    func oudeNamen(in tekst: String) -> [String] {
        let nieuw = Set(keymap.bindings.flatMap(\.keys).map(\.description))
        let oud = Set(standaard.bindings.flatMap(\.keys).map(\.description))
            .subtracting(nieuw).subtracting(Self.eigenVanWidgets)
        var gevonden: [String] = []
        for regel in tekst.split(separator: "\n").map(String.init) {
            for naam in oud.sorted() where Self.staatAlsToets(naam, in: regel) {
                gevonden.append("'\(naam)' in: \(regel.trimmingCharacters(in: .whitespaces))")
            }
        }
        return gevonden
    }

    static func staatAlsToets(_ naam: String, in regel: String) -> Bool {
        let woord = "[\\p{L}\\p{N}_'’-]"
        let escaped = NSRegularExpression.escapedPattern(for: naam)
        let patroon: String
        if naam.count > 1 {
            patroon = "(?<!\(woord))\(escaped)(?!\(woord))"
        } else if naam.first!.isNumber {
            // A digit is a key only right before a colon ("0: geen"): elsewhere it is a number.
            patroon = "(?:^|[\\s(·,])\(escaped)(?=:)"
        } else {
            // A single character is a key where hints put keys: before a colon, in brackets,
            // after "met"/"of", or before a verb at the start of a hint part.
            patroon = "(?:^|[\\s(·,])\(escaped)(?=:|\\)| of | \\p{Ll}{3,})|(?:met|of) \(escaped)(?!\(woord))"
        }
        return regel.range(of: patroon, options: .regularExpression) != nil
    }

    func controleer(_ tekst: String, _ plek: String, toont acties: [any KeyActionName] = []) -> [String] {
        var fouten = oudeNamen(in: tekst).map { "\(plek): \($0)" }
        for actie in acties {
            guard let naam = keymap[actie.id]?.keys.first?.description else { continue }
            if !tekst.contains(naam) { fouten.append("\(plek): \(actie.id) (\(naam)) staat er niet in:\n\(tekst)") }
        }
        return fouten
    }
}

@Suite("Toetsen op het scherm komen uit de toetsenkaart")
struct ToetshintTests {
    let o = Omgezet()

    func werk(_ keymap: Keymap) throws -> TestWerk {
        var werk = try TestWerk()
        werk.omgeving.keymap = keymap
        return werk
    }

    @Test("de proef zelf: met de standaardtoetsen vindt hij de namen die een omgezette kaart niet meer heeft")
    func proefVindtOudeNamen() {
        #expect(!o.oudeNamen(in: "Enter: openen · /: zoeken · s: sorteren").isEmpty)
        #expect(o.oudeNamen(in: "Enter: openen").count == 1)
        #expect(o.oudeNamen(in: "te vinden met f (filter)").count == 1)
        #expect(o.oudeNamen(in: "Verwijderd. C-z zet het terug.").count == 1)
        #expect(o.oudeNamen(in: "Familie De Jong-El Amrani │ Huishouden").isEmpty)
        #expect(o.oudeNamen(in: "F30: openen · F31 zoeken").isEmpty)
    }

    @Test("overzicht: leeg, met huishoudens, filter, zoeken, nieuw en wissen noemen alleen toetsen van de kaart")
    func overzicht() throws {
        let werk = try werk(o.keymap)
        defer { werk.ruimOp() }
        var fouten: [String] = []
        let rit = ProgrammaRit(werk.omgeving, breedte: 100, hoogte: 30)
        fouten += o.controleer(rit.tekst, "leeg overzicht", toont: [OverzichtActie.nieuw, OverzichtActie.demo, AppActie.hulp])
        rit.druk(o.toets(OverzichtActie.demo))
        #expect(rit.model.overzicht.dossiers.count == 1)
        fouten += o.controleer(rit.tekst, "overzicht", toont: [OverzichtActie.openen, OverzichtActie.zoeken, OverzichtActie.sorteren])
        rit.druk(o.toets(OverzichtActie.filter))
        fouten += o.controleer(rit.tekst, "filter", toont: [OverzichtActie.filter])
        rit.druk(o.toets(OverzichtActie.filter), o.toets(OverzichtActie.filter), o.toets(OverzichtActie.filter), o.toets(OverzichtActie.filter))
        rit.druk(o.toets(OverzichtActie.zoeken))
        rit.typ("jong")
        fouten += o.controleer(rit.tekst, "zoeken", toont: [ZoekActie.openen, ZoekActie.terug])
        rit.druk(o.toets(ZoekActie.terug))
        rit.druk(o.toets(OverzichtActie.wissen))
        fouten += o.controleer(rit.tekst, "wisvraag", toont: [VraagActie.klaar, VraagActie.stoppen])
        rit.typ("niet de naam")
        rit.druk(o.toets(VraagActie.klaar))
        fouten += o.controleer(rit.tekst, "wisvraag, verkeerde naam", toont: [VraagActie.stoppen])
        rit.druk(o.toets(VraagActie.stoppen))
        rit.druk(o.toets(OverzichtActie.nieuw))
        fouten += o.controleer(rit.tekst, "nieuw huishouden", toont: [VraagActie.klaar, VraagActie.stoppen])
        rit.druk(o.toets(VraagActie.klaar))
        fouten += o.controleer(rit.tekst, "nieuw huishouden, leeg", toont: [VraagActie.stoppen])
        rit.druk(o.toets(VraagActie.stoppen))
        rit.druk(o.toets(AppActie.hulp))
        fouten += o.controleer(rit.tekst, "hulp op het overzicht", toont: [HulpActie.sluiten])
        rit.druk(o.toets(HulpActie.sluiten))
        #expect(rit.model.hulp == nil)
        rit.druk(o.toets(AppActie.meldingen))
        fouten += o.controleer(rit.tekst, "meldingen", toont: [AppActie.meldingen, MeldingenActie.sluiten])
        rit.druk(o.toets(MeldingenActie.sluiten))
        #expect(!rit.model.meldingen.isOpen)
        #expect(fouten.isEmpty, "\(fouten.joined(separator: "\n"))")
    }

    @Test("een open dossier: de tabbladen die al over zijn noemen alleen toetsen van de kaart")
    func dossier() throws {
        var werk = try werk(o.keymap)
        defer { werk.ruimOp() }
        werk.omgeving.gebruiker = "Test"
        _ = try werk.demo()
        var fouten: [String] = []
        let rit = ProgrammaRit(werk.omgeving, breedte: 100, hoogte: 30)
        rit.druk(o.toets(OverzichtActie.openen))
        #expect(rit.model.open != nil)
        fouten += o.controleer(rit.tekst, "huishouden", toont: [FormulierActie.volgendeRubriek, AppActie.hulp])
        // Down to a list and onto its first record.
        for _ in 0..<12 { rit.druk(.down) }
        fouten += o.controleer(rit.tekst, "huishouden, lager")
        rit.druk(o.toets(FormulierActie.volgendeRubriek))
        fouten += o.controleer(rit.tekst, "huishouden, gezinsleden")
        rit.druk(.down)
        fouten += o.controleer(rit.tekst, "huishouden, een gezinslid", toont: [FormulierActie.openen, FormulierActie.verwijderen])
        rit.druk(o.toets(FormulierActie.verwijderen))
        rit.typ("v")  // the dialog's own answer: "Verwijderen"
        fouten += o.controleer(rit.tekst, "huishouden, na verwijderen", toont: [DossierActie.ongedaan])
        rit.druk(o.toets(DossierActie.ongedaan))
        rit.druk(o.toets(DossierActie.terug))
        #expect(rit.model.open == nil)
        #expect(fouten.isEmpty, "\(fouten.joined(separator: "\n"))")
    }

    @Test("elk tabblad van een dossier, en de nieuw-overlegvraag, noemen alleen toetsen van de kaart")
    func tabbladen() throws {
        var werk = try werk(o.keymap)
        defer { werk.ruimOp() }
        werk.omgeving.gebruiker = "Test"
        _ = try werk.demo()
        var fouten: [String] = []
        let rit = ProgrammaRit(werk.omgeving, breedte: 100, hoogte: 30)
        rit.druk(o.toets(OverzichtActie.openen))
        let verwacht: [Tabblad: [any KeyActionName]] = [
            .plan: [FormulierActie.volgendeRubriek],
            .fasen: [FasenActie.afvinken, FasenActie.notitie],
            .regiekaart: [RegiekaartActie.wijzigen],
            .plancheck: [PlancheckActie.ga],
            .overleg: [OverleglijstActie.nieuw],
            .versies: [VersiesActie.vergelijk, VersiesActie.kies],
        ]
        for tab in Tabblad.allCases {
            rit.druk(o.toets(DossierActie.naar(tab)))
            #expect(rit.model.tab == tab)
            fouten += o.controleer(rit.tekst, tab.titel, toont: verwacht[tab] ?? [])
        }
        // The phases' note and the meldcode's own screen.
        rit.druk(o.toets(DossierActie.naar(.fasen)), o.toets(FasenActie.meldcode))
        fouten += o.controleer(rit.tekst, "meldcode", toont: [MeldcodeActie.sluiten])
        rit.druk(o.toets(MeldcodeActie.sluiten))
        // Closing the household (refused while there are signs of unsafety, or the form) and
        // the reason for another current phase: dialogs of the screen layer, keys of the map.
        rit.druk(o.toets(AfsluitActie.afsluiten))
        fouten += o.controleer(rit.tekst, "afsluiten", toont: [DialoogActie.verder])
        rit.druk(o.toets(DialoogActie.annuleren))
        #expect(rit.model.schermen[.fasen]?.heeftEigenFocus == false)
        rit.druk(o.toets(FasenActie.volgende), o.toets(FasenActie.huidig))
        fouten += o.controleer(rit.tekst, "reden voor een andere fase", toont: [DialoogActie.verder, DialoogActie.annuleren])
        rit.druk(o.toets(DialoogActie.annuleren))
        #expect(rit.model.schermen[.fasen]?.heeftEigenFocus == false)
        // Another level: the pick list of levels.
        rit.druk(o.toets(DossierActie.naar(.regiekaart)), o.toets(RegiekaartActie.wijzigen))
        fouten += o.controleer(rit.tekst, "niveau wijzigen", toont: [KiezerActie.kiezen, KiezerActie.stoppen])
        rit.druk(o.toets(KiezerActie.stoppen))
        #expect(rit.model.schermen[.regiekaart]?.heeftEigenFocus == false)
        // Starting an overleg: the kind, then who is there.
        rit.druk(o.toets(DossierActie.naar(.overleg)), o.toets(OverleglijstActie.nieuw))
        fouten += o.controleer(rit.tekst, "nieuw overleg: soort", toont: [KiezerActie.kiezen, KiezerActie.stoppen])
        rit.druk(o.toets(KiezerActie.kiezen))
        fouten += o.controleer(rit.tekst, "nieuw overleg: aanwezigen", toont: [AanwezigActie.wissel, AanwezigActie.begin])
        rit.druk(o.toets(KiezerActie.stoppen))
        rit.druk(o.toets(KiezerActie.stoppen))
        #expect(fouten.isEmpty, "\(fouten.joined(separator: "\n"))")
    }

    @Test("het slotscherm noemt de toetsen van de kaart, in elke vraag")
    func slot() {
        var fouten: [String] = []
        for soort: Slotscherm.Soort in [.ontgrendelen, .nieuw, .bestaandVersleutelen, .zonderVersleuteling, .herstelcode("ABCD-EFGH"),
                                          .sleutelProbleem("Het sleutelbestand ontbreekt.")] {
            var b = Buffer(size: Size(width: 80, height: 24))
            _ = Slotscherm(soort).render(into: &b, screen: b.area, keymap: o.keymap)
            fouten += o.controleer(b.text, "slot \(soort)")
        }
        var slot = Slotscherm(.nieuw)
        _ = slot.handle(.key(o.toets(SlotActie.zonder)), keymap: o.keymap, sterkte: { Kluis.sterkte($0) })
        #expect(slot.soort == .zonderVersleuteling, "de omgezette toets werkt")
        var b = Buffer(size: Size(width: 80, height: 24))
        _ = slot.render(into: &b, screen: b.area, keymap: o.keymap)
        fouten += o.controleer(b.text, "slot zonder versleuteling", toont: [SlotActie.ja, SlotActie.terug])
        #expect(fouten.isEmpty, "\(fouten.joined(separator: "\n"))")
    }
}

/// `disabledReason`: the help says why a key does nothing now, and the help bar leaves it out.
@Suite("Toetsen die nu niets doen")
struct NietNuTests {
    @Test("in een leeg overzicht zegt de hulp dat openen en wissen nu niets doen, en waarom")
    func leegOverzicht() throws {
        let werk = try TestWerk()
        defer { werk.ruimOp() }
        let rit = ProgrammaRit(werk.omgeving, breedte: 100, hoogte: 30)
        rit.druk(.function(1))
        let regels = try #require(rit.model.hulp).textLines
        let regel = { (toets: String, tekst: String, reden: String?) in
            regels.indices.contains { i in
                regels[i].hasPrefix(toets + " ") && regels[i].trimmingCharacters(in: .whitespaces).hasSuffix("  " + tekst)
                    && (i + 1 < regels.count && regels[i + 1].trimmingCharacters(in: .whitespaces) == "niet nu: \(reden ?? "")") == (reden != nil)
            }
        }
        #expect(regel("Enter", "Huishouden openen", "er staan nog geen huishoudens in de lijst"))
        #expect(regel("w", "Huishouden wissen… (vraagt de naam ter bevestiging)", "er staan nog geen huishoudens in de lijst"))
        #expect(regel("Insert, C-n", "Nieuw huishouden", nil))
        #expect(regel("C-l", "Vergrendelen (wachtwoord nodig om verder te gaan)", "deze map is niet versleuteld"))
        rit.druk(.escape)
        #expect(!rit.tekst.split(separator: "\n").last!.contains("Huishouden openen"), "de hulpregel biedt alleen wat werkt")
    }

    @Test("in een dossier: bewaren en ongedaan maken doen niets zolang er niets is veranderd; daarna wel")
    func dossier() throws {
        var werk = try TestWerk()
        defer { werk.ruimOp() }
        werk.omgeving.gebruiker = "Test"
        _ = try werk.demo()
        let rit = ProgrammaRit(werk.omgeving, breedte: 100, hoogte: 30)
        rit.druk(.enter, .function(1))
        var regels = try #require(rit.model.hulp).textLines
        /// The action's line, and under it why it does nothing now.
        func nietNu(_ tekst: String, _ reden: String) -> Bool {
            regels.indices.dropLast().contains { regels[$0].hasSuffix("  " + tekst) && regels[$0 + 1].trimmingCharacters(in: .whitespaces) == "niet nu: " + reden }
        }
        #expect(nietNu("Nu bewaren (gebeurt ook vanzelf)", "alles is al bewaard"))
        #expect(nietNu("Ongedaan maken", "er is niets om ongedaan te maken"))
        #expect(nietNu("Na een conflict: dossier opnieuw lezen", "alleen na een conflict"))
        #expect(nietNu("Naar Huishouden", "dit tabblad is al open"))
        #expect(nietNu("Alle gegevens van deze persoon (inzage, JSON of PDF)", "ga eerst naar een persoon"))
        #expect(nietNu("Verwijderen (met vraag)", "alleen op een regel van een lijst"))
        rit.druk(.escape, .end)
        rit.typ("!")
        rit.druk(.function(1))
        regels = try #require(rit.model.hulp).textLines
        let i = try #require(regels.firstIndex { $0.hasSuffix("  Ongedaan maken") })
        #expect(!regels[i + 1].contains("niet nu"), "ongedaan maken kan nu wel")
    }
}
