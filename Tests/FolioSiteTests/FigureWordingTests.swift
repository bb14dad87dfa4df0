import FolioCore
import FolioPromotion
import FolioTestSupport
import Foundation
import Testing
@testable import FolioSite

/// Issue 12: every typed figure, reason, claim and correction of the promotion engine is worded in
/// both languages from the label files: one example per case, each checked in zh-Hant and English.
@Suite struct FigureWordingTests {
    static let chinese = Wording(labels: (try? WordingTests.labels(.zhHant)) ?? [:], language: .zhHant)
    static let english = Wording(labels: (try? WordingTests.labels(.en)) ?? [:], language: .en)

    /// Label keys other parts of issue 12 add (ranks, categories): their terms are not checked here.
    static let othersPrefixes = ["rank-", "category-"]

    /// Words a value in both languages and checks each: a label exists for it and every nested value,
    /// nothing is left unfilled, and the English has no CJK outside the Chinese data marked `lang="zh-Hant"`.
    static func check(_ value: some Worded, prefix: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let key = value.labelKey(prefix: prefix)
        for key in [key] + nestedKeys(value.parameters) where !othersPrefixes.contains(where: key.hasPrefix) {
            #expect(chinese.labels[key] != nil, "no zh-Hant label \(key)", sourceLocation: sourceLocation)
            #expect(english.labels[key] != nil, "no English label \(key)", sourceLocation: sourceLocation)
        }
        for wording in [chinese, english] {
            let text = wording.words(value, prefix: prefix)
            #expect(!text.isEmpty && !text.contains("{") && !text.contains("}"), "\(key): \(text)", sourceLocation: sourceLocation)
        }
        let html = english.html(value, prefix: prefix)
        let outsideMarked = html.replacingOccurrences(of: #"<span lang="zh-Hant">[^<]*</span>"#, with: "", options: .regularExpression)
        #expect(!outsideMarked.containsCJK, "\(key) in English: \(html)", sourceLocation: sourceLocation)
    }

    static func nestedKeys(_ parameters: [String: WordingValue]) -> [String] {
        parameters.values.flatMap { value -> [String] in
            switch value {
            case .term(let key): [key]
            case .worded(let key, let nested): [key] + nestedKeys(nested)
            case .list(let values): nestedKeys(Dictionary(uniqueKeysWithValues: values.enumerated().map { ("\($0.offset)", $0.element) }))
            default: []
            }
        }
    }

    @Test func everyFigureExplanationIsWordedInBothLanguages() {
        #expect(Set(FigureExplanation.examples.map(\.caseIndex)) == Set(0..<FigureExplanation.caseCount))
        for example in FigureExplanation.examples { Self.check(example, prefix: "figure") }
    }

    @Test func everyPartOfAFigureIsWordedInBothLanguages() {
        #expect(Set(ItemArithmetic.examples.map(\.caseIndex)) == Set(0..<5))
        #expect(Set(PaperBand.examples.map(\.caseIndex)) == Set(0..<6))
        #expect(Set(PaperBase.examples.map(\.caseIndex)) == Set(0..<3))
        #expect(Set(EqualContribution.examples.map(\.caseIndex)) == Set(0..<2))
        #expect(Set(PaperExclusion.examples.map(\.caseIndex)) == Set(0..<3))
        #expect(Set(PaperCount.examples.map(\.caseIndex)) == Set(0..<3))
        #expect(Set(IndustryAward.examples.map(\.caseIndex)) == Set(0..<4))
        #expect(Set(ClaimSubject.examples.map(\.caseIndex)) == Set(0..<2))
        ItemArithmetic.examples.forEach { Self.check($0, prefix: "figure-arithmetic") }
        PaperBand.examples.forEach { Self.check($0, prefix: "figure-band") }
        PaperBase.examples.forEach { Self.check($0, prefix: "figure-base") }
        EqualContribution.examples.forEach { Self.check($0, prefix: "figure-contribution") }
        PaperExclusion.examples.forEach { Self.check($0, prefix: "figure-exclusion") }
        PaperCount.examples.forEach { Self.check($0, prefix: "figure-count") }
        IndustryAward.examples.forEach { Self.check($0, prefix: "figure-industry-award") }
        ClaimSubject.examples.forEach { Self.check($0, prefix: "figure-subject") }
        for kind in ResearchRecordKind.allCases { #expect(Self.english.labels["figure-record-\(kind.rawValue)"] != nil) }
        for problem in GrantProblem.allCases { #expect(Self.english.labels["figure-grant-problem-\(problem.rawValue)"] != nil) }
        for type in PaperType.allCases { #expect(Self.english.labels["figure-paper-type-\(type.rawValue)"] != nil) }
        for timeliness in AdminRecord.Timeliness.allCases { #expect(Self.english.labels["figure-timeliness-\(timeliness.rawValue)"] != nil) }
    }

    @Test func everyReasonClaimAndChangeIsWordedInBothLanguages() {
        #expect(Set(FigureReason.examples.map(\.caseIndex)) == Set(0..<7))
        #expect(Set(ClaimReason.examples.map(\.caseIndex)) == Set(0..<3))
        #expect(Set(Correction.Change.examples.map(\.caseIndex)) == Set(0..<4))
        FigureReason.examples.forEach { Self.check($0, prefix: "reason") }
        ClaimReason.examples.forEach { Self.check($0, prefix: "reason") }
        Correction.Change.examples.forEach { Self.check($0, prefix: "change") }
    }

    @Test func theChineseReadsAsBeforeAndTheEnglishAsEnglish() throws {
        // A worked example: 前10%, first author 30 × original 3 × equal contribution of 3 authors 0.6 = 54.
        let paper = FigureExplanation.paper(base: .band(.percentile(band: "前10%"), column: .firstOrCorresponding, points: 30, kjms: nil),
                                            type: .original, multiplier: 3, contribution: .factor(authors: 3, factor: 0.6), value: 54)
        #expect(Self.chinese.words(paper, prefix: "figure") == "前10% 第一或通訊作者 30 × 原著 3 × 同等貢獻 3 人 0.6 = 54")
        #expect(Self.english.words(paper, prefix: "figure")
                == "前10%, first or corresponding author 30 × original article 3 × equal contribution of 3 authors 0.6 = 54")
        #expect(Self.english.html(paper, prefix: "figure").hasPrefix("<span lang=\"zh-Hant\">前10%</span>, first"))
        // An item in a semester, and a cap of 3 exceeded by 1 in an academic year: 4 − 3 = 1 deducted.
        let semester = try #require(Semester(parsing: "114-1"))
        let item = FigureExplanation.item(label: "委員會委員", semester: semester, arithmetic: .each(points: 1, count: 2), share: 0.5, value: 1)
        #expect(Self.chinese.words(item, prefix: "figure") == "委員會委員（114-1）：1 × 2 × 比例 0.5 = 1")
        #expect(Self.english.words(item, prefix: "figure") == "委員會委員 (AY 114 (2025–26) semester 1): 1 × 2 × share 0.5 = 1")
        let cap = FigureExplanation.itemCapExceeded(label: "committee", period: .academicYear(114), sum: 4, cap: 3, deducted: 1)
        #expect(Self.chinese.words(cap, prefix: "figure") == "committee：114 學年度 合計 4 超過上限 3，減 1")
        #expect(Self.english.words(cap, prefix: "figure") == "committee: 4 in total in AY 114 (2025–26), over the cap of 3; 1 deducted")
        // Plural forms: one counted paper, two counted papers.
        #expect(Self.english.words(FigureExplanation.papersTotal(count: 1, points: 90), prefix: "figure") == "1 paper counted, 90 points in total")
        #expect(Self.english.words(FigureExplanation.papersTotal(count: 2, points: 150), prefix: "figure") == "2 papers counted, 150 points in total")
    }

    @Test func theJSONCodesAreStable() throws {
        // Programs read these codes (folio score --json): renaming one is a breaking change.
        #expect(FigureExplanation.examples.map(\.code) == [
            "item", "item_in_semester", "item_cap_exceeded", "item_listed", "plan_not_listed", "teaching_total", "indicator", "indicator_capped",
            "ability", "ability_none", "semester", "evaluation_no_scale", "evaluation", "evaluation_below", "growth_below_base",
            "growth_multiple", "growth_no_band", "admin", "service_year_listed", "service_total", "paper", "paper_not_scored",
            "papers_total", "record_listed", "research_total", "student_grants", "patent_not_at_previous_rank", "patent",
            "transfers_below_bands", "transfers", "industry_below_bands", "industry", "grant_listed", "grant_counted", "grant_refused",
            "grant_stand_in", "grant_stand_in_unused", "windows", "pregnancy_extension", "paper_conditions_category",
            "stand_in_left_out", "thesis_before_window_bound", "thesis_before_window_counts",
        ])
        #expect(FigureReason.examples.map(\.code) == [
            "growth_no_participation", "growth_below_base", "excluded.study_abroad", "outside_window", "outside_semesters",
            "outside_academic_years", "stand_in_would_not_suffice",
        ])
        #expect(ClaimReason.examples.map(\.code) == ["claim_band_differs", "claim_not_counted", "claim_differs"])
        #expect(Correction.Change.examples.map(\.code) == ["percentile", "author_position", "disallowed", "granted"])
        // Parameters keep their types: a count is an integer, a date ISO 8601.
        let reason = FigureReason.outsideWindow(years: 7, from: Fixture.date("108/09/15"), to: Fixture.date("115/09/15"))
        let json = try #require(JSONParameter.of(reason))
        let data = try JSONEncoder().encode(json)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["years"] as? Int == 7 && object["from"] as? String == "2019-09-15" && object["to"] as? String == "2026-09-15")
    }
}

