import Foundation
import Testing
import RegieDomain
@testable import RegieMethode

/// A copy of the shipped set in a fresh temporary folder, to break on purpose.
struct Kopie {
    let map: URL

    init() throws {
        let bron = try #require(MethodeLader.standaardMap)
        map = FileManager.default.temporaryDirectory.appendingPathComponent("regie-methode-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.copyItem(at: bron, to: map)
    }

    func url(_ bestand: String) -> URL { map.appendingPathComponent(bestand) }

    func lees(_ bestand: String) throws -> String { try String(contentsOf: url(bestand), encoding: .utf8) }

    func schrijf(_ bestand: String, _ tekst: String) throws {
        try tekst.write(to: url(bestand), atomically: true, encoding: .utf8)
    }

    /// Replaces `oud`, which must occur exactly once, by `nieuw`.
    func vervang(_ bestand: String, _ oud: String, door nieuw: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let tekst = try lees(bestand)
        let aantal = tekst.components(separatedBy: oud).count - 1
        try #require(aantal == 1, "\"\(oud)\" staat \(aantal) keer in \(bestand)", sourceLocation: sourceLocation)
        try schrijf(bestand, tekst.replacingOccurrences(of: oud, with: nieuw))
    }

    func verwijder(_ bestand: String) throws { try FileManager.default.removeItem(at: url(bestand)) }

    func opruimen() { try? FileManager.default.removeItem(at: map) }

    /// Loads the broken copy; it must be refused. Returns the problems.
    func problemen(sourceLocation: SourceLocation = #_sourceLocation) -> [MethodeProbleem] {
        let fout = #expect(throws: MethodeFout.self, "de kapotte set werd toch geladen", sourceLocation: sourceLocation) {
            try MethodeLader.laad(map: map)
        }
        #expect(fout?.problemen.isEmpty == false, sourceLocation: sourceLocation)
        return fout?.problemen ?? []
    }
}

/// Breaks a fresh copy with `wijzig`, loads it and returns the problems found.
func problemenNa(sourceLocation: SourceLocation = #_sourceLocation, _ wijzig: (Kopie) throws -> Void) throws -> [MethodeProbleem] {
    let kopie = try Kopie()
    defer { kopie.opruimen() }
    try wijzig(kopie)
    return kopie.problemen(sourceLocation: sourceLocation)
}

@Suite("Kapotte methodeset")
struct KapotteSetTests {
    @Test func ongewijzigdeKopieLaadt() throws {
        let kopie = try Kopie()
        defer { kopie.opruimen() }
        #expect(try MethodeLader.laad(map: kopie.map) == MethodeLader.standaard())
    }

    @Test func mapBestaatNiet() throws {
        let map = FileManager.default.temporaryDirectory.appendingPathComponent("regie-bestaat-niet-\(UUID().uuidString)")
        let fout = #expect(throws: MethodeFout.self) { try MethodeLader.laad(map: map) }
        let p = try #require(fout?.problemen)
        #expect(p.count == 1)
        #expect(p.first?.bestand == map.path)
        #expect(p.first?.item == "methodemap")
        #expect(p.first?.probleem.contains("bestaat niet") == true)
    }

    @Test func bestandInPlaatsVanMap() throws {
        let kopie = try Kopie()
        defer { kopie.opruimen() }
        let fout = #expect(throws: MethodeFout.self) { try MethodeLader.laad(map: kopie.url("fasen.yaml")) }
        #expect(fout?.problemen.first?.item == "methodemap")
        #expect(fout?.problemen.first?.probleem.contains("geen map") == true)
    }

    @Test(arguments: ["methode.yaml", "fasen.yaml", "regiekaart.yaml", "meldcode.yaml", "criteria.yaml"])
    func ontbrekendBestand(bestand: String) throws {
        let p = try problemenNa { try $0.verwijder(bestand) }
        #expect(p.count == 1)
        let probleem = try #require(p.first)
        #expect(probleem.bestand == bestand)
        #expect(probleem.item == "bestand")
        #expect(probleem.probleem.contains("ontbreekt"))
        #expect(MethodeFout(p).description.contains(bestand))
    }

    @Test func tweeOntbrekendeBestandenAllebeiGemeld() throws {
        let p = try problemenNa {
            try $0.verwijder("fasen.yaml")
            try $0.verwijder("criteria.yaml")
        }
        #expect(p.map(\.bestand) == ["fasen.yaml", "criteria.yaml"])
        #expect(MethodeFout(p).description.contains("2 problemen"))
    }

