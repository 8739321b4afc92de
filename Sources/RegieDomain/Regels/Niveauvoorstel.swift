/// The level the answered op- and afschaal criteria point to, with the reasons.
public struct Niveauvoorstel: Sendable, Equatable {
    public enum Richting: String, Sendable { case opschalen, afschalen, blijven
        /// The same level with another regisseur, with other expertise.
        case andereRegisseur }

    public var richting: Richting
    /// The suggested level; equal to the current one when nothing holds.
    public var niveau: Int
    /// All levels the holding criteria allow ("2, 3 of 4, afhankelijk van expertise").
    public var mogelijk: [Int]
    /// Escalations that are not a level ("manager").
    public var escalaties: [String]
    /// The criteria that hold.
    public var criteria: [String]
    /// Plain Dutch sentences: why.
    public var redenen: [String]
}

extension Regiekaart {
    /// A criterion holds when every one of its conditions is answered ja.
    public static func geldt(_ criterium: Schaalcriterium, antwoorden: [String: JaNee]) -> Bool {
        !criterium.voorwaarden.isEmpty && criterium.voorwaarden.allSatisfy { antwoorden[$0.id] == .ja }
    }

    /// Suggests a level from the answers for the current level's criteria, the ladder and
    /// the signs of unsafety (`veiligheid`: why, in Dutch; empty when there are none).
    ///
    /// Scaling up goes before scaling down (safety first). Up: the ladder is climbed as far as
    /// its rungs hold (rungs up to the current level count as reached), and the criteria give
    /// the highest of their lowest targets; the higher of the two is suggested. A criterion
    /// that also names the current level ("2, 3 of 4, afhankelijk van de expertise") suggests a
    /// change of regisseur when nothing points higher. Down: the ladder is descended while
    /// its rungs hold, the criteria give the smallest step; the lower of the two is suggested.
    /// Signs of unsafety make the safety conditions of the rungs down fail, and the criteria
    /// down that contain them. Criteria that only escalate (to a manager) are reported, not
    /// turned into a level.
    public func voorstel(huidig: Int, antwoorden: [String: JaNee], veiligheid: [String] = []) -> Niveauvoorstel {
        guard let niveau = niveaus.first(where: { $0.niveau == huidig }) else {
            return Niveauvoorstel(richting: .blijven, niveau: huidig, mogelijk: [], escalaties: [], criteria: [],
                                  redenen: ["Niveau \(huidig) staat niet in de regiekaart."])
        }
        let onveilig = !veiligheid.isEmpty
        let vragen = Set((niveau.opschalen + niveau.afschalen).flatMap(\.voorwaarden).map(\.id))
        // The question ids a safety condition of a rung down stands for: they fail when unsafe.
        let veiligIds = Set((ladder?.afschalen ?? []).flatMap(\.voorwaarden).filter(\.veiligheid).flatMap(\.antwoorden))
        let op = niveau.opschalen.filter { Self.geldt($0, antwoorden: antwoorden) }
        let afBeantwoord = niveau.afschalen.filter { Self.geldt($0, antwoorden: antwoorden) }
        let af = onveilig ? afBeantwoord.filter { c in !c.voorwaarden.contains { veiligIds.contains($0.id) } } : afBeantwoord
        let escalaties = (op + af).compactMap(\.naar.escalatie)
        func reden(_ c: Schaalcriterium, _ werkwoord: String) -> String {
            var doel: String
            if c.naar.niveaus.isEmpty {
                doel = "\(werkwoord) naar \(c.naar.escalatie ?? "?")"
            } else {
                doel = "\(werkwoord) naar niveau \(Self.opsomming(c.naar.niveaus))"
            }
            if let t = c.naar.toelichting, !t.isEmpty { doel += " (\(t))" }
            let waarom = c.voorwaarden.map { Self.zonderPunt($0.tekst) }.joined(separator: "; ")
            return "\(doel), want: \(waarom)."
        }
        let signalen = veiligheid.map { Self.zonderPunt($0) }.joined(separator: "; ")
        /// Whether a ladder condition holds, with why.
        func geldt(_ v: Laddervoorwaarde, omhoog: Bool) -> Bool {
            let beantwoord = v.antwoorden.contains { vragen.contains($0) && antwoorden[$0] == .ja }
            guard v.veiligheid else { return beantwoord }
            return omhoog ? (beantwoord || onveilig) : (beantwoord && !onveilig)
        }
        func tekst(_ t: Laddertrede, daarbij: Bool, omhoog: Bool) -> String {
            let delen = t.voorwaarden.map { v in
                v.veiligheid && omhoog && onveilig ? "\(v.tekst) (\(signalen))" : v.tekst
            }
            return "Ladder naar niveau \(t.niveau): \(daarbij ? "daarbij " : "")\(Self.reeks(delen))."
        }

        // Up the ladder.
        var ladderOp: Int?
        var ladderOpRedenen: [String] = []
        var vorigeGeldt = true
        for t in (ladder?.opschalen ?? []).sorted(by: { $0.niveau < $1.niveau }) {
            if t.niveau <= huidig { vorigeGeldt = true; continue }
            let alle = !t.voorwaarden.isEmpty && t.voorwaarden.allSatisfy { geldt($0, omhoog: true) }
            if alle && (vorigeGeldt || t.zelfstandig) {
                ladderOpRedenen.append(tekst(t, daarbij: vorigeGeldt && ladderOp != nil, omhoog: true))
                ladderOp = t.niveau
                vorigeGeldt = true
            } else {
                vorigeGeldt = false
            }
        }
        let opNiveaus = op.filter { !$0.naar.niveaus.isEmpty }
        let criteriumOp = opNiveaus.map { $0.naar.niveaus.min()! }.max()
        let doelOp = [ladderOp, criteriumOp].compactMap { $0 }.max()
        if let doelOp, doelOp > huidig {
            let mogelijk = Set(opNiveaus.flatMap(\.naar.niveaus) + [ladderOp].compactMap { $0 }).filter { $0 > huidig }
            return Niveauvoorstel(richting: .opschalen, niveau: doelOp, mogelijk: mogelijk.sorted(),
                                  escalaties: escalaties, criteria: op.map(\.id),
                                  redenen: ladderOpRedenen + op.map { reden($0, "Opschalen") })
        }

        // Down the ladder.
        var ladderAf: Int?
        var ladderAfRedenen: [String] = []
        for t in (ladder?.afschalen ?? []).sorted(by: { $0.niveau > $1.niveau }) where t.niveau < huidig {
            guard !t.voorwaarden.isEmpty, t.voorwaarden.allSatisfy({ geldt($0, omhoog: false) }) else { break }
            ladderAfRedenen.append(tekst(t, daarbij: ladderAf != nil, omhoog: false))
            ladderAf = t.niveau
        }
        let afNiveaus = af.filter { !$0.naar.niveaus.isEmpty }
        let criteriumAf = afNiveaus.map { $0.naar.niveaus.max()! }.max()
        let geblokkeerd = onveilig ? ["Niet afschalen: er zijn signalen van onveiligheid (\(signalen))."] : []
        if let doelAf = [ladderAf, criteriumAf].compactMap({ $0 }).min(), doelAf < huidig {
            let mogelijk = Set(afNiveaus.flatMap(\.naar.niveaus) + [ladderAf].compactMap { $0 }).filter { $0 < huidig }
            return Niveauvoorstel(richting: .afschalen, niveau: doelAf, mogelijk: mogelijk.sorted(),
                                  escalaties: escalaties, criteria: af.map(\.id),
                                  redenen: ladderAfRedenen + af.map { reden($0, "Afschalen") })
        }

        // The same level with another regisseur.
        let zelfde = opNiveaus.filter { $0.naar.niveaus.contains(huidig) }
        if !zelfde.isEmpty {
            return Niveauvoorstel(richting: .andereRegisseur, niveau: huidig,
                                  mogelijk: Array(Set(zelfde.flatMap(\.naar.niveaus))).sorted(),
                                  escalaties: escalaties, criteria: op.map(\.id),
                                  redenen: op.map { reden($0, "Opschalen") } + geblokkeerd)
        }

        var redenen = op.map { reden($0, "Opschalen") } + af.map { reden($0, "Afschalen") } + geblokkeerd
        if redenen.isEmpty {
            redenen = ["Geen op- of afschaalcriterium van niveau \(huidig) is helemaal met ja beantwoord: blijf op niveau \(huidig)."]
        }
        return Niveauvoorstel(richting: .blijven, niveau: huidig, mogelijk: [huidig], escalaties: escalaties,
                              criteria: (op + af).map(\.id), redenen: redenen)
    }

