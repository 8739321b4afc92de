#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import RegieDomain

/// The summary index: what a list shows of each dossier, so listing 10,000 households
/// does not read 10,000 files. Each entry remembers the file's size, modification time
/// and inode; an entry whose file changed, a new file or a removed one is brought up to
/// date on the next list. The index is only a cache: deleting it is always safe.
struct IndexBestand: Codable {
    var schema: Int
    var items: [IndexItem]
}

struct IndexItem: Codable {
    var bestand: String
    var stempel: Bestandsstempel
    var samenvatting: DossierSamenvatting
}

extension Opslag {
    static let indexSchema = 1

    /// Every readable dossier's summary, sorted by name, and the files that could not be
    /// read (they are set aside).
    public func lijst() -> Lijst {
        let namen = Bestanden.namen(in: dossierMap)
        ruimTijdelijkeBestandenOp(namen)
        let oud = leesIndex()
        var bekend: [String: IndexItem] = [:]
        for item in oud?.items ?? [] { bekend[item.bestand] = item }

        var items: [IndexItem] = []
        var problemen: [OpslagProbleem] = []
        var gewijzigd = oud == nil
        for naam in namen where naam.hasSuffix(".json") && !naam.hasSuffix(".vorige.json") && !naam.hasPrefix(".") {
            let id = String(naam.dropLast(5))
            let pad = "\(dossierMap)/\(naam)"
            guard Sleutel.isGeldig(id) else {
                let apart = zetApart(bron: pad, naam: naam.count > 80 ? String(naam.prefix(80)) : naam)
                problemen.append(OpslagProbleem(bestand: naam, reden: "de bestandsnaam is geen geldige dossier-id", apart: apart))
                gewijzigd = true
                continue
            }
            guard let stempel = Bestanden.stempel(pad) else { continue }  // removed meanwhile
            if let item = bekend[naam], item.stempel == stempel {
                items.append(item)
                continue
            }
            gewijzigd = true
            do throws(Leesfout) {
                guard stempel.isGewoon else { throw Leesfout("het is geen gewoon bestand") }
                let ruw: Data
                do { ruw = try Bestanden.lees(pad) } catch .onleesbaar(let r) { throw Leesfout(r) } catch .nietGevonden { continue } catch {
                    throw Leesfout(error.melding)
                }
                let dossier = try leesDossier(ruw, verwachteId: id)
                items.append(IndexItem(bestand: naam, stempel: stempel, samenvatting: DossierSamenvatting(dossier)))
            } catch {
                let apart = zetApart(bron: pad, naam: naam)
                problemen.append(OpslagProbleem(bestand: naam, reden: error.reden, apart: apart))
            }
        }
        if items.count != bekend.count { gewijzigd = true }
        if gewijzigd { schrijfIndex(IndexBestand(schema: Self.indexSchema, items: items)) }
        let dossiers = items.map(\.samenvatting).sorted {
            let a = $0.naam.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            let b = $1.naam.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            return (a, $0.id) < (b, $1.id)
        }
        return Lijst(dossiers: dossiers, problemen: problemen)
    }

    /// Files set aside earlier, that a person should look at.
    public func apartGezet() -> [String] {
        Bestanden.namen(in: apartMap).filter { !$0.hasPrefix(".") }.sorted()
    }

    func leesIndex() -> IndexBestand? {
        guard let ruw = try? Bestanden.lees(indexPad), let data = try? laag.open(ruw),
              let index = try? JSONDecoder().decode(IndexBestand.self, from: data),
              index.schema == Self.indexSchema else { return nil }
        return index
    }

    func schrijfIndex(_ index: IndexBestand) {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys]
        guard let data = try? laag.verzegel(e.encode(index)) else { return }
        // A failure here only costs speed on the next list.
        try? Bestanden.schrijfAtomisch(data, naar: indexPad)
    }

    /// Removes temporary files left by a program that was killed while saving.
    func ruimTijdelijkeBestandenOp(_ namen: [String]) {
        for naam in namen where naam.hasPrefix(".") {
            for merk in [".tmp-", ".vorige-"] {
                guard let r = naam.range(of: merk) else { continue }
                let pid = Int32(naam[r.upperBound...].prefix { $0.isNumber }) ?? 0
                if !Bestanden.procesLeeft(pid) { unlink("\(dossierMap)/\(naam)") }
            }
        }
    }
}
