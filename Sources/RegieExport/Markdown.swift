import Foundation
import RegieDomain

/// The whole dossier as Markdown: readable as plain text in a terminal (`regie toon`) and
/// as a document (`regie export --formaat md`).
public struct MarkdownWeergave {
    public let dossier: Dossier
    public let methode: Methode
    public let vandaag: Datum

    public init(dossier: Dossier, methode: Methode, vandaag: Datum) {
        self.dossier = dossier
        self.methode = methode
        self.vandaag = vandaag
    }

    private var regels: [String] = []

    public func tekst() -> String {
        var w = self
        w.schrijf()
        return w.regels.joined(separator: "\n") + "\n"
    }

    // MARK: Helpers

    private mutating func kop(_ niveau: Int, _ tekst: String) {
        if !regels.isEmpty && regels.last != "" { regels.append("") }
        regels.append(String(repeating: "#", count: niveau) + " " + tekst)
        regels.append("")
    }

    private mutating func veld(_ label: String, _ waarde: String) {
        regels.append("- \(label): \(waarde.isEmpty ? "—" : Self.eenRegel(waarde))")
    }

    private mutating func alinea(_ tekst: String) {
        let t = tekst.trimmingCharacters(in: .whitespacesAndNewlines)
        regels.append(t.isEmpty ? "_Nog niet ingevuld._" : t)
        regels.append("")
    }

    private mutating func leeg(_ tekst: String = "Nog niets vastgelegd.") {
        regels.append("_\(tekst)_")
        regels.append("")
    }

