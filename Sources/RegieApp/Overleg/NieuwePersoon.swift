import RegieDomain
import Screen

/// Someone new at the table, added to the dossier on the spot: name, whether they are of
/// the household, the informal network or a professional, and their role, relation or
/// function. Tab moves between the fields, ← → changes the kind, Enter adds, Esc stops
/// (a second Esc when something was typed).
struct NieuwePersoon: Equatable {
    enum Veld: Int, CaseIterable { case naam, soort, relatie }

    static let soorten: [PersoonSoort] = [.gezinslid, .netwerk, .professional]

    var naam = TextField(label: "Naam", maxLength: 200)
    var soort = PersoonSoort.gezinslid
    var relatie = TextField(label: "Rol of relatie", maxLength: 200)
    var veld = Veld.naam
    var probleem: String?
    /// True on the attendance list; false for a late arrival in a running overleg.
    let voorAanwezigen: Bool

    init(voorAanwezigen: Bool) { self.voorAanwezigen = voorAanwezigen }

    enum Uitkomst: Equatable {
        case bezig
        case klaar
        case gestopt
        /// Not a key of the form (C-q, F1): the program's.
        case genegeerd
    }

    var relatieLabel: String {
        switch soort {
        case .gezinslid: "Rol in het gezin"
        case .netwerk: "Relatie tot het gezin"
        default: "Functie en organisatie"
        }
    }

    mutating func handle(_ event: Event, _ keymap: Keymap) -> Uitkomst {
        if case .key(let key) = event {
            let app = keymap.action(for: key, AppActie.self)
            if app == .volgende || key == .down { veld = Veld(rawValue: (veld.rawValue + 1) % 3)!; return .bezig }
            if app == .vorige || key == .up { veld = Veld(rawValue: (veld.rawValue + 2) % 3)!; return .bezig }
            switch keymap.action(for: key, VraagActie.self) {
            case .klaar:
                guard !naam.text.trimmingCharacters(in: .whitespaces).isEmpty else {
                    probleem = "Vul een naam in."
                    veld = .naam
                    return .bezig
                }
                return .klaar
            case .stoppen:
                if (!naam.isEmpty || !relatie.isEmpty) && probleem != Notitievak.nogNietBewaard(keymap) {
                    probleem = Notitievak.nogNietBewaard(keymap)
                    return .bezig
                }
                return .gestopt
            case .editor, nil: break
            }
        }
        probleem = nil
        switch veld {
        case .naam: return naam.handle(event) == .ignored ? .genegeerd : .bezig
        case .relatie: return relatie.handle(event) == .ignored ? .genegeerd : .bezig
        case .soort:
            guard case .key(let key) = event else { break }
            let i = Self.soorten.firstIndex(of: soort) ?? 0
            switch key {
            case .left: soort = Self.soorten[(i + 2) % 3]
            case .right, .character(" "): soort = Self.soorten[(i + 1) % 3]
            case .character("g"): soort = .gezinslid
            case .character("n"): soort = .netwerk
            case .character("p"): soort = .professional
            case .character: break
            default: return .genegeerd
            }
        }
        return .bezig
    }

    /// Adds the person to the dossier's household, network or professionals.
    /// - Returns: the new person's id.
    func voegToe(aan d: inout Dossier) -> String {
        let n = naam.text.trimmingCharacters(in: .whitespaces)
        let r = relatie.text.trimmingCharacters(in: .whitespaces)
        switch soort {
        case .gezinslid:
            let g = Gezinslid(naam: n, rolInGezin: r)
            d.gezinsleden.append(g)
            return g.id
        case .netwerk:
            let l = Netwerklid(naam: n, relatie: r)
            d.netwerk.append(l)
            return l.id
        default:
            let p = Professional(naam: n, functie: r)
            d.professionals.append(p)
            return p.id
        }
    }

    func render(into buffer: inout Buffer, screen: Rect, keymap: Keymap) -> Point? {
        let breedte = min(screen.width, 60)
        let hoogte = min(screen.height, 9)
        let box = Rect(x: screen.x + (screen.width - breedte) / 2, y: screen.y + (screen.height - hoogte) / 2, width: breedte, height: hoogte)
        let titel = voorAanwezigen ? "Nieuwe persoon" : "Er komt iemand bij"
        let binnen = Panel(title: titel, background: .dialog).render(into: &buffer, area: box, focused: true).inset(left: 1, right: 1)
        guard binnen.height >= 1, binnen.width >= 4 else { return nil }
        var cursor: Point?
        let c1 = naam.render(into: &buffer, area: binnen.row(0), focused: veld == .naam)
        if veld == .naam { cursor = c1 }
        let keuzes = Self.soorten.map { s -> String in
            let t = s == .gezinslid ? "gezinslid" : s == .netwerk ? "netwerk" : "professional"
            return s == soort ? "[\(t)]" : " \(t) "
        }.joined(separator: " ")
        let rij2 = binnen.row(2)
        buffer.write("Soort: " + keuzes, x: rij2.x, y: rij2.y, role: veld == .soort ? .selection : .dialog, clip: rij2)
        var r = relatie
        r.label = relatieLabel
        let c3 = r.render(into: &buffer, area: binnen.row(4), focused: veld == .relatie)
        if veld == .relatie { cursor = c3 }
        let onder = binnen.row(binnen.height - 1)
        if let probleem {
            buffer.write("! " + probleem, x: onder.x, y: onder.y, role: .invalid, clip: onder)
        } else {
            let hint = keymap.hint([(AppActie.volgende, "veld")]) + " · ← → soort · "
                + keymap.hint([(VraagActie.klaar, "toevoegen"), (VraagActie.stoppen, "stoppen")])
            buffer.write(hint, x: onder.x, y: onder.y, role: .dialog, clip: onder)
        }
        return cursor
    }
}

extension OverlegScherm {
    mutating func handleNieuwePersoon(_ event: Event, _ ctx: inout SchermContext) -> Handled {
        guard var form = nieuwePersoon else { return .ignored }
        switch form.handle(event, ctx.keymap) {
        case .genegeerd:
            return .ignored
        case .bezig:
            nieuwePersoon = form
        case .gestopt:
            nieuwePersoon = nil
        case .klaar:
            nieuwePersoon = nil
            let id = form.voegToe(aan: &ctx.dossier)
            if form.voorAanwezigen {
                start?.aanwezig.insert(id)
                if let i = Startkeuze.personen(ctx.dossier).firstIndex(where: { $0.id == id }) { start?.rij = i }
            } else if let i = ctx.dossier.lopendOverlegIndex {
                ctx.dossier.plan.overleggen[i].aanwezigen.append(id)
            }
            ctx.wijziging = nil
            ctx.vraag(.bewaarNu)
            ctx.meld(.success("\(ctx.dossier.naam(van: id)) staat nu in het dossier en is aanwezig."))
        }
        return .consumed
    }
}
