import FolioCore
import Foundation

/// The project's docs (rules, interpretations, content format), bundled with Folio, read through
/// the confined reader.
struct DocsSet: Sendable {
    /// File name (`promotion-rules.md`) → text.
    var texts: [String: String]
    /// File name → its explicit anchors (`R-T3`, `I-11`).
    var anchors: [String: Set<String>]

    static let bundled: DocsSet = {
        guard let folder = BundledDefaults.docsFolder else { return DocsSet(texts: [:], anchors: [:]) }
        let files = ContentFiles(root: folder, displayRoot: "<bundled>/docs")
        let sink = DiagnosticSink()
        var texts: [String: String] = [:]
        for name in files.list("", extension: "md", sink: sink) {
            if let text = files.read(name, sink: sink, missing: "") { texts[name] = text }
        }
        return DocsSet(texts: texts, anchors: texts.mapValues(DocsMarkdown.anchors))
    }()
}

/// The docs published as pages of the committee tree (`docs/promotion-rules.html` …), so that
/// the rule ids of the dossier pages link to them. The public and internal trees do not get them.
struct DocsPages {
    static let folder = "docs"

    let docs: DocsSet
    let templates: TemplateSet
    let layout: PageLayout

    func specs() -> [PageSpec] {
        guard layout.audience == .committee else { return [] }
        let names = docs.texts.keys.sorted()
        return names.map { name in
            let path = "\(Self.folder)/\(DocsMarkdown.page(of: name))"
            let text = docs.texts[name] ?? ""
            return PageSpec.html(path) { sink in
                let html = DocsMarkdown.html(text, docs: names, tableLabel: templates.labels["table-scroll"] ?? "")
                // The docs are bilingual: on a page of another language their Chinese is marked as such.
                let foreign = templates.language != .zhHant
                let view = DocsPageView(html: foreign ? CJKMarking.mark(html) : html, labels: templates.labels)
                let title = Self.title(text) ?? name
                return layout.wrap(path: path, title: foreign ? CJKMarking.withoutCJK(title) : title,
                                   body: templates.render(view, template: "docs", sink: sink), sink: sink)
            }
        }
    }

    /// The doc's first `# ` heading.
    static func title(_ markdown: String) -> String? {
        markdown.split(separator: "\n").first { $0.hasPrefix("# ") }.map { String($0.dropFirst(2)) }
    }
}

struct DocsPageView {
    var html: String
    var labels: [String: String]
}
