import Foundation
import RegieDomain

/// The on-disk format of a dossier file (see docs/bestandsformaat.md):
/// `{"dossier": {...}, "schema": 1, "soort": "regie-dossier"}` as UTF-8 JSON with sorted keys.
public enum Formaat {
    public static let schema = 1
    public static let soortDossier = "regie-dossier"
    public static let soortVersie = "regie-versie"

    struct Envelop: Codable {
        var schema: Int
        var soort: String
        var dossier: Dossier
        var vastgesteld: Vaststelling?
    }

    /// Reads the envelope in one pass: the header is checked before the dossier is decoded,
    /// so a newer or foreign file is refused with its own reason.
    struct Lezer: Decodable {
        static let verwacht = CodingUserInfoKey(rawValue: "regie.soort")!
        var dossier: Dossier
        var vastgesteld: Vaststelling?

        enum Sleutel: String, CodingKey { case schema, soort, dossier, vastgesteld }

        init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: Sleutel.self)
            guard let schema = try? c.decodeIfPresent(Int.self, forKey: .schema) else {
                throw Leesfout("het veld 'schema' ontbreekt of is geen getal")
            }
            let soort = try? c.decodeIfPresent(String.self, forKey: .soort)
            let verwacht = decoder.userInfo[Self.verwacht] as? String ?? Formaat.soortDossier
            guard soort == verwacht else {
                throw Leesfout("het is geen \(verwacht == soortDossier ? "dossier" : "vastgestelde versie") (soort: \(soort ?? "onbekend"))")
            }
            guard schema <= Formaat.schema else {
                throw Leesfout("het is gemaakt door een nieuwere versie van Regie (schema \(schema), deze versie kent tot en met \(Formaat.schema))")
            }
            guard schema >= 1 else { throw Leesfout("schema \(schema) bestaat niet") }
            // Quotes without words (older files, or a crash right after Insert) are not kept.
            dossier = try c.decode(Dossier.self, forKey: .dossier).zonderLegeUitspraken
            vastgesteld = try c.decodeIfPresent(Vaststelling.self, forKey: .vastgesteld)
        }
    }

    static var encoder: JSONEncoder {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return e
    }

    /// The bytes of a dossier file.
    public static func codeer(_ dossier: Dossier) throws -> Data {
        try encoder.encode(Envelop(schema: schema, soort: soortDossier, dossier: dossier.zonderLegeUitspraken, vastgesteld: nil))
    }

    static func codeer(versie dossier: Dossier, _ vaststelling: Vaststelling) throws -> Data {
        try encoder.encode(Envelop(schema: schema, soort: soortVersie, dossier: dossier.zonderLegeUitspraken, vastgesteld: vaststelling))
    }

    /// Reads a dossier file's bytes, with a Dutch reason when they are not a valid dossier.
    public static func decodeer(_ data: Data, soort verwacht: String = soortDossier) throws(Leesfout) -> (Dossier, Vaststelling?) {
        guard !data.isEmpty else { throw Leesfout("het bestand is leeg") }
        let envelop: Lezer
        do {
            let decoder = JSONDecoder()
            decoder.userInfo[Lezer.verwacht] = verwacht
            envelop = try decoder.decode(Lezer.self, from: data)
        } catch let fout as Leesfout {
            throw fout
        } catch let fout as DecodingError {
            switch fout {
            case .dataCorrupted(let ctx) where ctx.codingPath.isEmpty:
                throw Leesfout("het is geen geldige JSON (afgebroken of beschadigd)")
            case .typeMismatch(_, let ctx) where ctx.codingPath.isEmpty:
                throw Leesfout("het is geen dossier (de JSON is geen object)")
            default:
                throw Leesfout(beschrijf(fout))
            }
        } catch {
            throw Leesfout("het kan niet gelezen worden")
        }
        let problemen = envelop.dossier.problemen()
        guard problemen.isEmpty else { throw Leesfout(problemen.joined(separator: "; ")) }
        return (envelop.dossier, envelop.vastgesteld)
    }

    static func pad(_ codingPath: [any CodingKey]) -> String {
        var s = ""
        for key in codingPath {
            if let i = key.intValue { s += "[\(i + 1)]" } else { s += (s.isEmpty ? "" : ".") + key.stringValue }
        }
        return s.isEmpty ? "het begin" : s
    }

    static func beschrijf(_ fout: DecodingError) -> String {
        switch fout {
        case .keyNotFound(let key, let ctx): return "bij \(pad(ctx.codingPath)) ontbreekt het veld '\(key.stringValue)'"
        case .typeMismatch(_, let ctx): return "bij \(pad(ctx.codingPath)) staat een waarde van de verkeerde soort"
        case .valueNotFound(_, let ctx): return "bij \(pad(ctx.codingPath)) ontbreekt een waarde"
        case .dataCorrupted(let ctx):
            return "bij \(pad(ctx.codingPath)) staat een ongeldige waarde" + (ctx.debugDescription.contains("ongeldige") ? " (\(ctx.debugDescription))" : "")
        @unknown default: return "het kan niet gelezen worden"
        }
    }
}

public struct Leesfout: Error, Sendable, Equatable {
    public var reden: String
    public init(_ reden: String) { self.reden = reden }
}

/// A plan fixed ("vastgesteld") at an overleg.
public struct Vaststelling: Sendable, Equatable, Codable {
    public var datum: Datum
    /// When it was fixed, ISO 8601 with seconds.
    public var tijdstip: String
    public var overleg: String?
    /// Names of the people present, as they were then.
    public var aanwezigen: [String]

    public init(datum: Datum, tijdstip: String, overleg: String? = nil, aanwezigen: [String] = []) {
        self.datum = datum
        self.tijdstip = tijdstip
        self.overleg = overleg
        self.aanwezigen = aanwezigen
    }
}
