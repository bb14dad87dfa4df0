import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// An exclusive lock on an output folder, held for a whole build (load, render, write, swap), so
/// that two builds into one folder — two `folio build`s, or one during `folio serve` — run one
/// after the other instead of mixing their files in the shared spare folder.
///
/// The lock is `flock` on a file beside the output (`.site.lock` beside `site`). The kernel drops
/// it when the holder exits, even by `kill -9`, so a killed build never blocks the next one. The
/// lock file itself is never deleted: deleting it would let a waiting build and a new one lock two
/// different files.
public final class OutputLock {
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    private var descriptor: Int32

    /// The lock file kept beside a target, e.g. `.site.lock` beside `site`.
    public static func lockFile(for target: URL) -> URL {
        target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).lock")
    }

    /// Takes the lock on `target`, waiting as long as another process holds it; `whileWaiting`
    /// runs once, before the wait, only when the lock is taken.
    public init(for target: URL, whileWaiting: () -> Void = {}) throws {
        let file = Self.lockFile(for: target)
        do {
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        } catch {
            throw Failure(description: "cannot create the folder of \(file.path): \(error)")
        }
        // O_NOFOLLOW: a symlink planted at the lock file's name must not create or truncate its target.
        descriptor = open(file.path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o644)
        guard descriptor >= 0 else {
            throw Failure(description: "cannot open the lock file \(file.path): \(String(cString: strerror(errno)))")
        }
        if flock(descriptor, LOCK_EX | LOCK_NB) == 0 { return }
        guard errno == EWOULDBLOCK else { throw failure(file) }
        whileWaiting()
        while flock(descriptor, LOCK_EX) != 0 {
            guard errno == EINTR else { throw failure(file) }
        }
    }

    private func failure(_ file: URL) -> Failure {
        let reason = String(cString: strerror(errno))
        release()
        return Failure(description: "cannot lock \(file.path): \(reason)")
    }

    /// Lets the next build in; also done when the lock is dropped.
    public func release() {
        guard descriptor >= 0 else { return }
        close(descriptor)
        descriptor = -1
    }

    deinit { release() }
}
