import Foundation
import Testing
@testable import RegieDomain

/// Quotes without words, the text limits, and people who are both professional and regisseur.
@Suite("Domein: lege citaten, tekstgrenzen, één persoon")
struct TekstenEnPersonenTests {
    func gezin() -> Dossier {
        Dossier(naam: "Familie Test", aangemaakt: vandaag, gezinsleden: [Gezinslid(naam: "Sanne")])
    }

    @Test("citaten zonder woorden gaan weg uit elke lijst, met hun noteringen; citaten met woorden blijven")
    func legeUitspraken() {
        var d = gezin()
        let sanne = d.gezinsleden[0].id
        let leeg = Uitspraak(spreker: sanne, citaat: " \n\t")
        let vol = Uitspraak(spreker: sanne, citaat: "Wij lachen veel")
        d.plan.krachten = [leeg, vol]
        d.plan.zorgen = [Uitspraak(spreker: sanne, citaat: "")]
        d.veiligheidsplan = Veiligheidsplan(bestaandeVeiligheid: [Uitspraak(spreker: sanne, citaat: "")],
                                            gebeurtenissen: [Uitspraak(spreker: sanne, citaat: "")], schade: [Uitspraak(spreker: sanne, citaat: "")],
                                            grootsteZorg: [Uitspraak(spreker: sanne, citaat: "")],
                                            complicerendeFactoren: [Uitspraak(spreker: sanne, citaat: "")])
        var verloop = Overlegverloop(begin: Tijdstip(seconden: 0), huidigeStap: "krachten")
        verloop.ervaring = [Uitspraak(spreker: sanne, citaat: "")]
        verloop.hoeGaatHet = [Uitspraak(spreker: sanne, citaat: "Beter")]
        verloop.noteringen = [Notering(stap: "krachten", uitspraak: leeg.id), Notering(stap: "krachten", uitspraak: vol.id)]
        d.plan.overleggen = [Overleg(soort: .start, datum: vandaag, verloop: verloop)]
        #expect(d.laatLegeUitsprakenWeg() == 8)
        #expect(d.plan.krachten == [vol])
        #expect(d.plan.zorgen.isEmpty)
        #expect(d.veiligheidsplan?.uitspraakLijsten.allSatisfy { $0.uitspraken.isEmpty } == true)
        #expect(d.plan.overleggen[0].verloop?.ervaring.isEmpty == true)
        #expect(d.plan.overleggen[0].verloop?.hoeGaatHet.map(\.citaat) == ["Beter"])
        #expect(d.plan.overleggen[0].verloop?.noteringen.map(\.uitspraak) == [vol.id])
        #expect(d.laatLegeUitsprakenWeg() == 0)
    }

    @Test("tekstgrenzen: een naam, een citaat en vrije tekst elk met hun eigen grens; precies op de grens mag")
    func grenzen() {
        var d = gezin()
        let sanne = d.gezinsleden[0].id
        d.naam = String(repeating: "n", count: 1_000)
        d.plan.krachten = [Uitspraak(spreker: sanne, citaat: String(repeating: "c", count: 10_000))]
        d.plan.integraleAnalyse = String(repeating: "a", count: 100_000)
        #expect(d.teLangeTeksten().isEmpty)
        d.naam += "n"
        d.plan.krachten[0].citaat += "c"
        d.plan.integraleAnalyse += "é"
        d.gezinsleden[0].naam = String(repeating: "s", count: 1_001)
        #expect(d.teLangeTeksten() == [
            "een naam is 1.001 tekens; dat mag er hoogstens 1.000 zijn",
            "een naam is 1.001 tekens; dat mag er hoogstens 1.000 zijn",
            "een citaat is 10.001 tekens; dat mag er hoogstens 10.000 zijn",
            "de tekst bij 'integraleAnalyse' is 100.001 tekens; dat mag er hoogstens 100.000 zijn",
        ])
        #expect(Tekstlimiet.plakprobleem(geplakt: 10, aanwezig: 0, maximum: 10) == nil)
        #expect(Tekstlimiet.getal(1_234_567) == "1.234.567")
    }

    @Test("wie professional en regisseur tegelijk is, staat één keer in kiezers en aanwezigheid, met beide rollen")
    func eenPersoon() {
        var d = gezin()
        let marloes = Professional(naam: "Marloes Visser", organisatie: "Lokaal team", functie: "gezinscoach", email: "M.Visser@wijk.nl")
        let regie = Regisseur(naam: "Marloes  Visser", rol: .proces, email: "m.visser@wijk.nl ")
        let ander = Regisseur(naam: "Piet de Vries", rol: .casus, email: "piet@wijk.nl")
        d.professionals = [marloes]
        d.regisseurs = [regie, ander]
        #expect(d.professional(alsRegisseur: regie.id) == marloes.id)
        #expect(d.professional(alsRegisseur: ander.id) == nil)
        #expect(d.keuzePersonen.map(\.naam) == ["Sanne", "Marloes Visser", "Piet de Vries"])
        #expect(d.keuzePersonen[1].rol == "gezinscoach, Lokaal team, procesregisseur")
        // Both ids as present: one person in the round; only the regisseur: the regisseur.
        #expect(d.rondeVolgorde(aanwezigen: d.personen.map(\.id)).map(\.naam) == ["Sanne", "Marloes Visser", "Piet de Vries"])
        #expect(d.rondeVolgorde(aanwezigen: [regie.id]).map(\.id) == [regie.id])
        // Without e-mail the name decides; with two different e-mails they are two people.
        d.regisseurs[0].email = ""
        #expect(d.professional(alsRegisseur: regie.id) == nil, "'Marloes  Visser' met twee spaties is een andere naam")
        d.regisseurs[0].naam = "marloes visser"
        #expect(d.professional(alsRegisseur: regie.id) == marloes.id)
        d.regisseurs[0].email = "marloes@elders.nl"
        #expect(d.professional(alsRegisseur: regie.id) == nil)
    }

    @Test("een contact voor het veiligheidsplan uit het netwerk of de professionals neemt naam, telefoon en e-mail over")
    func contactUitDossier() {
        var d = gezin()
        let oma = Netwerklid(naam: "Ria", relatie: "oma", email: "ria@thuis.nl", telefoon: "06-12345678")
        let huisarts = Professional(naam: "Dr. Bakker", organisatie: "Huisartsenpraktijk", functie: "huisarts", telefoon: "010-1234567")
        d.netwerk = [oma]
        d.professionals = [huisarts]
        #expect(d.veiligheidscontact(van: oma.id).map { [$0.naam, $0.telefoon, $0.email] } == ["Ria (oma)", "06-12345678", "ria@thuis.nl"])
        #expect(d.veiligheidscontact(van: huisarts.id).map { [$0.naam, $0.telefoon, $0.email] }
            == ["Dr. Bakker (huisarts, Huisartsenpraktijk)", "010-1234567", ""])
        #expect(d.veiligheidscontact(van: "onbekend") == nil)
    }
}
