import FolioCore
import FolioPromotion
import Foundation
import Testing
@testable import FolioSite

/// Issue 12: every typed value of the requirements (articles 3 to 5) is worded in both languages
/// from the shipped label files: every label it needs exists, no placeholder is left, and the English
/// holds no Chinese except the school data (`.text`) it was given.
@Suite struct RequirementWordingTests {
    static let zh = Wording(labels: try! WordingTests.labels(.zhHant), language: .zhHant)
    static let en = Wording(labels: try! WordingTests.labels(.en), language: .en)

    /// A value with its label prefix.
    struct Sample {
        var key: String
        var parameters: [String: WordingValue]
        init(_ value: some Worded, prefix: String) {
            key = value.labelKey(prefix: prefix)
            parameters = value.parameters
        }
    }

    static func checkBothLanguages(_ sample: Sample, _ comment: String) {
        let value = WordingValue.worded(key: sample.key, parameters: sample.parameters)
        for key in Self.keys(in: value) {
            #expect(zh.labels[key] != nil, "\(comment): no label \(key) in zh-Hant.yaml")
            #expect(en.labels[key] != nil, "\(comment): no label \(key) in en.yaml")
        }
        let chinese = zh.text(value), english = en.text(value)
        for text in [chinese, english] {
            #expect(!text.isEmpty && !text.contains("{") && !text.contains("}"), "\(comment): '\(text)'")
        }
        // The English may hold Chinese only inside the school data it was given.
        let data = Self.data(in: value)
        let stripped = data.reduce(english) { $0.replacingOccurrences(of: $1, with: "") }
        #expect(!stripped.containsCJK, "\(comment): Chinese in the English '\(english)'")
        // On a page, that data is marked as Chinese.
        let html = en.html(key: sample.key, sample.parameters)
        for text in data where text.containsCJK {
            #expect(html.contains("<span lang=\"zh-Hant\">\(HTMLText.escape(text))</span>"), "\(comment): \(html)")
        }
    }

    static func keys(in value: WordingValue) -> [String] {
        switch value {
        case .term(let key): [key]
        case .worded(let key, let parameters): [key] + parameters.values.flatMap(keys)
        case .list(let values): values.flatMap(keys)
        case .date: ["format-date", "month-names"]
        default: []
        }
    }

    static func data(in value: WordingValue) -> [String] {
        switch value {
        case .text(let text): [text]
        case .worded(_, let parameters): parameters.values.flatMap(data)
        case .list(let values): values.flatMap(data)
        default: []
        }
    }

    /// Every case once. `ordinal` is exhaustive: a new case does not compile until it has a number,
    /// and the test then fails until an example of it is listed here.
    static let findings: [RequirementFinding] = [
        .newHire(rank: .assistantProfessor), .currentRankMissing, .rankMove(from: .assistantProfessor, to: .associateProfessor),
        .hoursNotForNewHire, .noHoursStandard(rank: .lecturer), .hoursMissing(years: [112, 113]), .allYearsAbroad,
        .averageHours(years: [112, 113, 114], average: 8.666, standard: 9),
        .averageHoursPhysicianBelow(years: [113], average: 4, standard: 2, belowYears: [113], minimum: 1),
        .noPassMark, .noReviewMarks,
        .externalReviewPanel(marks: [80, 77], passing: 1, returned: 2, reviewers: 5, mustPass: 4, passMark: 78),
        .everyMark(marks: [80, 77], passMark: 78), .atLeast(measure: .teaching, value: 82.35, minimum: 70),
        .below(measure: .externalReviewMean, value: 77.5, minimum: 78), .onlyPromotionTo(ranks: [.associateProfessor, .professor]),
        .noResearchStandard,
        .researchAtLeast(value: 286, minimum: 150, category: .rehabilitationManagement, kind: .newHire, rank: .assistantProfessor),
        .researchBelow(value: 60, minimum: 150, category: .naturalBiomedical, kind: .promotion, rank: .professor),
        .grantsCounted(years: 5, count: 1, required: 2),
        .grantsCountedWithStandIn(years: 5, count: 2, required: 2, project: "智慧長照產學合作計畫"),
        .notAttendingPhysician, .noDegreeRule(kind: .promotion, rank: .professor),
        .physicianDegree(degree: nil, abroadYears: 0, accepted: [.doctoralCandidate, .doctorate], abroadMinimum: 1),
        .representativeMarked(titles: ["深度學習於醫學影像", "A cohort study"]),
        .representativeNotQualifying(problems: Self.problems), .representativeCandidates(count: 3, example: "論文甲"),
        .noRepresentativeCandidate,
        .paperConditionMet(mainPapers: 7, rule: "R-P3", alternative: PaperRequirement(papers: 7, ofWhich: 3, group: .top(percent: 40))),
        .noPaperConditionMet(mainPapers: 6),
    ]

