import FolioCore
import FolioPromotion
import Foundation

/// 申請人自評 and 委員審核 on a dossier page: each total claimed, computed and verified, every
/// difference with its typed reason, and the committee's corrections.
extension DossierViews {
    /// A score's three values: claimed (when the applicant gave one), computed, verified (with a review).
    func bases(claimed: Points?, computed: Points, verified: Points?) -> ScoreBasesView {
        ScoreBasesView(claimed: claimed?.pointsText, computed: computed.pointsText, verified: verified?.pointsText,
                       claimDiffers: claimed.map { $0 != computed } ?? false, verifiedDiffers: verified.map { $0 != computed } ?? false)
    }

    /// The claimed, computed and verified totals of teaching (R-G3), service (R-G4) and research (R-G5).
    var totalBases: [(key: String, rule: String, part: ClaimLine.Part, bases: ScoreBasesView)] {
        let claimed = entry.dossier.claimedTotals
        let v = entry.verified
        // A new hire's teaching and service are not applicable rather than 0 (issue 14).
        func notApplicable(_ bases: ScoreBasesView, _ yes: Bool) -> ScoreBasesView {
            guard yes else { return bases }
            var copy = bases
            copy.computed = label("verdict-na")
            return copy
        }
        return [
            ("score-teaching", "R-G3", .teaching, notApplicable(bases(claimed: claimed?.teaching, computed: a.teaching.total.value, verified: v?.teaching.total.value), teachingNotApplicable)),
            ("score-service", "R-G4", .service, notApplicable(bases(claimed: claimed?.service, computed: a.service.total.value, verified: v?.service.total.value), serviceNotApplicable)),
            ("score-research", "R-G5", .research, bases(claimed: claimed?.research, computed: a.research.total.value, verified: v?.research.total.value)),
        ]
    }

    /// Why a claim differs, as HTML.
    func claimReason(_ reason: ClaimReason) -> String { words.html(reason, prefix: "reason") }

    func reviewSection() -> ReviewSectionView {
        let claims = entry.claims
        let totals = totalBases.map { total in
            ReviewTotalRowView(label: label(total.key), rule: total.rule, scores: total.bases,
                               reason: claims.totals.first { $0.part == total.part }?.reason.map(claimReason))
        }
        let differences = (claims.papers + claims.items).filter(\.differs).map { line in
            ClaimDifferenceView(subject: line.subject.map { words.html($0, prefix: "figure-subject") } ?? "", claimed: line.claimed.pointsText, computed: line.computed.pointsText,
                                reason: line.reason.map(claimReason) ?? "", source: line.sources.first.map(source))
        }
        var sums: [ReviewSumView] = []
        if !claims.papers.isEmpty {
            sums.append(ReviewSumView(label: label("claims-sum-papers"), claimed: claims.papersClaimed.pointsText,
                                      computed: claims.papersComputed.pointsText, differs: claims.papersClaimed != claims.papersComputed))
        }
        if !claims.items.isEmpty {
            sums.append(ReviewSumView(label: label("claims-sum-items"), claimed: claims.itemsClaimed.pointsText,
                                      computed: claims.itemsComputed.pointsText, differs: claims.itemsClaimed != claims.itemsComputed))
        }
        let corrections = (entry.review?.corrections ?? []).map { correction in
            CorrectionView(record: correction.record.description, subject: subject(of: correction.record),
                           change: words.html(correction.change, prefix: "change"),
                           reason: words.dataHTML(correction.reason), meeting: words.dataHTML(correction.meeting), date: correction.date.rocString,
                           source: source(correction.location))
        }
        let computedVerdict = Self.overall(a.passes, labels: labels)
        let verifiedVerdict = entry.verified.map { Self.overall($0.passes, labels: labels) }
        let meetingViews = MeetingViews(round: entry.round, entries: [entry], labels: labels, language: language)
        let levels = entry.meetings == nil ? [] : entry.rulebook.committee.levels.map {
            DossierLevelView(label: Wording(labels: labels, language: language).level($0), cell: meetingViews.cell(entry, level: $0.id))
        }
        return ReviewSectionView(totals: totals, differences: differences, hasDifferences: !differences.isEmpty,
                                 hasClaims: !claims.isEmpty, sums: sums, corrections: corrections,
                                 hasCorrections: !corrections.isEmpty, hasReview: entry.review != nil,
                                 computedVerdict: computedVerdict, verifiedVerdict: verifiedVerdict,
                                 verdictChanged: entry.verified.map { $0.passes != a.passes } ?? false,
                                 levels: levels, hasLevels: !levels.isEmpty)
    }

    /// What a correction's record is, as HTML: the paper's title or the item's label.
    private func subject(of record: RecordReference) -> String {
        if let paper = entry.dossier.papers.first(where: { record.names($0.location) }) {
            return words.html(ClaimSubject.paper(title: paper.title), prefix: "figure-subject")
        }
        let items = entry.dossier.teaching.items + entry.dossier.service.flatMap(\.items)
        if let item = items.first(where: { record.names($0.location) }) {
            let rules = entry.rulebook.teaching.growth.items + entry.rulebook.teaching.special.items + entry.rulebook.teaching.college.items
                + entry.rulebook.service.items
            return words.html(ClaimSubject.item(label: rules.first { $0.id == item.item }?.name ?? LocalizedText(item.item, english: item.item), semester: item.semester),
                              prefix: "figure-subject")
        }
        let file = entry.sourceLines.keys.first { URL(fileURLWithPath: $0).lastPathComponent == record.file }
        return HTMLText.escape(file.flatMap { entry.record(at: SourceLocation(file: $0, line: record.line)) } ?? record.description)
    }

    /// A paper's points in the verified assessment: its counted points, or nil when the committee disallowed it.
    func verifiedPoints(of paper: Paper) -> String? {
        guard let verified = entry.verified else { return nil }
        guard let score = verified.research.papers.first(where: { $0.paper.location == paper.location }) else { return label("change-disallowed") }
        return (score.counted ? score.points.value : 0).pointsText
    }
}
