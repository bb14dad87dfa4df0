/// The languages one build writes: the primary at each tree's root, every other under its own
/// folder of the tree (`en/` beside a zh-Hant root, `zh-hant/` beside an English one).
public struct SiteLanguages: Sendable, Equatable {
    public var primary: SiteLanguage
    /// Primary first, then the others in `SiteLanguage` order.
    public var written: [SiteLanguage]

    public init(primary: SiteLanguage, written: Set<SiteLanguage> = Set(SiteLanguage.allCases)) {
        self.primary = primary
        self.written = [primary] + SiteLanguage.allCases.filter { $0 != primary && written.contains($0) }
    }

    /// The folder of a language inside a tree, with its slash: "" for the primary, "en/" otherwise.
    public func prefix(_ language: SiteLanguage) -> String {
        language == primary ? "" : language.folder + "/"
    }

    /// The way from a language's root up to the tree's root: "" for the primary, "../" otherwise.
    public func up(_ language: SiteLanguage) -> String {
        language == primary ? "" : "../"
    }

    public var isBilingual: Bool { written.count > 1 }
}

extension SiteLanguage {
    /// The folder a non-primary language is written under.
    public var folder: String {
        switch self {
        case .zhHant: "zh-hant"
        case .en: "en"
        }
    }
}

/// Written by its code ("zh-Hant", "en"), as in a printed PDFs' manifest.
extension SiteLanguage: Codable {}
