import Foundation
import RegieDomain
import RegieMethode
import RegieStore
import Screen
import Testing
@testable import RegieApp

/// A clock the test moves forward.
final class Testklok: @unchecked Sendable {
    private let lock = NSLock()
    private var tijd = Date(timeIntervalSince1970: 1_800_000_000)
    var nu: Date { lock.withLock { tijd } }
    func verder(_ seconden: Double) { lock.withLock { tijd += seconden } }
}

/// Locking the program: on C-l, after a pause, and at start with an encrypted store.
@Suite("Vergrendelen")
struct SlotTests {
    static let wachtwoord = "paarden eten graag hooi"

    /// A key that opens with one passphrase; it records what was made.
    final class Nepkluis: @unchecked Sendable {
        static let herstelcode = "7K3M-QX9A-PB2D-RT4H-WY6N-JC8E-ZF5V"
        var gemaakt: String?
        var onversleuteld = false
        var toegang: Kluistoegang {
            Kluistoegang(
                open: { $0 == SlotTests.wachtwoord ? .success(GeenVersleuteling()) : .failure(Kluismelding("Dit wachtwoord klopt niet.")) },
                maak: { self.gemaakt = $0; return .success(NieuweSleutel(laag: GeenVersleuteling(), herstelcode: Nepkluis.herstelcode)) },
                kiesOnversleuteld: { self.onversleuteld = true; return nil },
                sterkte: { Kluis.sterkte($0) })
        }
    }

    static func werk(_ kluis: Nepkluis, klok: Testklok = Testklok()) throws -> TestWerk {
        var werk = try TestWerk()
        werk.omgeving.kluis = kluis.toegang
        werk.omgeving.vergrendelNa = 300
        werk.omgeving.nu = { klok.nu }
        return werk
    }

    static let namen = ["De Jong", "Sanne", "Youssef", "Noé", "Lindelaan", "El Amrani"]

