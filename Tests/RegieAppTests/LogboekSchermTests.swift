import Foundation
import RegieDomain
import RegieStore
import Screen
import Testing
@testable import RegieApp

/// The audit trail of a household, shown on the Versions tab with `l`.
@Suite("Logboek in het programma")
struct LogboekSchermTests {
    @Test("l toont wie wat deed met dit huishouden, nieuwste eerst; een veranderd logboek wordt gemeld")
    func logboek() throws {
        var werk = try TestWerk()
        defer { werk.ruimOp() }
        werk.omgeving.opslag = werk.omgeving.opslag.metLogboek(gebruiker: "Marloes Visser")
        let demo = Voorbeeld.demo(vandaag: werk.omgeving.vandaag)
        try werk.omgeving.opslag.voegToe(demo)
        let rit = ProgrammaRit(werk.omgeving)
        rit.druk(.enter)
        rit.typ(" B.")
        rit.druk(.ctrl("s"))
        rit.druk(.alt("8"), .character("l"))
        let tekst = rit.tekst
        #expect(tekst.contains("Het logboek is compleet en onveranderd."), "\(tekst)")
        #expect(tekst.contains("Marloes Visser"))
        #expect(tekst.contains("gewijzigd: huishouden") || tekst.contains("gewijzigd: naam"), "\(tekst)")
        #expect(tekst.contains("geopend"))
        // The entries hold no names of the household.
        let ruw = try Data(contentsOf: werk.map.appendingPathComponent("logboek"))
        #expect(!String(decoding: ruw, as: UTF8.self).contains("De Jong"))

        // Someone removes an entry: the screen says so.
        var regels = try String(contentsOf: werk.map.appendingPathComponent("logboek"), encoding: .utf8).split(separator: "\n")
        regels.remove(at: 0)
        try (regels.joined(separator: "\n") + "\n").write(to: werk.map.appendingPathComponent("logboek"), atomically: true, encoding: .utf8)
        rit.druk(.character("t"), .character("l"))
        #expect(rit.tekst.contains("! "), "\(rit.tekst)")
        #expect(!rit.tekst.contains("Het logboek is compleet en onveranderd."))
    }
}
