import Foundation
import Testing
import RegieDomain
@testable import RegieMethode

@Suite("Meegeleverde methodeset")
struct MeegeleverdeSetTests {
    @Test func laadtZonderProblemen() throws {
        let methode = try MethodeLader.standaard()
        #expect(methode.problemen() == [])
        #expect(methode.info.naam == "1Gezin1Plan1Regisseur, standaardset")
        #expect(methode.info.versie == "2020.1")
        #expect(methode.info.bron?.isEmpty == false)
    }

    @Test func mapBevatAlleBestanden() throws {
        let map = try #require(MethodeLader.standaardMap)
        #expect(MethodeLader.bestanden == ["methode.yaml", "fasen.yaml", "regiekaart.yaml", "meldcode.yaml", "criteria.yaml", "overleggen.yaml",
                                           "competentieprofielen.yaml", "begrippen.yaml", "leefgebieden.yaml"])
        for naam in MethodeLader.bestanden {
            #expect(FileManager.default.fileExists(atPath: map.appendingPathComponent(naam).path), "\(naam) ontbreekt")
        }
        #expect(try MethodeLader.laad(map: map) == MethodeLader.standaard())
    }

    @Test func negenFasen() throws {
        let methode = try MethodeLader.standaard()
        #expect(methode.fasen.count == 9)
        #expect(methode.fasen.map(\.id) == ["1", "2", "3a", "3b", "4", "5a", "5b", "6a", "6b"])
        #expect(methode.fase("1")?.naam == "Aanmelding")
        #expect(methode.fase("2")?.naam == "Intake")
        #expect(methode.fase("7") == nil)
        #expect(methode.fase("1")?.volgende == ["2"])
        #expect(methode.fase("4")?.volgende == ["5a", "6a"])
        #expect(methode.fase("1")?.veiligheidscheck == true)
        #expect(methode.fase("3a")?.veiligheidscheck == false)
        for fase in methode.fasen {
            #expect(!fase.alleActies.isEmpty, "fase \(fase.id) heeft geen acties")
            #expect(!fase.naam.isEmpty)
            for v in fase.volgende { #expect(methode.fase(v) != nil, "fase \(fase.id): volgende \(v)") }
        }
    }

    @Test func actieIdsZijnUniekEnHorenBijHunFase() throws {
        let methode = try MethodeLader.standaard()
        let ids = methode.fasen.flatMap(\.alleActies).map(\.id)
        #expect(ids.count > 50)
        #expect(Set(ids).count == ids.count)
        for fase in methode.fasen {
            for a in fase.procesregie { #expect(a.id.hasPrefix("\(fase.id).p"), "\(a.id) in fase \(fase.id)") }
            for a in fase.casusregie { #expect(a.id.hasPrefix("\(fase.id).c"), "\(a.id) in fase \(fase.id)") }
        }
        #expect(methode.fase("1")?.alleActies.map(\.id) == ["1.p1", "1.p2", "1.p3", "1.p4", "1.c1", "1.c2", "1.c3", "1.c4"])
    }

    @Test func vijfNiveaus() throws {
        let methode = try MethodeLader.standaard()
        #expect(methode.regiekaart.niveaus.map(\.niveau) == [1, 2, 3, 4, 5])
        #expect(methode.niveau(0) == nil)
        #expect(methode.niveau(6) == nil)
        #expect(methode.niveau(1)?.procesregie.profiel == nil)
        #expect(methode.niveau(5)?.casusregie.profiel == .bPlus)
        #expect(methode.niveau(5)?.opschalen == [])
    }

    @Test func veiligheidsplanVerplichtVanafNiveau3() throws {
        let methode = try MethodeLader.standaard()
        let vp = methode.regiekaart.niveaus.map(\.plannen.veiligheidsplan)
        #expect(vp == [.nietNodig, .nietNodig, .verplicht, .verplicht, .verplicht])
        let op = methode.regiekaart.niveaus.map(\.plannen.ondersteuningsplan)
        #expect(op == [.naarBehoefte, .verplicht, .verplicht, .verplicht, .verplicht])
    }

    @Test func schaalcriteriaWijzenDeGoedeKantOp() throws {
        let methode = try MethodeLader.standaard()
        var ids: [String] = []
        for niveau in methode.regiekaart.niveaus {
            for c in niveau.opschalen {
                ids.append(c.id)
                // The own level only where another regisseur may take over (n2.op.2).
                #expect(c.naar.niveaus.allSatisfy { $0 > niveau.niveau || ($0 == niveau.niveau && c.id == "n2.op.2") }, "\(c.id)")
                #expect(!c.naar.niveaus.isEmpty || c.naar.escalatie != nil, "\(c.id)")
            }
            for c in niveau.afschalen {
                ids.append(c.id)
                #expect(c.naar.niveaus.allSatisfy { $0 < niveau.niveau }, "\(c.id)")
            }
        }
        #expect(Set(ids).count == ids.count)
        #expect(methode.niveau(2)?.opschalen.first { $0.id == "n2.op.1" }?.naar.niveaus == [3])
        #expect(methode.niveau(2)?.opschalen.first { $0.id == "n2.op.3" }?.naar.escalatie == "manager")
    }

    @Test func meldcode() throws {
        let m = try MethodeLader.standaard().meldcode
        #expect(m.start == "a1")
        #expect(m.afwegingen.map(\.id) == ["a1", "a2", "a3", "a4", "a5"])
        #expect(m.afwegingen.map(\.nummer) == [1, 2, 3, 4, 5])
        #expect(Set(m.besluiten.map(\.id)) == ["afsluiten", "melden", "hulp-vervolgen"])
        #expect(m.afweging("a1")?.ja == Gevolg(naar: "a2"))
        #expect(m.afweging("a1")?.nee == Gevolg(besluit: "afsluiten"))
        #expect(m.stappen.map(\.id).first == "0")
        #expect(!m.levensbedreigend.isEmpty)
    }

    @Test func criteria() throws {
        let c = try MethodeLader.standaard().criteria
        #expect(c.startcriteria.map(\.id) == ["s1", "s2", "s3", "s4", "s5", "s6", "s7", "s8", "s9"])
        #expect(c.verwijsindex.count == 12)
        #expect(c.startcriteria.first?.groep == "Alle huishoudens")
    }
}
