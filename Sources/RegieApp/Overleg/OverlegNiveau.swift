import RegieDomain
import Screen

/// The voortgangsoverleg's question whether the level still fits ("schaal op indien nodig en
/// schaal af indien mogelijk; gebruik hiervoor de regiekaart"): the current level and the
/// regiekaart's suggestion; ja records that the level was reviewed and kept, nee asks for the
/// level and the reason. Either is recorded in the level history with this overleg.
extension OverlegScherm {
    /// Ja: the level still fits.
    mutating func niveauPastNog(_ l: Lopend, _ ctx: inout SchermContext) {
        guard let n = ctx.dossier.proces.niveau else {
            ctx.meld(.info(Self.geenNiveau(ctx.keymap)))
            return
        }
        guard ctx.omgeving.gebruiker != nil else {
            ctx.vraag(.vraagGebruiker)  // recorded with the name; the key comes again
            return
        }
        if let w = Self.besluit(l, ctx.dossier), w.van == n, w.naar == n {
            ctx.meld(.info("Al vastgelegd in dit overleg: niveau \(n) past nog."))
            return
        }
        let waar = ctx.dossier.overlegOmschrijving(l.overleg.id) ?? "het overleg"
        ctx.dossier.proces.niveaugeschiedenis.append(Niveauwijziging(
            datum: ctx.vandaag, van: n, naar: n, reden: "Het niveau past nog; besproken in \(waar).",
            criteria: ctx.dossier.geldendeCriteria(ctx.methode), door: ctx.omgeving.door, overleg: l.overleg.id))
        ctx.wijziging = nil
        ctx.meld(.success("Vastgelegd: niveau \(n) past nog. Het staat in de geschiedenis van het niveau."))
    }

    /// Nee: which level, and why.
    mutating func vraagNiveau(_ l: Lopend, _ ctx: inout SchermContext) {
        guard let n = ctx.dossier.proces.niveau else {
            ctx.meld(.info(Self.geenNiveau(ctx.keymap)))
            return
        }
        guard ctx.omgeving.gebruiker != nil else {
            ctx.vraag(.vraagGebruiker)
            return
        }
        let opties = methode.regiekaart.niveaus.map(\.niveau).sorted().map(String.init)
        let voorstel = ctx.dossier.niveauvoorstel(methode)
        let doel = voorstel.map(\.niveau) ?? n
        var intro = "Nu niveau \(n)."
        if let voorstel, voorstel.niveau != n { intro += " De regiekaart stelt niveau \(voorstel.niveau) voor." }
        intro += " Naar welk niveau, en waarom? Hetzelfde niveau: een andere regisseur neemt de regie over."
        formulier = (FormDialog(title: "Het niveau past niet meer", intro: intro, fields: [
            .choice("niveau", "Niveau", opties, selected: opties.firstIndex(of: String(doel)) ?? 0),
            .text("reden", "Reden", maxLength: 500),
        ], hint: Self.formulierHint(keuze: true, ctx.keymap)), .niveau(overleg: l.overleg.id))
    }

    /// Records the level chosen in the form; the Dutch problem when it will not do.
    mutating func legNiveauVast(_ dialog: FormDialog, overleg: String, _ ctx: inout SchermContext) -> String? {
        guard let keuze = dialog.choice("niveau"), let naar = Int(keuze) else { return "Kies een niveau." }
        let reden = dialog.text("reden")
        guard !reden.isEmpty else { return "Schrijf op waarom niveau \(naar) nu past; zonder reden verandert het niveau niet." }
        let van = ctx.dossier.proces.niveau
        ctx.dossier.proces.niveaugeschiedenis.append(Niveauwijziging(
            datum: ctx.vandaag, van: van, naar: naar, reden: reden, criteria: ctx.dossier.geldendeCriteria(ctx.methode),
            door: ctx.omgeving.door, overleg: overleg))
        ctx.dossier.proces.niveau = naar
        ctx.wijziging = nil
        ctx.meld(.success(van == naar ? "Vastgelegd: niveau \(naar) blijft, met een andere regisseur. Het staat in de geschiedenis van het niveau."
            : "Vastgelegd: niveau \(van.map(String.init) ?? "–") → \(naar). Het staat in de geschiedenis van het niveau."))
        return nil
    }

    /// The level decision recorded in this overleg, the latest.
    static func besluit(_ l: Lopend, _ d: Dossier) -> Niveauwijziging? {
        d.proces.niveaugeschiedenis.last { $0.overleg == l.overleg.id }
    }

    static func geenNiveau(_ keymap: Keymap) -> String {
        let tab = keymap.name(DossierActie.naar(.regiekaart))
        return "Er is nog geen niveau. Leg het eerste niveau vast op het tabblad Regiekaart (\(tab))."
    }

    func tekenNiveaustap(_ l: Lopend, _ d: Dossier, _ omgeving: Werkomgeving, _ v: inout Vlak, into buffer: inout Buffer) {
        v.regel("Past het niveau van de regiekaart nog? Schaal op als het nodig is, schaal af als het kan.", .title, into: &buffer)
        v.leeg()
        guard let n = d.proces.niveau else {
            v.regel(Self.geenNiveau(omgeving.keymap), .warning, into: &buffer)
            return
        }
        v.regel("Nu: " + (methode.niveau(n)?.naam ?? "niveau \(n)"), .label, into: &buffer)
        if let voorstel = d.niveauvoorstel(methode) {
            v.regel("Voorstel van de regiekaart: " + voorstel.kop, voorstel.richting == .blijven ? .text : .warning, into: &buffer)
            for r in voorstel.redenen { v.regel(r, .muted, into: &buffer, inspringen: 2, maxRegels: 3) }
            let escalaties = voorstel.escalaties.compactMap { methode.regiekaart.escalatie($0)?.naam ?? $0 }
            if !escalaties.isEmpty {
                v.regel("Het voorstel noemt een escalatie naar \(Regiekaart.reeks(Array(Set(escalaties)).sorted())); "
                        + "leg die vast op het tabblad Regiekaart.", .warning, into: &buffer)
            }
        }
        if let w = Self.besluit(l, d) {
            v.leeg()
            let wat = w.van == w.naar ? "niveau \(w.naar) past nog" : "niveau \(w.van.map(String.init) ?? "–") → \(w.naar)"
            v.regel("Vastgelegd in dit overleg: \(wat).", .success, into: &buffer)
        }
    }
}
