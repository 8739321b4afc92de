#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import RegieDomain

/// What an erasure removed, counted (never named: the counts are safe to show and log).
public struct Wissing: Sendable, Equatable {
    public var id: String
    /// Files removed: the dossier, its backup, versions, set-aside files, temporary files.
    public var bestanden: Int
    public var versies: Int
}

extension Opslag {
    /// Erases a household for good (AVG art. 17): the dossier file, its `.vorige` backup, its
    /// lock file, its versions folder, its entry in the index (the index is rewritten without
    /// it), files of it set aside in `apart/`, and temporary files a killed save left behind.
    /// File contents are overwritten with zeros before they are removed, as far as the file
    /// system allows (the encryption at rest is what really protects what remains on disk).
    ///
    /// Afterwards the erasure is recorded in the audit trail by id only, without personal data.
    @discardableResult
    public func wis(_ id: String) throws(OpslagFout) -> Wissing {
        guard Sleutel.isGeldig(id) else { throw .ongeldigeId(id) }
        let versies = versieIds(id)
        guard bestaat(id) || Bestanden.bestaat(vorigePad(id)) || !versies.isEmpty || !apartVan(id).isEmpty else {
            throw .nietGevonden("dossier \(id)")
        }
        // Hold the lock, so no program saves this dossier while it is being erased.
        let slot = try Slot.neem(slotPad(id))
        var aantal = 0
        do {
            defer { slot.geefVrij() }
            for pad in [pad(id), vorigePad(id)] where Self.vernietig(pad) { aantal += 1 }
            let hulpbestanden = Bestanden.namen(in: dossierMap).filter { $0.hasPrefix(".\(id).json.") }
            for naam in hulpbestanden where Self.vernietig("\(dossierMap)/\(naam)") { aantal += 1 }
            let versieMap = "\(self.versieMap)/\(id)"
            for naam in Bestanden.namen(in: versieMap) where Self.vernietig("\(versieMap)/\(naam)") { aantal += 1 }
            rmdir(versieMap)
            for naam in apartVan(id) where Self.vernietig("\(apartMap)/\(naam)") { aantal += 1 }
        }
        unlink(slotPad(id))
        haalUitIndex(id)
        haalUitZoekindex(id)
        try? Bestanden.fsyncMap(dossierMap)
        try? Bestanden.fsyncMap(self.versieMap)
        try? Bestanden.fsyncMap(apartMap)
        let wissing = Wissing(id: id, bestanden: aantal, versies: versies.count)
        noteerWissing(wissing)
        return wissing
    }

    /// The day a household was closed (see `Bewaartermijn.afgeslotenOp`), read for the
    /// retention check. Not recorded as an open in the audit trail: nothing of the dossier is
    /// shown, only this date is derived. Nil when it is not closed or cannot be read.
    public func afgeslotenOp(_ id: String, methode: Methode) -> Datum? {
        guard Sleutel.isGeldig(id), let ruw = try? Bestanden.lees(pad(id)),
              let d = try? leesDossier(ruw, verwachteId: id) else { return nil }
        return Bewaartermijn.afgeslotenOp(d, methode)
    }

    /// Names in `apart/` that belong to the dossier: "<id>.json.<time>", "<id>.vorige.json.<time>".
    func apartVan(_ id: String) -> [String] {
        Bestanden.namen(in: apartMap).filter { $0.hasPrefix("\(id).json.") || $0.hasPrefix("\(id).vorige.json.") }
    }

    /// Removes the dossier's entry from the index. An index that cannot be read is removed
    /// as a whole: it is only a cache and is rebuilt on the next list.
    func haalUitIndex(_ id: String) {
        guard Bestanden.bestaat(indexPad) else { return }
        guard let items = leesIndex() else {
            _ = Self.vernietig(indexPad)
            return
        }
        let over = items.filter { $0.bestand != "\(id).json" && $0.samenvatting.id != id }
        guard let data = try? laag.verzegel(IndexFormaat.codeer(over)),
              (try? Bestanden.schrijfAtomisch(data, naar: indexPad)) != nil else {
            _ = Self.vernietig(indexPad)
            return
        }
    }

    /// The single place where an erasure goes into the audit trail: the id only, no names.
    func noteerWissing(_ w: Wissing) {
        noteer(.gewist, dossier: w.id)
    }

    /// Overwrites a regular file with zeros, syncs it and removes it. False when there was
    /// nothing to remove. Links are removed without following them.
    static func vernietig(_ pad: String) -> Bool {
        var st = stat()
        guard lstat(pad, &st) == 0 else { return false }
        if (st.st_mode & S_IFMT) == S_IFREG, st.st_size > 0 {
            let fd = open(pad, O_WRONLY | O_CLOEXEC | O_NOFOLLOW)
            if fd >= 0 {
                let nul = [UInt8](repeating: 0, count: 64 * 1024)
                var over = Int(st.st_size)
                var plek: off_t = 0
                while over > 0 {
                    let n = pwrite(fd, nul, min(over, nul.count), plek)
                    if n <= 0 { break }
                    over -= n
                    plek += off_t(n)
                }
                _ = fsync(fd)
                close(fd)
            }
        }
        return unlink(pad) == 0
    }
}
