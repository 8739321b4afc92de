#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Crypto
import Foundation

/// How a store folder stands with encryption at rest.
public enum Versleutelingsstand: Equatable, Sendable {
    /// Nothing there yet: ask for a passphrase (or an explicit choice to run unencrypted).
    case nieuw
    /// A key file: every file is sealed; open with the passphrase.
    case versleuteld
    /// The user chose to run without encryption (`onversleuteld.txt`).
    case onversleuteld
    /// Files from before encryption existed, and no choice made yet: encrypt them.
    case teVersleutelen
    /// Sealed files, but no key file: it was deleted or lost. Nothing may be opened, set
    /// aside or given a new key until the key file is put back.
    case sleutelKwijt
}

/// Encryption at rest for a store folder: the key file, the passphrase, the choice to run
/// unencrypted, and encrypting an existing store in place.
///
/// A passphrase key (scrypt, random salt per store) unlocks a random 32-byte data key; the
/// data key seals the files (`VersleuteldeLaag`). Changing the passphrase only rewraps the
/// data key, so no other file is rewritten.
public enum Kluis {
    static let sleutelNaam = "sleutel.json"
    static let onversleuteldNaam = "onversleuteld.txt"
    static let bezigNaam = "versleutelen.bezig"
    static let sleutelSlotNaam = "sleutel.slot"

    /// The one-line warning the `regie` command shows on every use of an unencrypted store.
    public static let onversleuteldWaarschuwing =
        "Let op: deze gegevens staan onversleuteld op schijf. Versleutel ze met 'regie versleuteling instellen'."

    static func pad(_ map: URL, _ naam: String) -> String { map.appendingPathComponent(naam).path }

    public static func stand(map: URL) -> Versleutelingsstand {
        if Bestanden.bestaat(pad(map, sleutelNaam)) { return .versleuteld }
        if heeftVerzegeldeBestanden(map) { return .sleutelKwijt }
        if Bestanden.bestaat(pad(map, onversleuteldNaam)) { return .onversleuteld }
        return Migratie.heeftGegevens(map) ? .teVersleutelen : .nieuw
    }

    /// Where the key file is (or belongs).
    public static func sleutelPad(map: URL) -> String { pad(map, sleutelNaam) }

    /// True when anything in the store was sealed (or an encryption was under way): the
    /// dossiers and their backups, the index, the versions, the audit trail and its head.
    /// Only the first bytes of each file are read. Files set aside in `apart/` do not count:
    /// anything may end up there.
    static func heeftVerzegeldeBestanden(_ map: URL) -> Bool {
        let wortel = map.path
        if Bestanden.bestaat(pad(map, bezigNaam)) { return true }
        var paden = [wortel + "/index.json", wortel + "/logboek.kop"]
        paden += Migratie.zichtbaar(wortel + "/dossiers").filter { $0.hasSuffix(".json") }.map { wortel + "/dossiers/" + $0 }
        for id in Migratie.zichtbaar(wortel + "/versies") {
            paden += Migratie.zichtbaar(wortel + "/versies/" + id).filter { $0.hasSuffix(".json") }.map { wortel + "/versies/\(id)/" + $0 }
        }
        if paden.contains(where: { VersleuteldeLaag.isVerzegeld(begin($0, VersleuteldeLaag.kop.count)) }) { return true }
        // The trail: base64 of a sealed entry per line.
        let eerste = begin(wortel + "/logboek", 64).prefix { $0 != 0x0A }
        if eerste.count >= 8, let ruw = Data(base64Encoded: Data(eerste.prefix(8))), VersleuteldeLaag.isVerzegeld(ruw) { return true }
        return false
    }

    /// Refuses a data key that opens none of the store's sealed files (a key file of another
    /// store, or of an older key, put back): with it every dossier would look damaged and be
    /// set aside. A few small files are tried first (the trail's head, the index), so one
    /// damaged dossier does not count as a wrong key.
    static func controleerPast(_ map: URL, _ laag: VersleuteldeLaag) throws(KluisFout) {
        let wortel = map.path
        var paden = [wortel + "/logboek.kop", wortel + "/index.json"]
        paden += Migratie.zichtbaar(wortel + "/dossiers").filter { $0.hasSuffix(".json") }.sorted().map { wortel + "/dossiers/" + $0 }
        var geprobeerd = 0
        for pad in paden where VersleuteldeLaag.isVerzegeld(begin(pad, VersleuteldeLaag.kop.count)) {
            guard let data = try? Bestanden.lees(pad) else { continue }
            do {
                _ = try laag.open(data)
                return
            } catch KluisFout.onbekendeVersie {
                return   // a newer format says nothing about the key
            } catch {
                geprobeerd += 1
            }
            if geprobeerd >= 5 { break }
        }
        if geprobeerd > 0 { throw .sleutelPastNiet(pad: pad(map, sleutelNaam)) }
    }

