import Foundation
import RegieDomain
import Yams

/// The user's settings file, `$XDG_CONFIG_HOME/regie/instellingen.yaml`
/// (default `~/.config/regie/instellingen.yaml`). Every key is optional:
///
/// ```yaml
/// # where the dossiers are (like --data)
/// data: /pad/naar/map
/// # a region's own method set (like --methode)
/// methode: /pad/naar/methode
/// # the colour theme of the screens (like --thema)
/// thema: beamer
/// # your name, recorded with what you tick (asked by the program once)
/// naam: Sanne Visser
/// # months a closed household is kept before the overview offers to erase it (default 24)
/// bewaartermijn: 24
/// # minutes without a key before the program locks itself (default 5; 0 = never)
/// vergrendelen: 5
/// # reader mode for a screen reader (like --lezer)
/// lezer: ja
/// ```
///
/// A command-line option goes before an environment variable, which goes before this file.
struct Instellingen: Decodable, Equatable {
    var data: String?
    var methode: String?
    var thema: String?
    var naam: String?
    var bewaartermijn: Int?
    var vergrendelen: Double?
    /// Reader mode: `ja` or `nee` (also `true`/`false`).
    var lezer: Schakelaar?

    /// A yes or no in the settings, in Dutch or as YAML has it.
    struct Schakelaar: Decodable, Equatable {
        var aan: Bool
        init(aan: Bool) { self.aan = aan }
        init(from decoder: any Decoder) throws {
            let c = try decoder.singleValueContainer()
            if let b = try? c.decode(Bool.self) { aan = b; return }
            switch try c.decode(String.self).lowercased() {
            case "ja", "aan": aan = true
            case "nee", "uit": aan = false
            default: throw DecodingError.dataCorruptedError(in: c, debugDescription: "ja of nee")
            }
        }
    }

    /// Seconds without a key before the program locks; nil: never.
    var vergrendelNaSeconden: Double? {
        guard let m = vergrendelen else { return 300 }
        return m == 0 ? nil : m * 60
    }

    /// The retention period: the setting, or the default.
    var termijn: Bewaartermijn { bewaartermijn.map { Bewaartermijn(maanden: $0) } ?? .standaard }

    static func pad(omgeving: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        if let x = omgeving["XDG_CONFIG_HOME"], x.hasPrefix("/") {
            return URL(fileURLWithPath: x).appendingPathComponent("regie/instellingen.yaml")
        }
        let home = omgeving["HOME"] ?? NSHomeDirectory()
        return URL(fileURLWithPath: home).appendingPathComponent(".config/regie/instellingen.yaml")
    }

    /// The settings, or none when there is no file. A file that cannot be read stops the
    /// program with a message naming it: it never starts half-configured.
    static func laad(omgeving: [String: String] = ProcessInfo.processInfo.environment) throws -> Instellingen {
        let url = pad(omgeving: omgeving)
        guard FileManager.default.fileExists(atPath: url.path) else { return Instellingen() }
        guard let data = try? Data(contentsOf: url), data.count < 1_000_000, let tekst = String(data: data, encoding: .utf8) else {
            throw RegieFout("Het instellingenbestand \(url.path) kan niet worden gelezen.")
        }
        if tekst.allSatisfy(\.isWhitespace) { return Instellingen() }
        do {
            let instellingen = try YAMLDecoder().decode(Instellingen.self, from: tekst)
            if let m = instellingen.vergrendelen, !(m == 0 || (0.05...240).contains(m)) {
                throw RegieFout("Het instellingenbestand \(url.path) klopt niet: vergrendelen is een aantal minuten, van 0,05 tot en met 240, of 0 voor nooit.")
            }
            if let m = instellingen.bewaartermijn, !(1...1200).contains(m) {
                throw RegieFout("Het instellingenbestand \(url.path) klopt niet: bewaartermijn is een aantal maanden, van 1 tot en met 1200.")
            }
            return instellingen
        } catch let fout as RegieFout {
            throw fout
        } catch DecodingError.dataCorrupted(let context) where context.codingPath.first?.stringValue == "lezer" {
            throw RegieFout("Het instellingenbestand \(url.path) klopt niet: lezer is ja of nee.")
        } catch {
            throw RegieFout("Het instellingenbestand \(url.path) klopt niet: verwacht regels als 'methode: /pad/naar/map' of 'thema: beamer'.")
        }
    }

    /// Sets one key in the settings file, keeping every other line (and comments) as it was.
    static func zet(_ sleutel: String, op waarde: String, omgeving: [String: String] = ProcessInfo.processInfo.environment) throws {
        let url = pad(omgeving: omgeving)
        var regels: [String] = []
        if FileManager.default.fileExists(atPath: url.path) {
            guard let tekst = try? String(contentsOf: url, encoding: .utf8) else {
                throw RegieFout("Het instellingenbestand \(url.path) kan niet worden gelezen.")
            }
            regels = tekst.components(separatedBy: "\n")
            if regels.last == "" { regels.removeLast() }
        }
        let nieuw = "\(sleutel): \(yamlTekst(waarde))"
        if let i = regels.firstIndex(where: { $0.hasPrefix("\(sleutel):") }) { regels[i] = nieuw } else { regels.append(nieuw) }
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data((regels.joined(separator: "\n") + "\n").utf8).write(to: url, options: .atomic)
        } catch {
            throw RegieFout("Het instellingenbestand \(url.path) kan niet worden geschreven.")
        }
    }

    /// A YAML double-quoted scalar.
    static func yamlTekst(_ s: String) -> String {
        var uit = "\""
        for c in s.unicodeScalars {
            switch c {
            case "\"": uit += "\\\""
            case "\\": uit += "\\\\"
            case "\n": uit += "\\n"
            case "\t": uit += "\\t"
            default: if c.value < 0x20 { continue } else { uit.unicodeScalars.append(c) }
            }
        }
        return uit + "\""
    }
}
