#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import RegieDomain

/// The search index: every dossier's searchable texts (`Dossier.zoekteksten`), already folded
/// (`Lijst.vouw`), so a search across 10,000 households reads a few files instead of opening
/// every dossier, and each typed letter is one pass over bytes in memory.
///
/// On disk it is `zoekindex/00` … `zoekindex/ff`: 256 parts, a dossier in the part its id
/// hashes to, each sealed whole with the store's layer like every other file (nothing of it
/// is readable in an encrypted store). A save rewrites only its dossier's part; an erasure
/// removes the entry and overwrites the old part with zeros.
///
/// It is only a cache. Each entry remembers the stamp of the dossier file it was made from;
/// when the index is read (`zoekindex`), an entry whose file changed, a file without entry
/// (a part missing or damaged) and an entry without file are brought up to date from the
/// files, with progress. Parts are written without fsync: a part torn by a crash fails its
/// check or its seal and is rebuilt.
///
/// Part format, before sealing: a line `regie-zoekindex 1`, per dossier a line
/// `D<tab>id<tab>size<tab>mtime-ns<tab>inode<tab>name`, per text `T<tab>where<tab>text<tab>folded`
/// (folded empty when it is the plain lower case of an ASCII text), and a last line
/// `#<tab>` + the FNV-1a check sum of all lines before it. Text is escaped as in the index.
public struct Zoekindex: Sendable {
    /// One dossier's texts, as bytes: each text followed by a 0 byte.
    struct Deel: Sendable, Equatable {
        var id: String
        var naam: String
        var stempel: Bestandsstempel
        /// The folded name: the sort key of the list.
        var sorteersleutel: String
        var origineel: [UInt8]
        var gevouwen: [UInt8]
        /// Per text: where it ends in `origineel` and in `gevouwen` (the 0 byte), and its place.
        var origineelEinden: [Int32]
        var gevouwenEinden: [Int32]
        var waar: [String]

        var aantalTeksten: Int { waar.count }
    }

    public struct Treffer: Sendable, Equatable {
        public var id: String
        public var huishouden: String
        /// Where in the dossier: "Gezinslid", "Actie", …
        public var waar: String
        /// The whole text that matched.
        public var tekst: String
    }

    /// In the order of the list: by folded name, then id.
    var delen: [Deel]
    /// Dossiers that could not be read: not searched.
    public private(set) var onleesbaar: Int

    init(delen: [Deel], onleesbaar: Int) {
        self.delen = delen.sorted { ($0.sorteersleutel, $0.id) < ($1.sorteersleutel, $1.id) }
        self.onleesbaar = onleesbaar
    }

    /// An index of dossiers in memory, not from a store (for tests and examples).
    public init(dossiers: [Dossier]) {
        self.init(delen: dossiers.map { Deel($0, stempel: Bestandsstempel(grootte: 0, gewijzigdNs: 0, inode: 0, isGewoon: true)) },
                  onleesbaar: 0)
    }

    public var aantalDossiers: Int { delen.count }

    /// The texts that contain `vraag`, case and accents ignored (`Lijst.vouw`), in the order
    /// of the list and of the texts in each dossier; one per text, at most `maximaal`.
    public func zoek(_ vraag: String, maximaal: Int = 500) -> [Treffer] {
        let q = Array(Lijst.vouw(vraag.trimmingCharacters(in: .whitespaces)).utf8)
        guard !q.isEmpty, !q.contains(0) else { return [] }
        var treffers: [Treffer] = []
        for deel in delen {
            deel.gevouwen.withUnsafeBytes { buf in
                q.withUnsafeBytes { naald in
                    guard let basis = buf.baseAddress else { return }
                    var plek = 0
                    var tekst = 0
                    while plek < buf.count, treffers.count < maximaal, let gevonden = Self.vind(naald, in: buf, vanaf: plek) {
                        while Int(deel.gevouwenEinden[tekst]) < gevonden { tekst += 1 }
                        treffers.append(Treffer(id: deel.id, huishouden: deel.naam, waar: deel.waar[tekst], tekst: deel.tekst(tekst)))
                        plek = Int(deel.gevouwenEinden[tekst]) + 1
                        tekst += 1
                    }
                }
            }
            if treffers.count >= maximaal { break }
        }
        return treffers
    }

