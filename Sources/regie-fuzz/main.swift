// Runs the store's fuzz cases: mutated dossier files through `importeer` and dropped into a
// plain and an encrypted store (`lijst`, `laad`). See scripts/fuzz.sh, which runs 10,000 and
// counts crashes (a crash ends this process; the script notes the case and goes on after it).
//
//   regie-fuzz [--zaad N] [--vanaf K] [--tot N] [--voortgang BESTAND]
//
// Before each case its number is written to the progress file, so whoever started this
// knows which case a crash was. Exit code 0 when every message was Dutch and every check held.
import Foundation
import TestSupport

var zaad: UInt64 = 11
var vanaf = 0
var tot = 10_000
var voortgang: String?
var argumenten = CommandLine.arguments.dropFirst().makeIterator()
while let a = argumenten.next() {
    switch a {
    case "--zaad": zaad = argumenten.next().flatMap { UInt64($0) } ?? zaad
    case "--vanaf": vanaf = argumenten.next().flatMap { Int($0) } ?? vanaf
    case "--tot": tot = argumenten.next().flatMap { Int($0) } ?? tot
    case "--voortgang": voortgang = argumenten.next()
    default:
        FileHandle.standardError.write(Data("regie-fuzz: onbekend argument \(a)\n".utf8))
        exit(64)
    }
}

let map = FileManager.default.temporaryDirectory.appendingPathComponent("regie-fuzz-\(getpid())")
let rit = try Fuzzrit(map: map, zaad: zaad)
let begin = Date()
for nummer in vanaf..<max(vanaf, tot) {
    if let voortgang { try? Data("\(nummer)\n".utf8).write(to: URL(fileURLWithPath: voortgang)) }
    rit.draai(nummer)
}
let t = rit.telling
print("zaad \(zaad), gevallen \(vanaf)..<\(tot): \(t)")
// For the script, which adds up the parts of a run.
print("TELLING \(t.gevallen) \(t.ingelezen) \(t.geweigerd) \(t.apartGezet) \(t.teruggezet) \(t.versleuteld) \(t.fouten.count)")
print(String(format: "tijd: %.1f s", Date().timeIntervalSince(begin)))
for f in t.fouten.prefix(50) { print("FOUT \(f)") }
rit.ruimOp()
exit(t.fouten.isEmpty ? 0 : 1)
