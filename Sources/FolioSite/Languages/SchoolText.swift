/// A text of the school's own (a responsible unit, a custom measure's definition) as a page in
/// `language` shows it: the school's English on an English page when it gives one, else the
/// Chinese as written, with `lang` set to mark it as Chinese (WCAG 3.1.2).
struct SchoolText {
    var text: String
    /// "zh-Hant" when the Chinese stands on a page of another language; nil otherwise.
    var lang: String?

    init(_ chinese: String, english: String?, on language: SiteLanguage) {
        if language == .en, let english {
            text = english
            lang = nil
        } else {
            text = chinese
            lang = language != .zhHant && chinese.containsCJK ? SiteLanguage.zhHant.rawValue : nil
        }
    }
}
