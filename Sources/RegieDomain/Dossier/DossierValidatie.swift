extension Dossier {
    /// What makes this dossier unusable as data (not a finding of the plan check): an
    /// unsafe id, an empty name, ids used twice, scores or levels out of range.
    public func problemen() -> [String] {
        var p: [String] = []
        if !Sleutel.isGeldig(id) { p.append("de id \"\(id.prefix(70))\" is ongeldig (alleen kleine letters, cijfers, - en _)") }
        if naam.allSatisfy(\.isWhitespace) { p.append("de naam van het huishouden is leeg") }
        let persoonIds = personen.map(\.id)
        if Set(persoonIds).count != persoonIds.count { p.append("twee personen hebben dezelfde id") }
        if persoonIds.contains(where: \.isEmpty) { p.append("een persoon heeft een lege id") }
        if let n = proces.niveau, !(1...5).contains(n) { p.append("niveau \(n) bestaat niet (1 tot en met 5)") }
        for w in proces.niveaugeschiedenis where !(1...5).contains(w.naar) {
            p.append("een niveauwijziging gaat naar niveau \(w.naar), dat bestaat niet")
        }
        for s in veiligheidsplan?.schaalvragen ?? [] where !Schaalscore.bereik.contains(s.cijfer) {
            p.append("een cijfer op de schaalvraag is \(s.cijfer); het moet van 0 tot en met 10 zijn")
        }
        let doelIds = plan.doelen.map(\.id)
        if Set(doelIds).count != doelIds.count { p.append("twee doelen hebben dezelfde id") }
        return p
    }
}
