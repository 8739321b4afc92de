import Foundation
import RegieDomain
import Testing
@testable import RegieExport

/// Actions that repeat in what leaves the program: the plan document (Markdown, PDF) names
/// the rhythm and where it stands, and the agenda file gives each a recurrence rule.
@Suite("Herhaalde acties in de export")
struct HerhalingExportTests {
    static func d(_ s: String) -> Datum { Datum(invoer: s)! }

    /// The demo plan with three actions that repeat added to its first goal: weekly on
    /// Monday 9:00 until 1 March (its first time, 16-11, missed), every other Tuesday, and
    /// monthly on the 31st at 9:00 until 31 July 2027.
    static func dossier() -> (Dossier, [Actie]) {
        var d = plan()
        let wie = d.gezinsleden[0].id
        let acties = [
            Actie(id: "week", wie: wie, wat: "Mevr. Smit belt", wanneer: Self.d("16-11-2026"),
                  herhaling: Herhaling(ritme: .week, tot: Self.d("01-03-2027"), tijd: Tijd(invoer: "9:00"))),
            Actie(id: "tweeweken", wie: wie, wat: "Weekplanning maken", wanneer: Self.d("24-11-2026"), herhaling: Herhaling(ritme: .tweeWeken)),
            Actie(id: "maand", wie: wie, wat: "Budget bijhouden", wanneer: Self.d("31-12-2026"), gedaan: nil,
                  herhaling: Herhaling(ritme: .maand, tot: Self.d("31-07-2027"), tijd: Tijd(invoer: "9:00"))),
        ]
        d.plan.doelen[0].acties += acties
        return (d, acties)
    }

    /// The lines after unfolding (RFC 5545 3.1).
    func regels(_ tekst: String) -> [String] {
        tekst.replacingOccurrences(of: "\r\n ", with: "").components(separatedBy: "\r\n").filter { !$0.isEmpty }
    }

    /// The lines of the event with this UID.
    func gebeurtenis(_ r: [String], _ uid: String) -> [String] {
        guard let begin = r.firstIndex(of: "UID:\(uid)") else { return [] }
        let start = r[..<begin].lastIndex(of: "BEGIN:VEVENT")!
        let einde = r[begin...].firstIndex(of: "END:VEVENT")!
        return Array(r[start...einde])
    }

    @Test("Markdown: het ritme, gemist of volgende, de laatste keer gedaan, en te laat")
    func markdown() throws {
        var (d, _) = Self.dossier()
        d.plan.doelen[0].acties[d.plan.doelen[0].acties.count - 2].gedaan = Self.d("24-11-2026")
        let t = MarkdownWeergave(dossier: d, methode: try testMethode(), vandaag: testVandaag, versie: nil, inhoud: .voorProfessionals).tekst()
        let wie = "\(d.gezinsleden[0].naam) (\(d.gezinsleden[0].rolInGezin))"
        #expect(t.contains("- [ ] \(wie): Mevr. Smit belt, elke maandag 9:00 tot 01-03-2027 (gemist 16-11-2026) **(te laat)**\n"))
        #expect(t.contains("- [x] \(wie): Weekplanning maken, om de week op dinsdag (volgende 08-12-2026; laatst 24-11-2026 gedaan)\n"))
        #expect(t.contains("- [ ] \(wie): Budget bijhouden, elke maand op de 31e 9:00 tot 31-07-2027 (volgende 31-12-2026)\n"))
        // A one-off action reads as before.
        #expect(t.contains("uiterlijk 20-11-2026 **(te laat)**"))
    }

