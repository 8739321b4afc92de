// The safety branch points (phases 1, 2, 4 and 6b) and what follows from an answer, and the
// rule that keeps a household open while it is unsafe (6b.p10). Pure functions over a dossier.

/// What recording an answer at a safety branch point set in motion.
public enum Signaalgevolg: Sendable, Equatable {
    /// Recorded; nothing follows.
    case vastgelegd
    /// "Ja": a new meldcode walk was started.
    case meldcodeGestart
    /// "Ja": the walk that was already open goes on.
    case meldcodeLoopt
}

extension Dossier {
    /// The latest answer at a safety branch point.
    public var laatsteVeiligheidsvraag: Veiligheidsvraag? { proces.veiligheidsvragen.last }

    /// Signs of (acute) unsafety or insufficient basic care: the plan says there are worries,
    /// or the latest answer at a branch point was "ja".
    public var heeftVeiligheidssignalen: Bool {
        plan.zorgenBasiszorgVeiligheid == .ja || laatsteVeiligheidsvraag?.antwoord == .ja
    }

    /// The meldcode walk without a decision, if the latest walk is one.
    public var openMeldcode: Meldcodeverloop? {
        guard let laatste = proces.meldcode.last, laatste.isOpen else { return nil }
        return laatste
    }

    /// Records the answer to "zijn er signalen van (acute) onveiligheid of onvoldoende
    /// basiszorg?" in `fase`. "Ja" starts a meldcode walk, or goes on with the open one; it
    /// also makes the veiligheidsplan required (see `vereistePlannen`).
    @discardableResult
    public mutating func beantwoordVeiligheidsvraag(fase: String, _ antwoord: Signaalantwoord, datum: Datum, door: String,
                                                    toelichting: String = "") -> Signaalgevolg {
        proces.veiligheidsvragen.append(Veiligheidsvraag(fase: fase, antwoord: antwoord, datum: datum, door: door,
                                                         toelichting: toelichting, ronde: proces.huidigeRonde))
        guard antwoord == .ja else { return .vastgelegd }
        if openMeldcode != nil { return .meldcodeLoopt }
        if let laatste = proces.meldcode.last, laatste.begindatum == nil {
            // An empty walk (opened and nothing recorded) becomes this one.
            proces.meldcode[proces.meldcode.count - 1].begonnen = datum
            proces.meldcode[proces.meldcode.count - 1].aanleiding = "signalen bij fase \(fase)"
        } else {
            proces.meldcode.append(Meldcodeverloop(begonnen: datum, aanleiding: "signalen bij fase \(fase)"))
        }
        return .meldcodeGestart
    }

    /// Documents the life-threatening step in the current walk (starting one when there is none open).
    public mutating func legNoodmeldingVast(_ melding: Noodmelding) {
        if openMeldcode == nil { proces.meldcode.append(Meldcodeverloop(begonnen: melding.datum, aanleiding: "levensbedreigende situatie")) }
        proces.meldcode[proces.meldcode.count - 1].levensbedreigend = melding
    }

    /// The lowest of everyone's latest answer to the schaalvraag, when there is a veiligheidsplan with scores.
    public var laagsteLaatsteScore: Schaalscore? { veiligheidsplan?.laatsteScores.first }

    /// Why the household is not safe enough to end the safety work, in Dutch: worries or a
    /// "ja" at a branch point, level 3 or higher, a latest score under the method's threshold,
    /// an open meldcode walk. Empty when there are no signs.
    public func veiligheidsbezwaren(_ methode: Methode) -> [String] {
        var b: [String] = []
        if plan.zorgenBasiszorgVeiligheid == .ja {
            b.append("In het ondersteuningsplan staat dat er zorgen zijn over basiszorg of veiligheid.")
        }
        if let v = laatsteVeiligheidsvraag, v.antwoord == .ja {
            b.append("Bij fase \(v.fase) zijn op \(v.datum.tekst) signalen van onveiligheid vastgelegd.")
        }
        if let n = proces.niveau, n >= 3 {
            b.append("Het huishouden staat op niveau \(n) van de regiekaart; dat is 3 of hoger.")
        }
        let drempel = methode.info.regels.afsluitenVanafSchaalscore
        if let s = laagsteLaatsteScore, s.cijfer < drempel {
            b.append("Het laatste cijfer op de schaalvraag van \(naam(van: s.persoon)) is \(s.cijfer); dat moet minstens \(drempel) zijn.")
        }
        if let m = openMeldcode {
            b.append("De meldcode is sinds \(m.begindatum?.tekst ?? "?") in gang en heeft nog geen besluit.")
        }
        return b
    }

    /// Why the veiligheidsplan cannot be ended now, in Dutch; empty when it can.
    public func afrondbezwaren(_ methode: Methode) -> [String] {
        guard let vp = veiligheidsplan else { return ["Er is geen veiligheidsplan."] }
        if vp.afgerond != nil { return ["Het veiligheidsplan is al afgerond."] }
        return veiligheidsbezwaren(methode)
    }

