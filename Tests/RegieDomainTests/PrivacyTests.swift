import Foundation
import Testing
@testable import RegieDomain

@Suite("Privacy: alles over één persoon en de bewaartermijn")
struct PrivacyDomeinTests {
    let demo = Voorbeeld.demo(vandaag: vandaag)

    func persoon(_ naam: String) throws -> Persoon { try #require(demo.personen.first { $0.naam == naam }) }

    @Test("alles over Sanne: eigen gegevens, haar citaten, acties, cijfers, handtekening en overleggen")
    func sanne() throws {
        let sanne = try persoon("Sanne de Jong")
        let g = try #require(Persoonsgegevens.van(sanne.id, in: demo))
        #expect(g.persoon.gezinslid?.adres.straatEnHuisnummer == "Lindelaan 14")
        #expect(g.persoon.netwerklid == nil && g.persoon.professional == nil)
        let citaten = g.uitspraken.map(\.citaat)
        #expect(citaten.contains("Als we ruzie hebben, gaat het schreeuwen en de kinderen horen alles."))
        #expect(citaten.contains { $0.hasPrefix("De ergste keer gooide Youssef") })
        #expect(g.uitspraken.contains { $0.waar.hasPrefix("veiligheidsplan") })
        // What others said is theirs, not hers.
        #expect(!citaten.contains("Ik kook elke dag en breng de kinderen naar school."))
        #expect(g.acties.map(\.wat) == ["Alle ongeopende post meenemen naar het gesprek"])
        #expect(g.schaalscores.map(\.cijfer) == [4])
        #expect(g.ondertekeningen.map(\.hoedanigheid) == [.klant])
        #expect(g.overleggen.count == 1)
        #expect(g.huishouden.dossier == demo.id && g.huishouden.doelen.count == demo.plan.doelen.count)
    }

    @Test("een netwerklid als veiligheidscontact; een regisseur met haar afspraken")
    func anderen() throws {
        let ria = try persoon("Ria de Jong")
        let g = try #require(Persoonsgegevens.van(ria.id, in: demo))
        #expect(g.persoon.netwerklid?.relatie.hasPrefix("oma") == true)
        #expect(g.veiligheidscontacten.map(\.naam) == ["Ria de Jong (oma)"])
        #expect(g.acties.isEmpty && g.schaalscores.isEmpty)
        let marloes = try persoon("Marloes Visser")
        let m = try #require(Persoonsgegevens.van(marloes.id, in: demo))
        #expect(m.persoon.regisseur?.rol == .proces)
        #expect(m.veiligheidsafspraken.count == 1)
        #expect(!m.veiligheidscontacten.contains { $0.naam.hasPrefix("Ria") })
        #expect(Persoonsgegevens.van("bestaat-niet", in: demo) == nil)
    }

    @Test("als JSON en terug: niets gaat verloren")
    func json() throws {
        let g = try #require(Persoonsgegevens.van(try persoon("Youssef El Amrani").id, in: demo))
        let data = try JSONEncoder().encode(g)
        #expect(try JSONDecoder().decode(Persoonsgegevens.self, from: data) == g)
        #expect(String(decoding: data, as: UTF8.self).contains("De rekeningen stapelen zich op"))
    }

    @Test("een persoon vinden op id, naam of een uniek begin; dubbelzinnig geeft niets")
    func vind() throws {
        let sanne = try persoon("Sanne de Jong")
        #expect(Persoonsgegevens.vind(sanne.id, in: demo)?.id == sanne.id)
        #expect(Persoonsgegevens.vind("sanne", in: demo)?.id == sanne.id)
        #expect(Persoonsgegevens.vind("SANNE DE JONG", in: demo)?.id == sanne.id)
        #expect(Persoonsgegevens.vind("El Amrani", in: demo) == nil)
        #expect(Persoonsgegevens.vind("", in: demo) == nil)
    }

    /// A household without signs of unsafety, closed with the closing act on `datum`.
    func afgesloten(_ methode: Methode, op datum: Datum) throws -> Dossier {
        var d = Dossier(naam: "Familie Bakker", aangemaakt: datum.plus(dagen: -200)!)
        let bezwaren = d.sluitAf(Afsluiting(datum: datum, door: "Marloes Visser", evaluatie: "Het gaat weer goed.",
                                            vragenBij: "Wijkteam"), methode)
        try #require(bezwaren.isEmpty, "\(bezwaren)")
        return d
    }

    @Test("afgesloten op de dag van het afsluiten; vinkjes in fase 6b, een geweigerde afsluiting en heropenen sluiten niets af")
    func afgeslotenOp() throws {
        let methode = try standaardMethode()
        #expect(Bewaartermijn.afsluitfase(methode)?.id == "6b")
        #expect(Bewaartermijn.afgeslotenOp(demo, methode) == nil)
        let d = try afgesloten(methode, op: dag(-10))
        #expect(Bewaartermijn.afgeslotenOp(d, methode) == dag(-10))

        // Every action of 6b ticked, as before closing was an act: not closed.
        var vinkjes = demo
        let fase = try #require(Bewaartermijn.afsluitfase(methode))
        for a in fase.alleActies { vinkjes.proces.vinkAf(a.id, methode, datum: dag(-10), door: "Marloes Visser") }
        vinkjes.proces.fase = fase.id
        #expect(Bewaartermijn.afgeslotenOp(vinkjes, methode) == nil)

        // The demo is unsafe: closing it is refused and records nothing.
        var onveilig = demo
        #expect(!onveilig.sluitAf(Afsluiting(datum: dag(-10), door: "Marloes Visser", evaluatie: "Klaar.", vragenBij: "Wijkteam"),
                                  methode).isEmpty)
        #expect(onveilig == demo)
        #expect(Bewaartermijn.afgeslotenOp(onveilig, methode) == nil)

