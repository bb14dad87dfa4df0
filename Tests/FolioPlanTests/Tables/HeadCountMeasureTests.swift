import FolioCore
import Testing
@testable import FolioPlan

/// 2-1, 5-1, 8-1: head counts from 表1-1 and 表4-2, the first semester's table of the year.
@Suite struct HeadCountMeasureTests {
    static let enrolment = Fixture.file("4-2", "114-1", [
        ["field_code": "0511", "degree": "四技", "male": "30", "female": "20"],   // 05: STEM
        ["field_code": "0613", "degree": "四技", "male": "40", "female": "10"],   // 06: STEM
        ["field_code": "0715", "degree": "碩士班", "male": "10", "female": "5"],  // 07: STEM
        ["field_code": "0715", "degree": "博士班", "male": "2", "female": "1"],   // 07: STEM
        ["field_code": "0413", "degree": "四技", "male": "20", "female": "40"],   // 04: not STEM
        ["field_code": "0811", "degree": "二技", "male": "5", "female": "5"],     // 08: not STEM
    ], totals: 1)

    @Test func stemStudentsAreFields05To07BySex() {
        let figure = STEMStudents.compute([Self.enrolment], year: 114)!
        // 男 30+40+10+2 = 82, 女 20+10+5+1 = 36 → 118.
        #expect(figure.value == 118)
        #expect(figure.breakdowns == [FigureBreakdown(dimension: .term("plan-breakdown-sex"), items: [BreakdownItem(PlanVocabulary.term("男"), 82), BreakdownItem(PlanVocabulary.term("女"), 36)])])
        #expect(Fixture.reasons(figure) == [
            "tables/4-2_114-1.csv:6 not-stem-field code=04",
            "tables/4-2_114-1.csv:7 not-stem-field code=08",
            "tables/4-2_114-1.csv:8 total-row",
        ])
    }

    @Test func aHeadCountUsesTheFirstSemesterOnly() {
        let second = Fixture.file("4-2", "114-2", [["field_code": "0613", "degree": "四技", "male": "999", "female": "0"]])
        #expect(STEMStudents.compute([Self.enrolment, second], year: 114)!.value == 118)
    }

    static let teachers = Fixture.file("1-1", "114-1", [
        ["employment": "專任", "industry_study": "是"],
        ["employment": "專任", "industry_study": "是"],
        ["employment": "專任", "industry_study": "否"],
        ["employment": "兼任", "industry_study": "是"],
        ["employment": "專任", "industry_study": "否"],
        ["employment": "專任", "industry_study": "否"],
        ["employment": "專任", "industry_study": "否"],
        ["employment": "專任", "industry_study": "否"],
        ["employment": "專任", "industry_study": "否"],
        ["employment": "兼任", "industry_study": "否"],
        ["employment": "兼任", "industry_study": "否"],
        ["employment": "兼任", "industry_study": "否"],
    ])

    @Test func industryStudyShareCountsFullTimeTeachersOnly() {
        let figure = IndustryStudyShare.compute([Self.teachers], year: 114)!
        // 8 專任, 2 of them done → 2 ÷ 8 × 100 = 25.0%; the 4 兼任 are excluded (even the one who is done).
        #expect(figure.value == 25)
        #expect(figure.calculation == .share(part: 2, whole: 8, percent: "25"))
        #expect(figure.excluded.count == 4)
        #expect(figure.excluded.allSatisfy { $0.reason == .partTimeTeacherLeftOut })
    }

    @Test func industryStudyShareRoundsToOneDecimal() {
        let file = Fixture.file("1-1", "114-1", [
            ["employment": "專任", "industry_study": "是"], ["employment": "專任", "industry_study": "否"],
            ["employment": "專任", "industry_study": "否"],
        ])
        // 1 ÷ 3 × 100 = 33.33… → 33.3.
        #expect(IndustryStudyShare.compute([file], year: 114)!.value == 33.3)
    }

    @Test func studentTeacherRatioWeighsGraduateStudentsAndPartTimeTeachers() {
        let figure = StudentTeacherRatio.compute(enrolment: [Self.enrolment], teachers: [Self.teachers], year: 114)!
        // Students: 四技 50 + 50 + 60 and 二技 10 at ×1 = 170; 碩士班 15 × 2 = 30; 博士班 3 × 3 = 9 → 209.
        // Teachers: 8 專任 + 4 兼任 ÷ 4 = 9 (cap 8 ÷ 3 = 2.67 not reached). 209 ÷ 9 = 23.222… → 23.22.
        #expect(figure.value == 23.22)
        #expect(figure.calculation == .ratio(weighted: "209", fullTime: 8, partTime: 4, partTimeEquivalent: "1", ratio: "23.22"))
        // The 總計 row of 4-2 is the only row left out.
        #expect(figure.excluded.count == 1)
    }

    @Test func partTimeTeachersCountAtMostAThirdOfFullTime() {
        let staff = Fixture.file("1-1", "114-1", [
            ["employment": "專任"], ["employment": "專任"], ["employment": "專任"],
        ] + Array(repeating: ["employment": "兼任"], count: 8))
        let students = Fixture.file("4-2", "114-1", [["field_code": "0413", "degree": "四技", "male": "60", "female": "40"]])
        let figure = StudentTeacherRatio.compute(enrolment: [students], teachers: [staff], year: 114)!
        // 8 兼任 ÷ 4 = 2, capped at 3 ÷ 3 = 1 → 3 + 1 = 4 teachers; 100 ÷ 4 = 25.
        #expect(figure.value == 25)
        #expect(figure.calculation == .cappedRatio(weighted: "100", fullTime: 3, partTime: 8, partTimeEquivalent: "1", cap: .third, ratio: "25"))
    }
}