    static func ordinal(_ finding: RequirementFinding) -> Int {
        switch finding {
        case .newHire: 0
        case .currentRankMissing: 1
        case .rankMove: 2
        case .hoursNotForNewHire: 3
        case .noHoursStandard: 4
        case .hoursMissing: 5
        case .allYearsAbroad: 6
        case .averageHours: 7
        case .averageHoursPhysicianBelow: 8
        case .noPassMark: 9
        case .noReviewMarks: 10
        case .externalReviewPanel: 11
        case .everyMark: 12
        case .atLeast: 13
        case .below: 14
        case .onlyPromotionTo: 15
        case .noResearchStandard: 16
        case .researchAtLeast: 17
        case .researchBelow: 18
        case .grantsCounted: 19
        case .grantsCountedWithStandIn: 20
        case .notAttendingPhysician: 21
        case .noDegreeRule: 22
        case .physicianDegree: 23
        case .representativeMarked: 24
        case .representativeNotQualifying: 25
        case .representativeCandidates: 26
        case .noRepresentativeCandidate: 27
        case .paperConditionMet: 28
        case .noPaperConditionMet: 29
        }
    }

    static let shortfalls: [RequirementShortfall] = [
        .currentRankNeeded, .notNextRank(next: .professor), .notNextRank(next: nil), .hoursMissing(years: [114]), .hoursShort(hours: 0.5),
        .physicianTeachingBelow(minimum: 1), .noReviewMarks(passMark: 78),
        .reviewersNeeded(stillNeeded: 1, passMark: 78, mustPass: 4, reviewers: 5, outstanding: 2),
        .marksBelowPassMark(low: [77], passMark: 78), .pointsShort(measure: .service, points: 30), .moreGrants(count: 2),
        .degreeNeeded(accepted: [.master, .doctoralStudent, .doctoralCandidate, .doctorate], abroadMinimum: nil),
        .representativeNotQualifying(problems: Self.problems), .representativeNeeded(minimumImpact: 10),
        .paperCondition(rule: "R-P5", alternative: PaperRequirement(papers: 4, ofWhich: 2, group: .sciSsciEi),
                        missing: .moreInGroup(count: 1, group: .sciSsciEi)),
    ]

    static func ordinal(_ shortfall: RequirementShortfall) -> Int {
        switch shortfall {
        case .currentRankNeeded: 0
        case .notNextRank: 1
        case .hoursMissing: 2
        case .hoursShort: 3
        case .physicianTeachingBelow: 4
        case .noReviewMarks: 5
        case .reviewersNeeded: 6
        case .marksBelowPassMark: 7
        case .pointsShort: 8
        case .moreGrants: 9
        case .degreeNeeded: 10
        case .representativeNotQualifying: 11
        case .representativeNeeded: 12
        case .paperCondition: 13
        }
    }

    static func ordinal(_ condition: RequirementCondition) -> Int {
        switch condition {
        case .rank: 0
        case .paperConditions: 1
        case .representativeWork: 2
        case .teachingScore: 3
        case .serviceScore: 4
        case .researchScore: 5
        case .grants: 6
        case .teachingHours: 7
        case .externalReview: 8
        case .physicianDegree: 9
        }
    }

    static func ordinal(_ reason: MainPaperReason) -> Int {
        switch reason {
        case .outsideWindow: 0
        case .thesisOutsideWindow: 1
        case .thesisWithoutDegreeApplication: 2
        case .onlyOneThesis: 3
        case .notUnderUniversityName: 4
        case .notAtPreviousRank: 5
        case .notFirstOrCorresponding: 6
        case .typeNotMain: 7
        case .indexNotInScope: 8
        }
    }

