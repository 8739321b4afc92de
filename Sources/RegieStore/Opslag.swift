#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Crypto
import Foundation
import RegieDomain

/// A dossier as read from disk, with the fingerprint of the bytes it was read from.
public struct GeladenDossier: Sendable {
    public var dossier: Dossier
    /// SHA-256 of the file; give it back to `bewaar` so a change made elsewhere is noticed.
    public var vingerafdruk: String
    /// Set when the file was damaged and its backup (`.vorige`) was put back in its place:
    /// the message to show, which says so.
    public var teruggezet: OpslagProbleem?

    public init(dossier: Dossier, vingerafdruk: String, teruggezet: OpslagProbleem? = nil) {
        self.dossier = dossier
        self.vingerafdruk = vingerafdruk
        self.teruggezet = teruggezet
    }
}

/// A file the store could not read, and what it did with it.
public struct OpslagProbleem: Sendable, Equatable, CustomStringConvertible {
    public var bestand: String
    public var reden: String
    /// Where it was put aside (relative to the store), if it was.
    public var apart: String?
    /// True when the dossier's backup (`<id>.vorige.json`) was good and put back in place of
    /// the damaged file: the household stays in the list, maybe without its last change.
    public var teruggezet = false

    /// Without a file name it is about the whole store (e.g. locked): the reason alone.
    /// Names the dossier by its id, never by the household's name (messages end up in logs).
    public var description: String {
        if bestand.isEmpty { return reden }
        guard teruggezet else { return OpslagFout.beschadigd(bestand: bestand, reden: reden, apart: apart).melding }
        let id = bestand.hasSuffix(".json") ? String(bestand.dropLast(5)) : bestand
        let waar = apart.map { " Het beschadigde bestand is apart gezet als \($0); er is niets verwijderd." } ?? ""
        return "Dossier \(id) was beschadigd (\(reden)). De vorige bewaarde versie is teruggezet; "
            + "de laatste wijziging kan daardoor ontbreken.\(waar)"
    }
}

public struct Lijst: Sendable {
    public var dossiers: [DossierSamenvatting]
    public var problemen: [OpslagProbleem]
}

public struct VersieInfo: Sendable, Equatable {
    public var id: String
    public var vaststelling: Vaststelling
}

/// The local file store: one file per dossier.
///
/// ```
/// <map>/dossiers/<id>.json          the dossier
/// <map>/dossiers/<id>.vorige.json   the save before (a backup)
/// <map>/dossiers/<id>.slot          lock file for saving
/// <map>/versies/<id>/<versie>.json  plans fixed at an overleg
/// <map>/apart/                      files that could not be read, set aside
/// <map>/index.json                  summaries for fast lists, rebuilt when stale
/// <map>/zoekindex/00 … ff           the search index, rebuilt when stale (see Zoekindex)
/// ```
/// The folder is 0700 and every file 0600. See docs/bestandsformaat.md.
public struct Opslag: Sendable {
    public let map: URL
    public let laag: any Bytelaag
    /// The audit trail, when whoever opened the store switched it on (`metLogboek`).
    public var logboek: Logboek?
    /// Who is recorded in the audit trail as having done what this store does.
    public var gebruiker: String = Logboek.onbekend

    var dossierMap: String { map.appendingPathComponent("dossiers").path }
    var versieMap: String { map.appendingPathComponent("versies").path }
    var apartMap: String { map.appendingPathComponent("apart").path }
    var indexPad: String { map.appendingPathComponent("index.json").path }

    public init(map: URL, laag: any Bytelaag = GeenVersleuteling()) throws(OpslagFout) {
        self.map = map
        self.laag = laag
        try Bestanden.maakPriveMap(map.path)
        try Bestanden.maakPriveMap(dossierMap)
    }

    /// Where the store is: `--data`, else `REGIE_DATA`, else `$XDG_DATA_HOME/regie`,
    /// else `~/.local/share/regie`.
    public static func standaardMap(argument: String?, omgeving: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        if let argument, !argument.isEmpty { return URL(fileURLWithPath: argument) }
        if let r = omgeving["REGIE_DATA"], !r.isEmpty { return URL(fileURLWithPath: r) }
        if let x = omgeving["XDG_DATA_HOME"], x.hasPrefix("/") { return URL(fileURLWithPath: x).appendingPathComponent("regie") }
        let home = omgeving["HOME"] ?? NSHomeDirectory()
        return URL(fileURLWithPath: home).appendingPathComponent(".local/share/regie")
    }

    static let vergrendeldMelding = "De gegevens zijn vergrendeld: ontgrendel ze eerst met het wachtwoord."
    static let intussenVersleuteldMelding = "De gegevens zijn intussen versleuteld (in een ander venster). Er is niets gelezen "
        + "of bewaard: sluit Regie en start het opnieuw, met het wachtwoord."

