import FolioCore
import Foundation

/// A free-standing Markdown page of `content/pages/` (reports, announcements, a site-visit guide).
public struct ContentPage: Sendable {
    /// The fields, in one shared object (`Shared`): every build and every preview rebuild copies each
    /// page into its page's closure and the tree's lists. Only the English variant is set later.
    private struct Fields: Sendable {
        let source: String
        let outputPath: String
        let title: String
        let date: RocDate?
        let summary: String?
        let audience: Audience
        let markdown: String
        let bodyLine: Int
        let titleLocation: SourceLocation?
        let summaryLocation: SourceLocation?
    }

    private let shared: Shared<Fields>
    private var fields: Fields { _read { yield shared.value } }

    init(source: String, outputPath: String, title: String, date: RocDate?, summary: String?, audience: Audience, markdown: String,
         bodyLine: Int = 1, titleLocation: SourceLocation? = nil, summaryLocation: SourceLocation? = nil) {
        shared = Shared(Fields(source: source, outputPath: outputPath, title: title, date: date, summary: summary, audience: audience,
                               markdown: markdown, bodyLine: bodyLine, titleLocation: titleLocation, summaryLocation: summaryLocation))
    }

    /// Path relative to the content folder, e.g. `pages/reports/114-教學創新.md`.
    public var source: String { fields.source }
    /// Output path inside a tree, e.g. `pages/reports/114-教學創新.html`.
    public var outputPath: String { fields.outputPath }
    public var title: String { fields.title }
    public var date: RocDate? { fields.date }
    public var summary: String? { fields.summary }
    public var audience: Audience { fields.audience }
    public var markdown: String { fields.markdown }
    /// The file's line the Markdown starts on, and where the title and summary are written:
    /// for diagnostics about the text.
    var bodyLine: Int { fields.bodyLine }
    var titleLocation: SourceLocation? { fields.titleLocation }
    var summaryLocation: SourceLocation? { fields.summaryLocation }
    /// The page's English (`about.en.md` beside `about.md`); nil when the school wrote none, and
    /// the English site then shows the Chinese, marked.
    public var english: EnglishPage?
}

/// A content page's English variant: its own title, summary and text; the date and audience are the Chinese page's.
public struct EnglishPage: Sendable {
    public var source: String
    public var title: String
    public var summary: String?
    public var markdown: String
}

/// Reads `content/pages/**/*.md`: a YAML front matter between `---` lines, then CommonMark.
public enum PageLoader {
    public static let folder = "pages"

    static func load(files: ContentFiles, sink: DiagnosticSink) -> [ContentPage] {
        let paths = files.list(folder, extension: "md", recursive: true, sink: sink).filter { path in
            guard let problem = problem(ofPageAt: path) else { return true }
            sink.error(.file(files.display(path)), problem)
            return false
        }
        // `about.en.md` is the English of `about.md`, never a page of its own.
        let variants = paths.filter(SchoolEnglish.isVariant)
        let chinese = paths.filter { !SchoolEnglish.isVariant($0) }
        for variant in variants where !chinese.contains(SchoolEnglish.chinesePath(of: variant)) {
            sink.error(.file(files.display(variant)), "\(files.display(variant)) is an English page, but \(files.display(SchoolEnglish.chinesePath(of: variant))) does not exist: name it after its Chinese page (about.md → about.en.md), or remove it")
        }
        let english = Dictionary(uniqueKeysWithValues: Parallel.map(variants, reportingTo: sink) { path, sink -> (String, EnglishPage)? in
            guard let text = files.read(path, sink: sink, missing: ""),
                  let page = page(text, source: path, display: files.display(path), sink: sink) else { return nil }
            return (SchoolEnglish.chinesePath(of: path), EnglishPage(source: path, title: page.title, summary: page.summary, markdown: page.markdown))
        }.compactMap { $0 })
        return Parallel.map(chinese, reportingTo: sink) { path, sink in
            guard let text = files.read(path, sink: sink, missing: "") else { return nil }
            var loaded = page(text, source: path, display: files.display(path), sink: sink)
            loaded?.english = english[path]
            return loaded
        }.compactMap { $0 }
    }

    /// Why a page's path cannot become its URL; nil when it can.
    ///
    /// A page's path is its URL (`pages/a/b.md` → `pages/a/b.html`), linked from the index as
    /// written. `#`, `?` and `%` mean something in a URL (fragment, query, escape), so such a
    /// name is refused rather than percent-encoded: an encoded link works only where the web
    /// server decodes the name back, which hosts do not agree on.
    static func problem(ofPageAt path: String) -> String? {
        if path == "\(folder)/index.md" {
            return "this page would be written to \(ContentPages.indexPath), which is the index of pages Folio writes; rename the file (e.g. pages/about.md)"
        }
        let name = path.dropFirst(folder.count + 1)
        if let reserved = name.first(where: { "#?%".contains($0) }) {
            return "the page's path becomes its URL, and '\(reserved)' in a URL starts a \(reserved == "#" ? "fragment" : reserved == "?" ? "query" : "percent escape"), so no link could reach it: rename the file without '#', '?' or '%'"
        }
        if name.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
            return "the page's path becomes its URL and holds a control character: rename the file"
        }
        return nil
    }

    /// Parses one page. Front-matter diagnostics carry the file's own line numbers.
    static func page(_ text: String, source: String, display: String, sink: DiagnosticSink) -> ContentPage? {
        let (frontMatter, body) = splitFrontMatter(text)
        guard let frontMatter else {
            sink.error(.file(display), "a page starts with a front matter: a line '---', then 'title: …', then a line '---'")
            return nil
        }
        guard let map = YAMLValue.parse(frontMatter, file: display, sink: sink)?.mapping() else { return nil }
        let titleValue = map.required("title", "the page's title")
        let title = titleValue?.nonEmptyString()
        let date = map.optional("date")?.date()
        let summaryValue = map.optional("summary")
        let summary = summaryValue?.nonEmptyString()
        let audience = map.optional("audience")?.oneOf(["public": Audience.public, "internal": .internal, "committee": .committee])
        map.rejectUnknownKeys()
        guard let title else { return nil }
        let outputPath = String(source.dropLast(".md".count)) + ".html"
        let bodyLine = text.utf8.count > body.utf8.count
            ? text.utf8.prefix(text.utf8.count - body.utf8.count).filter { $0 == UInt8(ascii: "\n") }.count + 1 : 1
        return ContentPage(source: source, outputPath: outputPath, title: title, date: date, summary: summary,
                           audience: audience ?? .public, markdown: body, bodyLine: bodyLine,
                           titleLocation: titleValue?.location, summaryLocation: summaryValue?.location)
    }

    /// The front matter (with its opening line blanked, so YAML line numbers match the file) and the body.
    static func splitFrontMatter(_ text: String) -> (String?, String) {
        let opening = text.hasPrefix("---\n") ? 4 : (text.hasPrefix("---\r\n") ? 5 : 0)
        guard opening > 0 else { return (nil, text) }
        let bytes = text.utf8
        var lineStart = bytes.index(bytes.startIndex, offsetBy: opening)
        while lineStart < bytes.endIndex {
            let lineEnd = bytes[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.endIndex
            let line = String(text[lineStart..<lineEnd]).trimmed(.whitespacesAndNewlines)
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
