import Foundation
import RegieDomain
import Screen
import Testing
@testable import RegieApp

/// At intake (2.p3): the start criteria answered one by one with the reason regie started;
/// per young person the Verwijsindex signals with risk, date, who was told and the overleg.
@Suite("Huishouden: waarom regie en de Verwijsindex")
struct HuishoudenIntakeTests {
    func rit() throws -> (SchermRit<HuishoudenScherm>, TestWerk) {
        let werk = try TestWerk()
        var d = Voorbeeld.demo(vandaag: werk.omgeving.vandaag)
        d.proces.startcriteria = []
        return (SchermRit(HuishoudenScherm(werk.omgeving.methode), d, werk.omgeving), werk)
    }

    func regels(_ r: SchermRit<HuishoudenScherm>) -> [String] {
        r.tekst().split(separator: "\n", omittingEmptySubsequences: false).map { String($0) }
    }

    @Test("de startcriteria één voor één: geldt, geldt niet of onbekend, met de reden erbij")
    func checklist() throws {
        var (r, werk) = try rit()
        defer { werk.ruimOp() }
        for _ in 0..<5 { r.druk(.pageDown) }
        #expect(r.tekst().contains("[ Waarom regie ]"))
        #expect(r.tekst().contains("0 van 9 beantwoord."))
        r.druk(.right)
        r.druk(.down)
        r.druk(.right, .right)
        #expect(r.dossier.proces.startcriteria == ["s1"])
        #expect(r.dossier.proces.startcriteriaNiet == ["s2"])
        #expect(regels(r) == [
            "  Huishouden            ┌─ Waarom regie ───────────────────────────────────────────────────────────┐",
            "  Gezinsleden           │  Bepaal of het huishouden kwetsbaar is volgens de criteria; één criterium│",
            "  Netwerk               │  is genoeg. De groep Jeugd geldt daarnaast voor huishoudens met een      │",
            "  Professionals         │  jeugdige. 2 van 9 beantwoord.                                           │",
            "  Regisseurs            │  Alle huishoudens                                                        │",
            "[ Waarom regie ]        │  Het huishouden is kwetsbaar, ongeacht hoeveel zorgaanbieders er         │",
            "                        │  betrokken zijn.                                                         │",
            "                        │  Geldt dit?             geldt                                            │",
            "                        │  Er zijn twee of meer zorgaanbieders betrokken.                          │",
            "                        │▸ Geldt dit?              geldt  [ geldt niet ]  onbekend                 │",
            "                        │  Het huishouden maakt een crisis door.                                   │",
            "                        │  Geldt dit?             onbekend                                         │",
            "                        │  Er zijn (signalen van) onvoldoende basiszorg, onveiligheid en/of        │",
            "                        │  (huiselijk) geweld.                                                     │",
            "                        │  Geldt dit?             onbekend                                         │",
            "                        │  Er komt een tweede (of nog een) voorziening vanuit de Jeugdwet of de Wmo│",
            "                        │  bij in het huishouden.                                                  │",
            "                        │  Geldt dit?             onbekend                                         │",
            "                        │  Jeugd                                                                   │",
            "                        │  Een jeugdige valt structureel uit op school.                            │",
            "                        │  Geldt dit?             onbekend                                         │",
            "                        │  Er is een gezinsvoogd betrokken bij een jeugdige of bij het gezin.      │",
            "                        │  Geldt dit?             onbekend                                         │",
            "                        │  Een jeugdige wordt uit huis geplaatst, of dat dreigt.                   │",
            "                        │  Geldt dit?             onbekend                                         │",
            "                        │  Het Doorbraakteam is betrokken.                                         │",
            "                        │  Geldt dit?             onbekend                                         │",
            "                        │  Waarom regie           —                                                │",
            "                        │                                                                          │",
            "                        └──────────────────────────────────────────────────────────────────────────┘"
        ])
        r.druk(.ctrlEnd)
        r.typ("Drie hulpverleners, niemand houdt overzicht.")
        r.druk(.up)
        #expect(r.dossier.proces.startreden == "Drie hulpverleners, niemand houdt overzicht.")
        // Back to "onbekend": the criterion is no longer answered.
        r.druk(.ctrlHome)
        r.druk(.right, .right)
        #expect(r.dossier.proces.startcriteria == [])
        #expect(r.dossier.proces.startcriteriaNiet == ["s2"])
    }

    @Test("een Verwijsindex-signaal bij Noé: risico, datum, wie ingelicht, match en de uiterste dag voor het overleg")
    func signaal() throws {
        var (r, werk) = try rit()
        defer { werk.ruimOp() }
        let noe = r.dossier.gezinsleden[2].id
        r.scherm.ga(naar: .gezinslid(noe), in: r.dossier)
        r.druk(.insert)
        #expect(r.dossier.gezinsleden[2].verwijsindexSignalen.count == 1)
        r.druk(.right)
        r.druk(.down)
        r.druk(.ctrl("u")); r.typ("02-11-2026")
        r.druk(.down)
        r.druk(.right)
        r.druk(.down)
        r.druk(.down)
        r.druk(.ctrl("u")); r.typ("13-11-2026")
        r.druk(.up)
        let s = try #require(r.dossier.gezinsleden[2].verwijsindexSignalen.first)
        #expect(s.criterium == "v1")
        #expect(s.datum == Datum(jaar: 2026, maand: 11, dag: 2))
        #expect(s.jeugdigeGeinformeerd == .ja)
        #expect(s.vertegenwoordigerGeinformeerd == nil)
        #expect(s.matchdatum == Datum(jaar: 2026, maand: 11, dag: 13))
        #expect(s.overlegdatum == nil)
        #expect(regels(r) == [
            "  Huishouden            ┌─ Gezinsleden › Noé El Amrani · zoon · 20-02-2017 › v1 · 02-11-2026 · m… ─┐",
            "[ Gezinsleden ]         │  Risico                 v1 · De jeugdige krijgt te maken met geestelijk,…│",
            "  Netwerk               │  Datum signaal          02-11-2026                                       │",
            "  Professionals         │  Jeugdige ingelicht     ja                                               │",
            "  Regisseurs            │▸ Ouder/voogd ingelicht   ja   nee  [ onbekend ]                          │",
            "  Waarom regie          │  Datum match            13-11-2026                                       │",
            "                        │  Datum overleg          nog niet; uiterlijk 20-11-2026                   │",
            "                        │                                                                          │",
            "                        │                                                                          │",
            "                        │                                                                          │",
            "                        │                                                                          │",
            "                        │                                                                          │",
            "                        │                                                                          │",
            "                        │                                                                          │",
            "                        │                                                                          │",
            "                        │                                                                          │",
            "                        │                                                                          │",
            "                        │                                                                          │",
            "                        │                                                                          │",
            "                        │                                                                          │",
            "                        │                                                                          │",
            "                        │                                                                          │",
            "                        │                                                                          │",
            "                        │                                                                          │",
            "                        │                                                                          │",
            "                        │                                                                          │",
            "                        │                                                                          │",
            "                        │                                                                          │",
            "                        │Is de wettelijk vertegenwoordiger geïnformeerd? Uiterlijk bij een match.  │",
            "                        └──────────────────────────────────────────────────────────────────────────┘"
        ])
        r.druk(.escape)
        #expect(r.tekst().contains("Signalen in de Verwijsindex (1)"))
        #expect(r.tekst().contains("• v1 · 02-11-2026 · match 13-11-2026"))
    }
}

