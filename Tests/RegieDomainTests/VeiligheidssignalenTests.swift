import Foundation
import Testing
@testable import RegieDomain
import RegieMethode

/// The safety branch points and what follows from an answer, and the plan check's findings
/// around the meldcode, the veiligheidsplan and the next overleg.
@Suite("Veiligheidssignalen en de plancheck")
struct VeiligheidssignalenTests {
    let wie = "Rita Regie"

    func check(_ d: Dossier, _ m: Methode? = nil, vandaag dag: Datum = vandaag) throws -> [Bevinding] {
        try d.planCheck(m ?? standaardMethode(), vandaag: dag)
    }

    // MARK: - The answer at a branch point

    @Test("ja start een meldcode en maakt het veiligheidsplan nodig; nog een ja gaat door met dezelfde")
    func jaStartMeldcode() throws {
        let m = try standaardMethode()
        var d = Proef.dossier()
        #expect(!d.heeftVeiligheidssignalen)
        #expect(!d.veiligheidsplanVereist(m))
        #expect(d.beantwoordVeiligheidsvraag(fase: "4", .ja, datum: dag(-3), door: wie, toelichting: "Blauwe plekken gezien.") == .meldcodeGestart)
        #expect(d.proces.veiligheidsvragen == [Veiligheidsvraag(fase: "4", antwoord: .ja, datum: dag(-3), door: wie,
                                                                toelichting: "Blauwe plekken gezien.", ronde: 1)])
        #expect(d.proces.meldcode.count == 1)
        #expect(d.openMeldcode?.begonnen == dag(-3))
        #expect(d.openMeldcode?.aanleiding == "signalen bij fase 4")
        #expect(d.heeftVeiligheidssignalen)
        #expect(d.veiligheidsplanVereist(m))
        #expect(d.veiligheidsstappenNodig)

        #expect(d.beantwoordVeiligheidsvraag(fase: "4", .ja, datum: dag(-1), door: wie) == .meldcodeLoopt)
        #expect(d.proces.meldcode.count == 1, "de open meldcode wordt gekoppeld, er komt geen tweede")
        #expect(d.proces.veiligheidsvragen.count == 2)

        // After a decision, a new "ja" starts a new walk.
        d.proces.meldcode[0].besluit = BesluitVastlegging(besluit: "hulp-vervolgen", datum: dag(-1), door: wie)
        #expect(d.openMeldcode == nil)
        #expect(d.beantwoordVeiligheidsvraag(fase: "6b", .ja, datum: vandaag, door: wie) == .meldcodeGestart)
        #expect(d.proces.meldcode.count == 2)
        #expect(d.openMeldcode?.aanleiding == "signalen bij fase 6b")
    }

    @Test("nee en onbekend worden vastgelegd en starten niets; het laatste antwoord telt")
    func neeStartNiets() throws {
        let m = try standaardMethode()
        var d = Proef.dossier()
        for antwoord in [Signaalantwoord.nee, .onbekend] {
            #expect(d.beantwoordVeiligheidsvraag(fase: "2", antwoord, datum: vandaag, door: wie) == .vastgelegd)
        }
        #expect(d.proces.meldcode.isEmpty)
        #expect(d.proces.veiligheidsvragen.map(\.antwoord) == [.nee, .onbekend])
        #expect(!d.heeftVeiligheidssignalen)
        #expect(!d.veiligheidsplanVereist(m))
        d.beantwoordVeiligheidsvraag(fase: "4", .ja, datum: vandaag, door: wie)
        #expect(d.heeftVeiligheidssignalen)
        d.beantwoordVeiligheidsvraag(fase: "4", .nee, datum: vandaag, door: wie)
        #expect(!d.heeftVeiligheidssignalen, "het laatste antwoord telt")
        #expect(d.proces.meldcode.count == 1, "de meldcode blijft staan")
    }

    @Test("een lege meldcode (geopend, niets vastgelegd) wordt de meldcode van het ja")
    func legeMeldcodeWordtGebruikt() throws {
        var d = Proef.dossier()
        d.proces.meldcode = [Meldcodeverloop()]
        #expect(d.openMeldcode == nil)
        #expect(d.beantwoordVeiligheidsvraag(fase: "1", .ja, datum: vandaag, door: wie) == .meldcodeGestart)
        #expect(d.proces.meldcode.count == 1)
        #expect(d.proces.meldcode[0].begonnen == vandaag)
        #expect(d.proces.meldcode[0].aanleiding == "signalen bij fase 1")
    }

    @Test("de levensbedreigende stap wordt vastgelegd in de open meldcode, of begint er een")
    func noodmelding() throws {
        var d = Proef.dossier()
        let melding = Noodmelding(datum: vandaag, tijd: Tijd(uur: 14, minuut: 5), door: wie, wat: "112 gebeld")
        d.legNoodmeldingVast(melding)
        #expect(d.proces.meldcode.count == 1)
        #expect(d.openMeldcode?.levensbedreigend == melding)
        #expect(d.openMeldcode?.aanleiding == "levensbedreigende situatie")
        let tweede = Noodmelding(datum: vandaag, tijd: Tijd(uur: 15, minuut: 0), door: wie, wat: "crisisdienst ingeschakeld")
        d.legNoodmeldingVast(tweede)
        #expect(d.proces.meldcode.count == 1)
        #expect(d.openMeldcode?.levensbedreigend == tweede)
    }

    @Test("de begindatum van een meldcode van vóór deze versie is de eerste vastgelegde dag")
    func begindatumOud() {
        let oud = Meldcodeverloop(stappen: [Stapvastlegging(stap: "1", datum: dag(-4), door: "x")],
                                  antwoorden: [AfwegingAntwoord(afweging: "a1", antwoord: .ja, datum: dag(-6), door: "x")])
        #expect(oud.begindatum == dag(-6))
        #expect(oud.isOpen)
        #expect(Meldcodeverloop().begindatum == nil)
        #expect(!Meldcodeverloop().isOpen)
    }

    // MARK: - The plan check

    @Test("zorgen ja zonder meldcode: fout bij de meldcode, en het veiligheidsplan ontbreekt")
    func zorgenZonderMeldcode() throws {
        var d = Proef.dossier()
        d.plan.zorgenBasiszorgVeiligheid = .ja
        let b = try check(d)
        #expect(b == [
            Bevinding(.veiligheidsplanOntbreekt, .veiligheidsplan, "Er moet een veiligheidsplan zijn: er zijn zorgen over basiszorg en veiligheid."),
            Bevinding(.meldcodeNietGevolgd, .meldcode, "Er zijn signalen van onveiligheid, maar de meldcode is nog niet gevolgd. Open de extra stappen bij onveiligheid."),
        ])
        // A walk that was started takes the meldcode finding away.
        d.proces.meldcode = [Meldcodeverloop(begonnen: dag(-1), aanleiding: "zorgen")]
        #expect(try check(d).filter { $0.plaats == .meldcode }.isEmpty)
    }

    @Test("niveau 3 zonder meldcode wordt gemeld, ook zonder zorgen")
    func niveauDrieZonderMeldcode() throws {
        var d = Proef.dossier()
        d.proces.niveau = 3
        d.veiligheidsplan = Proef.veiligheidsplan(ondertekening: [Proef.klantTekent, Proef.professionalTekent])
        let b = try check(d)
        #expect(b == [Bevinding(.meldcodeNietGevolgd, .meldcode,
                                "Het huishouden staat op niveau 3, maar de meldcode is nog niet gevolgd. Open de extra stappen bij onveiligheid.")])
        d.proces.niveau = 2
        #expect(try check(d) == [])
    }

    @Test("een meldcode die langer open staat dan de methode zegt, wordt gemeld")
    func meldcodeTeLangOpen() throws {
        let m = try standaardMethode()
        let dagen = m.info.regels.meldcodeOpenDagen
        var d = Proef.dossier()
        d.proces.meldcode = [Meldcodeverloop(begonnen: dag(-dagen), aanleiding: "signalen bij fase 4")]
        #expect(try check(d, m) == [], "op de dag zelf nog niet")
        d.proces.meldcode[0].begonnen = dag(-dagen - 1)
        #expect(try check(d, m) == [Bevinding(.meldcodeTeLangOpen, .meldcode,
                                               "De meldcode loopt sinds \(dag(-dagen - 1).tekst) (\(dagen + 1) dagen) zonder besluit; de afspraak is binnen \(dagen) dagen.")])
        // The number is the region's.
        var regio = m
        regio.info.regels.meldcodeOpenDagen = 5
        d.proces.meldcode[0].begonnen = dag(-6)
        #expect(try check(d, regio).map(\.melding) == ["De meldcode loopt sinds \(dag(-6).tekst) (6 dagen) zonder besluit; de afspraak is binnen 5 dagen."])
        #expect(try check(d, m).isEmpty)
        // With a decision it is not open.
        d.proces.meldcode[0].besluit = BesluitVastlegging(besluit: "hulp-vervolgen", datum: dag(-1), door: wie)
        #expect(try check(d, regio).isEmpty)
    }

    @Test("na het besluit melden moet het niveau opnieuw bekeken worden")
    func meldenZonderNiveauwijziging() throws {
        let m = try standaardMethode()
        var d = Proef.dossier()
        d.proces.meldcode = [Meldcodeverloop(besluit: BesluitVastlegging(besluit: "melden", datum: dag(-5), door: wie), begonnen: dag(-10))]
        d.proces.niveaugeschiedenis = [Niveauwijziging(datum: dag(-20), van: nil, naar: 2, reden: "start", door: wie)]
        let tekst = try #require(m.meldcode.besluit("melden")?.tekst)
        #expect(try check(d, m) == [Bevinding(.niveauHerzienNaBesluit, .niveau,
                                               "Op \(dag(-5).tekst) is besloten: \"\(tekst)\". Bekijk daarna het niveau op de regiekaart opnieuw.")])
        d.proces.niveaugeschiedenis.append(Niveauwijziging(datum: dag(-4), van: 2, naar: 2, reden: "bekeken na de melding", door: wie))
        #expect(try check(d, m) == [])
        // Another decision asks nothing.
        var ander = Proef.dossier()
        ander.proces.meldcode = [Meldcodeverloop(besluit: BesluitVastlegging(besluit: "hulp-vervolgen", datum: dag(-5), door: wie), begonnen: dag(-10))]
        #expect(try check(ander, m) == [])
    }

    @Test("geen toestemming terwijl er signalen zijn, wijst naar de meldcode")
    func geenToestemmingMetSignalen() throws {
        var d = Proef.dossier()
        d.toestemmingDelen = .nee
        #expect(try check(d) == [], "zonder signalen is nee een keuze van de klant")
        d.beantwoordVeiligheidsvraag(fase: "4", .ja, datum: vandaag, door: wie)
        d.veiligheidsplan = Proef.veiligheidsplan(ondertekening: [Proef.klantTekent, Proef.professionalTekent])
        #expect(try check(d) == [Bevinding(.meldcodeZonderToestemming, .meldcode,
                                            "Er is geen toestemming om informatie te delen, terwijl er signalen van onveiligheid zijn: volg de meldcode.")])
    }

    @Test("een fase die de vinkjes tegenspreekt, wordt gemeld")
    func faseTegenspraak() throws {
        let m = try standaardMethode()
        var d = Proef.dossier()
        d.proces.faseovergangen = []
        let b = try check(d, m)
        #expect(b.count == 1)
        #expect(b.first?.ernst == .waarschuwing && b.first?.plaats == .fase)
        #expect(b.first?.melding == d.faseTegenspraak(m))
        #expect(b.first?.melding.hasPrefix("Fase 4 is de huidige fase, maar in fase 1, 2, 3a en 3b zijn nog ") == true)
    }

    @Test("twee geplande volgende overleggen van één soort worden gemeld")
    func tweeVolgendeOverleggen() throws {
        var d = Proef.dossier()
        d.plan.overleggen.append(Overleg(id: "o2", soort: .voortgang, datum: dag(20), tijd: Tijd(uur: 9, minuut: 0), locatie: "Thuis"))
        d.plan.overleggen.append(Overleg(id: "o3", soort: .start, datum: dag(21), tijd: Tijd(uur: 9, minuut: 0), locatie: "Thuis"))
        #expect(try check(d) == [Bevinding(.overlegDubbelGepland, .overleggen,
                                            "Er staan 2 volgende voortgangsoverleggen gepland (\(dag(10).tekst), \(dag(20).tekst)); houd er één en verplaats die zo nodig.")])
        // Moving instead of adding: one left.
        let verplaatst = d.verplaatsOverleg("o1", naar: dag(12), tijd: Tijd(uur: 10, minuut: 0))
        #expect(verplaatst)
        d.plan.overleggen.removeAll { $0.id == "o2" }
        #expect(try check(d) == [])
    }

    @Test("een veiligheidsafspraak waarvan de datum voorbij is zonder dat ze is nagekomen, is te laat")
    func teLateAfspraak() throws {
        var d = Proef.dossier()
        d.veiligheidsplan = Proef.veiligheidsplan(ondertekening: [Proef.klantTekent, Proef.professionalTekent])
        #expect(try check(d) == [])
        d.veiligheidsplan?.afspraken[0].wanneer = dag(-2)
        let laat = Bevinding(.afspraakTeLaat, .afspraak("af1"),
                             "Deze veiligheidsafspraak is te laat: gepland op \(dag(-2).tekst), en sindsdien niet als nagekomen vastgelegd.")
        #expect(try check(d) == [laat])
        d.veiligheidsplan?.afspraken[0].nalevingen = [Naleving(datum: dag(-3), nagekomen: .ja)]
        #expect(try check(d) == [laat], "een naleving van vóór de datum telt niet")
        d.veiligheidsplan?.afspraken[0].nalevingen.append(Naleving(datum: dag(-1), nagekomen: .nee, toelichting: "Bram bleef thuis."))
        #expect(try check(d) == [laat])
        d.veiligheidsplan?.afspraken[0].nalevingen.append(Naleving(datum: dag(-1), nagekomen: .ja, overleg: "o1"))
        #expect(try check(d) == [])
        #expect(d.teLateAfspraken(vandaag: vandaag).isEmpty)
        // An afspraak without wie, waar and wanneer gets a hint.
        d.veiligheidsplan?.afspraken[0].wie = nil
        d.veiligheidsplan?.afspraken[0].waar = " "
        d.veiligheidsplan?.afspraken[0].wanneer = nil
        #expect(try check(d) == [Bevinding(.afspraakOnvolledig, .afspraak("af1"), "Bij deze afspraak ontbreekt wie, waar en wanneer.")])
    }

    @Test("een evaluatiedatum die voorbij is, wordt gemeld")
    func evaluatieTeLaat() throws {
        var d = Proef.dossier()
        d.veiligheidsplan = Proef.veiligheidsplan(ondertekening: [Proef.klantTekent, Proef.professionalTekent])
        d.veiligheidsplan?.evaluatiedatum = dag(-1)
        #expect(try check(d) == [Bevinding(.evaluatieTeLaat, .veiligheidsplan,
                                            "De evaluatie van het veiligheidsplan is te laat: die stond op \(dag(-1).tekst). Evalueer het en plan een nieuwe datum.")])
        d.veiligheidsplan?.evaluatiedatum = vandaag
        #expect(try check(d) == [])
        // An ended veiligheidsplan is not evaluated any more.
        d.veiligheidsplan?.evaluatiedatum = dag(-1)
        d.veiligheidsplan?.afgerond = Afronding(datum: vandaag, door: wie)
        #expect(try check(d) == [])
    }

    @Test("een veiligheidsplan dat na de ondertekening is gewijzigd, moet opnieuw ondertekend worden")
    func gewijzigdNaOndertekening() throws {
        var d = Proef.dossier()
        d.veiligheidsplan = Proef.veiligheidsplan(ondertekening: [Proef.klantTekent, Proef.professionalTekent])
        let oud = d
        d.veiligheidsplan?.veiligheidsvoorwaarden = "Niemand drinkt als Bram thuis is."
        d.noteerWijzigingVeiligheidsplan(sinds: oud, vandaag: vandaag)
        #expect(d.veiligheidsplan?.gewijzigd == vandaag)
        #expect(d.veiligheidsplan?.isOndertekend == false)
        #expect(d.veiligheidsplan?.moetOpnieuwOndertekend == true)
        #expect(try check(d) == [Bevinding(.opnieuwOndertekenen, .ondertekening,
                                            "Het veiligheidsplan is gewijzigd op \(vandaag.tekst), na de laatste ondertekening: laat het opnieuw ondertekenen.")])
        // Signing again today is after the change.
        d.veiligheidsplan?.ondertekening += [Ondertekening(persoon: Proef.moeder, naam: "Anna Proef", hoedanigheid: .klant, datum: vandaag),
                                             Ondertekening(persoon: Proef.regisseur, naam: "Rita Regie", hoedanigheid: .professional, datum: vandaag)]
        #expect(d.veiligheidsplan?.isOndertekend == true)
        #expect(try check(d) == [])
        // Only a new signature changes nothing of the content: no change date.
        var getekend = oud
        getekend.veiligheidsplan?.ondertekening.append(Ondertekening(persoon: Proef.oma, naam: "Oma Proef", hoedanigheid: .klant, datum: vandaag))
        getekend.noteerWijzigingVeiligheidsplan(sinds: oud, vandaag: vandaag)
        #expect(getekend.veiligheidsplan?.gewijzigd == nil)
    }

    @Test("bij een veiligheidsplan of niveau 3 horen de veiligheidsstappen bij elk overleg")
    func veiligheidsstappen() throws {
        var d = Proef.dossier()
        #expect(!d.veiligheidsstappenNodig)
        d.proces.niveau = 3
        #expect(d.veiligheidsstappenNodig, "niveau 3, ook zonder zorgen")
        d.proces.niveau = 2
        d.veiligheidsplan = Proef.veiligheidsplan(ondertekening: [])
        #expect(d.veiligheidsstappenNodig)
        d.veiligheidsplan?.afgerond = Afronding(datum: vandaag, door: wie)
        #expect(!d.veiligheidsstappenNodig, "een afgerond veiligheidsplan loopt niet meer")
    }
}
