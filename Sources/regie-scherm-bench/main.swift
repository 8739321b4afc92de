// Speed figures for the screen layer, printed (not asserted): run in release,
//
//     swift run -c release regie-scherm-bench [thema]
//
// `thema` is a theme file in Themes/ (default: standaard); the typing figures use it.
// Everything runs on the real curses backend (ncurses `newterm`, xterm-256color, 80×24)
// writing to a temporary file, input from /dev/null:
//  - typing 2,000 keys (letters, spaces, é/ë/ï, some Enter) into a full-screen TextArea
//    holding 5,000 words, through Program, Runtime.send, TextArea.handle/render, Diff and
//    CursesBackend.present: CPU time per key (goal ≤ 1 ms) and bytes written to the
//    terminal per typed character (goal ≤ 32), cursor in the middle and at the end;
//  - start to the first frame of an empty screen: curses started, a Runtime, one render
//    flushed (goal ≤ 15 ms), in this process (repeated, each backend shut down) and as a
//    new process (`regie-scherm-bench --eerste-frame UITVOER`, which prints the moment
//    its first frame was flushed; started with posix_spawn, as a shell would).
import Foundation
import Screen
#if canImport(Glibc)
import Glibc
#endif

setenv("TERM", "xterm-256color", 1)
// The output is a file, so ncurses takes the size from these (else from terminfo: 80×24).
setenv("COLUMNS", "80", 1)
setenv("LINES", "24", 1)

func klok(_ id: clockid_t) -> UInt64 {
    var t = timespec()
    clock_gettime(id, &t)
    return UInt64(t.tv_sec) * 1_000_000_000 + UInt64(t.tv_nsec)
}
/// CPU time of this process (all threads), in nanoseconds.
func cpu() -> UInt64 { klok(CLOCK_PROCESS_CPUTIME_ID) }
/// Wall-clock time, the same clock in every process, in nanoseconds.
func wand() -> UInt64 { klok(CLOCK_MONOTONIC) }
func ms(_ ns: UInt64) -> Double { Double(ns) / 1_000_000 }

func bestandsgrootte(_ f: UnsafeMutablePointer<FILE>) -> Int {
    fflush(f)
    var s = stat()
    fstat(fileno(f), &s)
    return Int(s.st_size)
}

/// An empty screen: the smallest program there is.
struct Leeg: Program {
    func message(for event: Event, in model: Void) -> Never? { nil }
    func update(_ model: inout Void, _ message: Never) -> [Effect<Never>] {}
    func view(_ model: Void, into frame: inout Frame) {}
}

/// One start: curses on `pad`, a Runtime, the first frame flushed.
/// - Returns: wall and CPU time to the flushed frame, and the bytes it wrote.
func eersteFrame(pad: String) throws -> (wand: UInt64, cpu: UInt64, bytes: Int) {
    guard let uit = fopen(pad, "w+"), let invoer = fopen("/dev/null", "r") else { fatalError("kan \(pad) niet openen") }
    defer { fclose(uit); fclose(invoer) }
    let w0 = wand(), c0 = cpu()
    let backend = try CursesBackend(theme: .fallback, output: uit, input: invoer, terminalType: "xterm-256color")
    let runtime = Runtime(program: Leeg(), model: (), backend: backend)
    runtime.render()
    fflush(uit)
    let w = wand() - w0, c = cpu() - c0
    let bytes = bestandsgrootte(uit)
    backend.shutdown()
    return (w, c, bytes)
}

// The child for the process-start figure: prints when its first frame was on the "terminal".
if CommandLine.arguments.count > 2 && CommandLine.arguments[1] == "--eerste-frame" {
    guard let uit = fopen(CommandLine.arguments[2], "w+"), let invoer = fopen("/dev/null", "r") else { exit(2) }
    let backend = try CursesBackend(theme: .fallback, output: uit, input: invoer, terminalType: "xterm-256color")
    let runtime = Runtime(program: Leeg(), model: (), backend: backend)
    runtime.render()
    fflush(uit)
    let klaar = wand()
    backend.shutdown()
    print(klaar)
    exit(0)
}

