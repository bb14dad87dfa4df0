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
        try validate(files)
        let parent = target.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        let spare = spareFolder(for: target)
        try StageTimer.measure("write spare") { _ = try sync(files, into: spare) }
        try StageTimer.measure("swap") { try swap(spare, into: target) }
    }

    /// Makes `folder` hold exactly `files`: writes those whose bytes differ, deletes every other
    /// file. Returns the paths written or deleted. Also used by the preview server to update the
    /// served site in place.
    @discardableResult
    public static func sync(_ files: [OutputFile], into folder: URL) throws -> [String] {
        try validate(files)
        let fileManager = FileManager.default
        // A folder made just now holds nothing to compare with: every file is simply written.
        let fresh = !fileManager.fileExists(atPath: folder.path)
        try fileManager.createDirectory(at: folder, withIntermediateDirectories: true)
        let wanted = Set(files.map(\.path))
        var changed: [String] = []
        for existing in existingFiles(in: folder) where !wanted.contains(existing) {
            try fileManager.removeItem(at: folder.appendingPathComponent(existing))
            changed.append(existing)
        }
        removeEmptyFolders(in: folder)
        let folders = Set(files.map { ($0.path as NSString).deletingLastPathComponent }).filter { !$0.isEmpty }
        for relative in folders.sorted() {
            try fileManager.createDirectory(atPath: folder.appendingPathComponent(relative).path, withIntermediateDirectories: true)
        }
        let results = Parallel.map(files) { file -> Result<Bool, WriteError> in
            let path = folder.appendingPathComponent(file.path).path
            if !fresh && FileManager.default.contents(atPath: path) == file.contents { return .success(false) }
            return Result { try writeFile(file.contents, to: path); return true }.mapError { $0 as? WriteError ?? WriteError(description: "\($0)") }
        }
        for (file, result) in zip(files, results) {
            if try result.get() { changed.append(file.path) }
        }
        return changed.sorted()
    }

    static func validate(_ files: [OutputFile]) throws {
        var seen: Set<String> = []
        for file in files {
            guard isSafeRelativePath(file.path) else {
                throw WriteError(description: "refusing to write '\(file.path)': output paths must stay inside the site folder")
            }
            guard seen.insert(file.path).inserted else {
                throw WriteError(description: "two pages were rendered to the same path '\(file.path)'")
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
