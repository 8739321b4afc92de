// The regisseurs against the regiekaart: a casusregisseur from level 2, the competence
// profile each level asks, and the handover of the procesregie (6a.p1).

extension Dossier {
    /// The plan check's findings about the regisseurs: no casusregisseur at level 2 or
    /// higher, and regisseurs whose profile is below (or not known against) what the level asks.
    func regisseurbevindingen(_ methode: Methode) -> [Bevinding] {
        guard !isAfgesloten, let n = proces.niveau, let niveau = methode.niveau(n) else { return [] }
        var b: [Bevinding] = []
        // Level 1: casusregie only if the household wants it (000 l.1445); from 2 always (l.1457).
        if n >= 2, casusregisseurs.isEmpty {
            b.append(Bevinding(.geenCasusregisseur, .regisseurs,
                               "Niveau \(n) vraagt casusregie, maar er is geen casusregisseur vastgelegd. "
                               + "Voert de procesregisseur ook de casusregie, zet die dan ook als casusregisseur."))
        }
        for r in regisseurs where r.isHuidig {
            let invulling = r.rol == .proces ? niveau.procesregie : niveau.casusregie
            guard let vereist = invulling.profiel else { continue }
            let naam = r.naam.isEmpty ? "een \(r.rol.tekst) zonder naam" : r.naam
            let regie = r.rol == .proces ? "procesregie" : "casusregie"
            if let profiel = r.profiel {
                if !profiel.past(bij: vereist) {
                    b.append(Bevinding(.profielPastNiet, .regisseur(r.id),
                                       "\(naam) (\(r.rol.tekst)) heeft competentieprofiel \(profiel.tekst); niveau \(n) vraagt voor de \(regie) \(vereist.tekst)."))
                }
            } else {
                b.append(Bevinding(.profielOnbekend, .regisseur(r.id),
                                   "Bij \(naam) (\(r.rol.tekst)) staat geen competentieprofiel; niveau \(n) vraagt voor de \(regie) \(vereist.tekst)."))
            }
        }
        return b
    }

    /// 6a.p1: `nieuw` takes over the procesregie from `vanaf`. Whoever has it now gets `vanaf`
    /// as until date; the new one is added as procesregisseur from that day.
    /// - Returns: a Dutch reason when it cannot be done (nothing changed then).
    public mutating func draagProcesregieOver(aan nieuw: Regisseur, vanaf: Datum) -> String? {
        let naam = nieuw.naam.trimmingCharacters(in: .whitespaces)
        guard !naam.isEmpty else { return "Vul de naam in van wie de procesregie overneemt." }
        let huidig = procesregisseurs
        if huidig.contains(where: { $0.naam.trimmingCharacters(in: .whitespaces).lowercased() == naam.lowercased() }) {
            return "\(naam) heeft de procesregie al."
        }
        if let eerder = huidig.first(where: { ($0.vanaf ?? vanaf) > vanaf }), let begin = eerder.vanaf {
            return "\(eerder.naam) heeft de procesregie sinds \(begin.tekst); de overdracht kan niet eerder zijn."
        }
        for i in regisseurs.indices where regisseurs[i].rol == .proces && regisseurs[i].isHuidig {
            regisseurs[i].tot = vanaf
        }
        var r = nieuw
        r.naam = naam
        r.rol = .proces
        r.vanaf = vanaf
        r.tot = nil
        regisseurs.append(r)
        return nil
    }
}
