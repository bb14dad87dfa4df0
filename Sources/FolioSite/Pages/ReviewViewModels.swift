/// View models of 申請人自評 (claimed) and 委員審核 (verified) beside the computed figures.

/// One score as the three parties see it; each value is labelled with its basis on the page.
struct ScoreBasesView {
    var claimed: String?
    var computed: String
    var verified: String?
    /// The claim or the verified figure differs from the computed one: the page highlights it.
    var claimDiffers: Bool
    var verifiedDiffers: Bool
}

/// 自評與審核: the totals side by side, every difference with its reason, and the corrections.
struct ReviewSectionView {
    var totals: [ReviewTotalRowView]
    var differences: [ClaimDifferenceView]
    var hasDifferences: Bool
    var hasClaims: Bool
    /// 「論文自評合計 310，計算 280」, the claimed and computed sums of the claimed records.
    var sums: [ReviewSumView]
    var corrections: [CorrectionView]
    var hasCorrections: Bool
    var hasReview: Bool
    var computedVerdict: VerdictView
    var verifiedVerdict: VerdictView?
    /// The verdict changed by the committee's corrections.
    var verdictChanged: Bool
    /// Each review level of the rulebook with this applicant's vote and decision there (meetings.yaml).
    var levels: [DossierLevelView]
    var hasLevels: Bool
}

struct DossierLevelView {
    var label: String
    var cell: LevelCellView
}

struct ReviewTotalRowView {
    var label: String
    var rule: String
    var scores: ScoreBasesView
    var reason: String?
}

struct ClaimDifferenceView {
    var subject: String
    var claimed: String
    var computed: String
    var reason: String
    var source: SourceRecordView?
}

struct ReviewSumView {
    var label: String
    var claimed: String
    var computed: String
    var differs: Bool
}

struct CorrectionView {
    var record: String
    var subject: String
    var change: String
    var reason: String
    var meeting: String
    var date: String
    var source: SourceRecordView
}
