import FolioCore

/// Pages of `content/pages/`: each rendered on its own, plus an index listing them, newest first.
struct ContentPages {
    static let indexPath = "pages/index.html"

    let pages: [ContentPage]
    let templates: TemplateSet
    let layout: PageLayout
    var audience: Audience { layout.audience }

    /// The pages of a tree, newest first. A page is published in its audience's tree only: the
    /// confidential trees carry the planning document, not the public site's reports.
    static func visible(_ pages: [ContentPage], in audience: Audience) -> [ContentPage] {
        pages.filter { $0.audience == audience }
            .sorted { ($0.date ?? .distantPast, $1.title) > ($1.date ?? .distantPast, $0.title) }
    }

    func specs() -> [PageSpec] {
        let visible = Self.visible(pages, in: audience)
        guard !visible.isEmpty else { return [] }
        // The index shows front matter only: an edit to a page's body leaves it as it was.
        let index = PageSpec.html(Self.indexPath, sources: Set(visible.map { PageSpec.frontMatter(of: $0.source) })) { sink in
            let view = PageIndexView(
                entries: visible.map { page in
                    PageEntryView(href: String(page.outputPath.dropFirst("pages/".count)), title: page.title,
                                  date: page.date?.rocString, isoDate: page.date?.isoString, summary: page.summary)
                },
                labels: templates.labels)
            return layout.wrap(path: Self.indexPath, title: templates.labels["pages"] ?? "pages",
                               body: templates.render(view, template: "pages", sink: sink), sink: sink)
        }
        return [index] + visible.map { page in
            PageSpec.html(page.outputPath, sources: [page.source]) { sink in
                let root = PageLayout.root(of: page.outputPath)
                let view = ContentPageView(title: page.title, date: page.date?.rocString, isoDate: page.date?.isoString, html: Markdown.html(page.markdown, headingsBelow: 1),
                                           indexHref: root + Self.indexPath, labels: templates.labels)
                return layout.wrap(path: page.outputPath, title: page.title,
                                   body: templates.render(view, template: "page", sink: sink), sink: sink)
            }
        }
    }
}

struct PageIndexView {
    var entries: [PageEntryView]
    var labels: [String: String]
}

struct PageEntryView {
    var href: String
    var title: String
    var date: String?
    /// The date for `<time datetime>`: 115/03/01 is 2026-03-01.
    var isoDate: String?
    var summary: String?
}

struct ContentPageView {
    var title: String
    var date: String?
    var isoDate: String?
    var html: String
    var indexHref: String
    var labels: [String: String]
}

extension RocDate {
    /// Sorts undated pages last.
    static let distantPast = RocDate(gregorianYear: 1912, month: 1, day: 1)!
}