    @Test func yamlSyntaxfout() throws {
        var regel = 0
        let p = try problemenNa { kopie in
            let oud = "naam: \"1Gezin1Plan1Regisseur, standaardset\""
            try kopie.vervang("methode.yaml", oud, door: "naam: 1Gezin: standaardset")
            let regels = try kopie.lees("methode.yaml").components(separatedBy: "\n")
            regel = try #require(regels.firstIndex { $0.hasPrefix("naam: 1Gezin:") }) + 1
        }
        #expect(p.count == 1)
        let probleem = try #require(p.first)
        #expect(probleem.bestand == "methode.yaml")
        #expect(probleem.item.hasPrefix("regel \(regel),"), "item: \(probleem.item)")
        #expect(probleem.item.contains("kolom"))
        #expect(probleem.probleem.contains("ongeldige YAML"))
    }

    @Test func yamlSyntaxfoutInFasen() throws {
        var regel = 0
        let p = try problemenNa { kopie in
            // An unclosed flow sequence.
            try kopie.vervang("fasen.yaml", "    volgende: [\"3a\"]\n", door: "    volgende: [\"3a\"\n    veiligheidscheck: [\n")
            let regels = try kopie.lees("fasen.yaml").components(separatedBy: "\n")
            regel = try #require(regels.firstIndex { $0 == "    volgende: [\"3a\"" }) + 1
        }
        let probleem = try #require(p.first)
        #expect(probleem.bestand == "fasen.yaml")
        #expect(probleem.item.hasPrefix("regel "))
        #expect(probleem.probleem.contains("ongeldige YAML"))
        let gemeld = Int(probleem.item.dropFirst("regel ".count).prefix { $0.isNumber }) ?? 0
        #expect(gemeld >= regel, "item: \(probleem.item)")
    }

    @Test func ontbrekendVeldInFasen() throws {
        let p = try problemenNa { try $0.vervang("fasen.yaml", "    naam: Intake\n", door: "") }
        #expect(p.count == 1)
        let probleem = try #require(p.first)
        #expect(probleem.bestand == "fasen.yaml")
        #expect(probleem.item == "fasen[2]")
        #expect(probleem.probleem.contains("'naam'"))
        #expect(probleem.probleem.contains("ontbreekt"))
        #expect(probleem.description == "fasen.yaml, fasen[2]: \(probleem.probleem)")
    }

    @Test func ontbrekendVeldInActie() throws {
        let p = try problemenNa {
            try $0.vervang("fasen.yaml", "      - id: \"1.p2\"\n        tekst: Zet de aanmelding door naar een medewerker van het lokale team.\n",
                           door: "      - id: \"1.p2\"\n")
        }
        let probleem = try #require(p.first)
        #expect(probleem.bestand == "fasen.yaml")
        #expect(probleem.item == "fasen[1].procesregie[2]")
        #expect(probleem.probleem.contains("'tekst'"))
    }

    @Test func verkeerdTypeGetal() throws {
        let p = try problemenNa { try $0.vervang("regiekaart.yaml", "  - niveau: 1\n", door: "  - niveau: een\n") }
        let probleem = try #require(p.first)
        #expect(probleem.bestand == "regiekaart.yaml")
        #expect(probleem.item == "niveaus[1].niveau")
        #expect(probleem.probleem.contains("heel getal"))
    }

    @Test func verkeerdTypeWaarOfNiet() throws {
        let p = try problemenNa {
            try $0.vervang("fasen.yaml", "    volgende: [\"2\"]\n    veiligheidscheck: true\n",
                           door: "    volgende: [\"2\"]\n    veiligheidscheck: misschien\n")
        }
        let probleem = try #require(p.first)
        #expect(probleem.bestand == "fasen.yaml")
        #expect(probleem.item == "fasen[1].veiligheidscheck")
        #expect(probleem.probleem.contains("true of false"))
    }

    @Test func verkeerdTypeLijst() throws {
        let p = try problemenNa { try $0.vervang("fasen.yaml", "    volgende: [\"2\"]\n", door: "    volgende: \"2\"\n") }
        let probleem = try #require(p.first)
        #expect(probleem.bestand == "fasen.yaml")
        #expect(probleem.item == "fasen[1].volgende")
        #expect(probleem.probleem == "hier hoort een lijst", "probleem: \(probleem.probleem)")
    }

