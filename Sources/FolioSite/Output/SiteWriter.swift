import FolioCore
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes a whole site atomically: everything goes into a staging folder beside the target,
/// which is swapped in only when every file is written. A failed build leaves the previous site
/// as it was, and files of an earlier build that no longer belong disappear with the old folder.
public enum SiteWriter {
    public struct WriteError: Error, CustomStringConvertible {
        public var description: String
    }

    /// Replaces `target` with a folder holding exactly `files` (paths relative to `target`).
    public static func replace(_ target: URL, with files: [OutputFile]) throws {
        let fileManager = FileManager.default
        let parent = target.deletingLastPathComponent()
        try fileManager.createDirectory(at: parent, withIntermediateDirectories: true)
        let staging = parent.appendingPathComponent(".\(target.lastPathComponent).staging-\(UUID().uuidString.prefix(8))")
        do {
            try write(files, into: staging)
            try swap(staging, into: target)
        } catch {
            try? fileManager.removeItem(at: staging)
            throw error
        }
        try? fileManager.removeItem(at: staging)
    }

    static func write(_ files: [OutputFile], into folder: URL) throws {
        let fileManager = FileManager.default
        try fileManager.createDirectory(at: folder, withIntermediateDirectories: true)
        var seen: Set<String> = []
        for file in files {
            guard isSafeRelativePath(file.path) else {
                throw WriteError(description: "refusing to write '\(file.path)': output paths must stay inside the site folder")
            }
            guard seen.insert(file.path).inserted else {
                throw WriteError(description: "two pages were rendered to the same path '\(file.path)'")
            }
            let url = folder.appendingPathComponent(file.path)
            try fileManager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try file.contents.write(to: url)
        }
    }

    static func isSafeRelativePath(_ path: String) -> Bool {
        !path.isEmpty && !path.hasPrefix("/") && !path.split(separator: "/").contains { $0 == ".." || $0 == "." || $0.isEmpty }
    }

    /// Puts `staging` at `target`. With an existing target the two are exchanged in one
    /// `renameat2(RENAME_EXCHANGE)` call, so no reader ever sees a missing or half-written site;
    /// the old site then sits at `staging` and is removed by the caller.
    static func swap(_ staging: URL, into target: URL) throws {
        guard FileManager.default.fileExists(atPath: target.path) else {
            try FileManager.default.moveItem(at: staging, to: target)
            return
        }
        if let exchange = renameExchange, exchange(AT_FDCWD, staging.path, AT_FDCWD, target.path, 1 << 1) == 0 { return }
        // Fallback where the kernel or file system lacks RENAME_EXCHANGE: two renames.
        let old = staging.deletingLastPathComponent().appendingPathComponent(staging.lastPathComponent + ".old")
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
