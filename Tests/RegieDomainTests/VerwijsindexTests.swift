import Foundation
import Testing
@testable import RegieDomain
import RegieMethode

/// Verwijsindex signals per young person: the five working days after a match, telling the
/// young person and the legal representative, the age limit, and old files without signals.
@Suite("Verwijsindex")
struct VerwijsindexTests {
    let donderdag5 = Datum(jaar: 2026, maand: 3, dag: 5)!
    let vrijdag27feb = Datum(jaar: 2026, maand: 2, dag: 27)!

    /// A complete signal for Bram (15): risk, date, both told, a match and the overleg in time.
    func dossier(_ signaal: Verwijsindexsignaal) -> Dossier {
        var d = Proef.dossier()
        let i = d.gezinsleden.firstIndex { $0.id == Proef.zoon }!
        d.gezinsleden[i].geboortedatum = Datum(jaar: 2010, maand: 6, dag: 1)
        d.gezinsleden[i].gezag = "moeder"
        d.gezinsleden[i].verwijsindexSignalen = [signaal]
        return d
    }

    func compleet() -> Verwijsindexsignaal {
        Verwijsindexsignaal(id: "s1", criterium: "v5", datum: dag(-20), jeugdigeGeinformeerd: .ja,
                            vertegenwoordigerGeinformeerd: .ja, matchdatum: dag(-10), overlegdatum: dag(-8))
    }

    func bevindingen(_ d: Dossier, op dag: Datum = vandaag) throws -> [Bevinding] {
        try d.verwijsindexBevindingen(standaardMethode(), vandaag: dag)
    }

