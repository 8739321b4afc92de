import Foundation
import RegieDomain
import Yams

/// Loads a method set from a folder of YAML files and validates it.
///
/// A set is complete or it is refused: every file must be there, decode, and pass
/// `Methode.problemen()`; the error names the file, the item and the problem.
public enum MethodeLader {
    public static let bestanden = ["methode.yaml", "fasen.yaml", "regiekaart.yaml", "meldcode.yaml", "criteria.yaml", "overleggen.yaml",
                                       "competentieprofielen.yaml", "begrippen.yaml", "leefgebieden.yaml"]
    static let maximaleGrootte = 4 * 1024 * 1024

    /// The set shipped with the program.
    public static var standaardMap: URL? {
        Bundle.module.url(forResource: "Standaard", withExtension: nil)
    }

    /// The shipped set.
    public static func standaard() throws(MethodeFout) -> Methode {
        guard let map = standaardMap else {
            throw MethodeFout([MethodeProbleem(bestand: "Standaard", item: "map", probleem: "de meegeleverde methode is niet gevonden bij het programma")])
        }
        return try laad(map: map)
    }

    /// Loads the set in `map`.
    public static func laad(map: URL) throws(MethodeFout) -> Methode {
        try bouw(try lees(map: map))
    }

    /// The decoded files of a set, before they are put together and checked.
    struct Bestanden: Codable, Equatable {
        var info: MethodeInfo
        var fasen: FasenBestand
        var kaart: Regiekaart
        var meldcode: Meldcode
        var criteria: Criteria
        var agendas: OverleggenBestand
        var profielen: ProfielenBestand
        var begrippen: BegrippenBestand
        var leefgebieden: LeefgebiedenBestand
    }

    /// The set from its files, put together and checked.
    static func bouw(_ b: Bestanden) throws(MethodeFout) -> Methode {
        let methode = Methode(info: b.info, fasen: b.fasen.fasen, regiekaart: b.kaart, meldcode: b.meldcode, criteria: b.criteria,
                              overleggen: b.agendas.overleggen, profielen: b.profielen.profielen, begrippen: b.begrippen.begrippen,
                              leefgebieden: b.leefgebieden.leefgebieden)
        let inhoud = methode.problemen()
        guard inhoud.isEmpty else { throw MethodeFout(inhoud) }
        return methode
    }

    /// Reads and decodes the files in `map`.
    static func lees(map: URL) throws(MethodeFout) -> Bestanden {
        var isMap: ObjCBool = false
        guard FileManager.default.fileExists(atPath: map.path, isDirectory: &isMap) else {
            throw MethodeFout([MethodeProbleem(bestand: map.path, item: "methodemap", probleem: "deze map bestaat niet")])
        }
        guard isMap.boolValue else {
            throw MethodeFout([MethodeProbleem(bestand: map.path, item: "methodemap", probleem: "dit is een bestand, geen map")])
        }
        var problemen: [MethodeProbleem] = []
        func lees<T: Decodable>(_ naam: String, _ type: T.Type) -> T? {
            let url = map.appendingPathComponent(naam)
            guard FileManager.default.fileExists(atPath: url.path) else {
                problemen.append(.init(bestand: naam, item: "bestand", probleem: "het bestand ontbreekt"))
                return nil
            }
            do {
                let data = try Data(contentsOf: url)
                guard data.count <= maximaleGrootte else {
                    problemen.append(.init(bestand: naam, item: "bestand", probleem: "het bestand is groter dan 4 MB"))
                    return nil
                }
                guard let tekst = String(data: data, encoding: .utf8) else {
                    problemen.append(.init(bestand: naam, item: "bestand", probleem: "de tekst is geen UTF-8"))
                    return nil
                }
                return try YAMLDecoder().decode(T.self, from: tekst)
            } catch let fout as DecodingError {
                problemen.append(vertaal(fout, bestand: naam))
            } catch let fout as YamlError {
                problemen.append(vertaal(fout, bestand: naam))
            } catch {
                problemen.append(.init(bestand: naam, item: "bestand", probleem: "kan niet gelezen worden"))
            }
            return nil
        }
        let info = lees("methode.yaml", MethodeInfo.self)
        let fasen = lees("fasen.yaml", FasenBestand.self)
        let kaart = lees("regiekaart.yaml", Regiekaart.self)
        let meldcode = lees("meldcode.yaml", Meldcode.self)
        let criteria = lees("criteria.yaml", Criteria.self)
        // Files added to the method later: a set copied before them gets the shipped file.
        func leesOfStandaard<T: Decodable>(_ naam: String, _ type: T.Type) -> T? {
            if FileManager.default.fileExists(atPath: map.appendingPathComponent(naam).path) { return lees(naam, type) }
            guard let standaard = standaardBestand(naam, type) else {
                problemen.append(.init(bestand: naam, item: "bestand", probleem: "het bestand ontbreekt, ook bij het programma"))
                return nil
            }
            return standaard
        }
        let agendas = leesOfStandaard("overleggen.yaml", OverleggenBestand.self)
        let profielen = leesOfStandaard("competentieprofielen.yaml", ProfielenBestand.self)
        let begrippen = leesOfStandaard("begrippen.yaml", BegrippenBestand.self)
        let leefgebieden = leesOfStandaard("leefgebieden.yaml", LeefgebiedenBestand.self)
        guard let info, let fasen, let kaart, let meldcode, let criteria, let agendas, let profielen, let begrippen,
              let leefgebieden, problemen.isEmpty else {
            throw MethodeFout(problemen)
        }
        return Bestanden(info: info, fasen: fasen, kaart: kaart, meldcode: meldcode, criteria: criteria, agendas: agendas,
                         profielen: profielen, begrippen: begrippen, leefgebieden: leefgebieden)
    }