    @Test func verkeerdePlanvereiste() throws {
        let p = try problemenNa {
            try $0.vervang("regiekaart.yaml", "      ondersteuningsplan: naar-behoefte\n", door: "      ondersteuningsplan: soms\n")
        }
        #expect(p.count == 1)
        let probleem = try #require(p.first)
        #expect(probleem.bestand == "regiekaart.yaml")
        #expect(probleem.item == "niveaus[1].plannen.ondersteuningsplan")
        #expect(probleem.probleem.contains("niet-nodig, naar-behoefte of verplicht"), "probleem: \(probleem.probleem)")
        #expect(!probleem.probleem.contains("Cannot"))
    }

    @Test func verkeerdCompetentieprofiel() throws {
        let p = try problemenNa {
            try $0.vervang("regiekaart.yaml",
                           "casusregisseur uit de basiszorg.\"\n      profiel: \"A\"\n",
                           door: "casusregisseur uit de basiszorg.\"\n      profiel: \"C\"\n")
        }
        #expect(p.count == 1)
        let probleem = try #require(p.first)
        #expect(probleem.bestand == "regiekaart.yaml")
        #expect(probleem.item == "niveaus[1].casusregie.profiel")
        #expect(probleem.probleem.contains("A, B of B+"), "probleem: \(probleem.probleem)")
    }

    @Test func lijstWaarEenWaardeHoort() throws {
        let p = try problemenNa { try $0.vervang("fasen.yaml", "    naam: Intake\n", door: "    naam: [Intake]\n") }
        #expect(p.count == 1)
        let probleem = try #require(p.first)
        #expect(probleem.bestand == "fasen.yaml")
        #expect(probleem.item == "fasen[2].naam")
        #expect(probleem.probleem.contains("enkele waarde"), "probleem: \(probleem.probleem)")
        #expect(!probleem.probleem.contains("blok"))
    }

    @Test func waardeWaarEenBlokHoort() throws {
        let p = try problemenNa {
            try $0.vervang("regiekaart.yaml", "    plannen:\n      ondersteuningsplan: naar-behoefte\n      veiligheidsplan: niet-nodig\n",
                           door: "    plannen: verplicht\n")
        }
        let probleem = try #require(p.first)
        #expect(probleem.item == "niveaus[1].plannen")
        #expect(probleem.probleem.contains("blok met velden"), "probleem: \(probleem.probleem)")
    }

    @Test func volgendeFaseBestaatNiet() throws {
        let p = try problemenNa { try $0.vervang("fasen.yaml", "    volgende: [\"2\"]\n", door: "    volgende: [\"9\"]\n") }
        #expect(p.count == 1)
        let probleem = try #require(p.first)
        #expect(probleem.bestand == "fasen.yaml")
        #expect(probleem.item == "fase \"1\"")
        #expect(probleem.probleem.contains("\"9\""))
        #expect(probleem.probleem.contains("bestaat niet"))
    }

    @Test func dubbeleActieId() throws {
        let p = try problemenNa { try $0.vervang("fasen.yaml", "      - id: \"1.p2\"\n", door: "      - id: \"1.p1\"\n") }
        #expect(p.count == 1)
        let probleem = try #require(p.first)
        #expect(probleem.bestand == "fasen.yaml")
        #expect(probleem.item.contains("\"1.p1\""))
        #expect(probleem.probleem.contains("vaker dan één keer"))
    }

    @Test func dubbeleActieIdInAndereFase() throws {
        let p = try problemenNa { try $0.vervang("fasen.yaml", "      - id: \"2.c1\"\n", door: "      - id: \"1.c1\"\n") }
        let probleem = try #require(p.first)
        #expect(probleem.item.hasPrefix("fase \"2\""))
        #expect(probleem.item.contains("\"1.c1\""))
        #expect(probleem.probleem.contains("vaker"))
    }

