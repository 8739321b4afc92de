import Eigenschappen
import Foundation
import PropertyBased
import Testing
@testable import RegieDomain

/// Actions that repeat: their times against a day-by-day count, "late" against its plain
/// meaning (the latest time before today was not marked done), marking done, and the text.
@Suite("Herhaling: eigenschappen")
struct HerhalingEigenschappen {
    /// One case: an action that repeats from `begin`, maybe until `tot`, maybe marked done up
    /// to `gedaan`, looked at on `dag`.
    struct Geval: CustomStringConvertible {
        var ritme: Ritme
        var begin: Datum
        var tot: Datum?
        var gedaan: Datum?
        var dag: Datum

        var actie: Actie {
            Actie(wie: "w", wat: "bellen", wanneer: begin, gedaan: gedaan, herhaling: Herhaling(ritme: ritme, tot: tot))
        }

        var description: String {
            "\(ritme.rawValue) vanaf \(begin) tot \(tot?.tekst ?? "-") gedaan \(gedaan?.tekst ?? "-") op \(dag)"
        }
    }

    /// Every time from `begin` up to and including `tot ?? grens`, found by looking at every
    /// day: a weekly one falls on a multiple of 7 days, every other week of 14, a monthly one
    /// on the same day of the month, or the month's last day when the month is shorter.
    static func keren(_ ritme: Ritme, _ begin: Datum, tot: Datum?, grens: Datum) -> [Datum] {
        let einde = min(tot ?? grens, grens)
        guard begin <= einde else { return [] }
        var uit: [Datum] = []
        for n in begin.dagnummer...einde.dagnummer {
            let d = Datum(dagnummer: n)!
            let verschil = n - begin.dagnummer
            switch ritme {
            case .week: if verschil % 7 == 0 { uit.append(d) }
            case .tweeWeken: if verschil % 14 == 0 { uit.append(d) }
            case .maand: if d.dag == min(begin.dag, Datum.dagenInMaand(jaar: d.jaar, maand: d.maand)) { uit.append(d) }
            }
        }
        return uit
    }

    /// Begin dates in every month, often at the end of one (29, 30, 31) and around leap days;
    /// `tot` before, at, between and after the times; a day to look from before and after.
    static let geval = zip(
        Gen<Ritme?>.element(of: Ritme.allCases),
        Gen.int(in: 1990...2100), Gen.int(in: 1...12),
        Gen.frequency((weight: 2, gen: Gen.int(in: 1...31)), (weight: 3, gen: Gen.int(in: 28...31))),
        Gen.int(in: -60...900),
        Gen.frequency((weight: 1, gen: Gen.int(in: -1 ... -1)), (weight: 3, gen: Gen.int(in: -40...800))),
        Gen.frequency((weight: 1, gen: Gen.int(in: -1 ... -1)), (weight: 2, gen: Gen.int(in: -20...700)))
    ).map { ritme, jaar, maand, dag, bekeken, tot, gedaan in
        let begin = Datum(jaar: jaar, maand: maand, dag: min(dag, Datum.dagenInMaand(jaar: jaar, maand: maand)))!
        return Geval(ritme: ritme!, begin: begin,
                     tot: tot == -1 ? nil : begin.plus(dagen: tot),
                     gedaan: gedaan == -1 ? nil : begin.plus(dagen: gedaan),
                     dag: begin.plus(dagen: bekeken)!)
    }

    @Test("laatsteKeer en eersteKeer zijn de tijden die een telling per dag vindt, binnen tot")
    func kerenTegenTelling() {
        controleer("keren", seed: 12, aantal: 3_000, Self.geval) { g in
            let h = Herhaling(ritme: g.ritme, tot: g.tot)
            let grens = g.dag.plus(dagen: 400)!
            let alle = Self.keren(g.ritme, g.begin, tot: g.tot, grens: grens)
            let laatste = alle.last { $0 <= g.dag }
            let eerste = alle.first { $0 > g.dag }
            guard h.laatsteKeer(opOfVoor: g.dag, vanaf: g.begin) == laatste else {
                return "laatsteKeer \(String(describing: h.laatsteKeer(opOfVoor: g.dag, vanaf: g.begin))), geteld \(String(describing: laatste))"
            }
            guard h.eersteKeer(na: g.dag, vanaf: g.begin) == eerste else {
                return "eersteKeer \(String(describing: h.eersteKeer(na: g.dag, vanaf: g.begin))), geteld \(String(describing: eerste))"
            }
            for (n, k) in alle.enumerated() where h.keer(n, vanaf: g.begin) != k {
                return "keer \(n) is \(String(describing: h.keer(n, vanaf: g.begin))), geteld \(k)"
            }
            return nil
        }
    }