private enum Fixture {
    static func date(_ text: String) -> RocDate { RocDate(parsing: text)! }
    static func semester(_ text: String) -> Semester { Semester(parsing: text)! }
}

// MARK: One example per case; each `caseIndex` switch fails to compile when a case is added.

extension FigureExplanation {
    static let caseCount = 39

    var caseIndex: Int {
        switch self {
        case .item: 0
        case .itemCapExceeded: 1
        case .itemListed: 2
        case .planNotListed: 3
        case .teachingTotal: 4
        case .indicator: 5
        case .ability: 6
        case .semester: 7
        case .evaluationNoScale: 8
        case .evaluation: 9
        case .evaluationBelow: 10
        case .growthBelowBase: 11
        case .growthMultiple: 12
        case .growthNoBand: 13
        case .admin: 14
        case .serviceYearListed: 15
        case .serviceTotal: 16
        case .paper: 17
        case .paperNotScored: 18
        case .papersTotal: 19
        case .recordListed: 20
        case .researchTotal: 21
        case .studentGrants: 22
        case .patentNotAtPreviousRank: 23
        case .patent: 24
        case .transfersBelowBands: 25
        case .transfers: 26
        case .industryBelowBands: 27
        case .industry: 28
        case .grantListed: 29
        case .grantCounted: 30
        case .grantRefused: 31
        case .grantStandIn: 32
        case .grantStandInUnused: 33
        case .windows: 34
        case .pregnancyExtension: 35
        case .paperConditionsCategory: 36
        case .standInLeftOut: 37
        case .thesisBeforeWindow: 38
        }
    }

