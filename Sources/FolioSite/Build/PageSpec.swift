import Foundation

/// One output file of a build, before it is rendered: where it goes, which Markdown sources it
/// shows, and how to render it. Incremental rebuilds re-render only the specs whose sources changed.
struct PageSpec {
    /// Path including the tree's folder, e.g. `public/indicators/01.html`.
    var path: String
    /// What the page shows that an incremental rebuild tracks: content-relative Markdown files
    /// (narratives, pages, statements) and dossiers' records (`DossierEntry.recordsSource`). Every
    /// other input (plan YAML, tables, templates, catalog, rulebooks, meetings) triggers a full
    /// re-render when it changes.
    var sources: Set<String>
    var render: (DiagnosticSink) -> Data?

    /// The source key of a page's front matter (title, date, summary, audience), apart from its body.
    static func frontMatter(of source: String) -> String { source + "#front-matter" }

    /// A rendered HTML page.
    static func html(_ path: String, sources: Set<String> = [], _ render: @escaping (DiagnosticSink) -> String?) -> PageSpec {
        PageSpec(path: path, sources: sources, render: { sink in render(sink).map { Data($0.utf8) } })
    }
}
