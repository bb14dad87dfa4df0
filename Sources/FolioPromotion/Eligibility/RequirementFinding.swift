import FolioCore
import Foundation

/// What a requirement found, as a type: the site words it from `requirement-finding-<code>`, so
/// the domain builds no sentence for it.
public enum RequirementFinding: Worded, Hashable {
    // R-C2
    case newHire(rank: Rank)
    case currentRankMissing
    case rankMove(from: Rank, to: Rank)
    // R-G1
    case hoursNotForNewHire
    case noHoursStandard(rank: Rank)
    case hoursMissing(years: [Int])
    case allYearsAbroad
    /// The average of the counted years (abroad years left out), with reduction, against the standard.
    case averageHours(years: [Int], average: Points, standard: Points)
    /// The same, for an attending physician who actually taught less than the minimum in `belowYears`.
    case averageHoursPhysicianBelow(years: [Int], average: Points, standard: Points, belowYears: [Int], minimum: Points)
    // R-G2
    case noPassMark
    case noReviewMarks
    /// R-G2 as the university's form reads it: `reviewers` reviewers, at least `mustPass` of them at
    /// or above `passMark`; `returned` marks are in, `passing` of them at or above the mark.
    case externalReviewPanel(marks: [Points], passing: Int, returned: Int, reviewers: Int, mustPass: Int, passMark: Points)
    case everyMark(marks: [Points], passMark: Points)
    // Minimums (R-G2 mean, R-G3, R-G4)
    case atLeast(measure: ScoreMeasure, value: Points, minimum: Points)
    case below(measure: ScoreMeasure, value: Points, minimum: Points)
    case onlyPromotionTo(ranks: [Rank])
    // R-G5
    case noResearchStandard
    case researchAtLeast(value: Points, minimum: Points, category: ResearchCategory, kind: ApplicationKind, rank: Rank)
    case researchBelow(value: Points, minimum: Points, category: ResearchCategory, kind: ApplicationKind, rank: Rank)
    // R-G7
    case grantsCounted(years: Int, count: Int, required: Int)
    case grantsCountedWithStandIn(years: Int, count: Int, required: Int, project: String)
    // R-G8
    case notAttendingPhysician
    case noDegreeRule(kind: ApplicationKind, rank: Rank)
    case physicianDegree(degree: DegreeLevel?, abroadYears: Points, accepted: [DegreeLevel], abroadMinimum: Points?)
    // R-D2
    case representativeMarked(titles: [String])
    case representativeNotQualifying(problems: [RepresentativeProblem])
    case representativeCandidates(count: Int, example: String)
    case noRepresentativeCandidate
    // R-P3 … R-P7
    case paperConditionMet(mainPapers: Int, rule: String, alternative: PaperRequirement)
    case noPaperConditionMet(mainPapers: Int)

    public var code: String {
        switch self {
        case .newHire: "new_hire"
        case .currentRankMissing: "current_rank_missing"
        case .rankMove: "rank_move"
        case .hoursNotForNewHire: "hours_not_for_new_hire"
        case .noHoursStandard: "no_hours_standard"
        case .hoursMissing: "hours_missing"
        case .allYearsAbroad: "all_years_abroad"
        case .averageHours: "average_hours"
        case .averageHoursPhysicianBelow: "average_hours_physician_below"
        case .noPassMark: "no_pass_mark"
        case .noReviewMarks: "no_review_marks"
        case .externalReviewPanel: "external_review_panel"
        case .everyMark: "every_mark"
        case .atLeast: "at_least"
        case .below: "below"
        case .onlyPromotionTo: "only_promotion_to"
        case .noResearchStandard: "no_research_standard"
        case .researchAtLeast: "research_at_least"
        case .researchBelow: "research_below"
        case .grantsCounted: "grants_counted"
        case .grantsCountedWithStandIn: "grants_counted_with_stand_in"
        case .notAttendingPhysician: "not_attending_physician"
        case .noDegreeRule: "no_degree_rule"
        case .physicianDegree: "physician_degree"
        case .representativeMarked: "representative_marked"
        case .representativeNotQualifying: "representative_not_qualifying"
        case .representativeCandidates: "representative_candidates"
        case .noRepresentativeCandidate: "no_representative_candidate"
        case .paperConditionMet: "paper_condition_met"
        case .noPaperConditionMet: "no_paper_condition_met"
        }
    }

