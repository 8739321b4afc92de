import Foundation
import RegieDomain
@testable import RegieStore
import Testing

/// A small dossier with one overleg whose list of attendees has `aantal` entries: every entry
/// is a short line in the pretty-printed file, so the file grows fast with the count.
func metAanwezigen(_ id: String, _ aantal: Int, naam: String = "Familie Groot") -> Dossier {
    var d = klein(id, naam)
    d.plan.overleggen = [Overleg(id: "o1", soort: .start, datum: testVandaag, aanwezigen: Array(repeating: "a", count: aantal))]
    return d
}

/// A dossier whose file, as the store writes it (`Formaat.codeer`), is exactly `grootte` bytes.
func dossierVan(bytes grootte: Int, id: String) throws -> Dossier {
    let een = try Formaat.codeer(metAanwezigen(id, 1)).count
    let perStuk = try Formaat.codeer(metAanwezigen(id, 2)).count - een
    let aantal = (grootte - een) / perStuk + 1
    let rest = grootte - (een + (aantal - 1) * perStuk)
    let d = metAanwezigen(id, aantal, naam: "Familie Groot" + String(repeating: "x", count: rest))
    #expect(try Formaat.codeer(d).count == grootte)
    return d
}

@Suite("Eén grens voor de grootte: wat de opslag schrijft, kan hij ook weer lezen")
struct GrootteTests {
    @Test("precies op de grens: bewaard en gelezen; één byte meer: geweigerd, niets veranderd")
    func grens() throws {
        let t = try Testopslag()
        defer { t.ruimOp() }
        let grens = Opslag.maximaleGrootte
        #expect(grens == Bestanden.maximaleGrootte)
        var precies = try dossierVan(bytes: grens, id: "precies")
        try t.opslag.voegToe(precies)
        let lijst = t.opslag.lijst()
        #expect(lijst.dossiers.map(\.id) == ["precies"])
        #expect(lijst.problemen.isEmpty)

        // One byte more, as a change to the saved dossier: refused, the file untouched.
        let voor = try #require(bytes(t.bestand("precies")))
        let g = try t.opslag.laad("precies")
        precies.naam += "y"
        let fout = try #require(throws: OpslagFout.self) { try t.opslag.bewaar(precies, verwacht: g.vingerafdruk) }
        #expect(fout.melding.hasPrefix("Het dossier is te groot om te bewaren: als bestand wordt het 64,0 MB, en de grens is 64 MB."))
        #expect(fout.melding.contains("Er is niets bewaard"))
        #expect(bytes(t.bestand("precies")) == voor)
        #expect(!FileManager.default.fileExists(atPath: t.dossiers.appendingPathComponent("precies.vorige.json").path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: t.dossiers.path).filter { $0.hasPrefix(".") }.isEmpty)
        // Nor is a version over the limit written.
        #expect(throws: OpslagFout.self) { try t.opslag.stelVast(precies, op: testVandaag) }
        #expect(t.opslag.versieIds("precies").isEmpty)
        #expect(t.apartNamen.isEmpty)
    }

    @Test("importeer: klein genoeg gelezen maar te groot geschreven wordt geweigerd, er komt niets bij")
    func importTeGroot() throws {
        let t = try Testopslag()
        defer { t.ruimOp() }
        let d = metAanwezigen("groot", 4_200_000)
        let compact = try JSONEncoder().encode(Formaat.Envelop(schema: 1, soort: Formaat.soortDossier, dossier: d, vastgesteld: nil))
        #expect(compact.count < Opslag.maximaleGrootte)
        #expect(try Formaat.codeer(d).count > Opslag.maximaleGrootte)
        let fout = try #require(throws: Importfout.self) { try t.opslag.importeer(compact) }
        #expect(fout.melding(bestand: "x.json").hasPrefix("Het dossier is te groot om te bewaren"))
        #expect(t.opslag.lijst().dossiers.isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: t.dossiers.path).isEmpty)
    }
}

