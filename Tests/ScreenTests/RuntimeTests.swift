import Foundation
import Testing
@testable import Screen

/// A tiny program: counts key presses, shows the count and typed text, can quit, set a
/// timer, run an effect and hand text to the editor.
private struct Teller: Program {
    struct Model {
        var tekst = ""
        var tikken = 0
        var bewaard = 0
        var theme: Theme?
        /// What happened, in order: keys typed and work that came back.
        var verloop: [String] = []
        var bezig = 0
    }

    enum Bericht: Sendable {
        case typ(Character)
        case stop
        case wekker
        case tik
        case bewaar
        case bewaardOK
        case bewerk
        case bewerkt(String?)
        case thema
        case traag
        case traagKlaar
    }

    func message(for event: Event, in model: Model) -> Bericht? {
        switch event {
        case .key(.ctrl("q")): return .stop
        case .key(.ctrl("t")): return .wekker
        case .key(.ctrl("s")): return .bewaar
        case .key(.ctrl("o")): return .bewerk
        case .key(.ctrl("k")): return .thema
        case .key(.ctrl("w")): return .traag
        case .key(.character(let c)): return .typ(c)
        default: return nil
        }
    }

    func update(_ m: inout Model, _ b: Bericht) -> [Effect<Bericht>] {
        switch b {
        case .typ(let c):
            m.tekst.append(c)
            m.verloop.append(String(c))
        case .stop: return [.quit]
        case .wekker: return [.after(seconds: 1, .tik)]
        case .tik: m.tikken += 1
        case .bewaar: return [.perform({ .bewaardOK })]
        case .bewaardOK: m.bewaard += 1
        case .bewerk: return [.editor(text: m.tekst, done: { .bewerkt($0) })]
        case .bewerkt(let t): if let t { m.tekst = t }
        case .thema: m.theme = Theme(name: "test", styles: [.text: Style(bold: true)])
        case .traag:
            m.bezig += 1
            return [.run(Traag(seconden: 0.3))]
        case .traagKlaar:
            m.bezig -= 1
            m.bewaard += 1
            m.verloop.append("klaar")
        }
        return []
    }

    /// A signal: one more save, which must be finished before the run ends.
    func stopping(_ m: inout Model) -> [Effect<Bericht>] {
        m.bewaard += 100
        return [.run(Traag(seconden: 0.2))]
    }

    func view(_ m: Model, into frame: inout Frame) {
        frame.buffer.write("Tekst: \(m.tekst)", x: 0, y: 0)
        frame.buffer.write("Tikken: \(m.tikken) Bewaard: \(m.bewaard)" + (m.bezig > 0 ? " bewaren…" : ""), x: 0, y: 1)
        frame.cursor = Point(x: 7 + m.tekst.displayWidth, y: 0)
        frame.theme = m.theme
    }
}

/// Work that takes a while (a slow disk), described as a value.
private struct Traag: Work, Equatable {
    var seconden: Double
    func run() -> Teller.Bericht {
        Thread.sleep(forTimeInterval: seconden)
        return .traagKlaar
    }
}

/// A backend that records every frame as text (to see what was drawn while work ran).
private final class Opnemer: Backend {
    let binnen: MemoryBackend
    var frames: [String] = []
    init(_ binnen: MemoryBackend) { self.binnen = binnen }
    var size: Size { binnen.size }
    func present(_ buffer: Buffer, cursor: Point?) { frames.append(buffer.lines[1]); binnen.present(buffer, cursor: cursor) }
    func setTheme(_ theme: Theme) { binnen.setTheme(theme) }
    func nextEvent(timeout: Double?) -> Event? {
        if let e = binnen.nextEvent(timeout: timeout) { return e }
        if let timeout { Thread.sleep(forTimeInterval: timeout) }
        return nil
    }
    func suspend() {}
    func resume() {}
    func shutdown() {}
    var stopSignal: Int32? { binnen.stopSignal }
}

@Suite("De run-loop in Elm-stijl")
struct RuntimeTests {
    @Test func toetsenWordenBerichtenEnHetSchermVolgt() {
        let b = MemoryBackend(width: 40, height: 10)
        let r = Runtime(program: Teller(), model: .init(), backend: b)
        r.render()
        for c in "Noé 漢😀" { r.send(.key(.character(c))) }
        #expect(b.lines[0].hasPrefix("Tekst: Noé 漢😀"))
        #expect(b.cursor == Point(x: 7 + 4 + 2 + 2, y: 0))  // by display width
    }

