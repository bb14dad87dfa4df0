import FolioCore

/// Pages of `content/pages/`: each rendered on its own, plus an index listing them, newest first.
struct ContentPages {
    static let indexPath = "pages/index.html"

    /// The pages of this tree, newest first (`visible(_:in:)`): worked out once per tree, not per language.
    let visible: [ContentPage]
    let templates: TemplateSet
    let layout: PageLayout
    var audience: Audience { layout.audience }

    /// The pages of a tree, newest first. A page is published in its audience's tree only: the
    /// confidential trees carry the planning document, not the public site's reports.
    static func visible(_ pages: [ContentPage], in audience: Audience) -> [ContentPage] {
        let shown = pages.filter { $0.audience == audience }
        // Sorted by key, not by moving whole pages (with their text) about: every preview rebuild sorts them.
        let keys = shown.map { (date: $0.date ?? .distantPast, title: $0.title) }
        return shown.indices.sorted { (keys[$0].date, keys[$1].title) > (keys[$1].date, keys[$0].title) }.map { shown[$0] }
    }

    /// A page as this tree's language shows it: its English on an English page when the school
    /// wrote `about.en.md`, else the Chinese, marked `lang="zh-Hant"` and said to be untranslated.
    struct Shown {
        var title: String
        var summary: String?
        var markdown: String
        /// "zh-Hant" when the Chinese stands on a page of another language.
        var lang: String?
        var sources: Set<String>
    }

    func shown(_ page: ContentPage) -> Shown {
        let language = templates.language
        if language == .zhHant { return Shown(title: page.title, summary: page.summary, markdown: page.markdown, sources: [page.source]) }
        if let english = page.english {
            return Shown(title: english.title, summary: english.summary, markdown: english.markdown, sources: [page.source, english.source])
        }
        return Shown(title: page.title, summary: page.summary, markdown: page.markdown, lang: SiteLanguage.zhHant.rawValue, sources: [page.source])
    }

    /// Dates as the page's language writes them: 115/03/01, or 1 Mar 2026.
    private func date(_ date: RocDate?) -> String? {
        date.map { Wording(labels: templates.labels, language: templates.language).text(.date($0)) }
    }

    func specs() -> [PageSpec] {
        guard !visible.isEmpty else { return [] }
        // The index shows front matter only: an edit to a page's body leaves it as it was.
        let index = PageSpec.html(Self.indexPath, sources: Set(visible.flatMap { shown($0).sources.map(PageSpec.frontMatter(of:)) })) { sink in
            let view = PageIndexView(
                entries: visible.map { page in
                    let shown = shown(page)
                    return PageEntryView(href: String(page.outputPath.dropFirst("pages/".count)), title: shown.title,
                                         date: date(page.date), isoDate: page.date?.isoString, summary: shown.summary, lang: shown.lang)
                },
                labels: templates.labels)
            return layout.wrap(path: Self.indexPath, title: templates.labels["pages"] ?? "pages",
                               body: templates.render(view, template: "pages", sink: sink), sink: sink)
        }
        return [index] + visible.map { page in
            let shown = shown(page)
            return PageSpec.html(page.outputPath, sources: shown.sources) { sink in
                let root = PageLayout.root(of: page.outputPath)
                let view = ContentPageView(title: shown.title, date: date(page.date), isoDate: page.date?.isoString,
                                           html: Markdown.html(shown.markdown, headingsBelow: 1),
                                           indexHref: root + Self.indexPath, labels: templates.labels, lang: shown.lang,
                                           untranslatedNote: shown.lang == nil ? nil : templates.labels["lang-untranslated-page"])
                // A `<title>` cannot mark its language: an untranslated page's English title names the page list instead.
                let title = shown.lang == nil ? shown.title : "\(templates.labels["pages"] ?? "pages") · \(page.outputPath)"
                return layout.wrap(path: page.outputPath, title: title,
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
    /// "zh-Hant" when an English index lists an untranslated page by its Chinese title and summary.
    var lang: String?
}

struct ContentPageView {
    var title: String
    var date: String?
    var isoDate: String?
    var html: String
    var indexHref: String
    var labels: [String: String]
    /// "zh-Hant" when an English page shows the Chinese page (no `about.en.md`), with a note saying so.
    var lang: String?
    var untranslatedNote: String?
}

extension RocDate {
    /// Sorts undated pages last.
    static let distantPast = RocDate(gregorianYear: 1912, month: 1, day: 1)!
}
