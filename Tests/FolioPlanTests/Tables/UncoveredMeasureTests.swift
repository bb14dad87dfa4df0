import FolioCore
import Testing
@testable import FolioPlan

/// The measure rules no other test reached (issue 17, item 5, plan side): each with a small table
/// whose figure is worked by hand in a comment.
@Suite struct UncoveredMeasureTests {
    @Test func anAwardOfWuIsNoAward() {
        let file = Fixture.file("4-8-1", "114-1", [
            ["competition": "TDK盃", "award": "金牌", "date": "114/09/01"],           // 2: counted
            ["competition": "全國技能競賽", "award": "無", "date": "114/10/01"],       // 3: 無 = no award
            ["competition": "技職盃黑客松競賽", "award": "第三名", "date": "115/01/31"], // 4: counted (the semester's last day)
            ["competition": "全國技能競賽", "award": "-", "date": ""],                // 5: a dash = no award
            ["competition": "TDK盃", "award": "無", "date": "114/07/31"],             // 6: dated before 114-1: the date decides first
        ])
        let figure = CompetitionAwards.compute([file], year: 114)
        // Lines 2 and 4 → 2 人次; 3 and 5 have no award; 6 is outside 114/08/01–115/01/31.
        #expect(figure.value == 2)
        #expect(figure.counted.map(\.row.location.line) == [2, 4])
        #expect(Fixture.reasons(figure) == [
            "tables/4-8-1_114-1.csv:3 no-award",
            "tables/4-8-1_114-1.csv:5 no-award",
            "tables/4-8-1_114-1.csv:6 outside-period date=114/07/31 from=114/08/01 period=plan-period-semester(roc=114 term=1 year=AY114) to=115/01/31",
        ])
    }

    @Test func cefrLanguageAliasesAndDatesOutsideThePeriod() {
        let file = Fixture.file("4-8-3", "114-1", [
            ["language": "英語", "cefr": "B1", "date": "114/08/01"],   // 2: 英語 B1 (first day of 114-1)
            ["language": "English", "cefr": "B2", "date": "115/01/31"], // 3: English is 英語: 英語 B2 (last day)
            ["language": "英文", "cefr": "C1"],                         // 4: 英文 is 英語: 英語 C1 (undated)
            ["language": "日語", "cefr": "A2", "date": "114/09/09"],    // 5: 非英語 A2
            ["language": "客家語", "cefr": "B1"],                       // 6: 客語
            ["language": "原住民族語", "cefr": "A2"],                   // 7: 原住民語
            ["language": "族語", "cefr": ""],                           // 8: 原住民語
            ["language": "中文", "cefr": "C1"],                         // 9: 華語
            ["language": "國語", "cefr": "B2"],                         // 10: 華語
            ["language": "台語", "cefr": "A2"],                         // 11: 閩南語
            ["language": "臺灣台語", "cefr": "B1"],                     // 12: 閩南語
            ["language": "台灣閩南語", "cefr": "B1"],                   // 13: 閩南語
            ["language": "英語", "cefr": "B2", "date": "114/07/31"],    // 14: the day before 114-1 began
            ["language": "韓語", "cefr": "B1", "date": "115/02/01"],    // 15: the day after 114-1 ended
            ["language": "英語", "cefr": "", "date": "114/12/01"],      // 16: below A1
        ])
        let figure = CEFRLevels.compute([file], year: 114)
        // Counted: lines 2, 3, 4 (英語 B1, B2, C1) and 5 (非英語 A2) → 3 + 1 = 4 人次.
        #expect(figure.value == 4)
        #expect(figure.counted.compactMap(\.note) == [
            .cefrLevel(english: true, level: "B1"), .cefrLevel(english: true, level: "B2"), .cefrLevel(english: true, level: "C1"),
            .cefrLevel(english: false, level: "A2"),
        ])
        #expect(figure.breakdowns == [
            FigureBreakdown(dimension: .term("plan-breakdown-english"), items: [
                BreakdownItem(.text("A1"), 0), BreakdownItem(.text("A2"), 0), BreakdownItem(.text("B1"), 1),
                BreakdownItem(.text("B2"), 1), BreakdownItem(.text("C1"), 1), BreakdownItem(.text("C2"), 0),
            ]),
            FigureBreakdown(dimension: .term("plan-breakdown-other-languages"), items: [
                BreakdownItem(.text("A1"), 0), BreakdownItem(.text("A2"), 1), BreakdownItem(.text("B1"), 0),
                BreakdownItem(.text("B2"), 0), BreakdownItem(.text("C1"), 0), BreakdownItem(.text("C2"), 0),
            ]),
        ])
        #expect(Fixture.reasons(figure) == [
            "tables/4-8-3_114-1.csv:6 language-not-foreign language=plan-word-hakka",
            "tables/4-8-3_114-1.csv:7 language-not-foreign language=plan-word-indigenous-languages",
            "tables/4-8-3_114-1.csv:8 language-not-foreign language=plan-word-indigenous-languages",
            "tables/4-8-3_114-1.csv:9 language-not-foreign language=plan-word-mandarin",
            "tables/4-8-3_114-1.csv:10 language-not-foreign language=plan-word-mandarin",
            "tables/4-8-3_114-1.csv:11 language-not-foreign language=plan-word-taiwanese",
            "tables/4-8-3_114-1.csv:12 language-not-foreign language=plan-word-taiwanese",
            "tables/4-8-3_114-1.csv:13 language-not-foreign language=plan-word-taiwanese",
            "tables/4-8-3_114-1.csv:14 outside-period date=114/07/31 from=114/08/01 period=plan-period-semester(roc=114 term=1 year=AY114) to=115/01/31",
            "tables/4-8-3_114-1.csv:15 outside-period date=115/02/01 from=114/08/01 period=plan-period-semester(roc=114 term=1 year=AY114) to=115/01/31",
            "tables/4-8-3_114-1.csv:16 below-a1",
        ])
        #expect(figure.exclusionsByGroup.map { "\($0.reason.group) \($0.count)" } == [
            "language-not-foreign/客語 1", "language-not-foreign/原住民語 2", "language-not-foreign/華語 2", "language-not-foreign/閩南語 3",
            "outside-period 2", "below-a1 1",
        ])
    }

    @Test func entrepreneurshipTeachersCountOnceHoweverOftenTheyTeach() {
        let first = Fixture.file("3-5", "114-1", [
            ["teacher_id": "T1", "male": "10", "female": "5", "entrepreneurship": "是"],  // 2: T1 counted
            ["teacher_id": "T1", "male": "8", "female": "2", "entrepreneurship": "是"],   // 3: T1 again
            ["teacher_id": "T2", "male": "20", "female": "0", "entrepreneurship": "否"],  // 4: not an entrepreneurship course
            ["teacher_id": "T3", "male": "4", "female": "6", "entrepreneurship": "是"],   // 5: T3 counted
        ])
        let second = Fixture.file("3-5", "114-2", [
            ["teacher_id": "T3", "male": "1", "female": "1", "entrepreneurship": "是"],   // 2: T3 again, the other semester
            ["teacher_id": "T2", "male": "3", "female": "3", "entrepreneurship": "是"],   // 3: T2 counted (its 114-1 course was not one)
            ["teacher_id": "T1", "male": "5", "female": "5", "entrepreneurship": "是"],   // 4: T1 a third time
        ])
        let teachers = CourseStructureMeasures.entrepreneurshipTeachers([first, second], year: 114)
        // T1, T3, T2 → 3 teachers; the three repeats cite the row that counted each teacher first.
        #expect(teachers.value == 3)
        #expect(teachers.counted.map(\.row.location.fileAndLine) == [
            "tables/3-5_114-1.csv:2", "tables/3-5_114-1.csv:5", "tables/3-5_114-2.csv:3",
        ])
        #expect(Fixture.reasons(teachers) == [
            "tables/3-5_114-1.csv:3 already-counted first=tables/3-5_114-1.csv:2 what=plan-once-teacher",
            "tables/3-5_114-1.csv:4 course-not-flagged course=plan-course-entrepreneurship",
            "tables/3-5_114-2.csv:2 already-counted first=tables/3-5_114-1.csv:5 what=plan-once-teacher",
            "tables/3-5_114-2.csv:4 already-counted first=tables/3-5_114-1.csv:2 what=plan-once-teacher",
        ])
        // 10-2 counts enrolments, repeats included: (10+5) + (8+2) + (4+6) + (1+1) + (3+3) + (5+5)
        // = 15 + 10 + 10 + 2 + 6 + 10 = 53 人次.
        #expect(CourseStructureMeasures.entrepreneurshipEnrolments([first, second], year: 114).value == 53)
    }

    @Test func transfersDatedOutsideTheCalendarYearAreLeftOut() {
        let file = Fixture.file("1-16", "114年度", [
            ["contract_no": "C1", "date": "114/01/01"],   // 2: first day of 114年度
            ["contract_no": "C2", "date": "114/12/31"],   // 3: last day
            ["contract_no": "C3", "date": "113/12/31"],   // 4: a day early
            ["contract_no": "C4", "date": "115/01/01"],   // 5: a day late
            ["contract_no": "C1", "date": "114/01/01"],   // 6: C1 again
            ["contract_no": "C5", "date": ""],            // 7: undated: counted
            ["contract_no": "C4", "date": "114/06/30"],   // 8: C4 again, now in the year: its first counted row
        ])
        let figure = PatentsAndTransfers.transfers([file], year: 114)
        // C1, C2, C5, C4 (line 8) → 4 件.
        #expect(figure.value == 4)
        #expect(figure.counted.map(\.row.location.line) == [2, 3, 7, 8])
        #expect(Fixture.reasons(figure) == [
            "tables/1-16_114年度.csv:4 outside-period date=113/12/31 from=114/01/01 period=plan-period-calendar-year(roc=114 year=2025) to=114/12/31",
            "tables/1-16_114年度.csv:5 outside-period date=115/01/01 from=114/01/01 period=plan-period-calendar-year(roc=114 year=2025) to=114/12/31",
            "tables/1-16_114年度.csv:6 already-counted first=tables/1-16_114年度.csv:2 what=plan-once-contract",
        ])
    }

    @Test func inServiceMastersStudentsWeighTwoInTheStudentTeacherRatio() {
        let students = Fixture.file("4-2", "114-1", [
            ["field_code": "0413", "degree": "四技", "division": "日間部", "male": "60", "female": "40"],        // 100 × 1
            ["field_code": "0413", "degree": "四技", "division": "進修部", "male": "12", "female": "8"],         // 20 × 1
            ["field_code": "0413", "degree": "碩士在職專班", "division": "進修部", "male": "9", "female": "6"],   // 15 × 2
            ["field_code": "0413", "degree": "碩士班", "division": "日間部", "male": "3", "female": "2"],        // 5 × 2
            ["field_code": "0715", "degree": "博士班", "division": "日間部", "male": "2", "female": "0"],        // 2 × 3
        ])
        let staff = Fixture.file("1-1", "114-1", [
            ["employment": "專任"], ["employment": "專任"], ["employment": "專任"], ["employment": "專任"],
            ["employment": "專任"], ["employment": "專任"], ["employment": "兼任"], ["employment": "兼任"],
        ])
        let figure = StudentTeacherRatio.compute(enrolment: [students], teachers: [staff], year: 114)!
        // Students 100 + 20 + 30 + 10 + 6 = 166; teachers 6 + 2 ÷ 4 = 6.5 (cap 6 ÷ 3 = 2 not reached).
        // 166 ÷ 6.5 = 25.538… → 25.54.
        #expect(figure.value == 25.54)
        #expect(figure.calculation == .ratio(weighted: "166", fullTime: 6, partTime: 2, partTimeEquivalent: "0.5", ratio: "25.54"))
        #expect(figure.counted.compactMap(\.note).prefix(5) == [
            .weightedHeads(degree: "四技", heads: 100, weight: 1), .weightedHeads(degree: "四技", heads: 20, weight: 1),
            .weightedHeads(degree: "碩士在職專班", heads: 15, weight: 2), .weightedHeads(degree: "碩士班", heads: 5, weight: 2),
            .weightedHeads(degree: "博士班", heads: 2, weight: 3),
        ])
        #expect(figure.breakdowns.first == FigureBreakdown(dimension: .term("plan-breakdown-weighted-students"), items: [
            BreakdownItem(PlanVocabulary.term("博士班"), 6), BreakdownItem(PlanVocabulary.term("碩士班"), 10), BreakdownItem(PlanVocabulary.term("碩士在職專班"), 30), BreakdownItem(PlanVocabulary.term("四技"), 120),
        ]))
    }

    /// A 114-2 table listed before the 114-1 one: head counts still use 114-1.
    static let secondSemesterFirst = [
        Fixture.file("4-2", "114-2", [["field_code": "0613", "degree": "四技", "male": "999", "female": "1"]]),
        Fixture.file("1-1", "114-2", [["employment": "專任", "industry_study": "否"]]),
        Fixture.file("4-2", "114-1", [["field_code": "0613", "degree": "碩士班", "male": "30", "female": "10"]]),
        Fixture.file("1-1", "114-1", [
            ["employment": "專任", "industry_study": "是"], ["employment": "專任", "industry_study": "否"],
            ["employment": "專任", "industry_study": "否"], ["employment": "專任", "industry_study": "是"],
        ]),
    ]

    @Test func headCountsUseTheFirstSemesterWhateverTheFileOrder() throws {
        let figures = MeasureComputations.compute(TableSet(Self.secondSemesterFirst))
        let values = Dictionary(uniqueKeysWithValues: figures.map { ($0.measureID, $0.value) })
        // From 114-1 alone: 5-1 30 + 10 = 40; 2-1 2 of 4 專任 → 50%; 8-1 40 × 2 = 80 ÷ 4 = 20.
        // Had 114-2 been read: 5-1 1,000, 2-1 0%, 8-1 1,000.
        #expect(values == ["5-1": 40, "2-1": 50, "8-1": 20])
        #expect(figures.allSatisfy { $0.files.allSatisfy { $0.period == .semester(year: 114, term: 1) } })
    }

    @Test func headCountsUseTheFirstSemesterEvenWhenHandedOutOfOrder() throws {
        // The measures' own entry points, given the files in the order listed.
        let enrolment = Self.secondSemesterFirst.filter { $0.schema.id == "4-2" }
        let teachers = Self.secondSemesterFirst.filter { $0.schema.id == "1-1" }
        #expect(STEMStudents.compute(enrolment, year: 114)?.value == 40)
        #expect(IndustryStudyShare.compute(teachers, year: 114)?.value == 50)
        #expect(StudentTeacherRatio.compute(enrolment: enrolment, teachers: teachers, year: 114)?.value == 20)
    }
}
