import Foundation
import RegieDomain
import Screen
import Testing
@testable import RegieApp

/// "Everything about this person" from the Huishouden tab (AVG art. 15 and 20).
@Suite("Inzage vanaf het tabblad Huishouden")
struct InzageTests {
    @Test("F3 op een gezinslid schrijft alles over die persoon als JSON; buiten een persoon een uitleg")
    func inzage() throws {
        let werk = try TestWerk()
        defer { werk.ruimOp() }
        let demo = try werk.demo()
        let uit = werk.map.appendingPathComponent("inzage")
        try FileManager.default.createDirectory(at: uit, withIntermediateDirectories: true)
        let rit = ProgrammaRit(werk.omgeving)
        rit.druk(.enter, .function(3))
        #expect(rit.tekst.contains("Ga eerst naar een persoon"))
        rit.druk(.pageDown)
        rit.druk(.down)
        rit.druk(.function(3))
        #expect(rit.tekst.contains("JSON"), "\(rit.tekst)")
        rit.druk(.character("j"), .ctrl("u"), .ctrl("k"))
        rit.typ(uit.path)
        rit.druk(.enter)
        let sanne = try #require(demo.gezinsleden.first { $0.naam == "Sanne de Jong" })
        let pad = uit.appendingPathComponent("regie-\(demo.id)-\(sanne.id).json")
        let tekst = try String(contentsOf: pad, encoding: .utf8)
        #expect(tekst.contains("Sanne de Jong"))
        #expect(!tekst.contains("Kees Brouwer") || tekst.contains("Sanne"), "alleen wat over Sanne gaat, met het huishouden als context")
        #expect(try FileManager.default.attributesOfItem(atPath: pad.path)[.posixPermissions] as? Int == 0o600)
    }
}
