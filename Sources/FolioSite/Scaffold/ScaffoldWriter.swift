import Foundation

/// Writes a `SchoolScaffold` into a folder that is new or empty; never over anything.
public enum ScaffoldWriter {
    public struct Refusal: Error, CustomStringConvertible, Sendable {
        public var description: String
    }

    /// Writes every file; on a failure part-way, removes what it wrote, so the folder is as before.
    public static func write(_ scaffold: SchoolScaffold, into folder: String) throws {
        let manager = FileManager.default
        var isFolder: ObjCBool = false
        let existed = manager.fileExists(atPath: folder, isDirectory: &isFolder)
        if existed {
            guard isFolder.boolValue else {
                throw Refusal(description: "\(folder) is a file, not a folder: give folio new the name of a new or empty folder")
            }
            let entries = (try? manager.contentsOfDirectory(atPath: folder)) ?? []
            if !entries.isEmpty {
                throw Refusal(description: "\(folder) is not empty (it holds \(entries.sorted().prefix(3).joined(separator: ", "))\(entries.count > 3 ? ", …" : "")): folio new writes only into a new or empty folder, so nothing was written; choose another folder")
            }
        }
        let root = URL(fileURLWithPath: folder)
        do {
            try manager.createDirectory(at: root, withIntermediateDirectories: true)
            for file in scaffold.files() {
                let url = root.appendingPathComponent(file.path)
                guard let contents = file.contents else {
                    try manager.createDirectory(at: url, withIntermediateDirectories: true)
                    continue
                }
                try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(contents.utf8).write(to: url, options: .withoutOverwriting)
            }
        } catch {
            if existed {
                for entry in (try? manager.contentsOfDirectory(atPath: folder)) ?? [] {
                    try? manager.removeItem(at: root.appendingPathComponent(entry))
                }
            } else {
                try? manager.removeItem(at: root)
            }
            throw Refusal(description: "cannot write \(folder): \(error.localizedDescription); nothing was left behind")
        }
    }
}
