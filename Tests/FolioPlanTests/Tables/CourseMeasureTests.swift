import FolioCore
import Testing
@testable import FolioPlan

/// 3-1, 3-2, 5-2, 10-1, 10-2 from 表3-5; 4-1 from 表4-6; 5-3, 5-4 from 表4-2-11; 7-1 from 表15-17.
@Suite struct CourseMeasureTests {
    static let courses = [
        Fixture.file("3-5", "114-1", [
            ["teacher_id": "T1", "male": "20", "female": "10", "innovative": "是", "stem": "是", "entrepreneurship": "否"],
            ["teacher_id": "T1", "male": "5", "female": "5", "innovative": "是", "stem": "否", "entrepreneurship": "否"],
            ["teacher_id": "T2", "male": "12", "female": "18", "innovative": "否", "stem": "是", "entrepreneurship": "是"],
            ["teacher_id": "T3", "male": "40", "female": "2", "innovative": "否", "stem": "否", "entrepreneurship": "否"],
        ], totals: 1),
        Fixture.file("3-5", "114-2", [
            ["teacher_id": "T1", "male": "7", "female": "3", "innovative": "是", "stem": "否", "entrepreneurship": "否"],
            ["teacher_id": "T4", "male": "1", "female": "9", "innovative": "是", "stem": "否", "entrepreneurship": "是"],
        ]),
    ]

    @Test func innovativeTeachersCountEachTeacherOnceAcrossSemesters() {
        let figure = CourseStructureMeasures.innovativeTeachers(Self.courses, year: 114)
        // Innovative rows: T1 (114-1 twice, 114-2 once) and T4 → 2 teachers.
        #expect(figure.value == 2)
        #expect(figure.excluded.filter { if case .alreadyCounted(.teacher, _) = $0.reason { true } else { false } }.count == 2)
        #expect(figure.excluded.filter { $0.reason == .courseNotFlagged(.innovative) }.count == 2)
    }

    @Test func enrolmentsAddEveryFlaggedSectionAcrossSemesters() {
        // 3-2: (20+10) + (5+5) + (7+3) + (1+9) = 30 + 10 + 10 + 10 = 60 人次.
        #expect(CourseStructureMeasures.innovativeEnrolments(Self.courses, year: 114).value == 60)
        // 5-2: STEM rows 20+10 and 12+18 → 男 32, 女 28, 60 人次.
        let stem = CourseStructureMeasures.stemEnrolments(Self.courses, year: 114)
        #expect(stem.value == 60)
        #expect(stem.breakdowns == [FigureBreakdown(dimension: .term("plan-breakdown-sex"), items: [BreakdownItem(PlanVocabulary.term("男"), 32), BreakdownItem(PlanVocabulary.term("女"), 28)])])
        // 10-1: T2 and T4 → 2; 10-2: (12+18) + (1+9) = 40.
        #expect(CourseStructureMeasures.entrepreneurshipTeachers(Self.courses, year: 114).value == 2)
        #expect(CourseStructureMeasures.entrepreneurshipEnrolments(Self.courses, year: 114).value == 40)
        // The 合計 row is excluded from each.
        #expect(stem.excluded.contains { $0.reason == .totalRow })
    }

    @Test func crossDomainLearningByTypeAndSexWithoutInterSchoolCourses() {
        let file = Fixture.file("4-6", "114-1", [
            ["sex": "男", "type": "雙主修"], ["sex": "女", "type": "輔系"], ["sex": "女", "type": "輔系"],
            ["sex": "男", "type": "學分學程"], ["sex": "女", "type": "其他"], ["sex": "男", "type": "校際選課"],
        ])
        let figure = CrossDomainLearning.compute([file], year: 114)
        // 1 雙主修 + 2 輔系 + 1 學分學程 + 1 其他 = 5 人次 (男 2, 女 3); 校際選課 excluded.
        #expect(figure.value == 5)
        #expect(figure.breakdowns == [
            FigureBreakdown(dimension: .term("plan-breakdown-cross-domain-type"), items: [BreakdownItem(PlanVocabulary.term("雙主修"), 1), BreakdownItem(PlanVocabulary.term("輔系"), 2), BreakdownItem(PlanVocabulary.term("學分學程"), 1), BreakdownItem(PlanVocabulary.term("其他"), 1)]),
            FigureBreakdown(dimension: .term("plan-breakdown-sex"), items: [BreakdownItem(PlanVocabulary.term("男"), 2), BreakdownItem(PlanVocabulary.term("女"), 3)]),
        ])
        #expect(Fixture.reasons(figure) == ["tables/4-6_114-1.csv:7 inter-school-course"])
    }

    @Test func technologyCourseStudentsAreCountedOncePerStudentID() {
        let file = Fixture.file("4-2-11", "114學年度", [
            ["student_id": "B1", "programming": "是", "micro_program": "是"],
            ["student_id": "B2", "programming": "是", "micro_program": "否"],
            ["student_id": "B1", "programming": "是", "micro_program": "否"],
            ["student_id": "B3", "programming": "否", "micro_program": "是"],
            ["student_id": "B4", "programming": "否", "micro_program": "否"],
        ])
        // 5-3: B1, B2 (B1's second row is a repeat) → 2. 5-4: B1, B3 → 2.
        let programming = TechnologyCourseStudents.programming([file], year: 114)
        #expect(programming.value == 2)
        #expect(Fixture.reasons(programming) == [
            "tables/4-2-11_114學年度.csv:4 already-counted first=tables/4-2-11_114學年度.csv:2 what=plan-once-student",
            "tables/4-2-11_114學年度.csv:5 course-not-taken course=plan-course-programming",
            "tables/4-2-11_114學年度.csv:6 course-not-taken course=plan-course-programming",
        ])
        #expect(TechnologyCourseStudents.microProgram([file], year: 114).value == 2)
    }

    @Test func professionalEnglishCoursesAreEGSPAndESPOnly() {
        let files = [
            Fixture.file("15-17", "114-1", [["category": "ESP"], ["category": "EGSP"], ["category": "一般英文"]]),
            Fixture.file("15-17", "114-2", [["category": "esp"]], totals: 1),
        ]
        // ESP + EGSP in 114-1, esp in 114-2 → 3 門; 一般英文 and the total row excluded.
        let figure = ProfessionalEnglishCourses.compute(files, year: 114)
        #expect(figure.value == 3)
        #expect(figure.excluded.count == 2)
    }
}
