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
        let methode = Methode(info: info, fasen: fasen.fasen, regiekaart: kaart, meldcode: meldcode, criteria: criteria,
                              overleggen: agendas.overleggen, profielen: profielen.profielen, begrippen: begrippen.begrippen,
                              leefgebieden: leefgebieden.leefgebieden)
        let inhoud = methode.problemen()
        guard inhoud.isEmpty else { throw MethodeFout(inhoud) }
        return methode
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
