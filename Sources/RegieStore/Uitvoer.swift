import Foundation

/// Reading and writing files outside the store (exports, imports) with the store's care:
/// private permissions, no half-written files, no links followed, size limits.
public enum Uitvoer {
    /// Writes `data` to `pad` atomically, readable only by the user (0600). Replaces an
    /// existing file; callers ask first.
    public static func schrijf(_ data: Data, naar pad: String) throws(OpslagFout) {
        try Bestanden.schrijfAtomisch(data, naar: pad)
    }

    /// Reads a file of at most 64 MB.
    public static func lees(_ pad: String) throws(OpslagFout) -> Data {
        do {
            return try Bestanden.lees(pad)
        } catch .nietGevonden {
            throw .nietGevonden("het bestand bestaat niet")
        }
    }
}
