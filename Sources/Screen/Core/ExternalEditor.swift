import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Hands text to the user's $EDITOR (or $VISUAL, else nano or vi) through a temporary
/// file in a private folder (0700) that is removed afterwards. The folder is made in
/// `$XDG_RUNTIME_DIR` when there is one (memory, private to the user, emptied at logout),
/// else in the temporary folder; folders left by a program that was killed while the
/// editor was open are removed the next time.
public enum ExternalEditor {
    /// Where the hand-off folders go.
    public static func parent(_ env: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        if let r = env["XDG_RUNTIME_DIR"], r.hasPrefix("/"), let a = try? FileManager.default.attributesOfItem(atPath: r),
           (a[.ownerAccountID] as? NSNumber)?.uint32Value == getuid(), (a[.posixPermissions] as? Int) == 0o700 {
            return URL(fileURLWithPath: r)
        }
        return FileManager.default.temporaryDirectory
    }

    /// Removes hand-off folders of this user whose program is no longer running.
    public static func removeStale(in parent: URL = parent()) {
        let prefix = "regie-\(getuid())-"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: parent.path)) ?? []
        for name in names where name.hasPrefix(prefix) {
            let rest = name.dropFirst(prefix.count)
            guard let pid = rest.split(separator: "-").first.flatMap({ pid_t($0) }), pid > 0 else { continue }
            if pid == getpid() { continue }
            if kill(pid, 0) == 0 || errno == EPERM { continue }  // still running
            try? FileManager.default.removeItem(at: parent.appendingPathComponent(name))
        }
    }

    public static func edit(_ text: String) -> String? {
        let env = ProcessInfo.processInfo.environment
        let editor = [env["VISUAL"], env["EDITOR"]].compactMap { $0 }.first { !$0.isEmpty } ?? "vi"
        let parent = parent(env)
        removeStale(in: parent)
        let base = parent.appendingPathComponent("regie-\(getuid())-\(getpid())-\(UUID().uuidString)")
        do {
            try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            return nil
        }
        defer { try? FileManager.default.removeItem(at: base) }
        let file = base.appendingPathComponent("tekst.txt")
        guard FileManager.default.createFile(atPath: file.path, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600]) else {
            return nil
        }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/sh")
        // The editor may have arguments ("code -w"); the file is passed as "$1".
        p.arguments = ["-c", "\(editor) \"$1\"", "regie-editor", file.path]
        do {
            try p.run()
            p.waitUntilExit()
        } catch {
            return nil
        }
        guard p.terminationStatus == 0, let data = try? Data(contentsOf: file) else { return nil }
        return String(decoding: data, as: UTF8.self)
    }
}
