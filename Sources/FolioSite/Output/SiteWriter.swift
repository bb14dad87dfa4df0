import FolioCore
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes a whole site atomically. The new site is written into a spare folder beside the
/// target, which is exchanged with the target in one `renameat2(RENAME_EXCHANGE)` only when
/// every file is written: a failed build leaves the previous site as it was.
///
/// The folder swapped out becomes the next build's spare (double buffering): the next build
/// overwrites only the files that differ and deletes those that no longer belong, which on
/// ext4 is several times faster than creating every file anew.
public enum SiteWriter {
    public struct WriteError: Error, CustomStringConvertible {
        public var description: String
    }

    /// The spare folder kept beside a target, e.g. `.site.spare` beside `site`.
    public static func spareFolder(for target: URL) -> URL {
        target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).spare")
    }

    /// Replaces `target` with a folder holding exactly `files` (paths relative to `target`).
    public static func replace(_ target: URL, with files: [OutputFile]) throws {
        let staging = try Staging(target: target, paths: files.map(\.path))
        let failures = Parallel.map(files) { file in Result { try staging.write(file) } }
        for failure in failures { _ = try failure.get() }
        try staging.publish()
    }

    /// A site being written into the spare folder, file by file as pages are rendered (so that
    /// rendering on one core overlaps with the file system's latency on the other), and swapped
    /// in as a whole by `publish()`. Until then the target is untouched.
    public final class Staging: @unchecked Sendable {
        let target: URL
        let spare: URL
        let sync: FolderSync

        /// Prepares the spare folder for exactly these paths: files of an earlier build that
        /// do not belong are removed now, the folders the paths need are created.
        public init(target: URL, paths: [String]) throws {
            try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            self.target = target
            self.spare = SiteWriter.spareFolder(for: target)
            self.sync = try FolderSync(folder: spare, paths: paths)
        }

        /// Writes one file into the spare folder if its bytes differ; safe to call from many threads.
        @discardableResult
        public func write(_ file: OutputFile) throws -> Bool {
            try sync.write(file)
        }

        /// Swaps the spare folder in as the site.
        public func publish() throws {
            try StageTimer.measure("swap") { try SiteWriter.swap(spare, into: target) }
        }
    }

    /// Makes `folder` hold exactly `files`: writes those whose bytes differ, deletes every other
    /// file. Returns the paths written or deleted. Also used by the preview server to update the
    /// served site in place.
    @discardableResult
    public static func sync(_ files: [OutputFile], into folder: URL) throws -> [String] {
        let sync = try FolderSync(folder: folder, paths: files.map(\.path))
        let results = Parallel.map(files) { file in Result { try sync.write(file) } }
        var changed = sync.removed
        for (file, result) in zip(files, results) where try result.get() { changed.append(file.path) }
        return changed.sorted()
    }

    /// One folder brought to hold exactly a known set of paths.
    final class FolderSync: @unchecked Sendable {
        let folder: URL
        /// A folder made just now holds nothing to compare with: every file is simply written.
        let fresh: Bool
        /// Files of an earlier build removed because no path names them.
        let removed: [String]

        init(folder: URL, paths: [String]) throws {
            try SiteWriter.validate(paths)
            let fileManager = FileManager.default
            self.folder = folder
            fresh = !fileManager.fileExists(atPath: folder.path)
            try fileManager.createDirectory(at: folder, withIntermediateDirectories: true)
            let wanted = Set(paths)
            var removed: [String] = []
            for existing in SiteWriter.existingFiles(in: folder) where !wanted.contains(existing) {
                try fileManager.removeItem(at: folder.appendingPathComponent(existing))
                removed.append(existing)
            }
            self.removed = removed
            SiteWriter.removeEmptyFolders(in: folder)
            let folders = Set(paths.map { ($0 as NSString).deletingLastPathComponent }).filter { !$0.isEmpty }
            for relative in folders.sorted() {
                try fileManager.createDirectory(atPath: folder.appendingPathComponent(relative).path, withIntermediateDirectories: true)
            }
        }

        /// Writes the file unless it already holds these bytes; true when written.
        func write(_ file: OutputFile) throws -> Bool {
            let path = folder.appendingPathComponent(file.path).path
            if !fresh && FileManager.default.contents(atPath: path) == file.contents { return false }
            try SiteWriter.writeFile(file.contents, to: path)
            return true
        }
    }

    static func validate(_ paths: [String]) throws {
        var seen: Set<String> = []
        for path in paths {
            guard isSafeRelativePath(path) else {
                throw WriteError(description: "refusing to write '\(path)': output paths must stay inside the site folder")
            }
            guard seen.insert(path).inserted else {
                throw WriteError(description: "two pages were rendered to the same path '\(path)'")
            }
        }
    }

    /// Removes the folders left empty under `folder`, deepest first: a folder of an earlier build
    /// (a review round whose dossiers are all gone) must not linger, even empty.
    static func removeEmptyFolders(in folder: URL) {
        let entries = FileManager.default.enumerator(atPath: folder.path)?.allObjects as? [String] ?? []
        for path in entries.sorted(by: { $0.split(separator: "/").count > $1.split(separator: "/").count }) {
            let url = folder.appendingPathComponent(path)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue,
                  (try? FileManager.default.contentsOfDirectory(atPath: url.path))?.isEmpty == true else { continue }
            try? FileManager.default.removeItem(at: url)
        }
    }

    /// Every regular file under a folder, as relative paths (symlinks are not followed).
    static func existingFiles(in folder: URL) -> [String] {
        let entries = FileManager.default.enumerator(atPath: folder.path)?.allObjects as? [String] ?? []
        return entries.filter { path in
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).path, isDirectory: &isDirectory)
            return exists && !isDirectory.boolValue
        }
    }

    /// Writes without Foundation's per-file fsync: durability comes from the one rename that
    /// publishes the whole tree, and thousands of fsyncs made writing the slowest part of a build.
    static func writeFile(_ data: Data, to path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw WriteError(description: "cannot create \(path): \(String(cString: strerror(errno)))") }
        defer { close(descriptor) }
        try data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw WriteError(description: "cannot write \(path): \(String(cString: strerror(errno)))")
                }
                offset += written
            }
        }
    }

    static func isSafeRelativePath(_ path: String) -> Bool {
        !path.isEmpty && !path.hasPrefix("/") && !path.split(separator: "/", omittingEmptySubsequences: false)
            .contains { $0 == ".." || $0 == "." || $0.isEmpty }
    }

    /// Puts `staging` at `target`. With an existing target the two are exchanged in one
    /// `renameat2(RENAME_EXCHANGE)` call, so no reader ever sees a missing or half-written site;
    /// the old site then sits at `staging`.
    static func swap(_ staging: URL, into target: URL) throws {
        guard FileManager.default.fileExists(atPath: target.path) else {
            try FileManager.default.moveItem(at: staging, to: target)
            return
        }
        if let exchange = renameExchange, exchange(AT_FDCWD, staging.path, AT_FDCWD, target.path, 1 << 1) == 0 { return }
        // Fallback where the kernel or file system lacks RENAME_EXCHANGE: two renames.
        let old = staging.deletingLastPathComponent().appendingPathComponent(staging.lastPathComponent + ".old")
        try? FileManager.default.removeItem(at: old)
        try FileManager.default.moveItem(at: target, to: old)
        do {
            try FileManager.default.moveItem(at: staging, to: target)
        } catch {
            try? FileManager.default.moveItem(at: old, to: target)
            throw error
        }
        try FileManager.default.moveItem(at: old, to: staging)
    }

    private typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32

    /// glibc's `renameat2`, which Swift's Glibc module does not export; looked up once at run time.
    private static let renameExchange: RenameAt2? = {
        #if canImport(Glibc)
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "renameat2") else { return nil }
        return unsafeBitCast(symbol, to: RenameAt2.self)
        #else
        return nil
        #endif
    }()
}
