import Foundation
import Testing
@testable import RegieDomain
import RegieMethode

/// The work process as rules: ticks per round, the reason asked for a step the ticks do not
/// support, the phases proposed after an overleg, and a phase that contradicts the ticks.
@Suite("Werkproces: rondes, fasen en redenen")
struct WerkprocesTests {
    let wie = "Rita Regie"

    /// A household at the start (phase 1, no ticks, no phase changes).
    func begin() -> Dossier {
        var d = Proef.dossier()
        d.proces = Processtatus(fase: "1", niveau: 2)
        return d
    }

    /// Ticks every action of the phases (in the current round), dated `datum`.
    func vinkAlles(_ fasen: [String], in d: inout Dossier, _ m: Methode, datum: Datum = vandaag) throws {
        for id in fasen {
            let fase = try #require(m.fase(id))
            for a in fase.afvinkbareActies { d.proces.vinkAf(a.id, m, datum: datum, door: wie) }
        }
    }

    // MARK: - The method data

    @Test("voorgangers volgen de stappen van de richtlijn, zonder de keuzes van de regio")
    func voorgangers() throws {
        let m = try standaardMethode()
        #expect(m.voorgangers(van: "1").isEmpty)
        #expect(m.voorgangers(van: "4").map(\.id) == ["1", "2", "3a", "3b"])
        #expect(m.voorgangers(van: "5b").map(\.id) == ["1", "2", "3a", "3b", "4", "5a"])
        #expect(m.voorgangers(van: "6b").map(\.id) == ["1", "2", "3a", "3b", "4", "5a", "5b"])
        #expect(m.voorgangers(van: "6a").isEmpty, "naar 6a gaat het alleen als keuze van de regio")
        #expect(m.voorgangers(van: "9").isEmpty)
        #expect(m.eersteHerhalendeFase?.id == "4")
        #expect(m.fasen.filter(\.herhaalt).map(\.id) == ["4", "5a", "5b"])
        #expect(m.fase(van: .start)?.id == "3b")
        #expect(m.fase(van: .voortgang)?.id == "5b")
    }

    // MARK: - Ticks per round

    @Test("een tweede ronde wist de eerste niet; weghalen raakt alleen de huidige ronde")
    func vinkjesPerRonde() throws {
        let m = try standaardMethode()
        var d = begin()
        try vinkAlles(["1", "2", "3a", "3b"], in: &d, m, datum: dag(-20))
        d.proces.fase = "3b"
        #expect(d.gaNaarFase("4", m, datum: dag(-19), door: wie) == nil)
        #expect(d.proces.huidigeRonde == 1)
        let eersteKeer = d.proces.vinkAf("4.p1", m, datum: dag(-18), door: wie, notitie: "eerste keer")
        #expect(eersteKeer)
        let nogEens = d.proces.vinkAf("4.p1", m, datum: dag(-17), door: wie)
        #expect(!nogEens, "wat al telt, blijft zoals het was")
        #expect(d.proces.afvinking("4.p1", m)?.datum == dag(-18))
        try vinkAlles(["4", "5a", "5b"], in: &d, m, datum: dag(-10))
        #expect(d.gaNaarFase("5a", m, datum: dag(-10), door: wie) == nil)
        #expect(d.gaNaarFase("5b", m, datum: dag(-10), door: wie) == nil)

        // Back to 4 after a round with work: round 2, and the repeating phases are open again.
        #expect(d.gaNaarFase("4", m, datum: dag(-1), door: wie) == nil)
        #expect(d.proces.huidigeRonde == 2)
        #expect(d.proces.rondes.map(\.nummer) == [1, 2])
        #expect(d.proces.rondes.last?.begonnen == dag(-1))
        #expect(!d.proces.isAfgevinkt("4.p1", m))
        #expect(!d.proces.isAfgevinkt("5b.p1", m))
        // Phases that do not repeat keep their ticks.
        #expect(d.proces.isAfgevinkt("3b.p1", m))
        #expect(d.proces.afvinking("3b.p1", m)?.ronde == 1)

        let tweedeKeer = d.proces.vinkAf("4.p1", m, datum: vandaag, door: wie, notitie: "tweede keer")
        #expect(tweedeKeer)
        #expect(d.proces.afvinkingen(inRonde: 1, m).filter { $0.actie == "4.p1" }.map(\.notitie) == ["eerste keer"])
        #expect(d.proces.afvinkingen(inRonde: 2, m).map(\.actie) == ["4.p1"])
        let notitieGezet = d.proces.zetNotitie("bijgewerkt", bij: "4.p1", m)
        #expect(notitieGezet)
        #expect(d.proces.afvinkingen(inRonde: 1, m).first { $0.actie == "4.p1" }?.notitie == "eerste keer")

        d.proces.haalAfvinkingWeg("4.p1", m)
        #expect(!d.proces.isAfgevinkt("4.p1", m))
        #expect(d.proces.afvinkingen(inRonde: 2, m).isEmpty)
        #expect(d.proces.afvinkingen(inRonde: 1, m).contains { $0.actie == "4.p1" && $0.notitie == "eerste keer" },
                "de eerste ronde houdt haar vinkje")
        let zonderVinkje = d.proces.zetNotitie("niets", bij: "4.p1", m)
        #expect(!zonderVinkje, "zonder vinkje in deze ronde is er geen notitie te zetten")
        // A tick of a phase that does not repeat is removed as one.
        d.proces.haalAfvinkingWeg("3b.p1", m)
        #expect(!d.proces.isAfgevinkt("3b.p1", m))