    /// Where `naald` first occurs in `hooi` from `vanaf`: memchr for its first byte, then
    /// memcmp (memmem is not in every C library).
    static func vind(_ naald: UnsafeRawBufferPointer, in hooi: UnsafeRawBufferPointer, vanaf: Int) -> Int? {
        guard let h = hooi.baseAddress, let n = naald.baseAddress, naald.count > 0 else { return nil }
        let eerste = Int32(naald[0])
        var i = vanaf
        while i + naald.count <= hooi.count {
            guard let p = memchr(h + i, eerste, hooi.count - naald.count + 1 - i) else { return nil }
            let j = h.distance(to: UnsafeRawPointer(p))
            if memcmp(p, n, naald.count) == 0 { return j }
            i = j + 1
        }
        return nil
    }
}

extension Zoekindex.Deel {
    func tekst(_ i: Int) -> String {
        let begin = i == 0 ? 0 : Int(origineelEinden[i - 1]) + 1
        return String(decoding: origineel[begin..<Int(origineelEinden[i])], as: UTF8.self)
    }

    /// The entry of a dossier as read from `stempel`'s file.
    init(_ dossier: Dossier, stempel: Bestandsstempel) {
        id = dossier.id
        naam = dossier.naam
        self.stempel = stempel
        sorteersleutel = Lijst.vouw(dossier.naam)
        origineel = []
        gevouwen = []
        origineelEinden = []
        gevouwenEinden = []
        waar = []
        for (w, t) in dossier.zoekteksten() {
            voegToe(waar: w, tekst: Array(t.utf8), gevouwen: Array(Lijst.vouw(t).utf8))
        }
    }

    init(id: String, naam: String, stempel: Bestandsstempel) {
        self.id = id
        self.naam = naam
        self.stempel = stempel
        sorteersleutel = Lijst.vouw(naam)
        origineel = []
        gevouwen = []
        origineelEinden = []
        gevouwenEinden = []
        waar = []
    }

    /// A 0 byte inside a text would end it early: it becomes a space.
    mutating func voegToe(waar w: String, tekst: [UInt8], gevouwen g: [UInt8]) {
        origineel += tekst.map { $0 == 0 ? 0x20 : $0 }
        origineelEinden.append(Int32(origineel.count))
        origineel.append(0)
        gevouwen += g.map { $0 == 0 ? 0x20 : $0 }
        gevouwenEinden.append(Int32(gevouwen.count))
        gevouwen.append(0)
        waar.append(w)
    }
}

// MARK: Format

enum ZoekindexFormaat {
    static let kop = "regie-zoekindex 1"
    static let aantalDelen = 256

    /// The part a dossier belongs in: FNV-1a of its id.
    static func deel(van id: String) -> Int {
        var h: UInt32 = 0x811c_9dc5
        for b in id.utf8 {
            h ^= UInt32(b)
            h = h &* 0x0100_0193
        }
        return Int(h % UInt32(aantalDelen))
    }

    static func naam(_ deel: Int) -> String {
        let hex = String(deel, radix: 16)
        return hex.count == 1 ? "0" + hex : hex
    }

