// Saves one dossier over and over, as fast as it can, growing it a little each time.
// The store tests start this program and kill it (SIGKILL) at random moments, then
// check that the dossier on disk is always whole: the old save or the new one.
//
// Usage: regie-schrijftest <map> <id>
import Foundation
import RegieDomain
import RegieStore

let args = CommandLine.arguments
guard args.count == 3 else {
    FileHandle.standardError.write(Data("gebruik: regie-schrijftest <map> <id>\n".utf8))
    exit(2)
}
let opslag = try Opslag(map: URL(fileURLWithPath: args[1]))
let id = args[2]
var geladen = try opslag.laad(id)
var n = geladen.dossier.plan.krachten.count
while true {
    n += 1
    geladen.dossier.plan.krachten.append(
        Uitspraak(spreker: geladen.dossier.gezinsleden.first?.id, citaat: "Zin \(n): " + String(repeating: "ë", count: n % 500)))
    geladen.vingerafdruk = try opslag.bewaar(geladen.dossier, verwacht: geladen.vingerafdruk)
    FileHandle.standardOutput.write(Data("bewaard \(n)\n".utf8))
}
