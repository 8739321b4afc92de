import Foundation
import RegieDomain
import RegieStore

/// A row of the versions list: the working version (the dossier as it is now), a fixed
/// version, or a version file the store could not read.
enum Versierij: Equatable {
    case werk
    case versie(VersieInfo)
    case onleesbaar(id: String)

    /// The version's id in the store; nil for the working version.
    var id: String? {
        switch self {
        case .werk: nil
        case .versie(let info): info.id
        case .onleesbaar(let id): id
        }
    }
}

/// The fixed versions of one dossier as read from the store, and the versions loaded so
/// far. Versions never change once fixed, so a loaded one is kept. The list is read again
/// when the names in the dossier's version folder change (a version was fixed) or while
/// one of them cannot be read. A
/// cache shared by the copies of the screen, like `Paginastand`; not part of its value.
final class Versiecache: @unchecked Sendable {
    private let lock = NSLock()
    private var dossierId: String?
    private var namen: [String]?
    private var rijen: [Versierij] = []
    private var geladen: [String: Result<Dossier, Versiefout>] = [:]

    struct Versiefout: Error, Equatable { var melding: String }

    /// The versions, newest first, each readable one with its details; a file the store
    /// skipped as unreadable is still listed, so it is never silently missing.
    func versies(_ opslag: Opslag, _ id: String) -> [Versierij] {
        let namen = opslag.versieIds(id)
        lock.lock(); defer { lock.unlock() }
        // An unreadable file may have been half written by another program: read again.
        let heeftOnleesbare = rijen.contains { if case .onleesbaar = $0 { true } else { false } }
        if dossierId == id, self.namen == namen, !heeftOnleesbare { return rijen }
        if dossierId != id { geladen = [:] }
        let leesbaar = opslag.versies(id)
        let bekend = Set(leesbaar.map(\.id))
        let overig = namen.filter { !bekend.contains($0) }
        var alle = leesbaar.map { Versierij.versie($0) } + overig.map { Versierij.onleesbaar(id: $0) }
        // The store's order (oldest first) for the readable ones; the unreadable ones by
        // the date their name starts with, which is how the store names them.
        alle.sort { ($0.id ?? "").compare($1.id ?? "", options: [.numeric, .literal]) == .orderedAscending }
        (dossierId, self.namen, rijen) = (id, namen, alle.reversed())
        return rijen
    }

    /// A fixed version, from the cache or the store; a Dutch message when it cannot be read.
    func dossier(_ opslag: Opslag, _ id: String, versie: String) -> Result<Dossier, Versiefout> {
        lock.lock(); defer { lock.unlock() }
        if dossierId == id, let r = geladen[versie] { return r }
        let r: Result<Dossier, Versiefout>
        do {
            r = .success(try opslag.laadVersie(id, versie))
        } catch {
            r = .failure(Versiefout(melding: "Deze versie kan niet worden gelezen. \(error.melding)"))
        }
        // Only what was read is kept: a failure may pass (a disk that was busy).
        if dossierId == id, case .success = r { geladen[versie] = r }
        return r
    }
}

extension Versierij {
    /// The day a version was fixed; for an unreadable file, the day its name starts with.
    var datum: Datum? {
        switch self {
        case .werk: nil
        case .versie(let info): info.vaststelling.datum
        case .onleesbaar(let id): Datum(iso: String(id.prefix(10)))
        }
    }
}