    static let problems: [RepresentativeProblem] = [
        .notMain(title: "論文甲", reasons: [.notFirstOrCorresponding, .notUnderUniversityName]),
        .notFirstOrCorresponding(title: "Paper B"), .equalContributionBelowImpact(title: "論文丙", minimum: 10),
    ]

    static func ordinal(_ problem: RepresentativeProblem) -> Int {
        switch problem {
        case .notMain: 0
        case .notFirstOrCorresponding: 1
        case .equalContributionBelowImpact: 2
        }
    }

    static func ordinal(_ shortfall: AlternativeShortfall) -> Int {
        switch shortfall {
        case .moreInGroup: 0
        case .moreAny: 1
        case .moreInGroupAndAny: 2
        }
    }

    static func ordinal(_ reason: SecondmentUnavailable) -> Int {
        switch reason {
        case .noSecondment: 0
        case .hospitalOnlyRehabilitation: 1
        case .tooShort: 2
        case .misconduct: 3
        case .usedBefore: 4
        }
    }

    static func ordinal(_ group: PaperGroup) -> Int {
        switch group {
        case .any: 0
        case .top: 1
        case .sciSsciEi: 2
        case .masterThesis: 3
        }
    }

    /// The examples cover every case: their ordinals are 0 … the highest.
    static func coversEveryCase(_ ordinals: [Int], _ what: String) {
        let seen = Set(ordinals)
        #expect(seen == Set(0...(seen.max() ?? 0)), "\(what): an example is missing")
    }

    @Test func everyFindingIsWordedInBothLanguages() {
        Self.coversEveryCase(Self.findings.map(Self.ordinal), "RequirementFinding")
        #expect(Self.findings.map(Self.ordinal).max() == 29)
        for finding in Self.findings { Self.checkBothLanguages(Sample(finding, prefix: "requirement-finding"), "\(finding)") }
    }

    @Test func everyShortfallIsWordedInBothLanguages() {
        Self.coversEveryCase(Self.shortfalls.map(Self.ordinal), "RequirementShortfall")
        #expect(Self.shortfalls.map(Self.ordinal).max() == 13)
        for shortfall in Self.shortfalls { Self.checkBothLanguages(Sample(shortfall, prefix: "requirement-shortfall"), "\(shortfall)") }
    }

    @Test func everyConditionMainPaperReasonAndProblemIsWordedInBothLanguages() {
        Self.coversEveryCase(RequirementCondition.examples.map(Self.ordinal), "RequirementCondition")
        #expect(RequirementCondition.examples.count == 10)
        for condition in RequirementCondition.examples {
            Self.checkBothLanguages(Sample(condition, prefix: "requirement"), "\(condition)")
            #expect(Self.zh.labels[condition.columnKey] != nil || condition.parameters.isEmpty, "\(condition): no column label")
        }
        Self.coversEveryCase(MainPaperReason.examples.map(Self.ordinal), "MainPaperReason")
        #expect(MainPaperReason.examples.count == 9)
        for reason in MainPaperReason.examples { Self.checkBothLanguages(Sample(reason, prefix: "requirement-main-paper"), "\(reason)") }
        Self.coversEveryCase(Self.problems.map(Self.ordinal), "RepresentativeProblem")
        for problem in Self.problems { Self.checkBothLanguages(Sample(problem, prefix: "requirement-problem"), "\(problem)") }
        // Every paper type a main-paper reason can name.
        for type in PaperType.allCases {
            Self.checkBothLanguages(Sample(MainPaperReason.typeNotMain(type: type), prefix: "requirement-main-paper"), "\(type)")
        }
    }

