import Foundation
import Testing
@testable import RegieDomain
import RegieMethode

@Suite("Afwegingskader")
struct AfwegingskaderTests {
    func antwoorden(_ paren: (String, JaNee)...) -> [AfwegingAntwoord] {
        paren.enumerated().map { i, p in
            AfwegingAntwoord(afweging: p.0, antwoord: p.1, datum: dag(i), door: "Rita Regie")
        }
    }

    func stand(_ a: [AfwegingAntwoord]) throws -> Afwegingsstand {
        try standaardMethode().meldcode.stand(antwoorden: a)
    }

    @Test func zonderAntwoordenIsDeStartvraagOpen() throws {
        let s = try stand([])
        #expect(s.open?.id == "a1")
        #expect(s.open?.nummer == 1)
        #expect(s.besluit == nil)
        #expect(s.pad.isEmpty)
    }

    @Test func a1NeeSluitAf() throws {
        let s = try stand(antwoorden(("a1", .nee)))
        #expect(s.open == nil)
        #expect(s.besluit?.id == "afsluiten")
        #expect(s.besluit?.tekst.contains("Sluit af") == true)
        #expect(s.pad.map(\.afweging.id) == ["a1"])
        #expect(s.pad.map(\.antwoord) == [.nee])
    }

    @Test func a1JaA2JaMelden() throws {
        let s = try stand(antwoorden(("a1", .ja), ("a2", .ja)))
        #expect(s.open == nil)
        #expect(s.besluit?.id == "melden")
        #expect(s.besluit?.tekst.contains("Veilig Thuis") == true)
        #expect(s.pad.map(\.afweging.id) == ["a1", "a2"])
    }

    @Test func a1JaIsA2Open() throws {
        let s = try stand(antwoorden(("a1", .ja)))
        #expect(s.open?.id == "a2")
        #expect(s.besluit == nil)
        #expect(s.pad.count == 1)
        #expect(s.pad.first?.gevolg.naar == "a2")
    }

    @Test func helePadNaarHulpVervolgen() throws {
        let s = try stand(antwoorden(("a1", .ja), ("a2", .nee), ("a3", .ja), ("a4", .ja), ("a5", .ja)))
        #expect(s.open == nil)
        #expect(s.besluit?.id == "hulp-vervolgen")
        #expect(s.pad.map(\.afweging.id) == ["a1", "a2", "a3", "a4", "a5"])
        #expect(s.pad.map(\.antwoord) == [.ja, .nee, .ja, .ja, .ja])
        #expect(s.pad[3].gevolg.tekst == "Bied hulp of organiseer die.")
    }

    @Test(arguments: [
        ("a3", JaNee.nee), ("a4", .nee), ("a5", .nee),
    ])
    func andereWegenNaarMelden(vraag: String, antwoord: JaNee) throws {
        let alles: [(String, JaNee)] = [("a1", .ja), ("a2", .nee), ("a3", .ja), ("a4", .ja), ("a5", .ja)]
        let tot = alles.prefix { $0.0 != vraag }.map { $0 } + [(vraag, antwoord)]
        let a = tot.enumerated().map { i, p in AfwegingAntwoord(afweging: p.0, antwoord: p.1, datum: dag(i), door: "Rita") }
        let s = try stand(a)
        #expect(s.besluit?.id == "melden")
        #expect(s.pad.last?.afweging.id == vraag)
    }

    @Test func laatsteAntwoordTelt() throws {
        let eerstNeeDanJa = try stand(antwoorden(("a1", .nee), ("a1", .ja)))
        #expect(eerstNeeDanJa.besluit == nil)
        #expect(eerstNeeDanJa.open?.id == "a2")
        #expect(eerstNeeDanJa.pad.map(\.antwoord) == [.ja])

        let eerstJaDanNee = try stand(antwoorden(("a1", .ja), ("a2", .ja), ("a1", .nee)))
        #expect(eerstJaDanNee.besluit?.id == "afsluiten")
        #expect(eerstJaDanNee.pad.count == 1)

        let a2Herzien = try stand(antwoorden(("a1", .ja), ("a2", .ja), ("a3", .ja), ("a2", .nee)))
        #expect(a2Herzien.besluit == nil)
        #expect(a2Herzien.open?.id == "a4")
    }

    @Test func antwoordenBuitenHetPadTellenNiet() throws {
        let s = try stand(antwoorden(("a3", .ja), ("a4", .ja), ("a1", .nee)))
        #expect(s.besluit?.id == "afsluiten")
        #expect(s.pad.map(\.afweging.id) == ["a1"])
        let zonderStart = try stand(antwoorden(("a2", .ja), ("a5", .ja)))
        #expect(zonderStart.open?.id == "a1")
        #expect(zonderStart.besluit == nil)
    }

    @Test func demo() throws {
        let d = Voorbeeld.demo(vandaag: vandaag)
        let s = try stand(try #require(d.proces.meldcode.last).antwoorden)
        #expect(s.open?.id == "a3")
        #expect(s.besluit == nil)
    }

    @Test func kringloopStopt() {
        let kader = Meldcode(
            levensbedreigend: "", stappen: [],
            afwegingen: [Afweging(id: "x", nummer: 1, vraag: "X?", ja: Gevolg(naar: "y"), nee: Gevolg(besluit: "b")),
                         Afweging(id: "y", nummer: 2, vraag: "Y?", ja: Gevolg(naar: "x"), nee: Gevolg(besluit: "b"))],
            besluiten: [Besluit(id: "b", tekst: "B")], start: "x")
        let s = kader.stand(antwoorden: [AfwegingAntwoord(afweging: "x", antwoord: .ja, datum: vandaag, door: ""),
                                         AfwegingAntwoord(afweging: "y", antwoord: .ja, datum: vandaag, door: "")])
        #expect(s.open == nil)
        #expect(s.besluit == nil)
        #expect(s.pad.map(\.afweging.id) == ["x", "y"])
        let nee = kader.stand(antwoorden: [AfwegingAntwoord(afweging: "x", antwoord: .ja, datum: vandaag, door: ""),
                                           AfwegingAntwoord(afweging: "y", antwoord: .nee, datum: vandaag, door: "")])
        #expect(nee.besluit?.id == "b")
    }

    @Test func onbekendeStartGeeftNiets() {
        let kader = Meldcode(levensbedreigend: "", stappen: [], afwegingen: [], besluiten: [], start: "weg")
        let s = kader.stand(antwoorden: [])
        #expect(s.open == nil && s.besluit == nil && s.pad.isEmpty)
    }
}
