import FolioCore
import FolioPromotion
@testable import FolioSite

/// The typed requirements worded through the shipped label files, as the pages and `folio score` word
/// them: the rule tests check both the typed value and that the zh-Hant text reads as it always has.
enum Words {
    static let zh = Wording(labels: TemplateSet.labels(.zhHant), language: .zhHant)
    static let en = Wording(labels: TemplateSet.labels(.en), language: .en)

    /// One typed parameter in zh-Hant words.
    static func zhText(_ value: WordingValue) -> String { zh.text(value) }
}

extension Requirement {
    var detailText: String { Words.zh.detail(self) }
    var shortfallText: String? { Words.zh.shortfall(self) }
    var shortfallEnglish: String? { Words.en.shortfall(self) }
}

extension AlternativeResult {
    var shortfallText: String? { shortfall.map(Words.zh.missing) }
    var shortfallEnglish: String? { shortfall.map(Words.en.missing) }
    var unavailableText: String? { unavailableBecause.map(Words.zh.unavailable) }
    var haveText: String { Words.zh.held(have) }
    var descriptionText: String { Words.zh.alternative(requirement) }
}

extension MainPaperCheck {
    var reasonTexts: [String] { reasons.map(Words.zh.mainPaperReason) }
}
