import Foundation
import Testing
@testable import RegieDomain
import RegieMethode

/// What the rest of the program derives from the work process: the phase progress, the
/// version comparison, the names of changed parts in the audit trail, and the search texts.
@Suite("Werkproces: voortgang, versies, logboek en zoeken")
struct WerkprocesAfgeleidTests {
    let wie = "Rita Regie"

    @Test("de voortgang per fase telt de huidige ronde en laat 6b.p10 (een regel) weg")
    func faseVoortgang() throws {
        let m = try standaardMethode()
        var d = Proef.dossier()
        d.proces.vinkAf("4.p1", m, datum: dag(-10), door: wie)
        d.proces.vinkAf("3b.p1", m, datum: dag(-20), door: wie)
        func voortgang(_ fase: String) -> FaseVoortgang? { d.faseVoortgang(m).first { $0.fase == fase } }
        #expect(voortgang("4")?.gedaan == 1)
        #expect(voortgang("3b")?.gedaan == 1)
        #expect(voortgang("6b")?.totaal == (try #require(m.fase("6b"))).alleActies.count - 1)
        d.proces.fase = "5b"
        #expect(d.gaNaarFase("4", m, datum: vandaag, door: wie) == nil)
        #expect(voortgang("4")?.gedaan == 0, "een nieuwe ronde")
        #expect(voortgang("3b")?.gedaan == 1, "3b herhaalt niet")
        #expect(voortgang("4")?.isHuidig == true)
    }

    @Test("versies: een nieuwe ronde, signalen, afsluiten en heropenen staan in de vergelijking")
    func versievergelijking() throws {
        let m = try standaardMethode()
        let oud = Proef.dossier()
        var nieuw = oud
        nieuw.proces.vinkAf("4.p1", m, datum: dag(-2), door: wie)
        nieuw.proces.fase = "5b"
        #expect(nieuw.gaNaarFase("4", m, datum: dag(-1), door: wie) == nil)
        nieuw.proces.vinkAf("4.p1", m, datum: vandaag, door: wie)
        nieuw.beantwoordVeiligheidsvraag(fase: "4", .ja, datum: vandaag, door: wie)
        let fase = Versievergelijking.vergelijk(oud: oud, nieuw: nieuw, vandaag: vandaag, methode: m).first { $0.kop == "Fase" }?.teksten ?? []
        #expect(fase == ["2 acties van de fasen afgevinkt.", "Ronde 2 van de voortgang is begonnen.",
                         "Signalen van onveiligheid bij fase 4: ja."],
                "hetzelfde vinkje in een tweede ronde telt apart")

        var dicht = oud
        #expect(dicht.sluitAf(Afsluiting(datum: vandaag, door: wie, evaluatie: "Goed.", vragenBij: "Wijkteam"), m) == [])
        let gesloten = Versievergelijking.vergelijk(oud: oud, nieuw: dicht, vandaag: vandaag, methode: m).first { $0.kop == "Fase" }?.teksten ?? []
        #expect(gesloten.contains("Het huishouden is afgesloten."))
        var open = dicht
        #expect(open.heropen(naar: "4", reden: "Nieuwe zorgen.", m, datum: vandaag, door: wie) == nil)
        let heropend = Versievergelijking.vergelijk(oud: dicht, nieuw: open, vandaag: vandaag, methode: m).first { $0.kop == "Fase" }?.teksten ?? []
        #expect(heropend.contains("Het huishouden is heropend."))
    }

    @Test("het logboek noemt de nieuwe onderdelen bij naam")
    func onderdelen() throws {
        let m = try standaardMethode()
        let oud = Proef.dossier()
        var nieuw = oud
        nieuw.beantwoordVeiligheidsvraag(fase: "4", .nee, datum: vandaag, door: wie)
        #expect(Onderdelen.gewijzigd(van: oud, naar: nieuw) == ["signalen van onveiligheid"])
        var dicht = oud
        #expect(dicht.sluitAf(Afsluiting(datum: vandaag, door: wie, evaluatie: "Goed.", vragenBij: "Wijkteam"), m) == [])
        #expect(Onderdelen.gewijzigd(van: oud, naar: dicht) == ["fasen", "afsluiting"])
        var ronde = oud
        ronde.proces.koppelOverleg("o1", datum: vandaag, door: wie)
        #expect(Onderdelen.gewijzigd(van: oud, naar: ronde) == ["fasen"])
    }

    @Test("zoeken vindt de toelichting bij signalen, de reden van een faseovergang en wat bij het afsluiten is gezegd")
    func zoekteksten() throws {
        let m = try standaardMethode()
        var d = Proef.dossier()
        d.beantwoordVeiligheidsvraag(fase: "4", .nee, datum: dag(-3), door: wie, toelichting: "Bram is weer vrolijk.")
        #expect(d.sluitAf(Afsluiting(datum: dag(-1), door: wie, evaluatie: "Rust in huis.",
                                     nazorg: [Nazorgafspraak(wie: "Oma Proef", wat: "Belt op zondag.")], vragenBij: "Wijkteam Noord"), m) == [])
        #expect(d.heropen(naar: "4", reden: "Weer ruzie.", m, datum: vandaag, door: wie) == nil)
        d.proces.faseovergangen.append(Faseovergang(van: "4", naar: "5a", datum: vandaag, door: wie, ronde: 2))
        let teksten = d.zoekteksten().map { "\($0.waar): \($0.tekst)" }
        for verwacht in ["Signalen van onveiligheid: Bram is weer vrolijk.",
                         "Reden faseovergang: Het traject liep al voordat het in Regie kwam.",
                         "Reden faseovergang: heropend: Weer ruzie.",
                         "Evaluatie bij afsluiten: Rust in huis.",
                         "Vragen na afsluiten: Wijkteam Noord",
                         "Nazorg: Oma Proef: Belt op zondag.",
                         "Reden heropenen: Weer ruzie."] {
            #expect(teksten.contains(verwacht), "\(verwacht)")
        }
        #expect(!teksten.contains("Reden faseovergang: "), "een lege reden wordt niet doorzocht")
    }
}