        // Opened again: no longer closed, so no term runs.
        var heropend = d
        #expect(heropend.heropen(naar: "4", reden: "Nieuwe zorgen van school.", methode, datum: dag(-5), door: "Marloes Visser") == nil)
        #expect(Bewaartermijn.afgeslotenOp(heropend, methode) == nil)
        #expect(!Bewaartermijn.standaard.isVoorbij(heropend, methode, vandaag: Datum(jaar: 2100, maand: 1, dag: 1)!))
    }

    @Test("bewaartermijn: voorbij na het aantal maanden, ook aan het eind van een maand")
    func termijn() throws {
        let methode = try standaardMethode()
        let t = Bewaartermijn(maanden: 24)
        #expect(t.voorbijVanaf(Datum(jaar: 2024, maand: 3, dag: 5)!) == Datum(jaar: 2026, maand: 3, dag: 5)!)
        #expect(Bewaartermijn(maanden: 1).voorbijVanaf(Datum(jaar: 2026, maand: 1, dag: 31)!) == Datum(jaar: 2026, maand: 2, dag: 28)!)
        #expect(Bewaartermijn(maanden: 13).voorbijVanaf(Datum(jaar: 2025, maand: 12, dag: 1)!) == Datum(jaar: 2027, maand: 1, dag: 1)!)
        let d = try afgesloten(methode, op: Datum(jaar: 2024, maand: 3, dag: 5)!)
        #expect(t.isVoorbij(d, methode, vandaag: vandaag))
        #expect(!t.isVoorbij(d, methode, vandaag: vandaag.plus(dagen: -1)!))
        #expect(!Bewaartermijn(maanden: 36).isVoorbij(d, methode, vandaag: vandaag))
        #expect(!t.isVoorbij(demo, methode, vandaag: Datum(jaar: 2100, maand: 1, dag: 1)!))
    }

    @Test("meldingen over een onbruikbaar dossier noemen geen namen of citaten")
    func problemenZonderNamen() {
        var d = demo
        d.proces.niveau = 9
        d.plan.doelen.append(d.plan.doelen[0])
        d.gezinsleden.append(d.gezinsleden[0])
        d.veiligheidsplan?.schaalvragen[0].cijfer = 12
        let tekst = d.problemen().joined(separator: " ")
        #expect(d.problemen().count >= 4)
        for naam in ["Sanne", "Youssef", "El Amrani", "De Jong", "Lindelaan", "schreeuwen"] {
            #expect(!tekst.contains(naam), "\(naam) in: \(tekst)")
        }
    }
}
