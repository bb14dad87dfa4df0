import FolioCore
import Foundation

/// A free-standing Markdown page of `content/pages/` (reports, announcements, a site-visit guide).
public struct ContentPage: Sendable {
    /// Path relative to the content folder, e.g. `pages/reports/114-教學創新.md`.
    public var source: String
    /// Output path inside a tree, e.g. `pages/reports/114-教學創新.html`.
    public var outputPath: String
    public var title: String
    public var date: RocDate?
    public var summary: String?
    public var audience: Audience
    public var markdown: String
}

/// Reads `content/pages/**/*.md`: a YAML front matter between `---` lines, then CommonMark.
public enum PageLoader {
    public static let folder = "pages"

    static func load(files: ContentFiles, sink: DiagnosticSink) -> [ContentPage] {
        Parallel.map(files.listRecursively(folder, extension: "md"), reportingTo: sink) { path, sink in
            guard let text = files.read(path, sink: sink, missing: "") else { return nil }
            return page(text, source: path, display: files.display(path), sink: sink)
        }.compactMap { $0 }
    }

    /// Parses one page. Front-matter diagnostics carry the file's own line numbers.
    static func page(_ text: String, source: String, display: String, sink: DiagnosticSink) -> ContentPage? {
        let (frontMatter, body) = splitFrontMatter(text)
        guard let frontMatter else {
            sink.error(.file(display), "a page starts with a front matter: a line '---', then 'title: …', then a line '---'")
            return nil
        }
        guard let map = YAMLValue.parse(frontMatter, file: display, sink: sink)?.mapping() else { return nil }
        let title = map.required("title", "the page's title")?.nonEmptyString()
        let date = map.optional("date")?.date()
        let summary = map.optional("summary")?.nonEmptyString()
        let audience = map.optional("audience")?.oneOf(["public": Audience.public, "internal": .internal, "committee": .committee])
        map.rejectUnknownKeys()
        guard let title else { return nil }
        let outputPath = String(source.dropLast(".md".count)) + ".html"
        return ContentPage(source: source, outputPath: outputPath, title: title, date: date, summary: summary,
                           audience: audience ?? .public, markdown: body)
    }

    /// The front matter (with its opening line blanked, so YAML line numbers match the file) and the body.
    static func splitFrontMatter(_ text: String) -> (String?, String) {
        let opening = text.hasPrefix("---\n") ? 4 : (text.hasPrefix("---\r\n") ? 5 : 0)
        guard opening > 0 else { return (nil, text) }
        let bytes = text.utf8
        var lineStart = bytes.index(bytes.startIndex, offsetBy: opening)
        while lineStart < bytes.endIndex {
            let lineEnd = bytes[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.endIndex
            let line = text[lineStart..<lineEnd].trimmingCharacters(in: .whitespacesAndNewlines)
            if line == "---" {
                let yaml = "\n" + text[bytes.index(bytes.startIndex, offsetBy: opening)..<lineStart]
                let body = lineEnd < bytes.endIndex ? String(text[bytes.index(after: lineEnd)...]) : ""
                return (yaml, body)
            }
            guard lineEnd < bytes.endIndex else { break }
            lineStart = bytes.index(after: lineEnd)
        }
        return (nil, text)
    }
}
