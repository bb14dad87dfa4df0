import FolioCore

/// A measure's unit in the page's language, in the form its figure takes: English units are
/// written `singular|plural` in the catalog (`person-time|person-times`) or as one form (`%`),
/// so 1 reads "1 person-time" and 1,486 "1,486 person-times". Chinese has one form.
enum UnitWording {
    /// The unit as the page shows it after a figure; nil english falls back to the Chinese.
    static func form(_ unit: LocalizedText, for value: Double?, language: SiteLanguage) -> LocalizedText {
        guard language == .en, let english = unit.english else { return LocalizedText(unit.chinese, english: nil) }
        let forms = english.split(separator: "|", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        guard forms.count == 2 else { return LocalizedText(unit.chinese, english: english) }
        return LocalizedText(unit.chinese, english: value == 1 ? forms[0] : forms[1])
    }

    /// The unit's plural form, for a heading or caption that names the unit without a figure.
    static func plural(_ unit: LocalizedText, language: SiteLanguage) -> LocalizedText {
        form(unit, for: 2, language: language)
    }
}