    @Test("te laat is precies: de laatste keer vóór vandaag is niet als gedaan gemarkeerd")
    func teLaatIsDeLaatsteGemisteKeer() {
        controleer("te laat", seed: 13, aantal: 3_000, Self.geval) { g in
            let a = g.actie
            let gisteren = g.dag.plus(dagen: -1)!
            let laatste = Self.keren(g.ritme, g.begin, tot: g.tot, grens: gisteren).last
            let verwacht = laatste.map { l in g.gedaan.map { $0 < l } ?? true } ?? false
            guard a.isTeLaat(vandaag: g.dag) == verwacht else { return "isTeLaat \(a.isTeLaat(vandaag: g.dag)), verwacht \(verwacht)" }
            // The deadline is the first time after the last one marked, and there is one
            // while a time is left to mark.
            let open = Self.keren(g.ritme, g.begin, tot: g.tot, grens: g.dag.plus(dagen: 1_200)!)
                .first { k in g.gedaan.map { k > $0 } ?? true }
            guard a.deadline == open else { return "deadline \(String(describing: a.deadline)), verwacht \(String(describing: open))" }
            guard a.isOpen == (open != nil) else { return "isOpen \(a.isOpen)" }
            return nil
        }
    }

    @Test("na markeerGedaan is de actie niet te laat; markeerNietGedaan zet de vorige keer terug")
    func markeren() {
        controleer("markeren", seed: 14, aantal: 3_000, Self.geval) { g in
            var a = g.actie
            let voor = a
            let gemarkeerd = a.markeerGedaan(vandaag: g.dag)
            guard !a.isTeLaat(vandaag: g.dag) else { return "na markeren nog te laat (gedaan \(String(describing: a.gedaan)))" }
            let alle = Self.keren(g.ritme, g.begin, tot: g.tot, grens: g.dag.plus(dagen: 1_200)!)
            if let gemarkeerd {
                guard a.gedaan == gemarkeerd, alle.contains(gemarkeerd) else { return "gemarkeerd \(gemarkeerd) is geen keer" }
                // The latest time up to today, or, when that was marked already or has not
                // come, the first open one.
                let laatste = alle.last { $0 <= g.dag }
                let verwacht = laatste.flatMap { l in voor.gedaan.map { $0 < l } ?? true ? l : nil } ?? voor.deadline
                guard gemarkeerd == verwacht else { return "gemarkeerd \(gemarkeerd), verwacht \(String(describing: verwacht))" }
                var terug = a
                terug.markeerNietGedaan()
                let vorige = alle.last { $0 < gemarkeerd }
                guard terug.gedaan == vorige else { return "terug op \(String(describing: terug.gedaan)), verwacht \(String(describing: vorige))" }
            } else {
                guard a == voor, voor.deadline == nil else { return "niets gemarkeerd, maar er stond nog iets open" }
            }
            return nil
        }
    }

    @Test("Spatie wisselt aangevinkt om, tenzij er niets te markeren is")
    func wisselen() {
        controleer("wisselen", seed: 16, aantal: 3_000, Self.geval) { g in
            var a = g.actie
            let voor = a.isGedaan(vandaag: g.dag)
            a.wisselGedaan(vandaag: g.dag)
            if voor || g.actie.deadline != nil || g.actie.herhaling?.laatsteKeer(opOfVoor: g.dag, vanaf: g.begin) != nil {
                guard a.isGedaan(vandaag: g.dag) != voor else { return "aangevinkt bleef \(voor) (gedaan \(String(describing: a.gedaan)))" }
            }
            if a.isGedaan(vandaag: g.dag), a.isTeLaat(vandaag: g.dag) { return "aangevinkt en toch te laat" }
            return nil
        }
    }

    @Test("de tekst noemt ritme, dag, tijd en einddatum")
    func tekst() {
        let gen = zip(Gen<Ritme?>.element(of: Ritme.allCases), Datumgenerator.datum,
                      Gen.int(in: -1...23), Gen.int(in: 0...59), Gen.bool)
        controleer("tekst", seed: 15, aantal: 2_000, gen) { ritme, begin, uur, minuut, metTot in
            let tijd = uur < 0 ? nil : Tijd(uur: uur, minuut: minuut)
            let tot = metTot ? begin.plus(dagen: 90) : nil
            let t = Herhaling(ritme: ritme!, tot: tot, tijd: tijd).tekst(vanaf: begin)
            var verwacht = switch ritme! {
            case .week: "elke \(begin.weekdagnaam)"
            case .tweeWeken: "om de week op \(begin.weekdagnaam)"
            case .maand: "elke maand op de \(begin.dag)e"
            }
            if let tijd { verwacht += " \(tijd.uur):\(String(format: "%02d", tijd.minuut))" }
            if let tot { verwacht += " tot \(tot.tekst)" }
            return t == verwacht ? nil : "\(t) ≠ \(verwacht)"
        }
    }
}