    /// The first `n` bytes of a regular file (fewer when it is shorter; none when it cannot be read).
    static func begin(_ pad: String, _ n: Int) -> Data { eersteBytes(pad, n) }

    /// The key file, read and checked; a missing one while sealed files exist is `.sleutelKwijt`.
    static func leesSleutel(_ map: URL) throws(KluisFout) -> Sleutelbestand {
        do {
            return try Sleutelbestand.lees(pad(map, sleutelNaam))
        } catch .geenSleutel {
            throw heeftVerzegeldeBestanden(map) ? .sleutelKwijt(pad: pad(map, sleutelNaam)) : .geenSleutel
        }
    }

    /// What stands in the way of opening the store with a passphrase, found without one: a
    /// missing or damaged key file. nil when the key file is sound, or the store has none
    /// and needs none.
    public static func sleutelProbleem(map: URL) -> KluisFout? {
        do {
            _ = try leesSleutel(map)
            return nil
        } catch .geenSleutel {
            return nil
        } catch {
            return error
        }
    }

    /// True when the key file holds a wrapping under a recovery code.
    public static func heeftHerstelcode(map: URL) -> Bool {
        (try? Sleutelbestand.lees(pad(map, sleutelNaam)))?.herstel != nil
    }

    /// True while an encryption of existing files has not finished; `open` finishes it.
    public static func isVersleutelenBezig(map: URL) -> Bool { Bestanden.bestaat(pad(map, bezigNaam)) }

    /// The scrypt settings in the key file, or nil without one.
    public static func kosten(map: URL) -> Scryptkosten? {
        try? Sleutelbestand.lees(pad(map, sleutelNaam)).kosten
    }

    /// Encrypts the store: makes a data key, seals it with the passphrase in `sleutel.json`,
    /// and seals every existing file in place (each atomically). Interrupted, the next
    /// `open` finishes the work; nothing is lost.
    /// `door`: who did it, for the audit trail.
    /// `herstelcode`: also wraps the data key under this recovery code (see `Herstelcode`).
    public static func maak(map: URL, wachtwoord: String, kosten: Scryptkosten = .standaard, herstelcode: Herstelcode? = nil,
                            door: String? = nil) throws(KluisFout) -> VersleuteldeLaag {
        try maak(map: map, wachtwoord: wachtwoord, kosten: kosten, herstelcode: herstelcode, door: door, naBestand: nil)
    }

    /// `naBestand` is called after each sealed file with the count so far (tests stop the work there).
    static func maak(map: URL, wachtwoord: String, kosten: Scryptkosten, herstelcode: Herstelcode? = nil, door: String?,
                     naBestand: ((Int) throws(KluisFout) -> Void)?) throws(KluisFout) -> VersleuteldeLaag {
        guard Array(wachtwoord).count >= Wachtwoordsterkte.minimaleLengte else { throw .teKort }
        switch stand(map: map) {
        case .versleuteld: throw .alVersleuteld
        // Never a new key over files sealed with a key that is not there: they would all
        // look damaged and be set aside.
        case .sleutelKwijt: throw .sleutelKwijt(pad: pad(map, sleutelNaam))
        case .nieuw, .onversleuteld, .teVersleutelen: break
        }
        try io { () throws(OpslagFout) in
            try Bestanden.maakPriveMap(map.path)
            // First the mark that the work is under way, then the key: whoever finds the key
            // also finds the mark, so no unsealed file is ever taken for a damaged one.
            try Bestanden.schrijfAtomisch(Data(bezigTekst.utf8), naar: pad(map, bezigNaam))
        }
        let dataSleutel = SymmetricKey(size: .bits256)
        var bestand = try Sleutelbestand.maak(dataSleutel, wachtwoord: wachtwoord, kosten: kosten)
        if let herstelcode { try bestand.zetHerstelcode(dataSleutel, herstelcode) }
        do {
            try Bestanden.schrijfNieuwHeel(bestand.codeer(), naar: pad(map, sleutelNaam))
            try Bestanden.fsyncMap(map.path)
        } catch .bestaatAl {
            throw .alVersleuteld
        } catch {
            throw .io(error.melding)
        }
        let laag = VersleuteldeLaag(sleutel: dataSleutel)
        let hadLogboek = Migratie.isLogboekOnversleuteld(map)
        try Migratie.versleutel(map: map, laag: laag, door: door, naBestand: naBestand)
        try rondAf(map)
        if !hadLogboek { noteer(.versleuteld, map: map, laag: laag, door: door) }
        return laag
    }

