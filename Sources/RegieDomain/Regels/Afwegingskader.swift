/// Where a walk through the afwegingskader stands: the questions answered on the way,
/// the question to answer next, or the decision reached.
public struct Afwegingsstand: Sendable, Equatable {
    public struct Stap: Sendable, Equatable {
        public var afweging: Afweging
        public var antwoord: JaNee
        public var gevolg: Gevolg
    }

    public var pad: [Stap]
    /// The next question; nil once a decision is reached (or the kader is broken).
    public var open: Afweging?
    public var besluit: Besluit?
}

extension Meldcode {
    /// Walks the afwegingskader from `start` using the latest answer to each question
    /// (answers are kept in the order they were given; a later one replaces an earlier one).
    public func stand(antwoorden: [AfwegingAntwoord]) -> Afwegingsstand {
        var laatste: [String: JaNee] = [:]
        for a in antwoorden { laatste[a.afweging] = a.antwoord }
        var pad: [Afwegingsstand.Stap] = []
        var bezocht: Set<String> = []
        var huidig = afweging(start)
        while let vraag = huidig, !bezocht.contains(vraag.id) {
            bezocht.insert(vraag.id)
            guard let antwoord = laatste[vraag.id] else {
                return Afwegingsstand(pad: pad, open: vraag, besluit: nil)
            }
            let gevolg = antwoord == .ja ? vraag.ja : vraag.nee
            pad.append(.init(afweging: vraag, antwoord: antwoord, gevolg: gevolg))
            if let b = gevolg.besluit {
                return Afwegingsstand(pad: pad, open: nil, besluit: besluit(b))
            }
            huidig = gevolg.naar.flatMap(afweging)
        }
        return Afwegingsstand(pad: pad, open: nil, besluit: nil)
    }
}
