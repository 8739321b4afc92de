import Foundation
import RegieDomain
import RegieStore
import Screen

/// Drawing the versions screen: the list on top, the comparison or the trend below.
extension VersiesScherm {
    public func render(_ dossier: Dossier, omgeving: Werkomgeving, into buffer: inout Buffer, area: Rect) -> Point? {
        guard !area.isEmpty else { return nil }
        let rijen = rijen(dossier, omgeving)
        let i = index(in: rijen)
        let lijstHoogte = min(rijen.count + 2, max(3, area.height / 3))
        var (boven, onder) = area.splitTop(lijstHoogte)
        let lijst = Panel(title: cache == nil ? "Versies (worden gelezen…)" : "Versies (\(rijen.count - 1) vastgesteld)").render(into: &buffer, area: boven, focused: focus == .lijst)
        let blokken = rijen.enumerated().map { n, rij in rijblok(rij, n, dossier, omgeving, breedte: lijst.width) }
        Tekstpagina.teken(blokken, gekozen: i, stand: lijstStand, into: &buffer, area: lijst)
        if let m = gemarkeerd, onder.height >= 3 {
            let regel: Rect
            (regel, onder) = onder.splitTop(1)
            let toets = omgeving.keymap.name(VersiesActie.vergelijk)
            let tekst = "● Eerste: \(label(m, dossier, omgeving)). Kies de tweede, dan \(toets); \(omgeving.keymap.name(VersiesActie.stop)) laat los."
            buffer.write(tekst.truncated(toColumns: regel.width), x: regel.x, y: regel.y, role: .warning, clip: regel)
        }
        let (titel, inhoud) = paneelInhoud(dossier, omgeving, heeftVersies: rijen.count > 1)
        let tekst = Panel(title: titel).render(into: &buffer, area: onder, focused: focus == .tekst)
        Tekstpagina.teken(inhoud, gekozen: nil, scroll: scroll, stand: tekstStand, into: &buffer, area: tekst)
        return nil
    }

    // MARK: The list

    /// One row: "● 23-11-2026 10:15  voortgangsoverleg  Sanne de Jong, Ilse, +2", cut to one line.
    func rijblok(_ rij: Versierij, _ n: Int, _ d: Dossier, _ omgeving: Werkomgeving, breedte: Int) -> Tekstblok {
        let voor = gemarkeerd == rij ? "● " : "  "
        let ruimte = max(1, breedte - 1 - Tekstpagina.kantlijn - voor.displayWidth)
        let tekst: String
        var rol = Role.text
        switch rij {
        case .werk:
            tekst = "Nu (werkversie): het dossier zoals het nu is"
        case .versie(let info):
            let v = info.vaststelling
            let kop = "\(v.datum.tekst)\(Self.tijd(v.tijdstip).map { " \($0)" } ?? "")  \(soort(rij, d, omgeving))  "
            let wie = v.aanwezigen.isEmpty ? "geen aanwezigen vastgelegd"
                : Self.namen(v.aanwezigen, breedte: ruimte - kop.displayWidth)
            tekst = kop + wie
        case .onleesbaar:
            tekst = "\(rij.datum?.tekst ?? "??-??-????")  kan niet worden gelezen (\(omgeving.keymap.name(VersiesActie.vergelijk)): waarom)"
            rol = .error
        }
        return Tekstblok(tekst.truncated(toColumns: ruimte), rol: rol, voor: voor, voorRol: .warning, keuze: n)
    }

    /// The local time of an ISO time stamp ("10:15"), or nil.
    static func tijd(_ iso: String) -> String? {
        guard let moment = ISO8601DateFormatter().date(from: iso) else { return nil }
        let f = DateFormatter()
        f.locale = Locale(identifier: "nl_NL")
        f.dateFormat = "HH:mm"
        return f.string(from: moment)
    }

