import Foundation
import RegieDomain
import Screen
import Testing
@testable import RegieApp

/// The versions screen on a real (temporary) store with versions fixed through the store.
@Suite("Versiesscherm")
struct VersiesSchermTests {
    static let start = Datum(jaar: 2026, maand: 11, dag: 2)!
    static let voortgang = Datum(jaar: 2026, maand: 11, dag: 16)!
    static let t1 = Date(timeIntervalSince1970: 1_793_606_400)   // 2026-11-02T08:00:00Z
    static let t2 = Date(timeIntervalSince1970: 1_794_816_000)   // 2026-11-16T08:00:00Z

    /// A household fixed twice (startoverleg, voortgangsoverleg) and changed since.
    struct Opzet {
        let werk: TestWerk
        let werkversie: Dossier
        let eerste: String
        let tweede: String

        var sanne: String { werkversie.gezinsleden[0].id }

        init() throws {
            werk = try TestWerk()
            var d = Dossier.testGezin(werk.omgeving.vandaag)
            let sanne = d.gezinsleden[0].id, noah = d.gezinsleden[1].id
            let start = Overleg(soort: .start, datum: VersiesSchermTests.start)
            let voortgang = Overleg(soort: .voortgang, datum: VersiesSchermTests.voortgang)
            d.plan.krachten = [Uitspraak(spreker: sanne, citaat: "Ik kook elke dag voor de kinderen.")]
            d.plan.zorgen = [Uitspraak(spreker: noah, citaat: "Ik slaap slecht als er ruzie is.")]
            d.plan.doelen = [Doel(omschrijving: "Noah gaat met plezier naar school.",
                                  acties: [Actie(wie: sanne, wat: "Afspraak maken met de school", wanneer: Datum(jaar: 2026, maand: 11, dag: 13))])]
            d.plan.overleggen = [start, voortgang]
            d.veiligheidsplan = Veiligheidsplan(schaalvragen: [Schaalscore(persoon: sanne, cijfer: 4, datum: VersiesSchermTests.start, overleg: start.id)])
            d.proces.niveau = 2
            var v = try werk.omgeving.opslag.voegToe(d)
            eerste = try werk.omgeving.opslag.stelVast(d, op: VersiesSchermTests.start, overleg: start.id,
                                                        aanwezigen: ["Sanne", "Noah", "Ilse"], nu: VersiesSchermTests.t1).id

            d.plan.krachten.append(Uitspraak(spreker: noah, citaat: "Ik help mijn moeder met koken."))
            d.plan.doelen[0].acties[0].gedaan = Datum(jaar: 2026, maand: 11, dag: 12)
            d.veiligheidsplan!.schaalvragen.append(Schaalscore(persoon: sanne, cijfer: 6, datum: VersiesSchermTests.voortgang, overleg: voortgang.id))
            d.proces.niveau = 3
            d.proces.niveaugeschiedenis = [Niveauwijziging(datum: VersiesSchermTests.voortgang, van: 2, naar: 3,
                                                           reden: "Meer zorgen over de ruzies thuis.", door: "Test Regisseur")]
            v = try werk.omgeving.opslag.bewaar(d, verwacht: v)
            tweede = try werk.omgeving.opslag.stelVast(d, op: VersiesSchermTests.voortgang, overleg: voortgang.id,
                                                        aanwezigen: ["Sanne", "Ilse"], nu: VersiesSchermTests.t2).id

            d.plan.zorgen = []
            try werk.omgeving.opslag.bewaar(d, verwacht: v)
            werkversie = d
        }

        func rit(breedte: Int = 100, hoogte: Int = 30) -> SchermRit<VersiesScherm> {
            var r = SchermRit(VersiesScherm(werkversie, werk.omgeving), werkversie, werk.omgeving)
            (r.breedte, r.hoogte) = (breedte, hoogte)
            return r
        }

        /// The file of a fixed version in the store.
        func bestand(_ versie: String) -> URL {
            werk.map.appendingPathComponent("versies/\(werkversie.id)/\(versie).json")
        }
    }

