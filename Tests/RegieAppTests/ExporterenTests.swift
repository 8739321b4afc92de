import Foundation
import RegieDomain
import Screen
import Testing
@testable import RegieApp

/// Exporting from inside the program: C-p, a format with one key, the folder, and a
/// question before an existing file is replaced.
@Suite("Exporteren in het programma")
struct ExporterenTests {
    /// The demo household opened; `uit` an empty folder to export into.
    static func opzet(_ werk: TestWerk) throws -> (ProgrammaRit, Dossier, URL) {
        let demo = try werk.demo()
        let uit = werk.map.appendingPathComponent("uit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: uit, withIntermediateDirectories: true)
        let rit = ProgrammaRit(werk.omgeving)
        rit.druk(.enter)
        #expect(rit.model.open?.dossier.id == demo.id)
        return (rit, demo, uit)
    }

    /// C-p, the format key, then the folder typed over the one offered.
    static func exporteer(_ toets: Character, naar map: String, _ rit: ProgrammaRit) {
        rit.druk(.ctrl("p"))
        rit.druk(.character(toets))
        rit.druk(.ctrl("u"), .ctrl("k"))
        rit.typ(map)
        rit.druk(.enter)
    }

    @Test("C-p toont de keuzes; p schrijft de PDF in de gekozen map, alleen voor de gebruiker leesbaar")
    func pdf() throws {
        let werk = try TestWerk()
        defer { werk.ruimOp() }
        let (rit, demo, uit) = try Self.opzet(werk)
        rit.druk(.ctrl("p"))
        #expect(rit.tekst.contains("┌─ Exporteren"))
        for keuze in ["p  PDF", "m  Markdown", "i  Uitnodiging voor het volgende overleg", "j  JSON"] { #expect(rit.tekst.contains(keuze)) }
        rit.druk(.character("p"))
        #expect(rit.tekst.contains("In welke map komt het bestand?"))
        rit.druk(.ctrl("u"), .ctrl("k"))
        rit.typ(uit.path)
        rit.druk(.enter)
        let pad = uit.appendingPathComponent("regie-\(demo.id).pdf").path
        #expect(rit.model.export == nil)
        // Where it went, whole: the message wraps instead of being cut.
        #expect(rit.model.melding == .success("Geschreven: regie-\(demo.id).pdf, alleen voor u leesbaar, in \(uit.path)."))
        let onder = rit.backend.lines.suffix(4).map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        #expect(onder.contains("Gelukt: Geschreven: regie-\(demo.id).pdf, alleen voor u leesbaar, in \(uit.path)."), "\(onder)")
        let data = try Data(contentsOf: URL(fileURLWithPath: pad))
        #expect(data.starts(with: Data("%PDF".utf8)))
        let rechten = try FileManager.default.attributesOfItem(atPath: pad)[.posixPermissions] as? Int
        #expect(rechten == 0o600)
    }

    @Test("een bestaand bestand: eerst de vraag; n laat het staan, j vervangt het")
    func overschrijven() throws {
        let werk = try TestWerk()
        defer { werk.ruimOp() }
        let (rit, demo, uit) = try Self.opzet(werk)
        let pad = uit.appendingPathComponent("regie-\(demo.id).md")
        try Data("oud".utf8).write(to: pad)
        Self.exporteer("m", naar: uit.path, rit)
        #expect(rit.tekst.contains("Bestand vervangen?"))
        #expect(rit.tekst.contains("bestaat al"))
        rit.druk(.character("n"))
        #expect(rit.model.export == nil)
        #expect(try String(contentsOf: pad, encoding: .utf8) == "oud")
        Self.exporteer("m", naar: uit.path, rit)
        rit.druk(.character("j"))
        #expect(try String(contentsOf: pad, encoding: .utf8).contains("Familie De Jong-El Amrani"))
        #expect(rit.tekst.contains("Geschreven:"))
    }

    @Test("een map die niet bestaat: de vraag blijft staan met een melding; Esc stopt zonder iets te schrijven")
    func mapBestaatNiet() throws {
        let werk = try TestWerk()
        defer { werk.ruimOp() }
        let (rit, _, uit) = try Self.opzet(werk)
        Self.exporteer("j", naar: uit.appendingPathComponent("nergens").path, rit)
        #expect(rit.tekst.contains("Deze map bestaat niet."))
        #expect(rit.model.export != nil)
        rit.druk(.escape)
        #expect(rit.model.export == nil)
        #expect(rit.model.open != nil, "Esc sluit alleen de vraag, niet het dossier")
        #expect(try FileManager.default.contentsOfDirectory(atPath: uit.path).isEmpty)
    }

    @Test("de uitnodiging (ics) voor het volgende overleg; zonder gepland overleg een duidelijke melding")
    func ics() throws {
        let werk = try TestWerk()
        defer { werk.ruimOp() }
        let (rit, demo, uit) = try Self.opzet(werk)
        Self.exporteer("i", naar: uit.path, rit)
        let tekst = try String(contentsOf: uit.appendingPathComponent("regie-\(demo.id).ics"), encoding: .utf8)
        #expect(tekst.hasPrefix("BEGIN:VCALENDAR\r\n"))
        #expect(tekst.contains("DTSTART"))

        let leeg = Dossier.testGezin(werk.omgeving.vandaag)
        try werk.omgeving.opslag.voegToe(leeg)
        rit.druk(.escape)
        for _ in 0..<5 where rit.model.overzicht.geselecteerd != leeg.id { rit.druk(.down) }
        rit.druk(.enter)
        Self.exporteer("i", naar: uit.path, rit)
        #expect(rit.model.export == nil)
        #expect(rit.tekst.contains("overleg"), "\(rit.tekst)")
        #expect(!FileManager.default.fileExists(atPath: uit.appendingPathComponent("regie-\(leeg.id).ics").path))
    }

    @Test("Esc bij de keuze sluit het venster; in het overzicht doet C-p niets")
    func stoppen() throws {
        let werk = try TestWerk()
        defer { werk.ruimOp() }
        let (rit, _, _) = try Self.opzet(werk)
        rit.druk(.ctrl("p"), .escape)
        #expect(rit.model.export == nil)
        #expect(rit.model.open != nil)
        rit.druk(.escape, .ctrl("p"))
        #expect(rit.model.open == nil)
        #expect(rit.model.export == nil)
    }

    /// The lines inside the export dialog's box, without its border, each trimmed at the end.
    static func venster(_ rit: ProgrammaRit) -> [String] {
        let regels = rit.backend.lines.map { Array($0) }
        guard let boven = regels.firstIndex(where: { String($0).contains("┌─ Exporteren") }),
              let links = regels[boven].firstIndex(of: "┌"), let rechts = regels[boven].lastIndex(of: "┐"),
              let onder = regels[boven...].firstIndex(where: { $0.count > links && $0[links] == "└" }) else { return [] }
        return regels[(boven + 1)..<onder].map { regel in
            var binnen = String(regel[(links + 1)..<min(rechts, regel.count)])
            while binnen.last == " " { binnen.removeLast() }
            return binnen
        }
    }

    @Test("de keuze voor wie: standaard het gezin; v wisselt naar professionals en die PDF krijgt een eigen naam")
    func versieKeuze() throws {
        let werk = try TestWerk()
        defer { werk.ruimOp() }
        let (rit, demo, uit) = try Self.opzet(werk)
        rit.druk(.ctrl("p"))
        #expect(rit.backend.lines.contains { $0.contains("┌─ Exporteren") })
        #expect(Self.venster(rit) == [
            " Het plan voor het gezin en school:",
            "   zonder Verwijsindex, ID-controle, woonplaatsbeginsel en lege velden",
            " v  andere versie: voor professionals",
            "",
            " p  PDF van het plan (en het veiligheidsplan), om te versturen",
            " m  Markdown: dezelfde inhoud als platte tekst",
            " i  Uitnodiging voor het volgende overleg (agenda, .ics)",
            " a  Acties van het plan in de agenda (.ics), met hun ritme",
            " j  JSON: het hele dossier, om elders in te lezen",
            "",
            " Esc: niets doen",
        ])
        rit.druk(.character("v"))
        #expect(Self.venster(rit) == [
            " Het plan voor professionals:",
            "   met alle gegevens en de controles per persoon",
            " v  andere versie: voor het gezin en school",
            "",
            " p  PDF van het plan (en het veiligheidsplan), om te versturen",
            " m  Markdown: dezelfde inhoud als platte tekst",
            " i  Uitnodiging voor het volgende overleg (agenda, .ics)",
            " a  Acties van het plan in de agenda (.ics), met hun ritme",
            " j  JSON: het hele dossier, om elders in te lezen",
            "",
            " Esc: niets doen",
        ])
        rit.druk(.character("m"))
        #expect(rit.tekst.contains("Exporteren: Markdown van het plan, voor professionals"))
        rit.druk(.ctrl("u"), .ctrl("k"))
        rit.typ(uit.path)
        rit.druk(.enter)
        let naam = "regie-\(demo.id)-professionals.md"
        #expect(rit.tekst.contains("Geschreven: \(naam), alleen voor u leesbaar"), "\(rit.tekst)")
        let professionals = try String(contentsOf: uit.appendingPathComponent(naam), encoding: .utf8)
        #expect(professionals.contains("Verwijsindex"))

        // The next time the dialog starts with the family's version again.
        Self.exporteer("m", naar: uit.path, rit)
        let gezin = try String(contentsOf: uit.appendingPathComponent("regie-\(demo.id).md"), encoding: .utf8)
        #expect(!gezin.contains("Verwijsindex") && !gezin.contains("—"))
    }

    @Test("een andere toets voor de versie in het toetsenbestand: die staat in het venster en werkt; v niet meer")
    func versieToetsUitKeymap() throws {
        var werk = try TestWerk()
        defer { werk.ruimOp() }
        #expect(werk.omgeving.keymap.apply(yaml: "export.versie: [w]\n", file: "toetsen.yaml").isEmpty)
        let (rit, _, _) = try Self.opzet(werk)
        rit.druk(.ctrl("p"))
        #expect(Self.venster(rit).contains(" w  andere versie: voor professionals"))
        rit.druk(.character("v"))
        #expect(rit.model.export?.voor == .gezin)
        rit.druk(.character("w"))
        #expect(rit.model.export?.voor == .professionals)
        #expect(Self.venster(rit).contains(" w  andere versie: voor het gezin en school"))
    }

    @Test("een PDF met een teken dat geen lettertype heeft: geschreven, en de melding zegt dat er een vakje in staat")
    func vakjeGemeld() throws {
        let werk = try TestWerk()
        defer { werk.ruimOp() }
        var d = Voorbeeld.demo(vandaag: werk.omgeving.vandaag)
        d.plan.aanleiding = "Een teken zonder lettertype: \u{10FFFD}."
        try werk.omgeving.opslag.voegToe(d)
        let uit = werk.map.appendingPathComponent("uit")
        try FileManager.default.createDirectory(at: uit, withIntermediateDirectories: true)
        let rit = ProgrammaRit(werk.omgeving, breedte: 200)
        rit.druk(.enter)
        Self.exporteer("p", naar: uit.path, rit)
        #expect(FileManager.default.fileExists(atPath: uit.appendingPathComponent("regie-\(d.id).pdf").path))
        #expect(rit.tekst.contains("Let op: 1 teken staat in de PDF als vakje met een code"), "\(rit.tekst)")
    }
}
