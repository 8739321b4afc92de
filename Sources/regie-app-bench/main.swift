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
//
// Then, as whole processes in a pseudo-terminal (the `regie` built beside this program, or
// REGIE_PROGRAMMA), beside vim on the same machine when it is installed, with the ratios:
//  - exec → first overview frame, with no data and with `aantal` dossiers (vim: a 1 MB file);
//  - key → echo at the start of the long field of a plan with 40 goals, at 100×30 and 200×60
//    (vim: insert mode at the start of a long line).
// `regie-app-bench --proces [aantal]` prints only these.
import Foundation
import RegieApp
import RegieDomain
import RegieMethode
import RegieStore
import Screen

let aantal = CommandLine.arguments.dropFirst().compactMap { Int($0) }.first ?? 1_000
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

let alleenProces = CommandLine.arguments.contains("--proces")
let opslag = try Opslag(map: map)
let namen = ["De Jong", "Jansen", "De Vries", "Van den Berg", "Bakker", "Yılmaz", "El Amrani", "Visser", "Öztürk", "Bos"]
for i in 0..<aantal {
    var d = Voorbeeld.demo(vandaag: vandaag, id: String(format: "bench%06d", i))
    d.naam = "Familie \(namen[i % namen.count]) \(i)"
    try Formaat.codeer(d).write(to: map.appendingPathComponent("dossiers/\(d.id).json"))
}
precondition(opslag.lijst().dossiers.count == aantal)  // builds the index, as any earlier start would have
if alleenProces {
    try procesFiguren()
    exit(0)
}
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

try procesFiguren()

/// Whole processes in a pseudo-terminal, beside vim.
func procesFiguren() throws {
    let bin = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    let regie = ProcessInfo.processInfo.environment["REGIE_PROGRAMMA"] ?? bin.appendingPathComponent("regie").path
    guard FileManager.default.isExecutableFile(atPath: regie) else {
        print("\nGeen regie naast dit programma (\(regie)): bouw het, of geef REGIE_PROGRAMMA.")
        return
    }
    let vim = ["/usr/bin/vim", "/usr/local/bin/vim", "/bin/vim"].first { FileManager.default.isExecutableFile(atPath: $0) }
    let werkmap = FileManager.default.temporaryDirectory.appendingPathComponent("regie-app-bench-proces-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: werkmap) }
    try FileManager.default.createDirectory(at: werkmap, withIntermediateDirectories: true)
    func omgeving(_ data: URL) -> [String: String] {
        ["TERM": "xterm-256color", "LANG": "C.UTF-8", "HOME": werkmap.path, "XDG_CONFIG_HOME": werkmap.appendingPathComponent("config").path,
         "REGIE_DATA": data.path, "REGIE_VANDAAG": vandaag.iso, "PATH": "/usr/bin:/bin"]
    }
    // The stores: empty; `aantal` dossiers (the ones made above); one plan with 40 goals.
    let leeg = werkmap.appendingPathComponent("leeg")
    try FileManager.default.createDirectory(at: leeg, withIntermediateDirectories: true)
    try Kluis.kiesOnversleuteld(map: leeg)
    try Kluis.kiesOnversleuteld(map: map)
    let plan = werkmap.appendingPathComponent("plan")
    try FileManager.default.createDirectory(at: plan, withIntermediateDirectories: true)
    try Kluis.kiesOnversleuteld(map: plan)
    var d = Voorbeeld.demo(vandaag: vandaag)
    d.plan.doelen = (1...40).map { Doel(omschrijving: "Doel \($0): " + String(repeating: "het gezin heeft rust en overzicht. ", count: 20)) }
    d.plan.aanleiding = String(repeating: "Ruzie thuis over geld en school. ", count: 600)
    try Opslag(map: plan).voegToe(d)

    print("\nHele processen in een pseudoterminal (\(regie)):")
    let teken = "F1: toetsen"
    let stop = "\u{11}"
    let leegStart = try Procesmeting.eersteFrame([regie], omgeving: omgeving(leeg), teken: teken, stop: stop)
    let volStart = try Procesmeting.eersteFrame([regie], omgeving: omgeving(map), teken: teken, stop: stop)
    // Enter opens the household, M-2 the plan, ↓ the long field (typing at its start).
    let naarVeld = ["\r", "\u{1B}2", "\u{1B}OB"]  // keypad on: ↓ is ESC O B
    let echo100 = try Procesmeting.echo([regie], omgeving: omgeving(plan), start: teken, voorbereiding: naarVeld, stop: "\u{11}\u{11}", breedte: 100, hoogte: 30)
    let echo200 = try Procesmeting.echo([regie], omgeving: omgeving(plan), start: teken, voorbereiding: naarVeld, stop: "\u{11}\u{11}", breedte: 200, hoogte: 60)
    var vimStart: Double?, vimEcho100: Double?, vimEcho200: Double?
    if let vim {
        let bestand = werkmap.appendingPathComponent("een-mb.txt")
        let regel = String(repeating: "Ruzie thuis over geld en school. ", count: 3) + "\n"
        try String(repeating: regel, count: 1_000_000 / regel.utf8.count).write(to: bestand, atomically: true, encoding: .utf8)
        let vimArgs = [vim, "-u", "NONE", "-i", "NONE", "-N", "-n"]
        vimStart = try Procesmeting.eersteFrame(vimArgs + [bestand.path], omgeving: omgeving(leeg), teken: "een-mb.txt", stop: "\u{1B}:qa!\r")
        let lang = werkmap.appendingPathComponent("lang.txt")
        try (String(repeating: "Ruzie thuis over geld en school. ", count: 600) + "\n").write(to: lang, atomically: true, encoding: .utf8)
        vimEcho100 = try Procesmeting.echo(vimArgs + [lang.path], omgeving: omgeving(leeg), start: "lang.txt", voorbereiding: ["I"],
                                           stop: "\u{1B}:qa!\r", breedte: 100, hoogte: 30)
        vimEcho200 = try Procesmeting.echo(vimArgs + [lang.path], omgeving: omgeving(leeg), start: "lang.txt", voorbereiding: ["I"],
                                           stop: "\u{1B}:qa!\r", breedte: 200, hoogte: 60)
    }
    func regel(_ wat: String, _ r: Double, _ v: Double?, doel: String) {
        let verhouding = v.map { String(format: "%.1f×", r / $0) } ?? "—"
        let vimTekst = v.map { String(format: "%.2f ms", $0) } ?? "geen vim"
        print(wat.padding(toLength: 52, withPad: " ", startingAt: 0) + String(format: "%8.2f ms", r) + "   vim " + vimTekst + "   verhouding " + verhouding + " " + doel)
    }
    regel("exec → eerste overzicht, geen gegevens", leegStart, vimStart, doel: "")
    regel("exec → eerste overzicht, \(aantal) dossiers", volStart, vimStart, doel: "(doel ≤ 2× bij 1.000)")
    regel("toets → echo, lang veld, plan met 40 doelen, 100×30", echo100, vimEcho100, doel: "(doel ≤ 2×)")
    regel("toets → echo, lang veld, plan met 40 doelen, 200×60", echo200, vimEcho200, doel: "(doel ≤ 2×)")
}
