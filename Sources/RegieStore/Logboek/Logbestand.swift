#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Crypto
import Foundation

/// The trail on disk: `<map>/logboek`, one sealed entry per line (base64), appended only;
/// `<map>/logboek.kop`, the sealed count and the hash of the last line, rewritten after
/// each append; `<map>/logboek.slot`, the lock held while appending.
struct Logbestand: Sendable {
    let map: URL
    let laag: any Bytelaag
    let sleutel: SymmetricKey?

    var pad: String { map.appendingPathComponent("logboek").path }
    var kopPad: String { map.appendingPathComponent("logboek.kop").path }
    var slotPad: String { map.appendingPathComponent("logboek.slot").path }

    static let nieuweRegel = UInt8(ascii: "\n")
    /// An entry is a few hundred bytes; a "line" longer than this is not one of ours.
    static let maximaleRegel = 256 * 1024

    // MARK: The chain

    /// HMAC-SHA256 of a stored line (without its newline) with the store's trail key, or plain
    /// SHA-256 when the store is not encrypted; hex.
    func mac<D: DataProtocol>(_ regel: D) -> String {
        let bytes: [UInt8]
        if let sleutel {
            bytes = Array(HMAC<SHA256>.authenticationCode(for: regel, using: sleutel))
        } else {
            bytes = Array(SHA256.hash(data: regel))
        }
        return bytes.map { String(format: "%02x", $0) }.joined()
    }

    // MARK: Lines

