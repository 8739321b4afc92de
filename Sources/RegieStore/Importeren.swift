import Foundation
import RegieDomain

/// A dossier read from a file outside the store, checked and cleaned, ready to be added.
public struct Import: Sendable {
    public var dossier: Dossier
    /// What was changed on the way in, one Dutch sentence each (empty when nothing was).
    public var aanpassingen: [String]
}

/// Why a file could not be imported.
public enum Importfout: Error, Sendable, Equatable {
    /// Not a valid dossier: the reason, in Dutch.
    case ongeldig(String)
    /// The store already has a dossier with this id.
    case bestaatAl(String)
    /// The store refused it (too big, locked, disk full, …).
    case opslag(OpslagFout)
    /// Texts longer than a field may hold (`Tekstlimiet`): which, one Dutch phrase each.
    case teLang([String])

    /// One Dutch sentence, naming the file as the user gave it.
    public func melding(bestand: String) -> String {
        switch self {
        case .ongeldig(let reden): return "\(bestand) is geen geldig dossier: \(reden)."
        case .bestaatAl(let id):
            return "Er is al een dossier met id \(id). Er is niets veranderd; geef --nieuwe-id om het als nieuw dossier toe te voegen."
        case .opslag(let fout): return fout.melding
        case .teLang(let teksten):
            return "\(bestand) is niet ingelezen: \(teksten.joined(separator: "; ")). Er is niets toegevoegd."
        }
    }
}

extension Opslag {
    /// Adds the dossier in `data` (a file in the documented format, e.g. from `regie export
    /// --formaat json`): checked whole first, control characters taken out (`Stuurtekens`),
    /// and saved like any save, so a dossier that would be too big to read back is refused.
    /// On any error nothing is added.
    @discardableResult
    public func importeer(_ data: Data, nieuweId: Bool = false) throws(Importfout) -> Import {
        var (dossier, aanpassingen) = try Self.leesImport(data)
        if nieuweId { dossier.id = Sleutel.nieuw() }
        if bestaat(dossier.id) { throw .bestaatAl(dossier.id) }
        do { try voegToe(dossier) } catch { throw .opslag(error) }
        return Import(dossier: dossier, aanpassingen: aanpassingen)
    }

    /// The dossier in an import file and what was changed in it, without touching the store.
    static func leesImport(_ data: Data) throws(Importfout) -> (Dossier, [String]) {
        let dossier: Dossier
        do { dossier = try Formaat.decodeer(data).0 } catch { throw .ongeldig(error.reden) }
        let teLang = dossier.teLangeTeksten()
        guard teLang.isEmpty else { throw .teLang(teLang) }
        let schoon: Stuurtekens.Uitkomst
        do { schoon = try Stuurtekens.schoon(dossier, bron: data) } catch { throw .ongeldig(error.reden) }
        guard !schoon.velden.isEmpty else { return (dossier, []) }
        let problemen = schoon.dossier.problemen()
        guard problemen.isEmpty else {
            throw .ongeldig("na het weghalen van stuurtekens: \(problemen.joined(separator: "; "))")
        }
        return (schoon.dossier, [Stuurtekens.melding(schoon.velden)])
    }
}

/// Control characters in the text of a dossier. They have no place in a plan, and on a
/// terminal they are commands (ESC starts an escape sequence): a file from elsewhere could
/// clear the screen or change what is shown. On import they are taken out: from one-line
/// fields (names, phone numbers, e-mail, addresses, ids, …) every control character,
/// newline and tab included; from texts of several lines every one but newline and tab.
/// C0 (U+0000–U+001F), DEL (U+007F) and C1 (U+0080–U+009F) count as control characters.
public enum Stuurtekens {
    /// The fields of several lines (texts with a `tekst` editor in the forms, notes and
    /// reasons). Every other text is one line.
    static let meerregelig: Set<String> = [
        "aanleiding", "integraleAnalyse", "gewenstResultaat", "samenvatting", "resultaat", "omschrijving", "citaat",
        "gevolgen", "veiligheidsvoorwaarden", "wat", "nodig", "alsNietNagekomen", "toelichting", "notitie", "reden",
        "tekst", "geenVolgendOverleg",
    ]

