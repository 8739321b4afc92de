import Foundation
import Testing
@testable import RegieDomain

@Suite("Datum en Tijd")
struct DatumTests {
    // MARK: - Datum(jaar:maand:dag:)

    @Test func geldigeDatumBewaartDelen() throws {
        let d = try #require(Datum(jaar: 2026, maand: 11, dag: 23))
        #expect(d.jaar == 2026)
        #expect(d.maand == 11)
        #expect(d.dag == 23)
    }

    @Test(arguments: [
        (2026, 2, 31), (2026, 2, 29), (2025, 2, 29), (2100, 2, 29), (2026, 4, 31), (2026, 6, 31),
        (2026, 9, 31), (2026, 11, 31), (2026, 13, 1), (2026, 0, 1), (2026, 1, 0), (2026, 1, 32),
        (1899, 12, 31), (2201, 1, 1), (-1, 1, 1),
    ])
    func ongeldigeDatumIsNil(jaar: Int, maand: Int, dag: Int) {
        #expect(Datum(jaar: jaar, maand: maand, dag: dag) == nil)
    }

    @Test(arguments: [(2028, 2, 29), (2000, 2, 29), (2024, 2, 29), (1900, 1, 1), (2200, 12, 31), (2026, 12, 31), (2026, 4, 30)])
    func grensgevallenZijnGeldig(jaar: Int, maand: Int, dag: Int) {
        #expect(Datum(jaar: jaar, maand: maand, dag: dag) != nil)
    }

    @Test func dagenInMaand() {
        #expect(Datum.dagenInMaand(jaar: 2026, maand: 1) == 31)
        #expect(Datum.dagenInMaand(jaar: 2026, maand: 2) == 28)
        #expect(Datum.dagenInMaand(jaar: 2028, maand: 2) == 29)
        #expect(Datum.dagenInMaand(jaar: 1900, maand: 2) == 28)
        #expect(Datum.dagenInMaand(jaar: 2000, maand: 2) == 29)
        #expect(Datum.dagenInMaand(jaar: 2026, maand: 4) == 30)
        #expect(Datum.dagenInMaand(jaar: 2026, maand: 12) == 31)
    }

    // MARK: - Invoer "dd-mm-jjjj"

    @Test(arguments: [
        ("23-11-2026", 2026, 11, 23),
        ("3-9-2026", 2026, 9, 3),
        ("03-09-2026", 2026, 9, 3),
        ("3/9/2026", 2026, 9, 3),
        ("23/11/2026", 2026, 11, 23),
        ("23.11.2026", 2026, 11, 23),
        ("  5-3-2026 ", 2026, 3, 5),
        ("29-02-2028", 2028, 2, 29),
        ("31-12-2026", 2026, 12, 31),
    ])
    func invoerWordtGelezen(tekst: String, jaar: Int, maand: Int, dag: Int) throws {
        let d = try #require(Datum(invoer: tekst))
        #expect(d == Datum(jaar: jaar, maand: maand, dag: dag)!)
    }

    @Test(arguments: [
        "31-02-2026", "29-02-2025", "30-02-2028", "31-04-2026", "00-01-2026", "01-13-2026", "32-01-2026",
        "", "   ", "morgen", "23-11", "23-11-26", "2026-11-23", "23-11-02026", "123-1-2026", "1-123-2026",
        "aa-bb-cccc", "23 11 2026", "23-11-2026-1", "1-1-1899", "1-1-2201", "3--9-2026", "-3-9-2026", "3-9-2026-",
    ])
    func onzinnigeInvoerIsNil(tekst: String) {
        #expect(Datum(invoer: tekst) == nil, "\"\(tekst)\" had niet gelezen mogen worden")
    }

    // MARK: - ISO

    @Test func isoEnTekst() throws {
        let d = try #require(Datum(jaar: 2026, maand: 3, dag: 5))
        #expect(d.iso == "2026-03-05")
        #expect(d.tekst == "05-03-2026")
        #expect(d.description == "05-03-2026")
        #expect("\(d)" == "05-03-2026")
    }

    @Test(arguments: ["2026-03-05", "2028-02-29", "1900-01-01", "2200-12-31", "2026-12-31"])
    func isoHeenEnTerug(iso: String) throws {
        let d = try #require(Datum(iso: iso))
        #expect(d.iso == iso)
        #expect(Datum(invoer: d.tekst) == d)
    }

    @Test(arguments: ["2026-3-5", "26-03-05", "2026-02-30", "2025-02-29", "2026/03/05", "05-03-2026", "2026-03-05x",
                      "2026-03", "", "abcd-ef-gh", "2026-13-01", "2026--3-05"])
    func ongeldigeIsoIsNil(iso: String) {
        #expect(Datum(iso: iso) == nil)
    }

    // MARK: - Rekenen

    @Test func dagnummerBegintIn1970() throws {
        #expect(try #require(Datum(jaar: 1970, maand: 1, dag: 1)).dagnummer == 0)
        #expect(try #require(Datum(jaar: 1970, maand: 1, dag: 2)).dagnummer == 1)
        #expect(try #require(Datum(jaar: 1969, maand: 12, dag: 31)).dagnummer == -1)
        #expect(try #require(Datum(jaar: 2000, maand: 3, dag: 1)).dagnummer == 11017)
        #expect(Datum(dagnummer: 0) == Datum(jaar: 1970, maand: 1, dag: 1))
    }