    @Test func vijfWerkdagenSlaanHetWeekendOver() {
        #expect(vandaag.weekdagnaam == "donderdag")
        #expect(Verwijsindexsignaal.werkdagen(1, na: Datum(jaar: 2026, maand: 3, dag: 6)!) == Datum(jaar: 2026, maand: 3, dag: 9))
        #expect(Verwijsindexsignaal.werkdagen(5, na: donderdag5) == Datum(jaar: 2026, maand: 3, dag: 12))
        #expect(Verwijsindexsignaal.werkdagen(5, na: vrijdag27feb) == Datum(jaar: 2026, maand: 3, dag: 6))
        #expect(Verwijsindexsignaal.werkdagen(5, na: Datum(jaar: 2026, maand: 3, dag: 7)!) == Datum(jaar: 2026, maand: 3, dag: 13),
                "een match op zaterdag: de vijf werkdagen beginnen maandag")
    }

    @Test func eenCompleetSignaalGeeftNiets() throws {
        let d = dossier(compleet())
        #expect(try bevindingen(d) == [])
        #expect(try d.planCheck(standaardMethode(), vandaag: vandaag) == [], "de plancheck blijft stil")
    }

    @Test func eenMatchZonderOverlegWordtNaVijfWerkdagenGemeld() throws {
        var s = compleet()
        s.matchdatum = vrijdag27feb
        s.overlegdatum = nil
        let d = dossier(s)
        // Friday 27 February + 5 working days = Friday 6 March, not Wednesday 4 March.
        #expect(try bevindingen(d, op: donderdag5) == [])
        #expect(try bevindingen(d, op: Datum(jaar: 2026, maand: 3, dag: 6)!) == [])
        let maandag = Datum(jaar: 2026, maand: 3, dag: 9)!
        let b = try bevindingen(d, op: maandag)
        #expect(b == [Bevinding(.verwijsindexOverlegTeLaat, .gezinslid(Proef.zoon),
                                "Na de match van 27-02-2026 voor Bram Proef is nog geen overleg vastgelegd; dat moest uiterlijk 06-03-2026 (binnen vijf werkdagen).")])
        #expect(try d.planCheck(standaardMethode(), vandaag: maandag).contains(b[0]), "de plancheck neemt het over")
    }

    @Test func eenTeLaatOverlegWordtGemeld() throws {
        var s = compleet()
        s.matchdatum = vrijdag27feb
        s.overlegdatum = Datum(jaar: 2026, maand: 3, dag: 9)
        #expect(try bevindingen(dossier(s)) == [Bevinding(.verwijsindexOverlegTeLaat, .gezinslid(Proef.zoon),
            "Het overleg na de match van 27-02-2026 voor Bram Proef was op 09-03-2026; dat had uiterlijk 06-03-2026 moeten zijn (binnen vijf werkdagen).")])
        s.overlegdatum = Datum(jaar: 2026, maand: 3, dag: 6)
        #expect(try bevindingen(dossier(s)) == [])
    }

    @Test func nietVerteldIsEenWaarschuwingBijEenMatchEnAndersEenTip() throws {
        var s = compleet()
        s.vertegenwoordigerGeinformeerd = .nee
        #expect(try bevindingen(dossier(s)) == [Bevinding(.verwijsindexNietGeinformeerd, .gezinslid(Proef.zoon),
            "Er is een match op het Verwijsindex-signaal voor Bram Proef, maar de wettelijk vertegenwoordiger is nog niet geïnformeerd; dat moet uiterlijk bij een match.")])
        s.matchdatum = nil
        s.overlegdatum = nil
        s.jeugdigeGeinformeerd = nil
        #expect(try bevindingen(dossier(s)) == [Bevinding(.verwijsindexNogInformeren, .gezinslid(Proef.zoon),
            "Informeer bij het Verwijsindex-signaal voor Bram Proef ook de jeugdige en de wettelijk vertegenwoordiger, uiterlijk bij een match.")])
    }

    @Test func eenSignaalVanaf23JaarIsEenFout() throws {
        var d = dossier(compleet())
        let i = d.gezinsleden.firstIndex { $0.id == Proef.zoon }!
        // 23 on the day of the signal (dag(-20) = 13-02-2026).
        d.gezinsleden[i].geboortedatum = Datum(jaar: 2003, maand: 2, dag: 13)
        #expect(try bevindingen(d) == [Bevinding(.verwijsindexTeOud, .gezinslid(Proef.zoon),
            "Bram Proef was 23 jaar bij het Verwijsindex-signaal; de Verwijsindex is alleen voor jongeren tot 23 jaar.")])
        #expect(try d.planCheck(standaardMethode(), vandaag: vandaag).first?.ernst == .fout)
        d.gezinsleden[i].geboortedatum = Datum(jaar: 2003, maand: 2, dag: 14)
        #expect(try bevindingen(d) == [], "een dag voor de 23e verjaardag mag het nog")
    }

    @Test func geenRisicoOfDatumWordtGemeld() throws {
        var s = compleet()
        s.criterium = ""
        s.datum = nil
        let b = try bevindingen(dossier(s))
        #expect(b.map(\.melding) == ["Bij het Verwijsindex-signaal voor Bram Proef staat geen risico uit de criteria.",
                                      "Bij het Verwijsindex-signaal voor Bram Proef staat geen datum."])
    }

    @Test func oudeBestandenLadenZonderSignalenEnStartreden() throws {
        let d = try JSONDecoder().decode(Dossier.self, from: Data(OudFormaatTests.oud.utf8))
        #expect(d.gezinsleden.allSatisfy { $0.verwijsindexSignalen.isEmpty })
        #expect(d.proces.startcriteria == ["s1"])
        #expect(d.proces.startcriteriaNiet == [])
        #expect(d.proces.startreden == "")
    }

    @Test func signalenEnStartcriteriaGaanHeenEnTerug() throws {
        var d = dossier(compleet())
        d.proces.startcriteriaNiet = ["s2", "s3"]
        d.proces.startreden = "Drie hulpverleners en niemand houdt het overzicht."
        let terug = try JSONDecoder().decode(Dossier.self, from: JSONEncoder().encode(d))
        #expect(terug == d)
    }
}
