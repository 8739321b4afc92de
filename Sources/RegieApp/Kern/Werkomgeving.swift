import Foundation
import RegieDomain
import RegieStore
import Screen

/// What every screen may use: the store, the method, today, who is working, the keys.
public struct Werkomgeving: Sendable {
    public var opslag: Opslag
    public var methode: Methode
    public var vandaag: Datum
    /// The user's own name, recorded with every tick and level change; asked once.
    public var gebruiker: String?
    /// Keeps the user's name in the settings file; throws a Dutch message when it cannot.
    public var bewaarGebruiker: @Sendable (String) throws -> Void
    public var keymap: Keymap
    /// The wall clock, for the clocks of an overleg; tests set their own.
    public var nu: @Sendable () -> Date
    /// The store's key, when the store is encrypted (or not yet set up); nil for a store
    /// opened without encryption, or in tests.
    public var kluis: Kluistoegang?
    /// Seconds without a key before the program locks itself; nil: never.
    public var vergrendelNa: Double?
    /// The store runs without encryption, by the user's explicit choice: always shown.
    public var onversleuteld = false

    public init(opslag: Opslag, methode: Methode, vandaag: Datum, gebruiker: String?, keymap: Keymap,
                nu: @escaping @Sendable () -> Date = { Date() },
                bewaarGebruiker: @escaping @Sendable (String) throws -> Void) {
        self.nu = nu
        self.opslag = opslag
        self.methode = methode
        self.vandaag = vandaag
        self.gebruiker = gebruiker
        self.keymap = keymap
        self.bewaarGebruiker = bewaarGebruiker
    }

    /// The user's name for a record ("afgevinkt door"); the placeholder when not yet known.
    public var door: String { gebruiker ?? "(onbekend)" }
}
