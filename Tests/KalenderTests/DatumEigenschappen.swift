import Eigenschappen
import Foundation
import Kalender
import PropertyBased
import Testing

/// Properties of the one calendar-day type over thousands of generated dates and typed
/// texts, with Foundation's Gregorian calendar as the independent reference.
@Suite("Datum: eigenschappen")
struct DatumEigenschappen {
    static let kalender: Calendar = {
        var c = Calendar(identifier: .gregorian)
        c.timeZone = TimeZone(identifier: "UTC")!
        return c
    }()

    /// Foundation's day number since 1970-01-01; nil when it has no such day.
    static func referentie(_ jaar: Int, _ maand: Int, _ dag: Int) -> Int? {
        let c = DateComponents(calendar: kalender, timeZone: kalender.timeZone, year: jaar, month: maand, day: dag)
        guard c.isValidDate, let d = kalender.date(from: c) else { return nil }
        return Int((d.timeIntervalSince1970 / 86_400).rounded(.down))
    }

    static func delen(_ date: Date) -> (jaar: Int, maand: Int, dag: Int) {
        let c = kalender.dateComponents([.year, .month, .day], from: date)
        return (c.year!, c.month!, c.day!)
    }

    static func date(_ d: Datum) -> Date { Date(timeIntervalSince1970: Double(d.dagnummer) * 86_400) }

    /// The same day so many months on, or that month's last day; Foundation says how long
    /// the month is. (Foundation's own month arithmetic on Linux sometimes lands a day off:
    /// 30-04-2084 minus 386 months gave 28-02-2052 in a leap year.) nil before 1600.
    static func plusMaanden(_ d: Datum, _ n: Int) -> (jaar: Int, maand: Int, dag: Int)? {
        let totaal = d.jaar * 12 + d.maand - 1 + n
        guard totaal >= 1600 * 12 else { return nil }
        let (j, m) = (totaal / 12, totaal % 12 + 1)
        let laatsteDag = (28...31).last { referentie(j, m, $0) != nil }!
        return (j, m, min(d.dag, laatsteDag))
    }

    @Test("elke dag: tekst, iso, dagnummer en JSON heen en terug; Foundation telt dezelfde dagen")
    func heenEnTerug() throws {
        try controleer("heen en terug", seed: 1, aantal: 20_000, Datumgenerator.datum) { d in
            guard Datum.jaren.contains(d.jaar) else { return "jaar buiten het bereik" }
            guard d.tekst.wholeMatch(of: /\d\d-\d\d-\d\d\d\d/) != nil, d.iso.wholeMatch(of: /\d\d\d\d-\d\d-\d\d/) != nil
            else { return "vorm: \(d.tekst) \(d.iso)" }
            guard Datum(iso: d.iso) == d else { return "iso \(d.iso)" }
            guard Datum(invoer: d.tekst) == d, Datum.lees(d.tekst, vandaag: .eerste) == .datum(d) else { return "tekst \(d.tekst)" }
            guard Datum(dagnummer: d.dagnummer) == d else { return "dagnummer \(d.dagnummer)" }
            guard Self.referentie(d.jaar, d.maand, d.dag) == d.dagnummer else { return "Foundation telt anders" }
            let json = try JSONEncoder().encode([d])
            guard try JSONDecoder().decode([Datum].self, from: json) == [d] else { return "JSON" }
            return nil
        }
    }

    @Test("Datum(jaar:maand:dag:) bestaat precies als Foundation de dag kent en het jaar kan")
    func bestaat() {
        let gen = zip(Gen.int(in: 1800...2300), Gen.int(in: -1...14), Gen.int(in: -1...33))
        controleer("bestaat", seed: 2, aantal: 20_000, gen) { jaar, maand, dag in
            let verwacht = Datum.jaren.contains(jaar) && Self.referentie(jaar, maand, dag) != nil
                && (1...12).contains(maand) && (1...31).contains(dag)
            let d = Datum(jaar: jaar, maand: maand, dag: dag)
            if (d != nil) != verwacht { return "verwacht \(verwacht ? "een datum" : "nil"), kreeg \(String(describing: d))" }
            if let d, (d.jaar, d.maand, d.dag) != (jaar, maand, dag) { return "andere delen \(d)" }
            return nil
        }
    }

