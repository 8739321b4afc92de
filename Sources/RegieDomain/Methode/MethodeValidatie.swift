/// A problem in a method file: which file, which item, what is wrong.
public struct MethodeProbleem: Sendable, Equatable, CustomStringConvertible {
    public var bestand: String
    public var item: String
    public var probleem: String

    public init(bestand: String, item: String, probleem: String) {
        self.bestand = bestand
        self.item = item
        self.probleem = probleem
    }

    public var description: String { "\(bestand), \(item): \(probleem)" }
}

extension Methode {
    /// Everything that is wrong with this method set; empty when it can be used.
    public func problemen() -> [MethodeProbleem] {
        var p: [MethodeProbleem] = []
        func leeg(_ s: String?) -> Bool { (s ?? "").allSatisfy(\.isWhitespace) }

        // methode.yaml
        if leeg(info.naam) { p.append(.init(bestand: "methode.yaml", item: "naam", probleem: "de naam is leeg")) }

        // fasen.yaml
        let f = "fasen.yaml"
        if fasen.isEmpty { p.append(.init(bestand: f, item: "fasen", probleem: "er staat geen enkele fase in")) }
        var faseIds: Set<String> = []
        var actieIds: Set<String> = []
        for fase in fasen {
            let item = "fase \"\(fase.id)\""
            if leeg(fase.id) { p.append(.init(bestand: f, item: item, probleem: "de id is leeg")) }
            if !faseIds.insert(fase.id).inserted {
                p.append(.init(bestand: f, item: item, probleem: "deze id komt vaker dan één keer voor"))
            }
            if leeg(fase.naam) { p.append(.init(bestand: f, item: item, probleem: "de naam is leeg")) }
            if fase.alleActies.isEmpty { p.append(.init(bestand: f, item: item, probleem: "de fase heeft geen acties")) }
            for actie in fase.alleActies {
                let ai = "\(item), actie \"\(actie.id)\""
                if leeg(actie.id) { p.append(.init(bestand: f, item: ai, probleem: "de id is leeg")) }
                if !actieIds.insert(actie.id).inserted {
                    p.append(.init(bestand: f, item: ai, probleem: "deze actie-id komt vaker dan één keer voor"))
                }
                if leeg(actie.tekst) { p.append(.init(bestand: f, item: ai, probleem: "de tekst is leeg")) }
                if let v = actie.vastlegging, Fasevastlegging(rawValue: v) == nil {
                    p.append(.init(bestand: f, item: ai, probleem: "onbekende vastlegging \"\(v)\"; kies uit "
                                   + Fasevastlegging.allCases.map(\.rawValue).joined(separator: ", ")))
                }
                if let plek = actie.plek, Faseplek(rawValue: plek) == nil {
                    p.append(.init(bestand: f, item: ai, probleem: "onbekende plek \"\(plek)\"; kies uit "
                                   + Faseplek.allCases.map(\.rawValue).joined(separator: ", ")))
                }
                if let regel = actie.regel, Faseregel(rawValue: regel) == nil {
                    p.append(.init(bestand: f, item: ai, probleem: "onbekende regel \"\(regel)\"; kies uit "
                                   + Faseregel.allCases.map(\.rawValue).joined(separator: ", ")))
                }
            }
        }
        for fase in fasen {
            for v in fase.volgende where !faseIds.contains(v) {
                p.append(.init(bestand: f, item: "fase \"\(fase.id)\"", probleem: "volgende fase \"\(v)\" bestaat niet"))
            }
            for v in fase.regionaal where !fase.volgende.contains(v) {
                p.append(.init(bestand: f, item: "fase \"\(fase.id)\"", probleem: "regionaal \"\(v)\" staat niet bij volgende"))
            }
        }
        let regels = info.regels
        if !Schaalscore.bereik.contains(regels.afsluitenVanafSchaalscore) {
            p.append(.init(bestand: "methode.yaml", item: "regels.afsluiten-vanaf-schaalscore", probleem: "kies een cijfer van 0 tot en met 10"))
        }
        if regels.meldcodeOpenDagen < 1 {
            p.append(.init(bestand: "methode.yaml", item: "regels.meldcode-open-dagen", probleem: "het aantal dagen moet groter zijn dan 0"))
        }

        // regiekaart.yaml
        let r = "regiekaart.yaml"
        let nummers = regiekaart.niveaus.map(\.niveau)
        for n in 1...5 where !nummers.contains(n) {
            p.append(.init(bestand: r, item: "niveaus", probleem: "niveau \(n) ontbreekt"))
        }
        var gezien: Set<Int> = []
        var criteriumIds: Set<String> = []
        var voorwaardeIds: Set<String> = []
        for niveau in regiekaart.niveaus {
            let item = "niveau \(niveau.niveau)"
            if !(1...5).contains(niveau.niveau) {
                p.append(.init(bestand: r, item: item, probleem: "een niveau loopt van 1 tot en met 5"))
            }
            if !gezien.insert(niveau.niveau).inserted {
                p.append(.init(bestand: r, item: item, probleem: "dit niveau staat er meer dan één keer in"))
            }
            if leeg(niveau.naam) { p.append(.init(bestand: r, item: item, probleem: "de naam is leeg")) }
            for (soort, lijst) in [("opschalen", niveau.opschalen), ("afschalen", niveau.afschalen)] {
                for c in lijst {
                    let ci = "\(item), \(soort) \"\(c.id)\""
                    if !criteriumIds.insert(c.id).inserted {
                        p.append(.init(bestand: r, item: ci, probleem: "deze id komt vaker dan één keer voor"))
                    }
                    if c.voorwaarden.isEmpty { p.append(.init(bestand: r, item: ci, probleem: "er staat geen voorwaarde in")) }
                    for v in c.voorwaarden {
                        if !voorwaardeIds.insert(v.id).inserted {
                            p.append(.init(bestand: r, item: "\(ci), voorwaarde \"\(v.id)\"", probleem: "deze id komt vaker dan één keer voor"))
                        }
                        if leeg(v.tekst) { p.append(.init(bestand: r, item: "\(ci), voorwaarde \"\(v.id)\"", probleem: "de tekst is leeg")) }
                    }
                    if c.naar.niveaus.isEmpty && leeg(c.naar.escalatie) {
                        p.append(.init(bestand: r, item: ci, probleem: "'naar' noemt geen niveau en geen escalatie"))
                    }
                    for doel in c.naar.niveaus {
                        if !(1...5).contains(doel) {
                            p.append(.init(bestand: r, item: ci, probleem: "niveau \(doel) bestaat niet"))
                        } else if soort == "opschalen" && doel < niveau.niveau {
                            p.append(.init(bestand: r, item: ci, probleem: "opschalen moet naar niveau \(niveau.niveau) (een andere regisseur) of hoger, niet naar \(doel)"))
                        } else if soort == "afschalen" && doel >= niveau.niveau {
                            p.append(.init(bestand: r, item: ci, probleem: "afschalen moet naar een lager niveau dan \(niveau.niveau), niet naar \(doel)"))
                        }
                    }
                }
            }
        }

        if let ladder = regiekaart.ladder {
            for (soort, treden) in [("opschalen", ladder.opschalen), ("afschalen", ladder.afschalen)] {
                for t in treden {
                    let item = "ladder, \(soort) naar niveau \(t.niveau)"
                    if !(1...5).contains(t.niveau) { p.append(.init(bestand: r, item: item, probleem: "een niveau loopt van 1 tot en met 5")) }
                    if t.voorwaarden.isEmpty { p.append(.init(bestand: r, item: item, probleem: "er staat geen voorwaarde in")) }
                    for v in t.voorwaarden {
                        if leeg(v.tekst) { p.append(.init(bestand: r, item: item, probleem: "een voorwaarde heeft geen tekst")) }
                        if v.antwoorden.isEmpty && !v.veiligheid {
                            p.append(.init(bestand: r, item: item, probleem: "de voorwaarde \"\(v.tekst)\" noemt geen antwoord en geen veiligheid"))
                        }
                        for id in v.antwoorden where !voorwaardeIds.contains(id) {
                            p.append(.init(bestand: r, item: item, probleem: "de voorwaarde \"\(id)\" staat niet in de regiekaart"))
                        }
                    }
                }
            }
        }

        var escalatieIds: Set<String> = []
        for e in regiekaart.escalaties {
            let item = "escalatie \"\(e.id)\""
            if leeg(e.id) { p.append(.init(bestand: r, item: "escalaties", probleem: "een escalatie heeft geen id")) }
            if !escalatieIds.insert(e.id).inserted {
                p.append(.init(bestand: r, item: item, probleem: "deze id komt vaker dan één keer voor"))
            }
            if leeg(e.naam) { p.append(.init(bestand: r, item: item, probleem: "de naam is leeg")) }
            if e.niveaus.isEmpty { p.append(.init(bestand: r, item: item, probleem: "er staat geen niveau bij")) }
            for n in e.niveaus where !(1...5).contains(n) {
                p.append(.init(bestand: r, item: item, probleem: "niveau \(n) bestaat niet"))
            }
        }

        // meldcode.yaml
        let m = "meldcode.yaml"
        if meldcode.stappen.isEmpty { p.append(.init(bestand: m, item: "stappen", probleem: "er staat geen stap in")) }
        var stapIds: Set<String> = []
        for stap in meldcode.stappen {
            if !stapIds.insert(stap.id).inserted {
                p.append(.init(bestand: m, item: "stap \"\(stap.id)\"", probleem: "deze id komt vaker dan één keer voor"))
            }
            if leeg(stap.naam) { p.append(.init(bestand: m, item: "stap \"\(stap.id)\"", probleem: "de naam is leeg")) }
        }
        let afwegingIds = meldcode.afwegingen.map(\.id)
        if Set(afwegingIds).count != afwegingIds.count {
            p.append(.init(bestand: m, item: "afwegingen", probleem: "een afweging-id komt vaker dan één keer voor"))
        }
        let besluitIds = Set(meldcode.besluiten.map(\.id))
        if !afwegingIds.contains(meldcode.start) {
            p.append(.init(bestand: m, item: "start", probleem: "afweging \"\(meldcode.start)\" bestaat niet"))
        }
        for a in meldcode.afwegingen {
            if leeg(a.vraag) { p.append(.init(bestand: m, item: "afweging \"\(a.id)\"", probleem: "de vraag is leeg")) }
            for (antwoord, g) in [("ja", a.ja), ("nee", a.nee)] {
                let gi = "afweging \"\(a.id)\", antwoord \(antwoord)"
                switch (g.naar, g.besluit) {
                case (nil, nil): p.append(.init(bestand: m, item: gi, probleem: "geef 'naar' (een afweging) of 'besluit'"))
                case (.some, .some): p.append(.init(bestand: m, item: gi, probleem: "geef 'naar' of 'besluit', niet allebei"))
                case (let naar?, nil):
                    if !afwegingIds.contains(naar) { p.append(.init(bestand: m, item: gi, probleem: "afweging \"\(naar)\" bestaat niet")) }
                    if naar == a.id { p.append(.init(bestand: m, item: gi, probleem: "een afweging kan niet naar zichzelf leiden")) }
                case (nil, let b?):
                    if !besluitIds.contains(b) { p.append(.init(bestand: m, item: gi, probleem: "besluit \"\(b)\" bestaat niet")) }
                }
            }
        }

        // criteria.yaml
        let c = "criteria.yaml"
        if criteria.startcriteria.isEmpty { p.append(.init(bestand: c, item: "startcriteria", probleem: "de lijst is leeg")) }
        for (naam, lijst) in [("startcriteria", criteria.startcriteria), ("verwijsindex", criteria.verwijsindex)] {
            var ids: Set<String> = []
            for k in lijst {
                if !ids.insert(k.id).inserted { p.append(.init(bestand: c, item: "\(naam) \"\(k.id)\"", probleem: "deze id komt vaker dan één keer voor")) }
                if leeg(k.tekst) { p.append(.init(bestand: c, item: "\(naam) \"\(k.id)\"", probleem: "de tekst is leeg")) }
            }
        }

        // overleggen.yaml
        p += agendaproblemen()
        p += profielproblemen()
        p += begripproblemen()
        p += leefgebiedproblemen()
        return p
    }

