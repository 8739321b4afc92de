import RegieDomain
import Screen

/// The sections of the veiligheidsplan, in the method's order: the goal check, the safety
/// conditions, strengths and worries about safety quoted per person, the scale question
/// with its history, the safety agreements, whom to call, and the signatures.
extension VeiligheidScherm {
    enum Deel: Int, CaseIterable {
        case doelencheck, voorwaarden, bestaandeVeiligheid, gebeurtenissen, schade, grootsteZorg, complicerend
        case schaalvraag, afspraken, contacten, ondertekening

        /// Short enough for the sidebar at 80 columns.
        var titel: String {
            switch self {
            case .doelencheck: "Doelencheck"
            case .voorwaarden: "Voorwaarden"
            case .bestaandeVeiligheid: "Krachten"
            case .gebeurtenissen: "Wat er gebeurde"
            case .schade: "Schade"
            case .grootsteZorg: "Grootste zorg"
            case .complicerend: "Complicerend"
            case .schaalvraag: "Schaalvraag"
            case .afspraken: "Afspraken"
            case .contacten: "Contacten"
            case .ondertekening: "Ondertekening"
            }
        }

        static let uitspraakDelen: [Deel] = [.bestaandeVeiligheid, .gebeurtenissen, .schade, .grootsteZorg, .complicerend]

        /// The question the section asks, shown above it and in the overleg step that writes to it.
        var vraag: String {
            switch self {
            case .doelencheck: "Staan deze doelen en acties in het ondersteuningsplan of in dit veiligheidsplan?"
            case .voorwaarden: "Als die er zijn: wat moet er gelden voor veiligheid?"
            case .bestaandeVeiligheid: "Wat geeft nu al veiligheid bij de grootste zorg? Per persoon, in eigen woorden."
            case .gebeurtenissen: "Wat is er gebeurd waardoor er zorgen zijn? De eerste, de ergste en de laatste keer, en hoe vaak."
            case .schade: "Welke schade hebben de klant of de gezinsleden (mogelijk) opgelopen door de onveiligheid?"
            case .grootsteZorg: "Wat is het ergste dat er kan gebeuren als er niets verandert?"
            case .complicerend: "Wat maakt het soms moeilijker om het veilig te houden? Triggers, stress, omstandigheden."
            case .schaalvraag: "0 = zeer ernstige of levensbedreigende onveiligheid, 10 = iedereen weet dat het veilig genoeg is om af te sluiten."
            case .afspraken: "Wat moet er minimaal gebeuren om de (acute) onveiligheid op te heffen?"
            case .contacten: "Wie belt het huishouden, en wanneer? Denk aan het netwerk, Veilig Thuis en 112 bij direct gevaar."
            case .ondertekening: "Te ondertekenen door de klant of een wettelijk vertegenwoordiger, en door een professional."
            }
        }

        /// The section an overleg step writes its text to; nil for steps outside the veiligheidsplan.
        init?(_ soort: Stapsoort) {
            switch soort {
            case .veiligheidGoed: self = .bestaandeVeiligheid
            case .veiligheidZorgen: self = .grootsteZorg
            case .complicerendeFactoren: self = .complicerend
            case .schaalvraag: self = .schaalvraag
            case .veiligheidsafspraken: self = .afspraken
            case .doelencheckEnOndertekening: self = .doelencheck
            default: return nil
            }
        }

        var lijstId: String {
            switch self {
            case .bestaandeVeiligheid: "bestaandeVeiligheid"
            case .gebeurtenissen: "gebeurtenissen"
            case .schade: "schade"
            case .grootsteZorg: "grootsteZorg"
            case .complicerend: "complicerendeFactoren"
            case .schaalvraag: "schaalvragen"
            case .afspraken: "afspraken"
            case .contacten: "contacten"
            case .ondertekening: "ondertekening"
            case .doelencheck, .voorwaarden: ""
            }
        }
    }

    static func uitspraken(_ deel: Deel, in vp: Veiligheidsplan) -> [Uitspraak] {
        switch deel {
        case .bestaandeVeiligheid: vp.bestaandeVeiligheid
        case .gebeurtenissen: vp.gebeurtenissen
        case .schade: vp.schade
        case .grootsteZorg: vp.grootsteZorg
        case .complicerend: vp.complicerendeFactoren
        default: []
        }
    }

    static func rubrieken(_ omgeving: Werkomgeving) -> [Formulier.Bron] {
        // Only today is kept by the closures: not the store, which holds the key.
        let vandaag = omgeving.vandaag
        return Deel.allCases.map { deel in Formulier.Bron(deel.titel) { d in rubriek(deel, d, vandaag) } }
    }