    @Test func dagnummerHeenEnTerugVoorVeleDagen() throws {
        var d = try #require(Datum(jaar: 2023, maand: 12, dag: 1))
        for _ in 0..<1200 {
            let volgende = try #require(d.plus(dagen: 1))
            #expect(volgende.dagnummer == d.dagnummer + 1)
            #expect(d < volgende)
            #expect(Datum(dagnummer: volgende.dagnummer) == volgende)
            d = volgende
        }
        #expect(d == Datum(jaar: 2027, maand: 3, dag: 15))
    }

    @Test(arguments: [
        ((2026, 1, 31), 1, (2026, 2, 1)),
        ((2026, 2, 28), 1, (2026, 3, 1)),
        ((2028, 2, 28), 1, (2028, 2, 29)),
        ((2028, 2, 29), 1, (2028, 3, 1)),
        ((2026, 12, 31), 1, (2027, 1, 1)),
        ((2027, 1, 1), -1, (2026, 12, 31)),
        ((2026, 3, 1), -1, (2026, 2, 28)),
        ((2026, 3, 5), 0, (2026, 3, 5)),
        ((2026, 3, 5), 14, (2026, 3, 19)),
        ((2026, 3, 5), -21, (2026, 2, 12)),
        ((2026, 12, 20), 20, (2027, 1, 9)),
        ((2026, 1, 1), 365, (2027, 1, 1)),
        ((2028, 1, 1), 365, (2028, 12, 31)),
    ])
    func plusDagen(van: (Int, Int, Int), dagen: Int, naar: (Int, Int, Int)) throws {
        let begin = try #require(Datum(jaar: van.0, maand: van.1, dag: van.2))
        let verwacht = try #require(Datum(jaar: naar.0, maand: naar.1, dag: naar.2))
        #expect(begin.plus(dagen: dagen) == verwacht)
    }

    @Test func plusDagenBuitenBereikIsNil() throws {
        #expect(try #require(Datum(jaar: 2200, maand: 12, dag: 31)).plus(dagen: 1) == nil)
        #expect(try #require(Datum(jaar: 1900, maand: 1, dag: 1)).plus(dagen: -1) == nil)
    }

    @Test func vergelijken() throws {
        let a = try #require(Datum(jaar: 2026, maand: 3, dag: 5))
        let b = try #require(Datum(jaar: 2026, maand: 3, dag: 6))
        let c = try #require(Datum(jaar: 2026, maand: 4, dag: 1))
        let d = try #require(Datum(jaar: 2027, maand: 1, dag: 1))
        #expect(a < b && b < c && c < d)
        #expect(!(b < a))
        #expect(!(a < a))
        #expect([d, b, a, c].sorted() == [a, b, c, d])
    }

    // MARK: - Tijd

    @Test(arguments: [("14:30", 14, 30), ("9:05", 9, 5), ("09:05", 9, 5), ("14.30", 14, 30), (" 0:00 ", 0, 0), ("23:59", 23, 59)])
    func tijdWordtGelezen(tekst: String, uur: Int, minuut: Int) throws {
        let t = try #require(Tijd(invoer: tekst))
        #expect(t.uur == uur)
        #expect(t.minuut == minuut)
    }

    @Test(arguments: ["24:00", "12:60", "12:5", "1430", "", "abc", "12:30:00", "123:00", "-1:00", "12-30", "aa:bb"])
    func ongeldigeTijdIsNil(tekst: String) {
        #expect(Tijd(invoer: tekst) == nil, "\"\(tekst)\" had niet gelezen mogen worden")
    }

    @Test func tijdTekstEnVolgorde() throws {
        let t = try #require(Tijd(uur: 9, minuut: 5))
        #expect(t.tekst == "09:05")
        #expect(try #require(Tijd(uur: 14, minuut: 30)).tekst == "14:30")
        #expect(Tijd(uur: 24, minuut: 0) == nil)
        #expect(Tijd(uur: 0, minuut: 60) == nil)
        #expect(Tijd(uur: 9, minuut: 59)! < Tijd(uur: 10, minuut: 0)!)
        #expect(Tijd(uur: 10, minuut: 0)! < Tijd(uur: 10, minuut: 1)!)
        #expect(Tijd(invoer: t.tekst) == t)
    }
}

@Suite("Sleutel")
struct SleutelTests {
    @Test func nieuweSleutelIsGeldig() {
        for _ in 0..<200 {
            let s = Sleutel.nieuw()
            #expect(s.count == 10)
            #expect(Sleutel.isGeldig(s))
        }
        #expect(Sleutel.nieuw(lengte: 4).count == 4)
        #expect(Sleutel.nieuw() != Sleutel.nieuw())
    }

    @Test(arguments: ["abc", "familie-jansen", "a_b", "x1", "9", String(repeating: "a", count: 64)])
    func geldig(s: String) { #expect(Sleutel.isGeldig(s)) }

    @Test(arguments: ["", "../x", "..", ".verborgen", "-a", "_a", "A", "abc/def", "a b", "é", "a.json",
                      String(repeating: "a", count: 65), "a\tb"])
    func ongeldig(s: String) { #expect(!Sleutel.isGeldig(s)) }
}