    @Test func alleenGewijzigdeCellenWordenGeschreven() {
        let b = MemoryBackend(width: 40, height: 10)
        let r = Runtime(program: Teller(), model: .init(), backend: b)
        r.render()
        // The terminal starts blank: only the 23 non-blank cells are written.
        let eerst = b.cellsWritten
        #expect(eerst == 23)
        r.send(.key(.character("a")))
        #expect(b.cellsWritten - eerst == 1)
    }

    @Test("SIGTERM/SIGHUP: het programma mag eerst bewaren, daarna stopt de lus met het signaal")
    func stoppenDoorEenSignaal() {
        let backend = MemoryBackend()
        backend.events = [.key(.character("a"))]
        backend.stopSignal = 1
        let runtime = Runtime(program: Teller(), model: Teller.Model(), backend: backend)
        let einde = runtime.run()
        #expect(einde.bewaard == 101, "stopping is niet aangeroepen of zijn bewaren niet afgemaakt")
        #expect(runtime.stoppedBy == 1)
        #expect(einde.tekst.isEmpty, "na het signaal wordt niets meer verwerkt")
    }

    @Test func stoppenMetEenEffect() {
        let b = MemoryBackend()
        b.events = [.key(.character("x")), .key(.ctrl("q")), .key(.character("y"))]
        let model = Runtime(program: Teller(), model: .init(), backend: b).run()
        #expect(model.tekst == "x")
        #expect(b.events == [.key(.character("y"))])
    }

    @Test func eenWekkerGaatAfNaDeTijd() {
        var nu = 100.0
        let b = MemoryBackend()
        let r = Runtime(program: Teller(), model: .init(), backend: b, clock: { nu })
        r.send(.key(.ctrl("t")))
        #expect(r.model.tikken == 0)
        nu += 0.5
        r.send(.key(.character("a")))
        #expect(r.model.tikken == 0)
        nu += 0.6
        r.send(.key(.character("b")))
        #expect(r.model.tikken == 1)
        #expect(b.lines[1].hasPrefix("Tikken: 1"))
    }

    @Test func effectGeeftZijnUitkomstTerug() {
        let r = Runtime(program: Teller(), model: .init(), backend: MemoryBackend())
        r.send(.key(.ctrl("s")))
        #expect(r.model.bewaard == 1)
    }

    @Test("werk loopt buiten de lus: toetsen tijdens het werk worden verwerkt, het scherm zegt dat het bezig is")
    func werkBuitenDeLus() {
        let b = MemoryBackend(width: 40, height: 10)
        b.events = [.key(.ctrl("w")), .key(.character("a")), .key(.character("b"))]
        let r = Runtime(program: Teller(), model: .init(), backend: b)
        r.settlesBeforeEachEvent = false
        let einde = r.run()
        #expect(einde.verloop == ["a", "b", "klaar"], "de toetsen wachtten op het werk")
        #expect(einde.tekst == "ab")
        #expect(b.lines[1].hasPrefix("Tikken: 0 Bewaard: 1 "))
    }

    @Test("terwijl het werk loopt, blijft het scherm tekenen; daarna is het klaar")
    func tekentTijdensWerk() {
        let b = MemoryBackend(width: 40, height: 10)
        let opnemer = Opnemer(b)
        let r = Runtime(program: Teller(), model: .init(), backend: opnemer)
        r.render()
        opnemer.binnen.events = [.key(.ctrl("w")), .key(.character("a"))]
        // A real terminal: no key waits for the work.
        #expect(!r.settlesBeforeEachEvent)
        r.send(opnemer.binnen.nextEvent(timeout: 0)!)
        r.send(opnemer.binnen.nextEvent(timeout: 0)!)
        #expect(opnemer.frames.last?.hasPrefix("Tikken: 0 Bewaard: 0 bewaren…") == true)
        #expect(r.pendingWork == 1)
        r.settle()
        r.render()
        #expect(r.pendingWork == 0)
        #expect(r.model.verloop == ["a", "klaar"])
        #expect(opnemer.frames.last?.hasPrefix("Tikken: 0 Bewaard: 1 ") == true)
    }

    @Test("stoppen (C-q) maakt het lopende werk eerst af")
    func stoppenWachtOpWerk() {
        let b = MemoryBackend()
        b.events = [.key(.ctrl("w")), .key(.ctrl("q"))]
        let r = Runtime(program: Teller(), model: .init(), backend: b)
        r.settlesBeforeEachEvent = false
        let einde = r.run()
        #expect(einde.bewaard == 1)
        #expect(r.pendingWork == 0)
    }