    /// As many names as fit in `breedte` columns, then "+3" for the rest.
    static func namen(_ namen: [String], breedte: Int) -> String {
        for aantal in stride(from: namen.count, through: 1, by: -1) {
            let rest = namen.count - aantal
            let tekst = namen.prefix(aantal).joined(separator: ", ") + (rest > 0 ? ", +\(rest)" : "")
            if tekst.displayWidth <= breedte { return tekst }
        }
        return namen.count == 1 ? namen[0] : "\(namen.count) aanwezigen"
    }

    /// The kind of overleg a version was fixed at, looked up in the version itself (or
    /// in the dossier as it is now); "vastgesteld" when it was fixed without one.
    func soort(_ rij: Versierij, _ d: Dossier, _ omgeving: Werkomgeving) -> String {
        guard case .versie(let info) = rij, let id = info.vaststelling.overleg else { return "vastgesteld" }
        if let o = d.plan.overleggen.first(where: { $0.id == id }) { return o.soort.tekst }
        guard case .success(let versie)? = cache?.dossier(info.id),
              let o = versie.plan.overleggen.first(where: { $0.id == id }) else { return "vastgesteld" }
        return o.soort.tekst
    }

    /// "23-11-2026 (voortgangsoverleg)" or "nu (werkversie)".
    func label(_ rij: Versierij, _ d: Dossier, _ omgeving: Werkomgeving) -> String {
        switch rij {
        case .werk: "nu (werkversie)"
        case .versie(let info): "\(info.vaststelling.datum.tekst) (\(soort(rij, d, omgeving)))"
        case .onleesbaar: "\(rij.datum?.tekst ?? "?") (onleesbaar)"
        }
    }

    // MARK: The panel below

    func paneelInhoud(_ d: Dossier, _ omgeving: Werkomgeving, heeftVersies: Bool) -> (String, [Tekstblok]) {
        switch paneel {
        case .trend:
            return ("Veiligheidstrend", uitleg(omgeving, heeftVersies: heeftVersies) + [.wit] + trendblokken(d))
        case .vergelijking(let oud, let nieuw):
            return ("Wat is er veranderd", vergelijking(oud, nieuw, d, omgeving))
        case .logboek(let regels, let probleem):
            return ("Logboek", logboekblokken(regels, probleem))
        case .logboekLezen:
            return ("Logboek", [Tekstblok("Het logboek wordt gelezen…", rol: .muted)])
        case .onleesbaar(let rij):
            guard case .failure(let fout) = dossier(rij, d, omgeving) else {
                return ("Versie", [Tekstblok("Deze versie is nu wel te lezen. Druk \(omgeving.keymap.name(VersiesActie.vergelijk)) op een andere versie om te vergelijken.")])
            }
            return ("Versie", [Tekstblok(fout.melding, rol: .error)])
        }
    }

    func uitleg(_ omgeving: Werkomgeving, heeftVersies: Bool) -> [Tekstblok] {
        let toets = { (actie: any KeyActionName, _: String) in omgeving.keymap[actie.id]?.keys.first?.description ?? actie.id }
        guard heeftVersies else {
            return [Tekstblok("Er is nog geen vastgestelde versie. Een versie wordt vastgelegd als u een overleg afsluit "
                + "op het tabblad Overleg (\(toets(DossierActie.naar(.overleg), ""))). Daarna ziet u hier wat er sinds dat overleg "
                + "veranderd is.")]
        }
        return [Tekstblok("\(toets(VersiesActie.vergelijk, "")): vergelijk de gekozen versie met de versie ervoor. "
            + "\(toets(VersiesActie.kies, "")) en daarna \(toets(VersiesActie.vergelijk, "")) op een andere: vergelijk "
            + "twee versies naar keuze. \(toets(VersiesActie.logboek, "")): het logboek van dit huishouden. "
            + "\(toets(VersiesActie.wissel, "")): naar de tekst om te bladeren.", rol: .muted)]
    }