    /// Every case, and every variant that has a label of its own (an item with a semester, a capped indicator…).
    static let examples: [FigureExplanation] = {
        let s = Fixture.semester("113-2"), d = Fixture.date("113/08/01"), e = Fixture.date("114/07/31")
        let window = DateWindow(start: Fixture.date("110/09/15"), end: Fixture.date("115/09/15"))
        return [
            .item(label: "校級教學傑出教師", semester: nil, arithmetic: .single(points: 50), share: nil, value: 50),
            .item(label: "臨床實習指導", semester: s, arithmetic: .perHour(points: 0.5, hours: 8), share: 0.5, value: 2),
            .itemCapExceeded(label: "委員會委員", period: .semester(s), sum: 4, cap: 3, deducted: 1),
            .itemListed(label: "磨課師", semester: s),
            .planNotListed(label: "計畫子計畫成員", plan: "usr"),
            .teachingTotal(terms: [WeightedTerm(points: 20, weightPercent: 30), WeightedTerm(points: 18, weightPercent: 20)], total: 9.6),
            .indicator(label: "教學評量", capped: 100, raw: 100, cap: 100, weightPercent: 30, weighted: 30),
            .indicator(label: "教學評量", capped: 100, raw: 120, cap: 100, weightPercent: 30, weighted: 30),
            .ability(label: "課程規劃", items: [1, 3], points: [7, 6], value: 13),
            .ability(label: "課程規劃", items: [], points: [], value: 0),
            .semester(s),
            .evaluationNoScale(semester: s),
            .evaluation(semester: s, average: 5.52, scale: "101 學年度(含)以後", atLeast: 5.4, value: 20),
            .evaluationBelow(semester: s, average: 3.1, scale: "101 學年度(含)以後", lowest: 4, value: 0),
            .growthBelowBase(semester: s, points: 0, base: 4, value: -12),
            .growthMultiple(semester: s, points: 15, base: 4, multiple: 3.75, atLeast: 3, value: 13),
            .growthNoBand(semester: s, points: 4, base: 4, multiple: 1),
            .admin(semester: s, syllabus: .excused, syllabusPoints: 10, grades: .late, gradesPoints: 5, correction: -2, value: 13),
            .serviceYearListed(academicYear: 108, items: 1),
            .serviceTotal(years: [YearSubtotal(academicYear: 113, subtotal: 20), YearSubtotal(academicYear: 114, subtotal: 12.5)], total: 32.5),
            .paper(base: .band(.percentile(band: "前10%"), column: .second, points: 18, kjms: nil), type: .shortReport, multiplier: 2,
                   contribution: .full(authors: 2, impactAtLeast: 10), value: 36),
            .paperNotScored(.outsideWindow(years: 7, from: window.start, to: window.end)),
            .papersTotal(count: 15, points: 654),
            .recordListed(kind: .patent, title: "一種裝置", date: d),
            .researchTotal(papers: 600, studentGrants: 10, patents: 5, transfers: 20, industry: 15, total: 650),
            .studentGrants(academicYear: 113, count: 3, points: 5, cap: 10, value: 10),
            .patentNotAtPreviousRank(title: "一種裝置"),
            .patent(title: "一種裝置", country: "ROC", countryPoints: 10, share: 0.5, value: 5),
            .transfersBelowBands(amount: 100000),
            .transfers(amount: 600000, bandPoints: 40, share: 0.5, value: 20),
            .industryBelowBands(amount: 200000, standIn: "產學合作案"),
            .industry(amount: 1200000, award: .notRecordedFull(cap: 30), standIn: nil),
            .grantListed(title: "計畫", agency: "國科會", start: d, end: e, problems: [.notPrincipalInvestigator, .commissioned]),
            .grantCounted(title: "計畫", agency: "國科會", start: d, end: e, years: 2),
            .grantRefused(title: "計畫", problems: [.notPeerReviewed]),
            .grantStandIn(title: "產學合作案", amount: 2500000, cost: 5),
            .grantStandInUnused(title: "產學合作案", amount: 2500000),
            .windows(applicationDate: window.end, semesters: 6, firstSemester: Fixture.semester("112-1"), lastSemester: Fixture.semester("114-2"),
                     serviceFirst: 110, serviceLast: 114, mainPapers: window, reference: window),
            .pregnancyExtension(dates: [d, e], years: 2, mainExtended: true, referenceExtended: false),
            .paperConditionsCategory(.rehabilitationManagement, scoredAs: .naturalBiomedical),
            .standInLeftOut(title: "產學合作案"),
            .thesisBeforeWindow(date: Fixture.date("109/01/01"), window: window, bound: true),
            .thesisBeforeWindow(date: Fixture.date("109/01/01"), window: window, bound: false),
        ]
    }()
}