/// A finding about one regisseur (a profile that does not fit the level) opens that regisseur.
@Suite("Huishouden: naar één regisseur")
struct HuishoudenRegisseurTests {
    func regels(_ tekst: String) -> [String] {
        tekst.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    @Test("de plek van een bevinding over Thijs opent Thijs, niet alleen de rubriek Regisseurs")
    func naarRegisseur() throws {
        let werk = try TestWerk()
        defer { werk.ruimOp() }
        var d = Voorbeeld.demo(vandaag: werk.omgeving.vandaag)
        d.regisseurs[1].profiel = .a
        let bevinding = try #require(d.planCheck(werk.omgeving.methode, vandaag: werk.omgeving.vandaag)
            .first { $0.regel == .profielPastNiet })
        #expect(bevinding.plaats == .regisseur(d.regisseurs[1].id))
        var r = SchermRit(HuishoudenScherm(werk.omgeving.methode), d, werk.omgeving)
        r.hoogte = 16
        r.scherm.ga(naar: bevinding.plaats, in: r.dossier)
        #expect(regels(r.tekst()) == [
            "  Huishouden            ┌─ Regisseurs › Thijs Bos · casusregisseur sinds 19-10-2026 · profiel A … ─┐",
            "  Gezinsleden           │▸ Naam                   Thijs Bos                                        │",
            "  Netwerk               │  Rol                    casusregisseur                                   │",
            "  Professionals         │  Competentieprofiel     A ! niveau 3 vraagt B                            │",
            "[ Regisseurs ]          │  Sinds                  19-10-2026                                       │",
            "  Waarom regie          │  Tot                    —                                                │",
            "                        │  Organisatie            Maatschappelijk werk Zuiderveen                  │",
            "                        │  Telefoon               —                                                │",
            "                        │  E-mail                 t.bos@voorbeeld.nl                               │",
            "                        │                                                                          │",
            "                        │                                                                          │",
            "                        │                                                                          │",
            "                        │                                                                          │",
            "                        │                                                                          │",
            "                        │                                                                          │",
            "                        └──────────────────────────────────────────────────────────────────────────┘",
        ], "\n\(r.tekst())")
    }
}
