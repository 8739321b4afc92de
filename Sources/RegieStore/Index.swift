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
///
/// Format (docs/bestandsformaat.md): a first line `regie-index 3`, then one line per
/// dossier with tab-separated fields; tab, newline and backslash in text are escaped.
/// Plain lines, because decoding 10,000 JSON objects took most of a list's time.
///
/// The index must never show what is not in the files: each line ends with a check sum of
/// its fields, and a line whose sum, id or file does not fit is dropped and rebuilt from
/// its file. Opening a dossier brings its line up to date (`verversIndexregel`).
struct IndexItem: Equatable {
    var bestand: String
    var stempel: Bestandsstempel
    var samenvatting: DossierSamenvatting
}

enum IndexFormaat {
    static let kop = "regie-index 3"

    static func codeer(_ items: [IndexItem]) -> Data {
        var s = kop + "\n"
        s.reserveCapacity(items.count * 160)
        for i in items {
            let z = i.samenvatting
            let afgesloten: String = z.afgesloten?.iso ?? "-"
            let signalen: String = z.veiligheidssignalen.map { $0 ? "1" : "0" } ?? "-"
            let velden: [String] = [
                ontsnap(i.bestand), String(i.stempel.grootte), String(i.stempel.gewijzigdNs), String(i.stempel.inode),
                ontsnap(z.id), ontsnap(z.naam), ontsnap(z.fase), z.niveau.map(String.init) ?? "-",
                z.overlegdata.map(\.iso).joined(separator: ","), z.openDeadlines.map(\.iso).joined(separator: ","),
                z.zorgenBasiszorgVeiligheid?.rawValue ?? "-", z.heeftVeiligheidsplan ? "1" : "0", z.veiligheidsplanOndertekend ? "1" : "0",
                afgesloten, signalen,
            ]
            let regel = velden.joined(separator: "\t")
            s += regel
            s += "\t"
            s += controlesom(Array(regel.utf8)[...])
            s += "\n"
        }
        return Data(s.utf8)
    }