@Suite("Stuurtekens in een ingelezen bestand worden weggehaald, met een melding")
struct StuurtekensTests {
    @Test("eenregelige velden verliezen alle stuurtekens, meerregelige houden regeleinde en tab")
    func schoon() throws {
        var d = klein("st", "Familie \u{1B}[2J\u{0}Kok")
        d.gezinsleden[0].telefoon = "06\t1234\n5678\u{7F}"
        d.gezinsleden[0].email = "a@b.nl\u{9B}31m"
        d.plan.aanleiding = "Regel 1\nRegel\t2\u{1B}[31m rood\r\n"
        d.plan.krachten = [Uitspraak(id: "k1", spreker: d.gezinsleden[0].id, citaat: "Goed\n\u{7}bel", sinds: "al\njaren")]
        d.contact.adres.woonplaats = "Zwolle"
        let uit = try Stuurtekens.schoon(d)
        #expect(uit.dossier.naam == "Familie [2JKok")
        #expect(uit.dossier.gezinsleden[0].telefoon == "0612345678")
        #expect(uit.dossier.gezinsleden[0].email == "a@b.nl31m")
        #expect(uit.dossier.plan.aanleiding == "Regel 1\nRegel\t2[31m rood\n")
        #expect(uit.dossier.plan.krachten[0].citaat == "Goed\nbel")
        #expect(uit.dossier.plan.krachten[0].sinds == "aljaren")
        #expect(uit.dossier.contact.adres.woonplaats == "Zwolle")
        #expect(Set(uit.velden) == ["naam", "gezinsleden[1].telefoon", "gezinsleden[1].email", "plan.aanleiding",
                                    "plan.krachten[1].citaat", "plan.krachten[1].sinds"])
        // Everything else is as it was.
        var verwacht = d
        verwacht.naam = uit.dossier.naam
        verwacht.gezinsleden[0].telefoon = uit.dossier.gezinsleden[0].telefoon
        verwacht.gezinsleden[0].email = uit.dossier.gezinsleden[0].email
        verwacht.plan.aanleiding = uit.dossier.plan.aanleiding
        verwacht.plan.krachten = uit.dossier.plan.krachten
        #expect(uit.dossier == verwacht)
        #expect(Stuurtekens.melding(uit.velden).hasPrefix("Onzichtbare stuurtekens (zoals Escape of NUL) zijn weggehaald uit: "))
    }

    @Test("een schoon dossier (ook het voorbeeld met al zijn velden) blijft precies gelijk")
    func schoonBlijftGelijk() throws {
        let demo = Voorbeeld.demo(vandaag: testVandaag, id: "demo")
        let uit = try Stuurtekens.schoon(demo)
        #expect(uit.velden.isEmpty)
        #expect(uit.dossier == demo)
        // The quick look at the file's bytes: only escapes and bytes that can stand for a control character count.
        #expect(!Stuurtekens.kanBevatten(try Formaat.codeer(demo)))
        for ja in ["\"a\\u001b\"", "\"a\\n\"", "\"a\\t\"", "\"a\u{7F}\"", "\"a\u{85}\"", "\"\\r\""] {
            #expect(Stuurtekens.kanBevatten(Data(ja.utf8)), "\(ja)")
        }
        for nee in ["\"a\\\\\"", "\"é ü 名前 🙂\"", "\"\\\"\"", "{}"] {
            #expect(!Stuurtekens.kanBevatten(Data(nee.utf8)), "\(nee)")
        }
    }

    @Test("importeer meldt wat er is veranderd en bewaart het schone dossier")
    func importeer() throws {
        let t = try Testopslag()
        defer { t.ruimOp() }
        let d = klein("st", "Familie \u{1B}[2J\u{0}Kok")
        let data = try Formaat.codeer(d)
        let imp = try t.opslag.importeer(data)
        #expect(imp.dossier.naam == "Familie [2JKok")
        #expect(imp.aanpassingen == ["Onzichtbare stuurtekens (zoals Escape of NUL) zijn weggehaald uit: naam."])
        #expect(try t.opslag.laad("st").dossier.naam == "Familie [2JKok")
        // Again: it exists.
        #expect(throws: Importfout.bestaatAl("st")) { try t.opslag.importeer(data) }
        // Two persons whose ids differ only by a control character: refused after cleaning.
        var twee = klein("twee", "Familie Twee")
        twee.gezinsleden = [Gezinslid(id: "p1", naam: "A"), Gezinslid(id: "p1\u{0}", naam: "B")]
        let fout = try #require(throws: Importfout.self) { try t.opslag.importeer(try Formaat.codeer(twee)) }
        #expect(fout.melding(bestand: "twee.json") == "twee.json is geen geldig dossier: na het weghalen van stuurtekens: twee personen hebben dezelfde id.")
    }
}