    // MARK: The cache

    /// Loads the set in `map` (nil: the shipped set) through a cache in `cache`: parsing the
    /// YAML files is most of an empty start, so their decoded content is kept as JSON, named
    /// by a hash of the files' bytes and of the program. A file changed by hand, another
    /// program or a damaged cache all mean: read the YAML again. What is written is first
    /// read back and compared, so the cache never holds anything but what the files say.
    public static func laad(map: URL?, cache: URL) throws(MethodeFout) -> Methode {
        guard let map = map ?? standaardMap else { return try standaard() }
        guard let sleutel = cachesleutel(map: map) else { return try laad(map: map) }
        let bestand = cache.appendingPathComponent("methode-\(sleutel).json")
        if let data = try? Data(contentsOf: bestand), let b = try? JSONDecoder().decode(Bestanden.self, from: data) {
            return try bouw(b)
        }
        let b = try lees(map: map)
        let methode = try bouw(b)
        if let data = try? JSONEncoder().encode(b), (try? JSONDecoder().decode(Bestanden.self, from: data)) == b {
            try? FileManager.default.createDirectory(at: cache, withIntermediateDirectories: true)
            // Old caches (of other files or programs) go: one file per set and program.
            for oud in (try? FileManager.default.contentsOfDirectory(atPath: cache.path)) ?? [] where oud.hasPrefix("methode-") && oud.hasSuffix(".json") {
                try? FileManager.default.removeItem(at: cache.appendingPathComponent(oud))
            }
            try? data.write(to: bestand, options: .atomic)
        }
        return methode
    }

    /// The folder for the cache: `$XDG_CACHE_HOME/regie`, else `~/.cache/regie`.
    public static func cachemap(omgeving: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        if let x = omgeving["XDG_CACHE_HOME"], x.hasPrefix("/") { return URL(fileURLWithPath: x).appendingPathComponent("regie") }
        return URL(fileURLWithPath: omgeving["HOME"] ?? NSHomeDirectory()).appendingPathComponent(".cache/regie")
    }