// The very first start in this process, before anything else has warmed up.
let eersteUitvoer = FileManager.default.temporaryDirectory.appendingPathComponent("regie-scherm-bench-\(UUID().uuidString).out").path
defer { unlink(eersteUitvoer) }
let koud = try eersteFrame(pad: eersteUitvoer)

// MARK: - Figures

/// Median, p99 and maximum of times in nanoseconds.
func samenvatting(_ ns: [UInt64], p99: Bool = true) -> String {
    let s = ns.sorted()
    let p = s[min(s.count - 1, Int(Double(s.count) * 0.99))]
    return String(format: "mediaan %.3f ms, %@max %.3f ms, gemiddeld %.3f ms (n=%d)", ms(s[s.count / 2]),
                  p99 ? String(format: "p99 %.3f ms, ", ms(p)) : "", ms(s.last!),
                  ms(s.reduce(0, +)) / Double(s.count), s.count)
}

// MARK: - The text: 5,000 Dutch words in paragraphs

struct Toeval {
    var s: UInt64
    mutating func volgende(_ n: Int) -> Int {
        s ^= s << 13; s ^= s >> 7; s ^= s << 17
        return Int(s % UInt64(n))
    }
}

let woorden = [
    "de", "het", "een", "gezin", "moeder", "vader", "kinderen", "school", "werk", "huis", "afspraak", "hulp", "plan",
    "regie", "zorg", "geld", "schulden", "wijkteam", "gesprek", "samen", "week", "dag", "goed", "beter", "rustig",
    "ochtenden", "slapen", "café", "ideeën", "één", "financiële", "coördinator", "geïnteresseerd", "ruzie", "oplossing",
    "vertrouwen", "buurvrouw", "opvoeding", "jeugdhulp", "veiligheid", "afspraken", "maandag", "dinsdag", "taal",
    "cursus", "werkgever", "budget", "overzicht", "huur", "energie", "rekening", "betalen", "mee", "naar", "met", "voor",
    "over", "en", "maar", "ook", "niet", "wel", "nog", "al", "is", "zijn", "heeft", "hebben", "wil", "wordt", "zegt",
    "gaat", "komt", "privé", "reünie", "zeeën", "knieën", "oma", "opa", "broer", "zus", "buurt", "dokter", "praktijk",
]

func zinnen(woorden aantal: Int, alinea: ClosedRange<Int>, toeval: inout Toeval) -> String {
    var tekst = ""
    var inAlinea = 0, alineaLengte = alinea.lowerBound + toeval.volgende(alinea.count)
    var inZin = 0, zinLengte = 6 + toeval.volgende(9)
    for i in 0..<aantal {
        var w = woorden[toeval.volgende(woorden.count)]
        if inZin == 0 { w = w.prefix(1).uppercased() + w.dropFirst() }
        tekst += w
        inZin += 1
        inAlinea += 1
        if inZin == zinLengte || i == aantal - 1 {
            tekst += toeval.volgende(6) == 0 ? "?" : "."
            inZin = 0
            zinLengte = 6 + toeval.volgende(9)
        }
        guard i < aantal - 1 else { break }
        if inAlinea >= alineaLengte && inZin == 0 {
            tekst += "\n"
            inAlinea = 0
            alineaLengte = alinea.lowerBound + toeval.volgende(alinea.count)
        } else {
            tekst += inZin == 0 && toeval.volgende(3) == 0 ? "  " : " "
        }
    }
    return tekst
}

var toeval = Toeval(s: 0x5EED_2026)
let tekst = zinnen(woorden: 5_000, alinea: 50...120, toeval: &toeval)
let alineas = tekst.split(separator: "\n", omittingEmptySubsequences: false)

// The keys: sentences typed character by character, a new paragraph every 15–40 words.
let getypt = zinnen(woorden: 400, alinea: 15...40, toeval: &toeval)
let toetsen: [Event] = Array(getypt.prefix(2_000)).map { $0 == "\n" ? .key(.enter) : .key(.character($0)) }
let aantalEnter = toetsen.filter { $0 == .key(.enter) }.count
let aantalSpatie = toetsen.filter { $0 == .key(.character(" ")) }.count
let aantalAccent = toetsen.filter { if case .key(.character(let c)) = $0 { return "éëïü".contains(c) } else { return false } }.count
precondition(toetsen.count == 2_000, "te weinig getypte tekst")

