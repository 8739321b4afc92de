// Speed figures for the program's screens, printed (not asserted): run in release,
//
//     swift run -c release regie-app-bench [aantal]
//
// Generates `aantal` (default 1,000) dossiers in a temporary store (index warm, as after
// any earlier start), then measures, in this process, on the real curses backend writing
// to a file:
//  - start to the first full overview frame: opening the store, loading and checking the
//    method files, reading the list, starting curses and drawing (goal ≤ 50 ms);
//  - opening a dossier: Enter on the overview until its first screen is drawn (goal ≤ 10 ms);
//  - opening the search across all dossiers (it reads every dossier once) and one search.
import Foundation
import RegieApp
import RegieDomain
import RegieMethode
import RegieStore
import Screen

let aantal = CommandLine.arguments.count > 1 ? Int(CommandLine.arguments[1]) ?? 1_000 : 1_000
let vandaag = Datum(jaar: 2026, maand: 11, dag: 23)!
let map = FileManager.default.temporaryDirectory.appendingPathComponent("regie-app-bench-\(UUID().uuidString)")
defer { try? FileManager.default.removeItem(at: map) }
setenv("TERM", "xterm-256color", 1)

func nu() -> UInt64 { DispatchTime.now().uptimeNanoseconds }
func ms(_ van: UInt64) -> Double { Double(nu() - van) / 1_000_000 }

func samenvatting(_ ms: [Double]) -> String {
    let s = ms.sorted()
    return String(format: "mediaan %.2f ms, p95 %.2f ms, min %.2f ms (n=%d)", s[s.count / 2],
                  s[min(s.count - 1, Int(Double(s.count) * 0.95))], s.first!, s.count)
}

// `regie-app-bench --lange-tekst`: one key typed in a long text field of the plan, through the
// whole program (update and drawing at 80×24), by the length of the text (one paragraph,
// the cursor at its end). Printed, not asserted; CPU time of this process.
if CommandLine.arguments.contains("--lange-tekst") {
    func cpu() -> UInt64 {
        var t = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t)
        return UInt64(t.tv_sec) * 1_000_000_000 + UInt64(t.tv_nsec)
    }
    print("Eén toets in een lang tekstveld van het plan, door het hele programma (80×24), naar lengte van de tekst:")
    let programma = RegieProgramma()
    for lengte in [10_000, 50_000, 99_000] {
        let map = FileManager.default.temporaryDirectory.appendingPathComponent("regie-app-bench-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: map) }
        let omgeving = Werkomgeving(opslag: try Opslag(map: map), methode: try MethodeLader.standaard(), vandaag: vandaag, gebruiker: "Bench",
                                    keymap: RegieToetsen.standaard, bewaarGebruiker: { _ in })
        var d = Voorbeeld.demo(vandaag: vandaag)
        d.plan.aanleiding = String(repeating: "woord ", count: lengte / 6)
        try omgeving.opslag.voegToe(d)
        var model = RegieProgramma.Model(omgeving: omgeving)
        var frame = Frame(size: Size(width: 80, height: 24))
        for key in [Key.enter, .alt("2"), .down, .ctrlEnd] {
            _ = programma.update(&model, .event(.key(key)))
            programma.view(model, into: &frame)
        }
        var tijden: [Double] = []
        for _ in 0..<50 {
            let t = cpu()
            _ = programma.update(&model, .event(.key(.character("x"))))
            frame = Frame(size: Size(width: 80, height: 24))
            programma.view(model, into: &frame)
            tijden.append(Double(cpu() - t) / 1_000_000)
        }
        _ = programma.update(&model, .bewaar)
        let bewaard = try omgeving.opslag.laad(d.id).dossier.plan.aanleiding
        precondition(bewaard.hasSuffix("woord " + String(repeating: "x", count: 50)),
                     "wat getypt is, is niet bewaard")
        print("  \(lengte) tekens: " + samenvatting(tijden))
    }
    exit(0)
}

