import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Watches folders recursively with Linux inotify and reports changed paths in batches:
/// after the first event it waits `quietPeriod` for the burst an editor's save makes.
public final class FileWatcher: @unchecked Sendable {
    private let roots: [URL]
    private let quietPeriod: TimeInterval
    private let onChange: @Sendable (Set<String>) -> Void
    private var descriptor: Int32 = -1
    private var folders: [Int32: String] = [:]

    public init(roots: [URL], quietPeriod: TimeInterval = 0.05, onChange: @escaping @Sendable (Set<String>) -> Void) {
        self.roots = roots
        self.quietPeriod = quietPeriod
        self.onChange = onChange
    }

    public func start() throws {
        descriptor = inotify_init1(Int32(IN_CLOEXEC))
        guard descriptor >= 0 else { throw PreviewError("cannot watch files: inotify_init1 failed (\(String(cString: strerror(errno))))") }
        for root in roots { watchRecursively(root.standardizedFileURL.path) }
        let thread = Thread { [self] in self.loop() }
        thread.name = "folio-file-watcher"
        thread.start()
    }

    private func watchRecursively(_ folder: String) {
        let mask = UInt32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE)
        let watch = inotify_add_watch(descriptor, folder, mask)
        guard watch >= 0 else { return }
        folders[watch] = folder
        let children = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        for child in children where !child.hasPrefix(".") {
            var isDirectory: ObjCBool = false
            let path = (folder as NSString).appendingPathComponent(child)
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
                watchRecursively(path)
            }
        }
    }

    private func loop() {
        var pending: Set<String> = []
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            // Block until an event arrives; once some are pending, wait only the quiet period.
            let timeout = pending.isEmpty ? -1 : Int32(quietPeriod * 1000)
            var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            let ready = poll(&poller, 1, timeout)
            if ready == 0 {
                onChange(pending)
                pending = []
                continue
            }
            guard ready > 0 else { if errno == EINTR { continue } else { return } }
            let count = read(descriptor, &buffer, buffer.count)
            guard count > 0 else { continue }
            var offset = 0
            while offset + MemoryLayout<inotify_event>.size <= count {
                let (watch, mask, nameLength) = buffer.withUnsafeBytes { raw -> (Int32, UInt32, Int) in
                    let event = raw.loadUnaligned(fromByteOffset: offset, as: inotify_event.self)
                    return (event.wd, event.mask, Int(event.len))
                }
                let nameStart = offset + MemoryLayout<inotify_event>.size
                let nameBytes = buffer[nameStart..<(nameStart + nameLength)].prefix { $0 != 0 }
                let name = String(decoding: nameBytes, as: UTF8.self)
                offset = nameStart + nameLength
                guard let folder = folders[watch], !name.hasPrefix("."), !name.hasSuffix("~") else { continue }
                let path = (folder as NSString).appendingPathComponent(name)
                if mask & UInt32(IN_ISDIR) != 0 && mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 {
                    watchRecursively(path)
                }
                pending.insert(path)
            }
        }
    }
}

public struct PreviewError: Error, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}