        let overzicht = d.proces.rondeOverzicht(m)
        #expect(overzicht.map(\.nummer) == [2, 1], "de huidige ronde eerst")
    }

    @Test("ronde 1 zonder eigen vastlegging krijgt er een uit de vinkjes")
    func rondeOverzichtZonderVastlegging() throws {
        let m = try standaardMethode()
        var d = begin()
        d.proces.fase = "4"
        d.proces.vinkAf("4.p2", m, datum: dag(-3), door: wie)
        d.proces.vinkAf("4.p1", m, datum: dag(-5), door: wie)
        #expect(d.proces.rondes.isEmpty)
        let overzicht = d.proces.rondeOverzicht(m)
        #expect(overzicht.count == 1)
        #expect(overzicht.first?.nummer == 1)
        #expect(overzicht.first?.begonnen == dag(-5))
    }

    @Test("van 5b naar 4 begint alleen een nieuwe ronde als er in de ronde gewerkt is")
    func nieuweRondeAlleenMetWerk() throws {
        let m = try standaardMethode()
        var leeg = begin()
        leeg.proces.fase = "5b"
        #expect(leeg.gaNaarFase("4", m, datum: vandaag, door: wie) == nil)
        #expect(leeg.proces.huidigeRonde == 1)
        #expect(leeg.proces.rondes.isEmpty)
        #expect(leeg.proces.faseovergangen.last == Faseovergang(van: "5b", naar: "4", datum: vandaag, door: wie, reden: "", ronde: 1))

        var gewerkt = begin()
        gewerkt.proces.fase = "5b"
        gewerkt.proces.vinkAf("5b.p1", m, datum: dag(-1), door: wie)
        #expect(gewerkt.gaNaarFase("4", m, datum: vandaag, door: wie) == nil, "terug is nooit een reden nodig")
        #expect(gewerkt.proces.huidigeRonde == 2)
        #expect(gewerkt.proces.faseovergangen.last?.ronde == 2)

        // A voortgangsoverleg linked to the round is work too.
        var metOverleg = begin()
        metOverleg.proces.fase = "5b"
        metOverleg.proces.koppelOverleg("o1", datum: dag(-1), door: wie)
        #expect(metOverleg.gaNaarFase("4", m, datum: vandaag, door: wie) == nil)
        #expect(metOverleg.proces.huidigeRonde == 2)
        #expect(metOverleg.proces.rondes.first?.overleg == "o1")
    }

    @Test("heropenen naar fase 1 laat ook de fasen die niet herhalen opnieuw tellen")
    func nieuweAanvraag() throws {
        let m = try standaardMethode()
        var d = begin()
        try vinkAlles(["1", "2", "3a", "3b", "4"], in: &d, m, datum: dag(-20))
        d.proces.fase = "6b"
        d.proces.afsluitingen = [Afsluiting(datum: dag(-10), door: wie, evaluatie: "Goed.", vragenBij: "Wijkteam")]
        #expect(d.heropen(naar: "1", reden: "Nieuwe vraag van de moeder.", m, datum: dag(-1), door: wie) == nil)
        #expect(d.proces.fase == "1")
        #expect(d.proces.huidigeRonde == 2)
        #expect(d.proces.aanvraagRonde == 2)
        #expect(d.proces.rondes.last?.nieuweAanvraag == true)
        #expect(!d.proces.isAfgevinkt("1.p1", m))
        #expect(!d.proces.isAfgevinkt("3b.p1", m))
        #expect(d.proces.afgevinkt.contains { $0.actie == "1.p1" && $0.ronde == 1 }, "de vinkjes van de eerste aanvraag blijven bewaard")
        let opnieuw = d.proces.vinkAf("1.p1", m, datum: vandaag, door: wie)
        #expect(opnieuw)
        #expect(d.proces.afvinking("1.p1", m)?.ronde == 2)
    }

    // MARK: - A reason for a step the ticks do not support

    @Test("vooruit met open acties vraagt een reden; die wordt vastgelegd")
    func redenBijOverslaan() throws {
        let m = try standaardMethode()
        var d = begin()
        try vinkAlles(["1", "2", "3a"], in: &d, m)
        d.proces.fase = "3b"
        let vier = try #require(m.fase("4"))
        let open = try #require(m.fase("3b")).afvinkbareActies.count
        let verwacht = "In fase 3b zijn nog \(open) acties niet afgevinkt. Waarom nu naar fase 4 \(vier.naam)?"
        #expect(d.redenNodig(naar: "4", m) == verwacht)
        #expect(d.gaNaarFase("4", m, datum: vandaag, door: wie) == verwacht)
        #expect(d.gaNaarFase("4", m, datum: vandaag, door: wie, reden: "  \n") == verwacht, "witruimte is geen reden")
        #expect(d.proces.fase == "3b")
        #expect(d.proces.faseovergangen.isEmpty)

        #expect(d.gaNaarFase("4", m, datum: vandaag, door: wie, reden: " Het startoverleg was al, buiten Regie. ") == nil)
        #expect(d.proces.fase == "4")
        #expect(d.proces.faseovergangen == [Faseovergang(van: "3b", naar: "4", datum: vandaag, door: wie,
                                                         reden: "Het startoverleg was al, buiten Regie.", ronde: 1)])

        // One open action, in two phases.
        var twee = begin()
        try vinkAlles(["1", "2", "3a", "3b"], in: &twee, m)
        twee.proces.haalAfvinkingWeg("2.p1", m)
        twee.proces.haalAfvinkingWeg("3a.p1", m)
        twee.proces.fase = "3b"
        #expect(twee.redenNodig(naar: "4", m) == "In fase 2 en 3a zijn nog 2 acties niet afgevinkt. Waarom nu naar fase 4 \(vier.naam)?")
        twee.proces.vinkAf("2.p1", m, datum: vandaag, door: wie)
        #expect(twee.redenNodig(naar: "4", m) == "In fase 3a is nog 1 actie niet afgevinkt. Waarom nu naar fase 4 \(vier.naam)?")
    }

    @Test("van 3b naar 4 met alles afgevinkt is geen reden nodig; terug ook niet")
    func geenRedenNodig() throws {
        let m = try standaardMethode()
        var d = begin()
        try vinkAlles(["1", "2", "3a", "3b"], in: &d, m)
        d.proces.fase = "3b"
        #expect(d.redenNodig(naar: "4", m) == nil)
        #expect(d.redenNodig(naar: "2", m) == nil)
        #expect(d.gaNaarFase("4", m, datum: vandaag, door: wie) == nil)
        #expect(d.proces.faseovergangen.last?.reden == "")
        #expect(d.proces.fase == "4")
    }

    @Test("een stap die de methode niet geeft, vraagt een reden; een onbekende fase wordt geweigerd")
    func stapBuitenDeMethode() throws {
        let m = try standaardMethode()
        var d = begin()
        try vinkAlles(["1", "2", "3a", "3b"], in: &d, m)
        d.proces.fase = "3b"
        let zesA = try #require(m.fase("6a"))
        let verwacht = "Na fase 3b komt volgens de methode fase 4, niet 6a. Waarom nu naar fase 6a \(zesA.naam)?"
        #expect(d.redenNodig(naar: "6a", m) == verwacht)
        #expect(d.gaNaarFase("6a", m, datum: vandaag, door: wie) == verwacht)
        #expect(d.gaNaarFase("9", m, datum: vandaag, door: wie, reden: "zomaar") == "Fase 9 bestaat niet in de methode.")
        #expect(d.redenNodig(naar: "9", m) == "Fase 9 bestaat niet in de methode.")
        #expect(d.proces.fase == "3b")
        // From 4 the region's choice 6a is in `volgende`: no reason.
        var vier = d
        vier.proces.fase = "4"
        #expect(vier.redenNodig(naar: "6a", m) == nil)
    }

    @Test("een afgesloten huishouden verandert niet van fase")
    func afgeslotenBlijftStaan() throws {
        let m = try standaardMethode()
        var d = begin()
        d.proces.fase = "6b"
        d.proces.afsluitingen = [Afsluiting(datum: dag(-1), door: wie, evaluatie: "Goed.", vragenBij: "Wijkteam")]
        #expect(d.gaNaarFase("4", m, datum: vandaag, door: wie) == "Het huishouden is afgesloten. Open het eerst opnieuw.")
        #expect(d.proces.fase == "6b")
        #expect(d.proces.faseovergangen.isEmpty)
    }

    // MARK: - Proposed phases and contradiction

    @Test("na een overleg: 3b → 4; 5b → 4 of 6b (6a van de regio niet); niets als het huishouden dicht is")
    func voorgesteldeFasen() throws {
        let m = try standaardMethode()
        var d = Proef.dossier()
        d.plan.overleggen += [Overleg(id: "start", soort: .start, datum: dag(-20)), Overleg(id: "voortgang", soort: .voortgang, datum: dag(-1)),
                              Overleg(id: "extra", soort: .extra, datum: dag(-2))]
        #expect(d.voorgesteldeFasen(naOverleg: "start", m).map(\.id) == ["4"])
        #expect(d.voorgesteldeFasen(naOverleg: "voortgang", m).map(\.id) == ["4", "6b"])
        #expect(d.voorgesteldeFasen(naOverleg: "bestaat-niet", m).isEmpty)
        // A region that made 6a part of its own steps gets it proposed too.
        var regio = m
        let i = try #require(regio.fasen.firstIndex { $0.id == "5b" })
        regio.fasen[i].regionaal = []
        #expect(d.voorgesteldeFasen(naOverleg: "voortgang", regio).map(\.id) == ["4", "6a", "6b"])

        d.proces.afsluitingen = [Afsluiting(datum: dag(-1), door: wie, evaluatie: "Goed.", vragenBij: "Wijkteam")]
        #expect(d.voorgesteldeFasen(naOverleg: "voortgang", m).isEmpty)
    }

    @Test("een fase die de vinkjes tegenspreekt zonder reden, wordt gemeld")
    func faseTegenspraak() throws {
        let m = try standaardMethode()
        var d = Proef.dossier()
        #expect(d.faseTegenspraak(m) == nil, "de stap naar 4 had een reden")
        d.proces.faseovergangen = []
        let open = ["1", "2", "3a", "3b"].compactMap { m.fase($0) }.map(\.afvinkbareActies.count).reduce(0, +)
        #expect(d.faseTegenspraak(m)
                == "Fase 4 is de huidige fase, maar in fase 1, 2, 3a en 3b zijn nog \(open) acties niet afgevinkt, en er is geen reden vastgelegd.")
        #expect(d.openVoor(fase: "4", m).map(\.fase.id) == ["1", "2", "3a", "3b"])
        try vinkAlles(["1", "2", "3a", "3b"], in: &d, m)
        #expect(d.faseTegenspraak(m) == nil)
        #expect(d.openVoor(fase: "4", m).isEmpty)
        // A later step without reason into the same phase: the earlier reason does not count.
        var later = Proef.dossier()
        later.proces.faseovergangen.append(Faseovergang(van: "5b", naar: "4", datum: dag(-1), door: wie, ronde: 1))
        #expect(later.faseTegenspraak(m) != nil)
    }
}
