import Foundation
import Screen
import Testing
@testable import RegieApp

/// Scopes are checked one at a time by `Keymap.conflicts`; on screen several are active
/// together. Per place in the program: the keys the program takes before any screen
/// (locking, the list of messages, presenting) are used by no screen, and the screen's own
/// scopes share no key, so no key means two things at once.
@Suite("Toetsen per plek in het programma")
struct ToetsContextTests {
    /// Every combination of scopes a screen has (see each screen's `scopes`).
    static let schermen: [(String, [String])] = [
        ("overzicht", ["overzicht"]),
        ("huishouden", ["formulier", "huishouden"]),
        ("ondersteuningsplan", ["formulier"]),
        ("veiligheidsplan zonder plan", ["veiligheid"]),
        ("veiligheidsplan met plan", ["formulier", "veiligheidsplan"]),
        ("fasen", ["fasen"]),
        ("meldcode", ["meldcode"]),
        ("regiekaart", ["regiekaart"]),
        ("plancheck", ["plancheck"]),
        ("overleglijst", ["overleglijst"]),
        ("aanwezigen", ["aanwezig"]),
        ("lopend overleg", ["overleg"]),
        ("versies", ["versies"]),
    ]

    /// Handled in `RegieProgramma.handle` before a screen sees the key.
    static let vooraf = ["app.vergrendelen", "app.meldingen", "presentatie.aanuit", "presentatie.zwart"]

    @Test("geen toets van het programma zelf (C-l, F7, F5, F8) is ook een toets van een scherm")
    func voorafNietOpEenScherm() {
        let map = RegieToetsen.standaard
        let voorafToetsen = Self.vooraf.flatMap { id in (map[id]?.keys ?? []).map { (id, $0) } }
        var botsingen: [String] = []
        for (plek, scopes) in Self.schermen {
            for b in map.bindings where scopes.contains(b.scope) {
                for (id, key) in voorafToetsen where b.keys.contains(key) {
                    botsingen.append("\(plek): \(key) is \(id) en \(b.id)")
                }
            }
        }
        #expect(botsingen.isEmpty, "\(botsingen)")
    }

    @Test("de scopes van één scherm delen geen toets")
    func schermScopesSamen() {
        let map = RegieToetsen.standaard
        var botsingen: [String] = []
        for (plek, scopes) in Self.schermen where scopes.count > 1 {
            let samen = Keymap(map.bindings.filter { scopes.contains($0.scope) }.map { b in
                var b = b
                b.scope = plek
                return b
            })
            botsingen += samen.conflicts.map { "\(plek): \($0.key) is \($0.ids.joined(separator: " en "))" }
        }
        #expect(botsingen.isEmpty, "\(botsingen)")
    }

    @Test("elke actie van het programma en het dossier houdt op elk scherm minstens één toets die het scherm niet neemt")
    func algemeenBereikbaar() {
        let map = RegieToetsen.standaard
        var onbereikbaar: [String] = []
        for (plek, scopes) in Self.schermen {
            let schermToetsen = Set(map.bindings.filter { scopes.contains($0.scope) }.flatMap(\.keys))
            let algemeen = plek == "overzicht" ? ["app"] : ["app", "dossier"]
            for b in map.bindings where algemeen.contains(b.scope) && !b.keys.isEmpty {
                if b.keys.allSatisfy({ schermToetsen.contains($0) }) && !Self.bewustGedeeld.contains(b.id) {
                    onbereikbaar.append("\(plek): \(b.id) (\(b.keyNames))")
                }
            }
        }
        #expect(onbereikbaar.isEmpty, "\(onbereikbaar)")
    }

    /// Esc goes back one level: out of a part of a form first, then out of the dossier.
    /// Tab and S-Tab move on in whatever the screen has (a field, a panel, a list); where
    /// the screen names that itself, its binding says what it is.
    static let bewustGedeeld: Set<String> = ["dossier.terug", "app.volgende", "app.vorige"]
}
