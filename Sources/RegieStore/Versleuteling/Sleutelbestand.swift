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
/// random data key sealed with it; optionally the same data key sealed a second time under
/// the recovery code, and the audit trail's anchor. Holds no personal data. See
/// docs/bestandsformaat.md.
struct Sleutelbestand: Codable, Equatable {
    static let soortNaam = "regie-sleutel"
    static let huidigeVersie = 1
    static let hkdfNaam = "hkdf-sha256"

    struct Kdf: Codable, Equatable {
        var naam: String
        var n: Int
        var r: Int
        var p: Int
        /// Random per store, base64.
        var zout: String
    }

    /// The data key sealed under a key derived from the recovery code.
    ///
    /// HKDF-SHA256 rather than scrypt: the code is 140 random bits, so there is nothing for a
    /// slow derivation to protect (it only makes guessing a weak secret expensive); a random
    /// salt per wrapping still gives each store its own key.
    struct Herstel: Codable, Equatable {
        var kdf: String
        /// Random per wrapping, base64.
        var zout: String
        /// base64 of nonce + ciphertext + tag, like `gegevenssleutel`.
        var gegevenssleutel: String
    }

    var soort: String
    var versie: Int
    var kdf: Kdf
    /// The 32-byte data key sealed with AES-256-GCM under the passphrase key: base64 of
    /// nonce + ciphertext + tag.
    var gegevenssleutel: String
    /// The second wrapping, under the recovery code; nil in key files from before recovery codes.
    var herstel: Herstel?
    /// The audit trail's count and last hash, sealed with the data key (base64): a copy kept
    /// away from the trail, so putting back an older trail and head is seen.
    var logboekanker: String?
    /// SHA-256 (hex) over the file without this field: a damaged file is told apart from a
    /// wrong passphrase. Absent in older key files.
    var controle: String?

    var kosten: Scryptkosten { Scryptkosten(n: kdf.n, r: kdf.r, p: kdf.p) }

    static let ingepaktLengte = 12 + 32 + 16

    /// A new key file for `dataSleutel`, with a fresh salt.
    static func maak(_ dataSleutel: SymmetricKey, wachtwoord: String, kosten: Scryptkosten) throws(KluisFout) -> Sleutelbestand {
        var bestand = Sleutelbestand(soort: soortNaam, versie: huidigeVersie,
                                     kdf: Kdf(naam: "scrypt", n: 0, r: 0, p: 0, zout: ""), gegevenssleutel: "")
        try bestand.zetWachtwoord(dataSleutel, wachtwoord: wachtwoord, kosten: kosten)
        return bestand
    }

    /// Wraps the data key under a new passphrase (fresh salt); the recovery wrapping and the
    /// anchor stay as they are.
    mutating func zetWachtwoord(_ dataSleutel: SymmetricKey, wachtwoord: String, kosten: Scryptkosten) throws(KluisFout) {
        kdf = Kdf(naam: "scrypt", n: kosten.n, r: kosten.r, p: kosten.p, zout: Self.willekeurig(32).base64EncodedString())
        let kek = try wachtwoordsleutel(wachtwoord)
        gegevenssleutel = try Self.pakIn(dataSleutel, kek: kek, context: context)
    }

    /// Wraps the data key under a recovery code (fresh salt), replacing an earlier one.
    mutating func zetHerstelcode(_ dataSleutel: SymmetricKey, _ code: Herstelcode) throws(KluisFout) {
        let zout = Self.willekeurig(32).base64EncodedString()
        var h = Herstel(kdf: Self.hkdfNaam, zout: zout, gegevenssleutel: "")
        h.gegevenssleutel = try Self.pakIn(dataSleutel, kek: Self.herstelsleutel(code, zout: zout), context: Self.herstelContext(h))
        herstel = h
    }

    static func pakIn(_ dataSleutel: SymmetricKey, kek: SymmetricKey, context: Data) throws(KluisFout) -> String {
        do {
            // Sealed straight from the key's own (zeroed on release) memory: no copy is left behind.
            let doos = try dataSleutel.withUnsafeBytes { try AES.GCM.seal($0, using: kek, authenticating: context) }
            guard let combined = doos.combined else { throw KluisFout.io("De sleutel kan niet worden verpakt.") }
            return combined.base64EncodedString()
        } catch {
            throw .io("De sleutel kan niet worden verpakt.")
        }
    }

    /// The data key, or `.verkeerdWachtwoord`.
    func ontgrendel(_ wachtwoord: String) throws(KluisFout) -> SymmetricKey {
        guard let sleutel = Self.pakUit(gegevenssleutel, kek: try wachtwoordsleutel(wachtwoord), context: context) else {
            throw .verkeerdWachtwoord
        }
        return sleutel
    }

    /// The data key from the recovery code: `.geenHerstelcode` without a recovery wrapping,
    /// `.verkeerdeHerstelcode` when the code does not open it.
    func ontgrendel(herstelcode code: Herstelcode) throws(KluisFout) -> SymmetricKey {
        guard let herstel else { throw .geenHerstelcode }
        guard let sleutel = Self.pakUit(herstel.gegevenssleutel, kek: Self.herstelsleutel(code, zout: herstel.zout),
                                        context: Self.herstelContext(herstel)) else {
            throw .verkeerdeHerstelcode
        }
        return sleutel
    }

