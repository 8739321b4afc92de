import RegieDomain

extension Plandocument {
    /// The document of a dossier: the ondersteuningsplan, the veiligheidsplan when there is
    /// one, and (for `.volledig`) the course of the process. For the family (`.voorGezin`)
    /// without the checks per person and without empty fields.
    /// - Parameter versie: the version text to print under the title (the caller knows the store).
    public static func bouw(_ dossier: Dossier, methode: Methode, vandaag: Datum, versie: String? = nil,
                            inhoud: Inhoud = .volledig) -> Plandocument {
        var b = Bouwer(d: dossier, methode: methode, vandaag: vandaag, voorGezin: inhoud == .voorGezin)
        b.ondersteuningsplan()
        if let vp = dossier.veiligheidsplan { b.veiligheidsplan(vp) }
        if inhoud == .volledig { b.verloop() }
        let meta = b.voorGezin ? b.meta.filter { !$0.waarde.isEmpty } : b.meta
        return Plandocument(titel: "Ondersteuningsplan \(dossier.naam)", versie: versie, meta: meta, blokken: b.blokken)
    }
}

/// Collects the blocks; one method per part of the plan.
private struct Bouwer {
    let d: Dossier
    let methode: Methode
    let vandaag: Datum
    /// The version for the household and school: no checks per person, no empty fields.
    let voorGezin: Bool
    var meta: [Veld] = []
    var blokken: [Blok] = []

    init(d: Dossier, methode: Methode, vandaag: Datum, voorGezin: Bool) {
        self.d = d
        self.methode = methode
        self.vandaag = vandaag
        self.voorGezin = voorGezin
    }

    // MARK: Helpers

    mutating func kop(_ niveau: Int, _ tekst: String) { blokken.append(.kop(niveau, tekst)) }
    /// Fields; in the family version only those with a value (none at all: nothing).
    mutating func velden(_ v: [Veld]) {
        let getoond = voorGezin ? v.filter { !$0.waarde.isEmpty } : v
        if !getoond.isEmpty { blokken.append(.velden(getoond)) }
    }
    mutating func leeg(_ tekst: String = "Nog niets vastgelegd.") { blokken.append(.leeg(tekst)) }

    mutating func alinea(_ tekst: String) {
        let t = tekst.trimmingCharacters(in: .whitespacesAndNewlines)
        blokken.append(t.isEmpty ? .leeg("Nog niet ingevuld.") : .alinea(t))
    }

    mutating func opsomming(_ regels: [Regel], anders: String = "Nog niets vastgelegd.") {
        blokken.append(regels.isEmpty ? .leeg(anders) : .opsomming(regels))
    }