    /// Unlocks the store with the passphrase. A wrong one throws `.verkeerdWachtwoord` and
    /// changes nothing. An interrupted encryption of existing files is finished first.
    public static func open(map: URL, wachtwoord: String) throws(KluisFout) -> VersleuteldeLaag {
        let bestand = try leesSleutel(map)
        let laag = VersleuteldeLaag(sleutel: try bestand.ontgrendel(wachtwoord))
        try controleerPast(map, laag)
        if isVersleutelenBezig(map: map) {
            try Migratie.versleutel(map: map, laag: laag, door: nil, naBestand: nil)
            try rondAf(map)
        }
        return laag
    }

    /// A new passphrase: only the key file is rewritten (atomically), with a new salt.
    /// The recovery code and the trail's anchor are kept.
    public static func wijzigWachtwoord(map: URL, oud: String, nieuw: String, kosten: Scryptkosten = .standaard,
                                        door: String? = nil) throws(KluisFout) {
        guard Array(nieuw).count >= Wachtwoordsterkte.minimaleLengte else { throw .teKort }
        let dataSleutel = try werkBij(map) { (bestand: inout Sleutelbestand) throws(KluisFout) -> SymmetricKey in
            let dataSleutel = try bestand.ontgrendel(oud)
            try bestand.zetWachtwoord(dataSleutel, wachtwoord: nieuw, kosten: kosten)
            return dataSleutel
        }
        noteer(.wachtwoordGewijzigd, map: map, laag: VersleuteldeLaag(sleutel: dataSleutel), door: door)
    }

    /// A forgotten passphrase: the recovery code unlocks the data key, which is wrapped under
    /// the new passphrase. Only the key file changes; the recovery code stays valid.
    public static func herstel(map: URL, herstelcode: Herstelcode, nieuw: String, kosten: Scryptkosten = .standaard,
                               door: String? = nil) throws(KluisFout) {
        guard Array(nieuw).count >= Wachtwoordsterkte.minimaleLengte else { throw .teKort }
        let dataSleutel = try werkBij(map) { (bestand: inout Sleutelbestand) throws(KluisFout) -> SymmetricKey in
            let dataSleutel = try bestand.ontgrendel(herstelcode: herstelcode)
            try bestand.zetWachtwoord(dataSleutel, wachtwoord: nieuw, kosten: kosten)
            return dataSleutel
        }
        noteer(.wachtwoordHersteld, map: map, laag: VersleuteldeLaag(sleutel: dataSleutel), door: door)
    }

    /// Checks the passphrase without opening anything else (no unfinished encryption is resumed).
    public static func controleerWachtwoord(map: URL, wachtwoord: String) throws(KluisFout) {
        _ = try leesSleutel(map).ontgrendel(wachtwoord)
    }

    /// Checks a recovery code without changing anything.
    public static func controleerHerstelcode(map: URL, herstelcode: Herstelcode) throws(KluisFout) {
        _ = try leesSleutel(map).ontgrendel(herstelcode: herstelcode)
    }

    /// A new recovery code (the passphrase is needed); an earlier code stops working.
    public static func maakHerstelcode(map: URL, wachtwoord: String, herstelcode: Herstelcode, door: String? = nil) throws(KluisFout) {
        let dataSleutel = try werkBij(map) { (bestand: inout Sleutelbestand) throws(KluisFout) -> SymmetricKey in
            let dataSleutel = try bestand.ontgrendel(wachtwoord)
            try bestand.zetHerstelcode(dataSleutel, herstelcode)
            return dataSleutel
        }
        noteer(.herstelcodeGemaakt, map: map, laag: VersleuteldeLaag(sleutel: dataSleutel), door: door)
    }

    /// Writes a copy of the key file to `doel` (0600; an existing file only with `overschrijf`).
    /// The copy alone opens nothing: the passphrase or the recovery code is still needed.
    public static func bewaarSleutel(map: URL, naar doel: String, overschrijf: Bool) throws(KluisFout) {
        _ = try leesSleutel(map)   // never a copy of a damaged file
        let data: Data
        do { data = try Bestanden.lees(pad(map, sleutelNaam)) } catch { throw .io(error.melding) }
        do {
            if overschrijf {
                try Bestanden.schrijfAtomisch(data, naar: doel)
            } else {
                try Bestanden.schrijfNieuwHeel(data, naar: doel)
            }
        } catch .bestaatAl {
            throw .io("Het bestand \(doel) bestaat al. Er is niets overschreven; kies een andere naam of geef --overschrijf.")
        } catch {
            throw .io(error.melding)
        }
    }