    @Test("C-l vergrendelt: geen naam meer te zien, de sleutel is weg; het goede wachtwoord brengt alles terug, ook wat getypt was")
    func handmatig() throws {
        let kluis = Nepkluis()
        let werk = try Self.werk(kluis)
        defer { werk.ruimOp() }
        let demo = try werk.demo()
        let rit = ProgrammaRit(werk.omgeving)
        rit.druk(.enter)
        rit.typ(" Extra tekst")
        let ervoor = rit.tekst
        rit.druk(.ctrl("l"))
        #expect(rit.model.slot != nil)
        #expect(rit.model.omgeving.opslag.laag is VergrendeldeLaag)
        #expect(rit.tekst.contains("Regie is vergrendeld."))
        for naam in Self.namen { #expect(!rit.tekst.contains(naam), "\(naam) is te zien op het slotscherm") }
        // Saved before the key was dropped.
        #expect(try werk.omgeving.opslag.laad(demo.id).dossier.naam.hasSuffix(" Extra tekst"))

        rit.typ("fout wachtwoord")
        rit.druk(.enter)
        #expect(rit.tekst.contains("Dit wachtwoord klopt niet."))
        #expect(!rit.tekst.contains("fout wachtwoord"), "het wachtwoord staat nooit leesbaar op het scherm")
        rit.druk(.alt("1"), .escape, .ctrl("z"), .character("/"))
        #expect(rit.model.slot != nil)
        for naam in Self.namen { #expect(!rit.tekst.contains(naam)) }
        rit.druk(.ctrl("u"))

        rit.typ(Self.wachtwoord)
        rit.druk(.enter)
        #expect(rit.model.slot == nil)
        #expect(!(rit.model.omgeving.opslag.laag is VergrendeldeLaag))
        #expect(rit.model.tab == .huishouden)
        // The same screen, but for the status line (it was "wordt bewaard…" before).
        let zonderStatus = { (t: String) in t.split(separator: "\n", omittingEmptySubsequences: false).dropLast(2).joined(separator: "\n") }
        #expect(zonderStatus(rit.tekst) == zonderStatus(ervoor), "terug op precies dezelfde plek")
        rit.typ(" en meer")
        rit.druk(.ctrl("s"))
        #expect(try werk.omgeving.opslag.laad(demo.id).dossier.naam.hasSuffix(" Extra tekst en meer"))
    }

    @Test("na vijf minuten zonder toets vergrendelt het programma, eerder niet")
    func naPauze() throws {
        let kluis = Nepkluis()
        let klok = Testklok()
        let werk = try Self.werk(kluis, klok: klok)
        defer { werk.ruimOp() }
        _ = try werk.demo()
        let programma = RegieProgramma()
        var model = RegieProgramma.Model(omgeving: werk.omgeving)
        let effecten = programma.update(&model, .event(.key(.down)))
        #expect(effecten.contains { if case .after(let s, .slotTimer) = $0 { s == 300 } else { false } })
        klok.verder(299)
        _ = programma.update(&model, .slotTimer)
        #expect(model.slot == nil)
        klok.verder(1)
        _ = programma.update(&model, .slotTimer)
        #expect(model.slot != nil)
        // Locked: no new timer, and keys go to the lock screen only.
        let later = programma.update(&model, .event(.key(.down)))
        #expect(!later.contains { if case .after(_, .slotTimer) = $0 { true } else { false } })
    }

    @Test("zonder sleutel (onversleutelde opslag) is er geen slot en doet C-l niets")
    func zonderSleutel() throws {
        let werk = try TestWerk()
        defer { werk.ruimOp() }
        let rit = ProgrammaRit(werk.omgeving)
        rit.druk(.ctrl("l"))
        #expect(rit.model.slot == nil)
    }

    @Test("start met een versleutelde opslag: eerst het wachtwoord, dan pas het overzicht")
    func startVergrendeld() throws {
        let kluis = Nepkluis()
        let werk = try Self.werk(kluis)
        defer { werk.ruimOp() }
        _ = try werk.demo()
        let backend = MemoryBackend(width: 100, height: 30)
        let runtime = Runtime(program: RegieProgramma(),
                              model: RegieProgramma.Model(omgeving: werk.omgeving, slot: Slotscherm(.ontgrendelen)), backend: backend)
        runtime.render()
        #expect(backend.screen.text.contains("Regie is vergrendeld."))
        #expect(!backend.screen.text.contains("De Jong"))
        for c in Self.wachtwoord { runtime.send(.key(.character(c))) }
        runtime.send(.key(.enter))
        #expect(backend.screen.text.contains("Familie De Jong-El Amrani"))
    }

    @Test("regie --presentatie met een versleutelde opslag: pas na het wachtwoord, en dan meteen alleen dat huishouden")
    func presentatieNaOntgrendelen() throws {
        let kluis = Nepkluis()
        let werk = try Self.werk(kluis)
        defer { werk.ruimOp() }
        _ = try werk.demo()
        try werk.omgeving.opslag.voegToe(Dossier(naam: "Familie Bakker", aangemaakt: werk.omgeving.vandaag))
        var model = RegieProgramma.Model(omgeving: werk.omgeving, slot: Slotscherm(.ontgrendelen))
        model.naOntgrendelen = "Familie De"
        let backend = MemoryBackend(width: 100, height: 30)
        let runtime = Runtime(program: RegieProgramma(), model: model, backend: backend)
        runtime.render()
        for c in Self.wachtwoord { runtime.send(.key(.character(c))) }
        runtime.send(.key(.enter))
        #expect(runtime.model.presentatie != nil)
        #expect(backend.screen.text.contains("Familie De Jong-El Amrani │"))
        #expect(!backend.screen.text.contains("Bakker"))
    }

    @Test("eerste start: een zwak wachtwoord wordt geweigerd, twee verschillende ook; daarna wordt de sleutel gemaakt")
    func eersteStart() throws {
        let kluis = Nepkluis()
        let werk = try Self.werk(kluis)
        defer { werk.ruimOp() }
        let backend = MemoryBackend(width: 100, height: 30)
        let runtime = Runtime(program: RegieProgramma(), model: RegieProgramma.Model(omgeving: werk.omgeving, slot: Slotscherm(.nieuw)),
                              backend: backend)
        runtime.render()
        func typ(_ t: String) { for c in t { runtime.send(.key(.character(c))) } }
        #expect(backend.screen.text.contains("Welkom bij Regie."))
        typ("kort")
        runtime.send(.key(.enter))
        #expect(backend.screen.text.contains("Te kort"))
        runtime.send(.key(.ctrl("u")))
        typ(Self.wachtwoord)
        runtime.send(.key(.enter))
        typ("iets anders dan dat")
        runtime.send(.key(.enter))
        #expect(backend.screen.text.contains("niet gelijk"))
        #expect(kluis.gemaakt == nil)
        // The first stays; only the repeat is typed again.
        typ(Self.wachtwoord)
        runtime.send(.key(.enter))
        #expect(kluis.gemaakt == Self.wachtwoord)
        // The recovery code, once, until confirmed; other keys do nothing there.
        #expect(runtime.model.slot?.soort == .herstelcode(Nepkluis.herstelcode))
        #expect(backend.screen.text.contains(Nepkluis.herstelcode))
        typ("x")
        runtime.send(.key(.escape))
        #expect(runtime.model.slot?.soort == .herstelcode(Nepkluis.herstelcode))
        runtime.send(.key(.enter))
        #expect(runtime.model.slot == nil)
        #expect(backend.screen.text.contains("Regie · overzicht"))
        #expect(!backend.screen.text.contains("NIET VERSLEUTELD"))
    }

    @Test("het slotscherm past op 80×24: de uitleg loopt door op de volgende regel in plaats van af te breken")
    func maten() throws {
        let kwijt = KluisFout.sleutelKwijt(pad: "/home/sanne/.local/share/regie/sleutel.json").melding
        for soort in [Slotscherm.Soort.nieuw, .bestaandVersleutelen, .zonderVersleuteling, .ontgrendelen,
                      .herstelcode(Nepkluis.herstelcode), .sleutelProbleem(kwijt)] {
            var b = Buffer(size: Size(width: 80, height: 24))
            _ = Slotscherm(soort).render(into: &b, screen: b.area)
            let regels = b.text.split(separator: "\n").map(String.init)
            let tekst = regels.map { $0.replacingOccurrences(of: "│", with: " ").trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
            switch soort {
            case .nieuw: #expect(tekst.contains("niets terug te lezen: bewaar het goed."), "\(b.text)")
            case .bestaandVersleutelen: #expect(tekst.contains("bestand voor bestand."), "\(b.text)")
            case .zonderVersleuteling: #expect(tekst.contains("Regie blijft een waarschuwing tonen."), "\(b.text)")
            case .ontgrendelen: #expect(tekst.contains("Enter: ontgrendelen · C-q: stoppen"), "\(b.text)")
            case .herstelcode(let code): #expect(tekst.contains(code) && tekst.contains("Enter: ik heb de herstelcode opgeschreven"), "\(b.text)")
            case .sleutelProbleem: #expect(tekst.contains("'regie versleuteling herstel'.") && tekst.contains("C-q: stoppen"), "\(b.text)")
            }
            var klein = Buffer(size: Size(width: 20, height: 5))
            _ = Slotscherm(soort).render(into: &klein, screen: klein.area)
        }
    }

    @Test("eerste start zonder versleuteling kan alleen na een vraag, en dan blijft een waarschuwing staan")
    func zonderVersleuteling() throws {
        let kluis = Nepkluis()
        let werk = try Self.werk(kluis)
        defer { werk.ruimOp() }
        let backend = MemoryBackend(width: 100, height: 30)
        let runtime = Runtime(program: RegieProgramma(), model: RegieProgramma.Model(omgeving: werk.omgeving, slot: Slotscherm(.nieuw)),
                              backend: backend)
        runtime.render()
        runtime.send(.key(.function(2)))
        #expect(backend.screen.text.contains("Zonder versleuteling werken?"))
        runtime.send(.key(.character("n")))
        #expect(backend.screen.text.contains("Welkom bij Regie."))
        runtime.send(.key(.function(2)))
        runtime.send(.key(.character("j")))
        #expect(kluis.onversleuteld)
        #expect(runtime.model.slot == nil)
        #expect(backend.screen.text.contains("! NIET VERSLEUTELD"))
        runtime.send(.key(.ctrl("l")))
        #expect(runtime.model.slot == nil, "zonder wachtwoord is er niets om mee te ontgrendelen")
    }
}

/// A layer that can be watched: once the program is locked, nothing may still hold it.
final class Sporenlaag: Bytelaag, @unchecked Sendable {
    func verzegel(_ data: Data) throws -> Data { data }
    func open(_ data: Data) throws -> Data { data }
}

@Suite("Vergrendelen: de sleutel is weg")
struct SleutelWegTests {
    @Test("na vergrendelen houdt niets in het programma de laag met de sleutel nog vast, ook niet na alle tabbladen")
    func laagLosgelaten() throws {
        let map = FileManager.default.temporaryDirectory.appendingPathComponent("regie-spoor-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: map) }
        weak var spoor: Sporenlaag?
        let backend = MemoryBackend(width: 100, height: 30)
        let runtime: Runtime<RegieProgramma> = try {
            let laag = Sporenlaag()
            spoor = laag
            let opslag = try Opslag(map: map, laag: laag)
            try opslag.voegToe(Voorbeeld.demo(vandaag: Datum(jaar: 2026, maand: 11, dag: 23)!))
            var omgeving = Werkomgeving(opslag: opslag.metLogboek(gebruiker: "Test"), methode: try MethodeLader.standaard(),
                                        vandaag: Datum(jaar: 2026, maand: 11, dag: 23)!, gebruiker: "Test",
                                        keymap: RegieToetsen.standaard, bewaarGebruiker: { _ in })
            omgeving.kluis = SlotTests.Nepkluis().toegang
            return Runtime(program: RegieProgramma(), model: RegieProgramma.Model(omgeving: omgeving), backend: backend)
        }()
        runtime.render()
        runtime.send(.key(.enter))
        for tab in 1...8 { runtime.send(.key(.alt(Character(String(tab))))) }
        runtime.send(.key(.character("/")))
        #expect(spoor != nil, "zolang het open is, is de laag er")
        runtime.send(.key(.ctrl("l")))
        #expect(runtime.model.slot != nil)
        #expect(spoor == nil, "na vergrendelen mag niets de laag met de sleutel nog vasthouden")
    }
}