    /// True for a control character (see the type's comment).
    public static func isStuurteken(_ s: Unicode.Scalar) -> Bool {
        s.value < 0x20 || (0x7F...0x9F).contains(s.value)
    }

    /// `tekst` without control characters; with `meerregelig`, newline and tab stay.
    public static func zonder(_ tekst: String, meerregelig: Bool) -> String {
        guard tekst.unicodeScalars.contains(where: isStuurteken) else { return tekst }
        var uit = String.UnicodeScalarView()
        for s in tekst.unicodeScalars where !isStuurteken(s) || (meerregelig && (s == "\n" || s == "\t")) {
            uit.append(s)
        }
        return String(uit)
    }

    struct Uitkomst {
        var dossier: Dossier
        /// The fields that changed, as paths ("naam", "gezinsleden[2].telefoon").
        var velden: [String]
    }

    /// The dossier with control characters taken out of every text, by walking its JSON
    /// form: every text field of every type is reached, also ones added later.
    static func schoon(_ dossier: Dossier) throws(Leesfout) -> Uitkomst {
        try schoon(dossier, bron: nil)
    }

    /// The same; `bron` is the JSON the dossier was read from: when it has no escape or byte
    /// that can stand for a control character, its texts have none and the walk is skipped.
    static func schoon(_ dossier: Dossier, bron: Data?) throws(Leesfout) -> Uitkomst {
        if let bron, !kanBevatten(bron) { return Uitkomst(dossier: dossier, velden: []) }
        let boom: JSONWaarde
        do { boom = try JSONDecoder().decode(JSONWaarde.self, from: JSONEncoder().encode(dossier)) } catch {
            throw Leesfout("het kan niet worden gecontroleerd")
        }
        var velden: [String] = []
        let schoon = try boom.zonderStuurtekens(pad: "", sleutel: nil, velden: &velden)
        guard !velden.isEmpty else { return Uitkomst(dossier: dossier, velden: []) }
        do {
            let d = try JSONDecoder().decode(Dossier.self, from: JSONEncoder().encode(schoon))
            return Uitkomst(dossier: d, velden: velden)
        } catch {
            throw Leesfout("na het weghalen van stuurtekens is het geen geldig dossier meer (bij \(velden.first ?? "het begin"))")
        }
    }

    /// False only when JSON text `data` cannot hold a control character in a string: those
    /// are escaped there (`\u001b`, `\n`, …; JSON allows no raw ones), except DEL and C1,
    /// which may stand as they are.
    static func kanBevatten(_ data: Data) -> Bool {
        data.withUnsafeBytes { (b: UnsafeRawBufferPointer) -> Bool in
            guard b.count > 1 else { return b.first == 0x7F }
            for i in 0..<b.count {
                switch b[i] {
                case 0x7F: return true
                case 0xC2 where i + 1 < b.count && (0x80...0x9F).contains(b[i + 1]): return true
                case 0x5C where i + 1 < b.count && [0x75, 0x62, 0x66, 0x6E, 0x72, 0x74].contains(b[i + 1]): return true  // \u \b \f \n \r \t
                default: continue
                }
            }
            return false
        }
    }

    /// "Stuurtekens (zoals Escape of NUL) weggehaald uit: naam, gezinsleden[1].telefoon."
    static func melding(_ velden: [String]) -> String {
        let getoond = velden.prefix(10).joined(separator: ", ")
        let meer = velden.count > 10 ? " en \(velden.count - 10) andere velden" : ""
        return "Onzichtbare stuurtekens (zoals Escape of NUL) zijn weggehaald uit: \(getoond)\(meer)."
    }
}