    /// competentieprofielen.yaml: every role with every profile once, each with something in it.
    func profielproblemen() -> [MethodeProbleem] {
        var p: [MethodeProbleem] = []
        let b = "competentieprofielen.yaml"
        func leeg(_ s: String) -> Bool { s.allSatisfy(\.isWhitespace) }
        for rol in RegieRol.allCases {
            for profiel in Competentieprofiel.allCases {
                let n = profielen.filter { $0.rol == rol && $0.profiel == profiel }.count
                let item = "\(rol.tekst) \(profiel.tekst)"
                if n == 0 { p.append(.init(bestand: b, item: item, probleem: "dit profiel ontbreekt")) }
                if n > 1 { p.append(.init(bestand: b, item: item, probleem: "dit profiel staat er meer dan één keer in")) }
            }
        }
        for prof in profielen {
            let item = "\(prof.rol.tekst) \(prof.profiel.tekst)"
            if prof.onderdelen.isEmpty { p.append(.init(bestand: b, item: item, probleem: "er staat geen onderdeel in")) }
            for o in prof.onderdelen {
                if leeg(o.kop) { p.append(.init(bestand: b, item: item, probleem: "een onderdeel heeft geen kop")) }
                if o.punten.isEmpty || o.punten.contains(where: leeg) {
                    p.append(.init(bestand: b, item: "\(item), \(o.kop)", probleem: "een punt is leeg, of er staat geen punt in"))
                }
            }
        }
        return p
    }