    public var parameters: [String: WordingValue] {
        switch self {
        case .currentRankMissing, .hoursNotForNewHire, .allYearsAbroad, .noPassMark, .noReviewMarks, .noResearchStandard,
             .notAttendingPhysician, .noRepresentativeCandidate:
            return [:]
        case .newHire(let rank), .noHoursStandard(let rank):
            return ["rank": rank.term]
        case .rankMove(let from, let to):
            return ["from": from.term, "to": to.term]
        case .hoursMissing(let years):
            return ["years": .yearList(years)]
        case .averageHours(let years, let average, let standard):
            return ["years": .yearList(years), "average": average.rounded(2).asNumber, "standard": standard.asNumber]
        case .averageHoursPhysicianBelow(let years, let average, let standard, let below, let minimum):
            return ["years": .yearList(years), "average": average.rounded(2).asNumber, "standard": standard.asNumber,
                    "below_years": .yearList(below), "minimum": minimum.asNumber]
        case .externalReviewPanel(let marks, let passing, let returned, let reviewers, let mustPass, let passMark):
            return ["marks": .pointList(marks), "passing": .count(passing), "returned": .count(returned), "reviewers": .count(reviewers),
                    "must_pass": .count(mustPass), "pass_mark": passMark.asNumber]
        case .everyMark(let marks, let passMark):
            return ["marks": .pointList(marks), "pass_mark": passMark.asNumber]
        case .atLeast(let measure, let value, let minimum), .below(let measure, let value, let minimum):
            return ["measure": measure.term, "value": value.asNumber, "minimum": minimum.asNumber]
        case .onlyPromotionTo(let ranks):
            // `ranks` for programs; `ranks_joined` for the sentence: 副教授、教授, Associate Professor or Professor.
            return ["ranks": .list(ranks.map(\.term)), "ranks_joined": .joined(ranks.map(\.term), by: "requirement-join-alternatives")]
        case .researchAtLeast(let value, let minimum, let category, let kind, let rank),
             .researchBelow(let value, let minimum, let category, let kind, let rank):
            return ["value": value.asNumber, "minimum": minimum.asNumber, "category": category.term, "kind": kind.term, "rank": rank.term,
                    "application": kind.applying(rank)]
        case .grantsCounted(let years, let count, let required):
            return ["years": .count(years), "count": .count(count), "required": .count(required)]
        case .grantsCountedWithStandIn(let years, let count, let required, let project):
            return ["years": .count(years), "count": .count(count), "required": .count(required), "project": .text(project)]
        case .noDegreeRule(let kind, let rank):
            return ["kind": kind.term, "rank": rank.term, "application": kind.applying(rank)]
        case .physicianDegree(let degree, let abroadYears, let accepted, let abroadMinimum):
            return DegreeNeeded(accepted: accepted, abroadMinimum: abroadMinimum).parameters
                .merging(["degree": degree?.term ?? .term("degree-none"), "abroad_years": abroadYears.asNumber]) { a, _ in a }
        case .representativeMarked(let titles):
            return ["titles": .list(titles.map(WordingValue.quotedTitle))]
        case .representativeNotQualifying(let problems):
            return ["problems": .joined(problems.map { .worded($0, prefix: "requirement-problem") }, by: "requirement-join-semicolon"),
                    "count": .count(problems.count)]
        case .representativeCandidates(let count, let example):
            return ["count": .count(count), "example": .quotedTitle(example)]
        case .paperConditionMet(let mainPapers, let rule, let alternative):
            return ["main_papers": .count(mainPapers), "rule": .text(rule), "alternative": .worded(alternative, prefix: "alternative")]
        case .noPaperConditionMet(let mainPapers):
            return ["main_papers": .count(mainPapers)]
        }
    }
}

/// R-G8: the degrees accepted ("博士候選人或博士"), or so many years of study abroad.
struct DegreeNeeded {
    var accepted: [DegreeLevel]
    var abroadMinimum: Points?

    /// `needed` for the sentence; `accepted` and `abroad_minimum` for programs.
    var parameters: [String: WordingValue] {
        var parameters: [String: WordingValue] = ["needed": value, "accepted": .list(accepted.map(\.term))]
        if let abroadMinimum { parameters["abroad_minimum"] = abroadMinimum.asNumber }
        return parameters
    }

    var value: WordingValue {
        let degrees = WordingValue.joined(accepted.map(\.term), by: "requirement-join-or")
        guard let abroadMinimum else { return degrees }
        return .worded(key: "requirement-degree-or-abroad", parameters: ["degrees": degrees, "years": abroadMinimum.asNumber])
    }
}

/// R-D2: why a marked representative work does not qualify.
public enum RepresentativeProblem: Worded, Hashable {
    case notMain(title: String, reasons: [MainPaperReason])
    case notFirstOrCorresponding(title: String)
    case equalContributionBelowImpact(title: String, minimum: Points)

    public var code: String {
        switch self {
        case .notMain: "not_main"
        case .notFirstOrCorresponding: "not_first_or_corresponding"
        case .equalContributionBelowImpact: "equal_contribution_below_impact"
        }
    }

    public var parameters: [String: WordingValue] {
        switch self {
        case .notMain(let title, let reasons):
            ["title": .quotedTitle(title),
             "reasons": .joined(reasons.map { .worded($0, prefix: "requirement-main-paper") }, by: "requirement-join-semicolon")]
        case .notFirstOrCorresponding(let title): ["title": .quotedTitle(title)]
        case .equalContributionBelowImpact(let title, let minimum): ["title": .quotedTitle(title), "minimum": minimum.asNumber]
        }
    }
}