// MARK: - Typing on the real backend

/// Time spent in the program's own update and view (the TextArea), per key.
final class Meter: @unchecked Sendable {
    var update: UInt64 = 0
    var view: UInt64 = 0
    var frames: [Buffer] = []
    var bewaarFrames = 0
    /// Per frame: whether the top line changed, i.e. the text scrolled (every line redrawn).
    var geschoven: [Bool] = []
    var bovensteRegel: [Cell] = []
}

/// A TextArea filling the screen; every key goes to it.
struct Typen: Program {
    let meter: Meter
    func message(for event: Event, in model: TextArea) -> Event? { event }
    func update(_ model: inout TextArea, _ message: Event) -> [Effect<Event>] {
        let t = cpu()
        _ = model.handle(message)
        meter.update += cpu() - t
        return []
    }
    func view(_ model: TextArea, into frame: inout Frame) {
        let t = cpu()
        frame.cursor = model.render(into: &frame.buffer, area: frame.area, focused: true)
        meter.view += cpu() - t
        if meter.frames.count < meter.bewaarFrames { meter.frames.append(frame.buffer) }
        let boven = Array(frame.buffer.cells.prefix(frame.buffer.size.width))
        meter.geschoven.append(boven != meter.bovensteRegel)
        meter.bovensteRegel = boven
    }
}

// `regie-scherm-bench --lange-tekst`: the cost of one key in a TextArea by the length of its
// text (one paragraph, cursor in the middle): the widget alone (handle and render at 80×24),
// with the value from before the key kept (a whole copy per key, as forms used to) and the
// text read after it, and without that copy (as forms do now).
func langeTekst() {
    print("Eén toets in een TextArea, naar lengte van de tekst (één alinea, cursor in het midden, 80×24):")
    for lengte in [10_000, 100_000, 1_000_000, 10_000_000] {
        var veld = TextArea(text: String(repeating: "woord ", count: lengte / 6))
        veld.moveCursor(to: TextArea.Position(paragraph: 0, offset: lengte / 2))
        var buffer = Buffer(size: Size(width: 80, height: 24))
        _ = veld.render(into: &buffer, area: buffer.area, focused: true)
        var alleen: [UInt64] = []
        for _ in 0..<100 {
            let t = cpu()
            _ = veld.handle(.key(.character("x")))
            _ = veld.render(into: &buffer, area: buffer.area, focused: true)
            alleen.append(cpu() - t)
        }
        var formulier: [UInt64] = []
        for _ in 0..<20 {
            let t = cpu()
            let voor = veld
            _ = veld.handle(.key(.character("x")))
            _ = veld.render(into: &buffer, area: buffer.area, focused: true)
            if veld == voor { print("") }
            _ = veld.text.count
            formulier.append(cpu() - t)
        }
        var zonderKopie: [UInt64] = []
        for _ in 0..<20 {
            let t = cpu()
            _ = veld.handle(.key(.character("x")))
            _ = veld.render(into: &buffer, area: buffer.area, focused: true)
            _ = veld.text.count
            zonderKopie.append(cpu() - t)
        }
        print("  \(lengte) tekens: alleen het veld " + samenvatting(alleen, p99: false))
        print("  \(lengte) tekens: met de waarde van vóór de toets bewaard (kopie) en de tekst gelezen " + samenvatting(formulier, p99: false))
        print("  \(lengte) tekens: zonder kopie, de tekst gelezen (zo doet het formulier het) " + samenvatting(zonderKopie, p99: false))
    }
}
if CommandLine.arguments.contains("--lange-tekst") {
    langeTekst()
    exit(0)
}

// A shipped theme (default: standaard, with colours), read from the source tree; else the built-in one.
let themaNaam = CommandLine.arguments.count > 1 ? CommandLine.arguments[1] : "standaard"
let themaBestand = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Themes/\(themaNaam).yaml")
let thema: Theme
do { thema = try ThemeLoader.load(themaBestand) } catch {
    print("thema \(themaNaam) niet gelezen (\(error.summary)); het ingebouwde thema wordt gebruikt")
    thema = .fallback
}