    @Test("PDF: het ritme en de stand in de kolom, te laat vet in de kolom gedaan",
          .enabled(if: Pdftekst.beschikbaar, "pdftotext (poppler-utils) ontbreekt; installeer het zoals .ci/run doet"))
    func pdf() throws {
        let (d, _) = Self.dossier()
        let doc = Plandocument.bouw(d, methode: try testMethode(), vandaag: testVandaag, versie: "v", inhoud: .voorProfessionals)
        let regels = doc.blokken.compactMap { if case .acties(let a) = $0 { a } else { nil } }.flatMap { $0 }
        let week = try #require(regels.first { $0.wat == "Mevr. Smit belt" })
        #expect(week == Actieregel(wie: week.wie, wat: "Mevr. Smit belt", wanneer: "elke maandag 9:00 tot 01-03-2027", gedaan: nil,
                                   teLaat: true, stand: "gemist 16-11-2026", afgevinkt: false))
        let plat = Pdftekst.plat(try Pdftekst.lees(try PdfWeergave(document: doc).pdf().data))
        // pdftotext reads the table's columns side by side: the cells in order, not whole.
        for woord in ["Mevr. Smit belt elke nee, te laat maandag 9:00 tot 01-03-2027; gemist 16-11-2026",
                      "Weekplanning maken om de week op dinsdag; volgende 24-11-2026",
                      "Budget bijhouden elke maand nog niet op de 31e 9:00 tot 31-07-2027; volgende 31-12-2026"] {
            #expect(plat.contains(woord), "\(woord) ontbreekt in de PDF")
        }
    }

    @Test("agenda: een gebeurtenis per open actie; herhaalde met RRULE, UNTIL uit tot en de tijd")
    func agenda() {
        let (d, _) = Self.dossier()
        let agenda = ICalendarActies(dossier: d, vandaag: testVandaag, gemaakt: "20261123T100000Z")
        let tekst = agenda.tekst()
        let r = regels(tekst)
        #expect(r.prefix(6) == ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Regie//Regie//NL", "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
                                "X-WR-CALNAME:Acties Familie De Jong-El Amrani"])
        #expect(r.last == "END:VCALENDAR")
        #expect(r.contains("TZID:Europe/Amsterdam"), "een tijd: de zone staat erin")
        let naam = d.gezinsleden[0].naam
        let doel = d.plan.doelen[0].omschrijving
        #expect(gebeurtenis(r, "week-\(d.id)@regie") == [
            "BEGIN:VEVENT", "UID:week-\(d.id)@regie", "DTSTAMP:20261123T100000Z",
            "DTSTART;TZID=Europe/Amsterdam:20261116T090000", "DTEND;TZID=Europe/Amsterdam:20261116T093000",
            "RRULE:FREQ=WEEKLY;UNTIL=20270301T080000Z",
            "SUMMARY:Mevr. Smit belt (\(naam))",
            "DESCRIPTION:Actie uit het plan van Familie De Jong-El Amrani.\\nDoel: \(ICalendarUitnodiging.tekstwaarde(doel))\\nWie: \(naam)\\nHerhaalt: elke maandag 9:00 tot 01-03-2027",
            "END:VEVENT",
        ])
        let tweeweken = gebeurtenis(r, "tweeweken-\(d.id)@regie")
        #expect(tweeweken.contains("DTSTART;VALUE=DATE:20261124") && tweeweken.contains("DTEND;VALUE=DATE:20261125"))
        #expect(tweeweken.contains("RRULE:FREQ=WEEKLY;INTERVAL=2"))
        // The 31st falls on the last day of a shorter month, as in the plan; UNTIL in summer time.
        let maand = gebeurtenis(r, "maand-\(d.id)@regie")
        #expect(maand.contains("DTSTART;TZID=Europe/Amsterdam:20261231T090000"))
        #expect(maand.contains("RRULE:FREQ=MONTHLY;BYMONTHDAY=28,29,30,31;BYSETPOS=-1;UNTIL=20270731T070000Z"))
        // A one-off action that is open: one day, no rule; one that is done: not there.
        let events = r.filter { $0 == "BEGIN:VEVENT" }.count
        #expect(events == agenda.acties.count)
        #expect(agenda.acties.allSatisfy { $0.actie.isOpen && $0.actie.wanneer != nil })
        #expect(!d.alleActies.filter { $0.actie.gedaan != nil && $0.actie.herhaling == nil }.contains { a in r.contains("UID:\(a.actie.id)-\(d.id)@regie") })
        let eenmalig = d.alleActies.first { $0.actie.herhaling == nil && $0.actie.isOpen && $0.actie.wanneer != nil }!.actie
        let e = gebeurtenis(r, "\(eenmalig.id)-\(d.id)@regie")
        #expect(e.contains("DTSTART;VALUE=DATE:\(ICalendarUitnodiging.dag(eenmalig.wanneer!))"))
        #expect(!e.contains { $0.hasPrefix("RRULE") })
        for regel in tekst.components(separatedBy: "\r\n") { #expect(regel.utf8.count <= 75) }
    }

    @Test("de regel: elke maand op de 5e, de 29e en de 30e; zonder tijd UNTIL als datum")
    func regel() {
        #expect(ICalendarActies.regel(Herhaling(ritme: .maand), begin: Self.d("05-01-2027")) == "FREQ=MONTHLY")
        #expect(ICalendarActies.regel(Herhaling(ritme: .maand), begin: Self.d("29-01-2027")) == "FREQ=MONTHLY;BYMONTHDAY=28,29;BYSETPOS=-1")
        #expect(ICalendarActies.regel(Herhaling(ritme: .maand, tot: Self.d("30-06-2027")), begin: Self.d("30-01-2027"))
            == "FREQ=MONTHLY;BYMONTHDAY=28,29,30;BYSETPOS=-1;UNTIL=20270630")
        #expect(ICalendarActies.regel(Herhaling(ritme: .tweeWeken, tot: Self.d("01-03-2027")), begin: Self.d("08-12-2026"))
            == "FREQ=WEEKLY;INTERVAL=2;UNTIL=20270301")
    }

    @Test("UNTIL in UTC geeft 2000–2040 dezelfde tijd als de tijdzonedatabase (buiten het uur van de omschakeling)")
    func utcZoalsDeTijdzone() throws {
        let zone = try #require(TimeZone(identifier: "Europe/Amsterdam"))
        var kalender = Calendar(identifier: .gregorian)
        kalender.timeZone = zone
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = TimeZone(identifier: "UTC")
        f.dateFormat = "yyyyMMdd'T'HHmmss'Z'"
        var n = 0
        var dag = Self.d("01-01-2000")
        while dag < Self.d("31-12-2040") {
            for (uur, minuut) in [(0, 30), (1, 59), (3, 0), (9, 0), (23, 59)] {
                let tijd = Tijd(uur: uur, minuut: minuut)!
                let c = DateComponents(year: dag.jaar, month: dag.maand, day: dag.dag, hour: uur, minute: minuut)
                let verwacht = f.string(from: try #require(kalender.date(from: c)))
                let uit = ICalendarActies.utc(dag, tijd)
                if uit != verwacht { Issue.record("\(dag) \(tijd): \(uit), verwacht \(verwacht)"); return }
                n += 1
            }
            dag = dag.plus(dagen: 1)!
        }
        #expect(n > 70_000)
    }

    @Test("geen open actie met een datum: een Nederlandse reden en geen bestand")
    func geenActies() {
        var d = Voorbeeld.demo(vandaag: testVandaag)
        for i in d.plan.doelen.indices { d.plan.doelen[i].acties.removeAll { $0.isOpen } }
        #expect(ICalendarActies(dossier: d, vandaag: testVandaag, gemaakt: "x").probleem
            == "Er staan geen open acties met een datum in het plan; er is niets voor de agenda.")
    }
}
