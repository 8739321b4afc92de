import Foundation
import RegieDomain
import RegieStore
import Testing

/// `regie controleer --json`: every finding with its code, severity, place, message and
/// source, for scripts; the same findings and exit code as the text.
@Suite("regie controleer --json")
struct ControleerJSONTests {
    let vandaag = Datum(iso: "2026-11-23")!

    func json(_ r: Uitkomst) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(r.uit.utf8)) as? [String: Any], "\(r)")
    }

    func bevindingen(_ r: Uitkomst) throws -> [[String: Any]] {
        try #require(try json(r)["bevindingen"] as? [[String: Any]], "\(r)")
    }

    /// The text output's finding lines ("[let op] Fase: …"), rebuilt from the JSON.
    func alsTekst(_ lijst: [[String: Any]]) -> [String] {
        lijst.map { b in
            let ernst = (b["ernst"] as? [String: Any])?["tekst"] as? String ?? "?"
            let plaats = (b["plaats"] as? [String: Any])?["tekst"] as? String ?? "?"
            return "[\(ernst)] \(plaats): \(b["melding"] as? String ?? "?")"
        }
    }

    @Test("het voorbeeldhuishouden: dezelfde bevindingen als de tekst, elk met code en bron uit de tabel, exit 0")
    func demo() throws {
        let o = try Omgeving()
        defer { o.ruimOp() }
        let id = try o.demo()
        let tekst = try o.metData(["controleer", id])
        let r = try o.metData(["controleer", id, "--json"])
        #expect(r.code == 0, "\(r)")
        #expect(tekst.code == r.code)
        let kop = try json(r)
        #expect(kop["dossier"] as? String == id)
        #expect(kop["fouten"] as? Int == 0)
        let lijst = try bevindingen(r)
        #expect(lijst.map { $0["code"] as? String } == [
            "actie.te-laat", "fase.tegenspraak", "meldcode.te-lang-open",
            "afspraak.onvolledig", "afspraak.onvolledig", "doelencheck.onvolledig",
        ], "\(r)")
        let regels = tekst.uit.split(separator: "\n").dropFirst().map(String.init)
        #expect(alsTekst(lijst) == regels, "\(r)\n\(tekst)")
        for b in lijst {
            let regel = try #require(Controleregel(code: b["code"] as? String ?? ""), "\(b)")
            #expect(b["bron"] as? String == regel.bron)
            #expect((b["ernst"] as? [String: Any])?["sleutel"] as? String == regel.ernst.sleutel)
            #expect(b.keys.sorted() == ["bron", "code", "ernst", "melding", "plaats"])
        }
        let laat = try #require(lijst.first { $0["code"] as? String == "actie.te-laat" })
        let plaats = try #require(laat["plaats"] as? [String: String])
        #expect(plaats["sleutel"] == "actie")
        #expect(plaats["tekst"] == "Doel 1, actie 2")
        #expect(plaats["doel"] != nil && plaats["actie"] != nil)
    }

    @Test("een variant met fouten: de hele uitvoer, exit 1 zoals bij de tekst")
    func variantMetFouten() throws {
        let o = try Omgeving()
        defer { o.ruimOp() }
        let d = Dossier(id: "tegen", naam: "Familie Tegenspraak", aangemaakt: vandaag.plus(dagen: -30)!,
                        gezinsleden: [Gezinslid(id: "anna", naam: "Anna Test", rolInGezin: "moeder")],
                        regisseurs: [Regisseur(id: "rita", naam: "Rita Regie", rol: .proces, profiel: .bPlus),
                             Regisseur(id: "carl", naam: "Carl Casus", rol: .casus, profiel: .bPlus)],
                        toestemmingDelen: .ja,
                        plan: Ondersteuningsplan(aanleiding: "Anna vraagt hulp.", zorgenBasiszorgVeiligheid: .ja,
                                                 doelen: [Doel(id: "d1", omschrijving: "Anna slaapt goed.",
                                                               acties: [Actie(id: "a1", wie: "anna", wat: "", wanneer: vandaag.plus(dagen: 3))])],
                                                 overleggen: [Overleg(id: "o1", soort: .voortgang, datum: vandaag.plus(dagen: 14),
                                                                      tijd: Tijd(uur: 10, minuut: 0), locatie: "Thuis")]),
                        proces: Processtatus(fase: "2", niveau: 2))
        let bestand = o.pad("tegen.json")
        try Formaat.codeer(d).write(to: URL(fileURLWithPath: bestand))
        #expect(try o.metData(["importeer", bestand]).code == 0)

        let r = try o.metData(["controleer", "tegen", "--json"])
        #expect(r.code == 1, "\(r)")
        #expect(try o.metData(["controleer", "tegen"]).code == 1)
        #expect(r.uit == """
            {
              "bevindingen" : [
                {
                  "bron" : "000 l.2791–2793, 1473",
                  "code" : "veiligheidsplan.ontbreekt",
                  "ernst" : {
                    "sleutel" : "fout",
                    "tekst" : "fout"
                  },
                  "melding" : "Er moet een veiligheidsplan zijn: er zijn zorgen over basiszorg en veiligheid.",
                  "plaats" : {
                    "sleutel" : "veiligheidsplan",
                    "tekst" : "Veiligheidsplan"
                  }
                },
                {
                  "bron" : "000 l.484, 537, 857",
                  "code" : "meldcode.niet-gevolgd",
                  "ernst" : {
                    "sleutel" : "fout",
                    "tekst" : "fout"
                  },
                  "melding" : "Er zijn signalen van onveiligheid, maar de meldcode is nog niet gevolgd. Open de extra stappen bij onveiligheid.",
                  "plaats" : {
                    "sleutel" : "meldcode",
                    "tekst" : "Meldcode"
                  }
                },
                {
                  "bron" : "000 l.2808–2810",
                  "code" : "actie.onvolledig",
                  "ernst" : {
                    "sleutel" : "let-op",
                    "tekst" : "let op"
                  },
                  "melding" : "Bij deze actie ontbreekt wat.",
                  "plaats" : {
                    "actie" : "a1",
                    "doel" : "d1",
                    "sleutel" : "actie",
                    "tekst" : "Doel 1, actie 1"
                  }
                },
                {
                  "bron" : "000 l.478–1085",
                  "code" : "fase.tegenspraak",
                  "ernst" : {
                    "sleutel" : "let-op",
                    "tekst" : "let op"
                  },
                  "melding" : "Fase 2 is de huidige fase, maar in fase 1 zijn nog 8 acties niet afgevinkt, en er is geen reden vastgelegd.",
                  "plaats" : {
                    "sleutel" : "fase",
                    "tekst" : "Fase"
                  }
                }
              ],
              "dossier" : "tegen",
              "fouten" : 2,
              "naam" : "Familie Tegenspraak"
            }

            """, "\(r)")
        #expect(r.fout.isEmpty, "\(r)")
    }

    @Test("een variant van het voorbeeld met de kwaliteitscriteria: codes, plaatsen met hun deel, geen fout")
    func kwaliteitscriteria() throws {
        let o = try Omgeving()
        defer { o.ruimOp() }
        var d = Voorbeeld.demo(vandaag: vandaag, id: "kwal")
        d.plan.aanleiding = ""
        d.plan.doelen.removeAll { Dossier.noemtVeiligheidsafspraken($0.omschrijving) }
        d.plan.doelen[1].omschrijving = "Schulden."
        d.plan.doelen[1].acties[0].wat = "Kijken"
        d.plan.overleggen[1].locatie = ""
        d.veiligheidsplan?.contacten = []
        let bestand = o.pad("kwal.json")
        try Formaat.codeer(d).write(to: URL(fileURLWithPath: bestand))
        #expect(try o.metData(["importeer", bestand]).code == 0)
        let r = try o.metData(["controleer", "kwal", "--json"])
        #expect(r.code == 0, "geen van deze is een fout: \(r)")
        let lijst = try bevindingen(r)
        let codes = lijst.compactMap { $0["code"] as? String }
        for code in ["plan.aanleiding-leeg", "doelencheck.afspraken-geen-doel", "doel.geen-werkwoord", "actie.vaag",
                     "overleg.tijd-plaats-ontbreekt", "veiligheidsplan.geen-contact"] {
            #expect(codes.contains(code), "\(code) ontbreekt in \(codes)")
        }
        func plaats(_ code: String) -> [String: String]? {
            lijst.first { $0["code"] as? String == code }?["plaats"] as? [String: String]
        }
        #expect(plaats("plan.aanleiding-leeg") == ["sleutel": "plandeel", "deel": "aanleiding", "tekst": "Aanleiding"])
        #expect(plaats("veiligheidsplan.geen-contact") == ["sleutel": "veiligheidsdeel", "deel": "contacten", "tekst": "Veiligheidsplan, contacten"])
        #expect(plaats("overleg.tijd-plaats-ontbreekt") == ["sleutel": "overleg", "id": d.plan.overleggen[1].id,
                                                             "tekst": "Overleg van \(d.plan.overleggen[1].datum!.tekst)"])
    }

    @Test("zonder bevindingen: een lege lijst en exit 0")
    func zonderBevindingen() throws {
        let o = try Omgeving()
        defer { o.ruimOp() }
        var d = Dossier(id: "dicht", naam: "Familie Dicht", aangemaakt: vandaag.plus(dagen: -30)!,
                        gezinsleden: [Gezinslid(id: "anna", naam: "Anna Test", rolInGezin: "moeder")],
                        regisseurs: [Regisseur(id: "rita", naam: "Rita Regie", rol: .proces, profiel: .bPlus),
                             Regisseur(id: "carl", naam: "Carl Casus", rol: .casus, profiel: .bPlus)],
                        toestemmingDelen: .ja,
                        plan: Ondersteuningsplan(zorgenBasiszorgVeiligheid: .nee),
                        proces: Processtatus(fase: "6b", niveau: 2))
        d.proces.faseovergangen = [Faseovergang(van: "1", naar: "6b", datum: vandaag.plus(dagen: -10)!, door: "Rita Regie",
                                                reden: "afgesloten", ronde: 1)]
        d.proces.afsluitingen = [Afsluiting(datum: vandaag.plus(dagen: -10)!, door: "Rita Regie", evaluatie: "Goed gegaan.",
                                            vragenBij: "Het wijkteam.")]
        let bestand = o.pad("dicht.json")
        try Formaat.codeer(d).write(to: URL(fileURLWithPath: bestand))
        #expect(try o.metData(["importeer", bestand]).code == 0)
        let r = try o.metData(["controleer", "dicht", "--json"])
        #expect(r.code == 0, "\(r)")
        #expect(try bevindingen(r).isEmpty, "\(r)")
        #expect(try json(r)["fouten"] as? Int == 0)
    }
}
