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
/// `D<tab>id<tab>size<tab>mtime-ns<tab>inode<tab>name`, per text `T<tab>where<tab>text<tab>=folded`
/// (the last field empty for a plain ASCII text: it folds to its lower case), and a last line
/// `#<tab>` + the FNV-1a check sum of all lines before it. Text is escaped as in the index.
public struct Zoekindex: Sendable {
    /// One dossier's texts, as bytes. Each text is kept once, followed by a 0 byte; a text
    /// that folds to more than its ASCII lower case (accents, ı, ß, …) also has its folded
    /// form in `gevouwen`. Plain ASCII text is searched ignoring case, so most texts are not
    /// held twice (10,000 households stay well under 100 MB).
    struct Deel: Sendable, Equatable {
        var id: String
        var naam: String
        var stempel: Bestandsstempel
        /// The folded name: the sort key of the list.
        var sorteersleutel: String
        var teksten: [UInt8] = []
        /// Per text: where its 0 byte is in `teksten`.
        var einden: [Int32] = []
        /// Per text: where it is in the dossier ("Gezinslid", …), shared between dossiers.
        var waar: [String] = []
        /// The folded forms of the texts that are not plain ASCII, each followed by a 0 byte.
        var gevouwen: [UInt8] = []
        var gevouwenEinden: [Int32] = []
        /// For each folded form: the number of its text.
        var gevouwenTekst: [Int32] = []

        var aantalTeksten: Int { einden.count }
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
        guard !q.isEmpty, !q.contains(0), maximaal > 0 else { return [] }
        let ascii = q.allSatisfy { $0 < 0x80 }
        var treffers: [Treffer] = []
        var gevonden: [Int] = []
        for deel in delen {
            gevonden.removeAll(keepingCapacity: true)
            // Plain ASCII texts, ignoring case; a text with a folded form is searched in that.
            if ascii {
                deel.teksten.withUnsafeBytes { hooi in
                    q.withUnsafeBytes { naald in
                        var plek = 0, tekst = 0, metVorm = 0
                        while let p = Self.vindZonderHoofdletters(naald, in: hooi, vanaf: plek) {
                            while Int(deel.einden[tekst]) < p { tekst += 1 }
                            while metVorm < deel.gevouwenTekst.count && Int(deel.gevouwenTekst[metVorm]) < tekst { metVorm += 1 }
                            if !(metVorm < deel.gevouwenTekst.count && Int(deel.gevouwenTekst[metVorm]) == tekst) { gevonden.append(tekst) }
                            plek = Int(deel.einden[tekst]) + 1
                            tekst += 1
                        }
                    }
                }
            }
            if !deel.gevouwen.isEmpty {
                let uitAscii = gevonden.count
                deel.gevouwen.withUnsafeBytes { hooi in
                    q.withUnsafeBytes { naald in
                        var plek = 0, vorm = 0
                        while let p = Self.vind(naald, in: hooi, vanaf: plek) {
                            while Int(deel.gevouwenEinden[vorm]) < p { vorm += 1 }
                            gevonden.append(Int(deel.gevouwenTekst[vorm]))
                            plek = Int(deel.gevouwenEinden[vorm]) + 1
                            vorm += 1
                        }
                    }
                }
                if uitAscii > 0 && gevonden.count > uitAscii { gevonden.sort() }
            }
            for t in gevonden {
                treffers.append(Treffer(id: deel.id, huishouden: deel.naam, waar: deel.waar[t], tekst: deel.tekst(t)))
                if treffers.count >= maximaal { return treffers }
            }
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

    /// The same for a lower-case ASCII `naald` in ASCII text, ignoring case: memchr for the
    /// first letter in both cases, then the rest compared in lower case.
    static func vindZonderHoofdletters(_ naald: UnsafeRawBufferPointer, in hooi: UnsafeRawBufferPointer, vanaf: Int) -> Int? {
        guard let h = hooi.baseAddress, naald.count > 0 else { return nil }
        let klein = naald[0]
        let groot = klein >= 0x61 && klein <= 0x7A ? klein - 0x20 : klein
        let laatste = hooi.count - naald.count
        var i = vanaf
        var volgendeKlein = -1, volgendeGroot = groot == klein ? Int.max : -1
        while i <= laatste {
            if volgendeKlein < i {
                volgendeKlein = memchr(h + i, Int32(klein), laatste + 1 - i).map { h.distance(to: UnsafeRawPointer($0)) } ?? Int.max
            }
            if volgendeGroot < i {
                volgendeGroot = memchr(h + i, Int32(groot), laatste + 1 - i).map { h.distance(to: UnsafeRawPointer($0)) } ?? Int.max
            }
            let j = min(volgendeKlein, volgendeGroot)
            guard j <= laatste else { return nil }
            var k = 1
            while k < naald.count {
                let b = hooi[j + k]
                if (b >= 0x41 && b <= 0x5A ? b + 0x20 : b) != naald[k] { break }
                k += 1
            }
            if k == naald.count { return j }
            i = j + 1
        }
        return nil
    }
}

/// The places of texts ("Gezinslid", "Actie", …) are few: each is kept once, shared by every
/// dossier, instead of once per text.
final class Waarnamen: @unchecked Sendable {
    static let gedeeld = Waarnamen()
    private let slot = NSLock()
    private var namen: [String: String] = [:]

