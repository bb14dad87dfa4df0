import FolioCore

extension SiteLanguage {
    /// A text data gives in both languages, in this language; the Chinese where no English was given.
    func pick(localized text: LocalizedText) -> String {
        pick(text.chinese, text.english)
    }

    /// Paragraphs data gives in both languages (a catalog's goals, strategies), in this language.
    func pick(localized texts: [LocalizedText]) -> [String] {
        texts.map { pick(localized: $0) }
    }
}
