import Foundation
import RegieDomain
import RegieExport
import RegieStore
import Testing

@Suite("Exporteren naar een bestand")
struct ExporteurTests {
    let nu = Date(timeIntervalSince1970: 1_795_420_800)  // 2026-11-23T08:00:00Z

    /// A temporary store and output folder.
    struct Werk {
        let map = FileManager.default.temporaryDirectory.appendingPathComponent("regie-exporteur-\(UUID().uuidString)")
        var uit: String { map.appendingPathComponent("uit").path }
        let opslag: Opslag

        init() throws {
            try FileManager.default.createDirectory(atPath: map.appendingPathComponent("uit").path, withIntermediateDirectories: true)
            opslag = try Opslag(map: map.appendingPathComponent("data"))
        }

        func ruimOp() { try? FileManager.default.removeItem(at: map) }
    }

    func exporteur(_ w: Werk) throws -> Exporteur {
        Exporteur(opslag: w.opslag, methode: try testMethode(), vandaag: testVandaag, nu: nu)
    }

    @Test("elk formaat: regie-<id>.<formaat>, alleen voor de gebruiker leesbaar (0600)", arguments: Exportformaat.allCases)
    func rechten(_ formaat: Exportformaat) throws {
        let w = try Werk()
        defer { w.ruimOp() }
        let d = plan()
        let geschreven = try exporteur(w).schrijf(d, formaat, naarMap: w.uit, overschrijf: false)
        let pad = geschreven.pad
        #expect(pad == w.uit + (formaat == .acties ? "/regie-pdftest-acties.ics" : "/regie-pdftest.\(formaat.rawValue)"))
        #expect(geschreven.waarschuwing == nil)
        let attr = try FileManager.default.attributesOfItem(atPath: pad)
        #expect(attr[.posixPermissions] as? Int == 0o600)
        let data = try #require(FileManager.default.contents(atPath: pad))
        #expect(data == (try exporteur(w).bestand(d, formaat).data) || formaat == .pdf)
        switch formaat {
        case .pdf: #expect(data.starts(with: Data("%PDF-".utf8)))
        case .md: #expect(String(decoding: data, as: UTF8.self).hasPrefix("# Ondersteuningsplan Familie De Jong-El Amrani"))
        case .ics: #expect(String(decoding: data, as: UTF8.self).contains("DTSTAMP:20261123T080000Z"))
        case .acties: #expect(String(decoding: data, as: UTF8.self).contains("METHOD:PUBLISH\r\n"))
        case .json: #expect(try Formaat.decodeer(data).0 == d)
        }
    }

    @Test("een bestaand bestand: .bestaatAl en niets veranderd; met overschrijf vervangen")
    func nietOverschrijven() throws {
        let w = try Werk()
        defer { w.ruimOp() }
        let pad = w.uit + "/regie-pdftest.pdf"
        try Data("eigen aantekeningen".utf8).write(to: URL(fileURLWithPath: pad))
        let e = try exporteur(w)
        #expect(throws: Exportfout.bestaatAl(pad)) { try e.schrijf(plan(), .pdf, naarMap: w.uit, overschrijf: false) }
        #expect(FileManager.default.contents(atPath: pad) == Data("eigen aantekeningen".utf8))
        #expect(Exportfout.bestaatAl(pad).melding.contains("bestaat al"))
        try e.schrijf(plan(), .pdf, naarMap: w.uit, overschrijf: true)
        #expect(FileManager.default.contents(atPath: pad)?.starts(with: Data("%PDF-".utf8)) == true)
        #expect(try FileManager.default.attributesOfItem(atPath: pad)[.posixPermissions] as? Int == 0o600)
    }

    @Test("geen map, of geen volgend overleg voor ics: een Nederlandse melding en geen bestand")
    func fouten() throws {
        let w = try Werk()
        defer { w.ruimOp() }
        let e = try exporteur(w)
        #expect(throws: Exportfout.mapBestaatNiet(w.uit + "/nergens")) {
            try e.schrijf(plan(), .md, naarMap: w.uit + "/nergens", overschrijf: false)
        }
        var d = plan()
        d.plan.overleggen = []
        do {
            try e.schrijf(d, .ics, naarMap: w.uit, overschrijf: false)
            Issue.record("ics zonder overleg is geschreven")
        } catch {
            #expect(error.melding.contains("geen volgend overleg"))
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: w.uit).isEmpty)
    }

    @Test("versietekst: werkversie, vastgesteld bij het startoverleg, daarna weer werkversie")
    func versietekst() throws {
        let w = try Werk()
        defer { w.ruimOp() }
        let e = try exporteur(w)
        var d = plan()
        try w.opslag.voegToe(d)
        #expect(e.versietekst(d) == "Werkversie van 23-11-2026, nog niet vastgesteld")

        let start = try #require(d.plan.overleggen.first { $0.soort == .start })
        try w.opslag.stelVast(d, op: start.datum!, overleg: start.id, aanwezigen: ["Sanne de Jong"], nu: nu)
        #expect(e.versietekst(d) == "Versie vastgesteld op 02-11-2026 (startoverleg)")
        let md = String(decoding: try e.bestand(d, .md).data, as: UTF8.self)
        #expect(md.contains("_Versie vastgesteld op 02-11-2026 (startoverleg)_"))

        d.plan.samenvatting += " Na het overleg aangevuld."
        #expect(e.versietekst(d) == "Werkversie van 23-11-2026, nog niet vastgesteld (laatst vastgesteld op 02-11-2026)")
    }

    @Test("een teken zonder lettertype: de PDF wordt geschreven en de gebruiker hoort dat er vakjes in staan")
    func vakjesGemeld() throws {
        let w = try Werk()
        defer { w.ruimOp() }
        var d = plan()
        d.plan.aanleiding = "Een teken dat geen lettertype heeft: \u{10FFFD}."
        let geschreven = try exporteur(w).schrijf(d, .pdf, naarMap: w.uit, overschrijf: false)
        #expect(FileManager.default.contents(atPath: geschreven.pad)?.starts(with: Data("%PDF-".utf8)) == true)
        #expect(geschreven.waarschuwing == "Let op: 1 teken staat in de PDF als vakje met een code, omdat geen geïnstalleerd lettertype het heeft. "
                + "Installeer de Noto-lettertypen (fonts-noto-core, fonts-noto-cjk, fonts-noto-color-emoji) en exporteer opnieuw.")
        // Markdown has no fonts: nothing to say.
        #expect(try exporteur(w).schrijf(d, .md, naarMap: w.uit, overschrijf: false).waarschuwing == nil)
    }
}
