import FolioCore
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Listing a folder of the root without ever leaving it: the folder must be a real folder (no
/// link on its way), and a link to a folder inside it is an error, never followed. Whatever
/// would otherwise be silently skipped (a folder named like a file Folio reads, a link to
/// nothing, a pipe) is an error too. Hidden entries (`.git`, `.DS_Store`) are skipped.
extension ContentFiles {
    /// The files of a folder whose names end in `.ext` (every file when nil), and those of its
    /// subfolders when `recursive`, as paths relative to the root, sorted. A listed link to a
    /// file is listed: reading it checks where it leads. Subfolders in `skipping` (paths
    /// relative to the root) are left out, for a listing another one covers.
    func list(_ folder: String, extension ext: String?, recursive: Bool = false, skipping: Set<String> = [],
              sink: DiagnosticSink) -> [String] {
        guard let absolute = realFolder(folder, sink: sink) else { return [] }
        var found: [String] = []
        walk(absolute, relative: folder, ext: ext, recursive: recursive, skipping: skipping, into: &found, sink: sink)
        return found.sorted()
    }

    /// The visible subfolders of a folder, sorted; files are ignored, a link to a folder is an error.
    func subfolders(of folder: String, sink: DiagnosticSink) -> [String] {
        guard let absolute = realFolder(folder, sink: sink) else { return [] }
        return entries(of: absolute, relative: folder, sink: sink).compactMap { name in
            let relative = Self.join(folder, name)
            switch Self.kind(absolute + "/" + name) {
            case .folder: return name
            case .link(toFolder: true):
                sink.error(.file(display(relative)), linkedFolderMessage(relative, in: folder))
                return nil
            default: return nil
            }
        }.sorted()
    }

    private func walk(_ absolute: String, relative folder: String, ext: String?, recursive: Bool,
                      skipping: Set<String>, into found: inout [String], sink: DiagnosticSink) {
        for name in entries(of: absolute, relative: folder, sink: sink) {
            let relative = Self.join(folder, name)
            guard !skipping.contains(relative) else { continue }
            let named = ext.map { name.hasSuffix(".\($0)") } ?? true
            switch Self.kind(absolute + "/" + name) {
            case .file:
                if named { found.append(relative) }
            case .folder:
                if let ext, named {
                    sink.error(.file(display(relative)), "\(display(relative)) is a folder, but Folio reads every '*.\(ext)' in \(displayFolder(folder)) as a file: rename the folder so its name does not end in .\(ext)")
                } else if recursive {
                    walk(absolute + "/" + name, relative: relative, ext: ext, recursive: true, skipping: skipping, into: &found, sink: sink)
                }
            case .link(let toFolder):
                if toFolder, recursive || named {
                    sink.error(.file(display(relative)), linkedFolderMessage(relative, in: folder))
                } else if !toFolder, named {
                    found.append(relative)
                }
            case .danglingLink:
                if named {
                    sink.error(.file(display(relative)), "\(display(relative)) is a symbolic link to nothing: remove it, or replace it with the file itself")
                }
            case .other:
                if named {
                    sink.error(.file(display(relative)), "\(display(relative)) is not a regular file (a device, pipe or socket): remove it")
                }
            }
        }
    }

    /// The absolute path of a folder of the root when it is a real folder; nil when it does not
    /// exist or is a link, or a file (both reported).
    private func realFolder(_ folder: String, sink: DiagnosticSink) -> String? {
        guard let realRoot, let parts = Self.components(folder) else { return nil }
        let lexical = parts.isEmpty ? realRoot : (realRoot.hasSuffix("/") ? realRoot : realRoot + "/") + parts.joined(separator: "/")
        guard let resolved = Self.realPath(lexical) else { return nil }
        guard resolved == lexical else {
            sink.error(.file(display(folder)), "\(display(folder)) is a symbolic link (or inside one): Folio reads only real folders of \(displayFolder("")), so that no link can lead it outside; replace the link with the folder itself")
            return nil
        }
        guard Self.kind(resolved) == .folder else {
            sink.error(.file(display(folder)), "\(display(folder)) is not a folder: Folio reads the folder \(displayFolder(folder)) here; move this file away")
            return nil
        }
        return resolved
    }

    private func entries(of absolute: String, relative folder: String, sink: DiagnosticSink) -> [String] {
        do {
            return try FileManager.default.contentsOfDirectory(atPath: absolute).filter { !$0.hasPrefix(".") }
        } catch {
            sink.error(.file(display(folder)), "the folder \(displayFolder(folder)) cannot be listed (\(error.localizedDescription)): check its permissions")
            return []
        }
    }

    private func linkedFolderMessage(_ relative: String, in folder: String) -> String {
        "\(display(relative)) is a symbolic link to a folder: Folio follows no linked folder, so that nothing outside \(displayFolder(folder)) is read; put the folder itself here"
    }

    private enum Kind: Equatable {
        case file, folder, link(toFolder: Bool), danglingLink, other
    }

    private static func kind(_ path: String) -> Kind {
        var info = stat()
        guard lstat(path, &info) == 0 else { return .danglingLink }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .folder
        case S_IFLNK:
            var target = stat()
            guard stat(path, &target) == 0 else { return .danglingLink }
            return .link(toFolder: target.st_mode & S_IFMT == S_IFDIR)
        default: return .other
        }
    }

    static func join(_ folder: String, _ name: String) -> String {
        folder.isEmpty ? name : "\(folder)/\(name)"
    }
}
