import Foundation

/// Everything a dossier holds about one person, for the right of access (AVG art. 15) and
/// the right to data portability (art. 20). Built by `Persoonsgegevens.van(_:in:)`.
///
/// Included, and why:
/// - the person's own record (gezinslid, netwerklid, professional or regisseur): their data;
/// - every quote they said, in every list (krachten, zorgen, the veiligheidsplan's lists, and
///   what they said during an overleg): their words about themselves and their household;
/// - the actions they carry out, with the goal they belong to: what is expected of them;
/// - veiligheidsafspraken they see to, and the safety contacts under their name;
/// - their scores on the safety scale and their signatures;
/// - the overleggen they attended (kind, date, place);
/// - for a regisseur: what was recorded in their name (ticks, level changes, meldcode steps);
/// - as context only: the household's id and name, and the plan's goals, without which the
///   actions and quotes cannot be understood.
/// Not included: what others said about the household (that is their personal data) and
/// internal process notes of other people.
public struct Persoonsgegevens: Sendable, Equatable, Codable {
    /// Marks the file so a reader knows what it is.
    public var soort = "regie-persoonsgegevens"
    public var versie = 1
    public var huishouden: Huishouden
    public var persoon: Gegevens
    public var uitspraken: [GeciteerdeUitspraak]
    public var acties: [ActieVanPersoon]
    public var veiligheidsafspraken: [Veiligheidsafspraak]
    public var veiligheidscontacten: [Veiligheidscontact]
    public var schaalscores: [Score]
    public var ondertekeningen: [Handtekening]
    public var overleggen: [BijgewoondOverleg]
    public var vastleggingen: [Vastlegging]

    public struct Huishouden: Sendable, Equatable, Codable {
        public var dossier: String
        public var naam: String
        /// The goals of the plan, as context for the actions.
        public var doelen: [String]
    }

    /// The person's own record; exactly one of the four is set.
    public struct Gegevens: Sendable, Equatable, Codable {
        public var id: String
        public var naam: String
        public var soort: PersoonSoort
        public var gezinslid: Gezinslid?
        public var netwerklid: Netwerklid?
        public var professional: Professional?
        public var regisseur: Regisseur?
    }

    public struct GeciteerdeUitspraak: Sendable, Equatable, Codable {
        /// Where it is written down ("krachten", "veiligheidsplan: schade", "overleg 12-11-2026: ervaring").
        public var waar: String
        public var citaat: String
        public var sinds: String
        public var gevolgen: String
    }

    public struct ActieVanPersoon: Sendable, Equatable, Codable {
        public var doel: String
        public var wat: String
        public var wanneer: Datum?
        public var gedaan: Datum?
        /// For an action that repeats: "elke maandag 9:00 tot 01-03-2027"; then `gedaan` is
        /// its latest time done.
        public var ritme: String?
    }

    public struct Score: Sendable, Equatable, Codable {
        public var cijfer: Int
        public var toelichting: String
        public var datum: Datum
    }

    public struct Handtekening: Sendable, Equatable, Codable {
        public var naam: String
        public var hoedanigheid: Hoedanigheid
        public var datum: Datum
    }

    public struct BijgewoondOverleg: Sendable, Equatable, Codable {
        public var soort: OverlegSoort
        public var datum: Datum?
        public var tijd: Tijd?
        public var locatie: String
    }

    /// Something recorded in the person's name ("door").
    public struct Vastlegging: Sendable, Equatable, Codable {
        public var soort: String
        public var datum: Datum
        public var wat: String
    }

    /// Everything about the person with this id, or nil when the dossier has no such person.
    public static func van(_ persoonId: String, in d: Dossier) -> Persoonsgegevens? {
        guard let p = d.persoon(persoonId) else { return nil }
        let gegevens = Gegevens(
            id: p.id, naam: p.naam, soort: p.soort,
            gezinslid: d.gezinsleden.first { $0.id == p.id }, netwerklid: d.netwerk.first { $0.id == p.id },
            professional: d.professionals.first { $0.id == p.id }, regisseur: d.regisseurs.first { $0.id == p.id })
        return Persoonsgegevens(
            huishouden: Huishouden(dossier: d.id, naam: d.naam, doelen: d.plan.doelen.map(\.omschrijving)),
            persoon: gegevens,
            uitspraken: uitspraken(van: p.id, in: d),
            acties: d.alleActies.filter { $0.actie.wie == p.id }.map {
                ActieVanPersoon(doel: $0.doel.omschrijving, wat: $0.actie.wat, wanneer: $0.actie.wanneer, gedaan: $0.actie.gedaan,
                                ritme: $0.actie.ritmeTekst)
            },
            veiligheidsafspraken: (d.veiligheidsplan?.afspraken ?? []).filter { $0.toezicht == p.id },
            veiligheidscontacten: (d.veiligheidsplan?.contacten ?? []).filter { isContact($0.naam, van: p.naam) },
            schaalscores: (d.veiligheidsplan?.schaalgeschiedenis(van: p.id) ?? []).map {
                Score(cijfer: $0.cijfer, toelichting: $0.toelichting, datum: $0.datum)
            },
            ondertekeningen: (d.veiligheidsplan?.ondertekening ?? []).filter { $0.persoon == p.id }.map {
                Handtekening(naam: $0.naam, hoedanigheid: $0.hoedanigheid, datum: $0.datum)
            },
            overleggen: d.plan.overleggen.filter { $0.aanwezigen.contains(p.id) }.map {
                BijgewoondOverleg(soort: $0.soort, datum: $0.datum, tijd: $0.tijd, locatie: $0.locatie)
            },
            vastleggingen: vastleggingen(door: p, in: d))
    }

