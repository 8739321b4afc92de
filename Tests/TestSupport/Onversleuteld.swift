import Foundation
import RegieStore

/// Marks a fresh data folder as explicitly unencrypted (the choice `regie versleuteling uit`
/// records), so tests that are not about encryption run without a passphrase. A folder that
/// already has a key or a choice is left as it is.
public func kiesOnversleuteld(_ map: URL) throws {
    guard Kluis.stand(map: map) == .nieuw || Kluis.stand(map: map) == .teVersleutelen else { return }
    try Kluis.kiesOnversleuteld(map: map)
}

/// The line `regie` writes on standard error on every use of an unencrypted folder.
public let onversleuteldRegel = "regie: " + Kluis.onversleuteldWaarschuwing