    /// Why the store cannot read or write with its layer now, or nil. A plain layer on a
    /// folder that has a key by now (encrypted from another window while this one was
    /// open) would take every sealed file for damaged, and write names in plain text.
    func laagProbleem() -> String? {
        guard laag.isBruikbaar else { return Self.vergrendeldMelding }
        if !laag.isVersleuteld, Bestanden.bestaat(map.appendingPathComponent(Kluis.sleutelNaam).path) {
            return Self.intussenVersleuteldMelding
        }
        return nil
    }

    func pad(_ id: String) -> String { "\(dossierMap)/\(id).json" }
    func vorigePad(_ id: String) -> String { "\(dossierMap)/\(id).vorige.json" }
    func slotPad(_ id: String) -> String { "\(dossierMap)/\(id).slot" }

    static func vingerafdruk(_ data: Data) -> String {
        SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
    }

    // MARK: Reading

    public func bestaat(_ id: String) -> Bool { Sleutel.isGeldig(id) && Bestanden.bestaat(pad(id)) }

    /// Reads a dossier. A file that is not a valid dossier is set aside (never deleted)
    /// and the error says where.
    ///
    /// When the file is damaged but its backup (`.vorige`) is a good dossier, the backup is
    /// put back in its place and returned, with `teruggezet` saying so.
    ///
    /// Opening a dossier also brings its line in the index up to date (`verversIndex`; off
    /// when many dossiers are read in a row, as a search does).
    public func laad(_ id: String, verversIndex: Bool = true) throws(OpslagFout) -> GeladenDossier {
        guard Sleutel.isGeldig(id) else { throw .ongeldigeId(id) }
        // A locked layer opens nothing: that says nothing about the file, so it is not set aside.
        if let probleem = laagProbleem() { throw .io(probleem) }
        let uitkomst: Result<Gelezen, Leesfout>
        do {
            let (ruw, stempel) = try Bestanden.leesMetStempel(pad(id))
            do throws(Leesfout) {
                uitkomst = .success(Gelezen(dossier: try leesDossier(ruw, verwachteId: id), ruw: ruw, stempel: stempel))
            } catch {
                uitkomst = .failure(error)
            }
        } catch .nietGevonden {
            throw .nietGevonden("dossier \(id)")
        } catch .onleesbaar(let reden) {
            uitkomst = .failure(Leesfout(reden))
        }
        let gelezen: Gelezen
        switch uitkomst {
        case .success(let g): gelezen = g
        case .failure(let f): gelezen = try behandelBeschadigd(id, reden: f.reden).get()
        }
        noteer(.geopend, dossier: id)
        if verversIndex { verversIndexregel(gelezen, id: id) }
        return GeladenDossier(dossier: gelezen.dossier, vingerafdruk: Self.vingerafdruk(gelezen.ruw), teruggezet: gelezen.teruggezet)
    }

    /// A dossier as read: its bytes and the stamp of the file they came from.
    struct Gelezen {
        var dossier: Dossier
        var ruw: Data
        var stempel: Bestandsstempel
        /// Set when the backup was put back (see `behandelBeschadigd`).
        var teruggezet: OpslagProbleem?
    }

    /// After dossier `id` could not be read (for `reden`): when its backup `<id>.vorige.json`
    /// is a good dossier of the same id, the damaged file is set aside and the backup put
    /// back in its place (under the save lock), and that is returned with a message saying
    /// so. Otherwise the damaged file is set aside as always and the error says where.
    func behandelBeschadigd(_ id: String, reden: String) -> Result<Gelezen, OpslagFout> {
        let naam = "\(id).json"
        guard let vorigeRuw = try? Bestanden.lees(vorigePad(id)), let vorige = try? leesDossier(vorigeRuw, verwachteId: id),
              let slot = try? Slot.neem(slotPad(id)) else {
            return .failure(zetApart(naam: naam, reden: reden))
        }
        defer { slot.geefVrij() }
        // Another program may have saved it between the failed read and the lock.
        if let (ruw, stempel) = try? Bestanden.leesMetStempel(pad(id)), let d = try? leesDossier(ruw, verwachteId: id) {
            return .success(Gelezen(dossier: d, ruw: ruw, stempel: stempel))
        }
        guard let apart = zetApart(bron: pad(id), naam: naam) else {
            // Never overwritten: without a place aside, the damaged file stays where it is.
            return .failure(.beschadigd(bestand: naam, reden: reden, apart: nil))
        }
        do {
            try Bestanden.schrijfAtomisch(vorigeRuw, naar: pad(id))
        } catch {
            return .failure(.beschadigd(bestand: naam, reden: "\(reden); de vorige versie kon niet worden teruggezet (\(error.melding))",
                                        apart: apart))
        }
        guard let stempel = Bestanden.stempel(pad(id)) else {
            return .failure(.beschadigd(bestand: naam, reden: reden, apart: apart))
        }
        let probleem = OpslagProbleem(bestand: naam, reden: reden, apart: apart, teruggezet: true)
        return .success(Gelezen(dossier: vorige, ruw: vorigeRuw, stempel: stempel, teruggezet: probleem))
    }

