import RegieDomain
import RegieExport

extension Plandocument {
    /// The document for a request for access (AVG art. 15): everything the dossier holds about
    /// one person, in plain words, rendered as PDF by `PdfWeergave`.
    public static func inzage(_ g: Persoonsgegevens, vandaag: Datum) -> Plandocument {
        var b: [Blok] = []
        func lijst(_ kop: String, _ regels: [String], leeg: String = "Niets vastgelegd.") {
            b.append(.kop(2, kop))
            b.append(regels.isEmpty ? .leeg(leeg) : .opsomming(regels.map { [Stuk($0)] }))
        }
        func datum(_ d: Datum?) -> String { d?.tekst ?? "geen datum" }

        b.append(.kop(2, "Over u"))
        b.append(.velden(eigenGegevens(g.persoon)))
        b.append(.kop(2, "Wat u hebt gezegd"))
        b.append(g.uitspraken.isEmpty ? .leeg("Er staan geen uitspraken van u in het dossier.") : .uitspraken(g.uitspraken.map { u in
            Uitspraakregel(spreker: u.waar, citaat: u.citaat,
                           toelichting: [u.sinds.isEmpty ? nil : "sinds: \(u.sinds)", u.gevolgen.isEmpty ? nil : "gevolgen: \(u.gevolgen)"]
                               .compactMap { $0 })
        }))
        lijst("Acties die u uitvoert", g.acties.map { a in
            "\(a.wat) (doel: \(a.doel); wanneer: \(a.ritme ?? datum(a.wanneer))"
                + (a.gedaan.map { a.ritme == nil ? "; gedaan op \($0.tekst)" : "; laatst gedaan op \($0.tekst)" } ?? "") + ")"
        })
        lijst("Veiligheidsafspraken waarop u toeziet", g.veiligheidsafspraken.map { a in
            [a.wat, a.nodig.isEmpty ? "" : "nodig: \(a.nodig)", a.alsNietNagekomen.isEmpty ? "" : "als het niet lukt: \(a.alsNietNagekomen)"]
                .filter { !$0.isEmpty }.joined(separator: "; ")
        })
        lijst("U als contact in het veiligheidsplan", g.veiligheidscontacten.map { c in
            [c.naam, c.wanneerBellen, c.telefoon, c.email].filter { !$0.isEmpty }.joined(separator: "; ")
        })
        lijst("Uw cijfers op de veiligheidsschaal", g.schaalscores.map { s in
            "\(s.datum.tekst): \(s.cijfer)" + (s.toelichting.isEmpty ? "" : " (\(s.toelichting))")
        })
        lijst("Uw handtekeningen", g.ondertekeningen.map { "\($0.naam) als \($0.hoedanigheid.tekst), \($0.datum.tekst)" })
        lijst("Overleggen waarbij u was", g.overleggen.map { o in
            [o.soort.tekst, datum(o.datum), o.locatie].filter { !$0.isEmpty }.joined(separator: ", ")
        })
        if !g.vastleggingen.isEmpty {
            lijst("Wat op uw naam is vastgelegd", g.vastleggingen.map { "\($0.datum.tekst) \($0.soort): \($0.wat)" })
        }
        lijst("Ter verduidelijking: de doelen van het plan", g.huishouden.doelen)
        return Plandocument(
            titel: "Uw gegevens in het plan van \(g.huishouden.naam)",
            versie: "Opgesteld op \(vandaag.tekst): alles wat dit dossier over u bevat (inzage, artikel 15 AVG)",
            meta: [RegieExport.Veld("Naam", g.persoon.naam), RegieExport.Veld("Dossier", g.huishouden.dossier)],
            blokken: b)
    }

    private static func eigenGegevens(_ p: Persoonsgegevens.Gegevens) -> [RegieExport.Veld] {
        func adres(_ a: Adres) -> String {
            [a.straatEnHuisnummer, a.postcode, a.woonplaats].filter { !$0.isEmpty }.joined(separator: ", ")
        }
        if let g = p.gezinslid {
            return [RegieExport.Veld("Naam", g.naam), RegieExport.Veld("Rol in het gezin", g.rolInGezin), RegieExport.Veld("Geslacht", g.geslacht),
                    RegieExport.Veld("Geboortedatum", g.geboortedatum?.tekst ?? ""), RegieExport.Veld("Gezag", g.gezag),
                    RegieExport.Veld("Burgerlijke staat", g.burgerlijkeStaat), RegieExport.Veld("Beroep", g.beroep), RegieExport.Veld("Adres", adres(g.adres)),
                    RegieExport.Veld("Telefoon", g.telefoon), RegieExport.Veld("E-mail", g.email),
                    RegieExport.Veld("Signaal Verwijsindex", g.verwijsindexSignaal?.tekst ?? "niet ingevuld"),
                    RegieExport.Veld("Woonplaatsbeginsel gecontroleerd", g.woonplaatsbeginselGecontroleerd?.tekst ?? "niet ingevuld"),
                    RegieExport.Veld("Legitimatie gecontroleerd", g.legitimatieGecontroleerd?.tekst ?? "niet ingevuld")]
        }
        if let n = p.netwerklid {
            return [RegieExport.Veld("Naam", n.naam), RegieExport.Veld("Relatie", n.relatie), RegieExport.Veld("Telefoon", n.telefoon), RegieExport.Veld("E-mail", n.email)]
        }
        if let pr = p.professional {
            return [RegieExport.Veld("Naam", pr.naam), RegieExport.Veld("Organisatie", pr.organisatie), RegieExport.Veld("Functie", pr.functie),
                    RegieExport.Veld("Telefoon", pr.telefoon), RegieExport.Veld("E-mail", pr.email)]
        }
        if let r = p.regisseur {
            return [RegieExport.Veld("Naam", r.naam), RegieExport.Veld("Rol", r.rol.tekst), RegieExport.Veld("Organisatie", r.organisatie),
                    RegieExport.Veld("Telefoon", r.telefoon), RegieExport.Veld("E-mail", r.email),
                    RegieExport.Veld("Competentieprofiel", r.profiel?.tekst ?? ""), RegieExport.Veld("Sinds", r.vanaf?.tekst ?? ""),
                    RegieExport.Veld("Tot", r.tot?.tekst ?? "")]
        }
        return [RegieExport.Veld("Naam", p.naam)]
    }
}
