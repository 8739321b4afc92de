#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import RegieDomain

/// Encrypting an existing store in place: every file the store holds is sealed, each on its
/// own atomically (temporary file, fsync, rename), so a crash at any moment leaves each file
/// either plain or sealed, never half. Sealed files are skipped, so running it again after
/// an interruption simply finishes the work.
///
/// Sealed here: the dossiers and their backups, the versions, the index and the files set
/// aside in `apart/`. The audit trail seals its own entries line by line and is left alone.
enum Migratie {
    /// True when the folder holds anything the store wrote: a store from before encryption.
    static func heeftGegevens(_ map: URL) -> Bool {
        let wortel = map.path
        if Bestanden.bestaat(wortel + "/index.json") || Bestanden.bestaat(wortel + "/logboek") { return true }
        if zichtbaar(wortel + "/dossiers").contains(where: { $0.hasSuffix(".json") }) { return true }
        return !zichtbaar(wortel + "/versies").isEmpty || !zichtbaar(wortel + "/apart").isEmpty
    }

    /// Every file to seal (full paths).
    static func bestanden(_ map: URL) -> [String] {
        let wortel = map.path
        var paden: [String] = []
        if Bestanden.bestaat(wortel + "/index.json") { paden.append(wortel + "/index.json") }
        paden += zichtbaar(wortel + "/dossiers").filter { $0.hasSuffix(".json") }.sorted().map { wortel + "/dossiers/" + $0 }
        for id in zichtbaar(wortel + "/versies").sorted() {
            let map = wortel + "/versies/" + id
            paden += zichtbaar(map).filter { $0.hasSuffix(".json") }.sorted().map { map + "/" + $0 }
        }
        paden += zichtbaar(wortel + "/apart").sorted().map { wortel + "/apart/" + $0 }
        return paden
    }

    static func versleutel(map: URL, laag: VersleuteldeLaag, door: String?,
                           naBestand: ((Int) throws(KluisFout) -> Void)?) throws(KluisFout) {
        ruimTijdelijkeBestandenOp(map)
        // First the audit trail (it may set a broken trail aside, which is then sealed below).
        if isLogboekOnversleuteld(map) {
            do {
                try Logboek.zetOm(map: map, van: GeenVersleuteling(), naar: laag,
                                  sleutel: laag.afgeleideSleutel(doel: Logboek.sleuteldoel), door: door)
            } catch {
                throw .io(error.melding)
            }
        }
        // The search index is a cache: removed (zeros first) rather than sealed, and rebuilt
        // sealed on the next search.
        Opslag.vernietigZoekindex(in: map)
        var teller = 0
        for pad in bestanden(map) {
            guard try verzegel(pad, laag: laag) else { continue }
            teller += 1
            try naBestand?(teller)
        }
        for sub in ["", "/dossiers", "/apart"] { try? Bestanden.fsyncMap(map.path + sub) }
    }

    /// Seals one file in place; false when there was nothing to do.
    static func verzegel(_ pad: String, laag: VersleuteldeLaag) throws(KluisFout) -> Bool {
        // A dossier and its backup are sealed under the dossier's lock, so a save by another
        // program never interleaves.
        var slot: Slot?
        let naam = (pad as NSString).lastPathComponent
        let map = (pad as NSString).deletingLastPathComponent
        if map.hasSuffix("/dossiers") {
            let id = naam.hasSuffix(".vorige.json") ? String(naam.dropLast(12)) : String(naam.dropLast(5))
            if Sleutel.isGeldig(id) {
                do { slot = try Slot.neem("\(map)/\(id).slot") } catch { throw .io(error.melding) }
            }
        }
        defer { slot?.geefVrij() }
        let ruw: Data
        do {
            ruw = try Bestanden.lees(pad)
        } catch .nietGevonden {
            return false
        } catch .onleesbaar {
            return false   // a link, a device or a file over 64 MB: it holds nothing to seal
        } catch {
            throw .io(error.melding)
        }
        guard !VersleuteldeLaag.isVerzegeld(ruw) else { return false }
        let dicht: Data
        do { dicht = try laag.verzegel(ruw) } catch { throw .io("Een bestand kan niet worden versleuteld.") }
        do { try Bestanden.schrijfAtomisch(dicht, naar: pad) } catch { throw .io(error.melding) }
        return true
    }

    /// Removes temporary files left by killed programs: they may hold plain text.
    static func ruimTijdelijkeBestandenOp(_ map: URL) {
        var mappen = [map.path, map.path + "/dossiers", map.path + "/apart"]
        mappen += Bestanden.namen(in: map.path + "/versies").map { map.path + "/versies/" + $0 }
        for m in mappen {
            for naam in Bestanden.namen(in: m) where naam.hasPrefix(".") {
                for merk in [".tmp-", ".vorige-"] {
                    guard let r = naam.range(of: merk) else { continue }
                    let pid = Int32(naam[r.upperBound...].prefix { $0.isNumber }) ?? 0
                    if !Bestanden.procesLeeft(pid) { unlink("\(m)/\(naam)") }
                }
            }
        }
    }

    /// True when the audit trail's first entry is not sealed (a trail from before encryption).
    static func isLogboekOnversleuteld(_ map: URL) -> Bool {
        guard let ruw = try? Bestanden.lees(map.path + "/logboek") else { return false }
        let regel = ruw.prefix { $0 != 0x0A }
        guard !regel.isEmpty, let eerste = Data(base64Encoded: Data(regel)) else { return false }
        return !VersleuteldeLaag.isVerzegeld(eerste)
    }

    static func zichtbaar(_ map: String) -> [String] {
        Bestanden.namen(in: map).filter { !$0.hasPrefix(".") }
    }
}
