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

    struct Kop: Decodable {
        var schema: Int?
        var soort: String?
    }

    static var encoder: JSONEncoder {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return e
    }

    /// The bytes of a dossier file.
    public static func codeer(_ dossier: Dossier) throws -> Data {
        try encoder.encode(Envelop(schema: schema, soort: soortDossier, dossier: dossier, vastgesteld: nil))
    }

    static func codeer(versie dossier: Dossier, _ vaststelling: Vaststelling) throws -> Data {
        try encoder.encode(Envelop(schema: schema, soort: soortVersie, dossier: dossier, vastgesteld: vaststelling))
    }

    /// Reads a dossier file's bytes, with a Dutch reason when they are not a valid dossier.
    public static func decodeer(_ data: Data, soort verwacht: String = soortDossier) throws(Leesfout) -> (Dossier, Vaststelling?) {
        let kop: Kop
        do {
            kop = try JSONDecoder().decode(Kop.self, from: data)
        } catch {
            throw Leesfout(data.isEmpty ? "het bestand is leeg" : "het is geen geldige JSON (afgebroken of beschadigd)")
        }
        guard let schema = kop.schema else { throw Leesfout("het veld 'schema' ontbreekt") }
        guard kop.soort == verwacht else {
            throw Leesfout("het is geen \(verwacht == soortDossier ? "dossier" : "vastgestelde versie") (soort: \(kop.soort ?? "onbekend"))")
        }
        guard schema <= Formaat.schema else {
            throw Leesfout("het is gemaakt door een nieuwere versie van Regie (schema \(schema), deze versie kent tot en met \(Formaat.schema))")
        }
        guard schema >= 1 else { throw Leesfout("schema \(schema) bestaat niet") }
        let envelop: Envelop
        do {
            envelop = try JSONDecoder().decode(Envelop.self, from: data)
        } catch let fout as DecodingError {
            throw Leesfout(beschrijf(fout))
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
