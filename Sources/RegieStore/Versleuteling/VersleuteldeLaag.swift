import Crypto
import Foundation

/// Seals every file of an encrypted store with AES-256-GCM under the store's random data key.
///
/// A sealed file is `RGVL` (4 bytes), a format version byte (1), a 12-byte nonce, the
/// ciphertext and the 16-byte tag. The five header bytes are authenticated too, so the
/// version cannot be changed without the tag failing. A new random nonce is taken for
/// every seal. See docs/bestandsformaat.md.
public struct VersleuteldeLaag: Bytelaag {
    static let magie: [UInt8] = Array("RGVL".utf8)
    static let versie: UInt8 = 1
    static let kop: [UInt8] = magie + [versie]
    static let nonceLengte = 12
    static let tagLengte = 16

    let sleutel: SymmetricKey

    /// A layer over a known data key (32 bytes). Normally made by `Kluis.maak` or `Kluis.open`.
    init(sleutel: SymmetricKey) {
        self.sleutel = sleutel
    }

    public func verzegel(_ data: Data) throws -> Data {
        let doos = try AES.GCM.seal(data, using: sleutel, authenticating: Self.kop)
        var uit = Data(capacity: Self.kop.count + Self.nonceLengte + data.count + Self.tagLengte)
        uit.append(contentsOf: Self.kop)
        uit.append(contentsOf: doos.nonce)
        uit.append(doos.ciphertext)
        uit.append(doos.tag)
        return uit
    }

    /// Opens sealed bytes. Throws `KluisFout.nietVersleuteld` for a file without the header
    /// (written before encryption), `.onbekendeVersie` for a newer format, `.beschadigd`
    /// when the tag does not check out.
    public func open(_ data: Data) throws -> Data {
        guard Self.isVerzegeld(data) else { throw KluisFout.nietVersleuteld }
        let begin = data.startIndex
        let versie = data[begin + Self.magie.count]
        guard versie == Self.versie else { throw KluisFout.onbekendeVersie(Int(versie)) }
        let nonceBegin = begin + Self.kop.count
        guard data.count >= Self.kop.count + Self.nonceLengte + Self.tagLengte else { throw KluisFout.beschadigd }
        do {
            let doos = try AES.GCM.SealedBox(combined: data[nonceBegin...])
            return try AES.GCM.open(doos, using: sleutel, authenticating: Self.kop)
        } catch {
            throw KluisFout.beschadigd
        }
    }

    /// True when the bytes start with the sealed header's magic (any version).
    public static func isVerzegeld(_ data: Data) -> Bool {
        data.count >= kop.count && data.prefix(magie.count).elementsEqual(magie)
    }

    /// A key for another purpose (e.g. "logboek" for the audit trail's chain), derived from
    /// the data key with HKDF-SHA256; the same `doel` always gives the same key.
    public func afgeleideSleutel(doel: String) -> SymmetricKey {
        HKDF<SHA256>.deriveKey(inputKeyMaterial: sleutel, salt: Data("regie-afgeleid".utf8),
                               info: Data("regie:\(doel)".utf8), outputByteCount: 32)
    }
}
