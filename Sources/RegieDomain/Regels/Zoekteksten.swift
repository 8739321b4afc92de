/// The texts of a dossier a search across all households looks in: names, people, the
/// plan's quotes and texts, goals and actions, the veiligheidsplan, ticked-action notes.
/// Each with where it stands, so a result can say "Zorg: …".
extension Dossier {
    public func zoekteksten() -> [(waar: String, tekst: String)] {
        var t: [(String, String)] = [("Huishouden", naam)]
        for p in personen { t.append((p.soort == .gezinslid ? "Gezinslid" : p.soort == .netwerk ? "Netwerk" : "Persoon", p.naam)) }
        t.append(("Aanleiding", plan.aanleiding))
        for k in plan.krachten { t.append(("Kracht", k.citaat)) }
        for z in plan.zorgen { t.append(("Zorg", z.citaat)) }
        for e in plan.eerdereHulp { t.append(("Eerdere hulp", [e.wat, e.doorWie, e.resultaat].joined(separator: " "))) }
        t.append(("Integrale analyse", plan.integraleAnalyse))
        t.append(("Gewenst resultaat", plan.gewenstResultaat))
        t.append(("Samenvatting", plan.samenvatting))
        for d in plan.doelen {
            t.append(("Doel", d.omschrijving))
            for a in d.acties { t.append(("Actie", a.wat)) }
        }
        if let v = veiligheidsplan {
            t.append(("Veiligheidsvoorwaarden", v.veiligheidsvoorwaarden))
            for (_, lijst) in v.uitspraakLijsten { for u in lijst { t.append(("Veiligheidsplan", u.citaat)) } }
            for a in v.afspraken { t.append(("Veiligheidsafspraak", a.wat)) }
        }
        for a in proces.afgevinkt where !a.notitie.isEmpty { t.append(("Notitie bij actie", a.notitie)) }
        for v in proces.veiligheidsvragen { t.append(("Signalen van onveiligheid", v.toelichting)) }
        for f in proces.faseovergangen { t.append(("Reden faseovergang", f.reden)) }
        for a in proces.afsluitingen {
            t.append(("Evaluatie bij afsluiten", a.evaluatie))
            t.append(("Vragen na afsluiten", a.vragenBij))
            for z in a.nazorg { t.append(("Nazorg", "\(z.wie): \(z.wat)")) }
            if let h = a.heropend { t.append(("Reden heropenen", h.reden)) }
        }
        return t.filter { !$0.1.isEmpty }
    }
}
