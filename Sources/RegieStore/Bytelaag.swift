import Foundation

/// What happens to a file's bytes between the store and the disk: stored as they are
/// (`GeenVersleuteling`, only when the user chose so explicitly) or sealed with AES-GCM
/// (`VersleuteldeLaag`, see Versleuteling/), without changing anything else in the store.
public protocol Bytelaag: Sendable {
    func verzegel(_ data: Data) throws -> Data
    func open(_ data: Data) throws -> Data
}

extension Bytelaag {
    /// True when this layer encrypts.
    public var isVersleuteld: Bool { self is VersleuteldeLaag }

    /// False for a layer that refuses all work (a locked program's): the store then reads
    /// nothing and, above all, sets no file aside for failing to open.
    public var isBruikbaar: Bool { (try? verzegel(Data())) != nil }
}

/// Plain bytes.
public struct GeenVersleuteling: Bytelaag {
    public init() {}
    public func verzegel(_ data: Data) throws -> Data { data }
    public func open(_ data: Data) throws -> Data { data }
}
