import RegieDomain

extension Ondertekenaar {
    /// Who signs the veiligheidsplan, each once: the recorded signatures (with their day),
    /// then the adult household members who have not signed yet (as klant; minors are
    /// represented by their legal representatives, who are among the adults or sign on the
    /// blank line), then the procesregisseur if no professional signed yet. The plan needs at
    /// least one klant or wettelijk vertegenwoordiger and one professional (`isOndertekend`):
    /// where the dossier names no one for that, a blank line to fill in by hand.
    public static func voor(_ vp: Veiligheidsplan, in d: Dossier, vandaag: Datum) -> [Ondertekenaar] {
        var lijst = vp.ondertekening.map { Ondertekenaar(naam: $0.naam, hoedanigheid: $0.hoedanigheid.tekst, datum: $0.datum) }
        let getekend = Set(vp.ondertekening.compactMap(\.persoon))
        let getekendeNamen = Set(vp.ondertekening.map { $0.naam.lowercased() })
        func nogNiet(_ id: String, _ naam: String) -> Bool {
            !getekend.contains(id) && !getekendeNamen.contains(naam.lowercased())
        }
        for g in d.gezinsleden where isVolwassen(g, vandaag) && nogNiet(g.id, g.naam) {
            lijst.append(Ondertekenaar(naam: g.naam, hoedanigheid: Hoedanigheid.klant.tekst, datum: nil))
        }
        if !lijst.contains(where: { $0.hoedanigheid != Hoedanigheid.professional.tekst }) {
            lijst.append(Ondertekenaar(naam: "", hoedanigheid: "klant of wettelijk vertegenwoordiger", datum: nil))
        }
        if !vp.ondertekening.contains(where: { $0.hoedanigheid == .professional }) {
            let regisseurs = d.procesregisseurs.filter { nogNiet($0.id, $0.naam) }
            if regisseurs.isEmpty {
                lijst.append(Ondertekenaar(naam: "", hoedanigheid: Hoedanigheid.professional.tekst, datum: nil))
            }
            for r in regisseurs {
                lijst.append(Ondertekenaar(naam: r.naam, hoedanigheid: Hoedanigheid.professional.tekst, datum: nil))
            }
        }
        return lijst
    }

    /// 18 or older on `vandaag`; without a birth date, an adult unless custody is recorded
    /// (custody is only filled in for minors).
    static func isVolwassen(_ g: Gezinslid, _ vandaag: Datum) -> Bool {
        guard let geboren = g.geboortedatum else { return g.gezag.isEmpty }
        let leeftijd = vandaag.jaar - geboren.jaar - ((vandaag.maand, vandaag.dag) < (geboren.maand, geboren.dag) ? 1 : 0)
        return leeftijd >= 18
    }
}