    /// Ends the veiligheidsplan because the safety is back.
    /// - Returns: the reasons it was refused; empty when done.
    @discardableResult
    public mutating func rondVeiligheidsplanAf(_ methode: Methode, datum: Datum, door: String) -> [String] {
        let bezwaren = afrondbezwaren(methode)
        guard bezwaren.isEmpty else { return bezwaren }
        veiligheidsplan?.afgerond = Afronding(datum: datum, door: door)
        return []
    }
}

extension Dossier {
    /// The closure that holds now; nil while the household is not closed.
    public var afsluiting: Afsluiting? {
        guard let laatste = proces.afsluitingen.last, laatste.heropend == nil else { return nil }
        return laatste
    }

    /// Closed: the coordination ended with a closure that was not reopened.
    public var isAfgesloten: Bool { afsluiting != nil }

    /// Why the household may not be closed now, in Dutch (6b.p10: never close while there are
    /// signs of unsafety); empty when it may.
    public func afsluitbezwaren(_ methode: Methode) -> [String] {
        if isAfgesloten { return ["Het huishouden is al afgesloten."] }
        var b = veiligheidsbezwaren(methode)
        if b.isEmpty, veiligheidsplanVereist(methode) {
            b.append("Er is een veiligheidsplan nodig (\(veiligheidsplan == nil ? "het ontbreekt" : "het loopt")).")
        } else if let vp = veiligheidsplan, vp.afgerond == nil {
            b.append("Het veiligheidsplan loopt nog: rond het eerst af, in het tabblad Veiligheidsplan.")
        }
        if lopendOverleg != nil { b.append("Er loopt nog een overleg.") }
        return b
    }

    /// What the closing dialog must have, in Dutch: the evaluation (6b.p7) and where the
    /// client can go with questions (6b.p5); each nazorg agreement has who and what (6b.p4).
    public static func afsluitingOnvolledig(_ a: Afsluiting) -> [String] {
        var p: [String] = []
        if a.evaluatie.allSatisfy(\.isWhitespace) { p.append("Schrijf op hoe het traject volgens de klant is gegaan en wat het heeft opgeleverd.") }
        if a.vragenBij.allSatisfy(\.isWhitespace) { p.append("Schrijf op waar de klant terecht kan met vragen.") }
        for (n, z) in a.nazorg.enumerated() where z.wie.allSatisfy(\.isWhitespace) || z.wat.allSatisfy(\.isWhitespace) {
            p.append("Bij nazorgafspraak \(n + 1) ontbreekt wie of wat.")
        }
        return p
    }

    /// Closes the household (phase 6b): refused while `afsluitbezwaren` is not empty or the
    /// closure is incomplete. The actions the closure stands for are ticked (6b.p4, p5, p7, p9).
    /// - Returns: the reasons it was refused, in Dutch; empty when it is closed.
    @discardableResult
    public mutating func sluitAf(_ afsluiting: Afsluiting, _ methode: Methode) -> [String] {
        let bezwaren = afsluitbezwaren(methode) + Self.afsluitingOnvolledig(afsluiting)
        guard bezwaren.isEmpty else { return bezwaren }
        let van = proces.fase
        if let fase = Bewaartermijn.afsluitfase(methode) {
            proces.fase = fase.id
            if van != fase.id {
                proces.faseovergangen.append(Faseovergang(van: van, naar: fase.id, datum: afsluiting.datum, door: afsluiting.door,
                                                          reden: "afgesloten", ronde: proces.huidigeRonde))
            }
            var ids = ["6b.p7", "6b.p9", "6b.p5"]
            if !afsluiting.nazorg.isEmpty { ids.append("6b.p4") }
            for id in ids where fase.afvinkbareActies.contains(where: { $0.id == id }) {
                proces.vinkAf(id, methode, datum: afsluiting.datum, door: afsluiting.door, notitie: "bij het afsluiten")
            }
        }
        proces.afsluitingen.append(afsluiting)
        return []
    }

    /// Opens a closed household again: back to the first repeating phase (a new round), or
    /// to the first phase for a new request (everything is worked again).
    /// - Returns: why it was refused, in Dutch; nil when done.
    @discardableResult
    public mutating func heropen(naar fase: String, reden: String, _ methode: Methode, datum: Datum, door: String) -> String? {
        guard isAfgesloten, let i = proces.afsluitingen.indices.last else { return "Het huishouden is niet afgesloten." }
        let reden = reden.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !reden.isEmpty else { return "Schrijf op waarom het huishouden weer open gaat." }
        let eerste = methode.fasen.first?.id
        guard fase == methode.eersteHerhalendeFase?.id || fase == eerste else {
            return "Heropenen kan naar fase \([methode.eersteHerhalendeFase?.id, eerste].compactMap { $0 }.joined(separator: " of "))."
        }
        proces.afsluitingen[i].heropend = Heropening(datum: datum, door: door, naarFase: fase, reden: reden)
        proces.beginRonde(datum: datum, door: door, fase: fase, nieuweAanvraag: fase == eerste)
        proces.faseovergangen.append(Faseovergang(van: proces.fase, naar: fase, datum: datum, door: door, reden: "heropend: \(reden)",
                                                  ronde: proces.huidigeRonde))
        proces.fase = fase
        return nil
    }
}
