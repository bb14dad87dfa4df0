import FolioCore
import Testing
@testable import FolioPlan

/// 1-1 certificates, 1-2 awards, 7-2 CEFR levels: rows of student achievements.
@Suite struct StudentAchievementMeasureTests {
    @Test func certificatesCountEveryPassExceptThirdGradeAndTotals() {
        let first = Fixture.file("4-8-2", "114-1", [
            ["certificate": "機械加工乙級技術士", "level": "乙級", "date": "114/09/10"],     // line 2: counted
            ["certificate": "工業配線甲級技術士", "level": "甲級", "date": "114/12/01"],     // line 3: counted
            ["certificate": "電腦軟體應用丙級技術士", "level": "丙級", "date": "114/10/01"], // line 4: 丙級
            ["certificate": "室內配線丙級技術士", "level": "", "date": "114/10/02"],       // line 5: 丙級 in the name only
            ["certificate": "Cisco CCNA", "level": "國際證照", "date": "114/07/15"],        // line 6: before 114-1 began
        ], totals: 1)                                                                    // line 7: 總計
        let second = Fixture.file("4-8-2", "114-2", [
            ["certificate": "iPAS AI應用規劃師（初級）", "level": "初級", "date": "115/03/03"], // counted
            ["certificate": "Cisco CCNA", "level": "國際證照", "date": ""],                     // undated: counted
        ])
        let figure = CertificatePasses.compute([first, second], year: 114)
        // Counted: lines 2 and 3 of 114-1, and both rows of 114-2 → 2 + 2 = 4 人次.
        #expect(figure.value == 4)
        #expect(figure.counted.count == 4)
        #expect(Fixture.reasons(figure) == [
            "tables/4-8-2_114-1.csv:4 third-grade-certificate",
            "tables/4-8-2_114-1.csv:5 third-grade-certificate",
            "tables/4-8-2_114-1.csv:6 outside-period date=114/07/15 from=114/08/01 period=plan-period-semester(roc=114 term=1 year=AY114) to=115/01/31",
            "tables/4-8-2_114-1.csv:7 total-row",
        ])
        #expect(figure.sources == [
            FigureSource(file: "tables/4-8-2_114-1.csv", table: "4-8-2", period: .semester(year: 114, term: 1), counted: 2, excluded: 4),
            FigureSource(file: "tables/4-8-2_114-2.csv", table: "4-8-2", period: .semester(year: 114, term: 2), counted: 2, excluded: 0),
        ])
    }

    @Test func awardsCountOnlyRowsWithAnAward() {
        let file = Fixture.file("4-8-1", "114-2", [
            ["competition": "TDK盃", "award": "金牌"],
            ["competition": "技職盃黑客松競賽", "award": "佳作"],
            ["competition": "全國技能競賽", "award": "未獲獎"],
            ["competition": "全國技能競賽", "award": "參賽"],
            ["competition": "全國技能競賽", "award": ""],
        ], totals: 1)
        let figure = CompetitionAwards.compute([file], year: 114)
        // 金牌 + 佳作 = 2; three without an award and the total row are excluded.
        #expect(figure.value == 2)
        #expect(figure.excluded.count == 4)
        #expect(figure.excluded.filter { $0.reason == .noAward }.count == 3)
    }

    @Test func cefrLevelsExcludeNonForeignLanguagesAndResultsBelowA1() {
        let file = Fixture.file("4-8-3", "114-1", [
            ["language": "英語", "cefr": "B1"],        // 2: 英語 B1
            ["language": "英文", "cefr": "B2"],        // 3: 英語 B2
            ["language": "英語", "cefr": "B1"],        // 4: 英語 B1
            ["language": "日語", "cefr": "A2"],        // 5: 非英語 A2
            ["language": "韓語", "cefr": "C1"],        // 6: 非英語 C1
            ["language": "客語", "cefr": ""],          // 7: excluded
            ["language": "原住民語", "cefr": ""],      // 8: excluded
            ["language": "華語", "cefr": "B1"],        // 9: excluded even with a level
            ["language": "閩南語", "cefr": "A2"],      // 10: excluded
            ["language": "臺語", "cefr": "B1"],        // 11: 臺語 is 閩南語: excluded
            ["language": "英語", "cefr": ""],          // 12: below A1
        ])
        let figure = CEFRLevels.compute([file], year: 114)
        // 英語 3 (B1 2, B2 1) + 非英語 2 (A2 1, C1 1) = 5 人次.
        #expect(figure.value == 5)
        #expect(figure.breakdowns == [
            FigureBreakdown(dimension: .term("plan-breakdown-english"), items: [
                BreakdownItem(.text("A1"), 0), BreakdownItem(.text("A2"), 0), BreakdownItem(.text("B1"), 2),
                BreakdownItem(.text("B2"), 1), BreakdownItem(.text("C1"), 0), BreakdownItem(.text("C2"), 0),
            ]),
            FigureBreakdown(dimension: .term("plan-breakdown-other-languages"), items: [
                BreakdownItem(.text("A1"), 0), BreakdownItem(.text("A2"), 1), BreakdownItem(.text("B1"), 0),
                BreakdownItem(.text("B2"), 0), BreakdownItem(.text("C1"), 1), BreakdownItem(.text("C2"), 0),
            ]),
        ])
        #expect(Fixture.reasons(figure).map { String($0.split(separator: " ", maxSplits: 1)[1]) } == [
            "language-not-foreign language=plan-word-hakka", "language-not-foreign language=plan-word-indigenous-languages", "language-not-foreign language=plan-word-mandarin", "language-not-foreign language=plan-word-taiwanese",
            "language-not-foreign language=plan-word-taiwanese", "below-a1",
        ])
    }
}