/// A JSON value, for walking a dossier's texts whatever its types.
enum JSONWaarde: Codable {
    case null
    case waarheid(Bool)
    case geheel(Int)
    case getal(Double)
    case tekst(String)
    case lijst([JSONWaarde])
    case object([String: JSONWaarde])

    init(from decoder: any Decoder) throws {
        if var c = try? decoder.unkeyedContainer() {
            var lijst: [JSONWaarde] = []
            while !c.isAtEnd { lijst.append(try c.decode(JSONWaarde.self)) }
            self = .lijst(lijst)
            return
        }
        if let c = try? decoder.container(keyedBy: VrijeSleutel.self) {
            var object: [String: JSONWaarde] = [:]
            for k in c.allKeys { object[k.stringValue] = try c.decode(JSONWaarde.self, forKey: k) }
            self = .object(object)
            return
        }
        let c = try decoder.singleValueContainer()
        if c.decodeNil() { self = .null }
        else if let b = try? c.decode(Bool.self) { self = .waarheid(b) }
        else if let i = try? c.decode(Int.self) { self = .geheel(i) }
        else if let d = try? c.decode(Double.self) { self = .getal(d) }
        else { self = .tekst(try c.decode(String.self)) }
    }

    func encode(to encoder: any Encoder) throws {
        switch self {
        case .null:
            var c = encoder.singleValueContainer()
            try c.encodeNil()
        case .waarheid(let b):
            var c = encoder.singleValueContainer()
            try c.encode(b)
        case .geheel(let i):
            var c = encoder.singleValueContainer()
            try c.encode(i)
        case .getal(let d):
            var c = encoder.singleValueContainer()
            try c.encode(d)
        case .tekst(let s):
            var c = encoder.singleValueContainer()
            try c.encode(s)
        case .lijst(let l):
            var c = encoder.unkeyedContainer()
            for w in l { try c.encode(w) }
        case .object(let o):
            var c = encoder.container(keyedBy: VrijeSleutel.self)
            for (k, w) in o { try c.encode(w, forKey: VrijeSleutel(k)) }
        }
    }

    struct VrijeSleutel: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(_ s: String) { stringValue = s }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    /// This value without control characters in its texts; `sleutel` is the name of the
    /// field the value is in (for a list, the list's). Changed fields are added to `velden`.
    func zonderStuurtekens(pad: String, sleutel: String?, velden: inout [String]) throws(Leesfout) -> JSONWaarde {
        switch self {
        case .tekst(let s):
            let schoon = Stuurtekens.zonder(s, meerregelig: sleutel.map(Stuurtekens.meerregelig.contains) ?? false)
            if schoon != s { velden.append(pad.isEmpty ? "het begin" : pad) }
            return .tekst(schoon)
        case .lijst(let l):
            var uit: [JSONWaarde] = []
            uit.reserveCapacity(l.count)
            for (i, w) in l.enumerated() {
                uit.append(try w.zonderStuurtekens(pad: "\(pad)[\(i + 1)]", sleutel: sleutel, velden: &velden))
            }
            return .lijst(uit)
        case .object(let o):
            var uit: [String: JSONWaarde] = [:]
            for k in o.keys.sorted() {
                // A key of a free-form map (the fields of the types have plain names).
                let schoneSleutel = Stuurtekens.zonder(k, meerregelig: false)
                let p = pad.isEmpty ? schoneSleutel : "\(pad).\(schoneSleutel)"
                if schoneSleutel != k {
                    guard o[schoneSleutel] == nil, uit[schoneSleutel] == nil else {
                        throw Leesfout("bij \(p) staat een sleutel met stuurtekens die zonder die tekens al bestaat")
                    }
                    velden.append(p)
                }
                uit[schoneSleutel] = try o[k]!.zonderStuurtekens(pad: p, sleutel: schoneSleutel, velden: &velden)
            }
            return .object(uit)
        default:
            return self
        }
    }
}