    /// Changes the key file under its lock (so two programs never undo each other's change)
    /// and writes it atomically.
    static func werkBij<T>(_ map: URL, _ wijzig: (inout Sleutelbestand) throws(KluisFout) -> T) throws(KluisFout) -> T {
        let slot: Slot
        do { slot = try Slot.neem(pad(map, sleutelSlotNaam)) } catch { throw .io(error.melding) }
        defer { slot.geefVrij() }
        var bestand = try leesSleutel(map)
        let uitkomst = try wijzig(&bestand)
        try io { () throws(OpslagFout) in try Bestanden.schrijfAtomisch(bestand.codeer(), naar: pad(map, sleutelNaam)) }
        return uitkomst
    }

    // MARK: The audit trail's anchor

    enum Anker: Equatable {
        /// No key file, or one without an anchor (older, or no entry yet).
        case geen
        case kop(Logbestand.Kop)
        /// There, but it does not open with this key: changed.
        case onleesbaar
    }

    /// The trail's count and last hash as kept in the key file.
    static func leesAnker(map: URL, laag: VersleuteldeLaag) -> Anker {
        guard let bestand = try? Sleutelbestand.lees(pad(map, sleutelNaam)), let tekst = bestand.logboekanker else { return .geen }
        guard let dicht = Data(base64Encoded: tekst), let open = try? laag.open(dicht),
              let kop = try? JSONDecoder().decode(Logbestand.Kop.self, from: open) else { return .onleesbaar }
        return .kop(kop)
    }

    /// Stores the trail's count and last hash, sealed, in the key file (called under the
    /// trail's lock, after the line and the head are written). A failure only means the
    /// anchor lags; the check allows an anchor behind the trail.
    static func schrijfAnker(map: URL, laag: VersleuteldeLaag, _ kop: Logbestand.Kop) {
        guard let json = try? JSONEncoder().encode(kop), let dicht = try? laag.verzegel(json) else { return }
        _ = try? werkBij(map) { (bestand: inout Sleutelbestand) throws(KluisFout) in bestand.logboekanker = dicht.base64EncodedString() }
    }

    /// An entry in the audit trail; a failure there does not undo what was done.
    static func noteer(_ soort: Logsoort, map: URL, laag: VersleuteldeLaag, door: String?) {
        _ = try? Logboek(map: map, laag: laag, sleutel: laag.afgeleideSleutel(doel: Logboek.sleuteldoel)).noteer(soort, door: door)
    }

    /// Records the explicit choice to run without encryption (`onversleuteld.txt`). Refused
    /// for an encrypted store: decrypting is not offered.
    public static func kiesOnversleuteld(map: URL) throws(KluisFout) {
        switch stand(map: map) {
        case .versleuteld: throw .alVersleuteld
        case .sleutelKwijt: throw .sleutelKwijt(pad: pad(map, sleutelNaam))
        case .nieuw, .onversleuteld, .teVersleutelen: break
        }
        try io { () throws(OpslagFout) in
            try Bestanden.maakPriveMap(map.path)
            try Bestanden.schrijfAtomisch(Data(onversleuteldTekst.utf8), naar: pad(map, onversleuteldNaam))
        }
    }

    public static func sterkte(_ wachtwoord: String) -> Wachtwoordsterkte {
        Wachtwoordsterkte.beoordeel(wachtwoord)
    }

    /// The work is done: remove the marks.
    static func rondAf(_ map: URL) throws(KluisFout) {
        unlink(pad(map, bezigNaam))
        unlink(pad(map, onversleuteldNaam))
        try io { () throws(OpslagFout) in try Bestanden.fsyncMap(map.path) }
    }

    static func io(_ blok: () throws(OpslagFout) -> Void) throws(KluisFout) {
        do { try blok() } catch { throw .io(error.melding) }
    }

    static let bezigTekst = """
        Regie is bezig de bestanden in deze map te versleutelen. Als dit bestand blijft staan,
        is dat onderbroken; de volgende keer dat Regie de map opent met het wachtwoord, maakt
        het dit af. Verwijder dit bestand niet.

        """

    static let onversleuteldTekst = """
        Deze map met gegevens van Regie is bewust NIET versleuteld.
        Iedereen die bij de bestanden kan, kan de gegevens van de huishoudens lezen.
        Versleutel de map met: regie versleuteling instellen

        """
}

/// At file level: inside `Kluis`, `open` names `Kluis.open`.
private func eersteBytes(_ pad: String, _ n: Int) -> Data {
    let fd = open(pad, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK)
    guard fd >= 0 else { return Data() }
    defer { close(fd) }
    var st = stat()
    guard fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG else { return Data() }
    var buf = [UInt8](repeating: 0, count: n)
    let gelezen = read(fd, &buf, n)
    return gelezen > 0 ? Data(buf[0..<gelezen]) : Data()
}
