#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Testing
import TestSupport

struct Uitkomst: CustomStringConvertible {
    var code: Int32
    var uit: String
    /// Standard error without the warning about an unencrypted folder (see `ruweFout`).
    var fout: String
    /// Standard error as written.
    var ruweFout = ""
    var description: String { "exit \(code)\n--- stdout\n\(uit)\n--- stderr\n\(fout)" }
}

/// A temporary folder with a data folder, and a way to run the built `regie` in it with a
/// fixed today and a clean environment (no real home, no REGIE_* from outside).
///
/// Every data folder a command is given starts explicitly unencrypted (as after
/// `regie versleuteling uit`), unless the test is about encryption (`versleuteld: true`).
struct Omgeving {
    let tmp: URL
    let programma: URL
    let versleuteld: Bool

    init(versleuteld: Bool = false) throws {
        self.versleuteld = versleuteld
        programma = try #require(gebouwdProgramma("regie"), "het programma regie is niet gevonden bij de tests")
        tmp = FileManager.default.temporaryDirectory.appendingPathComponent("regie-clitest-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: tmp, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: tmp.appendingPathComponent("home"), withIntermediateDirectories: true)
    }

    var data: String { tmp.appendingPathComponent("data").path }
    func pad(_ naam: String) -> String { tmp.appendingPathComponent(naam).path }

    func ruimOp() { try? FileManager.default.removeItem(at: tmp) }

    var omgeving: [String: String] {
        var env: [String: String] = [:]
        for (k, v) in ProcessInfo.processInfo.environment
        where !k.hasPrefix("REGIE_") && k != "XDG_DATA_HOME" && k != "XDG_CONFIG_HOME" && k != "HOME" {
            env[k] = v
        }
        env["HOME"] = tmp.appendingPathComponent("home").path
        env["REGIE_VANDAAG"] = "2026-11-23"
        return env
    }

    /// Runs `regie` with the arguments; stdout and stderr go to files (no pipe dead-locks).
    /// - Parameter invoer: standard input (e.g. a passphrase for --wachtwoord-stdin); empty otherwise.
    func regie(_ argumenten: [String], extra: [String: String] = [:], invoer: String? = nil) throws -> Uitkomst {
        if !versleuteld {
            for map in [data] + gegevensmappen(argumenten) + [extra["REGIE_DATA"]].compactMap({ $0 }) {
                try kiesOnversleuteld(URL(fileURLWithPath: map))
            }
        }
        let p = Process()
        p.executableURL = programma
        p.arguments = argumenten
        p.environment = omgeving.merging(extra) { _, b in b }
        p.currentDirectoryURL = tmp
        let id = UUID().uuidString
        let uitPad = tmp.appendingPathComponent(".uit-\(id)")
        let foutPad = tmp.appendingPathComponent(".fout-\(id)")
        _ = FileManager.default.createFile(atPath: uitPad.path, contents: nil)
        _ = FileManager.default.createFile(atPath: foutPad.path, contents: nil)
        let uit = try FileHandle(forWritingTo: uitPad)
        let fout = try FileHandle(forWritingTo: foutPad)
        p.standardOutput = uit
        p.standardError = fout
        if let invoer {
            let invoerPad = tmp.appendingPathComponent(".in-\(id)")
            try Data(invoer.utf8).write(to: invoerPad)
            p.standardInput = try FileHandle(forReadingFrom: invoerPad)
        } else {
            p.standardInput = FileHandle.nullDevice
        }
        try p.run()
        p.waitUntilExit()
        try uit.close()
        try fout.close()
        defer {
            try? FileManager.default.removeItem(at: uitPad)
            try? FileManager.default.removeItem(at: foutPad)
            try? FileManager.default.removeItem(at: tmp.appendingPathComponent(".in-\(id)"))
        }
        #expect(p.terminationReason == .exit, "regie \(argumenten) stopte door een signaal")
        let ruw = String(decoding: (try? Data(contentsOf: foutPad)) ?? Data(), as: UTF8.self)
        let zonder = ruw.split(separator: "\n", omittingEmptySubsequences: false).filter { $0 != onversleuteldRegel }
        return Uitkomst(code: p.terminationStatus,
                        uit: String(decoding: (try? Data(contentsOf: uitPad)) ?? Data(), as: UTF8.self),
                        fout: zonder.joined(separator: "\n"), ruweFout: ruw)
    }

    /// The folders named with --data in the arguments.
    func gegevensmappen(_ argumenten: [String]) -> [String] {
        var mappen: [String] = []
        for (i, a) in argumenten.enumerated() {
            if a == "--data", i + 1 < argumenten.count { mappen.append(argumenten[i + 1]) }
            if a.hasPrefix("--data=") { mappen.append(String(a.dropFirst(7))) }
        }
        return mappen
    }

    /// `regie <opdracht> --data <data> <rest>`.
    func metData(_ opdracht: [String], _ rest: [String] = [], invoer: String? = nil) throws -> Uitkomst {
        try regie(opdracht + ["--data", data] + rest, invoer: invoer)
    }

    /// Adds the demo household and returns its id.
    func demo() throws -> String {
        let r = try metData(["demo"])
        #expect(r.code == 0, "\(r)")
        let regels = try lijstJSON()
        return try #require(regels.first?["id"] as? String)
    }

    func lijstJSON() throws -> [[String: Any]] {
        let r = try metData(["lijst"], ["--json"])
        #expect(r.code == 0, "\(r)")
        return try #require(try JSONSerialization.jsonObject(with: Data(r.uit.utf8)) as? [[String: Any]], "\(r)")
    }
}

func rechten(_ pad: String) -> Int? {
    var st = stat()
    guard lstat(pad, &st) == 0 else { return nil }
    return Int(st.st_mode & 0o777)
}

/// One Dutch line for the user: "regie: …", no trace of a crash.
func isNetteFout(_ r: Uitkomst) -> Bool {
    let regels = r.fout.split(separator: "\n", omittingEmptySubsequences: true)
    return regels.count == 1 && r.fout.hasPrefix("regie: ") && !r.fout.contains("Fatal error")
        && !r.fout.contains("Stack dump") && !r.fout.contains("Error Domain") && !r.fout.contains("\tat ")
}
