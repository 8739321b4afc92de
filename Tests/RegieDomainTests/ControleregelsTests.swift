import Foundation
import Testing
@testable import RegieDomain
import RegieMethode

/// Every rule of the plan check has a stable code, a severity and a source; each one fires on
/// a plan with its problem and is silent on a plan without it; docs/plancheck.md lists them all.
@Suite("Controleregels")
struct ControleregelsTests {
    static let wie = "Rita Regie"

    /// Per rule: how to break the plan of `Proef.dossier()` (which has no finding) so that it fires.
    static let varianten: [Controleregel: @Sendable (inout Dossier) -> Void] = [
        .geenGezinslid: { $0.gezinsleden = [] },
        .meerProcesregisseurs: { $0.regisseurs.append(Regisseur(id: "regie2", naam: "Tweede", rol: .proces)) },
        .geenProcesregisseur: { $0.regisseurs = [Regisseur(id: Proef.regisseur, naam: "Rita", rol: .casus)] },
        .toestemmingOntbreekt: { $0.toestemmingDelen = nil },
        .geenCasusregisseur: { $0.regisseurs.removeAll { $0.rol == .casus } },
        .profielPastNiet: { $0.regisseurs[1].profiel = .a; $0.proces.niveau = 3 },
        .profielOnbekend: { $0.regisseurs[0].profiel = nil },
        .gezagOntbreekt: { $0.gezinsleden[1].geboortedatum = dag(-10 * 365) },
        .aanleidingLeeg: { $0.plan.aanleiding = " " },
        .analyseLeeg: { $0.plan.integraleAnalyse = "" },
        .gewenstResultaatLeeg: { $0.plan.gewenstResultaat = "\n" },
        .samenvattingLeeg: { $0.plan.samenvatting = "" },
        .krachtZonderSpreker: { $0.plan.krachten[0].spreker = nil },
        .krachtOnbekendeSpreker: { $0.plan.krachten[0].spreker = "onbekend" },
        .krachtZonderTekst: { $0.plan.krachten[0].citaat = " " },
        .zorgZonderSpreker: { $0.plan.zorgen[0].spreker = nil },
        .zorgOnbekendeSpreker: { $0.plan.zorgen[0].spreker = "onbekend" },
        .zorgZonderTekst: { $0.plan.zorgen[0].citaat = "\n" },
        .geenEigenWoorden: { $0.plan.krachten = [] },
        .gezinslidNietGehoord: { $0.plan.krachten.removeAll { $0.spreker == Proef.zoon } },
        .doelZonderOmschrijving: { $0.plan.doelen[0].omschrijving = "" },
        .doelNegatief: { $0.plan.doelen[0].omschrijving = "Er is geen ruzie meer." },
        .doelZonderActie: { $0.plan.doelen[0].acties = [] },
        .actieOnvolledig: { $0.plan.doelen[0].acties[0].wanneer = nil },
        .actieOnbekendePersoon: { $0.plan.doelen[0].acties[0].wie = "onbekend" },
        .actieTeLaat: { $0.plan.doelen[0].acties[0].wanneer = dag(-2) },
        .leefgebiedZorgZonderDoel: { $0.plan.zorgen[0].leefgebied = "wonen" },
        .doelVerledenTijd: { $0.plan.doelen[0].omschrijving = "Er was veel ruzie in huis." },
        .doelGeenWerkwoord: { $0.plan.doelen[0].omschrijving = "Schulden." },
        .actieGeenWerkwoord: { $0.plan.doelen[0].acties[0].wat = "Schuldhulp" },
        .actieVaag: { $0.plan.doelen[0].acties[0].wat = "Kijken" },
        .doelBereiktActieOpen: { $0.plan.doelen[0].status = .bereikt },
        .actieNaNietBereikt: {
            $0.plan.doelen[0].status = .nietBereikt
            $0.plan.doelen[0].statusSinds = dag(-5)
            $0.plan.doelen[0].acties[0].gedaan = dag(-1)
        },
        .geenVolgendOverleg: { $0.plan.overleggen = [] },
        .overlegDubbelGepland: { $0.plan.overleggen.append(Overleg(id: "o2", soort: .voortgang, datum: dag(20))) },
        .overlegTijdOfPlaatsOntbreekt: { $0.plan.overleggen[0].locatie = "" },
        .overlegNietAfgesloten: {
            // Started two days ago at 10:00 and never closed.
            let begin = Tijdstip(seconden: dag(-2).dagnummer * 86_400 + 10 * 3600)
            $0.plan.overleggen.append(Overleg(id: "o0", soort: .extra, datum: dag(-2), verloop: Overlegverloop(begin: begin, huidigeStap: "welkom")))
        },
        .zorgenVeiligheidOnbekend: { $0.plan.zorgenBasiszorgVeiligheid = nil },
        .veiligheidsplanOntbreekt: { $0.proces.niveau = 3 },
        .veiligheidsplanNietOndertekend: {
            $0.proces.niveau = 3
            $0.proces.meldcode = [Proef.meldcodeGestart]
            $0.veiligheidsplan = Proef.veiligheidsplan(ondertekening: [Proef.klantTekent])
        },
        .uitspraakZonderSpreker: {
            $0.veiligheidsplan = Proef.veiligheidsplan(ondertekening: [])
            $0.veiligheidsplan?.gebeurtenissen = [Uitspraak(id: "u1", spreker: nil, citaat: "Er werd geschreeuwd.")]
        },
        .uitspraakOnbekendeSpreker: {
            $0.veiligheidsplan = Proef.veiligheidsplan(ondertekening: [])
            $0.veiligheidsplan?.gebeurtenissen = [Uitspraak(id: "u1", spreker: "onbekend", citaat: "Er werd geschreeuwd.")]
        },
        .schaalscoreBuitenBereik: {
            $0.veiligheidsplan = Proef.veiligheidsplan(ondertekening: [])
            $0.veiligheidsplan?.schaalvragen = [Schaalscore(id: "s1", persoon: Proef.moeder, cijfer: 11, datum: vandaag)]
        },
        .schaalscoreZonderPersoon: {
            $0.veiligheidsplan = Proef.veiligheidsplan(ondertekening: [])
            $0.veiligheidsplan?.schaalvragen = [Schaalscore(id: "s1", persoon: nil, cijfer: 6, datum: vandaag)]
        },
        .geenVeiligheidsafspraak: {
            $0.veiligheidsplan = Proef.veiligheidsplan(ondertekening: [])
            $0.veiligheidsplan?.afspraken = []
        },
        .afspraakZonderToezicht: {
            $0.veiligheidsplan = Proef.veiligheidsplan(ondertekening: [])
            $0.veiligheidsplan?.afspraken[0].toezicht = nil
        },
        .geenEvaluatiedatum: {
            $0.veiligheidsplan = Proef.veiligheidsplan(ondertekening: [])
            $0.veiligheidsplan?.evaluatiedatum = nil
        },
        .evaluatieTeLaat: {
            $0.veiligheidsplan = Proef.veiligheidsplan(ondertekening: [])
            $0.veiligheidsplan?.evaluatiedatum = dag(-1)
        },
        .opnieuwOndertekenen: {
            $0.veiligheidsplan = Proef.veiligheidsplan(ondertekening: [Proef.klantTekent, Proef.professionalTekent])
            let oud = $0
            $0.veiligheidsplan?.veiligheidsvoorwaarden = "Niemand drinkt als Bram thuis is."
            $0.noteerWijzigingVeiligheidsplan(sinds: oud, vandaag: vandaag)
        },
        .afspraakOnvolledig: {
            $0.veiligheidsplan = Proef.veiligheidsplan(ondertekening: [])
            $0.veiligheidsplan?.afspraken[0].waar = ""
        },
        .afspraakTeLaat: {
            $0.veiligheidsplan = Proef.veiligheidsplan(ondertekening: [])
            $0.veiligheidsplan?.afspraken[0].wanneer = dag(-2)
        },
        .doelencheckOnvolledig: {
            $0.veiligheidsplan = Proef.veiligheidsplan(ondertekening: [])
            $0.veiligheidsplan?.doelencheck.herstelEnNazorg = false
        },
        .doelencheckZonderDoel: {
            $0.veiligheidsplan = Proef.veiligheidsplan(ondertekening: [])
            $0.plan.doelen.removeAll { $0.id == Proef.doelAfspraken }
        },
        .geenBestaandeVeiligheid: {
            $0.veiligheidsplan = Proef.veiligheidsplan(ondertekening: [])
            $0.veiligheidsplan?.bestaandeVeiligheid = []
        },
        .geenSchaalvraag: {
            $0.veiligheidsplan = Proef.veiligheidsplan(ondertekening: [])
            $0.veiligheidsplan?.schaalvragen = []
        },
        .geenVeiligheidscontact: {
            $0.veiligheidsplan = Proef.veiligheidsplan(ondertekening: [])
            $0.veiligheidsplan?.contacten = []
        },
        .afspraakZonderGevolg: {
            $0.veiligheidsplan = Proef.veiligheidsplan(ondertekening: [])
            $0.veiligheidsplan?.afspraken[0].alsNietNagekomen = "  "
        },
        .faseOnbekend: { $0.proces.fase = "7" },
        .faseTegenspraak: {
            $0.proces.fase = "2"
            $0.proces.faseovergangen = []
        },
        .afgeslotenOnveilig: {
            $0.proces.fase = "6b"
            $0.proces.afsluitingen = [Afsluiting(datum: dag(-1), door: wie, evaluatie: "Goed gegaan.", vragenBij: "Het wijkteam.")]
            $0.proces.niveau = 3
        },
        .meldcodeNietGevolgd: { $0.plan.zorgenBasiszorgVeiligheid = .ja },
        .meldcodeTeLangOpen: { $0.proces.meldcode = [Meldcodeverloop(begonnen: dag(-40), aanleiding: "signalen bij fase 4")] },
        .niveauHerzienNaBesluit: {
            $0.proces.meldcode = [Meldcodeverloop(besluit: BesluitVastlegging(besluit: "melden", datum: dag(-5), door: wie), begonnen: dag(-10))]
        },
        .meldcodeZonderToestemming: {
            $0.toestemmingDelen = .nee
            $0.beantwoordVeiligheidsvraag(fase: "4", .ja, datum: vandaag, door: wie)
        },
        .niveauOnbekend: { $0.proces.niveau = 9 },
        .niveauNietBepaald: { $0.proces.niveau = nil },
        .verwijsindexRisicoOntbreekt: { $0.gezinsleden[1].verwijsindexSignalen = [Self.signaal(criterium: "")] },
        .verwijsindexDatumOntbreekt: { $0.gezinsleden[1].verwijsindexSignalen = [Self.signaal(datum: nil)] },
        .verwijsindexTeOud: {
            $0.gezinsleden[1].geboortedatum = dag(-30 * 365)
            $0.gezinsleden[1].verwijsindexSignalen = [Self.signaal()]
        },
        .verwijsindexNietGeinformeerd: { $0.gezinsleden[1].verwijsindexSignalen = [Self.signaal(verteld: .nee, match: dag(-1), overleg: dag(0))] },
        .verwijsindexNogInformeren: { $0.gezinsleden[1].verwijsindexSignalen = [Self.signaal(verteld: nil)] },
        .verwijsindexOverlegTeLaat: { $0.gezinsleden[1].verwijsindexSignalen = [Self.signaal(match: dag(-20))] },
    ]