    static func codeer(_ delen: [Zoekindex.Deel]) -> Data {
        var uit: [UInt8] = Array((kop + "\n").utf8)
        func veld(_ bytes: some Sequence<UInt8>) {
            for b in bytes {
                switch b {
                case 0x5C: uit += [0x5C, 0x5C]
                case 0x09: uit += [0x5C, 0x74]
                case 0x0A: uit += [0x5C, 0x6E]
                case 0x0D: uit += [0x5C, 0x72]
                default: uit.append(b)
                }
            }
        }
        for d in delen.sorted(by: { $0.id < $1.id }) {
            uit += Array("D\t".utf8)
            veld(d.id.utf8)
            uit += Array("\t\(d.stempel.grootte)\t\(d.stempel.gewijzigdNs)\t\(d.stempel.inode)\t".utf8)
            veld(d.naam.utf8)
            uit.append(0x0A)
            var o = 0, g = 0
            for i in 0..<d.aantalTeksten {
                let tekst = d.origineel[o..<Int(d.origineelEinden[i])]
                let gevouwen = d.gevouwen[g..<Int(d.gevouwenEinden[i])]
                uit += [0x54, 0x09]
                veld(d.waar[i].utf8)
                uit.append(0x09)
                veld(tekst)
                uit.append(0x09)
                // Plain ASCII folds to its lower case: not stored twice.
                if !(tekst.allSatisfy { $0 < 0x80 } && tekst.elementsEqual(gevouwen.map { $0 }, by: { kleineLetter($0) == $1 })) {
                    veld(gevouwen)
                }
                uit.append(0x0A)
                o = Int(d.origineelEinden[i]) + 1
                g = Int(d.gevouwenEinden[i]) + 1
            }
        }
        let som = IndexFormaat.controlesom(uit[...])
        uit += Array("#\t\(som)\n".utf8)
        return Data(uit)
    }

    static func kleineLetter(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b + 0x20 : b }

    /// The entries of a part, or nil when it is not a whole part of this version.
    static func decodeer(_ data: Data) -> [Zoekindex.Deel]? {
        let bytes = [UInt8](data)
        let kopBytes = Array((kop + "\n").utf8)
        guard bytes.count > kopBytes.count, bytes.starts(with: kopBytes) else { return nil }
        // The check sum line: the last line, "#\t" + 16 hex digits.
        guard bytes.last == 0x0A, bytes.count >= kopBytes.count + 19 else { return nil }
        let somBegin = bytes.count - 19
        guard bytes[somBegin] == 0x23, bytes[somBegin + 1] == 0x09,
              IndexFormaat.controlesom(bytes[0..<somBegin]).utf8.elementsEqual(bytes[(somBegin + 2)..<(bytes.count - 1)]) else { return nil }
        var delen: [Zoekindex.Deel] = []
        var huidig: Zoekindex.Deel?
        var velden: [Range<Int>] = []
        var begin = kopBytes.count
        func herstel(_ r: Range<Int>) -> [UInt8] {
            guard bytes[r].contains(0x5C) else { return Array(bytes[r]) }
            var uit: [UInt8] = []
            uit.reserveCapacity(r.count)
            var escape = false
            for b in bytes[r] {
                if escape {
                    switch b {
                    case 0x74: uit.append(0x09)
                    case 0x6E: uit.append(0x0A)
                    case 0x72: uit.append(0x0D)
                    default: uit.append(b)
                    }
                    escape = false
                } else if b == 0x5C {
                    escape = true
                } else {
                    uit.append(b)
                }
            }
            return uit
        }
        func tekst(_ r: Range<Int>) -> String { String(decoding: herstel(r), as: UTF8.self) }
        func getal(_ r: Range<Int>) -> UInt64? {
            guard !r.isEmpty, r.count <= 19 else { return nil }
            var n: UInt64 = 0
            for i in r {
                guard bytes[i] >= 0x30 && bytes[i] <= 0x39 else { return nil }
                n = n * 10 + UInt64(bytes[i] - 0x30)
            }
            return n
        }
        while begin < somBegin {
            var einde = begin
            while einde < somBegin && bytes[einde] != 0x0A { einde += 1 }
            velden.removeAll(keepingCapacity: true)
            var veld = begin
            for i in begin..<einde where bytes[i] == 0x09 {
                velden.append(veld..<i)
                veld = i + 1
            }
            velden.append(veld..<einde)
            switch (bytes[begin], velden.count) {
            case (0x44, 6):
                guard velden[0].count == 1, let grootte = getal(velden[2]).flatMap(Int64.init(exactly:)),
                      let ns = getal(velden[3]).flatMap(Int64.init(exactly:)), let inode = getal(velden[4]) else { return nil }
                if let h = huidig { delen.append(h) }
                huidig = Zoekindex.Deel(id: tekst(velden[1]), naam: tekst(velden[5]),
                                        stempel: Bestandsstempel(grootte: grootte, gewijzigdNs: ns, inode: inode, isGewoon: true))
            case (0x54, 4):
                guard velden[0].count == 1, huidig != nil else { return nil }
                let t = herstel(velden[2])
                let g = velden[3].isEmpty ? t.map(kleineLetter) : herstel(velden[3])
                huidig!.voegToe(waar: tekst(velden[1]), tekst: t, gevouwen: g)
            default:
                return nil
            }
            begin = einde + 1
        }
        if let h = huidig { delen.append(h) }
        return delen
    }
}