    /// The audit trail of this household, newest first, and whether the trail is whole.
    func logboekblokken(_ regels: [String]?, _ probleem: String?) -> [Tekstblok] {
        guard let regels else { return [Tekstblok("Deze opslag houdt geen logboek bij.", rol: .muted)] }
        var blokken = [probleem.map { Tekstblok("! " + $0, rol: .error) } ?? Tekstblok("Het logboek is compleet en onveranderd.", rol: .muted)]
        if regels.isEmpty { blokken.append(Tekstblok("Er staat nog niets in het logboek over dit huishouden.", rol: .muted)) }
        return blokken + regels.map { Tekstblok($0) }
    }

    /// "Sanne de Jong  ▃▅▆  4 → 6 → 7 (beter)" per person, under a heading with the scale.
    func trendblokken(_ d: Dossier) -> [Tekstblok] {
        let trend = Veiligheidstrend(d)
        var blokken = [Tekstblok("Schaalvraag per persoon, oud → nieuw (0 = levensgevaarlijk, 10 = veilig genoeg om af te sluiten)",
                                 rol: .title)]
        guard !trend.isLeeg else {
            return blokken + [Tekstblok("Er zijn nog geen scores op de schaalvraag. Die staan in het veiligheidsplan "
                + "(tabblad Veiligheid).", rol: .muted)]
        }
        let naamBreedte = min(22, trend.reeksen.map(\.naam.displayWidth).max() ?? 0)
        let lijnBreedte = min(12, trend.reeksen.map(\.scores.count).max() ?? 0)
        for r in trend.reeksen {
            let lijn = Veiligheidstrend.lijn(r.cijfers.suffix(lijnBreedte).map { $0 })
            let voor = r.naam.truncated(toColumns: naamBreedte).padded(toColumns: naamBreedte) + "  "
                + lijn.padded(toColumns: lijnBreedte) + "  "
            let laatste = r.scores.last.map { ", laatst op \($0.datum.tekst)" } ?? ""
            blokken.append(Tekstblok(Veiligheidstrend.cijfers(r.cijfers) + laatste, voor: voor, voorRol: .text))
        }
        return blokken
    }

    /// The changes from `oud` to `nieuw`, grouped, each line with a marker that says in a
    /// sign what the sentence says in words.
    func vergelijking(_ oud: Versierij, _ nieuw: Versierij, _ d: Dossier, _ omgeving: Werkomgeving) -> [Tekstblok] {
        var blokken = [Tekstblok("Van \(label(oud, d, omgeving)) naar \(label(nieuw, d, omgeving))", rol: .title)]
        let a = dossier(oud, d, omgeving), b = dossier(nieuw, d, omgeving)
        guard case .success(let oudD) = a, case .success(let nieuwD) = b else {
            for case .failure(let fout) in [a, b] { blokken.append(Tekstblok(fout.melding, rol: .error)) }
            return blokken
        }
        let groepen = Versievergelijking.vergelijk(oud: oudD, nieuw: nieuwD, vandaag: nieuw.datum ?? omgeving.vandaag,
                                                   oudDatum: oud.datum, methode: omgeving.methode)
        guard !groepen.isEmpty else { return blokken + [.wit, Tekstblok(Versievergelijking.geenVerschillen)] }
        for g in groepen {
            blokken += [.wit, Tekstblok(g.kop, rol: .title)]
            blokken += g.regels.map { r in
                let (teken, rol) = Self.teken(r.soort)
                return Tekstblok(r.tekst, rol: r.soort == .teLaat ? .warning : .text, voor: teken + " ", voorRol: rol)
            }
        }
        return blokken
    }

    static func teken(_ soort: Verschilsoort) -> (String, Role) {
        switch soort {
        case .nieuw: ("+", .success)
        case .weg: ("−", .muted)
        case .gewijzigd: ("~", .text)
        case .klaar: ("✓", .success)
        case .teLaat: ("!", .warning)
        }
    }

    func dossier(_ rij: Versierij, _ d: Dossier, _ omgeving: Werkomgeving) -> Result<Dossier, Versiecache.Versiefout> {
        guard let id = rij.id else { return .success(d) }
        return cache?.dossier(id) ?? .failure(Versiecache.Versiefout(melding: "Deze versie wordt nog gelezen."))
    }
}