    /// FNV-1a over the bytes of every file the set is read from (a missing newer file: the
    /// shipped one) and the program's size and time (another build may decode otherwise).
    static func cachesleutel(map: URL) -> String? {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        func meng(_ bytes: some Sequence<UInt8>) {
            for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01B3 }
        }
        var isMap: ObjCBool = false
        guard FileManager.default.fileExists(atPath: map.path, isDirectory: &isMap), isMap.boolValue else { return nil }
        // Files added to the method later may be missing (the shipped one is used); the others
        // may not: without them there is no key, and reading the set says what is wrong.
        let later: Set<String> = ["overleggen.yaml", "competentieprofielen.yaml", "begrippen.yaml", "leefgebieden.yaml"]
        for naam in bestanden {
            var url = map.appendingPathComponent(naam)
            if !FileManager.default.fileExists(atPath: url.path) {
                guard later.contains(naam), let standaard = standaardMap else { return nil }
                url = standaard.appendingPathComponent(naam)
            }
            guard let data = try? Data(contentsOf: url), data.count <= maximaleGrootte else { return nil }
            meng(Array(naam.utf8) + [0])
            meng(data)
        }
        guard let programma = Bundle.main.executablePath,
              let attr = try? FileManager.default.attributesOfItem(atPath: programma),
              let grootte = attr[.size] as? NSNumber, let tijd = attr[.modificationDate] as? Date else { return nil }
        meng(Array("\(programma) \(grootte) \(tijd.timeIntervalSince1970)".utf8))
        return String(h, radix: 16)
    }

    /// A file shipped with the program (agendas, profiles, terms, leefgebieden), for a set without it.
    static func standaardBestand<T: Decodable>(_ naam: String, _ type: T.Type) -> T? {
        guard let url = standaardMap?.appendingPathComponent(naam),
              let tekst = try? String(contentsOf: url, encoding: .utf8) else { return nil }
        return try? YAMLDecoder().decode(T.self, from: tekst)
    }

    static func pad(_ codingPath: [any CodingKey]) -> String {
        var s = ""
        for key in codingPath {
            if let i = key.intValue {
                s += "[\(i + 1)]"
            } else {
                s += (s.isEmpty ? "" : ".") + key.stringValue
            }
        }
        return s.isEmpty ? "begin van het bestand" : s
    }

    static func vertaal(_ fout: DecodingError, bestand: String) -> MethodeProbleem {
        switch fout {
        case .keyNotFound(let key, let ctx):
            return .init(bestand: bestand, item: pad(ctx.codingPath), probleem: "het veld '\(key.stringValue)' ontbreekt")
        case .typeMismatch(let type, let ctx):
            return .init(bestand: bestand, item: pad(ctx.codingPath), probleem: "hier hoort \(soort(type))")
        case .valueNotFound(let type, let ctx):
            return .init(bestand: bestand, item: pad(ctx.codingPath), probleem: "de waarde ontbreekt (verwacht \(soort(type)))")
        case .dataCorrupted(let ctx):
            if let yaml = ctx.underlyingError as? YamlError { return vertaal(yaml, bestand: bestand) }
            // A value that is not one of an enum's cases ("Cannot initialize PlanVereiste from invalid String value soms").
            for type in [PlanVereiste.self, Competentieprofiel.self] as [Any.Type]
            where ctx.debugDescription.contains("initialize \(type) from") {
                return .init(bestand: bestand, item: pad(ctx.codingPath), probleem: "hier hoort \(soort(type))")
            }
            return .init(bestand: bestand, item: pad(ctx.codingPath), probleem: "ongeldige waarde (\(ctx.debugDescription))")
        @unknown default:
            return .init(bestand: bestand, item: "bestand", probleem: "kan niet gelezen worden")
        }
    }

    static func soort(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: return "tekst"
        case is Int.Type: return "een heel getal"
        case is Bool.Type: return "true of false"
        case is [Any].Type, is Node.Sequence.Type: return "een lijst"
        case is Node.Scalar.Type: return "een enkele waarde (tekst of getal)"
        default:
            let naam = String(describing: type)
            if naam.hasPrefix("Array") { return "een lijst" }
            if naam.hasPrefix("Optional<Competentieprofiel") || naam.hasPrefix("Competentieprofiel") { return "A, B of B+" }
            if naam.contains("PlanVereiste") { return "niet-nodig, naar-behoefte of verplicht" }
            return "een blok met velden"
        }
    }

    static func vertaal(_ fout: YamlError, bestand: String) -> MethodeProbleem {
        switch fout {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _):
            return .init(bestand: bestand, item: "regel \(mark.line), kolom \(mark.column)", probleem: "ongeldige YAML (\(problem))")
        default:
            return .init(bestand: bestand, item: "bestand", probleem: "ongeldige YAML")
        }
    }
}

/// A method set that cannot be used, with every problem found.
public struct MethodeFout: Error, Sendable, CustomStringConvertible {
    public var problemen: [MethodeProbleem]

    public init(_ problemen: [MethodeProbleem]) { self.problemen = problemen }

    public var description: String {
        let kop = problemen.count == 1 ? "De methode kan niet worden geladen:" : "De methode kan niet worden geladen (\(problemen.count) problemen):"
        return ([kop] + problemen.map { "- \($0)" }).joined(separator: "\n")
    }
}