    /// begrippen.yaml: every term once, with a meaning; a spelling looked for belongs to one term.
    func begripproblemen() -> [MethodeProbleem] {
        var p: [MethodeProbleem] = []
        let b = "begrippen.yaml"
        func leeg(_ s: String) -> Bool { s.allSatisfy(\.isWhitespace) }
        if begrippen.isEmpty { p.append(.init(bestand: b, item: "begrippen", probleem: "de lijst is leeg")) }
        var termen: Set<String> = []
        var schrijfwijzen: [String: String] = [:]
        for begrip in begrippen {
            let item = "begrip \"\(begrip.term)\""
            if leeg(begrip.term) { p.append(.init(bestand: b, item: item, probleem: "de term is leeg")) }
            if !termen.insert(begrip.term.lowercased()).inserted {
                p.append(.init(bestand: b, item: item, probleem: "deze term komt vaker dan één keer voor"))
            }
            if leeg(begrip.betekenis) { p.append(.init(bestand: b, item: item, probleem: "de betekenis is leeg")) }
            for w in begrip.zoek ?? [] {
                if leeg(w) { p.append(.init(bestand: b, item: item, probleem: "een schrijfwijze bij 'zoek' is leeg")); continue }
                if let ander = schrijfwijzen[w], ander != begrip.term {
                    p.append(.init(bestand: b, item: item, probleem: "de schrijfwijze \"\(w)\" hoort ook bij \"\(ander)\""))
                }
                schrijfwijzen[w] = begrip.term
            }
        }
        return p
    }
}