    @Test("de lijst: eerst de werkversie, dan de versies van nieuw naar oud met soort overleg en aanwezigen")
    func lijst() throws {
        let o = try Opzet()
        defer { o.werk.ruimOp() }
        let tekst = o.rit().tekst()
        #expect(tekst.contains("Versies (2 vastgesteld)"))
        let werk = try #require(tekst.range(of: "Nu (werkversie)"))
        let nieuw = try #require(tekst.range(of: "16-11-2026"))
        let oud = try #require(tekst.range(of: "02-11-2026"))
        #expect(werk.lowerBound < nieuw.lowerBound && nieuw.lowerBound < oud.lowerBound)
        let regels = tekst.split(separator: "\n")
        #expect(regels.contains { $0.contains("16-11-2026") && $0.contains("voortgangsoverleg") && $0.contains("Sanne, Ilse") })
        #expect(regels.contains { $0.contains("02-11-2026") && $0.contains("startoverleg") && $0.contains("Sanne, Noah, Ilse") })
    }

    @Test("Enter op een versie vergelijkt die met de versie ervoor, in gewone zinnen, van oud naar nieuw")
    func metDeVorige() throws {
        let o = try Opzet()
        defer { o.werk.ruimOp() }
        var rit = o.rit()
        rit.druk(.down, .enter)
        let tekst = rit.tekst()
        #expect(tekst.contains("Van 02-11-2026 (startoverleg) naar 16-11-2026 (voortgangsoverleg)"))
        #expect(tekst.contains("Nieuwe krachten"))
        #expect(tekst.contains("Noah: “Ik help mijn moeder met koken.”"))
        #expect(tekst.contains("Actie ‘Afspraak maken met de school’ (Sanne) is gedaan op 12-11-2026."))
        #expect(tekst.contains("Schaalvraag: Sanne geeft een 6 op 16-11-2026 (was 4 op 02-11-2026)."))
        #expect(tekst.contains("niveau 2 (uit balans) naar niveau 3 (onveilig)"))
        #expect(!tekst.contains("Zorgen die er niet meer zijn"))
        // Only reading: nothing changed, nothing asked of the program.
        #expect(rit.dossier == o.werkversie)
        #expect(rit.verzoeken.isEmpty)
    }

    @Test("Enter op de werkversie vergelijkt met de nieuwste vastgestelde versie")
    func werkversie() throws {
        let o = try Opzet()
        defer { o.werk.ruimOp() }
        var rit = o.rit()
        rit.druk(.enter)
        let tekst = rit.tekst()
        #expect(tekst.contains("Van 16-11-2026 (voortgangsoverleg) naar nu (werkversie)"))
        #expect(tekst.contains("Zorgen die er niet meer zijn"))
        #expect(tekst.contains("Noah: “Ik slaap slecht als er ruzie is.”"))
        #expect(!tekst.contains("Nieuwe krachten"))
    }

    @Test("v kiest de eerste, Enter op een andere vergelijkt die twee; Esc laat de eerste los")
    func tweeNaarKeuze() throws {
        let o = try Opzet()
        defer { o.werk.ruimOp() }
        var rit = o.rit()
        rit.druk(.down, .down, .character("v"))
        #expect(rit.tekst().contains("● Eerste: 02-11-2026 (startoverleg). Kies de tweede, dan Enter; Esc laat los."))
        rit.druk(.up, .up, .enter)
        let tekst = rit.tekst()
        #expect(tekst.contains("Van 02-11-2026 (startoverleg) naar nu (werkversie)"))
        #expect(tekst.contains("Noah: “Ik help mijn moeder met koken.”"))
        #expect(tekst.contains("Zorgen die er niet meer zijn"))
        #expect(!tekst.contains("● Eerste"))

        rit.druk(.character("v"))
        #expect(rit.scherm.heeftEigenFocus)
        #expect(rit.stuur(.key(.escape)) == .consumed)
        #expect(!rit.tekst().contains("● Eerste"))
        // Without a choice Esc is the program's again (back to the overview).
        #expect(rit.stuur(.key(.escape)) == .ignored)
    }