extension ItemArithmetic {
    var caseIndex: Int {
        switch self {
        case .single: 0
        case .each: 1
        case .perHour: 2
        case .upTo: 3
        case .mentees: 4
        }
    }

    static let examples: [ItemArithmetic] = [.single(points: 4), .each(points: 3, count: 5), .perHour(points: 0.5, hours: 1),
                                             .upTo(granted: 3, cap: 5), .mentees(count: 1, points: 2)]
}

extension PaperBand {
    var caseIndex: Int {
        switch self {
        case .thesis: 0
        case .kjms: 1
        case .percentile: 2
        case .index: 3
        case .unranked: 4
        case .impactFactor: 5
        }
    }

    static let examples: [PaperBand] = [.thesis, .kjms(band: "40%–60%"), .percentile(band: "80%以上"), .index(.tssci), .unranked(.sci),
                                        .impactFactor(above: 5)]
}

extension PaperBase {
    var caseIndex: Int {
        switch self {
        case .band: 0
        case .impact: 1
        case .largerOf: 2
        }
    }

    static let examples: [PaperBase] = {
        let band = PaperBase.band(.percentile(band: "20%–40%"), column: .firstOrCorresponding, points: 20,
                                  kjms: KJMSComparison(band: "40%–60%", points: 15))
        let impact = PaperBase.impact(impactFactor: 7.8, coefficient: 5, formula: 39)
        return [band, impact, .largerOf(band: band, impact: impact, result: 39)]
    }()
}

