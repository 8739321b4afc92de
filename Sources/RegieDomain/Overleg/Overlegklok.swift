/// Clock arithmetic of a running overleg: how long a step and the whole meeting have been
/// going, and by how much they run over the planned time.
public enum Overlegklok {
    /// Seconds step `id` has been current, including the visit going on now.
    public static func seconden(stap id: String, in v: Overlegverloop, nu: Tijdstip) -> Int {
        let eerder = v.stap(id)?.seconden ?? 0
        guard v.loopt, v.huidigeStap == id else { return eerder }
        return eerder + max(0, nu.seconden - v.stapSinds.seconden)
    }

    /// Seconds since the start; stops at the close.
    public static func totaal(_ v: Overlegverloop, nu: Tijdstip) -> Int {
        max(0, (v.afgesloten ?? nu).seconden - v.begin.seconden)
    }

    /// Seconds over the planned minutes; 0 when within the time.
    public static func over(_ seconden: Int, gepland minuten: Int) -> Int {
        max(0, seconden - minuten * 60)
    }

    /// "07:05", or "1:30:00" from an hour on.
    public static func tekst(_ seconden: Int) -> String {
        let s = max(0, seconden)
        func twee(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        if s >= 3600 { return "\(s / 3600):\(twee(s / 60 % 60)):\(twee(s % 60))" }
        return "\(twee(s / 60)):\(twee(s % 60))"
    }

    /// "3 min over" (a started minute counts); nil when within the time.
    public static func overTekst(_ overSeconden: Int) -> String? {
        guard overSeconden > 0 else { return nil }
        return "\((overSeconden + 59) / 60) min over"
    }
}
