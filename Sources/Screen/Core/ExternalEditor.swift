import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Hands text to the user's $EDITOR (or $VISUAL, else nano or vi) through a temporary
/// file in a private folder (0700) that is removed afterwards.
public enum ExternalEditor {
    public static func edit(_ text: String) -> String? {
        let env = ProcessInfo.processInfo.environment
        let editor = [env["VISUAL"], env["EDITOR"]].compactMap { $0 }.first { !$0.isEmpty } ?? "vi"
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("regie-\(getuid())-\(UUID().uuidString)")
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