let opslag = try Opslag(map: map)
let namen = ["De Jong", "Jansen", "De Vries", "Van den Berg", "Bakker", "Yılmaz", "El Amrani", "Visser", "Öztürk", "Bos"]
for i in 0..<aantal {
    var d = Voorbeeld.demo(vandaag: vandaag, id: String(format: "bench%06d", i))
    d.naam = "Familie \(namen[i % namen.count]) \(i)"
    try Formaat.codeer(d).write(to: map.appendingPathComponent("dossiers/\(d.id).json"))
}
precondition(opslag.lijst().dossiers.count == aantal)  // builds the index, as any earlier start would have
print("Regie schermen-benchmark, \(aantal) dossiers (release, in dit proces, curses naar een bestand)")

let uitvoer = FileManager.default.temporaryDirectory.appendingPathComponent("regie-app-bench-\(UUID().uuidString).out")
defer { try? FileManager.default.removeItem(at: uitvoer) }
guard let invoer = fopen("/dev/null", "r") else { fatalError("kan /dev/null niet openen") }

/// One start: everything `regie` does before the first frame is on the terminal.
func start() throws -> (Runtime<RegieProgramma>, CursesBackend, Double, Double, UnsafeMutablePointer<FILE>) {
    guard let uit = fopen(uitvoer.path, "w") else { fatalError("kan uitvoer niet openen") }
    let t0 = nu()
    let opslag = try Opslag(map: map)
    let methode = try MethodeLader.standaard()
    let omgeving = Werkomgeving(opslag: opslag, methode: methode, vandaag: vandaag, gebruiker: "Bench", keymap: RegieToetsen.standaard,
                                bewaarGebruiker: { _ in })
    let backend = try CursesBackend(theme: .fallback, output: uit, input: invoer, terminalType: "xterm-256color")
    let runtime = Runtime(program: RegieProgramma(), model: RegieProgramma.Model(omgeving: omgeving), backend: backend)
    runtime.render()
    fflush(uit)
    let totaal = ms(t0)
    let t1 = nu()
    runtime.send(.key(.enter))
    fflush(uit)
    let openen = ms(t1)
    precondition(runtime.model.open != nil, "dossier niet geopend")
    return (runtime, backend, totaal, openen, uit)
}

var starts: [Double] = []
var openen: [Double] = []
var zoekenOpenen: [Double] = []
var zoeken: [Double] = []
for _ in 0..<15 {
    let (runtime, backend, s, o, uit) = try start()
    starts.append(s)
    openen.append(o)
    runtime.send(.key(.escape))
    var t = nu()
    runtime.send(.key(.character("/")))
    zoekenOpenen.append(ms(t))
    t = nu()
    for c in "schuld" { runtime.send(.key(.character(c))) }
    zoeken.append(ms(t) / 6)
    precondition(runtime.model.overzicht.zoeken?.treffers.isEmpty == false, "zoeken vond niets")
    backend.shutdown()
    fclose(uit)
}
print("start tot eerste volledige overzicht (doel ≤ 50 ms): " + samenvatting(starts))
print("dossier openen tot eerste scherm (doel ≤ 10 ms):     " + samenvatting(openen))
print("zoeken openen (alle dossiers lezen):                " + samenvatting(zoekenOpenen))
print("zoeken, per getypte letter:                         " + samenvatting(zoeken))

// The parts of a start, to see where the time goes.
let methodeTijd = (0..<15).map { _ in let t = nu(); _ = try? MethodeLader.standaard(); return ms(t) }
print("  waarvan methodebestanden laden en controleren:    " + samenvatting(methodeTijd))
let lijstTijd = (0..<15).map { _ in let t = nu(); _ = opslag.lijst(); return ms(t) }
print("  waarvan de lijst lezen (index warm):              " + samenvatting(lijstTijd))
let laadTijd = (0..<15).map { _ in let t = nu(); _ = try? opslag.laad("bench000000"); return ms(t) }
print("  waarvan één dossier laden:                        " + samenvatting(laadTijd))
