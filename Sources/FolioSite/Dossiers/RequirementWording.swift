import FolioCore
import FolioPromotion
import Foundation

/// The requirements of articles 3 to 5 and the committee's phrasings of an application, worded
/// from the label files: `folio score`, `--json`, the dossier pages, dockets and minutes say the same.
extension Wording {
    func condition(_ requirement: Requirement) -> String { words(requirement.condition, prefix: "requirement") }
    func detail(_ requirement: Requirement) -> String { words(requirement.finding, prefix: "requirement-finding") }
    func shortfall(_ requirement: Requirement) -> String? {
        requirement.status == .fail ? requirement.shortfall.map { words($0, prefix: "requirement-shortfall") } : nil
    }
    func status(_ status: Requirement.Status) -> String { text(status.term) }

    func detailHTML(_ requirement: Requirement) -> String { html(requirement.finding, prefix: "requirement-finding") }
    func shortfallHTML(_ requirement: Requirement) -> String? {
        requirement.status == .fail ? requirement.shortfall.map { html($0, prefix: "requirement-shortfall") } : nil
    }

    func alternative(_ requirement: PaperRequirement) -> String { words(requirement, prefix: "alternative") }
    func held(_ have: PapersHeld) -> String { words(have, prefix: "alternative-held") }
    func missing(_ shortfall: AlternativeShortfall) -> String { words(shortfall, prefix: "alternative-missing") }
    func unavailable(_ reason: SecondmentUnavailable) -> String { words(reason, prefix: "alternative-unavailable") }
    func mainPaperReason(_ reason: MainPaperReason) -> String { words(reason, prefix: "requirement-main-paper") }

    func rank(_ rank: Rank) -> String { text(rank.term) }
    func kind(_ kind: ApplicationKind) -> String { text(kind.term) }
    func category(_ category: ResearchCategory) -> String { text(category.term) }

    /// 升等 助理教授 → 副教授, Promotion: Assistant Professor → Associate Professor; 新聘 教授.
    func application(_ dossier: Dossier) -> String {
        application(kind: dossier.kind, current: dossier.currentRank, applied: dossier.appliedRank)
    }

    func application(kind: ApplicationKind, current: Rank?, applied: Rank) -> String {
        words(key: "committee-application-\(kind.rawValue)", Self.application(kind: kind, current: current, applied: applied))
    }

    static func application(_ d: Dossier) -> [String: WordingValue] {
        application(kind: d.kind, current: d.currentRank, applied: d.appliedRank)
    }

    static func application(kind: ApplicationKind, current: Rank?, applied: Rank) -> [String: WordingValue] {
        ["kind": kind.term, "rank": applied.term, "from": current?.term ?? .text("?"), "to": applied.term]
    }

    /// A committee level by its rulebook name on Chinese pages, by `committee-level-<id>` on others
    /// (the rulebook's name, marked as Chinese, where the label files have none for the level).
    func level(_ level: ReviewLevel) -> String { text(levelName(level)) }
    func levelHTML(_ level: ReviewLevel) -> String { html(key: "committee-level", ["level": levelName(level)]) }

    private func levelName(_ level: ReviewLevel) -> WordingValue {
        .named(level.name)
    }

    /// School data (a name, a department, a title) as HTML: on an English page Chinese is marked as Chinese.
    func dataHTML(_ text: String) -> String { html(key: "committee-data", ["text": .text(text)]) }

    /// 通訊 or 第 N, "corresponding author" or "author N".
    func author(_ paper: Paper) -> String {
        paper.corresponding ? label("committee-author-corresponding")
            : words(key: "committee-author-position", ["n": .count(paper.authorPosition)])
    }

    /// HTML the applicant wrote in Chinese (the statement), marked as Chinese on an English page.
    func chineseBlock(_ html: String) -> String {
        language == .en && html.containsCJK ? "<div lang=\"zh-Hant\">\(html)</div>" : html
    }

    /// The applicant's heading: 林怡君（醫學檢驗生物技術學系）升等 助理教授 → 副教授.
    func dossierHeader(_ d: Dossier, department: LocalizedText) -> [String: WordingValue] {
        ["applicant": .text(d.applicant), "department": .named(department),
         "application": .worded(key: "committee-application-\(d.kind.rawValue)", parameters: Self.application(d))]
    }
}