    func naam(_ s: String) -> String {
        slot.withLock {
            if let n = namen[s] { return n }
            namen[s] = s
            return s
        }
    }
}

extension Zoekindex.Deel {
    func tekst(_ i: Int) -> String {
        let begin = i == 0 ? 0 : Int(einden[i - 1]) + 1
        return String(decoding: teksten[begin..<Int(einden[i])], as: UTF8.self)
    }

    /// The folded form of text `i`, as bytes.
    func gevouwenVorm(_ i: Int) -> ArraySlice<UInt8>? {
        guard let v = gevouwenTekst.firstIndex(of: Int32(i)) else { return nil }
        let begin = v == 0 ? 0 : Int(gevouwenEinden[v - 1]) + 1
        return gevouwen[begin..<Int(gevouwenEinden[v])]
    }

    /// The entry of a dossier as read from `stempel`'s file.
    init(_ dossier: Dossier, stempel: Bestandsstempel) {
        self.init(id: dossier.id, naam: dossier.naam, stempel: stempel)
        for (w, t) in dossier.zoekteksten() {
            let bytes = Array(t.utf8)
            voegToe(waar: w, tekst: bytes, gevouwen: bytes.allSatisfy { $0 < 0x80 } ? nil : Array(Lijst.vouw(t).utf8))
        }
        maakKlein()
    }

    init(id: String, naam: String, stempel: Bestandsstempel) {
        self.id = id
        self.naam = naam
        self.stempel = stempel
        sorteersleutel = Lijst.vouw(naam)
    }

    /// `gevouwen` nil: the text is plain ASCII (its folded form is its lower case). A 0 byte
    /// inside a text would end it early: it becomes a space.
    mutating func voegToe(waar w: String, tekst: some Collection<UInt8>, gevouwen g: (some Collection<UInt8>)?) {
        let nummer = Int32(einden.count)
        teksten.append(contentsOf: tekst)
        if tekst.contains(0) { for i in (teksten.count - tekst.count)..<teksten.count where teksten[i] == 0 { teksten[i] = 0x20 } }
        einden.append(Int32(teksten.count))
        teksten.append(0)
        waar.append(Waarnamen.gedeeld.naam(w))
        if let g {
            gevouwen.append(contentsOf: g)
            if g.contains(0) { for i in (gevouwen.count - g.count)..<gevouwen.count where gevouwen[i] == 0 { gevouwen[i] = 0x20 } }
            gevouwenEinden.append(Int32(gevouwen.count))
            gevouwen.append(0)
            gevouwenTekst.append(nummer)
        }
    }

    /// Without the room arrays keep to grow: 10,000 dossiers would hold up to twice their text.
    mutating func maakKlein() {
        func krap<T>(_ a: [T]) -> [T] { a.capacity > a.count ? a.withUnsafeBufferPointer { Array($0) } : a }
        teksten = krap(teksten)
        einden = krap(einden)
        waar = krap(waar)
        gevouwen = krap(gevouwen)
        gevouwenEinden = krap(gevouwenEinden)
        gevouwenTekst = krap(gevouwenTekst)
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
            for i in 0..<d.aantalTeksten {
                let begin = i == 0 ? 0 : Int(d.einden[i - 1]) + 1
                uit += [0x54, 0x09]
                veld(d.waar[i].utf8)
                uit.append(0x09)
                veld(d.teksten[begin..<Int(d.einden[i])])
                uit.append(0x09)
                // Plain ASCII folds to its lower case: not stored twice. Any other text has its
                // folded form after a "=" (which may be empty).
                if let g = d.gevouwenVorm(i) {
                    uit.append(0x3D)
                    veld(g)
                }
                uit.append(0x0A)
            }
        }
        let som = IndexFormaat.controlesom(uit[...])
        uit += Array("#\t\(som)\n".utf8)
        return Data(uit)
    }

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
                if var h = huidig { h.maakKlein(); delen.append(h) }
                huidig = Zoekindex.Deel(id: tekst(velden[1]), naam: tekst(velden[5]),
                                        stempel: Bestandsstempel(grootte: grootte, gewijzigdNs: ns, inode: inode, isGewoon: true))
            case (0x54, 4):
                guard velden[0].count == 1, huidig != nil else { return nil }
                let t = herstel(velden[2])
                let ascii = t.allSatisfy { $0 < 0x80 }
                // An ASCII text is searched in its lower case; any other has its folded form.
                guard ascii == velden[3].isEmpty, ascii || bytes[velden[3].lowerBound] == 0x3D else { return nil }
                huidig!.voegToe(waar: tekst(velden[1]), tekst: t,
                                gevouwen: ascii ? nil : herstel((velden[3].lowerBound + 1)..<velden[3].upperBound))
            default:
                return nil
            }
            begin = einde + 1
        }
        if var h = huidig { h.maakKlein(); delen.append(h) }
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
