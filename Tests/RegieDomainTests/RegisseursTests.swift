import Foundation
import Testing
@testable import RegieDomain
import RegieMethode

/// Regisseurs with a competence profile and a period; the handover of the procesregie
/// (6a.p1); the plan check's rules about them; the terms a text of the method uses.
@Suite("Regisseurs, profielen en begrippen")
struct RegisseursTests {
    @Test("een regisseur uit een oud bestand laadt zonder profiel en zonder datums, en heeft de regie")
    func oudBestand() throws {
        #expect(!OudFormaatTests.oud.contains("\"profiel\"") && !OudFormaatTests.oud.contains("\"vanaf\"")
                && !OudFormaatTests.oud.contains("\"tot\""))
        let d = try JSONDecoder().decode(Dossier.self, from: Data(OudFormaatTests.oud.utf8))
        let rita = try #require(d.regisseurs.first)
        #expect(rita.naam == "Rita" && rita.profiel == nil && rita.vanaf == nil && rita.tot == nil)
        #expect(d.procesregisseurs.map(\.naam) == ["Rita"])
        let terug = try JSONDecoder().decode(Dossier.self, from: JSONEncoder().encode(d))
        #expect(terug == d)
    }

    @Test("profiel en periode gaan heen en terug")
    func codable() throws {
        let r = Regisseur(id: "r", naam: "Rita", rol: .casus, profiel: .bPlus, vanaf: dag(-10), tot: dag(5))
        let terug = try JSONDecoder().decode(Regisseur.self, from: JSONEncoder().encode(r))
        #expect(terug == r)
        #expect(String(decoding: try JSONEncoder().encode(r), as: UTF8.self).contains("\"profiel\":\"B+\""))
    }

    @Test("een hoger profiel past ook bij een niveau dat een lager vraagt")
    func profielPast() {
        #expect(Competentieprofiel.bPlus.past(bij: .b) && Competentieprofiel.b.past(bij: .b) && Competentieprofiel.b.past(bij: .a))
        #expect(!Competentieprofiel.a.past(bij: .b) && !Competentieprofiel.b.past(bij: .bPlus))
    }

    @Test("de procesregie overdragen: de oude krijgt een einddatum, de nieuwe een begindatum; het plan zegt sinds en tot")
    func overdracht() throws {
        var d = Proef.dossier()
        d.regisseurs[0].vanaf = dag(-30)
        let fout = d.draagProcesregieOver(aan: Regisseur(naam: " Piet PGA ", rol: .casus, organisatie: "Gemeente", profiel: .bPlus), vanaf: dag(3))
        #expect(fout == nil)
        #expect(d.regisseurs.count == 3)
        #expect(d.regisseurs[0].tot == dag(3) && d.regisseurs[0].vanaf == dag(-30))
        let piet = try #require(d.regisseurs.last)
        #expect(piet.naam == "Piet PGA" && piet.rol == .proces && piet.vanaf == dag(3) && piet.tot == nil && piet.profiel == .bPlus)
        #expect(d.procesregisseurs.map(\.naam) == ["Piet PGA"])
        #expect(d.casusregisseurs.map(\.naam) == ["Carla Casus"])
        #expect(piet.rolMetPeriode == "procesregisseur sinds \(dag(3).tekst)")
        #expect(d.regisseurs[0].rolMetPeriode == "procesregisseur sinds \(dag(-30).tekst) tot \(dag(3).tekst)")
        // The one who handed over is history: no finding about two procesregisseurs.
        let m = try standaardMethode()
        #expect(!d.planCheck(m, vandaag: vandaag).contains { $0.regel == .meerProcesregisseurs })
    }

    @Test("een overdracht zonder naam, aan wie de regie al heeft, of vóór het begin van de huidige wordt geweigerd")
    func overdrachtGeweigerd() {
        var d = Proef.dossier()
        d.regisseurs[0].vanaf = dag(-5)
        let voor = d
        #expect(d.draagProcesregieOver(aan: Regisseur(naam: "  ", rol: .proces), vanaf: vandaag) == "Vul de naam in van wie de procesregie overneemt.")
        #expect(d.draagProcesregieOver(aan: Regisseur(naam: "rita regie", rol: .proces), vanaf: vandaag) == "rita regie heeft de procesregie al.")
        #expect(d.draagProcesregieOver(aan: Regisseur(naam: "Piet", rol: .proces), vanaf: dag(-6))
                == "Rita Regie heeft de procesregie sinds \(dag(-5).tekst); de overdracht kan niet eerder zijn.")
        #expect(d == voor)
    }

    @Test("niveau 1 vraagt geen casusregisseur; een afgesloten huishouden wordt niet meer op regisseurs gecontroleerd")
    func geenCasusregisseurNodig() throws {
        let m = try standaardMethode()
        var d = Proef.dossier()
        d.regisseurs.removeAll { $0.rol == .casus }
        #expect(d.planCheck(m, vandaag: vandaag).contains { $0.regel == .geenCasusregisseur })
        d.proces.niveau = 1
        #expect(!d.planCheck(m, vandaag: vandaag).contains { $0.regel == .geenCasusregisseur })
        // Level 1 asks no profile for procesregie: a procesregisseur without one is no finding.
        d.regisseurs[0].profiel = nil
        #expect(!d.planCheck(m, vandaag: vandaag).contains { $0.regel == .profielOnbekend })
    }

    @Test("het profiel wordt per rol vergeleken met wat het niveau vraagt; wie de regie overdroeg telt niet mee")
    func profielPerRol() throws {
        let m = try standaardMethode()
        var d = Proef.dossier()
        d.proces.niveau = 4
        d.regisseurs[0].profiel = .b    // procesregie on level 4 asks B+
        let b = d.planCheck(m, vandaag: vandaag).filter { $0.regel == .profielPastNiet }
        #expect(b.map(\.melding) == ["Rita Regie (procesregisseur) heeft competentieprofiel B; niveau 4 vraagt voor de procesregie B+."])
        #expect(b.first?.plaats == .regisseur(d.regisseurs[0].id) && b.first?.ernst == .waarschuwing)
        d.regisseurs[0].tot = dag(-1)
        d.regisseurs.append(Regisseur(naam: "Piet PGA", rol: .proces, profiel: .bPlus, vanaf: dag(-1)))
        #expect(!d.planCheck(m, vandaag: vandaag).contains { $0.regel == .profielPastNiet })
        d.regisseurs[1].profiel = nil
        let onbekend = d.planCheck(m, vandaag: vandaag).filter { $0.regel == .profielOnbekend }
        #expect(onbekend.map(\.melding) == ["Bij Carla Casus (casusregisseur) staat geen competentieprofiel; niveau 4 vraagt voor de casusregie B+."])
        #expect(onbekend.first?.ernst == .hint)
        #expect(onbekend.first?.plaats == .regisseur(d.regisseurs[1].id))
        #expect(onbekend.first?.plaats.tekst(in: d) == "Regisseur Carla Casus")
    }

    @Test("het voorbeeldhuishouden heeft regisseurs die bij zijn niveau passen")
    func demo() throws {
        let m = try standaardMethode()
        let b = Voorbeeld.demo(vandaag: vandaag).planCheck(m, vandaag: vandaag)
        #expect(!b.contains { [.geenCasusregisseur, .profielPastNiet, .profielOnbekend].contains($0.regel) }, "\(b.map(\.code))")
        // Variants of the demo (level 3) that have the problem.
        func codes(_ wijzig: (inout Dossier) -> Void) -> [Controleregel] {
            var d = Voorbeeld.demo(vandaag: vandaag)
            wijzig(&d)
            return d.planCheck(m, vandaag: vandaag).map(\.regel).filter { [.geenCasusregisseur, .profielPastNiet, .profielOnbekend].contains($0) }
        }
        #expect(codes { $0.regisseurs.removeAll { $0.rol == .casus } } == [.geenCasusregisseur])
        #expect(codes { $0.regisseurs[0].profiel = .a } == [.profielPastNiet])
        #expect(codes { $0.regisseurs[1].profiel = nil } == [.profielOnbekend])
        // Thijs hands his casusregie over without a successor: none left.
        #expect(codes { $0.regisseurs[1].tot = vandaag } == [.geenCasusregisseur])
    }

    @Test("de begrippen die een tekst gebruikt, als hele woorden")
    func begrippenInTekst() throws {
        let m = try standaardMethode()
        let niveau4 = try #require(m.niveau(4))
        let tekst4 = [niveau4.omschrijving, niveau4.casusregie.wie, niveau4.procesregie.wie].joined(separator: " ") + niveau4.inzet.joined(separator: ", ")
        let termen4 = m.begrippen(in: tekst4).map(\.term)
        for t in ["PGA-expert", "SAVE", "GI", "OOV-ambtenaar", "Veilig Thuis", "Adviseur zorg- en veiligheidshuis", "Reclassering"] {
            #expect(termen4.contains(t), "\(t) in \(termen4)")
        }
        let niveau5 = try #require(m.niveau(5))
        let termen5 = m.begrippen(in: niveau5.inzet.joined(separator: ", ")).map(\.term)
        #expect(termen5.contains("Driehoek") && termen5.contains("RIEC") && termen5.contains("GGD GHOR"), "\(termen5)")
        // Only whole words: "GI" is not in "GGD" nor in "GIRO"; a common word is not looked for.
        #expect(m.begrippen(in: "De GGD belt over de GIRO-rekening.").map(\.term) == [])
        #expect(!m.begrippen(in: "De klant en het huishouden.").contains { $0.term == "Klant" || $0.term == "Huishouden" })
        #expect(Begrip(term: "X", betekenis: "y", zoek: ["MDA++"]).komtVoor(in: "samen met MDA++, en meer"))
    }
}
