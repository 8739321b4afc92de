import Foundation

/// What happens to a file's bytes between the store and the disk. Today the bytes are
/// stored as they are; encryption at rest will be a layer that seals and opens them,
/// without changing anything else in the store.
public protocol Bytelaag: Sendable {
    func verzegel(_ data: Data) throws -> Data
    func open(_ data: Data) throws -> Data
}

/// Plain bytes.
public struct GeenVersleuteling: Bytelaag {
    public init() {}
    public func verzegel(_ data: Data) throws -> Data { data }
    public func open(_ data: Data) throws -> Data { data }
}