    @Test("dagen en maanden erbij: zoals Foundation, en nil buiten de jaren")
    func rekenen() {
        let gen = zip(Datumgenerator.datum, Gen.int(in: -120_000...120_000), Gen.int(in: -3_000...3_000))
        controleer("rekenen", seed: 3, aantal: 10_000, gen) { d, dagen, maanden in
            let metDagen = Self.delen(Self.kalender.date(byAdding: .day, value: dagen, to: Self.date(d))!)
            let verwachtDagen = Datum.jaren.contains(metDagen.jaar) ? Datum(jaar: metDagen.jaar, maand: metDagen.maand, dag: metDagen.dag) : nil
            if d.plus(dagen: dagen) != verwachtDagen { return "+\(dagen) dagen: \(String(describing: d.plus(dagen: dagen))), verwacht \(String(describing: verwachtDagen))" }
            let verwachtMaanden = Self.plusMaanden(d, maanden).flatMap { Datum(jaar: $0.jaar, maand: $0.maand, dag: $0.dag) }
            if d.plus(maanden: maanden) != verwachtMaanden {
                return "+\(maanden) maanden: \(String(describing: d.plus(maanden: maanden))), verwacht \(String(describing: verwachtMaanden))"
            }
            if let m = d.plus(maanden: maanden), m.dag != min(d.dag, Datum.dagenInMaand(jaar: m.jaar, maand: m.maand)) { return "dag \(m)" }
            if let volgende = d.plus(dagen: 1), !(d < volgende) { return "volgorde" }
            return nil
        }
    }

    /// What `Datum.lees` must give for a typed text, from Foundation and the text's own parts;
    /// nil when only the general rules apply.
    static func verwacht(_ invoer: Datuminvoer, vandaag: Datum) -> Datum.Lezing? {
        func lezing(_ j: Int, _ m: Int, _ d: Int) -> Datum.Lezing {
            guard referentie(j, m, d) != nil else { return .geen }
            return Datum(jaar: j, maand: m, dag: d).map { .datum($0) } ?? .buitenBereik(jaar: j)
        }
        switch invoer.soort {
        case .leeg: return .geen
        case .absoluut:
            guard let delen = invoer.delen else { return nil }
            let (j, m, d) = (delen.jaar, delen.maand, delen.dag)
            guard (1...12).contains(m), (1...31).contains(d) else { return .geen }
            // Foundation's calendar turns Julian before 1582: there the parts themselves decide.
            if j < 1600 { return Datum.bestaat(jaar: j, maand: m, dag: d) ? .buitenBereik(jaar: j) : .geen }
            return lezing(j, m, d)
        case .relatief:
            guard let stap = invoer.stap else { return nil }
            let (aantal, eenheid) = (stap.aantal, stap.eenheid)
            let eenheden: [String: (Calendar.Component, Int)] = ["d": (.day, 1), "D": (.day, 1), "w": (.day, 7),
                                                               "m": (.month, 1), "j": (.month, 12), "J": (.month, 12)]
            guard let soort = eenheden[eenheid] else { return .geen }
            let (component, factor) = soort
            guard let aantal, abs(aantal) <= 200_000 else { return .buitenBereik(jaar: nil) }
            if component == .month {
                guard let r = plusMaanden(vandaag, aantal * factor) else { return nil }
                return Datum(jaar: r.jaar, maand: r.maand, dag: r.dag).map { .datum($0) } ?? .buitenBereik(jaar: r.jaar)
            }
            let uitkomst = kalender.date(byAdding: component, value: aantal * factor, to: date(vandaag))!
            // Foundation's calendar turns Julian before 1582 (and counts years back from 1 BC).
            if uitkomst < kalender.date(from: DateComponents(year: 1600, month: 1, day: 1))! { return nil }
            let r = delen(uitkomst)
            return Datum(jaar: r.jaar, maand: r.maand, dag: r.dag).map { .datum($0) } ?? .buitenBereik(jaar: r.jaar)
        case .woord:
            let dagen = ["vandaag": 0, "morgen": 1, "gisteren": -1][invoer.tekst.lowercased()]
            guard let dagen else { return .geen }
            return vandaag.plus(dagen: dagen).map { .datum($0) } ?? .buitenBereik(jaar: vandaag.jaar + dagen)
        case .rommel: return nil
        }
    }

