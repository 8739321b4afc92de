import Foundation
import RegieDomain
import Screen
import Testing
@testable import RegieApp

/// Small conveniences: a member gets the household's address in one key; the veiligheidsplan's
/// contacts come from the people in the dossier; someone who is professional and regisseur is
/// one person in pickers and attendance.
@Suite("Gemak: adres, contacten, één persoon")
struct GemakTests {
    @Test("Spatie op 'Zelfde adres' (als het huishouden) neemt het adres over; nog eens maakt het leeg")
    func zelfdeAdres() throws {
        let werk = try TestWerk()
        defer { werk.ruimOp() }
        var d = Dossier.testGezin(werk.omgeving.vandaag)
        d.contact.adres = Adres(straatEnHuisnummer: "Lindelaan 4", postcode: "1234 AB", woonplaats: "Utrecht")
        var scherm = HuishoudenScherm()
        scherm.formulier.ga(rubriek: 1, open: [("gezinsleden", d.gezinsleden[1].id)], veld: "zelfdeAdres", in: d)
        var r = SchermRit(scherm, d, werk.omgeving)
        let regelsVoor = r.tekst().split(separator: "\n")
        #expect(regelsVoor.contains { $0.contains("▸ Zelfde adres") && $0.contains("[ ]") }, "\(r.tekst())")
        #expect(regelsVoor.contains { $0.contains("Zelfde adres als het huishouden: Spatie neemt het over (nog eens: leeg).") })
        r.druk(.character(" "))
        #expect(r.dossier.gezinsleden[1].adres == d.contact.adres)
        #expect(r.dossier.gezinsleden[0].adres.isLeeg, "alleen dit gezinslid")
        let regels = r.tekst().split(separator: "\n")
        #expect(regels.contains { $0.contains("Zelfde adres") && $0.contains("[x]") }, "\(r.tekst())")
        #expect(regels.contains { $0.contains("Lindelaan 4") })
        r.druk(.character(" "))
        #expect(r.dossier.gezinsleden[1].adres.isLeeg)
    }

    @Test("Insert bij de contacten biedt het netwerk en de professionals aan; een keuze vult naam, telefoon en e-mail")
    func contactenUitHetDossier() throws {
        let werk = try TestWerk()
        defer { werk.ruimOp() }
        var d = Dossier.testGezin(werk.omgeving.vandaag, plan: Veiligheidsplan())
        d.netwerk = [Netwerklid(naam: "Ria", relatie: "oma", email: "ria@thuis.nl", telefoon: "06-12345678")]
        d.professionals[0].telefoon = "030-7654321"
        var r = SchermRit(VeiligheidScherm(d, werk.omgeving), d, werk.omgeving)
        for _ in 0..<VeiligheidScherm.Deel.contacten.rawValue { r.druk(.pageDown) }
        r.druk(.insert)
        let kiezer = r.tekst()
        #expect(kiezer.contains("Wie is het contact?"), "\(kiezer)")
        #expect(kiezer.contains("1  Ria (oma)"))
        #expect(kiezer.contains("2  Ilse (jeugdverpleegkundige)"))
        #expect(kiezer.contains("0  iemand anders (zelf invullen)"))
        #expect(!kiezer.contains("Sanne (moeder)"), "het gezin zelf staat er niet bij")
        r.typ("1")
        let contact = try #require(r.dossier.veiligheidsplan?.contacten.first)
        #expect([contact.naam, contact.telefoon, contact.email] == ["Ria (oma)", "06-12345678", "ria@thuis.nl"])
        r.druk(.escape, .insert)
        r.typ("0")
        #expect(r.dossier.veiligheidsplan?.contacten.last?.naam == "")
        #expect(r.dossier.veiligheidsplan?.contacten.count == 2)
    }

    @Test("een professional die ook regisseur is, staat één keer bij de aanwezigen en in de kiezer van een citaat")
    func eenPersoonInKiezers() throws {
        let werk = try TestWerk()
        defer { werk.ruimOp() }
        var d = Dossier.testGezin(werk.omgeving.vandaag)
        d.professionals.append(Professional(naam: "Marloes Visser", functie: "gezinscoach", email: "marloes@wijk.nl"))
        d.regisseurs = [Regisseur(naam: "Marloes Visser", rol: .proces, email: "marloes@wijk.nl")]
        var o = SchermRit(OverlegScherm(d, werk.omgeving), d, werk.omgeving)
        o.druk(.insert)
        o.typ("1")
        let aanwezig = o.tekst()
        #expect(aanwezig.components(separatedBy: "Marloes Visser").count - 1 == 1)
        #expect(aanwezig.contains("[ ] Marloes Visser (professional, gezinscoach, procesregisseur)"))

        var p = SchermRit(PlanScherm(d, werk.omgeving), d, werk.omgeving)
        p.druk(.pageDown, .insert)
        let kiezer = p.tekst()
        #expect(kiezer.components(separatedBy: "Marloes Visser").count - 1 == 1)
        #expect(kiezer.contains("4  Marloes Visser (gezinscoach, procesregisseur)"))
    }
}