    func leesDossier(_ ruw: Data, verwachteId: String) throws(Leesfout) -> Dossier {
        let data: Data
        do { data = try laag.open(ruw) } catch { throw Leesfout((error as? KluisFout)?.reden ?? "het kan niet worden geopend") }
        let (dossier, _) = try Formaat.decodeer(data)
        guard dossier.id == verwachteId else {
            throw Leesfout("de id in het bestand (\(dossier.id)) past niet bij de bestandsnaam")
        }
        return dossier
    }

    /// Moves a dossier file aside to `apart/` and returns the error to show.
    func zetApart(naam: String, reden: String) -> OpslagFout {
        let apart = zetApart(bron: "\(dossierMap)/\(naam)", naam: naam)
        return .beschadigd(bestand: naam, reden: reden, apart: apart)
    }

    func zetApart(bron: String, naam: String) -> String? {
        guard (try? Bestanden.maakPriveMap(apartMap)) != nil else { return nil }
        let stempel = Self.tijdstempel(Date())
        var doel = "\(apartMap)/\(naam).\(stempel)"
        var n = 1
        while Bestanden.bestaat(doel) { n += 1; doel = "\(apartMap)/\(naam).\(stempel)-\(n)" }
        guard rename(bron, doel) == 0 else { return nil }
        try? Bestanden.fsyncMap(dossierMap)
        try? Bestanden.fsyncMap(apartMap)
        return "apart/" + (doel as NSString).lastPathComponent
    }

    static func tijdstempel(_ d: Date) -> String {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = TimeZone(identifier: "UTC")
        f.dateFormat = "yyyyMMdd'T'HHmmss'Z'"
        return f.string(from: d)
    }

    // MARK: Writing

    /// Saves a dossier atomically and keeps the previous save as a backup.
    ///
    /// - Parameter verwacht: the fingerprint the dossier was loaded with, or nil for a
    ///   new dossier. When the file on disk no longer has that fingerprint (someone else
    ///   saved it), nothing is written and `.gewijzigdOpSchijf` is thrown.
    /// - Parameter onderdelen: the changed sections for the audit trail (`Onderdelen.gewijzigd`
    ///   against the last save; cheap in memory, while decoding the old file here is not).
    /// - Returns: the new fingerprint.
    @discardableResult
    public func bewaar(_ dossier: Dossier, verwacht: String?, onderdelen: [String] = []) throws(OpslagFout) -> String {
        guard Sleutel.isGeldig(dossier.id) else { throw .ongeldigeId(dossier.id) }
        if let probleem = laagProbleem() { throw .io(probleem) }
        let problemen = dossier.problemen()
        guard problemen.isEmpty else { throw .io("Het dossier kan zo niet worden bewaard: \(problemen.joined(separator: "; ")).") }
        let data: Data
        do {
            data = try laag.verzegel(Formaat.codeer(dossier))
        } catch {
            throw .io("Het dossier kan niet worden omgezet om te bewaren.")
        }
        // What is written must be readable again: the bytes as they go to disk, under the one limit.
        guard data.count <= Bestanden.maximaleGrootte else { throw .io(Self.teGrootMelding(data.count)) }
        let slot = try Slot.neem(slotPad(dossier.id))
        defer { slot.geefVrij() }
        let huidig: Data?
        do {
            huidig = try Bestanden.lees(pad(dossier.id))
        } catch .nietGevonden {
            huidig = nil
        } catch .onleesbaar(let reden) {
            throw zetApart(naam: "\(dossier.id).json", reden: reden)
        }
        switch (verwacht, huidig) {
        case (nil, .some): throw .bestaatAl("dossier \(dossier.id)")
        case (.some, nil): throw .gewijzigdOpSchijf(dossier.id)
        case (let v?, let h?) where Self.vingerafdruk(h) != v: throw .gewijzigdOpSchijf(dossier.id)
        default: break
        }
        try Bestanden.schrijfAtomisch(data, naar: pad(dossier.id), vorige: vorigePad(dossier.id))
        noteer(huidig == nil ? .aangemaakt : .gewijzigd, dossier: dossier.id, onderdelen: huidig == nil ? [] : onderdelen)
        // Still under the lock: no other save of this dossier comes between the file and its entry.
        werkZoekindexBij(dossier)
        return Self.vingerafdruk(data)
    }

