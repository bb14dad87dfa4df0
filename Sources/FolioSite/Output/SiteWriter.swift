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
    /// On failure the target is untouched and the partly written spare folder is removed.
    public static func replace(_ target: URL, with files: [OutputFile]) throws {
        let staging = try Staging(target: target, paths: files.map(\.path))
        do {
            let failures = Parallel.map(files) { file in Result { try staging.write(file) } }
            for failure in failures { _ = try failure.get() }
            try staging.publish()
        } catch {
            staging.abandon()
            throw error
        }
    }

    /// A site being written into the spare folder, file by file as pages are rendered (so that
    /// rendering on one core overlaps with the file system's latency on the other), and swapped
    /// in as a whole by `publish()`. Until then the target is untouched.
    public final class Staging: @unchecked Sendable {
        let target: URL
        let spare: URL
        let sync: FolderSync

        /// Prepares the spare folder for exactly these paths: files of an earlier build that
        /// do not belong, and anything that is not a regular file or a folder, are removed now;
        /// the folders the paths need are created.
        public init(target: URL, paths: [String]) throws {
            try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            self.target = target
            self.spare = SiteWriter.spareFolder(for: target)
            // Refused paths leave the spare (an earlier complete site) as it is.
            try SiteWriter.validate(paths)
            do {
                self.sync = try FolderSync(folder: spare, paths: paths)
            } catch {
                try? SiteWriter.removeEntry(spare.path)
                throw error
            }
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

        /// Removes the partly written spare folder after a failed build: it is not a site, and on
        /// a full disk the space matters. The next build starts from an empty spare.
        public func abandon() {
            try? SiteWriter.removeEntry(spare.path)
        }
    }

    /// Makes `folder` hold exactly `files`: writes those whose bytes differ, deletes every other
    /// file. Returns the paths written or deleted. Also used by the preview server to update the
    /// served site in place.
    @discardableResult
    public static func sync(_ files: [OutputFile], into folder: URL) throws -> [String] {
        let sync = try FolderSync(folder: folder, paths: files.map(\.path))
        let results = Parallel.map(files) { file in Result { try sync.write(file) } }
        var changed = Set(sync.removed)
        for (file, result) in zip(files, results) where try result.get() { changed.insert(file.path) }
        return changed.sorted()
    }

    /// One folder brought to hold exactly a known set of paths.
    final class FolderSync: @unchecked Sendable {
        let folder: URL
        /// `folder.path`, worked out once: output paths are joined to it as text.
        private let folderPath: String
        /// A folder made just now holds nothing to compare with: every file is simply written.
        let fresh: Bool
        /// Entries of an earlier build (or planted since) removed because no path names them
        /// or because they are not regular files.
        let removed: [String]

        init(folder: URL, paths: [String]) throws {
            try SiteWriter.validate(paths)
            self.folder = folder
            folderPath = folder.path
            var removed: [String] = []
            switch SiteWriter.kind(of: folder.path) {
            case .missing:
                fresh = true
            case .directory:
                fresh = false
            case .file, .other:
                // Only Folio makes this folder: a symlink (or anything else) at its name is removed,
                // never followed, so no build deletes or writes files elsewhere.
                try SiteWriter.removeEntry(folder.path)
                fresh = true
            }
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let files = Set(paths)
            let folders = Set(paths.flatMap(SiteWriter.parentFolders))
            if !fresh {
                _ = try SiteWriter.prune(folder.path, relative: "", files: files, folders: folders, removed: &removed)
            }
            self.removed = removed
            for relative in folders.sorted() {
                try SiteWriter.makeFolder(folder.appendingPathComponent(relative).path)
            }
        }

        /// Writes the file unless it already holds these bytes; true when written.
        func write(_ file: OutputFile) throws -> Bool {
            // The path is joined as text: a URL made and taken apart for each of thousands of files
            // was half the cost of a warm build's writing (issue 15).
            let path = folderPath + "/" + file.path
            if !fresh && SiteWriter.holds(path, exactly: file.contents) { return false }
            try SiteWriter.writeFile(file.contents, to: path)
            return true
        }

    }

    /// Whether the regular file at `path` (a link not followed) holds exactly these bytes: its size
    /// is compared first, and its bytes read only when the size matches.
    static func holds(_ path: String, exactly contents: Data) -> Bool {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG, Int(info.st_size) == contents.count else { return false }
        guard !contents.isEmpty else { return true }
        let count = contents.count
        var existing = [UInt8](repeating: 0, count: count)
        let read = existing.withUnsafeMutableBytes { buffer -> Int in
            var offset = 0
            while offset < count {
                let got = Glibc.read(descriptor, buffer.baseAddress! + offset, count - offset)
                if got < 0 && errno == EINTR { continue }
                guard got > 0 else { break }
                offset += got
            }
            return offset
        }
        guard read == count else { return false }
        return existing.withUnsafeBytes { existingBytes in
            contents.withUnsafeBytes { memcmp(existingBytes.baseAddress!, $0.baseAddress!, count) == 0 }
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

    /// `a/b/c.html` → `a`, `a/b`: the folders a path needs.
    static func parentFolders(_ path: String) -> [String] {
        let parts = path.split(separator: "/").dropLast()
        return parts.indices.map { parts[...$0].joined(separator: "/") }
    }

    enum EntryKind { case missing, directory, file, other }

    /// What is at `path` itself, a symlink not followed (`.other`).
    static func kind(of path: String) -> EntryKind {
        var info = stat()
        guard lstat(path, &info) == 0 else { return .missing }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: return .directory
        case S_IFREG: return .file
        default: return .other
        }
    }

    /// Removes whatever is at `path` without following it: a symlink goes, its target stays.
    static func removeEntry(_ path: String) throws {
        switch kind(of: path) {
        case .missing: return
        case .directory: try FileManager.default.removeItem(atPath: path)
        case .file, .other:
            guard unlink(path) == 0 || errno == ENOENT else {
                throw WriteError(description: "cannot remove \(path): \(String(cString: strerror(errno)))")
            }
        }
    }

    /// Makes `path` a real folder: a symlink, file or other entry at its name is removed first.
    static func makeFolder(_ path: String) throws {
        switch kind(of: path) {
        case .directory: return
        case .missing: break
        case .file, .other: try removeEntry(path)
        }
        guard mkdir(path, 0o755) == 0 || (errno == EEXIST && kind(of: path) == .directory) else {
            throw WriteError(description: "cannot create the folder \(path): \(String(cString: strerror(errno)))")
        }
    }

    /// Empties `relative` (under `root`) of everything a build of `files` must not find there:
    /// files no path names, folders standing where a file goes, folders left empty, and every
    /// entry that is neither a regular file nor a folder (a symlink, a FIFO, a device), which a
    /// write could otherwise follow. Returns true when the folder is left empty.
    static func prune(_ root: String, relative: String, files: Set<String>, folders: Set<String>,
                      removed: inout [String]) throws -> Bool {
        let here = relative.isEmpty ? root : root + "/" + relative
        let names = try FileManager.default.contentsOfDirectory(atPath: here)
        var kept = 0
        for name in names {
            let entry = relative.isEmpty ? name : relative + "/" + name
            let path = root + "/" + entry
            switch kind(of: path) {
            case .missing:
                continue
            case .directory where !files.contains(entry):
                if try prune(root, relative: entry, files: files, folders: folders, removed: &removed), !folders.contains(entry) {
                    try removeEntry(path)
                } else {
                    kept += 1
                }
            case .file where files.contains(entry):
                kept += 1
            case .directory, .file, .other:
                try removeEntry(path)
                removed.append(entry)
            }
        }
        return kept == 0
    }

    /// Writes without Foundation's per-file fsync: durability comes from the one rename that
    /// publishes the whole tree, and thousands of fsyncs made writing the slowest part of a build.
    ///
    /// Never writes through a symlink or into a FIFO or device planted at `path`: such an entry
    /// is removed and a new file created in its place (`O_NOFOLLOW`, then `O_EXCL`).
    static func writeFile(_ data: Data, to path: String) throws {
        var descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK, 0o644)
        let planted = descriptor < 0 ? [ELOOP, ENXIO, EISDIR].contains(errno) : !isRegularFile(descriptor)
        if planted {
            if descriptor >= 0 { close(descriptor) }
            try removeEntry(path)
            descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o644)
        }
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

    /// Writes `relative` under `folder`, making every folder on the way a real one (a symlinked
    /// folder is replaced, not entered): for the preview's in-place updates of single pages.
    static func writeFile(_ data: Data, relative: String, in folder: URL) throws {
        guard isSafeRelativePath(relative) else {
            throw WriteError(description: "refusing to write '\(relative)': output paths must stay inside the site folder")
        }
        try makeFolder(folder.path)
        for parent in parentFolders(relative) { try makeFolder(folder.appendingPathComponent(parent).path) }
        try writeFile(data, to: folder.appendingPathComponent(relative).path)
    }

    private static func isRegularFile(_ descriptor: Int32) -> Bool {
        var info = stat()
        return fstat(descriptor, &info) == 0 && info.st_mode & S_IFMT == S_IFREG
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
