import RegieDomain

extension Actie {
    /// What a line about the action says after who and what: " · 07-12-2026" for a one-off
    /// action, " · elke maandag 9:00 · volgende 14-12-2026" (or "gemist …") for one that
    /// repeats, "" without a date.
    func datumdeel(vandaag: Datum) -> String {
        if let ritme = ritmeTekst, let stand = herhaalstand(vandaag: vandaag) { return " · \(ritme) · \(stand)" }
        return wanneer.map { " · \($0.tekst)" } ?? ""
    }
}

extension Actie {
    /// The time of day of an action that repeats, as a field can write it (nothing for a one-off action).
    var herhaaltijd: Tijd? {
        get { herhaling?.tijd }
        set { herhaling?.tijd = newValue }
    }

    /// Until when an action that repeats can fall, as a field can write it.
    var herhaaltTot: Datum? {
        get { herhaling?.tot }
        set { herhaling?.tot = newValue }
    }
}
