import FolioCore
import Foundation

/// What ships inside Folio's resources besides the catalog: the default templates (with labels
/// and assets), the rulebooks and the project's docs. The top-level `templates/` and `docs/`
/// of the repository are the copies people edit; `scripts/sync-bundled` copies them here and
/// `BundledDefaultsTests` fails while they differ.
public enum BundledDefaults {
    public static var templatesFolder: URL? { folder("templates") }
    public static var rulebooksFolder: URL? { folder("rulebooks") }
    public static var catalogFolder: URL? { folder("catalog") }
    public static var docsFolder: URL? { folder("docs") }
    public static var cefrFolder: URL? { folder("cefr") }

    static func folder(_ name: String) -> URL? {
        Bundle.module.url(forResource: name, withExtension: nil)
    }

    /// `folio templates export DIR`: the bundled templates, labels and assets, into DIR.
    public static func exportTemplates(to destination: String) throws -> [String] {
        try export([("templates", templatesFolder, "")], to: destination)
    }

    /// `folio rules export DIR`: the bundled rulebooks, catalogs and CEFR conversion table, into
    /// DIR/rulebooks, DIR/catalog and DIR/cefr (so `folio rules export content` puts them where a
    /// build reads them).
    public static func exportRules(to destination: String) throws -> [String] {
        try export([("rulebooks", rulebooksFolder, "rulebooks"), ("catalog", catalogFolder, "catalog"), ("cefr", cefrFolder, "cefr")],
                   to: destination)
    }

    /// Copies every file of each bundled folder into `destination/<into>`, creating folders as
    /// needed. Nothing is overwritten: when any file already exists, every such file is reported
    /// and nothing is copied. Returns the written paths as the user names them.
    static func export(_ parts: [(name: String, folder: URL?, into: String)], to destination: String) throws -> [String] {
        let manager = FileManager.default
        var copies: [(from: URL, to: String)] = []
        for part in parts {
            guard let folder = part.folder else {
                throw DiagnosticsError([.error(.file(part.name), "the bundled \(part.name) are missing from Folio's resources; reinstall Folio (scripts/install)")])
            }
            let files = ContentFiles(root: folder, displayRoot: "<bundled>/\(part.name)")
            let sink = DiagnosticSink()
            for relative in files.list("", extension: nil, recursive: true, sink: sink) {
                let target = [destination, part.into, relative].filter { !$0.isEmpty }.joined(separator: "/")
                copies.append((folder.appendingPathComponent(relative), target))
            }
            try sink.throwIfErrors()
        }
        let existing = copies.filter { manager.fileExists(atPath: $0.to) }
        if !existing.isEmpty {
            throw DiagnosticsError(existing.map {
                .error(.file($0.to), "the file exists and export never overwrites: move it away, or export into an empty folder; nothing was copied")
            })
        }
        for copy in copies {
            let target = URL(fileURLWithPath: copy.to)
            do {
                try manager.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                try manager.copyItem(at: copy.from, to: target)
            } catch {
                throw DiagnosticsError([.error(.file(copy.to), "cannot write the file: \(error)")])
            }
        }
        return copies.map(\.to)
    }
}
