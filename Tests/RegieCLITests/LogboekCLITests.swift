import Foundation
import Testing

@Suite("regie logboek: het logboek tonen en controleren")
struct LogboekCLITests {
    /// A store chosen to be unencrypted (so no passphrase is asked), a user name in the
    /// settings, and the demo household.
    static func opzet(_ o: Omgeving) throws -> String {
        try FileManager.default.createDirectory(atPath: o.data, withIntermediateDirectories: true)
        try Data("onversleuteld\n".utf8).write(to: URL(fileURLWithPath: o.data).appendingPathComponent("onversleuteld.txt"))
        let config = o.tmp.appendingPathComponent("home/.config/regie")
        try FileManager.default.createDirectory(at: config, withIntermediateDirectories: true)
        try Data("naam: Regisseur Proef\n".utf8).write(to: config.appendingPathComponent("instellingen.yaml"))
        return try o.demo()
    }

    /// Dutch lines "regie: …" only (the unencrypted store's warning may come first), no crash.
    static func isNet(_ r: Uitkomst) -> Bool {
        let regels = r.fout.split(separator: "\n")
        return !regels.isEmpty && regels.allSatisfy { $0.hasPrefix("regie: ") } && !r.fout.contains("Fatal error")
            && !r.fout.contains("Stack dump")
    }

    @Test("toont wat er met een dossier gebeurde: aangemaakt, geopend, geëxporteerd, zonder namen uit het dossier")
    func tabel() throws {
        let o = try Omgeving()
        defer { o.ruimOp() }
        let id = try Self.opzet(o)
        #expect(try o.metData(["toon", id]).code == 0)
        let e = try o.metData(["export", id], ["--formaat", "md", "--uit", o.tmp.path])
        #expect(e.code == 0, "\(e)")

        let r = try o.metData(["logboek"])
        #expect(r.code == 0, "\(r)")
        let regels = r.uit.split(separator: "\n").map(String.init)
        for kolom in ["Nr", "Tijd", "Door", "Dossier", "Wat", "Onderdelen"] {
            #expect(regels.first?.contains(kolom) == true, "kolom \(kolom) ontbreekt: \(r.uit)")
        }
        #expect(regels.contains { $0.hasPrefix("1 ") && $0.contains("aangemaakt") && $0.contains(id) && $0.contains("Regisseur Proef") }, "\(r.uit)")
        #expect(regels.contains { $0.contains("geopend") }, "\(r.uit)")
        #expect(regels.contains { $0.contains("geëxporteerd als md") }, "\(r.uit)")
        #expect(regels.last?.hasSuffix("regels.") == true)
        for naam in ["Sanne", "El Amrani", "De Jong"] { #expect(!r.uit.contains(naam), "\(naam) in het logboek") }

        // One household: by the start of its name, without the dossier column.
        let een = try o.metData(["logboek", "Familie De"])
        #expect(een.code == 0, "\(een)")
        #expect(een.uit.split(separator: "\n").first?.contains("Dossier") == false)
        #expect(een.uit.contains("geëxporteerd als md"))
    }

    @Test("--controleer: exit 0 bij een hele keten, exit 1 met de reden als een regel is weggehaald")
    func controleer() throws {
        let o = try Omgeving()
        defer { o.ruimOp() }
        let id = try Self.opzet(o)
        for _ in 0..<3 { #expect(try o.metData(["toon", id]).code == 0) }
        let goed = try o.metData(["logboek"], ["--controleer"])
        #expect(goed.code == 0, "\(goed)")
        // Unencrypted: no break found, but said plainly that this proves nothing.
        #expect(goed.uit.contains("In het logboek (4 regels) is geen breuk in de keten gevonden."), "\(goed)")
        #expect(goed.uit.contains("kan het logboek niet bewijzen dat het niet is veranderd"), "\(goed)")
        #expect(!goed.uit.contains("in orde"), "\(goed)")

        let pad = URL(fileURLWithPath: o.data).appendingPathComponent("logboek")
        var regels = try String(contentsOf: pad, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        regels.remove(at: 1)
        try regels.joined(separator: "\n").write(to: pad, atomically: false, encoding: .utf8)
        let fout = try o.metData(["logboek"], ["--controleer"])
        #expect(fout.code == 1, "\(fout)")
        #expect(Self.isNet(fout), "\(fout)")
        #expect(fout.fout.contains("niet in orde vanaf regel 2"), "\(fout)")
        #expect(fout.fout.contains("regel 2 ontbreekt"), "\(fout)")
    }

    @Test("een onbekend dossier geeft een nette melding; een lege opslag een leeg logboek")
    func onbekend() throws {
        let o = try Omgeving()
        defer { o.ruimOp() }
        try FileManager.default.createDirectory(atPath: o.data, withIntermediateDirectories: true)
        try Data("onversleuteld\n".utf8).write(to: URL(fileURLWithPath: o.data).appendingPathComponent("onversleuteld.txt"))
        let leeg = try o.metData(["logboek"])
        #expect(leeg.code == 0, "\(leeg)")
        #expect(leeg.uit.contains("Het logboek is nog leeg."))
        let r = try o.metData(["logboek", "bestaatniet"])
        #expect(r.code != 0, "\(r)")
        #expect(Self.isNet(r), "\(r)")
    }
}