    /// A complete signal for Bram (no finding), to break one part of.
    static func signaal(criterium: String = "v1", datum: Datum? = dag(-30), verteld: JaNee? = .ja, match: Datum? = nil,
                        overleg: Datum? = nil) -> Verwijsindexsignaal {
        Verwijsindexsignaal(criterium: criterium, datum: datum, jeugdigeGeinformeerd: verteld, vertegenwoordigerGeinformeerd: verteld,
                            matchdatum: match, overlegdatum: overleg)
    }

    @Test("elke controle heeft een variant die haar laat afgaan")
    func elkeRegelHeeftEenVariant() {
        #expect(Set(Self.varianten.keys) == Set(Controleregel.allCases))
    }

    @Test("een plan met het probleem geeft de code; een plan zonder geeft haar niet", arguments: Controleregel.allCases)
    func regelGaatAfOpVariant(regel: Controleregel) throws {
        let m = try standaardMethode()
        let zonder = Proef.dossier()
        #expect(!zonder.planCheck(m, vandaag: vandaag).contains { $0.regel == regel })
        var met = zonder
        let breek = try #require(Self.varianten[regel])
        breek(&met)
        let b = met.planCheck(m, vandaag: vandaag)
        let gevonden = b.filter { $0.regel == regel }
        #expect(!gevonden.isEmpty, "\(regel.code) niet gevonden in \(b.map(\.code))")
        #expect(gevonden.allSatisfy { $0.code == regel.code && $0.ernst == regel.ernst && $0.bron == regel.bron })
    }