    @Test func everyAlternativeValueIsWordedInBothLanguages() {
        Self.coversEveryCase(PaperGroup.examples.map(Self.ordinal), "PaperGroup")
        Self.coversEveryCase(AlternativeShortfall.examples.map(Self.ordinal), "AlternativeShortfall")
        Self.coversEveryCase(SecondmentUnavailable.examples.map(Self.ordinal), "SecondmentUnavailable")
        for group in PaperGroup.examples {
            for (papers, ofWhich) in [(5, 3), (4, 4)] {
                Self.checkBothLanguages(Sample(PaperRequirement(papers: papers, ofWhich: ofWhich, group: group), prefix: "alternative"), "\(group)")
            }
            Self.checkBothLanguages(Sample(PapersHeld(total: 6, group: group, inGroup: 2), prefix: "alternative-held"), "\(group)")
            if group != .any {
                Self.checkBothLanguages(Sample(AlternativeShortfall.moreInGroup(count: 2, group: group), prefix: "alternative-missing"), "\(group)")
            }
        }
        for shortfall in AlternativeShortfall.examples { Self.checkBothLanguages(Sample(shortfall, prefix: "alternative-missing"), "\(shortfall)") }
        for reason in SecondmentUnavailable.examples { Self.checkBothLanguages(Sample(reason, prefix: "alternative-unavailable"), "\(reason)") }
    }

    @Test func ranksKindsCategoriesDegreesAndStatusesHaveBothLabels() {
        let terms: [WordingValue] = Rank.allCases.map(\.term) + ApplicationKind.allCases.map(\.term) + ResearchCategory.allCases.map(\.term)
            + DegreeLevel.allCases.map(\.term) + Requirement.Status.allCases.map(\.term) + [.term("rank-none"), .term("degree-none")]
        for term in terms {
            guard case .term(let key) = term else { continue }
            #expect(Self.zh.labels[key] != nil && Self.en.labels[key] != nil, "\(key)")
            #expect(!Self.en.text(term).containsCJK, "\(key)")
        }
        // The zh-Hant pages keep the words they always showed.
        #expect(Self.zh.text(Rank.associateProfessor.term) == "副教授")
        #expect(Self.zh.text(Requirement.Status.notApplicable.term) == "不適用")
        #expect(Self.en.text(Rank.associateProfessor.term) == "Associate Professor")
        // The Chinese spellings still read input.
        #expect(Rank(word: "副教授") == .associateProfessor && Rank(word: "associate_professor") == .associateProfessor)
    }

    @Test func wordedExamplesReadAsTheCommitteeExpects() {
        // A promotion to professor with 6 main papers, the closest alternative R-P3 (7, 3 in the top 40%) one paper short.
        let shortfall = RequirementShortfall.paperCondition(rule: "R-P3", alternative: PaperRequirement(papers: 7, ofWhich: 3, group: .top(percent: 40)),
                                                            missing: .moreInGroup(count: 1, group: .top(percent: 40)))
        #expect(Self.zh.words(shortfall, prefix: "requirement-shortfall") == "尚缺 1 篇前40%主論文（R-P3「7 篇，其中 3 篇以上排名前40%」）")
        #expect(Self.en.words(shortfall, prefix: "requirement-shortfall")
            == "1 more main paper in the top 40% (R-P3: 7 main papers, at least 3 of them in the top 40%)")
        // R-G8 accepting master's or doctoral degrees, or a year abroad: the "or" list is joined in each language's way.
        let degree = RequirementShortfall.degreeNeeded(accepted: [.master, .doctorate], abroadMinimum: 1)
        #expect(Self.zh.words(degree, prefix: "requirement-shortfall") == "須具碩士或博士，或出國進修 1 年以上")
        #expect(Self.en.words(degree, prefix: "requirement-shortfall") == "Requires master's degree or doctorate, or at least 1 year of study abroad")
        // Plural forms: 2 grants, 1 grant.
        #expect(Self.en.words(RequirementShortfall.moreGrants(count: 1), prefix: "requirement-shortfall")
            == "1 more government grant as principal investigator")
        #expect(Self.en.words(RequirementShortfall.moreGrants(count: 2), prefix: "requirement-shortfall")
            == "2 more government grants as principal investigator")
        // The committee's phrasing of an application.
        #expect(Self.zh.application(kind: .promotion, current: .assistantProfessor, applied: .associateProfessor) == "升等 助理教授 → 副教授")
        #expect(Self.en.application(kind: .promotion, current: .assistantProfessor, applied: .associateProfessor)
            == "Promotion: Assistant Professor → Associate Professor")
        #expect(Self.zh.application(kind: .newHire, current: nil, applied: .professor) == "新聘 教授")
        #expect(Self.en.application(kind: .newHire, current: nil, applied: .professor) == "New appointment: Professor")
    }
}
