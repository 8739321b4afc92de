import Foundation
import RegieDomain

extension Lijst {
    /// Finds one household by id, or by a unique start of its name (case and accents
    /// do not matter: "de jong" finds "Familie De Jong" only if written from the start,
    /// "familie de j" does too).
    public func vind(_ verwijzing: String) throws(OpslagFout) -> DossierSamenvatting {
        let v = verwijzing.trimmingCharacters(in: .whitespaces)
        guard !v.isEmpty else { throw .nietGevonden("geen naam of id opgegeven") }
        if let d = dossiers.first(where: { $0.id == v }) { return d }
        let sleutel = Self.vouw(v)
        let passend = dossiers.filter { Self.vouw($0.naam).hasPrefix(sleutel) || $0.id.hasPrefix(v) }
        if passend.count == 1 { return passend[0] }
        // Not repeated: what was typed may be a name.
        if passend.isEmpty { throw .nietGevonden("geen huishouden met die id of met een naam die zo begint") }
        // Ids only: an error message may end up in a log or a screenshot, a name may not.
        let opties = passend.prefix(5).map(\.id).joined(separator: ", ")
        throw .io("Dat past bij \(passend.count) huishoudens (id \(opties)\(passend.count > 5 ? ", …" : "")). "
            + "Geef meer letters of het id; 'regie lijst' toont bij elk id de naam.")
    }

    /// Lower case without accents, for comparing names and for searching: "Noëlle" and
    /// "NOELLE" both become "noelle", "Yılmaz" becomes "yilmaz". The same folding as the
    /// screens' `searchFolded`, so the search index finds what the screens would.
    public static func vouw(_ s: String) -> String {
        if s.utf8.allSatisfy({ $0 < 0x80 }) { return s.lowercased() }  // fast path for plain ASCII
        var gevouwen = s.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        // Letters that are not a letter with an accent, so folding keeps them.
        if gevouwen.unicodeScalars.contains(where: { Self.losseLetters[$0] != nil }) {
            var uit = String.UnicodeScalarView()
            for c in gevouwen.unicodeScalars {
                if let vervanging = Self.losseLetters[c] { uit.append(contentsOf: vervanging.unicodeScalars) } else { uit.append(c) }
            }
            gevouwen = String(uit)
        }
        // Made native: a bridged string is transcoded again on every comparison while sorting.
        gevouwen.makeContiguousUTF8()
        return gevouwen
    }

    static let losseLetters: [Unicode.Scalar: String] = [
        "ı": "i", "ø": "o", "ł": "l", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe",
    ]
}