    @Test func opschalenNaarLagerNiveau() throws {
        let p = try problemenNa {
            try $0.vervang("regiekaart.yaml",
                           "          - {id: \"n2.op.1.e\", tekst: \"Er zijn signalen van onveiligheid, of de situatie is onveilig.\"}\n        naar:\n          niveaus: [3]\n",
                           door: "          - {id: \"n2.op.1.e\", tekst: \"Er zijn signalen van onveiligheid, of de situatie is onveilig.\"}\n        naar:\n          niveaus: [1]\n")
        }
        #expect(p.count == 1)
        let probleem = try #require(p.first)
        #expect(probleem.bestand == "regiekaart.yaml")
        #expect(probleem.item.contains("niveau 2"))
        #expect(probleem.item.contains("\"n2.op.1\""))
        #expect(probleem.probleem.contains("of hoger"))
        #expect(probleem.probleem.contains("niet naar 1"))
    }

    /// The same level is allowed: another regisseur takes over at that level (n2.op.2).
    @Test func opschalenNaarHetzelfdeNiveauMag() throws {
        let kopie = try Kopie()
        defer { kopie.opruimen() }
        try kopie.vervang("regiekaart.yaml",
                          "          - {id: \"n2.op.1.e\", tekst: \"Er zijn signalen van onveiligheid, of de situatie is onveilig.\"}\n        naar:\n          niveaus: [3]\n",
                          door: "          - {id: \"n2.op.1.e\", tekst: \"Er zijn signalen van onveiligheid, of de situatie is onveilig.\"}\n        naar:\n          niveaus: [2]\n")
        let m = try MethodeLader.laad(map: kopie.map)
        #expect(m.niveau(2)?.opschalen.first?.naar.niveaus == [2])
    }

    @Test func ladderNoemtOnbekendeVoorwaarde() throws {
        let p = try problemenNa {
            try $0.vervang("regiekaart.yaml", "          antwoorden: [n4.op.2.f]\n", door: "          antwoorden: [n4.op.2.z]\n")
        }
        #expect(p.count == 1)
        let probleem = try #require(p.first)
        #expect(probleem.bestand == "regiekaart.yaml")
        #expect(probleem.item == "ladder, opschalen naar niveau 5")
        #expect(probleem.probleem == "de voorwaarde \"n4.op.2.z\" staat niet in de regiekaart")
    }

    /// An older set without the ladder still loads.
    @Test func ladderMagOntbreken() throws {
        let kopie = try Kopie()
        defer { kopie.opruimen() }
        let tekst = try kopie.lees("regiekaart.yaml")
        let zonder = try #require(tekst.range(of: "\nladder:")).lowerBound
        try kopie.schrijf("regiekaart.yaml", String(tekst[..<zonder]) + "\n")
        let m = try MethodeLader.laad(map: kopie.map)
        #expect(m.regiekaart.ladder == nil)
        #expect(m.problemen() == [])
        #expect(m.regiekaart.niveaus == (try MethodeLader.standaard()).regiekaart.niveaus)
    }

    @Test func afschalenNaarHogerNiveau() throws {
        let p = try problemenNa {
            try $0.vervang("regiekaart.yaml",
                           "          - {id: \"n5.af.1.a\", tekst: \"De dreiging van totale escalatie en maatschappelijke onrust is weggenomen.\"}\n        naar:\n          niveaus: [4]\n",
                           door: "          - {id: \"n5.af.1.a\", tekst: \"De dreiging van totale escalatie en maatschappelijke onrust is weggenomen.\"}\n        naar:\n          niveaus: [6]\n")
        }
        let probleem = try #require(p.first)
        #expect(probleem.bestand == "regiekaart.yaml")
        #expect(probleem.item.contains("\"n5.af.1\""))
        #expect(probleem.probleem.contains("niveau 6 bestaat niet"))
    }

    @Test func afwegingNaarOnbekendeId() throws {
        let p = try problemenNa { try $0.vervang("meldcode.yaml", "    ja: {naar: a2}\n", door: "    ja: {naar: a9}\n") }
        #expect(p.count == 1)
        let probleem = try #require(p.first)
        #expect(probleem.bestand == "meldcode.yaml")
        #expect(probleem.item == "afweging \"a1\", antwoord ja")
        #expect(probleem.probleem.contains("afweging \"a9\""))
        #expect(probleem.probleem.contains("bestaat niet"))
    }