    @Test("alles wat een datumveld krijgt: een datum in de jaren, of een Nederlandse melding; nooit iets anders")
    func invoer() {
        let gen = zip(Datumgenerator.invoer, Datumgenerator.datum)
        var soorten: [Datumsoort: Int] = [:]
        controleer("invoer", seed: 4, aantal: 30_000, gen) { invoer, vandaag in
            soorten[invoer.soort, default: 0] += 1
            let lezing = Datum.lees(invoer.tekst, vandaag: vandaag)
            if let verwacht = Self.verwacht(invoer, vandaag: vandaag), verwacht != lezing {
                // Past a million steps the year is not named; the rest must agree.
                if !(verwacht == .buitenBereik(jaar: nil) && lezing.isBuitenBereik) && !(lezing == .buitenBereik(jaar: nil) && verwacht.isBuitenBereik) {
                    return "gelezen als \(lezing), verwacht \(verwacht)"
                }
            }
            switch lezing {
            case .datum(let d):
                if !Datum.jaren.contains(d.jaar) { return "jaar \(d.jaar) buiten het bereik" }
                if Datum.lees(d.tekst) != .datum(d) { return "\(d.tekst) leest niet terug" }
                if lezing.melding != nil { return "een datum met een melding" }
            case .buitenBereik(let jaar):
                if let jaar, Datum.jaren.contains(jaar) { return "jaar \(jaar) zou wel kunnen" }
                guard let m = lezing.melding, isNederlandseDatummelding(m) else { return "melding: \(String(describing: lezing.melding))" }
            case .geen:
                if lezing.melding != Datum.geenDatumMelding { return "melding: \(String(describing: lezing.melding))" }
            }
            // Without today only dd-mm-jjjj counts; it reads the same.
            let zonder = Datum.lees(invoer.tekst)
            if invoer.soort == .absoluut, zonder != lezing { return "zonder vandaag: \(zonder)" }
            if invoer.soort != .absoluut, zonder.datum != nil, invoer.soort != .rommel { return "zonder vandaag toch \(zonder)" }
            _ = Datum.kanNogWorden(invoer.tekst)
            return nil
        }
        // Every kind came by, often.
        for soort in Datumsoort.allCases { #expect(soorten[soort, default: 0] > 1_000, "\(soort): \(soorten[soort, default: 0])") }
    }

    @Test("een getypt jaar buiten 1900–2200 geeft de reden in het Nederlands")
    func jaarBuitenBereik() throws {
        let vandaag = try #require(Datum(jaar: 2026, maand: 11, dag: 23))
        #expect(Datum.lees("01-10-1090", vandaag: vandaag) == .buitenBereik(jaar: 1090))
        #expect(Datum.lees("01-10-1090").melding == "Jaar 1090 kan niet: kies een jaar van 1900 tot en met 2200")
        #expect(Datum.lees("+1000j", vandaag: vandaag) == .buitenBereik(jaar: 3026))
        #expect(Datum.lees("-200j", vandaag: vandaag) == .buitenBereik(jaar: 1826))
        #expect(Datum.lees("+99999999999999999999999d", vandaag: vandaag).melding
                == "Te ver weg: kies een datum in de jaren 1900 tot en met 2200")
        #expect(Datum.lees("29-02-1900") == .geen)  // 1900 was no leap year
        #expect(Datum.lees("29-02-1600") == .buitenBereik(jaar: 1600))
        #expect(Datum.lees("31-12-2200") == .datum(.laatste))
        #expect(Datum.lees("+1d", vandaag: .laatste) == .buitenBereik(jaar: 2201))
        #expect(Datum.lees("gisteren", vandaag: .eerste) == .buitenBereik(jaar: 1899))
    }
}

extension Datum.Lezing {
    var isBuitenBereik: Bool { if case .buitenBereik = self { true } else { false } }
}