    /// Why a file of `grootte` bytes is not written (see `Bestanden.maximaleGrootte`).
    static func teGrootMelding(_ grootte: Int, wat: String = "Het dossier") -> String {
        "\(wat) is te groot om te bewaren: als bestand wordt het \(Bestanden.megabytes(grootte)), en de grens is "
            + "\(Bestanden.grensTekst). Er is niets bewaard; wat er al stond, is niet veranderd. Maak lange teksten korter "
            + "en bewaar opnieuw."
    }

    /// The size limit of every file the store writes and reads, in bytes.
    public static var maximaleGrootte: Int { Bestanden.maximaleGrootte }

    /// Adds a dossier that must not exist yet.
    @discardableResult
    public func voegToe(_ dossier: Dossier) throws(OpslagFout) -> String {
        try bewaar(dossier, verwacht: nil)
    }

    /// The backup: the save before the last one.
    public func laadVorige(_ id: String) throws(OpslagFout) -> Dossier {
        guard Sleutel.isGeldig(id) else { throw .ongeldigeId(id) }
        let ruw = try Bestanden.lees(vorigePad(id))
        do { return try leesDossier(ruw, verwachteId: id) } catch {
            throw .beschadigd(bestand: "\(id).vorige.json", reden: error.reden, apart: nil)
        }
    }

    // MARK: Versions

    /// Fixes the plan as a version ("vastgesteld"), e.g. at the end of an overleg.
    /// Versions are never overwritten.
    @discardableResult
    public func stelVast(_ dossier: Dossier, op datum: Datum, overleg: String? = nil, aanwezigen: [String] = [],
                         nu: Date = Date()) throws(OpslagFout) -> VersieInfo {
        guard Sleutel.isGeldig(dossier.id) else { throw .ongeldigeId(dossier.id) }
        if let probleem = laagProbleem() { throw .io(probleem) }
        let map = "\(versieMap)/\(dossier.id)"
        try Bestanden.maakPriveMap(versieMap)
        try Bestanden.maakPriveMap(map)
        let iso = ISO8601DateFormatter().string(from: nu)
        let v = Vaststelling(datum: datum, tijdstip: iso, overleg: overleg, aanwezigen: aanwezigen)
        let data: Data
        do { data = try laag.verzegel(Formaat.codeer(versie: dossier, v)) } catch {
            throw .io("De versie kan niet worden omgezet om te bewaren.")
        }
        guard data.count <= Bestanden.maximaleGrootte else { throw .io(Self.teGrootMelding(data.count, wat: "De versie")) }
        var id = "\(datum.iso)_\(Self.tijdstempel(nu))"
        var n = 1
        while true {
            do {
                try Bestanden.schrijfNieuwHeel(data, naar: "\(map)/\(id).json")
                break
            } catch .bestaatAl {
                n += 1
                id = "\(datum.iso)_\(Self.tijdstempel(nu))-\(n)"
            }
        }
        try Bestanden.fsyncMap(map)
        noteer(.vastgesteld, dossier: dossier.id, versie: id)
        return VersieInfo(id: id, vaststelling: v)
    }

    /// The ids of every version file of a dossier, readable or not, oldest first: sorted
    /// with numbers as numbers, "…Z" < "…Z-2" < "…Z-10" (versions fixed in the same second).
    /// Cheap: only the names are read.
    public func versieIds(_ id: String) -> [String] {
        guard Sleutel.isGeldig(id) else { return [] }
        let vids = Bestanden.namen(in: "\(versieMap)/\(id)").filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }.map { String($0.dropLast(5)) }
        return vids.sorted { $0.compare($1, options: [.numeric, .literal]) == .orderedAscending }
    }

    /// The fixed versions of a dossier, oldest first. Unreadable ones are skipped (compare
    /// with `versieIds` to list them).
    public func versies(_ id: String) -> [VersieInfo] {
        versieIds(id).compactMap { vid in
            guard let (_, v) = try? leesVersie(id, vid), let v else { return nil }
            return VersieInfo(id: vid, vaststelling: v)
        }
    }

    public func laadVersie(_ id: String, _ versie: String) throws(OpslagFout) -> Dossier {
        guard Sleutel.isGeldig(id), !versie.contains("/"), !versie.hasPrefix(".") else { throw .ongeldigeId(versie) }
        return try leesVersie(id, versie).0
    }

    func leesVersie(_ id: String, _ versie: String) throws(OpslagFout) -> (Dossier, Vaststelling?) {
        let naam = "\(versieMap)/\(id)/\(versie).json"
        let ruw = try Bestanden.lees(naam)
        do throws(Leesfout) {
            let data: Data
            do { data = try laag.open(ruw) } catch { throw Leesfout((error as? KluisFout)?.reden ?? "het kan niet worden geopend") }
            return try Formaat.decodeer(data, soort: Formaat.soortVersie)
        } catch {
            throw .beschadigd(bestand: "versies/\(id)/\(versie).json", reden: error.reden, apart: nil)
        }
    }
}
