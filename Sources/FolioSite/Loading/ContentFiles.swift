import FolioCore
import Foundation

/// Files of a content folder, named in diagnostics by the path the user typed (e.g. `content/school.yaml`).
struct ContentFiles {
    let root: URL
    let displayRoot: String

    func url(_ relative: String) -> URL { root.appendingPathComponent(relative) }

    func display(_ relative: String) -> String {
        displayRoot.isEmpty ? relative : (displayRoot as NSString).appendingPathComponent(relative)
    }

    /// The file's text; a missing or unreadable file is reported (when `sink` is given) and yields nil.
    func read(_ relative: String, sink: DiagnosticSink?, missing: String) -> String? {
        let url = url(relative)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            if let sink, !missing.isEmpty { sink.error(.file(display(relative)), missing) }
            return nil
        }
        guard let text = String(data: data, encoding: .utf8) else {
            sink?.error(.file(display(relative)), "the file is not valid UTF-8: save it as UTF-8")
            return nil
        }
        // Markdown is shown as written: one holding a control character is reported, and not used.
        if relative.hasSuffix(".md"), ForbiddenCharacters.rejects(text, file: display(relative), sink: sink) { return nil }
        return text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
    }

    /// Relative paths of the files with this extension directly inside a folder, sorted.
    func list(_ folder: String, extension ext: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url(folder).path)) ?? []
        return names.filter { $0.hasSuffix(".\(ext)") && !$0.hasPrefix(".") }.sorted().map { "\(folder)/\($0)" }
    }

    /// Relative paths of the files with this extension anywhere under a folder, sorted.
    func listRecursively(_ folder: String, extension ext: String) -> [String] {
        let entries = FileManager.default.enumerator(atPath: url(folder).path)?.allObjects as? [String] ?? []
        return entries.filter { path in
            path.hasSuffix(".\(ext)") && !path.split(separator: "/").contains { $0.hasPrefix(".") }
        }.sorted().map { "\(folder)/\($0)" }
    }
}
