import Foundation
import Testing
@testable import RegieDomain
import RegieMethode

/// Shared helpers for the domain tests. Every date is fixed; nothing reads the clock.

/// A fixed "today" for the tests: Thursday 5 March 2026.
let vandaag = Datum(jaar: 2026, maand: 3, dag: 5)!

func dag(_ n: Int) -> Datum { vandaag.plus(dagen: n)! }

/// The shipped method set, loaded once.
let gedeeldeMethode: Result<Methode, any Error> = Result { try MethodeLader.standaard() }

func standaardMethode() throws -> Methode { try gedeeldeMethode.get() }

/// A small dossier that passes the plan check without a single finding, so a test can
/// break one thing and look for exactly that finding.
enum Proef {
    static let moeder = "moeder"
    static let zoon = "zoon"
    static let oma = "oma"
    static let huisarts = "huisarts"
    static let casusregisseur = "regie-casus"
    static let regisseur = "regie"
    static let doel = "doel1"
    static let actie = "actie1"
    static let doelAfspraken = "doel2"

    static func dossier() -> Dossier {
        Dossier(
            id: "proef", naam: "Familie Proef", aangemaakt: dag(-30),
            gezinsleden: [Gezinslid(id: moeder, naam: "Anna Proef", rolInGezin: "moeder"),
                          Gezinslid(id: zoon, naam: "Bram Proef", rolInGezin: "zoon")],
            netwerk: [Netwerklid(id: oma, naam: "Oma Proef", relatie: "oma")],
            professionals: [Professional(id: huisarts, naam: "Dr. Huis", organisatie: "Praktijk", functie: "huisarts")],
            regisseurs: [Regisseur(id: regisseur, naam: "Rita Regie", rol: .proces, profiel: .bPlus),
                         Regisseur(id: casusregisseur, naam: "Carla Casus", rol: .casus, profiel: .bPlus)],
            toestemmingDelen: .ja,
            plan: Ondersteuningsplan(
                aanleiding: "Anna slaapt slecht en vraagt hulp.",
                krachten: [Uitspraak(id: "k1", spreker: moeder, citaat: "Ik zorg goed voor Bram."),
                           Uitspraak(id: "k-bram", spreker: zoon, citaat: "Ik help mama met koken.")],
                zorgen: [Uitspraak(id: "z1", spreker: huisarts, citaat: "Anna slaapt slecht.")],
                integraleAnalyse: "Door het slechte slapen heeft Anna weinig energie voor Bram.",
                gewenstResultaat: "Anna is uitgerust en heeft weer tijd voor Bram.",
                zorgenBasiszorgVeiligheid: .nee,
                doelen: [Doel(id: doel, omschrijving: "Anna slaapt elke nacht zeven uur.",
                              acties: [Actie(id: actie, wie: moeder, wat: "Afspraak bij de huisarts maken", wanneer: dag(7))]),
                         Doel(id: doelAfspraken, omschrijving: "Anna en Bram houden zich aan de afspraken uit het veiligheidsplan.",
                              acties: [Actie(id: "actie2", wie: regisseur, wat: "De afspraken bij elk overleg samen nalopen", wanneer: dag(10))])],
                samenvatting: "Anna wil weer goed slapen; de huisarts helpt.",
                overleggen: [Overleg(id: "o1", soort: .voortgang, datum: dag(10), tijd: Tijd(uur: 10, minuut: 0), locatie: "Wijkcentrum")]
            ),
            proces: Processtatus(fase: "4", niveau: 2, faseovergangen: [
                Faseovergang(van: "1", naar: "4", datum: dag(-30), door: "Rita Regie", reden: "Het traject liep al voordat het in Regie kwam.", ronde: 1),
            ])
        )
    }

    /// A veiligheidsplan that gives no finding of its own.
    static func veiligheidsplan(ondertekening: [Ondertekening]) -> Veiligheidsplan {
        Veiligheidsplan(
            doelencheck: Doelencheck(afsprakenNakomen: true, onveiligheidOpheffen: true, oorzakenBehandelen: true, herstelEnNazorg: true),
            bestaandeVeiligheid: [Uitspraak(id: "bv1", spreker: oma, citaat: "Bram kan altijd bij mij terecht.")],
            schaalvragen: [Schaalscore(id: "s-anna", persoon: moeder, cijfer: 10, datum: dag(-1))],
            afspraken: [Veiligheidsafspraak(id: "af1", wat: "Bij ruzie gaat Bram naar oma.", toezicht: oma,
                                            alsNietNagekomen: "De regisseur belt Anna dezelfde dag.", wie: zoon, waar: "bij oma thuis",
                                            wanneer: dag(14))],
            contacten: [Veiligheidscontact(id: "c1", naam: "Oma Proef", wanneerBellen: "als Bram weg moet", telefoon: "0512-000000")],
            evaluatiedatum: dag(30),
            ondertekening: ondertekening
        )
    }

    /// A meldcode walk started yesterday and not yet decided: what level 3 or worries ask for.
    static let meldcodeGestart = Meldcodeverloop(begonnen: dag(-1), aanleiding: "signalen bij fase 4")

    static let klantTekent = Ondertekening(id: "t1", persoon: moeder, naam: "Anna Proef", hoedanigheid: .klant, datum: dag(-1))
    static let professionalTekent = Ondertekening(id: "t2", persoon: regisseur, naam: "Rita Regie", hoedanigheid: .professional, datum: dag(-1))
}

/// A Niveau with only what the rules look at.
func proefNiveau(_ n: Int, op: [Schaalcriterium] = [], af: [Schaalcriterium] = [],
                 plannen: VereistePlannen = VereistePlannen(ondersteuningsplan: .verplicht, veiligheidsplan: .nietNodig)) -> Niveau {
    Niveau(niveau: n, naam: "Niveau \(n)", situatie: Situatie(draagkracht: "", zelfredzaamheid: "", zorgen: "", hulp: ""),
           omschrijving: "", casusregie: RegieInvulling(wie: "", profiel: .a), procesregie: RegieInvulling(wie: "", profiel: nil),
           inzet: [], consultatie: [], operationeel: "", plannen: plannen, opschalen: op, afschalen: af)
}

/// A criterion whose conditions have the given ids.
func criterium(_ id: String, _ voorwaarden: [String], naar niveaus: [Int], escalatie: String? = nil,
               toelichting: String? = nil) -> Schaalcriterium {
    Schaalcriterium(id: id, voorwaarden: voorwaarden.map { Voorwaarde(id: $0, tekst: "Voorwaarde \($0).") },
                    naar: Schaaldoel(niveaus: niveaus, escalatie: escalatie, toelichting: toelichting))
}

func ja(_ ids: String...) -> [String: JaNee] {
    Dictionary(uniqueKeysWithValues: ids.map { ($0, JaNee.ja) })
}