struct Typrun {
    var cpu: [UInt64] = []
    var wand: UInt64 = 0
    var bytes: [Int] = []
    var eersteFrameBytes = 0
    var update: UInt64 = 0
    var view: UInt64 = 0
    var frames: [Buffer] = []
    var geschoven: [Bool] = []
    /// Everything written to the terminal after the first frame.
    var uitvoer: [UInt8] = []
}

func typ(cursor: TextArea.Position, bewaarFrames: Int = 0) throws -> Typrun {
    let pad = FileManager.default.temporaryDirectory.appendingPathComponent("regie-scherm-bench-\(UUID().uuidString).out").path
    defer { unlink(pad) }
    guard let uit = fopen(pad, "w+"), let invoer = fopen("/dev/null", "r") else { fatalError("kan \(pad) niet openen") }
    defer { fclose(uit); fclose(invoer) }
    let backend = try CursesBackend(theme: thema, output: uit, input: invoer, terminalType: "xterm-256color")
    defer { backend.shutdown() }
    precondition(backend.size == Size(width: 80, height: 24), "scherm is \(backend.size), niet 80×24")
    var veld = TextArea(text: tekst)
    veld.moveCursor(to: cursor)
    let meter = Meter()
    meter.bewaarFrames = bewaarFrames
    let runtime = Runtime(program: Typen(meter: meter), model: veld, backend: backend)
    runtime.render()
    var run = Typrun()
    run.eersteFrameBytes = bestandsgrootte(uit)
    meter.update = 0
    meter.view = 0
    var voor = run.eersteFrameBytes
    run.cpu.reserveCapacity(toetsen.count)
    let w0 = wand()
    for toets in toetsen {
        let c0 = cpu()
        runtime.send(toets)
        fflush(uit)
        run.cpu.append(cpu() - c0)
        let na = bestandsgrootte(uit)
        run.bytes.append(na - voor)
        voor = na
    }
    run.wand = wand() - w0
    run.update = meter.update
    run.view = meter.view
    run.frames = meter.frames
    run.geschoven = Array(meter.geschoven.dropFirst())  // the first is the first frame
    fflush(uit)
    run.uitvoer = Array((try? Data(contentsOf: URL(fileURLWithPath: pad)))?.dropFirst(run.eersteFrameBytes) ?? Data())
    precondition(runtime.model.text.count == tekst.count + toetsen.count, "niet alles getypt")
    return run
}

/// The bytes written to the terminal, by kind.
struct Soorten {
    var tekst = 0, attributen = 0, cursor = 0, overig = 0
}

func soorten(_ d: [UInt8]) -> Soorten {
    var s = Soorten()
    var i = 0
    while i < d.count {
        let b = d[i]
        if b == 0x1B, i + 1 < d.count, d[i + 1] == UInt8(ascii: "(") {
            s.attributen += 3  // character set (sgr0 and sgr start with ESC ( B)
            i += 3
        } else if b == 0x1B, i + 1 < d.count, d[i + 1] == UInt8(ascii: "[") {
            var j = i + 2
            while j < d.count && !(0x40...0x7E).contains(d[j]) { j += 1 }
            let n = min(j + 1, d.count) - i
            switch j < d.count ? d[j] : 0 {
            case UInt8(ascii: "m"): s.attributen += n
            case UInt8(ascii: "H"), UInt8(ascii: "G"), UInt8(ascii: "C"), UInt8(ascii: "D"), UInt8(ascii: "A"),
                 UInt8(ascii: "B"), UInt8(ascii: "d"): s.cursor += n
            default: s.overig += n  // modes: autowrap off/on at the last column, cursor shown/hidden
            }
            i += n
        } else if b == 0x0D || b == 0x0A || b == 0x08 {
            s.cursor += 1  // carriage return, newline (scrolls at the bottom line), backspace
            i += 1
        } else if b < 0x20 || b == 0x7F {
            s.overig += 1
            i += 1
        } else {
            s.tekst += 1
            i += 1
        }
    }
    return s
}

