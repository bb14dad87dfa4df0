import Foundation
import Testing

/// A throwaway copy of the example content and templates, for tests that edit input files.
public struct Workspace: Sendable {
    /// The package folder: this file is Tests/FolioTestSupport/Workspace.swift.
    public static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    public let root: URL

    public init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("folio-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        for folder in ["content", "templates"] {
            try FileManager.default.copyItem(at: Workspace.packageRoot.appendingPathComponent(folder),
                                             to: root.appendingPathComponent(folder))
        }
    }

    public func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }

    public func write(_ relative: String, _ text: String) throws {
        let url = root.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
    }

    public func read(_ relative: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(relative), encoding: .utf8)
    }

    public func remove(_ relative: String) throws {
        try FileManager.default.removeItem(at: root.appendingPathComponent(relative))
    }

    /// Every file under a folder of the workspace, with its contents.
    public func snapshot(_ relative: String, replacingRoot: Bool = false,
                         sourceLocation: SourceLocation = #_sourceLocation) -> [String: Data] {
        let files = snapshot(relative, sourceLocation: sourceLocation)
        guard replacingRoot else { return files }
        return files.mapValues { Data(String(decoding: $0, as: UTF8.self).replacingOccurrences(of: root.path + "/", with: "").utf8) }
    }

    /// A folder that does not exist is a failed test, not an empty snapshot: a search for
    /// leaks in a mistyped folder must not pass.
    public func snapshot(_ relative: String, sourceLocation: SourceLocation = #_sourceLocation) -> [String: Data] {
        guard let files = snapshotIfPresent(relative) else {
            Issue.record("snapshot of \(relative): there is no such folder in the workspace", sourceLocation: sourceLocation)
            return [:]
        }
        return files
    }

    /// Every file under a folder that may rightly be absent (no build yet, no spare yet): nil then,
    /// so a caller compares "absent" with "absent", never with an empty folder.
    public func snapshotIfPresent(_ relative: String) -> [String: Data]? {
        let base = root.appendingPathComponent(relative)
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: base.path, isDirectory: &isFolder), isFolder.boolValue else { return nil }
        let paths = FileManager.default.enumerator(atPath: base.path)?.allObjects as? [String] ?? []
        var result: [String: Data] = [:]
        for path in paths {
            if let data = FileManager.default.contents(atPath: base.appendingPathComponent(path).path) {
                var isDirectory: ObjCBool = false
                if FileManager.default.fileExists(atPath: base.appendingPathComponent(path).path, isDirectory: &isDirectory), !isDirectory.boolValue {
                    result[path] = data
                }
            }
        }
        return result
    }

    public func cleanUp() {
        try? FileManager.default.removeItem(at: root)
    }
}
