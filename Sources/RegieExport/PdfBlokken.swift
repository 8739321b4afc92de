import RegieDomain

/// Turns the blocks of a `Plandocument` into stacks of laid-out lines.
struct PdfBlokken {
    let tekst: PangoTekst
    let links = PdfPaginering.marge
    let breedte = PdfPaginering.breedte - 2 * PdfPaginering.marge
    /// Indent of list items; the bullet sits in it.
    let inspring = 14.0

    init(tekst: PangoTekst) {
        self.tekst = tekst
    }

    func stapels(_ doc: Plandocument) -> [Stapel] {
        var uit: [Stapel] = []
        var titel = stapel([Stuk(doc.titel)], .titel)
        var top = titel.hoogte + 4
        if let versie = doc.versie {
            titel.voegToe(tekst, [Stuk(versie, vet: true)], .tekst, x: links, breedte: breedte, top: top)
            top = titel.hoogte + 4
        }
        for v in doc.meta {
            titel.voegToe(tekst, [Stuk("\(v.label): ", vet: true), Stuk(Self.waarde(v.waarde))], .tekst, x: links, breedte: breedte, top: top)
            top = titel.hoogte + 1
        }
        titel.lijn(x1: links, x2: links + breedte, top: titel.hoogte + 8, dikte: 0.8)
        uit.append(titel)
        for blok in doc.blokken { uit += stapels(blok) }
        return uit
    }

    static func waarde(_ w: String) -> String { w.isEmpty ? "—" : w }

    /// A paragraph; `teken` (a bullet, "1.", "[x]") sits in the `tekenBreedte` points before it.
    func stapel(_ stukken: Regel, _ stijl: PdfStijl, inspring: Double = 0, voor: Double = 0, teken: String? = nil,
                tekenBreedte: Double? = nil) -> Stapel {
        var s = Stapel()
        s.voor = voor
        s.voegToe(tekst, stukken, stijl, x: links + inspring, breedte: breedte - inspring, top: 0)
        if let teken {
            let b = tekenBreedte ?? self.inspring
            s.voegToe(tekst, [Stuk(teken)], stijl, x: links + inspring - b, breedte: b, top: 0)
        }
        return s
    }

    func stapels(_ blok: Blok) -> [Stapel] {
        switch blok {
        case .kop(let niveau, let t):
            var s = stapel([Stuk(t)], niveau == 1 ? .kop1 : niveau == 2 ? .kop2 : .kop3, voor: niveau == 2 ? 16 : 10)
            s.metVolgende = true
            s.nieuwePagina = niveau == 1
            if niveau == 1 { s.voet = t }
            if niveau <= 2 { s.lijn(x1: links, x2: links + breedte, top: s.hoogte + 2, dikte: niveau == 1 ? 0.8 : 0.4) }
            s.hoogte += 5
            return [s]
        case .velden(let v):
            return v.enumerated().map { i, v in
                stapel([Stuk("\(v.label): ", vet: true), Stuk(Self.waarde(v.waarde))], .tekst, voor: i == 0 ? 4 : 1.5)
            }
        case .alinea(let t):
            return [stapel([Stuk(t)], .tekst, voor: 4)]
        case .leeg(let t):
            return [stapel([Stuk(t)], .cursief, voor: 4)]
        case .uitspraken(let lijst):
            return lijst.flatMap { u -> [Stapel] in
                var s = stapel([Stuk(u.spreker, vet: true), Stuk(": "), Stuk(u.citaat, citaat: true)], .tekst, inspring: inspring, voor: 4, teken: "•")
                if !u.toelichting.isEmpty {
                    s.voegToe(tekst, [Stuk(u.toelichting.map(\.capitalizedFirst).joined(separator: " · "))], .klein,
                              x: links + inspring, breedte: breedte - inspring, top: s.hoogte + 1)
                }
                return [s]
            }
        case .opsomming(let lijst):
            return lijst.map { stapel($0, .tekst, inspring: inspring, voor: 3, teken: "•") }
        case .vinklijst(let lijst):
            return lijst.map { stapel([Stuk($0.1)], .tekst, inspring: 26, voor: 3, teken: $0.0 ? "[x]" : "[ ]", tekenBreedte: 26) }
        case .acties(let lijst):
            return acties(lijst)
        case .genummerd(let lijst):
            return lijst.enumerated().flatMap { i, g -> [Stapel] in
                [stapel([Stuk(g.tekst, vet: true)], .tekst, inspring: inspring + 4, voor: 6, teken: "\(i + 1).", tekenBreedte: inspring + 4)]
                    + g.details.map { stapel([Stuk($0)], .tekst, inspring: 2 * inspring + 4, voor: 2, teken: "–") }
            }
        case .handtekeningen(let lijst):
            return handtekeningen(lijst)
        }
    }

