#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// The few POSIX calls the store needs, with errors as `OpslagFout`.
enum Bestanden {
    /// The one size limit of the store: files larger than this are refused when read (as
    /// hostile: a plan is a few hundred KB at most) and never written (a save or an import
    /// that would make a larger file is refused), so what the store writes it can read back.
    /// Checked on the bytes as they are on disk (pretty-printed JSON, sealed when encrypted).
    static let maximaleGrootte = 64 * 1024 * 1024

    /// "64 MB": the limit as the messages name it.
    static var grensTekst: String { "\(maximaleGrootte / (1024 * 1024)) MB" }

    /// A size in MB with one decimal and a Dutch comma ("84,2 MB").
    static func megabytes(_ n: Int) -> String {
        let tienden = (n * 10 + 512 * 1024) / (1024 * 1024)
        return "\(tienden / 10),\(tienden % 10) MB"
    }

    /// Creates `pad` (and parents) if needed, and makes it private (0700).
    static func maakPriveMap(_ pad: String) throws(OpslagFout) {
        do {
            try FileManager.default.createDirectory(atPath: pad, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
        } catch {
            throw .io("De map \(pad) kan niet worden aangemaakt.")
        }
        var st = stat()
        guard lstat(pad, &st) == 0, (st.st_mode & S_IFMT) == S_IFDIR else {
            throw .io("\(pad) is geen map.")
        }
        if st.st_mode & 0o077 != 0 { _ = chmod(pad, 0o700) }
    }

    /// The whole file, refusing links, devices and files over the size limit.
    static func lees(_ pad: String) throws(OpslagFout) -> Data {
        try leesMetStempel(pad).0
    }

    /// The same, with the stamp of the very file that was read (taken before reading, from
    /// the open file: a file replaced meanwhile gives the old stamp, so an index built from
    /// it is found stale and read again, never the other way round).
    static func leesMetStempel(_ pad: String) throws(OpslagFout) -> (Data, Bestandsstempel) {
        let fd = open(pad, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK)
        guard fd >= 0 else {
            if errno == ENOENT { throw .nietGevonden(pad) }
            if errno == ELOOP { throw .onleesbaar("het is een koppeling, geen gewoon bestand") }
            throw .io("\(pad) kan niet worden geopend (\(String(cString: strerror(errno)))).")
        }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw .io("\(pad) kan niet worden gelezen.") }
        guard (st.st_mode & S_IFMT) == S_IFREG else { throw .onleesbaar("het is geen gewoon bestand") }
        guard Int(st.st_size) <= maximaleGrootte else { throw .onleesbaar("het bestand is groter dan \(grensTekst)") }
        var data = Data(count: Int(st.st_size))
        var gelezen = 0
        while true {
            if gelezen == data.count { data.count += 64 * 1024 }   // the file grew while reading
            let n = data.withUnsafeMutableBytes { buf in
                read(fd, buf.baseAddress! + gelezen, buf.count - gelezen)
            }
            if n < 0 {
                if errno == EINTR { continue }
                throw .io("\(pad) kan niet worden gelezen (\(String(cString: strerror(errno)))).")
            }
            if n == 0 { break }
            gelezen += n
            guard gelezen <= maximaleGrootte else { throw .onleesbaar("het bestand is groter dan \(grensTekst)") }
        }
        data.count = gelezen
        return (data, stempel(st))
    }

    /// Writes `data` to `pad` so that a crash at any moment leaves the old file or the
    /// new one, never a mix: a temporary file in the same folder, fsync, rename, fsync of
    /// the folder. With `vorige`, the file being replaced is kept there as a backup.
    static func schrijfAtomisch(_ data: Data, naar pad: String, vorige: String? = nil) throws(OpslagFout) {
        let map = (pad as NSString).deletingLastPathComponent
        let naam = (pad as NSString).lastPathComponent
        let tijdelijk = "\(map)/.\(naam).tmp-\(getpid())-\(Sleutel8.nieuw())"
        try schrijfNieuw(data, naar: tijdelijk)
        if let vorige, access(pad, F_OK) == 0 {
            // Hard-link the current file as the backup: its bytes are never copied or touched.
            let vorigeTijdelijk = "\(map)/.\(naam).vorige-\(getpid())-\(Sleutel8.nieuw())"
            if link(pad, vorigeTijdelijk) == 0 {
                if rename(vorigeTijdelijk, vorige) != 0 { unlink(vorigeTijdelijk) }
            }
        }
        guard rename(tijdelijk, pad) == 0 else {
            let e = errno
            unlink(tijdelijk)
            throw .io("\(pad) kan niet worden vervangen (\(String(cString: strerror(e)))).")
        }
        try fsyncMap(map)
    }