    /// FNV-1a (64 bits) of a line's fields, as 16 hex digits: finds a line that was edited
    /// or damaged (it is a check, not a seal: in an encrypted store the whole index is sealed).
    static func controlesom(_ bytes: ArraySlice<UInt8>) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes {
            h ^= UInt64(b)
            h = h &* 0x0000_0100_0000_01b3
        }
        let hex = String(h, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// nil when the data is not an index of this version (it is then rebuilt).
    static func decodeer(_ data: Data) -> [IndexItem]? { decodeerMetStatus(data)?.items }

    /// The good lines, and whether every line was good (otherwise the index is written again
    /// without the bad ones). Parsed as bytes: splitting Swift strings by character took
    /// most of a list's time.
    static func decodeerMetStatus(_ data: Data) -> (items: [IndexItem], heel: Bool)? {
        let bytes = [UInt8](data)
        let kopBytes = Array((kop + "\n").utf8)
        guard bytes.count >= kopBytes.count, Array(bytes[0..<kopBytes.count]) == kopBytes else { return nil }
        var items: [IndexItem] = []
        var heel = true
        var velden: [Range<Int>] = []
        velden.reserveCapacity(16)
        var begin = kopBytes.count
        while begin < bytes.count {
            var einde = begin
            while einde < bytes.count && bytes[einde] != 0x0A { einde += 1 }
            if einde > begin {
                velden.removeAll(keepingCapacity: true)
                var veld = begin
                for i in begin..<einde where bytes[i] == 0x09 {
                    velden.append(veld..<i)
                    veld = i + 1
                }
                velden.append(veld..<einde)
                if velden.count == 16, velden[15].count == 16,
                   controlesom(bytes[begin..<velden[14].upperBound]).utf8.elementsEqual(bytes[velden[15]]),
                   let item = item(bytes, velden) {
                    items.append(item)
                } else {
                    heel = false
                }
            }
            begin = einde + 1
        }
        return (items, heel)
    }

    private static func item(_ b: [UInt8], _ v: [Range<Int>]) -> IndexItem? {
        func tekst(_ r: Range<Int>) -> String { herstel(String(decoding: b[r], as: UTF8.self)) }
        func getal(_ r: Range<Int>) -> UInt64? {
            guard !r.isEmpty, r.count <= 19 else { return nil }
            var n: UInt64 = 0
            for i in r {
                guard b[i] >= 0x30 && b[i] <= 0x39 else { return nil }
                n = n * 10 + UInt64(b[i] - 0x30)
            }
            return n
        }
        func data(_ r: Range<Int>) -> [Datum]? {
            guard !r.isEmpty else { return [] }
            guard (r.count + 1) % 11 == 0 else { return nil }
            var resultaat: [Datum] = []
            var i = r.lowerBound
            while i < r.upperBound {
                guard let j = getal(i..<i + 4), b[i + 4] == 0x2D, let m = getal(i + 5..<i + 7), b[i + 7] == 0x2D,
                      let d = getal(i + 8..<i + 10), let datum = Datum(jaar: Int(j), maand: Int(m), dag: Int(d)) else { return nil }
                resultaat.append(datum)
                i += 11
            }
            return resultaat
        }
        guard let grootte = getal(v[1]).flatMap(Int64.init(exactly:)), let ns = getal(v[2]).flatMap(Int64.init(exactly:)),
              let inode = getal(v[3]), let overleg = data(v[8]), let deadlines = data(v[9]) else { return nil }
        let afgesloten: Datum?
        if tekst(v[13]) == "-" {
            afgesloten = nil
        } else {
            guard v[13].count == 10, let datum = data(v[13])?.first else { return nil }
            afgesloten = datum
        }
        let niveauTekst = tekst(v[7])
        let z = DossierSamenvatting(
            id: tekst(v[4]), naam: tekst(v[5]), fase: tekst(v[6]), niveau: niveauTekst == "-" ? nil : Int(niveauTekst),
            overlegdata: overleg, openDeadlines: deadlines, zorgenBasiszorgVeiligheid: JaNee(rawValue: tekst(v[10])),
            heeftVeiligheidsplan: tekst(v[11]) == "1", veiligheidsplanOndertekend: tekst(v[12]) == "1")
        var samenvatting = z
        samenvatting.afgesloten = afgesloten
        samenvatting.veiligheidssignalen = tekst(v[14]) == "-" ? nil : tekst(v[14]) == "1"
        return IndexItem(bestand: tekst(v[0]),
                         stempel: Bestandsstempel(grootte: grootte, gewijzigdNs: ns, inode: inode, isGewoon: true),
                         samenvatting: samenvatting)
    }

    static func ontsnap(_ s: String) -> String {
        // By scalar, not by Character: "\r\n" is one Character and would slip through.
        guard s.utf8.contains(where: { $0 == 0x5C || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) else { return s }
        var r = ""
        for c in s.unicodeScalars {
            switch c {
            case "\\": r += "\\\\"
            case "\t": r += "\\t"
            case "\n": r += "\\n"
            case "\r": r += "\\r"
            default: r.unicodeScalars.append(c)
            }
        }
        return r
    }

    static func herstel(_ s: String) -> String {
        guard s.utf8.contains(0x5C) else { return s }
        var r = ""
        var escape = false
        for c in s {
            if escape {
                switch c {
                case "t": r.append("\t")
                case "n": r.append("\n")
                case "r": r.append("\r")
                default: r.append(c)
                }
                escape = false
            } else if c == "\\" {
                escape = true
            } else {
                r.append(c)
            }
        }
        return r
    }
}

extension Opslag {
    /// Every readable dossier's summary, sorted by name, and the files that could not be
    /// read (they are set aside).
    public func lijst() -> Lijst {
        // A locked layer opens nothing: no file is set aside for that, and the index stays.
        if let probleem = laagProbleem() {
            return Lijst(dossiers: [], problemen: [OpslagProbleem(bestand: "", reden: probleem, apart: nil)])
        }
        let dossierMap = self.dossierMap
        let namen = Bestanden.namen(in: dossierMap)
        ruimTijdelijkeBestandenOp(namen)
        let mapFd = open(dossierMap, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        defer { if mapFd >= 0 { close(mapFd) } }
        let oud = leesIndexMetStatus()
        var gewijzigd = oud?.heel != true
        // A line counts only for the file it names, for the id that file must have, and only
        // once: any other line would show one household twice and hide another.
        var bekend: [String: IndexItem] = [:]
        bekend.reserveCapacity(oud?.items.count ?? 0)
        var dubbel: Set<String> = []
        for item in oud?.items ?? [] {
            guard item.bestand == item.samenvatting.id + ".json" else {
                gewijzigd = true
                continue
            }
            if bekend.updateValue(item, forKey: item.bestand) != nil { dubbel.insert(item.bestand) }
        }
        for naam in dubbel {
            bekend[naam] = nil
            gewijzigd = true
        }

        var items: [IndexItem] = []
        items.reserveCapacity(namen.count)
        var problemen: [OpslagProbleem] = []
        for naam in namen where naam.hasSuffix(".json") && !naam.hasPrefix(".") && !naam.hasSuffix(".vorige.json") {
            let id = String(naam.dropLast(5))
            var pad: String { dossierMap + "/" + naam }
            guard Sleutel.isGeldig(id) else {
                let apart = zetApart(bron: pad, naam: naam.count > 80 ? String(naam.prefix(80)) : naam)
                problemen.append(OpslagProbleem(bestand: naam, reden: "de bestandsnaam is geen geldige dossier-id", apart: apart))
                gewijzigd = true
                continue
            }
            guard let stempel = mapFd >= 0 ? Bestanden.stempel(in: mapFd, naam) : Bestanden.stempel(pad) else { continue }  // removed meanwhile
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
                // Damaged: its backup is put back when that is good, else it is set aside.
                switch behandelBeschadigd(id, reden: error.reden) {
                case .success(let g):
                    items.append(IndexItem(bestand: naam, stempel: g.stempel, samenvatting: DossierSamenvatting(g.dossier)))
                    if let p = g.teruggezet { problemen.append(p) }
                case .failure(.beschadigd(let bestand, let reden, let apart)):
                    problemen.append(OpslagProbleem(bestand: bestand, reden: reden, apart: apart))
                case .failure(let fout):
                    problemen.append(OpslagProbleem(bestand: naam, reden: fout.melding, apart: nil))
                }
            }
        }
        if items.count != bekend.count { gewijzigd = true }
        if gewijzigd { schrijfIndex(items) }
        // Sort by name, ignoring case and accents; fold each name once, not per comparison.
        let dossiers = items.map { ($0.samenvatting, Lijst.vouw($0.samenvatting.naam)) }
            .sorted { ($0.1, $0.0.id) < ($1.1, $1.0.id) }
            .map(\.0)
        return Lijst(dossiers: dossiers, problemen: problemen)
    }

    /// Files set aside earlier, that a person should look at.
    public func apartGezet() -> [String] {
        Bestanden.namen(in: apartMap).filter { !$0.hasPrefix(".") }.sorted()
    }

    func leesIndex() -> [IndexItem]? { leesIndexMetStatus()?.items }

    func leesIndexMetStatus() -> (items: [IndexItem], heel: Bool)? {
        guard let ruw = try? Bestanden.lees(indexPad), let data = try? laag.open(ruw) else { return nil }
        return IndexFormaat.decodeerMetStatus(data)
    }

    /// Brings the index line of a dossier just read up to date: what the file says, with the
    /// stamp of the file it was read from. Nothing is written when the line was right; an
    /// index that is not there is left to the next list.
    func verversIndexregel(_ gelezen: Gelezen, id: String) {
        guard let oud = leesIndexMetStatus() else { return }
        let naam = "\(id).json"
        let nieuw = IndexItem(bestand: naam, stempel: gelezen.stempel, samenvatting: DossierSamenvatting(gelezen.dossier))
        let regels = oud.items.filter { $0.bestand == naam || $0.samenvatting.id == id }
        guard regels != [nieuw] else { return }
        schrijfIndex(oud.items.filter { $0.bestand != naam && $0.samenvatting.id != id } + [nieuw])
    }

    func schrijfIndex(_ items: [IndexItem]) {
        guard let data = try? laag.verzegel(IndexFormaat.codeer(items)), data.count <= Bestanden.maximaleGrootte else { return }
        // A failure here only costs speed on the next list.
        try? Bestanden.schrijfAtomisch(data, naar: indexPad)
    }

    /// Removes temporary files left by a program that was killed while saving (in the
    /// dossier folder, and the index's own in the store's folder).
    func ruimTijdelijkeBestandenOp(_ namen: [String]) {
        func ruim(_ namen: [String], in map: String) {
            for naam in namen where naam.hasPrefix(".") {
                for merk in [".tmp-", ".vorige-"] {
                    guard let r = naam.range(of: merk) else { continue }
                    let pid = Int32(naam[r.upperBound...].prefix { $0.isNumber }) ?? 0
                    if !Bestanden.procesLeeft(pid) { unlink("\(map)/\(naam)") }
                }
            }
        }
        ruim(namen, in: dossierMap)
        ruim(Bestanden.namen(in: map.path).filter { $0.hasPrefix(".index.json.tmp-") }, in: map.path)
    }
}
