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

    /// What the suggestion says, in a few words: "opschalen naar niveau 3".
    public var kop: String {
        switch richting {
        case .opschalen: return "opschalen naar niveau \(niveau)"
        case .afschalen: return "afschalen naar niveau \(niveau)"
        case .blijven: return "blijven op niveau \(niveau)"
        case .andereRegisseur: return "op niveau \(niveau) blijven met een andere regisseur, of hoger"
        }
    }
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
    public static func reeks(_ delen: [String]) -> String {
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

// MARK: - The first level

/// The four descriptors of a level's situatie (draagkracht, zelfredzaamheid, zorgen, hulp),
/// asked as questions when a household gets its first level.
public enum Situatieaspect: String, Sendable, Codable, CaseIterable {
    case draagkracht, zelfredzaamheid, zorgen, hulp

    public var naam: String {
        switch self {
        case .draagkracht: "Draagkracht"
        case .zelfredzaamheid: "Zelfredzaamheid"
        case .zorgen: "Zorgen"
        case .hulp: "Hulp"
        }
    }

    public var vraag: String {
        switch self {
        case .draagkracht: "Hoe is de draagkracht van het huishouden?"
        case .zelfredzaamheid: "Hoe zelfredzaam is het huishouden?"
        case .zorgen: "Welke zorgen zijn er?"
        case .hulp: "Welke hulp is nodig?"
        }
    }

    public func tekst(_ s: Situatie) -> String {
        switch self {
        case .draagkracht: s.draagkracht
        case .zelfredzaamheid: s.zelfredzaamheid
        case .zorgen: s.zorgen
        case .hulp: s.hulp
        }
    }
}

/// One answer to a situatie question: a level's descriptor and every level it describes
/// (levels 3, 4 and 5 share "Helemaal uit balans.").
public struct Situatiekeuze: Sendable, Equatable, Codable {
    public var aspect: Situatieaspect
    public var tekst: String
    public var niveaus: [Int]

    public init(aspect: Situatieaspect, tekst: String, niveaus: [Int]) {
        self.aspect = aspect
        self.tekst = tekst
        self.niveaus = niveaus
    }
}

/// The first level the situatie answers point to, with the reasons.
public struct Eersteniveauvoorstel: Sendable, Equatable {
    public var niveau: Int
    /// The levels that fit as many answers as the suggested one.
    public var mogelijk: [Int]
    public var redenen: [String]
}

extension Regiekaart {
    /// The options of a situatie question: each distinct descriptor of the levels, lowest
    /// level first, with the levels it describes.
    public func situatieopties(_ aspect: Situatieaspect) -> [Situatiekeuze] {
        var r: [Situatiekeuze] = []
        for n in niveaus.sorted(by: { $0.niveau < $1.niveau }) {
            let tekst = aspect.tekst(n.situatie)
            if let i = r.firstIndex(where: { $0.tekst == tekst }) {
                r[i].niveaus.append(n.niveau)
            } else {
                r.append(Situatiekeuze(aspect: aspect, tekst: tekst, niveaus: [n.niveau]))
            }
        }
        return r
    }

    /// Suggests the first level from the situatie answers (`keuzes`, one per aspect answered)
    /// and the signs of unsafety (`veiligheid`, as for `voorstel`).
    ///
    /// The level that fits the most answers is suggested; when levels fit equally many, the
    /// highest of them (safety first). Signs of unsafety raise it to the lowest rung of the
    /// ladder that holds on safety alone (level 3 in the standard regiekaart). Nil when
    /// nothing is answered and there are no signs of unsafety.
    public func eersteNiveau(_ keuzes: [Situatiekeuze], veiligheid: [String] = []) -> Eersteniveauvoorstel? {
        var telling: [Int: Int] = [:]
        for k in keuzes { for n in Set(k.niveaus) { telling[n, default: 0] += 1 } }
        var redenen = keuzes.map { k in
            "\(k.aspect.naam): \(Self.zonderPunt(k.tekst)) (past bij niveau \(Self.reeks(k.niveaus.sorted().map(String.init))))."
        }
        var niveau: Int?
        var mogelijk: [Int] = []
        if let meeste = telling.values.max() {
            mogelijk = telling.filter { $0.value == meeste }.map(\.key).sorted()
            niveau = mogelijk.last
            if let niveau {
                let tekst = meeste == keuzes.count ? "alle \(keuzes.count) beschrijvingen" : "\(meeste) van de \(keuzes.count) beschrijvingen"
                redenen.append("Niveau \(niveau) past bij \(tekst)"
                               + (mogelijk.count > 1 ? " (net als niveau \(Self.reeks(mogelijk.dropLast().map(String.init))); bij twijfel het hoogste)." : "."))
            }
        }
        let veiligeTrede = (ladder?.opschalen ?? []).filter { t in
            t.zelfstandig && !t.voorwaarden.isEmpty && t.voorwaarden.allSatisfy(\.veiligheid)
        }.min { $0.niveau < $1.niveau }
        if !veiligheid.isEmpty, let t = veiligeTrede, (niveau ?? 0) < t.niveau {
            let signalen = veiligheid.map { Self.zonderPunt($0) }.joined(separator: "; ")
            redenen.append("Ladder naar niveau \(t.niveau): \(Self.reeks(t.voorwaarden.map(\.tekst))) (\(signalen)).")
            niveau = t.niveau
            mogelijk = [t.niveau]
        }
        guard let niveau else { return nil }
        return Eersteniveauvoorstel(niveau: niveau, mogelijk: mogelijk, redenen: redenen)
    }
}

// MARK: - The level history

/// One event in the level history: a change (or a level kept), or an escalation.
public enum Niveaugebeurtenis: Sendable, Equatable {
    case wijziging(Niveauwijziging)
    case escalatie(Escalatie)

    public var datum: Datum {
        switch self {
        case .wijziging(let w): w.datum
        case .escalatie(let e): e.datum
        }
    }
}

extension Processtatus {
    /// Level changes and escalations together, oldest first; on the same day in the order
    /// they were recorded within their kind, changes first.
    public var niveauverloop: [Niveaugebeurtenis] {
        let alle = niveaugeschiedenis.enumerated().map { (0, $0.offset, Niveaugebeurtenis.wijziging($0.element)) }
            + escalaties.enumerated().map { (1, $0.offset, Niveaugebeurtenis.escalatie($0.element)) }
        return alle.sorted { ($0.2.datum, $0.0, $0.1) < ($1.2.datum, $1.0, $1.1) }.map(\.2)
    }
}

extension Escalatie {
    /// "escalatie naar de PGA-expert van de gemeente (aan: Jan de Vries)", with the method's name.
    public func omschrijving(_ kaart: Regiekaart) -> String {
        let naam = kaart.escalatie(naar)?.naam ?? naar
        return "escalatie naar \(naam)" + (aan.isEmpty ? "" : " (aan: \(aan))")
    }
}

extension Regiekaart {
    /// A descriptor without its final full stop, lower case first: "helemaal uit balans".
    public static func zonderPuntTekst(_ tekst: String) -> String { zonderPunt(tekst) }
}

extension Dossier {
    /// "het voortgangsoverleg van 23-11-2026" for an overleg id; nil when there is none.
    public func overlegOmschrijving(_ id: String?) -> String? {
        guard let id, let o = plan.overleggen.first(where: { $0.id == id }) else { return nil }
        return "het \(o.soort.tekst)" + (o.datum.map { " van \($0.tekst)" } ?? "")
    }
}

extension Dossier {
    /// The ids of the current level's op- and afschaal criteria that hold now.
    public func geldendeCriteria(_ methode: Methode) -> [String] {
        guard let n = proces.niveau.flatMap({ methode.niveau($0) }) else { return [] }
        let antwoorden = proces.schaalantwoorden
        return (n.opschalen + n.afschalen).filter { Regiekaart.geldt($0, antwoorden: antwoorden) }.map(\.id)
    }
}
