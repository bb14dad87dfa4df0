import Foundation

/// The files a published site has besides its pages: `robots.txt`, `sitemap.xml` (public tree,
/// with `plan.base_url`), a `404.html` per tree, and the public tree's search page.
struct SiteFiles {
    static let searchPage = "search.html"
    static let notFoundPage = "404.html"
    static let sitemap = "sitemap.xml"
    static let robots = "robots.txt"

    let layout: PageLayout
    let templates: TemplateSet
    var audience: Audience { layout.audience }
    var baseURL: String? { layout.content.baseURL }

    var languages: SiteLanguages { layout.languages }
    /// True for the primary language, whose files are the tree's own (robots.txt, the sitemap).
    var isPrimary: Bool { layout.language == languages.primary }

    /// `pagePaths` are the tree's HTML pages in this language (paths inside the language's root),
    /// for the sitemap: every language has the same pages at the same paths.
    func specs(pagePaths: [String]) -> [PageSpec] {
        var specs = [notFound()]
        if isPrimary { specs.append(PageSpec(path: Self.robots, sources: [], render: { _ in Data(robotsText.utf8) })) }
        if audience == .public {
            specs.append(searchPageSpec())
            if let baseURL, isPrimary {
                let listed = pagePaths.filter { $0 != Self.notFoundPage && $0 != Self.searchPage }.sorted()
                let languages = languages
                specs.append(PageSpec(path: Self.sitemap, sources: [], render: { _ in
                    Data(Self.sitemapXML(baseURL: baseURL, paths: listed, languages: languages).utf8)
                }))
            }
        }
        return specs
    }

    /// Confidential trees forbid every crawler (their pages also say `noindex`); the public tree
    /// allows all and names its sitemap. A robots.txt only counts at a host's root: where the
    /// public tree is published under a folder, the host's own robots.txt must name the sitemap.
    var robotsText: String {
        guard audience == .public else { return "User-agent: *\nDisallow: /\n" }
        return "User-agent: *\nAllow: /\n" + (baseURL.map { "Sitemap: \($0)\(Self.sitemap)\n" } ?? "")
    }

    /// Every page in every language, each `<url>` naming all its languages (`xhtml:link hreflang`,
    /// and `x-default`, the primary) as search engines ask of a multilingual site.
    static func sitemapXML(baseURL: String, paths: [String], languages: SiteLanguages = SiteLanguages(primary: .zhHant, written: [.zhHant])) -> String {
        guard languages.isBilingual else {
            var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
            for path in paths {
                xml += "  <url><loc>\(escape(baseURL + path))</loc></url>\n"
            }
            return xml + "</urlset>\n"
        }
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n"
        for language in languages.written {
            for path in paths {
                xml += "  <url>\n    <loc>\(escape(baseURL + languages.prefix(language) + path))</loc>\n"
                for other in languages.written {
                    xml += "    <xhtml:link rel=\"alternate\" hreflang=\"\(other.rawValue)\" href=\"\(escape(baseURL + languages.prefix(other) + path))\"/>\n"
                }
                xml += "    <xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"\(escape(baseURL + path))\"/>\n  </url>\n"
            }
        }
        return xml + "</urlset>\n"
    }

    /// XML's five escapes, in one pass (five Foundation replacements were 3% of a 2,000-page build, issue 15).
    static func escape(_ text: String) -> String {
        HTMLText.escape(text, apostrophe: "&apos;")
    }

    /// Served for a missing address at any depth, so its links start from the tree's published
    /// folder (the path of `plan.base_url`) rather than from where the page lies.
    private func notFound() -> PageSpec {
        let prefix = languages.prefix(layout.language)
        let root: String? = audience == .public ? baseURL.flatMap { URLComponents(string: $0)?.path }.map { $0 + prefix } : nil
        let labels = templates.labels
        return PageSpec.html(Self.notFoundPage) { sink in
            let view = NotFoundView(root: root ?? "", labels: labels)
            return layout.wrap(path: Self.notFoundPage, title: labels["not-found-title"] ?? "404",
                               body: templates.render(view, template: "not-found", sink: sink),
                               root: root, indexed: false, sink: sink)
        }
    }

    private func searchPageSpec() -> PageSpec {
        let labels = templates.labels
        return PageSpec.html(Self.searchPage) { sink in
            // One index for the tree, at its root: Pagefind keeps each language apart by `<html lang>`.
            let view = SearchPageView(bundle: layout.up + SearchIndexer.bundleFolder + "/",
                                      script: layout.up + "assets/public/search.js", labels: labels)
            return layout.wrap(path: Self.searchPage, title: labels["search-title"] ?? "Search",
                               body: templates.render(view, template: "search", sink: sink), indexed: false, sink: sink)
        }
    }
}

struct NotFoundView {
    var root: String
    var labels: [String: String]
}

struct SearchPageView {
    /// The folder of Pagefind's scripts, relative to the search page.
    var bundle: String
    /// The search script, relative to the search page (assets are the tree's, at its root).
    var script: String
    var labels: [String: String]
}
