import Foundation
import Testing
@testable import RegieDomain
import RegieMethode

/// The regiekaart's summary ladder (up: "… én basiszorg ontoereikend → 2; daarbij signalen van
/// onveiligheid → 3; daarbij ketenoverstijgend → 4; daarbij totale escalatie → 5", and the
/// mirror down) on the shipped regiekaart: for each level and each combination, the
/// suggested level and its reasons.
@Suite("Regieladder")
struct RegieladderTests {
    let signaal = ["Bij fase 4 is op 5-3-2026 ja gezegd op de vraag naar signalen van onveiligheid."]
    let rung2 = "Ladder naar niveau 2: draagkracht uit balans, zelfredzaamheid beperkt of afwezig en basiszorg niet genoeg."
    let rung3Signaal = "signalen van onveiligheid of een onveilige situatie (bij fase 4 is op 5-3-2026 ja gezegd op de vraag naar signalen van onveiligheid)"
    let rung4 = "samenwerking over de grenzen van de ketens heen nodig om de veiligheid te herstellen"

    func voorstel(_ huidig: Int, _ ids: [String], veiligheid: [String] = []) throws -> Niveauvoorstel {
        let m = try standaardMethode()
        return m.regiekaart.voorstel(huidig: huidig, antwoorden: Dictionary(uniqueKeysWithValues: ids.map { ($0, JaNee.ja) }),
                                     veiligheid: veiligheid)
    }

    @Test func deLadderStaatInDeMeegeleverdeKaart() throws {
        let ladder = try #require(try standaardMethode().regiekaart.ladder)
        #expect(ladder.opschalen.map(\.niveau) == [2, 3, 4, 5])
        #expect(ladder.afschalen.map(\.niveau) == [4, 3, 2, 1])
        #expect(ladder.opschalen.filter(\.zelfstandig).map(\.niveau) == [3])
    }

    // MARK: Up