    static func rubriek(_ deel: Deel, _ d: Dossier, _ vandaag: Datum) -> Rubriek {
        let vp: WritableKeyPath<Dossier, Veiligheidsplan> = \.veiligheidsplanInFormulier
        switch deel {
        case .doelencheck:
            let check = d.veiligheidsplanInFormulier.doelencheck
            let aantal = [check.afsprakenNakomen, check.onveiligheidOpheffen, check.oorzakenBehandelen, check.herstelEnNazorg].filter { $0 }.count
            return Rubriek("Doelencheck", [
                .uitleg(Deel.doelencheck.vraag + " \(toets: VinkjeActie.wissel): aan/uit."),
                .veld(.vinkje("afsprakenNakomen", "Afspraken nakomen", vp.appending(path: \.doelencheck.afsprakenNakomen),
                              uitleg: "Doel '[namen]: ik houd mij aan de veiligheidsafspraken'")),
                .veld(.vinkje("onveiligheidOpheffen", "Onveiligheid weg", vp.appending(path: \.doelencheck.onveiligheidOpheffen),
                              uitleg: "Doelen/acties om de (acute) onveiligheid op te heffen.")),
                .veld(.vinkje("oorzakenBehandelen", "Aanpak oorzaken", vp.appending(path: \.doelencheck.oorzakenBehandelen),
                              uitleg: "Doelen/acties om de oorzaken te behandelen.")),
                .veld(.vinkje("herstelEnNazorg", "Herstel en nazorg", vp.appending(path: \.doelencheck.herstelEnNazorg),
                              uitleg: "Behandeling en nazorg om te herstellen van schade.")),
                check.isCompleet ? .uitleg("[x] Alle vier staan erin.", .success) : .uitleg("! Nog niet compleet: \(aantal) van de 4.", .warning),
            ])
        case .voorwaarden:
            return Rubriek("Veiligheidsvoorwaarden", [
                .veld(.tekst("veiligheidsvoorwaarden", "Voorwaarden", vp.appending(path: \.veiligheidsvoorwaarden),
                             uitleg: Deel.voorwaarden.vraag)),
            ])
        case .bestaandeVeiligheid:
            return Rubriek("Bestaande veiligheid", [
                .uitleg(Deel.bestaandeVeiligheid.vraag),
                .lijst(Planlijsten.uitspraken(vp.appending(path: \.bestaandeVeiligheid), id: deel.lijstId, titel: "Bestaande veiligheid",
                                              enkelvoud: "kracht", vragen: .init(
                    wie: "Wie noemt wat al veilig is?", citaat: "Wat gaat er goed en geeft veiligheid?",
                    sinds: "Indien van belang: sinds wanneer?", gevolgen: "Wat betekent het voor de klant of de gezinsleden?"))),
            ])
        case .gebeurtenissen:
            return Rubriek("Wat er gebeurd is", [
                .uitleg(Deel.gebeurtenissen.vraag),
                .lijst(zorgLijst(vp.appending(path: \.gebeurtenissen), deel, titel: "Wat er gebeurd is", enkelvoud: "gebeurtenis",
                                 wie: "Wie vertelt wat er gebeurd is?", citaat: "Eerste, ergste en laatste keer, en hoe vaak?")),
            ])
        case .schade:
            return Rubriek("Schade", [
                .uitleg(Deel.schade.vraag),
                .lijst(zorgLijst(vp.appending(path: \.schade), deel, titel: "Schade", enkelvoud: "schade",
                                 wie: "Wie noemt deze schade?", citaat: "Welke schade is er opgelopen?")),
            ])
        case .grootsteZorg:
            return Rubriek("Grootste zorg", [
                .uitleg(Deel.grootsteZorg.vraag),
                .lijst(zorgLijst(vp.appending(path: \.grootsteZorg), deel, titel: "Grootste zorg", enkelvoud: "grootste zorg",
                                 wie: "Wie noemt deze zorg?", citaat: "Wat is het ergste dat kan gebeuren?")),
            ])
        case .complicerend:
            return Rubriek("Complicerende factoren", [
                .uitleg(Deel.complicerend.vraag),
                .lijst(zorgLijst(vp.appending(path: \.complicerendeFactoren), deel, titel: "Complicerende factoren",
                                 enkelvoud: "complicerende factor", wie: "Wie noemt deze factor?",
                                 citaat: "Wat maakt het moeilijker om het veilig te houden?")),
            ])
        case .schaalvraag:
            return Rubriek("Schaalvraag", schaalvraag(d, vandaag))
        case .afspraken:
            return Rubriek("Veiligheidsafspraken", [
                .uitleg(Deel.afspraken.vraag),
                .lijst(afspraken(vandaag)),
            ])
        case .contacten:
            return Rubriek("Contacten", [
                .uitleg(Deel.contacten.vraag),
                .lijst(contacten),
            ])
        case .ondertekening:
            return Rubriek("Ondertekening", ondertekening(d, vandaag))
        }
    }

    static func zorgLijst(_ pad: WritableKeyPath<Dossier, [Uitspraak]>, _ deel: Deel, titel: String, enkelvoud: String,
                          wie: String, citaat: String) -> Lijst {
        Planlijsten.uitspraken(pad, id: deel.lijstId, titel: titel, enkelvoud: enkelvoud, vragen: .init(
            wie: wie, citaat: citaat, sinds: "(Sinds) wanneer doet dit zich voor?",
            gevolgen: "Wat zijn de (mogelijke) gevolgen voor het gezin?"))
    }

