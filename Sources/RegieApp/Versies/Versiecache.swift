import Foundation
import RegieDomain
import RegieStore

/// A row of the versions list: the working version (the dossier as it is now), a fixed
/// version, or a version file the store could not read.
public enum Versierij: Equatable, Sendable {
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

/// The fixed versions of one dossier as read from the store, off the input loop
/// (`Werk.versies`), with each version's dossier: the screen keeps what came back and its
/// view only reads that. Read again each time the tab is shown, on Enter and after a
/// version is fixed, so a version fixed elsewhere, or a file damaged since, shows.
public struct Versiecache: Equatable, Sendable {
    struct Versiefout: Error, Equatable, Sendable { var melding: String }

    var dossierId: String
    /// Newest first; a file the store skipped as unreadable is still listed, so it is never
    /// silently missing.
    var rijen: [Versierij]
    var dossiers: [String: Result<Dossier, Versiefout>]

    /// Reads the list and every version (off the input loop).
    static func lees(_ opslag: Opslag, _ id: String) -> Versiecache {
        let namen = opslag.versieIds(id)
        let leesbaar = opslag.versies(id)
        let bekend = Set(leesbaar.map(\.id))
        let overig = namen.filter { !bekend.contains($0) }
        var alle = leesbaar.map { Versierij.versie($0) } + overig.map { Versierij.onleesbaar(id: $0) }
        // The store's order (oldest first) for the readable ones; the unreadable ones by
        // the date their name starts with, which is how the store names them.
        alle.sort { ($0.id ?? "").compare($1.id ?? "", options: [.numeric, .literal]) == .orderedAscending }
        var dossiers: [String: Result<Dossier, Versiefout>] = [:]
        for rij in alle {
            guard let versie = rij.id else { continue }
            do {
                dossiers[versie] = .success(try opslag.laadVersie(id, versie))
            } catch {
                dossiers[versie] = .failure(Versiefout(melding: "Deze versie kan niet worden gelezen. \(error.melding)"))
            }
        }
        return Versiecache(dossierId: id, rijen: alle.reversed(), dossiers: dossiers)
    }

    /// A fixed version as read; a Dutch message when it cannot be read.
    func dossier(_ versie: String) -> Result<Dossier, Versiefout> {
        dossiers[versie] ?? .failure(Versiefout(melding: "Deze versie wordt nog gelezen."))
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
