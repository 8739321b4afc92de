import Foundation
import RegieDomain
import RegieMethode
import RegieStore
import Screen
@testable import RegieApp

/// A store in a fresh temporary folder, the shipped method, a fixed today.
struct TestWerk {
    let map: URL
    var omgeving: Werkomgeving

    init(gebruiker: String? = "Test Regisseur", vandaag: Datum = Datum(jaar: 2026, maand: 11, dag: 23)!) throws {
        map = FileManager.default.temporaryDirectory.appendingPathComponent("regie-app-\(UUID().uuidString)")
        let opslag = try Opslag(map: map)
        omgeving = Werkomgeving(opslag: opslag, methode: try MethodeLader.standaard(), vandaag: vandaag, gebruiker: gebruiker,
                                keymap: RegieToetsen.standaard, bewaarGebruiker: { _ in })
    }

    func ruimOp() { try? FileManager.default.removeItem(at: map) }

    /// The demo household, saved in the store.
    func demo() throws -> Dossier {
        let d = Voorbeeld.demo(vandaag: omgeving.vandaag)
        try omgeving.opslag.voegToe(d)
        return d
    }
}

/// Drives one dossier screen on its own: keys in, the dossier and the screen text out.
struct SchermRit<S: DossierScherm> {
    var scherm: S
    var dossier: Dossier
    let omgeving: Werkomgeving
    var verzoeken: [Verzoek] = []
    /// The work on the store the screen asked for (done at once).
    var gevraagdWerk: [Werk.Soort] = []
    var breedte = 100
    var hoogte = 30
    /// The program writes text being typed into the dossier at its save points; a ride
    /// looks at the dossier after every key, so by default it asks for it after each one.
    var spoelNaElkeToets = true

    init(_ scherm: S, _ dossier: Dossier, _ omgeving: Werkomgeving) {
        self.scherm = scherm
        self.dossier = dossier
        self.omgeving = omgeving
        toon()
    }

    /// The screen is shown (again): the work it asks for then is done at once.
    mutating func toon() {
        for soort in scherm.werkBijTonen(dossier) { scherm.neem(Werk(soort, omgeving).uitkomst()) }
    }

    @discardableResult
    mutating func stuur(_ event: Event) -> Handled {
        var ctx = SchermContext(dossier: dossier, omgeving: omgeving)
        let r = scherm.handle(event, &ctx)
        if spoelNaElkeToets { scherm.spoel(&ctx) }
        dossier = ctx.dossier
        // Work the screen asks for is done at once, its result handed back; it is kept
        // apart from the other requests.
        for verzoek in ctx.verzoeken {
            if case .werk(let soort) = verzoek {
                gevraagdWerk.append(soort)
                scherm.neem(Werk(soort, omgeving).uitkomst())
            } else {
                verzoeken.append(verzoek)
            }
        }
        return r
    }

    mutating func druk(_ keys: Key...) { for k in keys { stuur(.key(k)) } }

    mutating func typ(_ tekst: String) { for c in tekst { stuur(.key(c == "\n" ? .enter : .character(c))) } }

    /// The screen as text at the ride's size.
    func tekst() -> String { buffer().text }

    func buffer() -> Buffer {
        var b = Buffer(size: Size(width: breedte, height: hoogte))
        _ = scherm.render(dossier, omgeving: omgeving, into: &b, area: b.area)
        return b
    }
}

/// The whole program on the in-memory screen.
struct ProgrammaRit {
    let runtime: Runtime<RegieProgramma>
    let backend: MemoryBackend

    init(_ omgeving: Werkomgeving, breedte: Int = 100, hoogte: Int = 30) {
        backend = MemoryBackend(width: breedte, height: hoogte)
        runtime = Runtime(program: RegieProgramma(), model: RegieProgramma.Model(omgeving: omgeving), backend: backend)
        runtime.render()
    }

    var model: RegieProgramma.Model { runtime.model }
    var tekst: String { backend.screen.text }

    func druk(_ keys: Key...) { for k in keys { runtime.send(.key(k)) } }
    func typ(_ tekst: String) { for c in tekst { runtime.send(.key(c == "\n" ? .enter : .character(c))) } }
}

extension Dossier {
    /// A small household for screen tests, in the person picker's order: 1 Sanne (moeder),
    /// 2 Noah (zoon), 3 Ilse (professional); with a veiligheidsplan when given.
    static func testGezin(_ vandaag: Datum, plan: Veiligheidsplan? = nil) -> Dossier {
        Dossier(naam: "Familie Test", aangemaakt: vandaag,
                gezinsleden: [Gezinslid(naam: "Sanne", rolInGezin: "moeder"), Gezinslid(naam: "Noah", rolInGezin: "zoon")],
                professionals: [Professional(naam: "Ilse", functie: "jeugdverpleegkundige")], veiligheidsplan: plan)
    }
}

extension RegieProgramma {
    /// One step of the reducer with the work it asks for done at once, in order, and its
    /// results fed back: for tests that look at the files afterwards.
    func stap(_ model: inout Model, _ message: Message) -> [Effect<Message>] {
        voerUit(update(&model, message), &model)
    }

    /// Does the work among `effecten` (and the work its results ask for); returns all effects.
    func voerUit(_ effecten: [Effect<Message>], _ model: inout Model) -> [Effect<Message>] {
        var alle = effecten
        var i = 0
        while i < alle.count {
            if case .run(let werk) = alle[i] { alle += update(&model, werk.run()) }
            i += 1
        }
        return alle
    }
}

extension Overzicht {
    /// A key in the overview with the work it asks for (reading, erasing) done at once.
    @discardableResult
    mutating func stuur(_ event: Event, _ omgeving: Werkomgeving) -> Uitkomst {
        var uitkomst = handle(event, omgeving)
        while case .werk(let soort) = uitkomst {
            uitkomst = neem(Werk(soort, omgeving).uitkomst(), omgeving).map(Uitkomst.werk) ?? .verwerkt
        }
        return uitkomst
    }
}

/// The work among effects, as values (what a reducer test asserts).
func werk(_ effecten: [Effect<RegieProgramma.Message>]) -> [Werk.Soort] {
    effecten.compactMap { if case .run(let w) = $0 { (w as? Werk)?.soort } else { nil } }
}