    static func eenRegel(_ s: String) -> String {
        s.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " / ")
    }

    static func jaNee(_ w: JaNee?) -> String { w?.tekst ?? "niet ingevuld" }

    static func adres(_ a: Adres) -> String {
        [a.straatEnHuisnummer, [a.postcode, a.woonplaats].filter { !$0.isEmpty }.joined(separator: " ")]
            .filter { !$0.isEmpty }.joined(separator: ", ")
    }

    private func wie(_ id: String?) -> String {
        guard let p = dossier.persoon(id) else { return dossier.naam(van: id) }
        return p.rol.isEmpty ? p.naam : "\(p.naam) (\(p.rol))"
    }

    private mutating func uitspraken(_ lijst: [Uitspraak]) {
        guard !lijst.isEmpty else { return leeg() }
        for u in lijst {
            var regel = "- **\(dossier.naam(van: u.spreker))**: \"\(Self.eenRegel(u.citaat))\""
            var extra: [String] = []
            if !u.sinds.isEmpty { extra.append("sinds: \(Self.eenRegel(u.sinds))") }
            if !u.gevolgen.isEmpty { extra.append("gevolgen: \(Self.eenRegel(u.gevolgen))") }
            if !extra.isEmpty { regel += " (\(extra.joined(separator: "; ")))" }
            regels.append(regel)
        }
        regels.append("")
    }

    // MARK: The document

    private mutating func schrijf() {
        let d = dossier
        regels.append("# Ondersteuningsplan \(d.naam)")
        regels.append("")
        veld("Datum plan", d.plan.datum?.tekst ?? "")
        veld("Dossier", d.id)
        let fase = methode.fase(d.proces.fase).map { "\($0.id) \($0.naam)" } ?? d.proces.fase
        veld("Fase", fase)
        veld("Niveau regiekaart", d.proces.niveau.map { n in methode.niveau(n)?.naam ?? "niveau \(n)" } ?? "nog niet bepaald")
        let plannen = d.vereistePlannen(methode)
        if plannen.veiligheidsplan == .verplicht {
            veld("Veiligheidsplan", d.veiligheidsplan == nil ? "nodig, maar ontbreekt" : (d.veiligheidsplan!.isOndertekend ? "aanwezig en ondertekend" : "aanwezig, nog niet ondertekend"))
        }

        kop(2, "Contactgegevens")
        veld("Naam", d.contact.naam)
        veld("Adres", Self.adres(d.contact.adres))
        veld("Telefoon", d.contact.telefoon)
        veld("E-mail", d.contact.email)

        kop(2, "Gezinsleden")
        if d.gezinsleden.isEmpty { leeg() }
        for g in d.gezinsleden {
            regels.append("### \(g.naam)")
            regels.append("")
            veld("Rol in het gezin", g.rolInGezin)
            veld("Geslacht", g.geslacht)
            veld("Geboortedatum", g.geboortedatum?.tekst ?? "")
            if !g.gezag.isEmpty { veld("Gezag", g.gezag) }
            veld("Burgerlijke staat", g.burgerlijkeStaat)
            veld("Beroep", g.beroep)
            veld("Adres", Self.adres(g.adres))
            veld("Telefoon", g.telefoon)
            veld("E-mail", g.email)
            regels.append("")
        }

        kop(2, "Regisseurs")
        if d.regisseurs.isEmpty { leeg() }
        for r in d.regisseurs.sorted(by: { $0.rol == .proces && $1.rol != .proces }) {
            regels.append("- \(r.rol == .proces ? "Procesregisseur" : "Casusregisseur"): \(r.naam)"
                          + ([r.organisatie, r.telefoon, r.email].filter { !$0.isEmpty }.map { ", \($0)" }.joined()))
        }
        if !d.regisseurs.isEmpty { regels.append("") }

        kop(2, "Betrokken familie en vrienden")
        if d.netwerk.isEmpty { leeg() }
        for n in d.netwerk {
            regels.append("- \(n.naam)" + ([n.relatie, n.email, n.telefoon].filter { !$0.isEmpty }.map { ", \($0)" }.joined()))
        }
        if !d.netwerk.isEmpty { regels.append("") }

        kop(2, "Betrokken professionals")
        if d.professionals.isEmpty { leeg() }
        for p in d.professionals {
            regels.append("- \(p.naam)" + ([p.functie, p.organisatie, p.email, p.telefoon].filter { !$0.isEmpty }.map { ", \($0)" }.joined()))
        }
        if !d.professionals.isEmpty { regels.append("") }

        kop(2, "Overige gegevens")
        veld("Toestemming om informatie te delen met betrokkenen", Self.jaNee(d.toestemmingDelen))
        for g in d.gezinsleden {
            veld("\(g.naam): signaal in de Verwijsindex", Self.jaNee(g.verwijsindexSignaal))
            veld("\(g.naam): woonplaatsbeginsel gecontroleerd", Self.jaNee(g.woonplaatsbeginselGecontroleerd))
            veld("\(g.naam): legitimatie gecontroleerd", Self.jaNee(g.legitimatieGecontroleerd))
        }

        kop(2, "Aanleiding")
        alinea(d.plan.aanleiding)

        kop(2, "Krachten: wat gaat er goed?")
        uitspraken(d.plan.krachten)
        kop(2, "Zorgen: wat zijn onze zorgen?")
        uitspraken(d.plan.zorgen)

        kop(2, "Eerdere hulp")
        if d.plan.eerdereHulp.isEmpty { leeg() }
        for h in d.plan.eerdereHulp {
            regels.append("- \(Self.eenRegel(h.wat))"
                          + (h.doorWie.isEmpty ? "" : ", door \(h.doorWie)")
                          + (h.wanneer.isEmpty ? "" : ", \(h.wanneer)")
                          + (h.resultaat.isEmpty ? "" : ". Resultaat: \(Self.eenRegel(h.resultaat))"))
        }
        if !d.plan.eerdereHulp.isEmpty { regels.append("") }

        kop(2, "Integrale analyse")
        alinea(d.plan.integraleAnalyse)
        kop(2, "Gewenst resultaat")
        alinea(d.plan.gewenstResultaat)
        kop(2, "Zorgen over basiszorg en veiligheid")
        alinea(Self.jaNee(d.plan.zorgenBasiszorgVeiligheid).capitalizedFirst)

        kop(2, "Doelen en acties")
        if d.plan.doelen.isEmpty { leeg() }
        for (i, doel) in d.plan.doelen.enumerated() {
            regels.append("### Doel \(i + 1): \(Self.eenRegel(doel.omschrijving))")
            regels.append("")
            regels.append("Bereikt: \(doel.status.tekst)")
            regels.append("")
            for actie in doel.acties {
                var regel = "- [\(actie.gedaan == nil ? " " : "x")] \(wie(actie.wie)): \(Self.eenRegel(actie.wat))"
                regel += actie.wanneer.map { ", uiterlijk \($0.tekst)" } ?? ", geen datum"
                if let g = actie.gedaan { regel += " (gedaan op \(g.tekst))" } else if let w = actie.wanneer, w < vandaag { regel += " **(te laat)**" }
                regels.append(regel)
            }
            if doel.acties.isEmpty { leeg("Nog geen acties.") } else { regels.append("") }
        }

        kop(2, "Samenvatting")
        alinea(d.plan.samenvatting)

        kop(2, "Planning overleg")
        if d.plan.overleggen.isEmpty { leeg("Nog geen overleg gepland.") }
        let volgend = d.volgendOverleg(vandaag: vandaag)?.id
        for o in d.plan.overleggen.sorted(by: { ($0.datum?.iso ?? "9") < ($1.datum?.iso ?? "9") }) {
            var regel = "- \(o.soort.tekst.capitalizedFirst): \(o.datum?.tekst ?? "datum nog niet bekend")"
            if let t = o.tijd { regel += " om \(t.tekst)" }
            if !o.locatie.isEmpty { regel += ", \(Self.eenRegel(o.locatie))" }
            if o.id == volgend { regel += " (volgend overleg)" }
            if !o.aanwezigen.isEmpty { regel += ". Aanwezig: " + o.aanwezigen.map { dossier.naam(van: $0) }.joined(separator: ", ") }
            regels.append(regel)
        }
        if !d.plan.overleggen.isEmpty { regels.append("") }

        if let vp = d.veiligheidsplan { veiligheidsplan(vp) }
        proces()
    }

    private mutating func veiligheidsplan(_ vp: Veiligheidsplan) {
        kop(1, "Veiligheidsplan \(dossier.naam)")
        kop(2, "Doelencheck")
        let c = vp.doelencheck
        regels.append("- [\(c.afsprakenNakomen ? "x" : " ")] Het ondersteuningsplan heeft het doel: ik houd mij aan de veiligheidsafspraken.")
        regels.append("- [\(c.onveiligheidOpheffen ? "x" : " ")] Doelen en acties om de (acute) onveiligheid op te heffen.")
        regels.append("- [\(c.oorzakenBehandelen ? "x" : " ")] Doelen en acties om de oorzaken van de onveiligheid te behandelen.")
        regels.append("- [\(c.herstelEnNazorg ? "x" : " ")] Doelen en acties voor herstel en nazorg na opgelopen schade.")
        regels.append("")
        kop(2, "Veiligheidsvoorwaarden")
        alinea(vp.veiligheidsvoorwaarden)
        kop(2, "Bestaande veiligheid")
        uitspraken(vp.bestaandeVeiligheid)
        kop(2, "Wat is er gebeurd?")
        uitspraken(vp.gebeurtenissen)
        kop(2, "Welke schade is er opgelopen?")
        uitspraken(vp.schade)
        kop(2, "Wat is het ergste dat kan gebeuren als er niets verandert?")
        uitspraken(vp.grootsteZorg)
        kop(2, "Wat maakt het moeilijker om het veilig te houden?")
        uitspraken(vp.complicerendeFactoren)

        kop(2, "Schaalvraag (0 = levensbedreigend, 10 = veilig genoeg om af te sluiten)")
        if vp.schaalvragen.isEmpty { leeg() }
        var gezien: [String?] = []
        for s in vp.schaalvragen where !gezien.contains(s.persoon) { gezien.append(s.persoon) }
        for persoon in gezien {
            let reeks = vp.schaalvragen.filter { $0.persoon == persoon }.sorted { $0.datum < $1.datum }
            let laatste = reeks.last!
            var regel = "- **\(dossier.naam(van: persoon))**: \(laatste.cijfer)"
            if !laatste.toelichting.isEmpty { regel += ", \"\(Self.eenRegel(laatste.toelichting))\"" }
            regel += " (\(laatste.datum.tekst))"
            if reeks.count > 1 { regel += ". Eerder: " + reeks.dropLast().map { "\($0.cijfer) op \($0.datum.tekst)" }.joined(separator: ", ") }
            regels.append(regel)
        }
        if !vp.schaalvragen.isEmpty { regels.append("") }

        kop(2, "Veiligheidsafspraken")
        if vp.afspraken.isEmpty { leeg() }
        for (i, a) in vp.afspraken.enumerated() {
            regels.append("\(i + 1). \(Self.eenRegel(a.wat))")
            if !a.nodig.isEmpty { regels.append("   - Nodig: \(Self.eenRegel(a.nodig))") }
            regels.append("   - Wie ziet erop toe: \(a.toezicht.map { wie($0) } ?? "nog niet gekozen")")
            if !a.alsNietNagekomen.isEmpty { regels.append("   - Als de afspraak niet wordt nagekomen: \(Self.eenRegel(a.alsNietNagekomen))") }
        }
        if !vp.afspraken.isEmpty { regels.append("") }

        kop(2, "Contactgegevens")
        if vp.contacten.isEmpty { leeg() }
        for c in vp.contacten {
            regels.append("- \(c.naam)" + (c.wanneerBellen.isEmpty ? "" : ", bellen: \(Self.eenRegel(c.wanneerBellen))")
                          + (c.telefoon.isEmpty ? "" : ", \(c.telefoon)") + (c.email.isEmpty ? "" : ", \(c.email)"))
        }
        if !vp.contacten.isEmpty { regels.append("") }

        kop(2, "Ondertekening")
        veld("Datum (vervolg)evaluatie", vp.evaluatiedatum?.tekst ?? "")
        for o in vp.ondertekening {
            veld("Ondertekend door \(o.naam) (\(o.hoedanigheid.tekst))", o.datum.tekst)
        }
        if vp.ondertekening.isEmpty { regels.append("- Nog niet ondertekend.") }
    }

    private mutating func proces() {
        let d = dossier
        kop(1, "Verloop")
        if !d.proces.startcriteria.isEmpty {
            kop(2, "Waarom regie is gestart")
            for id in d.proces.startcriteria {
                regels.append("- " + (methode.criteria.startcriteria.first { $0.id == id }?.tekst ?? id))
            }
            regels.append("")
        }
        kop(2, "Fasen")
        for v in d.faseVoortgang(methode) {
            regels.append("- \(v.isHuidig ? "**" : "")Fase \(v.fase) \(v.naam): \(v.gedaan) van \(v.totaal) acties gedaan\(v.isHuidig ? " (huidige fase)**" : "")")
        }
        let acties = Dictionary(methode.fasen.flatMap(\.alleActies).map { ($0.id, $0.tekst) }, uniquingKeysWith: { a, _ in a })
        if !d.proces.afgevinkt.isEmpty {
            regels.append("")
            regels.append("Afgevinkt:")
            regels.append("")
            for a in d.proces.afgevinkt {
                regels.append("- \(a.datum.tekst), \(a.door): \(acties[a.actie] ?? a.actie)" + (a.notitie.isEmpty ? "" : " (\(Self.eenRegel(a.notitie)))"))
            }
        }
        regels.append("")
        if !d.proces.niveaugeschiedenis.isEmpty {
            kop(2, "Niveau op de regiekaart")
            for w in d.proces.niveaugeschiedenis {
                regels.append("- \(w.datum.tekst): \(w.van.map { "van \($0) " } ?? "")naar \(w.naar), door \(w.door). Reden: \(Self.eenRegel(w.reden))")
            }
            regels.append("")
        }
        if let verloop = d.proces.meldcode.last {
            kop(2, "Aanvullende stappen bij onveiligheid")
            for s in verloop.stappen {
                let naam = methode.meldcode.stappen.first { $0.id == s.stap }?.naam ?? s.stap
                regels.append("- \(s.datum.tekst), \(s.door): \(naam)" + (s.notitie.isEmpty ? "" : " (\(Self.eenRegel(s.notitie)))"))
            }
            let stand = methode.meldcode.stand(antwoorden: verloop.antwoorden)
            for stap in stand.pad {
                regels.append("- Afweging \(stap.afweging.nummer): \(stap.afweging.vraag) **\(stap.antwoord.tekst)**")
            }
            if let b = verloop.besluit {
                regels.append("- Besluit (\(b.datum.tekst), \(b.door)): \(methode.meldcode.besluit(b.besluit)?.tekst ?? b.besluit)")
            } else if let open = stand.open {
                regels.append("- Nog te beantwoorden: afweging \(open.nummer): \(open.vraag)")
            }
            regels.append("")
        }
        while regels.last == "" { regels.removeLast() }
    }
}

extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