    // MARK: Table of actions

    /// Columns: wie, wat, uiterlijk, gedaan. Each row a stack with a rule under it.
    func acties(_ lijst: [Actieregel]) -> [Stapel] {
        let kolommen = [0.26, 0.42, 0.14, 0.18].map { $0 * breedte }
        func rij(_ cellen: [Regel], _ stijl: PdfStijl) -> Stapel {
            var s = Stapel()
            var x = links
            for (cel, b) in zip(cellen, kolommen) {
                s.voegToe(tekst, cel, stijl, x: x + 2, breedte: b - 8, top: 3)
                x += b
            }
            s.lijn(x1: links, x2: links + breedte, top: s.hoogte + 3, dikte: stijl == .kop3Tabel ? 0.6 : 0.25)
            s.hoogte += 1
            s.samen = true
            return s
        }
        var kop = rij([[Stuk("Wie")], [Stuk("Wat")], [Stuk("Uiterlijk")], [Stuk("Gedaan")]], .kop3Tabel)
        kop.voor = 6
        kop.metVolgende = true
        return [kop] + lijst.map { a in
            if a.herhaalt {
                // One that repeats: its rhythm and where it stands; late until its latest
                // time is marked, whatever was marked before.
                var gedaan: Regel = a.teLaat ? [Stuk("nee, te laat", vet: true)] : [Stuk(a.afgevinkt ? "ja" : "nog niet")]
                if let g = a.gedaan { gedaan.append(Stuk(" (\(g))")) }
                return rij([[Stuk(a.wie)], [Stuk(a.wat)], [Stuk("\(a.wanneer); \(a.stand ?? "")")], gedaan], .tekst)
            }
            let gedaan: Regel = a.gedaan.map { [Stuk("ja, \($0)")] } ?? (a.teLaat ? [Stuk("nee, te laat", vet: true)] : [Stuk("nee")])
            return rij([[Stuk(a.wie)], [Stuk(a.wat)], [Stuk(a.wanneer.isEmpty ? "geen datum" : a.wanneer)], gedaan], .tekst)
        }
    }

    // MARK: Signatures

    /// Two signers side by side: name and capacity, the date (recorded, or a line to fill
    /// in) and a line to sign on.
    func handtekeningen(_ lijst: [Ondertekenaar]) -> [Stapel] {
        let kolom = (breedte - 24) / 2
        return stride(from: 0, to: lijst.count, by: 2).map { i in
            var s = Stapel()
            s.voor = 10
            s.samen = true
            for (j, o) in lijst[i..<min(i + 2, lijst.count)].enumerated() {
                let x = links + Double(j) * (kolom + 24)
                let naam = o.naam.isEmpty ? "Naam: ______________________" : o.naam
                var cel = Stapel()
                cel.voegToe(tekst, [Stuk(naam, vet: true), Stuk(" (\(o.hoedanigheid))")], .tekst, x: x, breedte: kolom, top: 0)
                let datum = o.datum.map { "Ondertekend op \($0.tekst)" } ?? "Datum: ______________"
                cel.voegToe(tekst, [Stuk(datum)], .tekst, x: x, breedte: kolom, top: cel.hoogte + 6)
                s.elementen += cel.elementen
                s.hoogte = max(s.hoogte, cel.hoogte)
            }
            let lijn = s.hoogte + 34
            for j in 0..<min(2, lijst.count - i) {
                let x = links + Double(j) * (kolom + 24)
                s.lijn(x1: x, x2: x + kolom * 0.85, top: lijn, dikte: 0.6)
                s.voegToe(tekst, [Stuk("Handtekening")], .klein, x: x, breedte: kolom, top: lijn + 2)
            }
            return s
        }
    }
}