    static func uitspraken(van id: String, in d: Dossier) -> [GeciteerdeUitspraak] {
        var lijsten: [(String, [Uitspraak])] = [("krachten", d.plan.krachten), ("zorgen", d.plan.zorgen)]
        for (veld, lijst) in d.veiligheidsplan?.uitspraakLijsten ?? [] { lijsten.append(("veiligheidsplan: \(veld)", lijst)) }
        for o in d.plan.overleggen {
            guard let v = o.verloop else { continue }
            let naam = "\(o.soort.tekst)" + (o.datum.map { " \($0.tekst)" } ?? "")
            lijsten.append(("\(naam): hoe het gaat", v.hoeGaatHet))
            lijsten.append(("\(naam): ervaring", v.ervaring))
        }
        return lijsten.flatMap { waar, lijst in
            lijst.filter { $0.spreker == id }.map {
                GeciteerdeUitspraak(waar: waar, citaat: $0.citaat, sinds: $0.sinds, gevolgen: $0.gevolgen)
            }
        }
    }

    /// Records whose "door" is the person's name: only regisseurs record in the program.
    static func vastleggingen(door p: Persoon, in d: Dossier) -> [Vastlegging] {
        guard p.soort == .regisseur || p.soort == .professional else { return [] }
        let pr = d.proces
        var uit = pr.afgevinkt.filter { zelfdeNaam($0.door, p.naam) }.map {
            Vastlegging(soort: "afgevinkt", datum: $0.datum, wat: $0.actie + ($0.notitie.isEmpty ? "" : ": \($0.notitie)"))
        }
        uit += pr.niveaugeschiedenis.filter { zelfdeNaam($0.door, p.naam) }.map {
            Vastlegging(soort: "niveauwijziging", datum: $0.datum, wat: "naar niveau \($0.naar): \($0.reden)")
        }
        uit += pr.escalaties.filter { zelfdeNaam($0.door, p.naam) || zelfdeNaam($0.aan, p.naam) }.map {
            Vastlegging(soort: "escalatie", datum: $0.datum, wat: "naar \($0.naar)" + ($0.aan.isEmpty ? "" : " (aan \($0.aan))") + ": \($0.reden)")
        }
        uit += pr.schaalgeschiedenis.filter { zelfdeNaam($0.door ?? "", p.naam) }.compactMap { a in
            a.datum.map { Vastlegging(soort: "regiekaartvraag", datum: $0, wat: "\(a.vraag): \(a.antwoord?.tekst ?? "onbekend")") }
        }
        uit += pr.faseovergangen.filter { zelfdeNaam($0.door, p.naam) }.map {
            Vastlegging(soort: "fase", datum: $0.datum, wat: "van \($0.van) naar \($0.naar)" + ($0.reden.isEmpty ? "" : ": \($0.reden)"))
        }
        uit += pr.veiligheidsvragen.filter { zelfdeNaam($0.door, p.naam) }.map {
            Vastlegging(soort: "signalen van onveiligheid", datum: $0.datum, wat: "fase \($0.fase): \($0.antwoord.tekst)")
        }
        for a in pr.afsluitingen {
            if zelfdeNaam(a.door, p.naam) { uit.append(Vastlegging(soort: "afgesloten", datum: a.datum, wat: a.evaluatie)) }
            if let h = a.heropend, zelfdeNaam(h.door, p.naam) {
                uit.append(Vastlegging(soort: "heropend", datum: h.datum, wat: "naar fase \(h.naarFase): \(h.reden)"))
            }
        }
        for m in pr.meldcode {
            if let n = m.levensbedreigend, zelfdeNaam(n.door, p.naam) {
                uit.append(Vastlegging(soort: "levensbedreigend", datum: n.datum, wat: n.wat))
            }
            uit += m.stappen.filter { zelfdeNaam($0.door, p.naam) }.map {
                Vastlegging(soort: "meldcode", datum: $0.datum, wat: $0.stap + ($0.notitie.isEmpty ? "" : ": \($0.notitie)"))
            }
            uit += m.antwoorden.filter { zelfdeNaam($0.door, p.naam) }.map {
                Vastlegging(soort: "afweging", datum: $0.datum, wat: "\($0.afweging): \($0.antwoord.tekst)")
            }
            if let b = m.besluit, zelfdeNaam(b.door, p.naam) {
                uit.append(Vastlegging(soort: "besluit", datum: b.datum, wat: b.besluit))
            }
        }
        return uit
    }

    /// A safety contact is written as free text: "Ria de Jong" or "Ria de Jong (oma)".
    static func isContact(_ contact: String, van naam: String) -> Bool {
        let c = contact.trimmingCharacters(in: .whitespaces).lowercased(), n = naam.trimmingCharacters(in: .whitespaces).lowercased()
        guard !n.isEmpty, c.hasPrefix(n) else { return false }
        return c.count == n.count || c.dropFirst(n.count).first.map { $0 == " " || $0 == "(" || $0 == "," } ?? false
    }

    static func zelfdeNaam(_ a: String, _ b: String) -> Bool {
        let x = a.trimmingCharacters(in: .whitespaces).lowercased(), y = b.trimmingCharacters(in: .whitespaces).lowercased()
        return !x.isEmpty && x == y
    }

    /// The person a user means by an id or a name (exact, or a unique start, ignoring case).
    public static func vind(_ verwijzing: String, in d: Dossier) -> Persoon? {
        if let p = d.persoon(verwijzing) { return p }
        let v = verwijzing.trimmingCharacters(in: .whitespaces).lowercased()
        guard !v.isEmpty else { return nil }
        if let p = d.personen.first(where: { $0.naam.lowercased() == v }) { return p }
        let kandidaten = d.personen.filter { $0.naam.lowercased().hasPrefix(v) }
        return kandidaten.count == 1 ? kandidaten[0] : nil
    }
}