    /// "a, b en c".
    static func reeks(_ delen: [String]) -> String {
        guard delen.count > 1 else { return delen.first ?? "" }
        return delen.dropLast().joined(separator: ", ") + " en " + delen.last!
    }

    static func opsomming(_ getallen: [Int]) -> String {
        let s = getallen.sorted().map(String.init)
        guard s.count > 1 else { return s.first ?? "" }
        return s.dropLast().joined(separator: ", ") + " of " + s.last!
    }

    static func zonderPunt(_ tekst: String) -> String {
        var t = tekst
        while t.hasSuffix(".") || t.hasSuffix(" ") { t.removeLast() }
        guard let eerste = t.first else { return t }
        return eerste.lowercased() + t.dropFirst()
    }
}

extension Dossier {
    /// Why the household shows signs of unsafety for the regiekaart, in Dutch: worries in the
    /// plan, a "ja" at the latest safety branch point, and a meldcode decision after which the
    /// level must be reviewed (`niveauHerzienNaBesluit`) while it was not reviewed since.
    public func veiligheidVoorNiveau(_ methode: Methode) -> [String] {
        var r: [String] = []
        if plan.zorgenBasiszorgVeiligheid == .ja {
            r.append("in het ondersteuningsplan staan zorgen over basiszorg of veiligheid")
        }
        if let v = laatsteVeiligheidsvraag, v.antwoord == .ja {
            r.append("bij fase \(v.fase) is op \(v.datum.tekst) ja gezegd op de vraag naar signalen van onveiligheid")
        }
        if let b = proces.meldcode.last?.besluit, methode.info.regels.niveauHerzienNaBesluit.contains(b.besluit),
           !proces.niveaugeschiedenis.contains(where: { $0.datum >= b.datum }) {
            let tekst = methode.meldcode.besluit(b.besluit)?.tekst ?? b.besluit
            r.append("in de meldcode is op \(b.datum.tekst) besloten: \"\(Regiekaart.zonderPunt(tekst))\"")
        }
        return r
    }

    /// The regiekaart's suggestion for this household; nil while it has no level.
    public func niveauvoorstel(_ methode: Methode) -> Niveauvoorstel? {
        guard let n = proces.niveau else { return nil }
        return methode.regiekaart.voorstel(huidig: n, antwoorden: proces.schaalantwoorden, veiligheid: veiligheidVoorNiveau(methode))
    }
}