    @Test("Enter op de oudste versie zegt dat er geen eerdere is")
    func oudste() throws {
        let o = try Opzet()
        defer { o.werk.ruimOp() }
        var rit = o.rit()
        rit.druk(.end, .enter)
        guard case .melding(let m)? = rit.verzoeken.last else { Issue.record("geen melding"); return }
        #expect(m.text.contains("geen eerdere"))
    }

    @Test("t toont de veiligheidstrend per persoon met blokjes, cijfers en richting")
    func trend() throws {
        let o = try Opzet()
        defer { o.werk.ruimOp() }
        var rit = o.rit()
        rit.druk(.enter)
        #expect(!rit.tekst().contains("4 → 6"))
        rit.druk(.character("t"))
        let regels = rit.tekst().split(separator: "\n")
        #expect(regels.contains { $0.contains("Sanne") && $0.contains("▄▅") && $0.contains("4 → 6 (beter)") })
    }

    @Test("zonder versies: uitleg over het afsluiten van een overleg, en toch de trend")
    func leeg() throws {
        let werk = try TestWerk()
        defer { werk.ruimOp() }
        var d = Dossier.testGezin(werk.omgeving.vandaag)
        d.veiligheidsplan = Veiligheidsplan(schaalvragen: [
            Schaalscore(persoon: d.gezinsleden[1].id, cijfer: 7, datum: Self.start),
            Schaalscore(persoon: d.gezinsleden[1].id, cijfer: 5, datum: Self.voortgang),
        ])
        try werk.omgeving.opslag.voegToe(d)
        var rit = SchermRit(VersiesScherm(d, werk.omgeving), d, werk.omgeving)
        let tekst = rit.tekst()
        #expect(tekst.contains("Versies (0 vastgesteld)"))
        #expect(tekst.contains("nog geen vastgestelde versie"))
        #expect(tekst.contains("Overleg"))
        #expect(tekst.split(separator: "\n").contains { $0.contains("Noah") && $0.contains("7 → 5 (slechter)") })
        rit.druk(.enter)
        guard case .melding(let m)? = rit.verzoeken.last else { Issue.record("geen melding"); return }
        #expect(m.text.contains("nog geen vastgestelde versie"))
    }

    @Test("een versiebestand dat niet te lezen is staat in de lijst en geeft een melding, geen crash")
    func onleesbaar() throws {
        let o = try Opzet()
        defer { o.werk.ruimOp() }
        try Data("dit is geen versie".utf8).write(to: o.bestand(o.eerste))
        var rit = o.rit()
        #expect(rit.tekst().split(separator: "\n").contains { $0.contains("02-11-2026") && $0.contains("kan niet worden gelezen") })
        rit.druk(.down, .enter)
        let tekst = rit.tekst()
        #expect(tekst.contains("Deze versie kan niet worden gelezen."))
        #expect(tekst.contains("versies/\(o.werkversie.id)/\(o.eerste).json"))
        // The oldest has no version before it: Enter says why it cannot be read.
        rit.druk(.up, .character("t"), .end, .enter)
        #expect(rit.tekst().contains("Deze versie kan niet worden gelezen."))
        #expect(rit.verzoeken.isEmpty)
    }

    @Test("een versie die na het tonen van de lijst kapotgaat geeft bij Enter een melding")
    func laterOnleesbaar() throws {
        let o = try Opzet()
        defer { o.werk.ruimOp() }
        var rit = o.rit()
        #expect(rit.tekst().contains("Sanne, Ilse"))
        try Data("{}".utf8).write(to: o.bestand(o.tweede))
        rit.druk(.down, .enter)
        #expect(rit.tekst().contains("Deze versie kan niet worden gelezen."))
    }