@Suite("Herhaling: voorbeelden")
struct HerhalingTests {
    static func d(_ s: String) -> Datum { Datum(invoer: s)! }

    @Test("de teksten uit het plan")
    func teksten() {
        let maandag = Self.d("07-12-2026")
        #expect(Herhaling(ritme: .week, tot: Self.d("01-03-2027"), tijd: Tijd(invoer: "9:00")).tekst(vanaf: maandag)
            == "elke maandag 9:00 tot 01-03-2027")
        #expect(Herhaling(ritme: .tweeWeken).tekst(vanaf: Self.d("08-12-2026")) == "om de week op dinsdag")
        #expect(Herhaling(ritme: .maand).tekst(vanaf: Self.d("05-01-2027")) == "elke maand op de 5e")
        #expect(Herhaling(ritme: .week, tijd: Tijd(invoer: "14:30")).tekst(vanaf: maandag) == "elke maandag 14:30")
        let a = Actie(wie: nil, wat: "Bellen", wanneer: maandag, herhaling: Herhaling(ritme: .week, tijd: Tijd(invoer: "09:05")))
        #expect(a.ritmeTekst == "elke maandag 9:05")
        #expect(Actie(wie: nil, wat: "Bellen", wanneer: maandag).ritmeTekst == nil)
        #expect(Actie(wie: nil, wat: "Bellen", wanneer: nil, herhaling: Herhaling(ritme: .week)).ritmeTekst == nil)
    }

    @Test("elke maand op de 31e: naar de laatste dag van een kortere maand, en daarna weer de 31e")
    func maandOpDe31e() {
        let h = Herhaling(ritme: .maand)
        let begin = Self.d("31-01-2028")
        let keren = (0..<6).map { h.keer($0, vanaf: begin)!.tekst }
        #expect(keren == ["31-01-2028", "29-02-2028", "31-03-2028", "30-04-2028", "31-05-2028", "30-06-2028"])
        #expect(h.laatsteKeer(opOfVoor: Self.d("30-03-2028"), vanaf: begin) == Self.d("29-02-2028"))
        #expect(h.eersteKeer(na: Self.d("29-02-2028"), vanaf: begin) == Self.d("31-03-2028"))
        #expect(h.keer(13, vanaf: begin) == Self.d("28-02-2029"))
        #expect(h.tekst(vanaf: begin) == "elke maand op de 31e")
    }

    @Test("elke maandag: te laat pas als de laatste maandag voorbij is zonder gedaan; gedaan markeert die maandag")
    func elkeMaandag() {
        var a = Actie(wie: nil, wat: "Mevr. Smit belt", wanneer: Self.d("07-12-2026"),
                      herhaling: Herhaling(ritme: .week, tot: Self.d("01-03-2027"), tijd: Tijd(invoer: "9:00")))
        #expect(!a.isTeLaat(vandaag: Self.d("07-12-2026")), "op de dag zelf nog niet")
        #expect(a.isTeLaat(vandaag: Self.d("08-12-2026")))
        #expect(a.markeerGedaan(vandaag: Self.d("16-12-2026")) == Self.d("14-12-2026"), "de laatste maandag tot vandaag")
        #expect(!a.isTeLaat(vandaag: Self.d("16-12-2026")))
        #expect(a.deadline == Self.d("21-12-2026"))
        #expect(a.isTeLaat(vandaag: Self.d("22-12-2026")))
        a.markeerNietGedaan()
        #expect(a.gedaan == Self.d("07-12-2026"))
        a.markeerNietGedaan()
        #expect(a.gedaan == nil)
        // After the last Monday before `tot` is marked, nothing is open.
        #expect(a.markeerGedaan(vandaag: Self.d("10-03-2027")) == Self.d("01-03-2027"))
        #expect(!a.isOpen && a.deadline == nil)
        #expect(a.markeerGedaan(vandaag: Self.d("10-03-2027")) == nil)
    }

    @Test("aangevinkt, wisselen en de stand: gemist, volgende, afgelopen")
    func standEnWisselen() {
        var a = Actie(wie: nil, wat: "Bellen", wanneer: Self.d("07-12-2026"), herhaling: Herhaling(ritme: .tweeWeken, tot: Self.d("04-01-2027")))
        let dag = Self.d("23-12-2026")
        #expect(a.herhaalstand(vandaag: Self.d("01-12-2026")) == "volgende 07-12-2026")
        #expect(a.herhaalstand(vandaag: dag) == "gemist 07-12-2026")
        #expect(!a.isGedaan(vandaag: dag))
        a.wisselGedaan(vandaag: dag)
        #expect(a.gedaan == Self.d("21-12-2026") && a.isGedaan(vandaag: dag))
        #expect(a.herhaalstand(vandaag: dag) == "volgende 04-01-2027")
        a.wisselGedaan(vandaag: dag)
        #expect(a.gedaan == Self.d("07-12-2026") && !a.isGedaan(vandaag: dag))
        a.markeerGedaan(vandaag: Self.d("05-01-2027"))
        #expect(a.herhaalstand(vandaag: Self.d("05-01-2027")) == "afgelopen")
        // Before the first time: Space marks the first one ahead, and again takes it back.
        var b = Actie(wie: nil, wat: "Bellen", wanneer: Self.d("07-12-2026"), herhaling: Herhaling(ritme: .maand))
        b.wisselGedaan(vandaag: Self.d("01-12-2026"))
        #expect(b.gedaan == Self.d("07-12-2026") && b.isGedaan(vandaag: Self.d("01-12-2026")))
        b.wisselGedaan(vandaag: Self.d("01-12-2026"))
        #expect(b.gedaan == nil)
        // A one-off action: done today, and open again.
        var c = Actie(wie: nil, wat: "Bellen", wanneer: Self.d("07-12-2026"))
        #expect(c.herhaalstand(vandaag: dag) == nil)
        c.wisselGedaan(vandaag: dag)
        #expect(c.gedaan == dag && c.isGedaan(vandaag: dag))
        c.wisselGedaan(vandaag: dag)
        #expect(c.gedaan == nil)
    }

    @Test("versievergelijking: een nieuwe herhaalde actie met haar ritme, een ander ritme, en de laatste keer gedaan")
    func versievergelijking() {
        let oud = Proef.dossier()
        let maandag = dag(-10)
        let h = Herhaling(ritme: .week, tijd: Tijd(invoer: "9:00"))
        var nieuw = oud
        nieuw.plan.doelen[0].acties.append(Actie(id: "a2", wie: Proef.oma, wat: "Bram ophalen", wanneer: maandag, gedaan: dag(-3), herhaling: h))
        let regels = { (o: Dossier, n: Dossier) in
            Versievergelijking.vergelijk(oud: o, nieuw: n, vandaag: vandaag).first { $0.kop == "Acties" }?.teksten ?? []
        }
        #expect(regels(oud, nieuw) == ["Nieuwe actie ‘Bram ophalen’ (Oma Proef), elke \(maandag.weekdagnaam) 9:00, laatst gedaan op \(dag(-3).tekst)."])
        var anders = nieuw
        anders.plan.doelen[0].acties[1].herhaling = Herhaling(ritme: .tweeWeken, tijd: Tijd(invoer: "9:00"))
        anders.plan.doelen[0].acties[1].gedaan = dag(-10)
        #expect(regels(nieuw, anders) == [
            "Actie ‘Bram ophalen’ (Oma Proef) herhaalt om de week op \(maandag.weekdagnaam) 9:00 (was: elke \(maandag.weekdagnaam) 9:00).",
            "Actie ‘Bram ophalen’ (Oma Proef): laatst gedaan op \(dag(-10).tekst) (was \(dag(-3).tekst)).",
        ])
        var eenmalig = nieuw
        eenmalig.plan.doelen[0].acties[1].herhaling = nil
        #expect(regels(nieuw, eenmalig).first == "Actie ‘Bram ophalen’ (Oma Proef) herhaalt niet meer (was: elke \(maandag.weekdagnaam) 9:00).")
    }

    @Test("de plancheck noemt bij een te late herhaalde actie de gemiste keer en het ritme")
    func plancheck() throws {
        var d = Proef.dossier()
        let i = try #require(d.plan.doelen.firstIndex { $0.id == Proef.doel })
        let j = try #require(d.plan.doelen[i].acties.firstIndex { $0.id == Proef.actie })
        d.plan.doelen[i].acties[j].wanneer = dag(-10)
        d.plan.doelen[i].acties[j].gedaan = nil
        d.plan.doelen[i].acties[j].herhaling = Herhaling(ritme: .week, tot: dag(60), tijd: Tijd(invoer: "9:00"))
        let maandag = dag(-10)
        let te = try #require(d.planCheck(try standaardMethode(), vandaag: vandaag).first { $0.melding.contains("te laat") })
        #expect(te.melding == "Deze actie is te laat: gepland op \(maandag.tekst) (elke \(maandag.weekdagnaam) 9:00 tot \(dag(60).tekst)).")
        #expect(te.plaats == .actie(doel: Proef.doel, actie: Proef.actie))
        // Marked done today: the missed time is covered, nothing is late.
        d.plan.doelen[i].acties[j].markeerGedaan(vandaag: vandaag)
        #expect(d.plan.doelen[i].acties[j].gedaan == dag(-3))
        #expect(!d.planCheck(try standaardMethode(), vandaag: vandaag).contains { $0.melding.contains("te laat") })
    }
}