// MARK: The store

extension Opslag {
    var zoekindexMap: String { map.appendingPathComponent("zoekindex").path }

    func zoekindexPad(_ deel: Int) -> String { zoekindexMap + "/" + ZoekindexFormaat.naam(deel) }

    /// The search index, brought up to date with the files first: dossiers saved elsewhere,
    /// and all of them when the index is missing or damaged (then this takes as long as
    /// opening every dossier once; `voortgang` is told (done, to do) after each one).
    /// Reading a dossier for the index is not opening it: it is not in the audit trail.
    public func zoekindex(voortgang: (@Sendable (Int, Int) -> Void)? = nil) -> Zoekindex {
        guard laagProbleem() == nil else { return Zoekindex(delen: [], onleesbaar: 0) }
        try? Bestanden.maakPriveMap(zoekindexMap)
        ruimZoekindexOp()
        var perDeel: [[Zoekindex.Deel]] = Array(repeating: [], count: ZoekindexFormaat.aantalDelen)
        var heel = Array(repeating: true, count: ZoekindexFormaat.aantalDelen)
        for n in 0..<ZoekindexFormaat.aantalDelen {
            guard let ruw = try? Bestanden.lees(zoekindexPad(n)), let data = try? laag.open(ruw),
                  let delen = ZoekindexFormaat.decodeer(data) else {
                heel[n] = false
                continue
            }
            perDeel[n] = delen
        }
        var bekend: [String: Zoekindex.Deel] = [:]
        var gewijzigd = Set<Int>()
        for n in 0..<ZoekindexFormaat.aantalDelen {
            if !heel[n] { gewijzigd.insert(n) }
            for d in perDeel[n] {
                // An entry in the wrong part, or twice: the part is written again without it.
                guard ZoekindexFormaat.deel(van: d.id) == n, bekend.updateValue(d, forKey: d.id) == nil else {
                    gewijzigd.insert(n)
                    continue
                }
            }
        }

        let mapFd = open(dossierMap, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        defer { if mapFd >= 0 { close(mapFd) } }
        var actueel: [Zoekindex.Deel] = []
        var teLezen: [(id: String, stempel: Bestandsstempel)] = []
        var gezien = Set<String>()
        for naam in Bestanden.namen(in: dossierMap) where naam.hasSuffix(".json") && !naam.hasPrefix(".") && !naam.hasSuffix(".vorige.json") {
            let id = String(naam.dropLast(5))
            guard Sleutel.isGeldig(id), let stempel = mapFd >= 0 ? Bestanden.stempel(in: mapFd, naam) : Bestanden.stempel(pad(id)),
                  stempel.isGewoon else { continue }
            gezien.insert(id)
            if let d = bekend[id], d.stempel == stempel {
                actueel.append(d)
            } else {
                teLezen.append((id, stempel))
            }
        }
        for id in bekend.keys where !gezien.contains(id) { gewijzigd.insert(ZoekindexFormaat.deel(van: id)) }

        var onleesbaar = 0
        for (i, (id, _)) in teLezen.enumerated() {
            gewijzigd.insert(ZoekindexFormaat.deel(van: id))
            if let (ruw, stempel) = try? Bestanden.leesMetStempel(pad(id)), let dossier = try? leesDossier(ruw, verwachteId: id) {
                actueel.append(Zoekindex.Deel(dossier, stempel: stempel))
            } else {
                onleesbaar += 1
            }
            voortgang?(i + 1, teLezen.count)
        }
        if !gewijzigd.isEmpty {
            var nieuw: [[Zoekindex.Deel]] = Array(repeating: [], count: ZoekindexFormaat.aantalDelen)
            for d in actueel { nieuw[ZoekindexFormaat.deel(van: d.id)].append(d) }
            for n in gewijzigd.sorted() { schrijfZoekindexdeel(n, nieuw[n]) }
        }
        return Zoekindex(delen: actueel, onleesbaar: onleesbaar)
    }

    /// After a save: the dossier's entry in its part is replaced. Nothing is done while there
    /// is no index yet (the first search builds it whole).
    func werkZoekindexBij(_ dossier: Dossier) {
        guard Bestanden.bestaat(zoekindexMap), let stempel = Bestanden.stempel(pad(dossier.id)) else { return }
        let n = ZoekindexFormaat.deel(van: dossier.id)
        var delen = leesZoekindexdeel(n) ?? []
        delen.removeAll { $0.id == dossier.id }
        delen.append(Zoekindex.Deel(dossier, stempel: stempel))
        schrijfZoekindexdeel(n, delen)
    }

    /// After an erasure: the entry is removed, and the part that held it is overwritten with
    /// zeros before the new one takes its place. A part that cannot be read is removed whole.
    func haalUitZoekindex(_ id: String) {
        let n = ZoekindexFormaat.deel(van: id)
        let pad = zoekindexPad(n)
        guard Bestanden.bestaat(pad) else { return }
        guard var delen = leesZoekindexdeel(n) else {
            _ = Self.vernietig(pad)
            return
        }
        delen.removeAll { $0.id == id }
        schrijfZoekindexdeel(n, delen, vernietigOud: true)
    }

    func leesZoekindexdeel(_ n: Int) -> [Zoekindex.Deel]? {
        guard let ruw = try? Bestanden.lees(zoekindexPad(n)), let data = try? laag.open(ruw) else { return nil }
        return ZoekindexFormaat.decodeer(data)
    }

    /// Written whole under a temporary name, then renamed; without fsync (see `Zoekindex`).
    func schrijfZoekindexdeel(_ n: Int, _ delen: [Zoekindex.Deel], vernietigOud: Bool = false) {
        let pad = zoekindexPad(n)
        guard let data = try? laag.verzegel(ZoekindexFormaat.codeer(delen)), data.count <= Bestanden.maximaleGrootte else {
            _ = Self.vernietig(pad)
            return
        }
        let tijdelijk = "\(zoekindexMap)/.\(ZoekindexFormaat.naam(n)).tmp-\(getpid())-\(Sleutel8.nieuw())"
        let fd = open(tijdelijk, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard fd >= 0 else { return }
        var geschreven = 0
        while geschreven < data.count {
            let w = data.withUnsafeBytes { buf in write(fd, buf.baseAddress! + geschreven, buf.count - geschreven) }
            if w < 0 && errno == EINTR { continue }
            guard w > 0 else { break }
            geschreven += w
        }
        close(fd)
        guard geschreven == data.count else {
            unlink(tijdelijk)
            return
        }
        if vernietigOud { _ = Self.vernietig(pad) }
        if rename(tijdelijk, pad) != 0 { unlink(tijdelijk) }
    }

    /// Temporary parts left by a program that was killed while writing one.
    func ruimZoekindexOp() {
        for naam in Bestanden.namen(in: zoekindexMap) where naam.hasPrefix(".") {
            guard let r = naam.range(of: ".tmp-") else { continue }
            let pid = Int32(naam[r.upperBound...].prefix { $0.isNumber }) ?? 0
            if !Bestanden.procesLeeft(pid) { _ = Self.vernietig("\(zoekindexMap)/\(naam)") }
        }
    }

    /// Every file of the search index, overwritten with zeros and removed (when the store is
    /// encrypted in place: the index is then rebuilt sealed).
    static func vernietigZoekindex(in map: URL) {
        let zoekindex = map.appendingPathComponent("zoekindex").path
        for naam in Bestanden.namen(in: zoekindex) { _ = vernietig(zoekindex + "/" + naam) }
    }
}