print("Regie schermlaag-benchmark (release, curses naar een bestand, xterm-256color, 80×24, thema \(thema.name))")
print("tekst: \(tekst.split(whereSeparator: { $0 == " " || $0 == "\n" }).count) woorden, \(tekst.count) tekens, \(alineas.count) alinea's; "
      + "getypt: \(toetsen.count) toetsen (\(aantalSpatie) spaties, \(aantalAccent) é/ë/ï/ü, \(aantalEnter) Enter)")

let midden = TextArea.Position(paragraph: alineas.count / 2, offset: alineas[alineas.count / 2].count / 2)
let einde = TextArea.Position(paragraph: Int.max, offset: Int.max)
_ = try typ(cursor: einde)  // warm up: code, terminfo, allocator
var runs: [(String, Typrun)] = []
for (naam, plaats) in [("midden", midden), ("einde", einde)] {
    let run = try typ(cursor: plaats, bewaarFrames: naam == "midden" ? 400 : 0)
    runs.append((naam, run))
    let n = Double(run.cpu.count)
    let totaalCPU = run.cpu.reduce(0, +)
    let enterBytes = zip(toetsen, run.bytes).filter { $0.0 == .key(.enter) }.map(\.1)
    let tekenBytes = zip(toetsen, run.bytes).filter { $0.0 != .key(.enter) }.map(\.1)
    print("")
    print("typen, cursor \(naam == "midden" ? "midden in de tekst (alinea \(midden.paragraph), teken \(midden.offset))" : "aan het einde"):")
    print("  CPU per toets (doel ≤ 1 ms):              " + samenvatting(run.cpu))
    print(String(format: "  wandtijd: %.1f ms voor %d toetsen, %.3f ms per toets", ms(run.wand), run.cpu.count, ms(run.wand) / n))
    print(String(format: "  waarvan TextArea.handle (update) %.3f ms, TextArea.render (view) %.3f ms, rest %.3f ms per toets "
                 + "(Runtime, Diff, TerminalWriter, schrijven)",
                 ms(run.update) / n, ms(run.view) / n, ms(totaalCPU - run.update - run.view) / n))
    print(String(format: "  bytes naar de terminal per getypt teken (doel ≤ 32): gemiddeld %.1f, mediaan %d, max %d; "
                 + "per letter/spatie gemiddeld %.1f (max %d), per Enter gemiddeld %.0f (max %d)",
                 Double(run.bytes.reduce(0, +)) / n, run.bytes.sorted()[run.bytes.count / 2], run.bytes.max()!,
                 Double(tekenBytes.reduce(0, +)) / Double(tekenBytes.count), tekenBytes.max()!,
                 Double(enterBytes.reduce(0, +)) / Double(max(1, enterBytes.count)), enterBytes.max() ?? 0))
    let soort = soorten(run.uitvoer)
    precondition(run.uitvoer.count == run.bytes.reduce(0, +))
    print(String(format: "  waarvan per teken: tekst %.1f, attributen (SGR) %.1f, cursor en schuiven %.1f, overig (o.a. tekens of regels invoegen/weghalen) %.1f",
                 Double(soort.tekst) / n, Double(soort.attributen) / n, Double(soort.cursor) / n, Double(soort.overig) / n))
    let schuif = zip(run.geschoven, run.cpu).filter(\.0).map(\.1)
    let rest = zip(run.geschoven, run.cpu).filter { !$0.0 }.map(\.1)
    let schuifBytes = zip(run.geschoven, run.bytes).filter(\.0).map(\.1)
    if !schuif.isEmpty && !rest.isEmpty {
        print(String(format: "  toetsen waarbij de tekst een regel schuift (%d): CPU mediaan %.3f ms, %.0f bytes gemiddeld; "
                     + "de andere %d: CPU mediaan %.3f ms",
                     schuif.count, ms(schuif.sorted()[schuif.count / 2]), Double(schuifBytes.reduce(0, +)) / Double(schuifBytes.count),
                     rest.count, ms(rest.sorted()[rest.count / 2])))
    }
}

