#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// An exclusive lock on one dossier while it is being written, so two programs never
/// interleave their saves.
///
/// It is an `flock` on a lock file: the kernel releases it when the holder dies, so a lock
/// left by a crashed or killed program is never in the way (stale locks cannot exist).
/// The file holds the holder's process id, to say who has it.
struct Slot {
    let fd: Int32

    static func neem(_ pad: String, wachttijd: Double = 3.0) throws(OpslagFout) -> Slot {
        let fd = open(pad, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard fd >= 0 else { throw Bestanden.fout(errno, pad) }
        let einde = Date().addingTimeInterval(wachttijd)
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK || errno == EINTR, Date() < einde else {
                let houder = houder(fd)
                close(fd)
                throw .bezet(houder)
            }
            usleep(5_000)
        }
        // Record who holds it (for the message another program shows).
        let tekst = Array("\(getpid())\n".utf8)
        _ = ftruncate(fd, 0)
        _ = pwrite(fd, tekst, tekst.count, 0)
        return Slot(fd: fd)
    }

    func geefVrij() {
        _ = ftruncate(fd, 0)
        flock(fd, LOCK_UN)
        close(fd)
    }

    private static func houder(_ fd: Int32) -> Int32? {
        var buf = [UInt8](repeating: 0, count: 32)
        let n = pread(fd, &buf, buf.count, 0)
        guard n > 0 else { return nil }
        return Int32(String(decoding: buf[0..<n], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }
}
