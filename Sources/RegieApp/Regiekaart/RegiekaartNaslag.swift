import RegieDomain
import Screen

/// What a level's text refers to, read on the level's page: the competence profiles the
/// level asks (with how the dossier's regisseurs compare, on the current level), and the
/// method's terms the text uses, with their meaning.
extension RegiekaartScherm {
    static func naslag(_ n: Niveau, isHuidig: Bool, _ d: Dossier, _ m: Methode) -> [Tekstblok] {
        var blokken: [Tekstblok] = []
        let gevraagd: [(RegieRol, Competentieprofiel)] = [(.casus, n.casusregie.profiel), (.proces, n.procesregie.profiel)]
            .compactMap { rol, p in p.map { (rol, $0) } }
        if !gevraagd.isEmpty {
            blokken += [.wit, Tekstblok("Competentieprofielen", rol: .title)]
            if isHuidig { blokken += regisseursTegenProfiel(n, d) }
            for (rol, profiel) in gevraagd {
                guard let p = m.profiel(profiel, rol) else { continue }
                blokken += Begrippenlijst.profielblokken(p)
            }
        }
        let termen = m.begrippen(in: tekst(van: n))
        if !termen.isEmpty {
            blokken += [.wit, Tekstblok("Begrippen in deze tekst", rol: .title)]
            blokken += termen.map { Tekstblok($0.betekenis, voor: $0.term + ": ", voorRol: .label) }
        }
        return blokken
    }

    /// Each regisseur who has the regie now, with their profile against what the level asks.
    static func regisseursTegenProfiel(_ n: Niveau, _ d: Dossier) -> [Tekstblok] {
        let huidig = d.regisseurs.filter(\.isHuidig)
        guard !huidig.isEmpty else { return [Tekstblok("In dit dossier staat nog geen regisseur.", rol: .muted)] }
        return huidig.map { r in
            let naam = r.naam.isEmpty ? "(naam nog leeg)" : r.naam
            let vereist = (r.rol == .proces ? n.procesregie : n.casusregie).profiel
            let oordeel: (String, Role)
            switch (r.profiel, vereist) {
            case (_, nil): oordeel = ("\(r.profiel?.tekst ?? "onbekend"); dit niveau vraagt geen profiel voor deze rol", .muted)
            case (nil, let v?): oordeel = ("profiel onbekend; dit niveau vraagt \(v.tekst)", .warning)
            case (let p?, let v?): oordeel = p.past(bij: v) ? ("profiel \(p.tekst): past", .success) : ("! profiel \(p.tekst); dit niveau vraagt \(v.tekst)", .warning)
            }
            return Tekstblok(oordeel.0, rol: oordeel.1, voor: "\(naam) (\(r.rolMetPeriode)): ", voorRol: .label)
        }
    }

    /// All words of a level, to find the terms it uses.
    static func tekst(van n: Niveau) -> String {
        var delen = [n.naam, n.omschrijving, n.situatie.draagkracht, n.situatie.zelfredzaamheid, n.situatie.zorgen, n.situatie.hulp,
                     n.casusregie.wie, n.procesregie.wie, n.operationeel]
        delen += n.inzet + n.consultatie
        for c in n.opschalen + n.afschalen {
            delen += c.voorwaarden.map(\.tekst)
            delen += [c.naar.escalatie, c.naar.toelichting].compactMap { $0 }
        }
        return delen.joined(separator: "\n")
    }
}
