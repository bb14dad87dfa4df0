/// What the layout says about a page beyond its body: its description, its published address,
/// the search box and the open-data links. Decided by the page's tree, never by a template.
struct SiteIdentity {
    let layout: PageLayout
    /// The page's path inside its tree, e.g. `indicators/01.html`.
    let path: String
    let root: String

    private var labels: [String: String] { layout.templates.labels }

    func description(_ given: String?) -> String {
        if let given, !given.isEmpty { return given }
        let plan = layout.content.plan
        let school = layout.language.pick(plan.school.name, plan.school.nameEn)
        let title = layout.language.pick(plan.title, plan.titleEn)
        return "\(school) · \(title) · \(labels["site-description"] ?? "")"
    }

    /// Public pages only, and only when school.yaml gives `plan.base_url`.
    var publishedURL: String? {
        guard layout.audience == .public, let base = layout.content.baseURL else { return nil }
        return base + layout.languages.prefix(layout.language) + path
    }

    var searchHref: String? {
        layout.audience == .public ? root + SiteFiles.searchPage : nil
    }

    func dataLinks(_ own: [OpenDataFiles.Link]) -> [DataLinkView] {
        let links = own + OpenDataFiles.planLinks
        return links.enumerated().map { index, link in
            DataLinkView(href: root + OpenDataFiles.folder + "/" + link.file, label: labels[link.labelKey] ?? link.labelKey,
                         last: index == links.count - 1)
        }
    }
}
