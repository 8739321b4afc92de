import RegieDomain
import RegieStore

/// A dossier being worked on: what is on screen, what is on disk, and the undo history.
///
/// Every change is kept in memory at once and saved after a short pause (`autosave`), when
/// leaving a field, and on Ctrl-S; a save that would overwrite someone else's change is
/// refused by the store, and then nothing more is saved until the user decides.
public struct OpenDossier {
    public private(set) var dossier: Dossier
    /// The fingerprint of the file as last read or written.
    public private(set) var vingerafdruk: String?
    /// The dossier as it is on disk.
    public private(set) var bewaard: Dossier
    /// Set when the file changed elsewhere: saving stops so nothing is overwritten.
    public private(set) var conflict: String?
    public var heeftWijzigingen: Bool { dossier != bewaard }

    private var terug: [Stap] = []
    private var vooruit: [Stap] = []
    static let maxStappen = 500

    private struct Stap {
        var dossier: Dossier
        var wijziging: String?
    }

    public init(_ geladen: GeladenDossier) {
        dossier = geladen.dossier
        bewaard = geladen.dossier
        vingerafdruk = geladen.vingerafdruk
    }

    /// A new dossier that is not on disk yet.
    public init(nieuw dossier: Dossier) {
        self.dossier = dossier
        bewaard = dossier
        vingerafdruk = nil
    }

    public var kanTerug: Bool { !terug.isEmpty }
    public var kanVooruit: Bool { !vooruit.isEmpty }

    /// Takes a change made by a screen. A change with the same `wijziging` as the one
    /// before (typing on in one field) joins it, so one undo takes it all back.
    public mutating func verander(naar nieuw: Dossier, wijziging: String?, vandaag: Datum) {
        guard nieuw != dossier else { return }
        var nieuw = nieuw
        nieuw.noteerWijzigingVeiligheidsplan(sinds: dossier, vandaag: vandaag)
        nieuw.noteerDoelstatus(sinds: dossier, vandaag: vandaag)
        if let wijziging, let laatste = terug.last, laatste.wijziging == wijziging, vooruit.isEmpty {
            // same run of typing: the undo point stays where the run began
        } else {
            terug.append(Stap(dossier: dossier, wijziging: wijziging))
            if terug.count > Self.maxStappen { terug.removeFirst(terug.count - Self.maxStappen) }
        }
        vooruit.removeAll()
        dossier = nieuw
    }

    /// Ends a run of typing: the next change gets its own undo point.
    public mutating func sluitWijziging() {
        if let i = terug.indices.last { terug[i].wijziging = nil }
    }

    public mutating func ongedaanMaken() -> Bool {
        guard let stap = terug.popLast() else { return false }
        vooruit.append(Stap(dossier: dossier, wijziging: nil))
        dossier = stap.dossier
        return true
    }

    public mutating func opnieuw() -> Bool {
        guard let stap = vooruit.popLast() else { return false }
        terug.append(Stap(dossier: dossier, wijziging: nil))
        dossier = stap.dossier
        return true
    }

    /// The dossier as it was handed to the store by a save that has not come back yet.
    /// Changes made meanwhile stay changes (`heeftWijzigingen`) and are saved after it.
    public private(set) var wordtBewaard: Dossier?

    /// What to save now: the dossier as it is, with the fingerprint the file must still
    /// have (nil for a new file) and the sections changed since the last save (for the
    /// audit trail). Nil when nothing changed, after a conflict, or while a save runs
    /// (the next one starts when it comes back, with the new fingerprint).
    public mutating func bewaarWerk() -> Werk.Soort? {
        guard conflict == nil, wordtBewaard == nil else { return nil }
        guard heeftWijzigingen || vingerafdruk == nil else { return nil }
        let onderdelen = vingerafdruk == nil ? [] : Onderdelen.gewijzigd(van: bewaard, naar: dossier)
        wordtBewaard = dossier
        return .bewaar(dossier, verwacht: vingerafdruk, onderdelen: onderdelen)
    }

    /// The store's answer to `bewaarWerk`: `kopie` is the dossier as it was sent.
    /// - Returns: a Dutch message when saving failed; nil when saved.
    public mutating func bewaard(_ kopie: Dossier, _ uitkomst: Result<String, OpslagFout>) -> String? {
        guard kopie.id == dossier.id else { return nil }
        wordtBewaard = nil
        switch uitkomst {
        case .success(let v):
            vingerafdruk = v
            bewaard = kopie
            return nil
        case .failure(.gewijzigdOpSchijf):
            conflict = "Dit dossier is intussen in een ander venster gewijzigd. Er is niets overschreven en er wordt niet meer "
                + "bewaard; uw wijzigingen staan nog op het scherm."
            return conflict
        case .failure(let fout):
            return fout.melding
        }
    }

    /// The dossier as it is on disk, read again after a conflict: the changes on screen are dropped.
    public mutating func herladen(_ geladen: GeladenDossier) {
        self = OpenDossier(geladen)
    }

    /// What to save as a new dossier after a conflict: what is on screen, with a new id and name.
    public func kopie(vandaag: Datum) -> Dossier {
        var kopie = dossier
        kopie.id = Sleutel.nieuw()
        kopie.naam = "\(dossier.naam) (kopie \(vandaag.tekst))"
        return kopie
    }
}
