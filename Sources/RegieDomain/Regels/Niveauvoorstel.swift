/// The level the answered op- and afschaal criteria point to, with the reasons.
public struct Niveauvoorstel: Sendable, Equatable {
    public enum Richting: String, Sendable { case opschalen, afschalen, blijven }

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

    /// Suggests a level from the answers for the current level's criteria.
    ///
    /// Scaling up goes before scaling down (safety first). When several opschaal criteria
    /// hold, the highest of their lowest targets is suggested; when afschaal criteria hold,
    /// the smallest step down. Criteria that only escalate (to a manager) are reported,
    /// not turned into a level.
    public func voorstel(huidig: Int, antwoorden: [String: JaNee]) -> Niveauvoorstel {
        guard let niveau = niveaus.first(where: { $0.niveau == huidig }) else {
            return Niveauvoorstel(richting: .blijven, niveau: huidig, mogelijk: [], escalaties: [], criteria: [],
                                  redenen: ["Niveau \(huidig) staat niet in de regiekaart."])
        }
        let op = niveau.opschalen.filter { Self.geldt($0, antwoorden: antwoorden) }
        let af = niveau.afschalen.filter { Self.geldt($0, antwoorden: antwoorden) }
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
        let opNiveaus = op.filter { !$0.naar.niveaus.isEmpty }
        if !opNiveaus.isEmpty {
            let doel = opNiveaus.map { $0.naar.niveaus.min()! }.max()!
            return Niveauvoorstel(richting: .opschalen, niveau: doel,
                                  mogelijk: Array(Set(opNiveaus.flatMap(\.naar.niveaus))).sorted(),
                                  escalaties: escalaties, criteria: op.map(\.id),
                                  redenen: op.map { reden($0, "Opschalen") })
        }
        let afNiveaus = af.filter { !$0.naar.niveaus.isEmpty }
        if !afNiveaus.isEmpty {
            let doel = afNiveaus.map { $0.naar.niveaus.max()! }.max()!
            return Niveauvoorstel(richting: .afschalen, niveau: doel,
                                  mogelijk: Array(Set(afNiveaus.flatMap(\.naar.niveaus))).sorted(),
                                  escalaties: escalaties, criteria: af.map(\.id),
                                  redenen: af.map { reden($0, "Afschalen") })
        }
        var redenen = op.map { reden($0, "Opschalen") } + af.map { reden($0, "Afschalen") }
        if redenen.isEmpty {
            redenen = ["Geen op- of afschaalcriterium van niveau \(huidig) is helemaal met ja beantwoord: blijf op niveau \(huidig)."]
        }
        return Niveauvoorstel(richting: .blijven, niveau: huidig, mogelijk: [huidig], escalaties: escalaties,
                              criteria: (op + af).map(\.id), redenen: redenen)
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