    @Test func niveau1BasiszorgOntoereikendNaar2() throws {
        let v = try voorstel(1, ["n1.op.1.a", "n1.op.1.b", "n1.op.1.c"])
        #expect(v.richting == .opschalen)
        #expect(v.niveau == 2)
        #expect(v.mogelijk == [2])
        #expect(v.criteria == ["n1.op.1"])
        #expect(v.redenen == [rung2, "Opschalen naar niveau 2, want: de draagkracht is uit balans; de zelfredzaamheid is beperkt of afwezig; "
                                   + "de basiszorg is niet genoeg; er is meer of andere hulp nodig."])
    }

    @Test func niveau1MetGeweldSpringtNaar3() throws {
        let v = try voorstel(1, ["n1.op.1.a", "n1.op.1.b", "n1.op.1.c"], veiligheid: signaal)
        #expect(v.richting == .opschalen)
        #expect(v.niveau == 3)
        #expect(v.mogelijk == [2, 3])
        #expect(v.redenen.prefix(2) == [rung2, "Ladder naar niveau 3: daarbij \(rung3Signaal)."])
    }

    @Test func alleenSignalenVanOnveiligheidIsGenoegVoor3() throws {
        for huidig in [1, 2] {
            let v = try voorstel(huidig, [], veiligheid: signaal)
            #expect(v.richting == .opschalen)
            #expect(v.niveau == 3)
            #expect(v.criteria == [])
            #expect(v.redenen == ["Ladder naar niveau 3: \(rung3Signaal)."])
        }
    }

    @Test func zonderSignalenEnMetEenNeeGeenTrede() throws {
        let v = try voorstel(1, ["n1.op.1.a", "n1.op.1.b"])
        #expect(v.richting == .blijven)
        #expect(v.niveau == 1)
    }

    @Test func niveau2SignalenVanOnveiligheidNaar3() throws {
        // The seed's table: balance, self-reliance, basic care, and unsafety; "dreigt erger" not needed.
        let v = try voorstel(2, ["n2.op.1.a", "n2.op.1.b", "n2.op.1.c", "n2.op.1.e"])
        #expect(v.richting == .opschalen)
        #expect(v.niveau == 3)
        #expect(v.criteria == [])
        // Level 2 is reached already: its rung is not repeated as a reason.
        #expect(v.redenen == ["Ladder naar niveau 3: signalen van onveiligheid of een onveilige situatie."])
        let volledig = try voorstel(2, ["n2.op.1.a", "n2.op.1.b", "n2.op.1.c", "n2.op.1.d", "n2.op.1.e"])
        #expect(volledig.niveau == 3)
        #expect(volledig.criteria == ["n2.op.1"])
        #expect(volledig.redenen.count == 2)
        #expect(volledig.redenen.last?.hasPrefix("Opschalen naar niveau 3, want: de draagkracht is uit balans;") == true)
    }

    @Test func niveau2OnveiligZonderDeTredeEronderViaHetAntwoord() throws {
        let v = try voorstel(2, ["n2.op.1.e"])
        #expect(v.niveau == 3)
        #expect(v.redenen == ["Ladder naar niveau 3: signalen van onveiligheid of een onveilige situatie."])
    }

    @Test func niveau3KetenoverstijgendNaar4() throws {
        let v = try voorstel(3, ["n3.op.1.g"])
        #expect(v.richting == .opschalen)
        #expect(v.niveau == 4)
        #expect(v.redenen == ["Ladder naar niveau 4: \(rung4)."])
        let criterium = try voorstel(3, ["n3.op.1.a", "n3.op.1.b", "n3.op.1.c", "n3.op.1.d", "n3.op.1.e", "n3.op.1.f", "n3.op.1.g"])
        #expect(criterium.niveau == 4)
        #expect(criterium.mogelijk == [4, 5])
        #expect(criterium.criteria == ["n3.op.1"])
    }

    @Test func niveau4TotaleEscalatieNaar5() throws {
        let v = try voorstel(4, ["n4.op.2.f"])
        #expect(v.richting == .opschalen)
        #expect(v.niveau == 5)
        #expect(v.redenen == ["Ladder naar niveau 5: (dreigende) totale escalatie of maatschappelijke onrust."])
    }

    @Test func niveau5HeeftGeenTredeOmhoog() throws {
        let v = try voorstel(5, [], veiligheid: signaal)
        #expect(v.richting == .blijven)
        #expect(v.niveau == 5)
        #expect(v.redenen == ["Niet afschalen: er zijn signalen van onveiligheid (\(Regiekaart.zonderPunt(signaal[0])))."])
    }

    @Test func signalenOpNiveau3HoudenHetNiveau() throws {
        let v = try voorstel(3, [], veiligheid: signaal)
        #expect(v.richting == .blijven)
        #expect(v.niveau == 3)
    }

    // MARK: Down (the mirror)

    @Test func niveau5DreigingWegNaar4() throws {
        let v = try voorstel(5, ["n5.af.1.a"])
        #expect(v.richting == .afschalen)
        #expect(v.niveau == 4)
        #expect(v.redenen.first == "Ladder naar niveau 4: dreiging van totale escalatie en maatschappelijke onrust weggenomen.")
    }

    @Test func niveau4GeenKetenMeerNaar3() throws {
        let v = try voorstel(4, ["n4.af.1.a", "n4.af.1.b"])
        #expect(v.richting == .afschalen)
        #expect(v.niveau == 3)
        #expect(v.mogelijk == [1, 2, 3])
        #expect(v.redenen.first == "Ladder naar niveau 3: geen samenwerking over de grenzen van de ketens heen meer nodig en dreiging van totale escalatie weggenomen.")
    }

    @Test func niveau3VeiligNaar2() throws {
        let v = try voorstel(3, ["n3.af.1.a", "n3.af.1.c"])
        #expect(v.richting == .afschalen)
        #expect(v.niveau == 2)
        #expect(v.criteria == [])
        #expect(v.redenen == ["Ladder naar niveau 2: situatie veilig en geen samenwerking over de grenzen van de ketens heen meer nodig."])
    }

    @Test func niveau2InBalansNaar1() throws {
        let v = try voorstel(2, ["n2.af.1.a", "n2.af.1.b", "n2.af.1.c", "n2.af.1.d"])
        #expect(v.richting == .afschalen)
        #expect(v.niveau == 1)
        #expect(v.redenen.first == "Ladder naar niveau 1: draagkracht in balans, zelfredzaamheid voldoende, basiszorg genoeg en situatie veilig.")
    }

    @Test func signalenHoudenAfschalenTegen() throws {
        let drie = try voorstel(3, ["n3.af.1.a", "n3.af.1.b", "n3.af.1.c", "n3.af.1.d"], veiligheid: signaal)
        #expect(drie.richting == .blijven)
        #expect(drie.niveau == 3)
        #expect(drie.criteria == [])
        #expect(drie.redenen == ["Niet afschalen: er zijn signalen van onveiligheid (\(Regiekaart.zonderPunt(signaal[0])))."])
        let twee = try voorstel(2, ["n2.af.1.a", "n2.af.1.b", "n2.af.1.c", "n2.af.1.d", "n2.af.1.e", "n2.af.1.f"], veiligheid: signaal)
        // Up goes first: the signs lift level 2 to 3.
        #expect(twee.richting == .opschalen)
        #expect(twee.niveau == 3)
    }

    // MARK: n2.op.2: another regisseur at the same level

    @Test func n2op2NoemtNiveau2Tot4() throws {
        let m = try standaardMethode()
        let c = try #require(m.niveau(2)?.opschalen.first { $0.id == "n2.op.2" })
        #expect(c.naar.niveaus == [2, 3, 4])
    }

    @Test func n2op2StageertZonderVeiligheidDanAndereRegisseur() throws {
        let v = try voorstel(2, ["n2.op.2.a", "n2.op.2.b"])
        #expect(v.richting == .andereRegisseur)
        #expect(v.niveau == 2)
        #expect(v.mogelijk == [2, 3, 4])
        #expect(v.criteria == ["n2.op.2"])
        #expect(v.redenen.first?.hasPrefix("Opschalen naar niveau 2, 3 of 4 (Afhankelijk van de expertise die nodig is.") == true)
        // The veiligheidsplan does not become required by this.
        #expect(try standaardMethode().niveau(v.niveau)?.plannen.veiligheidsplan == .nietNodig)
    }

    @Test func n2op2MetSignalenToch3() throws {
        let v = try voorstel(2, ["n2.op.2.a", "n2.op.2.b"], veiligheid: signaal)
        #expect(v.richting == .opschalen)
        #expect(v.niveau == 3)
        #expect(v.mogelijk == [3, 4])
        #expect(v.redenen.first == "Ladder naar niveau 3: \(rung3Signaal).")
    }

    // MARK: Safety from the dossier

    @Test func veiligheidsvraagJaVoedtHetVoorstel() throws {
        let m = try standaardMethode()
        var d = Proef.dossier()
        d.proces.niveau = 1
        #expect(d.veiligheidVoorNiveau(m) == [])
        #expect(d.niveauvoorstel(m)?.niveau == 1)
        d.beantwoordVeiligheidsvraag(fase: "4", .ja, datum: vandaag, door: "Rita Regie")
        #expect(d.veiligheidVoorNiveau(m) == ["bij fase 4 is op \(vandaag.tekst) ja gezegd op de vraag naar signalen van onveiligheid"])
        let v = try #require(d.niveauvoorstel(m))
        #expect(v.richting == .opschalen)
        #expect(v.niveau == 3)
        #expect(v.redenen == ["Ladder naar niveau 3: signalen van onveiligheid of een onveilige situatie "
                                  + "(bij fase 4 is op \(vandaag.tekst) ja gezegd op de vraag naar signalen van onveiligheid)."])
    }

    @Test func zorgenInHetPlanVoedenHetVoorstel() throws {
        let m = try standaardMethode()
        var d = Proef.dossier()
        d.plan.zorgenBasiszorgVeiligheid = .ja
        #expect(d.veiligheidVoorNiveau(m) == ["in het ondersteuningsplan staan zorgen over basiszorg of veiligheid"])
        #expect(d.niveauvoorstel(m)?.niveau == 3)
    }

    @Test func meldcodeBesluitMeldenVoedtHetVoorstelTotHetNiveauIsHerzien() throws {
        let m = try standaardMethode()
        var d = Proef.dossier()
        d.proces.niveau = 2
        d.proces.meldcode = [Meldcodeverloop(besluit: BesluitVastlegging(besluit: "melden", datum: vandaag, door: "Rita Regie"),
                                             begonnen: dag(-3))]
        #expect(d.veiligheidVoorNiveau(m) == ["in de meldcode is op \(vandaag.tekst) besloten: \"meld bij Veilig Thuis\""])
        let v = try #require(d.niveauvoorstel(m))
        #expect(v.niveau == 3)
        #expect(v.redenen.first?.contains("in de meldcode is op \(vandaag.tekst) besloten") == true)

        // Another decision does not count.
        d.proces.meldcode[0].besluit?.besluit = "hulp-vervolgen"
        #expect(d.veiligheidVoorNiveau(m) == [])
        d.proces.meldcode[0].besluit?.besluit = "melden"

        // Reviewed (also when kept at the same level): it no longer counts by itself.
        d.proces.niveaugeschiedenis.append(Niveauwijziging(datum: vandaag, van: 2, naar: 2, reden: "Bekeken na de melding.", door: "Rita Regie"))
        #expect(d.veiligheidVoorNiveau(m) == [])
        #expect(d.niveauvoorstel(m)?.richting == .blijven)
    }
}
