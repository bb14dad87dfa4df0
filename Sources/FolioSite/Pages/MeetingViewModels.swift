/// View models of the review levels: a level's decision in the docket, and a level's minutes draft (會議紀錄).

/// A docket column for one level's decision (系教評會初審).
struct LevelColumnView {
    var id: String
    var label: String
}

/// One applicant's vote at one level: 同意 7／出席 9, the votes needed, and the decision.
struct LevelCellView {
    var voted: Bool
    var verdict: VerdictView
    /// 「同意 7、不同意 1、廢票 1／出席 9（須 6）」.
    var votes: String
    var meeting: String
}

/// The minutes draft of one level: every meeting of it, each with its agenda and decisions.
struct MinutesView {
    var round: String
    var level: String
    var title: String
    var anchor: String
    var printPage: String
    var docketHref: String
    var meetings: [MinutesMeetingView]
    var voteRule: String
    var labels: [String: String]
}

struct MinutesMeetingView {
    var committee: String
    var meeting: String
    var date: String
    var attendance: String
    var agenda: [MinutesItemView]
}

struct MinutesItemView {
    var number: Int
    var applicant: String
    var department: String
    var application: String
    /// （醫學檢驗生物技術學系）升等 助理教授 → 副教授, as HTML with Chinese data marked on English pages.
    var departmentAndApplication: String
    var href: String
    var teaching: ScoreBasesView
    var service: ScoreBasesView
    var research: ScoreBasesView
    /// The verdict of the rules: verified when reviewed, computed otherwise, with which it is.
    var rulesVerdict: VerdictView
    var rulesBasis: String
    var previous: LevelCellView?
    var previousLabel: String?
    var present: Int
    var agree: Int
    var disagree: Int
    var invalid: Int
    var needed: Int
    var decision: VerdictView
}