    @Test("een versie die wordt vastgesteld terwijl het scherm open is, komt in de lijst zodra die opnieuw gelezen is; de keuze blijft staan")
    func nieuweVersie() throws {
        let o = try Opzet()
        defer { o.werk.ruimOp() }
        var rit = o.rit()
        rit.druk(.down)
        #expect(rit.tekst().contains("Versies (2 vastgesteld)"))
        try o.werk.omgeving.opslag.stelVast(o.werkversie, op: o.werk.omgeving.vandaag, aanwezigen: ["Sanne"], nu: Date())
        // Drawing reads nothing: the list is as it was read.
        #expect(rit.tekst().contains("Versies (2 vastgesteld)"))
        rit.toon()
        let tekst = rit.tekst()
        #expect(tekst.contains("Versies (3 vastgesteld)"))
        #expect(tekst.contains("23-11-2026"))
        // Still the version of 16-11 is chosen, now one row further down.
        rit.druk(.enter)
        #expect(rit.tekst().contains("Van 02-11-2026 (startoverleg) naar 16-11-2026 (voortgangsoverleg)"))
    }

    @Test("lange verschillen bladeren met PgDn, en met ↓ als de tekst de focus heeft")
    func bladeren() throws {
        let o = try Opzet()
        defer { o.werk.ruimOp() }
        var rit = o.rit(breedte: 80, hoogte: 14)
        rit.druk(.down, .enter)
        let voor = rit.tekst()
        #expect(voor.contains("Van 02-11-2026"))
        rit.druk(.pageDown)
        let na = rit.tekst()
        #expect(!na.contains("Van 02-11-2026"))
        rit.druk(.tab, .home)
        #expect(rit.tekst().contains("Van 02-11-2026"))
        rit.druk(.down, .down)
        #expect(!rit.tekst().contains("Van 02-11-2026"))
        // The list keeps its choice while the text has the focus.
        rit.druk(.tab, .enter)
        #expect(rit.tekst().contains("Van 02-11-2026 (startoverleg) naar 16-11-2026"))
    }

    @Test("werkt op 80×24 en 100×30, en crasht niet op 20×5")
    func maten() throws {
        let o = try Opzet()
        defer { o.werk.ruimOp() }
        var klein = o.rit(breedte: 80, hoogte: 21)
        klein.druk(.down, .enter)
        let tekst = klein.tekst()
        #expect(tekst.contains("Nu (werkversie)"))
        #expect(tekst.contains("Nieuwe krachten"))
        #expect(tekst.contains("16-11-2026"))
        var groot = o.rit(breedte: 100, hoogte: 27)
        groot.druk(.down, .enter)
        #expect(groot.tekst().contains("is gedaan op 12-11-2026"))
        for (b, h) in [(20, 5), (1, 1), (5, 2), (0, 0)] {
            var r = o.rit(breedte: b, hoogte: h)
            _ = r.tekst()
            r.druk(.character("v"), .down, .enter, .character("t"), .pageDown, .tab, .down)
            _ = r.tekst()
        }
    }

    @Test("de toetsen staan in de hulp onder Versies en zijn om te leggen")
    func toetsen() throws {
        let o = try Opzet()
        defer { o.werk.ruimOp() }
        #expect(VersiesScherm.toetsen.allSatisfy { $0.id.hasPrefix("versies.") && $0.group == "Versies" })
        #expect(VersiesScherm.toetsen.filter(\.showInHelpBar).count == 3)
        var omgeving = o.werk.omgeving
        omgeving.keymap = Keymap(RegieToetsen.standaard.bindings.map { b in
            var b = b
            if b.id == "versies.vergelijk" { b.keys = [.character("c")] }
            return b
        })
        var rit = SchermRit(VersiesScherm(o.werkversie, omgeving), o.werkversie, omgeving)
        rit.druk(.down, .enter)
        #expect(!rit.tekst().contains("Nieuwe krachten"))
        rit.druk(.character("c"))
        #expect(rit.tekst().contains("Nieuwe krachten"))
    }
}