    @Test("de codes: uniek, klein, gebied-punt-regel, met een bron en een omschrijving")
    func vormVanDeCodes() {
        let codes = Controleregel.allCases.map(\.code)
        #expect(Set(codes).count == codes.count)
        let vorm = /[a-z]+\.[a-z]+(-[a-z]+)*/
        for r in Controleregel.allCases {
            #expect(r.code.wholeMatch(of: vorm) != nil, "\(r.code)")
            #expect(Controleregel(code: r.code) == r)
            #expect(r.bron == "Regie" || r.bron.hasPrefix("Regie (") || r.bron.wholeMatch(of: /00[02] l\.[0-9]+(–[0-9]+)?(, [0-9]+(–[0-9]+)?)*/) != nil,
                    "\(r.code): \(r.bron)")
            #expect(r.omschrijving.hasSuffix("."), "\(r.code)")
        }
        #expect(Controleregel(code: "bestaat.niet") == nil)
        #expect(Controleregel.actieTeLaat.code == "actie.te-laat")
        #expect(Controleregel.meldcodeNietGevolgd.code == "meldcode.niet-gevolgd")
        #expect(Controleregel.faseTegenspraak.code == "fase.tegenspraak")
    }

    @Test("de ernst en de plaats hebben een vaste sleutel")
    func sleutels() {
        #expect(Ernst.allCases.map(\.sleutel) == ["fout", "let-op", "tip"])
        #expect(Plaats.actie(doel: "d1", actie: "a1").soort == "actie")
        #expect(Plaats.actie(doel: "d1", actie: "a1").ids == ["doel": "d1", "actie": "a1"])
        #expect(Plaats.doel("d1").ids == ["doel": "d1"])
        #expect(Plaats.afspraak("af1").ids == ["id": "af1"])
        #expect(Plaats.zorgenVeiligheid.soort == "zorgen-veiligheid")
        #expect(Plaats.fase.ids == [:])
    }

    // MARK: - docs/plancheck.md

    struct Rij: Equatable, CustomStringConvertible {
        var code: String
        var ernst: String
        var regel: String
        var bron: String
        var description: String { "| `\(code)` | \(ernst) | \(regel) | \(bron) |" }
    }

    /// The rows of the table of checks in docs/plancheck.md.
    static func rijenInDocumentatie() throws -> [Rij] {
        let pad = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("docs/plancheck.md")
        let tekst = try String(contentsOf: pad, encoding: .utf8)
        return tekst.split(separator: "\n").compactMap { regel -> Rij? in
            guard regel.hasPrefix("| `") else { return nil }
            let cellen = regel.split(separator: "|", omittingEmptySubsequences: false).dropFirst().dropLast()
                .map { $0.trimmingCharacters(in: .whitespaces) }
            guard cellen.count == 4 else { return nil }
            let code = cellen[0].trimmingCharacters(in: CharacterSet(charactersIn: "`"))
            // The table of severities has a key in its second column, not a code.
            guard code.contains(".") else { return nil }
            return Rij(code: code, ernst: cellen[1], regel: cellen[2], bron: cellen[3])
        }
    }

    @Test("docs/plancheck.md noemt elke code precies één keer, en geen code die niet bestaat")
    func documentatieBevatElkeCode() throws {
        let rijen = try Self.rijenInDocumentatie()
        let inDocs = rijen.map(\.code)
        let bestaand = Controleregel.allCases.map(\.code)
        #expect(Set(inDocs).count == inDocs.count, "een code staat er dubbel in")
        let ontbreekt = Set(bestaand).subtracting(inDocs)
        let onbekend = Set(inDocs).subtracting(bestaand)
        #expect(ontbreekt.isEmpty, "ontbreekt in docs/plancheck.md: \(ontbreekt.sorted())")
        #expect(onbekend.isEmpty, "staat in docs/plancheck.md maar bestaat niet: \(onbekend.sorted())")
    }

    @Test("docs/plancheck.md geeft bij elke code dezelfde ernst, regel en bron als het programma")
    func documentatieKloptPerCode() throws {
        let rijen = try Self.rijenInDocumentatie()
        for r in Controleregel.allCases {
            let verwacht = Rij(code: r.code, ernst: r.ernst.tekst, regel: r.omschrijving, bron: r.bron)
            #expect(rijen.first { $0.code == r.code } == verwacht)
        }
        #expect(rijen.map(\.code) == Controleregel.allCases.map(\.code), "in dezelfde volgorde als in het programma")
    }
}
