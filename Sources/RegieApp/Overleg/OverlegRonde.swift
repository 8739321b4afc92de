import RegieDomain
import Screen

/// Rounds: everyone present is quoted in turn, the client first; Enter keeps the quote for
/// the person offered and offers the next one (round and round again). The schaalvraag is
/// a round of scores from 0 to 10.
extension OverlegScherm {
    /// Every quote of the dossier and this overleg by id, wherever it is kept.
    static func uitspraken(_ d: Dossier, _ v: Overlegverloop) -> [String: Uitspraak] {
        let vp = d.veiligheidsplan
        let alle = d.plan.krachten + d.plan.zorgen + (vp?.bestaandeVeiligheid ?? []) + (vp?.grootsteZorg ?? [])
            + (vp?.complicerendeFactoren ?? []) + v.hoeGaatHet + v.ervaring
        return Dictionary(alle.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// The quotes taken down in step `stap` of this overleg, in order.
    static func noteringen(_ stap: String, _ d: Dossier, _ v: Overlegverloop) -> [Uitspraak] {
        let alle = uitspraken(d, v)
        return v.noteringen.filter { $0.stap == stap }.compactMap { alle[$0.uitspraak] }
    }

    /// How many quotes each person gave in this overleg.
    static func aantallen(_ d: Dossier, _ v: Overlegverloop) -> [String: Int] {
        let alle = uitspraken(d, v)
        var n: [String: Int] = [:]
        for notering in v.noteringen {
            if let s = alle[notering.uitspraak]?.spreker { n[s, default: 0] += 1 }
        }
        return n
    }

    /// Keeps a quote in the list the kind of step writes to.
    static func voegToe(_ u: Uitspraak, _ soort: Stapsoort, _ d: inout Dossier, overleg i: Int) {
        switch soort {
        case .krachten: d.plan.krachten.append(u)
        case .zorgen: d.plan.zorgen.append(u)
        case .veiligheidGoed, .veiligheidZorgen, .complicerendeFactoren:
            var vp = d.veiligheidsplan ?? Veiligheidsplan()
            switch soort {
            case .veiligheidGoed: vp.bestaandeVeiligheid.append(u)
            case .veiligheidZorgen: vp.grootsteZorg.append(u)
            default: vp.complicerendeFactoren.append(u)
            }
            d.veiligheidsplan = vp
        case .hoeGaatHet: d.plan.overleggen[i].verloop?.hoeGaatHet.append(u)
        default: d.plan.overleggen[i].verloop?.ervaring.append(u)
        }
    }

    /// The person offered the word: chosen by hand, or the one after the last speaker of
    /// this step, or the first of the round.
    func aangebodenSpreker(_ l: Lopend, _ d: Dossier) -> Persoon? {
        let volgorde = l.volgorde(d)
        if let aangeboden, let p = volgorde.first(where: { $0.id == aangeboden }) { return p }
        if l.soort == .schaalvraag {
            let gescoord = Set((d.veiligheidsplan?.schaalvragen ?? []).filter { $0.overleg == l.overleg.id }.compactMap(\.persoon))
            return volgorde.first { !gescoord.contains($0.id) }
        }
        let alle = Self.uitspraken(d, l.verloop)
        let laatste = l.verloop.noteringen.last { $0.stap == l.stap.id }.flatMap { alle[$0.uitspraak]?.spreker }
        return laatste == nil ? volgorde.first : Dossier.volgendeSpreker(na: laatste, in: volgorde)
    }

    /// ↑ ↓: offer the word to the one before or after.
    mutating func verschuif(_ stap: Int, _ l: Lopend, _ d: Dossier) {
        let volgorde = l.volgorde(d)
        guard !volgorde.isEmpty else { return }
        let i = aangebodenSpreker(l, d).flatMap { p in volgorde.firstIndex { $0.id == p.id } } ?? (stap > 0 ? -1 : 0)
        aangeboden = volgorde[((i + stap) % volgorde.count + volgorde.count) % volgorde.count].id
    }

    mutating func kiesSpreker(_ l: Lopend, _ d: Dossier) {
        kiezer = (Persoonkiezer(vraag: "Wie is aan het woord?", personen: l.volgorde(d), magNiemand: false,
                                huidig: aangebodenSpreker(l, d)?.id), .spreker)
    }

    mutating func bewaarCitaat(_ l: Lopend, _ ctx: inout SchermContext) {
        guard let soort = l.soort, let spreker = aangebodenSpreker(l, ctx.dossier) else {
            ctx.meld(.warning("Er is niemand aanwezig om te citeren. \(ctx.keymap.name(OverlegActie.persoon)) voegt iemand toe."))
            return
        }
        let citaat = invoer.text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !citaat.isEmpty else {
            ctx.meld(.info("Typ wat \(spreker.naam) zegt, en \(ctx.keymap.name(OverlegActie.bewaar)). ↑ ↓ of \(Pagina.toets(OverlegActie.spreker, ctx.keymap)) kiest een ander."))
            return
        }
        let u = Uitspraak(spreker: spreker.id, citaat: citaat)
        Self.voegToe(u, soort, &ctx.dossier, overleg: l.index)
        ctx.dossier.plan.overleggen[l.index].verloop?.noteringen.append(Notering(stap: l.stap.id, uitspraak: u.id))
        ctx.wijziging = nil
        invoer = Overleginvoer()
        aangeboden = nil
    }

    // MARK: The schaalvraag

    /// "7", "7 het gaat beter", "7: het gaat beter" → (7, "het gaat beter"); nil when it does
    /// not start with a whole number from 0 to 10.
    static func leesScore(_ tekst: String) -> (cijfer: Int, toelichting: String)? {
        let t = tekst.trimmingCharacters(in: .whitespaces)
        let cijfers = t.prefix { $0.isASCII && $0.isNumber }
        guard !cijfers.isEmpty, cijfers.count <= 2, let n = Int(cijfers), Schaalscore.bereik.contains(n) else { return nil }
        let rest = t.dropFirst(cijfers.count)
        guard rest.isEmpty || rest.first == " " || rest.first == ":" || rest.first == "," || rest.first == "-" else { return nil }
        let toelichting = rest.drop { $0 == " " || $0 == ":" || $0 == "," || $0 == "-" }
        return (n, String(toelichting).trimmingCharacters(in: .whitespaces))
    }

    mutating func bewaarScore(_ l: Lopend, _ ctx: inout SchermContext) {
        guard let persoon = aangebodenSpreker(l, ctx.dossier) else {
            ctx.meld(.info("Iedereen heeft een cijfer gegeven. ↑ ↓ kiest iemand om het cijfer te wijzigen."))
            return
        }
        guard let (cijfer, toelichting) = Self.leesScore(invoer.text) else {
            ctx.meld(.warning("Typ een cijfer van 0 tot en met 10 voor \(persoon.naam), eventueel met een toelichting erachter."))
            return
        }
        var vp = ctx.dossier.veiligheidsplan ?? Veiligheidsplan()
        vp.schaalvragen.removeAll { $0.persoon == persoon.id && $0.overleg == l.overleg.id }
        vp.schaalvragen.append(Schaalscore(persoon: persoon.id, cijfer: cijfer, toelichting: toelichting, datum: ctx.vandaag,
                                           overleg: l.overleg.id))
        ctx.dossier.veiligheidsplan = vp
        ctx.wijziging = nil
        invoer = Overleginvoer()
        aangeboden = nil
    }

    // MARK: The safety question

    mutating func beantwoordVeiligheid(_ antwoord: JaNee, _ l: Lopend, _ ctx: inout SchermContext) {
        ctx.dossier.plan.zorgenBasiszorgVeiligheid = antwoord
        ctx.wijziging = nil
        let meldcode = legVeiligheidsvraagVast(antwoord, l, &ctx)
        switch antwoord {
        case .ja where ctx.dossier.veiligheidsplan == nil:
            ctx.dossier.veiligheidsplan = Veiligheidsplan()
            ctx.meld(.warning("Er zijn zorgen over veiligheid: het veiligheidsplan is nu verplicht en is begonnen. "
                              + "De stappen van het veiligheidsplan komen eerst." + meldcode))
        case .ja:
            ctx.meld(.info("Er zijn zorgen over veiligheid: de stappen van het veiligheidsplan komen eerst." + meldcode))
        case .nee where ctx.dossier.veiligheidsplan != nil:
            ctx.meld(.info("Vastgelegd: nee. Er is al een veiligheidsplan, dus de veiligheidsstappen blijven op de agenda."))
        case .nee:
            ctx.meld(.info("Vastgelegd: geen zorgen over basiszorg of veiligheid."))
        }
    }

    /// After the startoverleg the question is the safety branch point of the phase the work
    /// is in (phase 4 at a voortgangsoverleg): recorded with date and who; "ja" starts the
    /// meldcode or goes on with the open one. The same answer again on the same day is not
    /// recorded twice.
    /// - Returns: a sentence about the meldcode for the message, or "".
    private func legVeiligheidsvraagVast(_ antwoord: JaNee, _ l: Lopend, _ ctx: inout SchermContext) -> String {
        guard l.overleg.soort != .start else { return "" }
        let signaal: Signaalantwoord = antwoord == .ja ? .ja : .nee
        if let vorige = ctx.dossier.laatsteVeiligheidsvraag, vorige.antwoord == signaal, vorige.datum == ctx.vandaag { return "" }
        let fase = ctx.methode.fasen.first { $0.veiligheidscheck && $0.herhaalt }?.id
        switch ctx.dossier.beantwoordVeiligheidsvraag(fase: fase ?? ctx.dossier.proces.fase, signaal, datum: ctx.vandaag, door: ctx.omgeving.door) {
        case .meldcodeGestart: return " De meldcode is begonnen: zie het tabblad Fasen."
        case .meldcodeLoopt: return " De meldcode loopt al."
        case .vastgelegd: return ""
        }
    }
}