    static func pakUit(_ ingepakt: String, kek: SymmetricKey, context: Data) -> SymmetricKey? {
        guard let combined = Data(base64Encoded: ingepakt), let doos = try? AES.GCM.SealedBox(combined: combined),
              var ruw = try? AES.GCM.open(doos, using: kek, authenticating: context) else { return nil }
        defer { ruw.resetBytes(in: 0..<ruw.count) }   // the key lives on only in SymmetricKey
        return SymmetricKey(data: ruw)
    }

    /// The passphrase key: scrypt over the passphrase in Unicode NFC (so "é" typed either
    /// way gives the same key).
    func wachtwoordsleutel(_ wachtwoord: String) throws(KluisFout) -> SymmetricKey {
        guard kdf.naam == "scrypt", kosten.isRedelijk, let zout = Data(base64Encoded: kdf.zout) else {
            throw .io("De sleutel kan niet uit het wachtwoord worden afgeleid.")
        }
        do {
            return try KDF.Scrypt.deriveKey(from: Data(wachtwoord.precomposedStringWithCanonicalMapping.utf8), salt: zout,
                                            outputByteCount: 32, rounds: kdf.n, blockSize: kdf.r, parallelism: kdf.p)
        } catch {
            throw .io("De sleutel kan niet uit het wachtwoord worden afgeleid (te weinig geheugen?).")
        }
    }

    static func herstelsleutel(_ code: Herstelcode, zout: String) -> SymmetricKey {
        HKDF<SHA256>.deriveKey(inputKeyMaterial: SymmetricKey(data: Data(code.tekens.utf8)), salt: Data(base64Encoded: zout) ?? Data(),
                               info: Data("regie:herstelcode".utf8), outputByteCount: 32)
    }

    /// Authenticated with the data key: a changed setting makes unlocking fail.
    var context: Data {
        Data("\(soort) \(versie) \(kdf.naam) \(kdf.n) \(kdf.r) \(kdf.p) \(kdf.zout)".utf8)
    }

    static func herstelContext(_ h: Herstel) -> Data {
        Data("\(soortNaam) herstel \(h.kdf) \(h.zout)".utf8)
    }

    static func willekeurig(_ n: Int) -> Data {
        var rng = SystemRandomNumberGenerator()
        return Data((0..<n).map { _ in rng.next() as UInt8 })
    }

    // MARK: Reading and writing

    /// The checksum over every other field, in a fixed order (not over the JSON text, whose
    /// spacing differs between platforms).
    var berekendeControle: String {
        let delen: [String] = [soort, String(versie), kdf.naam, String(kdf.n), String(kdf.r), String(kdf.p), kdf.zout, gegevenssleutel,
                               herstel?.kdf ?? "", herstel?.zout ?? "", herstel?.gegevenssleutel ?? "", logboekanker ?? ""]
        return SHA256.hash(data: Data(delen.joined(separator: "\n").utf8)).map { String(format: "%02x", $0) }.joined()
    }

    func json() -> Data {
        let e = JSONEncoder()
        e.outputFormatting = [.prettyPrinted, .sortedKeys]
        return (try? e.encode(self)) ?? Data()
    }

    /// The file's bytes, with a fresh checksum.
    func codeer() -> Data {
        var b = self
        b.controle = berekendeControle
        return b.json()
    }

    /// Reads and checks the key file. Missing: `.geenSleutel`. Anything that is not a whole,
    /// sound key file: `.sleutelBeschadigd` (never `.verkeerdWachtwoord`, which only the
    /// passphrase itself can cause).
    static func lees(_ pad: String) throws(KluisFout) -> Sleutelbestand {
        let data: Data
        do { data = try Bestanden.lees(pad) } catch .nietGevonden { throw .geenSleutel } catch {
            throw .sleutelBeschadigd(pad: pad, reden: "het kan niet worden gelezen")
        }
        func kapot(_ reden: String) -> KluisFout { .sleutelBeschadigd(pad: pad, reden: reden) }
        if data.isEmpty { throw kapot("het is leeg") }
        guard let bestand = try? JSONDecoder().decode(Sleutelbestand.self, from: data) else {
            let json = (try? JSONSerialization.jsonObject(with: data)) != nil
            throw kapot(json ? "er ontbreken velden of ze hebben de verkeerde vorm" : "het is geen leesbare JSON (afgebroken of veranderd)")
        }
        guard bestand.soort == soortNaam else { throw kapot("het is geen sleutelbestand van Regie") }
        guard bestand.versie <= huidigeVersie else {
            throw .sleutelbestand("het is gemaakt door een nieuwere versie van Regie (versie \(bestand.versie))")
        }
        if let controle = bestand.controle, controle != bestand.berekendeControle {
            throw kapot("de controlesom klopt niet: het bestand is veranderd of beschadigd")
        }
        guard bestand.kdf.naam == "scrypt", bestand.kosten.isRedelijk else {
            throw kapot("onbekende of onveilige instellingen voor het afleiden van de sleutel")
        }
        guard let zout = Data(base64Encoded: bestand.kdf.zout), zout.count >= 16 else { throw kapot("het zout ontbreekt of is beschadigd") }
        guard Data(base64Encoded: bestand.gegevenssleutel)?.count == ingepaktLengte else { throw kapot("de verpakte sleutel is beschadigd") }
        if let h = bestand.herstel {
            guard h.kdf == hkdfNaam, (Data(base64Encoded: h.zout)?.count ?? 0) >= 16,
                  Data(base64Encoded: h.gegevenssleutel)?.count == ingepaktLengte else {
                throw kapot("de verpakking voor de herstelcode is beschadigd")
            }
        }
        return bestand
    }
}
