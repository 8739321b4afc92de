#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import RegieDomain
@testable import RegieStore
import Testing
import TestSupport

/// A fixed "today": the tests never depend on the real clock.
let testVandaag = Datum(iso: "2026-11-23")!

/// A fresh, empty temporary folder; remove it with `ruimOp`.
func nieuweTijdelijkeMap() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("regie-storetest-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

func ruimOp(_ url: URL) {
    try? FileManager.default.removeItem(at: url)
}

/// A temporary folder with a store in `<tmp>/data`, for one test.
struct Testopslag {
    let tmp: URL
    let opslag: Opslag

    init() throws {
        tmp = try nieuweTijdelijkeMap()
        opslag = try Opslag(map: tmp.appendingPathComponent("data"))
    }

    var map: URL { opslag.map }
    var dossiers: URL { map.appendingPathComponent("dossiers") }
    var apart: URL { map.appendingPathComponent("apart") }
    func bestand(_ id: String) -> URL { dossiers.appendingPathComponent("\(id).json") }

    /// Names in apart/ (none when the folder does not exist).
    var apartNamen: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: apart.path)) ?? []).sorted()
    }

    /// Another `Opslag` on the same folder, like a second program or window.
    func tweede() throws -> Opslag { try Opslag(map: map) }

    func ruimOp() { RegieStoreTests.ruimOp(tmp) }
}

/// A small valid dossier with a given id and name.
func klein(_ id: String, _ naam: String) -> Dossier {
    Dossier(id: id, naam: naam, aangemaakt: testVandaag,
            gezinsleden: [Gezinslid(naam: "Test Persoon")])
}

/// Permission bits (rwxrwxrwx) of a path, without following links.
func rechten(_ url: URL) -> Int? {
    var st = stat()
    guard lstat(url.path, &st) == 0 else { return nil }
    return Int(st.st_mode & 0o777)
}

func bytes(_ url: URL) -> Data? { FileManager.default.contents(atPath: url.path) }

func sha256Hex(_ data: Data) -> String { Opslag.vingerafdruk(data) }

/// A child process started with posix_spawn, its stdout on a pipe we can read.
struct Kind {
    let pid: pid_t
    let uitvoer: Int32

    static func start(_ programma: String, _ argumenten: [String]) throws -> Kind {
        var pijp: [Int32] = [0, 0]
        guard pipe(&pijp) == 0 else { throw KindFout("pipe mislukt") }
        var acties = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&acties)
        defer { posix_spawn_file_actions_destroy(&acties) }
        posix_spawn_file_actions_adddup2(&acties, pijp[1], 1)
        posix_spawn_file_actions_addclose(&acties, pijp[0])
        posix_spawn_file_actions_addclose(&acties, pijp[1])
        let alle = [programma] + argumenten
        var cArgs: [UnsafeMutablePointer<CChar>?] = alle.map { strdup($0) }
        cArgs.append(nil)
        defer { for p in cArgs { free(p) } }
        var pid: pid_t = 0
        let r = posix_spawn(&pid, programma, &acties, nil, cArgs, environ)
        close(pijp[1])
        guard r == 0 else {
            close(pijp[0])
            throw KindFout("posix_spawn \(programma) mislukt: \(r)")
        }
        return Kind(pid: pid, uitvoer: pijp[0])
    }

    /// Waits up to `seconden` for output; returns what was read (empty on time-out or end).
    func leesIets(seconden: Double) -> String {
        var p = pollfd(fd: uitvoer, events: Int16(POLLIN), revents: 0)
        guard poll(&p, 1, Int32(seconden * 1000)) > 0 else { return "" }
        var buf = [UInt8](repeating: 0, count: 4096)
        let n = read(uitvoer, &buf, buf.count)
        return n > 0 ? String(decoding: buf[0..<n], as: UTF8.self) : ""
    }

    /// SIGKILL and reap; returns the signal that ended it (nil when it exited by itself).
    @discardableResult
    func doodEnWacht() -> (signaal: Int32?, code: Int32?) {
        kill(pid, SIGKILL)
        return wacht()
    }

    func wacht() -> (signaal: Int32?, code: Int32?) {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        close(uitvoer)
        let sig = status & 0x7f
        if sig == 0 { return (nil, (status >> 8) & 0xff) }
        return (sig, nil)
    }
}

struct KindFout: Error, CustomStringConvertible {
    var description: String
    init(_ d: String) { description = d }
}

func slaap(ms: Int) { usleep(useconds_t(ms * 1000)) }
