/// A page's links to itself in the other languages: the `<link rel="alternate" hreflang>` of its
/// head (every language and `x-default`, the primary) and the language switch of its header.
struct LanguageLinks {
    let languages: SiteLanguages
    /// The language of the page.
    let language: SiteLanguage
    /// The page's path inside its language's root, e.g. `indicators/01.html`.
    let path: String
    /// The way from the page to its language's root.
    let root: String
    /// The address the tree is published at (`plan.base_url`, public tree only): alternates are
    /// then absolute, as search engines want them.
    let publishedBase: String?
    let labelsByLanguage: [SiteLanguage: [String: String]]

    /// The way from the page to the tree's root, where the assets and the search index are.
    var treeRoot: String { root + languages.up(language) }

    /// The page in another language, relative to this page (so it works in preview and offline).
    func href(in other: SiteLanguage) -> String {
        treeRoot + languages.prefix(other) + path
    }

    /// The page's address in a language: absolute when the tree's address is known.
    func address(in other: SiteLanguage) -> String {
        guard let publishedBase else { return href(in: other) }
        return publishedBase + languages.prefix(other) + path
    }

    var alternates: [AlternateLinkView] {
        guard languages.isBilingual else { return [] }
        return languages.written.map { AlternateLinkView(hreflang: $0.rawValue, href: address(in: $0)) }
            + [AlternateLinkView(hreflang: "x-default", href: address(in: languages.primary))]
    }

    /// The header's switch: each other language, named in its own words (label `lang-name`).
    var switchLinks: [LanguageSwitchLinkView] {
        languages.written.filter { $0 != language }.map { other in
            LanguageSwitchLinkView(hreflang: other.rawValue, href: href(in: other),
                                   name: labelsByLanguage[other]?["lang-name"] ?? other.rawValue)
        }
    }
}

struct AlternateLinkView {
    var hreflang: String
    var href: String
}

struct LanguageSwitchLinkView {
    var hreflang: String
    var href: String
    /// The language's own name ("English", "中文"), marked with its `lang` on the link.
    var name: String
}
