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

    /// The one-line warning the `regie` command shows on every use of an unencrypted store.
    public static let onversleuteldWaarschuwing =
        "Let op: deze gegevens staan onversleuteld op schijf. Versleutel ze met 'regie versleuteling instellen'."

    static func pad(_ map: URL, _ naam: String) -> String { map.appendingPathComponent(naam).path }

    public static func stand(map: URL) -> Versleutelingsstand {
        if Bestanden.bestaat(pad(map, sleutelNaam)) { return .versleuteld }
        if Bestanden.bestaat(pad(map, onversleuteldNaam)) { return .onversleuteld }
        return Migratie.heeftGegevens(map) ? .teVersleutelen : .nieuw
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
    public static func maak(map: URL, wachtwoord: String, kosten: Scryptkosten = .standaard,
                            door: String? = nil) throws(KluisFout) -> VersleuteldeLaag {
        try maak(map: map, wachtwoord: wachtwoord, kosten: kosten, door: door, naBestand: nil)
    }

    /// `naBestand` is called after each sealed file with the count so far (tests stop the work there).
    static func maak(map: URL, wachtwoord: String, kosten: Scryptkosten, door: String?,
                     naBestand: ((Int) throws(KluisFout) -> Void)?) throws(KluisFout) -> VersleuteldeLaag {
        guard Array(wachtwoord).count >= Wachtwoordsterkte.minimaleLengte else { throw .teKort }
        guard stand(map: map) != .versleuteld else { throw .alVersleuteld }
        try io { () throws(OpslagFout) in
            try Bestanden.maakPriveMap(map.path)
            // First the mark that the work is under way, then the key: whoever finds the key
            // also finds the mark, so no unsealed file is ever taken for a damaged one.
            try Bestanden.schrijfAtomisch(Data(bezigTekst.utf8), naar: pad(map, bezigNaam))
        }
        let dataSleutel = SymmetricKey(size: .bits256)
        let bestand = try Sleutelbestand.maak(dataSleutel, wachtwoord: wachtwoord, kosten: kosten)
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
        let bestand = try Sleutelbestand.lees(pad(map, sleutelNaam))
        let laag = VersleuteldeLaag(sleutel: try bestand.ontgrendel(wachtwoord))
        if isVersleutelenBezig(map: map) {
            try Migratie.versleutel(map: map, laag: laag, door: nil, naBestand: nil)
            try rondAf(map)
        }
        return laag
    }

    /// A new passphrase: only the key file is rewritten (atomically), with a new salt.
    public static func wijzigWachtwoord(map: URL, oud: String, nieuw: String, kosten: Scryptkosten = .standaard,
                                        door: String? = nil) throws(KluisFout) {
        let pad = pad(map, sleutelNaam)
        let huidig = try Sleutelbestand.lees(pad)
        let dataSleutel = try huidig.ontgrendel(oud)
        guard Array(nieuw).count >= Wachtwoordsterkte.minimaleLengte else { throw .teKort }
        let bestand = try Sleutelbestand.maak(dataSleutel, wachtwoord: nieuw, kosten: kosten)
        try io { () throws(OpslagFout) in try Bestanden.schrijfAtomisch(bestand.codeer(), naar: pad) }
        noteer(.wachtwoordGewijzigd, map: map, laag: VersleuteldeLaag(sleutel: dataSleutel), door: door)
    }

    /// An entry in the audit trail; a failure there does not undo what was done.
    static func noteer(_ soort: Logsoort, map: URL, laag: VersleuteldeLaag, door: String?) {
        _ = try? Logboek(map: map, laag: laag, sleutel: laag.afgeleideSleutel(doel: Logboek.sleuteldoel)).noteer(soort, door: door)
    }

    /// Records the explicit choice to run without encryption (`onversleuteld.txt`). Refused
    /// for an encrypted store: decrypting is not offered.
    public static func kiesOnversleuteld(map: URL) throws(KluisFout) {
        guard stand(map: map) != .versleuteld else { throw .alVersleuteld }
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