// Diff alone, on the frames of the first 400 keys typed in the middle.
let frames = runs[0].1.frames
var cellen = 0
let diffTijden = (1..<frames.count).map { i -> UInt64 in
    let c0 = cpu()
    let d = Diff(from: frames[i - 1], to: frames[i])
    let t = cpu() - c0
    cellen += d.cellCount
    return t
}
print("\nDiff alleen (frames van \(frames.count) toetsen midden in de tekst): " + samenvatting(diffTijden)
      + String(format: "; gemiddeld %.0f veranderde cellen per toets", Double(cellen) / Double(diffTijden.count)))

// MARK: - First frame

let uitvoer = FileManager.default.temporaryDirectory.appendingPathComponent("regie-scherm-bench-\(UUID().uuidString).out").path
defer { unlink(uitvoer) }
var starts: [(wand: UInt64, cpu: UInt64, bytes: Int)] = []
for _ in 0..<20 { starts.append(try eersteFrame(pad: uitvoer)) }
print("")
print(String(format: "start tot eerste frame, leeg scherm, in dit proces (doel ≤ 15 ms): eerste keer %.3f ms, daarna ", ms(koud.wand))
      + samenvatting(starts.map(\.wand), p99: false))
print("  CPU-tijd daarvan: " + samenvatting(starts.map(\.cpu), p99: false) + ", \(starts[0].bytes) bytes")

// Starting curses again and again must not leak: the resident memory after 200 more starts.
func rss() -> Int {
    guard let s = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8),
          let pages = Int(s.split(separator: " ")[1]) else { return 0 }
    return pages * Int(sysconf(Int32(_SC_PAGESIZE))) / 1024
}
func openBestanden() -> Int { (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd").count) ?? 0 }
let rssVoor = rss(), bestandenVoor = openBestanden()
for _ in 0..<200 { _ = try eersteFrame(pad: uitvoer) }
print("  newterm/delscreen 200× herhaald: geheugen (RSS) \(rssVoor) KB → \(rss()) KB, open bestanden \(bestandenVoor) → \(openBestanden())")

/// Starts this program with `argumenten` (posix_spawn, stdout to a pipe); its output and exit status.
func start(_ pad: String, _ argumenten: [String]) -> (uitvoer: String, status: Int32) {
    var pijp: [Int32] = [0, 0]
    guard pipe(&pijp) == 0 else { return ("", -1) }
    var acties = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&acties)
    posix_spawn_file_actions_adddup2(&acties, pijp[1], 1)
    posix_spawn_file_actions_addclose(&acties, pijp[0])
    let argv = ([pad] + argumenten).map { strdup($0) } + [nil]
    let envp = ProcessInfo.processInfo.environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer { (argv + envp).forEach { free($0) }; posix_spawn_file_actions_destroy(&acties) }
    var pid: pid_t = 0
    let rc = posix_spawn(&pid, pad, &acties, nil, argv, envp)
    close(pijp[1])
    defer { close(pijp[0]) }
    guard rc == 0 else { return ("", -1) }
    var gelezen: [UInt8] = []
    var blok = [UInt8](repeating: 0, count: 256)
    while true {
        let n = read(pijp[0], &blok, blok.count)
        if n <= 0 { break }
        gelezen += blok[0..<n]
    }
    var status: Int32 = 0
    waitpid(pid, &status, 0)
    return (String(decoding: gelezen, as: UTF8.self), status)
}

// The whole process: from starting it to its first frame, and to its end.
if let zelf = Bundle.main.executablePath {
    var totEersteFrame: [UInt64] = []
    var totEinde: [UInt64] = []
    for _ in 0..<20 {
        let t0 = wand()
        let (uit, status) = start(zelf, ["--eerste-frame", uitvoer])
        totEinde.append(wand() - t0)
        guard status == 0, let klaar = UInt64(uit.trimmingCharacters(in: .whitespacesAndNewlines))
        else { print("  als nieuw proces: mislukt (status \(status))"); break }
        totEersteFrame.append(klaar - t0)
    }
    if !totEersteFrame.isEmpty {
        print("als nieuw proces, starten tot eerste frame (doel ≤ 15 ms): " + samenvatting(totEersteFrame, p99: false))
        print("  starten tot einde van het proces:                        " + samenvatting(totEinde, p99: false))
    }
}