    @Test("achtergrondwerk stuurt berichten terwijl het loopt")
    func achtergrondwerk() {
        let r = Runtime(program: Achtergrond(), model: [], backend: MemoryBackend())
        r.send(.key(.character("x")))
        r.settleAll()
        #expect(r.model == [1, 2, 3])
    }

    @Test func editorGeeftDeTerminalTerugEnNeemtHemWeer() {
        let b = MemoryBackend()
        let r = Runtime(program: Teller(), model: .init(), backend: b)
        var tijdensBewerken = false
        r.runEditor = { tekst in
            tijdensBewerken = b.isSuspended
            return tekst + " en meer"
        }
        r.send(.key(.character("a")))
        r.send(.key(.ctrl("o")))
        #expect(tijdensBewerken)
        #expect(!b.isSuspended)
        #expect(r.model.tekst == "a en meer")
    }

    @Test func teKleinVensterEnHerstel() {
        let b = MemoryBackend(width: 20, height: 5)
        let r = Runtime(program: Teller(), model: .init(), backend: b)
        r.render()
        #expect(b.text.contains("Venster te klein"))
        #expect(b.text.contains("nodig: 40×10"))
        b.resize(width: 60, height: 12)
        r.send(b.events.removeFirst())
        #expect(!b.text.contains("Venster te klein"))
        #expect(b.lines[0].hasPrefix("Tekst:"))
    }

    @Test("te klein venster: getypte toetsen en plakken doen niets, na vergroten is de tekst onveranderd")
    func teKleinVensterNeemtGeenToetsen() {
        let b = MemoryBackend(width: 60, height: 12)
        let r = Runtime(program: Teller(), model: .init(), backend: b)
        r.render()
        r.send(.key(.character("a")))
        b.resize(width: 20, height: 5)
        r.send(b.events.removeFirst())
        for c in "xyz d" { r.send(.key(.character(c))) }
        r.send(.paste("geplakt"))
        r.send(.key(.ctrl("o")))
        #expect(r.model.tekst == "a")
        #expect(b.lines == [
            "                    ",
            "  Venster te klein  ",
            "    nodig: 40×10    ",
            "      nu: 20×5      ",
            "                    ",
        ])
        b.resize(width: 60, height: 12)
        r.send(b.events.removeFirst())
        #expect(b.lines[0] == "Tekst: a" + String(repeating: " ", count: 52))
    }

    @Test func heelKleinVensterCrashtNiet() {
        for (w, h) in [(0, 0), (1, 1), (3, 2), (10, 1)] {
            let b = MemoryBackend(width: w, height: h)
            Runtime(program: Teller(), model: .init(), backend: b).render()
            #expect(b.screen.size == Size(width: w, height: h))
        }
    }

    @Test func themaWisselTekentAllesOpnieuw() {
        let b = MemoryBackend(width: 40, height: 10)
        let r = Runtime(program: Teller(), model: .init(), backend: b)
        r.render()
        let voor = b.cellsWritten
        r.send(.key(.ctrl("k")))
        #expect(b.theme.name == "test")
        #expect(b.cellsWritten - voor == 400)
    }

    @Test func plakkenWordtOpgeschoond() {
        #expect(sanitisePaste("a\r\nb\rc\u{1B}[31md\u{7}") == "a\nb\nc[31md")
    }

    @Test func toetsnamen() {
        for naam in ["C-s", "F1", "Enter", "?", "S-Tab", "Esc", "PgDn", "M-x", "Spatie", "C-Left"] {
            let k = Key(name: naam)
            #expect(k != nil, "\(naam)")
            #expect(k.map { Key(name: $0.description) } == k, "\(naam)")
        }
        #expect(Key(name: "C-ß")?.description == nil || Key(name: "C-ß") == .ctrl("ß"))
        #expect(Key(name: "Fantasie") == nil)
        #expect(Key(name: "F99") == nil)
    }
}

/// Sends three messages from work on its own thread (an index rebuild's progress).
private struct Achtergrond: Program {
    func message(for event: Event, in model: [Int]) -> Int? { 0 }
    func update(_ model: inout [Int], _ message: Int) -> [Effect<Int>] {
        if message == 0 { return [.background({ send in for i in 1...3 { send(i) } })] }
        model.append(message)
        return []
    }
    func view(_ model: [Int], into frame: inout Frame) {}
}