    func codeer(_ item: Logitem) throws(OpslagFout) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        do { return try laag.verzegel(encoder.encode(item)).base64EncodedData() } catch {
            throw .io("Een regel voor het logboek kan niet worden versleuteld.")
        }
    }

    /// The entry in a stored line, or nil when it cannot be opened or read (changed or damaged).
    func decodeer<D: DataProtocol>(_ regel: D) -> Logitem? {
        guard let verzegeld = Data(base64Encoded: Data(regel)), let json = try? laag.open(verzegeld) else { return nil }
        return try? JSONDecoder().decode(Logitem.self, from: json)
    }

    // MARK: The head

    struct Kop: Codable, Equatable {
        var aantal: Int
        var laatste: String
    }

    func schrijfKop(_ kop: Kop) throws(OpslagFout) {
        let data: Data
        do { data = try laag.verzegel(JSONEncoder().encode(kop)) } catch {
            throw .io("De kop van het logboek kan niet worden versleuteld.")
        }
        // Atomic (temporary file with fsync, then rename) without the folder's fsync: the
        // head may lag one line after a power cut, which the check allows.
        let tijdelijk = map.appendingPathComponent(".logboek.kop.tmp-\(getpid())-\(Sleutel8.nieuw())").path
        try Bestanden.schrijfNieuw(data, naar: tijdelijk)
        guard rename(tijdelijk, kopPad) == 0 else {
            let e = errno
            unlink(tijdelijk)
            throw Bestanden.fout(e, kopPad)
        }
    }

    /// nil when there is no head file; throws when there is one that cannot be read.
    func leesKop() throws(Leesfout) -> Kop? {
        let ruw: Data
        do { ruw = try Bestanden.lees(kopPad) } catch .nietGevonden { return nil } catch {
            throw Leesfout("het kopbestand kan niet worden gelezen")
        }
        guard let open = try? laag.open(ruw), let kop = try? JSONDecoder().decode(Kop.self, from: open) else {
            throw Leesfout("het kopbestand is veranderd of beschadigd")
        }
        return kop
    }

    // MARK: Reading

    /// The whole trail (no size limit: it only grows), or nil when there is none yet.
    func leesAlles() throws(OpslagFout) -> Data? {
        let fd = open(pad, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        guard fd >= 0 else {
            if errno == ENOENT { return nil }
            throw .io("Het logboek kan niet worden geopend (\(String(cString: strerror(errno)))).")
        }
        defer { close(fd) }
        var data = Data()
        var buf = [UInt8](repeating: 0, count: 256 * 1024)
        while true {
            let n = read(fd, &buf, buf.count)
            if n < 0 {
                if errno == EINTR { continue }
                throw .io("Het logboek kan niet worden gelezen.")
            }
            if n == 0 { break }
            data.append(contentsOf: buf[0..<n])
        }
        return data
    }

    /// The complete lines, and the unfinished last one if the file does not end in a newline.
    static func splits(_ data: Data) -> (regels: [Data], onvolledig: Data?) {
        var regels = data.split(separator: nieuweRegel, omittingEmptySubsequences: false).map { Data($0) }
        // After the final newline comes an empty piece; anything else is an unfinished line.
        let laatste = regels.popLast() ?? Data()
        return (regels, laatste.isEmpty ? nil : laatste)
    }

    // MARK: Appending

    /// Appends the entry `maak(nr, vorige)` under the lock, with fsync, then rewrites the head.
    ///
    /// The trail never heals what was done to it: the number continues after the head's count
    /// when lines are missing at the end (so the gap stays visible), and a head that is gone
    /// or cannot be read is left as it is (except after the very first line, where a crash
    /// may have cut the head off).
    func voegToe(_ maak: (Int, String) -> Logitem) throws(OpslagFout) -> Logitem {
        try Bestanden.maakPriveMap(map.path)
        let slot = try Slot.neem(slotPad)
        defer { slot.geefVrij() }
        let fd = open(pad, O_RDWR | O_CREAT | O_APPEND | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard fd >= 0 else { throw Bestanden.fout(errno, pad) }
        defer { close(fd) }
        let kop: Kop?? = try? leesKop()
        let (laatste, nr) = try staart(fd)
        let item = maak(max(nr, (kop ?? nil)?.aantal ?? 0) + 1, laatste.map { mac($0) } ?? "")
        let regel = try codeer(item)
        try schrijfHeel(fd, regel + [Self.nieuweRegel])
        guard fsync(fd) == 0 else { throw Bestanden.fout(errno, pad) }
        let kopIsHeel = kop.map { $0 != nil } ?? false
        if kopIsHeel || (kop != nil && nr <= 1) {
            try schrijfKop(Kop(aantal: item.nr, laatste: mac(regel)))
        }
        // The anchor in the key file moves on only from a trail it still matches: after an
        // older trail was put back, it keeps what it knew, so the check goes on seeing it.
        if sleutel != nil, let versleuteld = laag as? VersleuteldeLaag, ankerPast(Kluis.leesAnker(map: map, laag: versleuteld),
                                                                                  aantal: nr, laatste: laatste) {
            Kluis.schrijfAnker(map: map, laag: versleuteld, Kop(aantal: item.nr, laatste: mac(regel)))
        }
        return item
    }

    /// True when the anchor is none yet, or names a line the trail (of `aantal` lines, the last
    /// being `laatste`) still holds unchanged. Normally it names the last line; only after a
    /// crash between the head and the anchor is it behind, and then the whole trail is read.
    func ankerPast(_ anker: Kluis.Anker, aantal: Int, laatste: Data?) -> Bool {
        switch anker {
        case .geen: return true
        case .onleesbaar: return false
        case .kop(let a):
            if a.aantal > aantal { return false }
            if a.aantal == aantal { return laatste.map { mac($0) } == a.laatste || a.aantal == 0 }
            guard a.aantal >= 1, let alles = try? leesAlles() else { return a.aantal == 0 }
            let regels = Self.splits(alles).regels
            return a.aantal <= regels.count && mac(regels[a.aantal - 1]) == a.laatste
        }
    }

    private func schrijfHeel(_ fd: Int32, _ data: Data) throws(OpslagFout) {
        var geschreven = 0
        while geschreven < data.count {
            let n = data.withUnsafeBytes { buf in write(fd, buf.baseAddress! + geschreven, buf.count - geschreven) }
            if n < 0 {
                if errno == EINTR { continue }
                throw Bestanden.fout(errno, pad)
            }
            geschreven += n
        }
    }

    /// The last complete line and its number; cuts off an unfinished tail.
    private func staart(_ fd: Int32) throws(OpslagFout) -> (Data?, Int) {
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw .io("Het logboek kan niet worden gelezen.") }
        let grootte = Int(st.st_size)
        guard grootte > 0 else { return (nil, 0) }
        let lengte = min(grootte, Self.maximaleRegel)
        var buf = [UInt8](repeating: 0, count: lengte)
        guard pread(fd, &buf, lengte, off_t(grootte - lengte)) == lengte else { throw .io("Het logboek kan niet worden gelezen.") }
        var eind = lengte
        if buf[lengte - 1] != Self.nieuweRegel {
            let laatsteNL = buf.lastIndex(of: Self.nieuweRegel)
            guard laatsteNL != nil || grootte == lengte else { throw .io("Het logboek is beschadigd: de laatste regel is te lang.") }
            let begin = laatsteNL.map { $0 + 1 } ?? 0
            if decodeer(buf[begin...]) != nil {
                // A whole entry that only lacks its newline: keep it, and end it.
                try schrijfHeel(fd, Data([Self.nieuweRegel]))
                buf.append(Self.nieuweRegel)
                eind = buf.count
            } else {
                // A write cut off by a crash: never completed, never counted in the head.
                eind = begin
                guard ftruncate(fd, off_t(grootte - lengte + eind)) == 0 else { throw Bestanden.fout(errno, pad) }
                guard eind > 0 else { return (nil, 0) }
            }
        }
        let begin = buf[0..<(eind - 1)].lastIndex(of: Self.nieuweRegel).map { $0 + 1 }
        guard begin != nil || grootte == lengte else { throw .io("Het logboek is beschadigd: de laatste regel is te lang.") }
        let regel = Data(buf[(begin ?? 0)..<(eind - 1)])
        if let item = decodeer(regel) { return (regel, item.nr) }
        // The last line cannot be read: number by counting (rare; the check reports it).
        let alle = try leesAlles() ?? Data()
        return (regel, Self.splits(alle).regels.count)
    }
}