    // MARK: Agreements and contacts

    /// An afspraak has wie, wat, waar and wanneer (l.2887); a passed date without "nagekomen"
    /// since is late, like an action. What was said at the overleggen about keeping it is shown.
    static func afspraken(_ vandaag: Datum) -> Lijst {
        Planlijsten.lijst(\Dossier.veiligheidsplanInFormulier.afspraken, id: "afspraken", titel: "Afspraken", enkelvoud: "afspraak",
            regel: { d, a in
                let wat = a.wat.isEmpty ? "(nog leeg)" : a.wat.singleLine
                let wie = a.wie.map { "\(d.naam(van: $0)): " } ?? ""
                return a.toezicht == nil ? wie + wat : "\(wie)\(wat) · toezicht: \(d.naam(van: a.toezicht))"
            },
            kop: { d, a in "Afspraak \((d.veiligheidsplanInFormulier.afspraken.firstIndex { $0.id == a.id } ?? 0) + 1)" },
            velden: { d, p in
                let a = d[keyPath: p]
                var velden: [Onderdeel] = [
                .veld(.tekst("wat", "Wat gebeurt er", p.appending(path: \.wat),
                             uitleg: "Concreet en direct: wie doet wat, waar en wanneer?")),
                .veld(.persoon("wie", "Wie", p.appending(path: \.wie), uitleg: "Wie doet het? \(toets: VeldActie.kiezen): kiezen uit het dossier.")),
                .veld(.regel("waar", "Waar", p.appending(path: \.waar), uitleg: "Waar gebeurt het?")),
                .veld(.datum("wanneer", "Wanneer", p.appending(path: \.wanneer),
                             uitleg: "Uiterlijk op deze dag: dd-mm-jjjj, of bijv. +2w. Daarna is de afspraak te laat, tot iemand zegt dat hij is nagekomen.")),
                .veld(.tekst("nodig", "Wat is nodig", p.appending(path: \.nodig),
                             uitleg: "Wat doet de klant zelf, en wie helpt daarbij?")),
                .veld(.persoon("toezicht", "Wie ziet erop toe", p.appending(path: \.toezicht),
                               uitleg: "Wie let erop dat de afspraak wordt nagekomen?")),
                .veld(.tekst("alsNietNagekomen", "Als niet nagekomen", p.appending(path: \.alsNietNagekomen),
                             uitleg: "Wat gebeurt er als de afspraak niet wordt nagekomen?")),
                ]
                if a.isTeLaat(vandaag: vandaag), let w = a.wanneer {
                    velden.append(.uitleg("! Te laat: de afspraak moest uiterlijk \(w.tekst) gebeuren, en niemand heeft sindsdien gezegd "
                                          + "dat hij is nagekomen.", .warning))
                }
                velden.append(.uitleg(a.nalevingen.isEmpty ? "Nog niet besproken of de afspraak is nagekomen."
                                      : "Nagekomen? " + a.nalevingen.map(Self.naleving).joined(separator: " · ")))
                return velden
            },
            nieuw: .direct { $0.veiligheidsplanInFormulier.afspraken.append(Veiligheidsafspraak(wat: "")) },
            staart: { _, a in
                if a.isTeLaat(vandaag: vandaag) { return "· ! te laat" }
                return a.wanneer.map { "· uiterlijk \($0.tekst)" } ?? ""
            })
    }

    /// "23-11-2026 ja (ging goed)".
    static func naleving(_ n: Naleving) -> String {
        "\(n.datum.tekst) \(n.nagekomen.tekst)" + (n.toelichting.isEmpty ? "" : " (\(n.toelichting.singleLine))")
    }

    static var contacten: Lijst {
        Lijst.over(\Dossier.veiligheidsplanInFormulier.contacten, id: "contacten", titel: "Contacten", enkelvoud: "contact",
                   regel: { _, c in [c.naam.isEmpty ? "(naam nog leeg)" : c.naam, c.telefoon, c.wanneerBellen].filter { !$0.isEmpty }.joined(separator: " · ") },
                   velden: { p in [
                       .veld(.regel("naam", "Naam", p.appending(path: \.naam))),
                       .veld(.regel("wanneerBellen", "Wanneer bellen", p.appending(path: \.wanneerBellen),
                                    uitleg: "Bijvoorbeeld: bij direct gevaar.")),
                       .veld(.regel("telefoon", "Telefoon", p.appending(path: \.telefoon))),
                       .veld(.regel("email", "E-mail", p.appending(path: \.email))),
                   ] },
                   nieuw: .uitPersonen(vraag: "Wie is het contact? Naam, telefoon en e-mail komen uit het dossier.",
                                       soorten: [.netwerk, .professional, .regisseur], anders: "iemand anders (zelf invullen)") { d, id in
                       d.veiligheidsplanInFormulier.contacten.append(id.flatMap { d.veiligheidscontact(van: $0) } ?? Veiligheidscontact(naam: ""))
                   })
            .focus(op: "naam")
    }
}
