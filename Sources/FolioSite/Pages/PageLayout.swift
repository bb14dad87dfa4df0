import Foundation
import FolioPlan

/// Wraps a page body in the site's layout: header, indicator navigation, footer, audience marks.
struct PageLayout {
    let content: PlanContent
    let templates: TemplateSet
    let audience: Audience
    let hasPages: Bool
    /// True in the committee tree when there are dossiers: the navigation links to the review rounds.
    let hasDossiers: Bool
    /// The navigation is the same on every page of a depth but for the current indicator, so it is
    /// rendered once per (depth, indicator) and shared by every page of the tree.
    private let navigation = NavigationCache()
    /// Every language the build writes; this layout's is `templates.language`.
    let languages: SiteLanguages

    init(content: PlanContent, templates: TemplateSet, audience: Audience, hasPages: Bool, hasDossiers: Bool = false,
         languages: SiteLanguages? = nil) {
        self.content = content
        self.templates = templates
        self.audience = audience
        self.hasPages = hasPages
        self.hasDossiers = hasDossiers
        self.languages = languages ?? SiteLanguages(primary: templates.language, written: [templates.language])
        dataAsOf = content.plan.dataAsOf.map { Wording(labels: templates.labels, language: templates.language).text(.date($0)) }
    }

    /// The way from a page of this layout's language root to the tree's root ("../" from `en/`).
    var up: String { languages.up(language) }

    /// The page's links to its counterparts in the other languages.
    func languageLinks(path: String, root: String) -> LanguageLinks {
        LanguageLinks(languages: languages, language: language, path: path, root: root,
                      publishedBase: audience == .public ? content.baseURL : nil,
                      labelsByLanguage: templates.labelsByLanguage)
    }

    var language: SiteLanguage { templates.language }

    /// The relative way from a page to its tree's root: "" for `index.html`, "../" for `pages/a.html`.
    static func root(of path: String) -> String {
        String(repeating: "../", count: path.split(separator: "/").count - 1)
    }

    /// `printStyle` is a ready `<style media="print">` element (running headers, page numbers) for
    /// pages made to be printed; `baseHref` lets a page written elsewhere (a print packet) resolve
    /// its links as if it stood at `path`.
    /// `committeeHeader` gives the committee's own pages (rounds, dockets, dossiers) the committee's
    /// title in the header, linking to the rounds, instead of the plan's.
    /// `description` says what the page holds (the plan's title and school otherwise); `data` names
    /// the page's own open-data files; `root` replaces the relative way to the tree's root (the 404
    /// page, served at any depth); `indexed: false` keeps a page out of the search index.
    func wrap(path: String, title: String, body: String?, currentIndicator: Int? = nil, printStyle: String? = nil,
              baseHref: String? = nil, wide: Bool = false, committeeHeader: Bool = false, description: String? = nil,
              data: [OpenDataFiles.Link] = [], root fixedRoot: String? = nil, indexed: Bool = true,
              sink: DiagnosticSink) -> String? {
        guard let body else { return nil }
        let plan = content.plan
        let root = fixedRoot ?? PageLayout.root(of: path)
        let site = SiteIdentity(layout: self, path: path, root: root)
        let links = languageLinks(path: path, root: root)
        let nav = navigation.html(root: root, current: currentIndicator) {
            templates.render(navView(current: currentIndicator, root: root), template: "partials/nav", sink: sink) ?? ""
        }
        // A school that gives no English name or title: its English pages show the Chinese, marked.
        let schoolName = SchoolText(plan.school.name, english: plan.school.nameEn == plan.school.name ? nil : plan.school.nameEn, on: language)
        let planTitle = SchoolText(plan.title, english: plan.titleEn == plan.title ? nil : plan.titleEn, on: language)
        let layout = LayoutView(lang: language.rawValue, title: title, root: root,
                                siteTitle: language.pick(plan.title, plan.titleEn),
                                schoolName: language.pick(plan.school.name, plan.school.nameEn),
                                dataAsOf: dataAsOf,
                                headerTitle: committeeHeader ? (templates.labels["committee-header-title"] ?? "") : language.pick(plan.title, plan.titleEn),
                                headerHref: root + (committeeHeader ? DossierPages.homePath : "index.html"),
                                navigation: nav, body: body, labels: templates.labels,
                                confidential: audience.isConfidential,
                                confidentialLabel: templates.labels["confidential-\(audience.rawValue)"] ?? templates.labels["confidential"] ?? "",
                                printStyle: printStyle ?? confidentialPrintStyle(title: title), baseHref: baseHref,
                                bodyClass: [audience.isConfidential ? "confidential" : nil, wide ? "wide" : nil]
                                    .compactMap { $0 }.joined(separator: " ").nilIfEmpty,
                                description: site.description(description), ogLocale: language.openGraphLocale,
                                ogURL: site.publishedURL, searchHref: site.searchHref,
                                indexed: audience == .public && indexed && fixedRoot == nil,
                                openData: site.dataLinks(data), hasOpenData: true,
                                schoolNameLang: schoolName.lang, siteTitleLang: planTitle.lang,
                                headerTitleLang: committeeHeader ? nil : planTitle.lang,
                                treeRoot: links.treeRoot, alternates: links.alternates, languageSwitch: links.switchLinks)
        return templates.render(layout, template: "layout", sink: sink)
    }

    /// A confidential page printed from the browser as it is (a provenance page, the plan in the
    /// internal or committee tree): 機密 and its title at the top of every page, 「第 N 頁，共 M 頁」 at
    /// the foot, on A4 landscape like every page of the site.
    private func confidentialPrintStyle(title: String) -> String? {
        guard audience.isConfidential else { return nil }
        let labels = templates.labels
        return PrintStyle(sections: [], mark: labels["confidential-\(audience.rawValue)"] ?? labels["confidential"] ?? "",
                          pageNumbers: labels["page-numbers"] ?? "{page} / {pages}", size: "A4 landscape", header: title).element
    }

    /// 資料截止日 as the page's language writes dates (label `format-date`): 115/09/30, or 30 Sep 2026.
    /// Worked out once per tree and language, not for each of its pages.
    let dataAsOf: String?

    private func navView(current: Int?, root: String) -> NavView {
        let indicators = PlanRules.applicableIndicators(content.catalog, content.plan.school.ownership)
        let sections = content.catalog.sections.compactMap { section -> NavSectionView? in
            let items = indicators.filter { $0.section == section.id }.map { indicator in
                NavItemView(number: indicator.number, name: language.pick(indicator.name, indicator.nameEn),
                            href: root + PlanPages.indicatorPath(indicator.number), current: indicator.number == current)
            }
            return items.isEmpty ? nil : NavSectionView(name: language.pick(section.name, section.nameEn), indicators: items)
        }
        return NavView(root: root, hasPages: hasPages, hasDossiers: hasDossiers, sections: sections, labels: templates.labels)
    }
}

extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}

/// Rendered navigation by page depth and current indicator; safe to share between render threads.
final class NavigationCache: @unchecked Sendable {
    private struct Key: Hashable {
        var root: String
        var current: Int?
    }

    private let lock = NSLock()
    private var rendered: [Key: String] = [:]

    func html(root: String, current: Int?, render: () -> String) -> String {
        let key = Key(root: root, current: current)
        if let hit = lock.withLock({ rendered[key] }) { return hit }
        let html = render()
        lock.withLock { rendered[key] = html }
        return html
    }
}
