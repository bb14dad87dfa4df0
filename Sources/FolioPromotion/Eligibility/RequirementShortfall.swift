import FolioCore
import Foundation

/// What a failing requirement misses, concretely: worded from `requirement-shortfall-<code>`.
public enum RequirementShortfall: Worded, Hashable {
    case currentRankNeeded
    /// A promotion goes to the next rank (nil: there is none above the current one).
    case notNextRank(next: Rank?)
    case hoursMissing(years: [Int])
    case hoursShort(hours: Points)
    case physicianTeachingBelow(minimum: Points)
    case noReviewMarks(passMark: Points)
    case reviewersNeeded(stillNeeded: Int, passMark: Points, mustPass: Int, reviewers: Int, outstanding: Int)
    case marksBelowPassMark(low: [Points], passMark: Points)
    case pointsShort(measure: ScoreMeasure, points: Points)
    case moreGrants(count: Int)
    case degreeNeeded(accepted: [DegreeLevel], abroadMinimum: Points?)
    case representativeNotQualifying(problems: [RepresentativeProblem])
    case representativeNeeded(minimumImpact: Points)
    /// The closest alternative of the paper conditions, and what it still misses.
    case paperCondition(rule: String, alternative: PaperRequirement, missing: AlternativeShortfall)

    public var code: String {
        switch self {
        case .currentRankNeeded: "current_rank_needed"
        case .notNextRank: "not_next_rank"
        case .hoursMissing: "hours_missing"
        case .hoursShort: "hours_short"
        case .physicianTeachingBelow: "physician_teaching_below"
        case .noReviewMarks: "no_review_marks"
        case .reviewersNeeded: "reviewers_needed"
        case .marksBelowPassMark: "marks_below_pass_mark"
        case .pointsShort: "points_short"
        case .moreGrants: "more_grants"
        case .degreeNeeded: "degree_needed"
        case .representativeNotQualifying: "representative_not_qualifying"
        case .representativeNeeded: "representative_needed"
        case .paperCondition: "paper_condition"
        }
    }

    public var parameters: [String: WordingValue] {
        switch self {
        case .currentRankNeeded: [:]
        case .notNextRank(let next): ["next": next?.term ?? .term("rank-none")]
        case .hoursMissing(let years): ["years": .yearList(years)]
        case .hoursShort(let hours): ["hours": hours.rounded(2).asNumber]
        case .physicianTeachingBelow(let minimum): ["minimum": minimum.asNumber]
        case .noReviewMarks(let passMark): ["pass_mark": passMark.asNumber]
        case .reviewersNeeded(let stillNeeded, let passMark, let mustPass, let reviewers, let outstanding):
            ["still_needed": .count(stillNeeded), "pass_mark": passMark.asNumber, "must_pass": .count(mustPass),
             "reviewers": .count(reviewers), "outstanding": .count(outstanding)]
        case .marksBelowPassMark(let low, let passMark): ["count": .count(low.count), "marks": .pointList(low), "pass_mark": passMark.asNumber]
        case .pointsShort(let measure, let points): ["measure": measure.term, "points": points.asNumber]
        case .moreGrants(let count): ["count": .count(count)]
        case .degreeNeeded(let accepted, let abroadMinimum): DegreeNeeded(accepted: accepted, abroadMinimum: abroadMinimum).parameters
        case .representativeNotQualifying(let problems):
            ["problems": .joined(problems.map { .worded($0, prefix: "requirement-problem") }, by: "requirement-join-semicolon")]
        case .representativeNeeded(let minimumImpact): ["minimum": minimumImpact.asNumber]
        case .paperCondition(let rule, let alternative, let missing):
            ["rule": .text(rule), "alternative": .worded(alternative, prefix: "alternative"), "missing": .worded(missing, prefix: "alternative-missing")]
        }
    }
}

/// Why a paper is not a main paper (R-D1, R-P1): worded from `requirement-main-paper-<code>`.
public enum MainPaperReason: Worded, Hashable {
    case outsideWindow(from: RocDate, to: RocDate)
    /// A degree thesis before the window, where I-15 holds it to the window.
    case thesisOutsideWindow(from: RocDate, to: RocDate)
    case thesisWithoutDegreeApplication
    case onlyOneThesis
    case notUnderUniversityName
    case notAtPreviousRank
    case notFirstOrCorresponding
    case typeNotMain(type: PaperType)
    case indexNotInScope(index: PaperIndex, category: ResearchCategory)

    public var code: String {
        switch self {
        case .outsideWindow: "outside_window"
        case .thesisOutsideWindow: "thesis_outside_window"
        case .thesisWithoutDegreeApplication: "thesis_without_degree_application"
        case .onlyOneThesis: "only_one_thesis"
        case .notUnderUniversityName: "not_under_university_name"
        case .notAtPreviousRank: "not_at_previous_rank"
        case .notFirstOrCorresponding: "not_first_or_corresponding"
        case .typeNotMain: "type_not_main"
        case .indexNotInScope: "index_not_in_scope"
        }
    }

    public var parameters: [String: WordingValue] {
        switch self {
        case .outsideWindow(let from, let to), .thesisOutsideWindow(let from, let to): ["from": .date(from), "to": .date(to)]
        case .typeNotMain(let type): ["type": .term("requirement-paper-type-\(type.rawValue.hyphenated)")]
        case .indexNotInScope(let index, let category): ["index": .text(index.rawValue), "category": category.term]
        default: [:]
        }
    }

    public static let examples: [MainPaperReason] = [
        .outsideWindow(from: RocDate(rocYear: 110, month: 9, day: 15)!, to: RocDate(rocYear: 115, month: 9, day: 15)!),
        .thesisOutsideWindow(from: RocDate(rocYear: 110, month: 9, day: 15)!, to: RocDate(rocYear: 115, month: 9, day: 15)!),
        .thesisWithoutDegreeApplication, .onlyOneThesis, .notUnderUniversityName, .notAtPreviousRank, .notFirstOrCorresponding,
        .typeNotMain(type: .shortReport), .indexNotInScope(index: .tssci, category: .naturalBiomedical),
    ]
}
