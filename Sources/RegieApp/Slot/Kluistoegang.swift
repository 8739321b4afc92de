import Foundation
import RegieStore

/// What the program may do with the store's key, without knowing how it is kept: open it
/// with a passphrase, make it on first start, or run without encryption when the user
/// chooses so. Made by the `regie` command from the store; tests pass their own.
public struct Kluistoegang: Sendable {
    /// Opens the store's key with a passphrase: the store's layer, or a Dutch message.
    public var open: @Sendable (String) -> Result<any Bytelaag, Kluismelding>
    /// First start: makes the key with a new passphrase (and encrypts what is already there),
    /// with a recovery code to show once.
    public var maak: @Sendable (String) -> Result<NieuweSleutel, Kluismelding>
    /// First start, explicitly: run without encryption.
    public var kiesOnversleuteld: @Sendable () -> Kluismelding?
    /// How strong a new passphrase is: whether it is long enough, the level and a Dutch hint.
    public var sterkte: @Sendable (String) -> Wachtwoordsterkte
    /// The store as the program uses it, over an opened layer (with its audit trail);
    /// nil: a plain `Opslag` on the same folder.
    public var opslagMet: (@Sendable (any Bytelaag) throws -> Opslag)?

    public init(open: @escaping @Sendable (String) -> Result<any Bytelaag, Kluismelding>,
                maak: @escaping @Sendable (String) -> Result<NieuweSleutel, Kluismelding>,
                kiesOnversleuteld: @escaping @Sendable () -> Kluismelding?,
                sterkte: @escaping @Sendable (String) -> Wachtwoordsterkte = { Kluis.sterkte($0) },
                opslagMet: (@Sendable (any Bytelaag) throws -> Opslag)? = nil) {
        self.opslagMet = opslagMet
        self.open = open
        self.maak = maak
        self.kiesOnversleuteld = kiesOnversleuteld
        self.sterkte = sterkte
    }
}

/// A key just made: the store's layer, and the recovery code to show once ("XXXX-XXXX-…").
public struct NieuweSleutel: Sendable {
    public var laag: any Bytelaag
    public var herstelcode: String?
    public init(laag: any Bytelaag, herstelcode: String?) {
        self.laag = laag
        self.herstelcode = herstelcode
    }
}

/// A Dutch message about the key ("Dit wachtwoord klopt niet.").
public struct Kluismelding: Error, Equatable, Sendable {
    public var tekst: String
    public init(_ tekst: String) { self.tekst = tekst }
}

/// The layer of a locked program: every read or write fails, so nothing is read or written
/// without the key while the lock screen is up.
public struct VergrendeldeLaag: Bytelaag {
    struct Vergrendeld: Error {}
    public init() {}
    public func verzegel(_ data: Data) throws -> Data { throw Vergrendeld() }
    public func open(_ data: Data) throws -> Data { throw Vergrendeld() }
}
