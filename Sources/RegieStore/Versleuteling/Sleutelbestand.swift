import _CryptoExtras
import Crypto
import Foundation

/// The cost of deriving the key from the passphrase (scrypt N, r, p). Kept in the key file,
/// so it can be raised later without breaking older stores.
public struct Scryptkosten: Equatable, Sendable {
    public var n: Int
    public var r: Int
    public var p: Int

    public init(n: Int, r: Int, p: Int) {
        self.n = n
        self.r = r
        self.p = p
    }

    /// 64 MB of memory per try: a fraction of a second to unlock, expensive to guess at scale.
    public static let standaard = Scryptkosten(n: 1 << 16, r: 8, p: 1)
    /// Only for tests: cheap to derive, not safe for real data.
    public static let licht = Scryptkosten(n: 1 << 10, r: 8, p: 1)

    /// Refuses values a damaged or hostile key file could hold (too weak or too costly).
    var isRedelijk: Bool {
        n >= 1 << 10 && n <= 1 << 20 && n & (n - 1) == 0 && (1...32).contains(r) && (1...16).contains(p)
    }
}

/// `sleutel.json` in the store's root: how to derive the key from the passphrase, and the
/// random data key sealed with it. Holds no personal data. See docs/bestandsformaat.md.
struct Sleutelbestand: Codable, Equatable {
    static let soortNaam = "regie-sleutel"
    static let huidigeVersie = 1

    struct Kdf: Codable, Equatable {
        var naam: String
        var n: Int
        var r: Int
        var p: Int
        /// Random per store, base64.
        var zout: String
    }

    var soort: String
    var versie: Int
    var kdf: Kdf
    /// The 32-byte data key sealed with AES-256-GCM under the passphrase key: base64 of
    /// nonce + ciphertext + tag.
    var gegevenssleutel: String

    var kosten: Scryptkosten { Scryptkosten(n: kdf.n, r: kdf.r, p: kdf.p) }

    /// A new key file for `dataSleutel`, with a fresh salt.
    static func maak(_ dataSleutel: SymmetricKey, wachtwoord: String, kosten: Scryptkosten) throws(KluisFout) -> Sleutelbestand {
        var zout = [UInt8](repeating: 0, count: 32)
        var rng = SystemRandomNumberGenerator()
        for i in zout.indices { zout[i] = rng.next() }
        let kdf = Kdf(naam: "scrypt", n: kosten.n, r: kosten.r, p: kosten.p, zout: Data(zout).base64EncodedString())
        var bestand = Sleutelbestand(soort: soortNaam, versie: huidigeVersie, kdf: kdf, gegevenssleutel: "")
        let kek = try bestand.wachtwoordsleutel(wachtwoord)
        do {
            // Sealed straight from the key's own (zeroed on release) memory: no copy is left behind.
            let context = bestand.context
            let doos = try dataSleutel.withUnsafeBytes { try AES.GCM.seal($0, using: kek, authenticating: context) }
            guard let combined = doos.combined else { throw KluisFout.io("De sleutel kan niet worden verpakt.") }
            bestand.gegevenssleutel = combined.base64EncodedString()
        } catch {
            throw .io("De sleutel kan niet worden verpakt.")
        }
        return bestand
    }

    /// The data key, or `.verkeerdWachtwoord`.
    func ontgrendel(_ wachtwoord: String) throws(KluisFout) -> SymmetricKey {
        guard let combined = Data(base64Encoded: gegevenssleutel), combined.count == 12 + 32 + 16 else {
            throw .sleutelbestand("de verpakte sleutel is beschadigd")
        }
        let kek = try wachtwoordsleutel(wachtwoord)
        do {
            let doos = try AES.GCM.SealedBox(combined: combined)
            var ruw = try AES.GCM.open(doos, using: kek, authenticating: context)
            defer { ruw.resetBytes(in: 0..<ruw.count) }   // the key lives on only in SymmetricKey
            return SymmetricKey(data: ruw)
        } catch {
            throw .verkeerdWachtwoord
        }
    }

    /// The passphrase key: scrypt over the passphrase in Unicode NFC (so "é" typed either
    /// way gives the same key).
    func wachtwoordsleutel(_ wachtwoord: String) throws(KluisFout) -> SymmetricKey {
        guard kdf.naam == "scrypt", kosten.isRedelijk else {
            throw .sleutelbestand("onbekende of onveilige instellingen voor het afleiden van de sleutel")
        }
        guard let zout = Data(base64Encoded: kdf.zout), zout.count >= 16 else { throw .sleutelbestand("het zout ontbreekt") }
        do {
            return try KDF.Scrypt.deriveKey(from: Data(wachtwoord.precomposedStringWithCanonicalMapping.utf8), salt: zout,
                                            outputByteCount: 32, rounds: kdf.n, blockSize: kdf.r, parallelism: kdf.p)
        } catch {
            throw .io("De sleutel kan niet uit het wachtwoord worden afgeleid (te weinig geheugen?).")
        }
    }

    /// Authenticated with the data key: a changed setting makes unlocking fail.
    var context: Data {
        Data("\(soort) \(versie) \(kdf.naam) \(kdf.n) \(kdf.r) \(kdf.p) \(kdf.zout)".utf8)
    }

    // MARK: Reading and writing

    func codeer() -> Data {
        let e = JSONEncoder()
        e.outputFormatting = [.prettyPrinted, .sortedKeys]
        return (try? e.encode(self)) ?? Data()
    }

    static func lees(_ pad: String) throws(KluisFout) -> Sleutelbestand {
        let data: Data
        do { data = try Bestanden.lees(pad) } catch .nietGevonden { throw .geenSleutel } catch {
            throw .sleutelbestand("het kan niet worden gelezen")
        }
        guard let bestand = try? JSONDecoder().decode(Sleutelbestand.self, from: data), bestand.soort == soortNaam else {
            throw .sleutelbestand("het is geen sleutelbestand van Regie")
        }
        guard bestand.versie <= huidigeVersie else {
            throw .sleutelbestand("het is gemaakt door een nieuwere versie van Regie (versie \(bestand.versie))")
        }
        return bestand
    }
}