    @Test func besluitBestaatNiet() throws {
        let p = try problemenNa { try $0.vervang("meldcode.yaml", "    nee: {besluit: afsluiten}\n", door: "    nee: {besluit: weggooien}\n") }
        #expect(p.count == 1)
        let probleem = try #require(p.first)
        #expect(probleem.bestand == "meldcode.yaml")
        #expect(probleem.item == "afweging \"a1\", antwoord nee")
        #expect(probleem.probleem.contains("besluit \"weggooien\""))
        #expect(probleem.probleem.contains("bestaat niet"))
    }

    @Test func besluitUitDeLijstGehaald() throws {
        let p = try problemenNa {
            try $0.vervang("meldcode.yaml", "  - {id: afsluiten, tekst: \"Sluit af en leg vast in het dossier.\"}\n", door: "")
        }
        #expect(p.map(\.item) == ["afweging \"a1\", antwoord nee"])
        #expect(p.first?.probleem.contains("besluit \"afsluiten\" bestaat niet") == true)
    }

    @Test func naarEnBesluitAllebei() throws {
        let p = try problemenNa { try $0.vervang("meldcode.yaml", "    ja: {naar: a2}\n", door: "    ja: {naar: a2, besluit: melden}\n") }
        #expect(p.first?.bestand == "meldcode.yaml")
        #expect(p.first?.probleem.contains("niet allebei") == true)
    }

    @Test func afwegingNaarZichzelf() throws {
        let p = try problemenNa { try $0.vervang("meldcode.yaml", "    ja: {naar: a2}\n", door: "    ja: {naar: a1}\n") }
        #expect(p.first?.probleem.contains("naar zichzelf") == true)
    }

    @Test func startBestaatNiet() throws {
        let p = try problemenNa { try $0.vervang("meldcode.yaml", "start: a1\n", door: "start: a0\n") }
        #expect(p.count == 1)
        #expect(p.first?.item == "start")
        #expect(p.first?.probleem.contains("\"a0\"") == true)
    }

    @Test func legeMethodenaam() throws {
        let p = try problemenNa {
            try $0.vervang("methode.yaml", "naam: \"1Gezin1Plan1Regisseur, standaardset\"", door: "naam: \"  \"")
        }
        #expect(p.count == 1)
        #expect(p.first?.bestand == "methode.yaml")
        #expect(p.first?.probleem.contains("leeg") == true)
    }

    @Test func dubbelStartcriterium() throws {
        let p = try problemenNa { try $0.vervang("criteria.yaml", "  - id: s2\n", door: "  - id: s1\n") }
        #expect(p.count == 1)
        #expect(p.first?.bestand == "criteria.yaml")
        #expect(p.first?.item == "startcriteria \"s1\"")
        #expect(p.first?.probleem.contains("vaker") == true)
    }

    @Test func geenUtf8() throws {
        let p = try problemenNa { try Data([0x6E, 0x61, 0x61, 0x6D, 0x3A, 0x20, 0xFF, 0xFE, 0x0A]).write(to: $0.url("methode.yaml")) }
        #expect(p.count == 1)
        #expect(p.first?.bestand == "methode.yaml")
        #expect(p.first?.probleem.contains("UTF-8") == true)
    }

    @Test func leegBestand() throws {
        let p = try problemenNa { try $0.schrijf("criteria.yaml", "") }
        #expect(p.count == 1)
        #expect(p.first?.bestand == "criteria.yaml")
    }

    @Test func bestandTeGroot() throws {
        let p = try problemenNa { kopie in
            let groot = "# " + String(repeating: "x", count: 4 * 1024 * 1024) + "\n" + (try kopie.lees("criteria.yaml"))
            try kopie.schrijf("criteria.yaml", groot)
        }
        #expect(p.count == 1)
        #expect(p.first?.bestand == "criteria.yaml")
        #expect(p.first?.probleem.contains("4 MB") == true)
    }

    @Test func inhoudsfoutenUitMeerdereBestandenSamen() throws {
        let p = try problemenNa {
            try $0.vervang("fasen.yaml", "    volgende: [\"2\"]\n", door: "    volgende: [\"9\"]\n")
            try $0.vervang("meldcode.yaml", "    ja: {naar: a2}\n", door: "    ja: {naar: a9}\n")
        }
        #expect(p.map(\.bestand) == ["fasen.yaml", "meldcode.yaml"])
        let tekst = MethodeFout(p).description
        #expect(tekst.hasPrefix("De methode kan niet worden geladen (2 problemen):"))
        #expect(tekst.contains("- fasen.yaml, fase \"1\": "))
    }
}