    static func eenRegel(_ s: String) -> String {
        s.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " / ")
    }

    static func jaNee(_ w: JaNee?) -> String { w?.tekst ?? "niet ingevuld" }

    static func adres(_ a: Adres) -> String {
        [a.straatEnHuisnummer, [a.postcode, a.woonplaats].filter { !$0.isEmpty }.joined(separator: " ")]
            .filter { !$0.isEmpty }.joined(separator: ", ")
    }

    static func lijst(_ delen: [String]) -> String { delen.filter { !$0.isEmpty }.map { ", \($0)" }.joined() }

    func wie(_ id: String?) -> String {
        guard let p = d.persoon(id) else { return d.naam(van: id) }
        return p.rol.isEmpty ? p.naam : "\(p.naam) (\(p.rol))"
    }

    mutating func uitspraken(_ lijst: [Uitspraak]) {
        guard !lijst.isEmpty else { return leeg() }
        blokken.append(.uitspraken(lijst.map { u in
            var extra: [String] = []
            if let leefgebied = methode.leefgebiedNaam(u.leefgebied) { extra.append("leefgebied: \(leefgebied)") }
            if !u.sinds.isEmpty { extra.append("sinds: \(Self.eenRegel(u.sinds))") }
            if !u.gevolgen.isEmpty { extra.append("gevolgen: \(Self.eenRegel(u.gevolgen))") }
            return Uitspraakregel(spreker: d.naam(van: u.spreker), citaat: Self.eenRegel(u.citaat), toelichting: extra)
        }))
    }

    // MARK: Ondersteuningsplan

    mutating func ondersteuningsplan() {
        meta.append(Veld("Datum plan", d.plan.datum?.tekst ?? ""))
        meta.append(Veld("Dossier", d.id))
        meta.append(Veld("Fase", methode.fase(d.proces.fase).map { "\($0.id) \($0.naam)" } ?? d.proces.fase))
        meta.append(Veld("Niveau regiekaart", d.proces.niveau.map { n in methode.niveau(n)?.naam ?? "niveau \(n)" } ?? "nog niet bepaald"))
        if d.vereistePlannen(methode).veiligheidsplan == .verplicht {
            let stand = d.veiligheidsplan.map { $0.isOndertekend ? "aanwezig en ondertekend" : "aanwezig, nog niet ondertekend" }
            meta.append(Veld("Veiligheidsplan", stand ?? "nodig, maar ontbreekt"))
        }
        personen()
        inhoud()
    }

    mutating func personen() {
        kop(2, "Contactgegevens")
        let contact = [Veld("Naam", d.contact.naam), Veld("Adres", Self.adres(d.contact.adres)),
                       Veld("Telefoon", d.contact.telefoon), Veld("E-mail", d.contact.email)]
        if voorGezin && contact.allSatisfy(\.waarde.isEmpty) { leeg() } else { velden(contact) }

        kop(2, "Gezinsleden")
        if d.gezinsleden.isEmpty { leeg() }
        for g in d.gezinsleden {
            kop(3, g.naam)
            var v = [Veld("Rol in het gezin", g.rolInGezin), Veld("Geslacht", g.geslacht), Veld("Geboortedatum", g.geboortedatum?.tekst ?? "")]
            if !g.gezag.isEmpty { v.append(Veld("Gezag", g.gezag)) }
            v += [Veld("Burgerlijke staat", g.burgerlijkeStaat), Veld("Beroep", g.beroep), Veld("Adres", Self.adres(g.adres)),
                  Veld("Telefoon", g.telefoon), Veld("E-mail", g.email)]
            velden(v)
        }

        kop(2, "Regisseurs")
        // Who has the regie now first (procesregie before casusregie); who handed it over after, with until when.
        let volgorde = { (r: Regisseur) in (r.isHuidig ? 0 : 2) + (r.rol == .proces ? 0 : 1) }
        opsomming(d.regisseurs.enumerated().sorted { (volgorde($0.element), $0.offset) < (volgorde($1.element), $1.offset) }.map { _, r in
            let rol = r.rolMetPeriode
            return [Stuk("\(rol.prefix(1).uppercased())\(rol.dropFirst()): \(r.naam)"
                         // The competence profile is for the professionals; the household's version leaves it out.
                         + Self.lijst([voorGezin ? "" : r.profiel.map { "competentieprofiel \($0.tekst)" } ?? "", r.organisatie, r.telefoon, r.email]))]
        })
        kop(2, "Betrokken familie en vrienden")
        opsomming(d.netwerk.map { [Stuk($0.naam + Self.lijst([$0.relatie, $0.email, $0.telefoon]))] })
        kop(2, "Betrokken professionals")
        opsomming(d.professionals.map { [Stuk($0.naam + Self.lijst([$0.functie, $0.organisatie, $0.email, $0.telefoon]))] })

        if voorGezin {
            // The household's own consent, when it is recorded; the checks the professionals
            // did on each person are not for the family's copy.
            if let toestemming = d.toestemmingDelen {
                kop(2, "Overige gegevens")
                velden([Veld("Toestemming om informatie te delen met betrokkenen", toestemming.tekst)])
            }
            return
        }
        kop(2, "Overige gegevens")
        var overig = [Veld("Toestemming om informatie te delen met betrokkenen", Self.jaNee(d.toestemmingDelen))]
        for g in d.gezinsleden {
            overig += [Veld("\(g.naam): signaal in de Verwijsindex", Self.jaNee(g.verwijsindexSignaal))]
            overig += g.verwijsindexSignalen.map { v in
                let risico = methode.criteria.verwijsindex.first { $0.id == v.criterium }?.tekst ?? v.criterium
                let delen = [v.datum.map { "op \($0.tekst)" }, v.matchdatum.map { "match \($0.tekst)" },
                             v.overlegdatum.map { "overleg \($0.tekst)" },
                             "jeugdige geïnformeerd: \(Self.jaNee(v.jeugdigeGeinformeerd))",
                             "vertegenwoordiger geïnformeerd: \(Self.jaNee(v.vertegenwoordigerGeinformeerd))"].compactMap { $0 }
                return Veld("\(g.naam): Verwijsindex-signaal", ([risico] + delen).joined(separator: "; "))
            }
            overig += [Veld("\(g.naam): woonplaatsbeginsel gecontroleerd", Self.jaNee(g.woonplaatsbeginselGecontroleerd)),
                       Veld("\(g.naam): legitimatie gecontroleerd", Self.jaNee(g.legitimatieGecontroleerd))]
        }
        velden(overig)
    }

    mutating func inhoud() {
        let plan = d.plan
        kop(2, "Aanleiding")
        alinea(plan.aanleiding)
        kop(2, "Krachten: wat gaat er goed?")
        uitspraken(plan.krachten)
        kop(2, "Zorgen: wat zijn onze zorgen?")
        uitspraken(plan.zorgen)

        kop(2, "Eerdere hulp")
        opsomming(plan.eerdereHulp.map { h in
            [Stuk(Self.eenRegel(h.wat) + (h.doorWie.isEmpty ? "" : ", door \(h.doorWie)") + (h.wanneer.isEmpty ? "" : ", \(h.wanneer)")
                  + (h.resultaat.isEmpty ? "" : ". Resultaat: \(Self.eenRegel(h.resultaat))"))]
        })

        kop(2, "Integrale analyse")
        alinea(plan.integraleAnalyse)
        kop(2, "Gewenst resultaat")
        alinea(plan.gewenstResultaat)
        kop(2, "Zorgen over basiszorg en veiligheid")
        alinea(Self.jaNee(plan.zorgenBasiszorgVeiligheid).capitalizedFirst)

        kop(2, "Doelen en acties")
        if plan.doelen.isEmpty { leeg() }
        for (i, doel) in plan.doelen.enumerated() {
            kop(3, "Doel \(i + 1): \(Self.eenRegel(doel.omschrijving))")
            if let leefgebied = methode.leefgebiedNaam(doel.leefgebied) { alinea("Leefgebied: \(leefgebied)") }
            alinea("Bereikt: \(doel.status.tekst)")
            if doel.acties.isEmpty { leeg("Nog geen acties.") } else {
                blokken.append(.acties(doel.acties.map { a in
                    Actieregel(wie: wie(a.wie), wat: Self.eenRegel(a.wat), wanneer: a.ritmeTekst ?? a.wanneer?.tekst ?? "",
                               gedaan: a.ritmeTekst == nil ? a.gedaan?.tekst : a.gedaan.map { "laatst \($0.tekst)" },
                               teLaat: !d.isAfgesloten && a.isTeLaat(vandaag: vandaag),
                               stand: a.herhaalstand(vandaag: vandaag), afgevinkt: a.isGedaan(vandaag: vandaag))
                }))
            }
        }

        kop(2, "Samenvatting")
        alinea(plan.samenvatting)

        kop(2, "Planning overleg")
        let volgend = d.volgendOverleg(vandaag: vandaag)?.id
        opsomming(plan.overleggen.sorted { ($0.datum?.iso ?? "9") < ($1.datum?.iso ?? "9") }.map { o in
            var regel = "\(o.soort.tekst.capitalizedFirst): \(o.datum?.tekst ?? "datum nog niet bekend")"
            if let t = o.tijd { regel += " om \(t.tekst)" }
            if !o.locatie.isEmpty { regel += ", \(Self.eenRegel(o.locatie))" }
            if o.id == volgend { regel += " (volgend overleg)" }
            if !o.aanwezigen.isEmpty { regel += ". Aanwezig: " + o.aanwezigen.map { d.naam(van: $0) }.joined(separator: ", ") }
            return [Stuk(regel)]
        }, anders: "Nog geen overleg gepland.")
    }

    // MARK: Veiligheidsplan

    mutating func veiligheidsplan(_ vp: Veiligheidsplan) {
        kop(1, "Veiligheidsplan \(d.naam)")
        kop(2, "Doelencheck")
        let c = vp.doelencheck
        blokken.append(.vinklijst([
            (c.afsprakenNakomen, "Het ondersteuningsplan heeft het doel: ik houd mij aan de veiligheidsafspraken."),
            (c.onveiligheidOpheffen, "Doelen en acties om de (acute) onveiligheid op te heffen."),
            (c.oorzakenBehandelen, "Doelen en acties om de oorzaken van de onveiligheid te behandelen."),
            (c.herstelEnNazorg, "Doelen en acties voor herstel en nazorg na opgelopen schade."),
        ]))
        kop(2, "Veiligheidsvoorwaarden")
        alinea(vp.veiligheidsvoorwaarden)
        for (titel, lijst) in [("Bestaande veiligheid", vp.bestaandeVeiligheid), ("Wat is er gebeurd?", vp.gebeurtenissen),
                               ("Welke schade is er opgelopen?", vp.schade),
                               ("Wat is het ergste dat kan gebeuren als er niets verandert?", vp.grootsteZorg),
                               ("Wat maakt het moeilijker om het veilig te houden?", vp.complicerendeFactoren)] {
            kop(2, titel)
            uitspraken(lijst)
        }

        kop(2, "Schaalvraag (0 = levensbedreigend, 10 = veilig genoeg om af te sluiten)")
        var gezien: [String?] = []
        for s in vp.schaalvragen where !gezien.contains(s.persoon) { gezien.append(s.persoon) }
        opsomming(gezien.map { persoon in
            let reeks = vp.schaalvragen.filter { $0.persoon == persoon }.sorted { $0.datum < $1.datum }
            let laatste = reeks[reeks.count - 1]
            var regel = [Stuk(d.naam(van: persoon), vet: true), Stuk(": \(laatste.cijfer)")]
            if !laatste.toelichting.isEmpty { regel += [Stuk(", "), Stuk(Self.eenRegel(laatste.toelichting), citaat: true)] }
            var rest = " (\(laatste.datum.tekst))"
            if reeks.count > 1 { rest += ". Eerder: " + reeks.dropLast().map { "\($0.cijfer) op \($0.datum.tekst)" }.joined(separator: ", ") }
            return regel + [Stuk(rest)]
        })

        kop(2, "Veiligheidsafspraken")
        if vp.afspraken.isEmpty { leeg() } else {
            blokken.append(.genummerd(vp.afspraken.map { a in
                var details: [String] = []
                if !a.nodig.isEmpty { details.append("Nodig: \(Self.eenRegel(a.nodig))") }
                details.append("Wie ziet erop toe: \(a.toezicht.map { wie($0) } ?? "nog niet gekozen")")
                if !a.alsNietNagekomen.isEmpty { details.append("Als de afspraak niet wordt nagekomen: \(Self.eenRegel(a.alsNietNagekomen))") }
                return Genummerd(Self.eenRegel(a.wat), details: details)
            }))
        }

        kop(2, "Contactgegevens")
        opsomming(vp.contacten.map { c in
            [Stuk(c.naam + (c.wanneerBellen.isEmpty ? "" : ", bellen: \(Self.eenRegel(c.wanneerBellen))")
                  + (c.telefoon.isEmpty ? "" : ", \(c.telefoon)") + (c.email.isEmpty ? "" : ", \(c.email)"))]
        })

        kop(2, "Ondertekening")
        velden([Veld("Datum (vervolg)evaluatie", vp.evaluatiedatum?.tekst ?? "")])
        blokken.append(.handtekeningen(Ondertekenaar.voor(vp, in: d, vandaag: vandaag)))
    }

    // MARK: Verloop (for the regisseur only)

    mutating func verloop() {
        kop(1, "Verloop")
        if !d.proces.startcriteria.isEmpty || !d.proces.startreden.isEmpty {
            kop(2, "Waarom regie is gestart")
            if !d.proces.startreden.isEmpty { blokken.append(.alinea(d.proces.startreden)) }
            if !d.proces.startcriteria.isEmpty {
                blokken.append(.alinea("Criteria die gelden:"))
                opsomming(d.proces.startcriteria.map { id in [Stuk(methode.criteria.startcriteria.first { $0.id == id }?.tekst ?? id)] })
            }
            let niet = methode.criteria.startcriteria.filter { d.proces.startcriteriaNiet.contains($0.id) }.count
            let open = methode.criteria.startcriteria.count - d.proces.startcriteria.count - niet
            blokken.append(.alinea("Bekeken en niet van toepassing: \(niet) criteria; nog niet beantwoord: \(max(0, open))."))
        }
        kop(2, "Fasen")
        blokken.append(.opsomming(d.faseVoortgang(methode).map { v in
            let tekst = "Fase \(v.fase) \(v.naam): \(v.gedaan) van \(v.totaal) acties gedaan"
            return v.isHuidig ? [Stuk(tekst + " (huidige fase)", vet: true)] : [Stuk(tekst)]
        }))
        let acties = Dictionary(methode.fasen.flatMap(\.alleActies).map { ($0.id, $0.tekst) }, uniquingKeysWith: { a, _ in a })
        if !d.proces.afgevinkt.isEmpty {
            blokken.append(.alinea("Afgevinkt:"))
            blokken.append(.opsomming(d.proces.afgevinkt.map { a in
                [Stuk("\(a.datum.tekst), \(a.door): \(acties[a.actie] ?? a.actie)" + (a.notitie.isEmpty ? "" : " (\(Self.eenRegel(a.notitie)))"))]
            }))
        }
        if !d.proces.niveauverloop.isEmpty {
            kop(2, "Niveau op de regiekaart")
            blokken.append(.opsomming(d.proces.niveauverloop.map { g in
                switch g {
                case .wijziging(let w):
                    return [Stuk("\(w.datum.tekst): " + (w.van == w.naar ? "niveau \(w.naar) gehouden" : "\(w.van.map { "van \($0) " } ?? "")naar \(w.naar)")
                          + ", door \(w.door). Reden: \(Self.eenRegel(w.reden))")]
                case .escalatie(let e):
                    return [Stuk("\(e.datum.tekst): \(e.omschrijving(methode.regiekaart)), door \(e.door). Reden: \(Self.eenRegel(e.reden))")]
                }
            }))
        }
        if let verloop = d.proces.meldcode.last {
            kop(2, "Aanvullende stappen bij onveiligheid")
            var regels: [Regel] = verloop.stappen.map { s in
                let naam = methode.meldcode.stappen.first { $0.id == s.stap }?.naam ?? s.stap
                return [Stuk("\(s.datum.tekst), \(s.door): \(naam)" + (s.notitie.isEmpty ? "" : " (\(Self.eenRegel(s.notitie)))"))]
            }
            let stand = methode.meldcode.stand(antwoorden: verloop.antwoorden)
            for stap in stand.pad {
                regels.append([Stuk("Afweging \(stap.afweging.nummer): \(stap.afweging.vraag) "), Stuk(stap.antwoord.tekst, vet: true)])
            }
            if let b = verloop.besluit {
                regels.append([Stuk("Besluit (\(b.datum.tekst), \(b.door)): \(methode.meldcode.besluit(b.besluit)?.tekst ?? b.besluit)")])
            } else if let open = stand.open {
                regels.append([Stuk("Nog te beantwoorden: afweging \(open.nummer): \(open.vraag)")])
            }
            if !regels.isEmpty { blokken.append(.opsomming(regels)) }
        }
    }
}

extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