extension EqualContribution {
    var caseIndex: Int {
        switch self {
        case .full: 0
        case .factor: 1
        }
    }

    static let examples: [EqualContribution] = [.full(authors: 2, impactAtLeast: 10), .factor(authors: 3, factor: 0.6)]
}

extension PaperExclusion {
    var caseIndex: Int {
        switch self {
        case .outsideWindow: 0
        case .notAtPreviousRank: 1
        case .unindexed: 2
        }
    }

    static let examples: [PaperExclusion] = [.outsideWindow(years: 1, from: Fixture.date("114/09/15"), to: Fixture.date("115/09/15")),
                                             .notAtPreviousRank(.assistantProfessor), .unindexed]
}

extension PaperCount {
    var caseIndex: Int {
        switch self {
        case .counted: 0
        case .beyondMaximum: 1
        case .notScored: 2
        }
    }

    static let examples: [PaperCount] = [.counted(place: 1, maximum: 15), .beyondMaximum(place: 16, maximum: 15), .notScored]
}

extension IndustryAward {
    var caseIndex: Int {
        switch self {
        case .full: 0
        case .granted: 1
        case .notRecordedZero: 2
        case .notRecordedFull: 3
        }
    }

    static let examples: [IndustryAward] = [.full(points: 15), .granted(points: 10, cap: 30), .notRecordedZero(cap: 30), .notRecordedFull(cap: 30)]
}

extension ClaimSubject {
    var caseIndex: Int {
        switch self {
        case .paper: 0
        case .item: 1
        }
    }

    static let examples: [ClaimSubject] = [.paper(title: "深度學習"), .item(label: "校級教學優良教師", semester: nil),
                                           .item(label: "校級教學優良教師", semester: Fixture.semester("113-2"))]
}

extension FigureReason {
    var caseIndex: Int {
        switch self {
        case .growthNoParticipation: 0
        case .growthBelowBase: 1
        case .semesterExcluded: 2
        case .outsideWindow: 3
        case .outsideSemesters: 4
        case .outsideAcademicYears: 5
        case .standInWouldNotSuffice: 6
        }
    }

    static let examples: [FigureReason] = [
        .growthNoParticipation, .growthBelowBase, .semesterExcluded(.studyAbroad),
        .outsideWindow(years: 7, from: Fixture.date("108/09/15"), to: Fixture.date("115/09/15")),
        .outsideSemesters(count: 6, first: Fixture.semester("112-1"), last: Fixture.semester("114-2")),
        .outsideAcademicYears(count: 5, first: 110, last: 114), .standInWouldNotSuffice(withStandIn: 1, required: 2),
    ]
}

extension ClaimReason {
    var caseIndex: Int {
        switch self {
        case .bandDiffers: 0
        case .notCounted: 1
        case .differs: 2
        }
    }

    static let examples: [ClaimReason] = [.bandDiffers(claimedBand: "10%–20%", band: .percentile(band: "20%–40%"), percentile: 25),
                                          .notCounted, .differs(by: 5)]
}

extension Correction.Change {
    var caseIndex: Int {
        switch self {
        case .percentile: 0
        case .authorPosition: 1
        case .disallowed: 2
        case .granted: 3
        }
    }

    static let examples: [Correction.Change] = [.percentile(45), .authorPosition(2), .disallowed, .granted(3)]
}