    /// Writes a new file (it must not exist), 0600, and fsyncs it.
    static func schrijfNieuw(_ data: Data, naar pad: String) throws(OpslagFout) {
        let fd = open(pad, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard fd >= 0 else {
            if errno == EEXIST { throw .bestaatAl(pad) }
            throw fout(errno, pad)
        }
        var geschreven = 0
        while geschreven < data.count {
            let n = data.withUnsafeBytes { buf in write(fd, buf.baseAddress! + geschreven, buf.count - geschreven) }
            if n < 0 {
                if errno == EINTR { continue }
                let e = errno
                close(fd)
                unlink(pad)
                throw fout(e, pad)
            }
            geschreven += n
        }
        guard fsync(fd) == 0 else {
            let e = errno
            close(fd)
            unlink(pad)
            throw fout(e, pad)
        }
        guard close(fd) == 0 else {
            unlink(pad)
            throw fout(errno, pad)
        }
    }

    /// Like `schrijfNieuw`, but a crash never leaves half a file under `pad`: written whole
    /// under a hidden temporary name first, then linked to its name. link() refuses an
    /// existing name atomically; hidden names are skipped when reading.
    static func schrijfNieuwHeel(_ data: Data, naar pad: String) throws(OpslagFout) {
        let map = (pad as NSString).deletingLastPathComponent
        let tijdelijk = "\(map)/.\((pad as NSString).lastPathComponent).tmp-\(getpid())-\(Sleutel8.nieuw())"
        try schrijfNieuw(data, naar: tijdelijk)
        defer { unlink(tijdelijk) }
        guard link(tijdelijk, pad) == 0 else {
            if errno == EEXIST { throw .bestaatAl(pad) }
            throw fout(errno, pad)
        }
    }

    static func fsyncMap(_ map: String) throws(OpslagFout) {
        let fd = open(map, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw .io("De map \(map) kan niet worden geopend.") }
        defer { close(fd) }
        _ = fsync(fd)
    }

    static func fout(_ e: Int32, _ pad: String) -> OpslagFout {
        switch e {
        case ENOSPC, EDQUOT: return .schijfVol
        case EACCES, EPERM, EROFS: return .geenToegang(pad)
        default: return .io("Schrijven naar \(pad) mislukt (\(String(cString: strerror(e)))).")
        }
    }

    /// Size, modification time and inode: changes whenever the file is replaced or edited.
    static func stempel(_ pad: String) -> Bestandsstempel? {
        var st = stat()
        guard lstat(pad, &st) == 0 else { return nil }
        return stempel(st)
    }

    /// The same for a name in an open folder (`fstatat`: no path walk per file, which
    /// matters when listing 10,000 dossiers).
    static func stempel(in map: Int32, _ naam: String) -> Bestandsstempel? {
        var st = stat()
        guard fstatat(map, naam, &st, AT_SYMLINK_NOFOLLOW) == 0 else { return nil }
        return stempel(st)
    }

    private static func stempel(_ st: stat) -> Bestandsstempel {
        Bestandsstempel(grootte: Int64(st.st_size),
                               gewijzigdNs: Int64(st.st_mtim.tv_sec) * 1_000_000_000 + Int64(st.st_mtim.tv_nsec),
                               inode: UInt64(st.st_ino), isGewoon: (st.st_mode & S_IFMT) == S_IFREG)
    }

    /// Names in a folder (not "." and "..").
    static func namen(in map: String) -> [String] {
        guard let d = opendir(map) else { return [] }
        defer { closedir(d) }
        var namen: [String] = []
        while let e = readdir(d) {
            let naam = withUnsafePointer(to: e.pointee.d_name) { p in
                p.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if naam != "." && naam != ".." { namen.append(naam) }
        }
        return namen
    }

    static func bestaat(_ pad: String) -> Bool { access(pad, F_OK) == 0 }

    static func procesLeeft(_ pid: Int32) -> Bool { pid > 0 && (kill(pid, 0) == 0 || errno == EPERM) }
}

struct Bestandsstempel: Codable, Equatable, Sendable {
    var grootte: Int64
    var gewijzigdNs: Int64
    var inode: UInt64
    var isGewoon: Bool
}

/// Short random names for temporary files.
enum Sleutel8 {
    static func nieuw() -> String {
        var rng = SystemRandomNumberGenerator()
        return String(rng.next(), radix: 36)
    }
}
