import Crypto
import Foundation

/// The audit trail of a store: who opened, changed, fixed, exported or erased which dossier,
/// and when. Append-only and hash-chained, so a removed or changed entry is found by
/// `controleer()`. Entries hold ids and section names, never what a household told.
///
/// In an encrypted store every line is sealed like any other file and the chain is keyed
/// with a key derived from the data key: without the passphrase it can be neither read
/// nor rewritten. In an unencrypted store the chain is plain SHA-256 and only shows
/// changes made without recomputing it.
public final class Logboek: @unchecked Sendable {
    /// Who did it, when the user has not given a name.
    public static let onbekend = "(onbekend)"
    /// The name of the key derived from the store's data key for the chain.
    public static let sleuteldoel = "logboek"

    let bestand: Logbestand
    private let klok: @Sendable () -> Date
    private let bijProbleem: (@Sendable (String) -> Void)?
    private let slot = NSLock()
    private var problemen: [String] = []

    /// - Parameters:
    ///   - laag: the store's byte layer (the same as the store's).
    ///   - sleutel: the chain key (`afgeleideSleutel(doel: Logboek.sleuteldoel)` of an encrypted
    ///     store); nil for plain SHA-256.
    ///   - bijProbleem: called with a Dutch message when an entry could not be written; without
    ///     it the messages wait for `neemProblemen()`.
    public init(map: URL, laag: any Bytelaag = GeenVersleuteling(), sleutel: SymmetricKey? = nil,
                klok: @escaping @Sendable () -> Date = { Date() }, bijProbleem: (@Sendable (String) -> Void)? = nil) {
        bestand = Logbestand(map: map, laag: laag, sleutel: sleutel)
        self.klok = klok
        self.bijProbleem = bijProbleem
    }

    /// Appends an entry (with fsync, under a lock) and returns it.
    @discardableResult
    public func noteer(_ soort: Logsoort, door: String?, dossier: String? = nil, onderdelen: [String] = [],
                       versie: String? = nil, formaat: String? = nil) throws(OpslagFout) -> Logitem {
        let tijd = Self.iso(klok())
        let wie = door.flatMap { $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : $0.singleLineForLog } ?? Self.onbekend
        return try bestand.voegToe { nr, vorige in
            Logitem(nr: nr, tijd: tijd, door: wie, soort: soort.rawValue, dossier: dossier,
                    onderdelen: onderdelen.isEmpty ? nil : onderdelen, versie: versie, formaat: formaat, vorige: vorige)
        }
    }

    /// Like `noteer`, but a failure is reported (never thrown): recording must not stop a save.
    public func noteerOfMeld(_ soort: Logsoort, door: String?, dossier: String? = nil, onderdelen: [String] = [],
                             versie: String? = nil, formaat: String? = nil) {
        do {
            try noteer(soort, door: door, dossier: dossier, onderdelen: onderdelen, versie: versie, formaat: formaat)
        } catch {
            meld("Het logboek kon niet worden bijgewerkt (\(soort.tekst)): \(error.melding) Wat u deed, is wel bewaard.")
        }
    }

    /// The messages of entries that could not be written since the last call.
    public func neemProblemen() -> [String] {
        slot.lock()
        defer { slot.unlock() }
        let p = problemen
        problemen = []
        return p
    }

    private func meld(_ tekst: String) {
        if let bijProbleem { bijProbleem(tekst); return }
        slot.lock()
        problemen.append(tekst)
        slot.unlock()
    }

    /// Every readable entry, oldest first (a line that cannot be read is skipped; `controleer` names it).
    public func items(dossier: String? = nil) throws(OpslagFout) -> [Logitem] {
        guard let data = try bestand.leesAlles() else { return [] }
        let items = Logbestand.splits(data).regels.compactMap { bestand.decodeer($0) }
        guard let dossier else { return items }
        return items.filter { $0.dossier == dossier }
    }

    /// A dossier's trail (or the whole trail) as Dutch lines, oldest first; empty when it cannot be read.
    public func regels(dossier: String? = nil) -> [Logregel] {
        ((try? items(dossier: dossier)) ?? []).map(Logregel.init)
    }

    /// Checks the whole chain and the head.
    public func controleer() -> Logboekcontrole { bestand.controleer() }

    static func iso(_ d: Date) -> String {
        let f = ISO8601DateFormatter()
        f.timeZone = TimeZone(identifier: "UTC")
        return f.string(from: d)
    }
}

extension String {
    /// One line, for a name in the trail: no newlines or control characters.
    var singleLineForLog: String {
        String(unicodeScalars.map { CharacterSet.controlCharacters.contains($0) ? " " : Character($0) })
    }
}
