import RegieDomain

/// The plan as Markdown: readable as plain text in a terminal (`regie toon`) and as a
/// document (`regie export --formaat md`). Renders a `Plandocument`.
public struct MarkdownWeergave {
    public let document: Plandocument

    public init(document: Plandocument) {
        self.document = document
    }

    public init(dossier: Dossier, methode: Methode, vandaag: Datum, versie: String? = nil,
                inhoud: Plandocument.Inhoud = .volledig) {
        self.init(document: Plandocument.bouw(dossier, methode: methode, vandaag: vandaag, versie: versie, inhoud: inhoud))
    }

    public func tekst() -> String {
        var regels = ["# \(document.titel)", ""]
        if let versie = document.versie {
            regels += ["_\(versie)_", ""]
        }
        regels += document.meta.map(Self.veld)
        var vorige: Blok?
        for blok in document.blokken {
            // The signatures continue the list of fields above them (the evaluation date).
            let vervolg: Bool
            if case .handtekeningen = blok, case .velden = vorige { vervolg = true } else { vervolg = false }
            if regels.last != "" && !vervolg { regels.append("") }
            regels += Self.regels(blok)
            vorige = blok
        }
        while regels.last == "" { regels.removeLast() }
        return regels.joined(separator: "\n") + "\n"
    }

    static func veld(_ v: Veld) -> String {
        "- \(v.label): \(v.waarde.isEmpty ? "—" : Self.eenRegel(v.waarde))"
    }

    static func eenRegel(_ s: String) -> String {
        s.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " / ")
    }

    static func inline(_ r: Regel) -> String {
        r.map { stuk in
            let tekst = stuk.citaat ? "\"\(stuk.tekst)\"" : stuk.tekst
            return stuk.vet && !tekst.isEmpty ? "**\(tekst)**" : tekst
        }.joined()
    }

    static func regels(_ blok: Blok) -> [String] {
        switch blok {
        case .kop(let niveau, let tekst):
            return [String(repeating: "#", count: min(max(niveau, 1), 6)) + " " + tekst]
        case .velden(let v):
            return v.map(veld)
        case .alinea(let tekst):
            return [tekst]
        case .leeg(let tekst):
            return ["_\(tekst)_"]
        case .uitspraken(let lijst):
            return lijst.map { u in
                "- **\(u.spreker)**: \"\(u.citaat)\"" + (u.toelichting.isEmpty ? "" : " (\(u.toelichting.joined(separator: "; ")))")
            }
        case .opsomming(let lijst):
            return lijst.map { "- " + inline($0) }
        case .vinklijst(let lijst):
            return lijst.map { "- [\($0.0 ? "x" : " ")] \($0.1)" }
        case .acties(let lijst):
            return lijst.map { a in
                var regel = "- [\(a.afgevinkt ? "x" : " ")] \(a.wie): \(a.wat)"
                if a.herhaalt {
                    // One that repeats: its rhythm, where it stands and its latest time done.
                    regel += ", \(a.wanneer)"
                    let noot = [a.stand, a.gedaan.map { "\($0) gedaan" }].compactMap { $0 }
                    if !noot.isEmpty { regel += " (\(noot.joined(separator: "; ")))" }
                    if a.teLaat { regel += " **(te laat)**" }
                    return regel
                }
                regel += a.wanneer.isEmpty ? ", geen datum" : ", uiterlijk \(a.wanneer)"
                if let g = a.gedaan { regel += " (gedaan op \(g))" } else if a.teLaat { regel += " **(te laat)**" }
                return regel
            }
        case .genummerd(let lijst):
            return lijst.enumerated().flatMap { i, g in ["\(i + 1). \(g.tekst)"] + g.details.map { "   - \($0)" } }
        case .handtekeningen(let lijst):
            return lijst.map { o in
                let wie = o.naam.isEmpty ? "naam: ____________________" : o.naam
                if let datum = o.datum { return "- Ondertekend door \(wie) (\(o.hoedanigheid)): \(datum.tekst)" }
                return "- Te ondertekenen door \(wie) (\(o.hoedanigheid)). Datum: __________ Handtekening: ____________________"
            }
        }
    }
}
