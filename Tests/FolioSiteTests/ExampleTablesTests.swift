import FolioTestSupport
import FolioCore
import FolioPlan
import Foundation
import Testing
@testable import FolioSite

/// The example institution's exports (content/tables/, written by
/// scripts/generate-example-tables.py): the actuals they give, and where their rows may appear.
@Suite struct ExampleTablesTests {
    static func exampleContent() throws -> PlanContent {
        let sink = DiagnosticSink()
        let content = ContentLoader.load(contentFolder: Workspace.packageRoot.appendingPathComponent("content"),
                                         displayRoot: "content", sink: sink)
        #expect(sink.diagnostics == [])
        return try #require(content)
    }

    @Test func theExampleTablesGiveTheHandCountedActuals() throws {
        let content = try Self.exampleContent()
        let values = Dictionary(uniqueKeysWithValues: content.figures.filter { $0.year == 114 }.map { ($0.measureID, $0.value) })
        #expect(values == [
            "1-1": 1574,   // 4-8-2: 802 rows in 114-1 + 772 in 114-2; 21 + 16 丙級, 2 dated 114/07/15, 1 總計 left out
            "1-2": 301,    // 4-8-1: 139 + 162 awards; 41 + 47 entries without an award
            "2-1": 39.8,   // 1-1 (114-1): 199 of 500 專任 have done the study → 39.8%; 120 兼任 left out
            "3-1": 155,    // 3-5: 155 teachers with innovative sections, each counted once over 114-1 and 114-2
            "3-2": 7352,   // 3-5: enrolments of 213 innovative sections
            "4-1": 1342,   // 4-6: (44+131+462+29) + (47+126+471+32); 57 + 49 校際選課 left out
            "5-1": 5356,   // 4-2 (114-1): 男 3,210 + 女 2,146 in fields 05–07; 58 rows of other fields and 總計 left out
            "5-2": 39215,  // 3-5: 男 20,969 + 女 18,246 in STEM sections
            "5-3": 4388,   // 4-2-11: distinct students with 程式設計; 6 repeated rows counted once
            "5-4": 226,    // 4-2-11: 186 with both + 40 with the micro-programme only
            "7-1": 21,     // 15-17: 10 + 11 EGSP/ESP sections; 3 + 2 一般英文 left out
            "7-2": 1138,   // 4-8-3: 547 + 591; 客語/客家語, 原住民語, 華語, 閩南語/臺語 and results below A1 left out
            "8-1": 23.4,   // 12,402 weighted students ÷ (500 專任 + 120 兼任 ÷ 4 = 30) = 23.40
            "10-1": 42,    // 3-5: 42 teachers of entrepreneurship sections
            "10-2": 2318,  // 3-5: enrolments of 62 entrepreneurship sections
            "11-2": 133,   // 1-8: 133 projects of NT$300,000 or more (one exactly 300,000); 58 below (one 299,000)
            "11-3": 44,    // 1-12: 44 patents; one listed twice, one granted in 113
            "11-4": 25,    // 1-16: 25 contracts; one listed twice
        ])
        let certificates = try #require(content.figure("1-1", year: 114))
        #expect(certificates.exclusionsByGroup.map { "\($0.reason.group) \($0.count)" } == [
            "third-grade-certificate 37", "outside-period 2", "total-row 1",
        ])
        let stem = try #require(content.figure("5-1", year: 114))
        #expect(stem.breakdowns == [FigureBreakdown(dimension: .term("plan-breakdown-sex"), items: [BreakdownItem(PlanVocabulary.term("男"), 3210), BreakdownItem(PlanVocabulary.term("女"), 2146)])])
        // Some exports are Big5 (CP950) and read as such: their names are real Chinese text.
        let teachers = try #require(content.figure("2-1", year: 114))
        #expect(teachers.counted.allSatisfy { $0.row["name"].unicodeScalars.allSatisfy { $0.value >= 0x4E00 && $0.value <= 0x9FFF } })
    }

    /// The rows behind each figure: how many were counted, and how many left out for which reason.
    /// Fixed counts come from scripts/generate-example-tables.py (its TARGETS and the arguments of
    /// each `*_rows` call); counts the generator leaves to chance (which 表3-5 sections carry a flag)
    /// are counted here, from the imported rows.
    @Test func theExampleFiguresCountTheRowsTheGeneratorWrote() throws {
        let content = try Self.exampleContent()
        let sink = DiagnosticSink()
        let tables = TableLoader.load(ContentFiles(root: Workspace.packageRoot.appendingPathComponent("content"), displayRoot: "content"),
                                      planYears: [114, 115, 116], sink: sink)
        #expect(!sink.hasErrors)
        func rows(_ table: String) -> [TableRow] { tables.files(table, year: 114).flatMap(\.rows) }
        func rowCounts(_ table: String) -> [Int] { tables.files(table, year: 114).map(\.rows.count) }
        let totalRow = "total-row"

        // Rows per file, as the generator writes them (totals apart).
        #expect(rowCounts("4-8-2") == [802 + 21 + 2, 772 + 16])       // certificate_rows(…, count, third, stray)
        #expect(rowCounts("4-8-1") == [139 + 41, 162 + 47])            // competition_rows(…, awarded, entered)
        #expect(rowCounts("4-8-3") == [547 + 22 + 19, 591 + 18 + 23])  // language_rows(…, counted, below, non_foreign)
        #expect(rowCounts("4-6") == [44 + 131 + 462 + 29 + 57, 47 + 126 + 471 + 32 + 49])
        // 4-2 is the wide download: one row per department, programme and division (grades and sexes in columns):
        // the 10 STEM departments' 94 long rows make 10 四技日 + 5 四技進修 + 10 碩士班 + 4 在職專班 + 2 博士班 = 31,
        // the 6 others' 58 make 6 + 3 + 6 + 2 + 2 = 19.
        #expect(rowCounts("4-2") == [31 + 19])
        #expect(rowCounts("4-2-11") == [4388 + 40 + 310 + 6])
        #expect(rowCounts("15-17") == [10 + 3, 11 + 2])
        #expect(rowCounts("1-1") == [500 + 120])
        // 1-8 as downloaded: 191 projects, 12 co-investigators' rows, 3 + 1 amendment rows, 2 校內補助案.
        #expect(rowCounts("1-8") == [133 + 58 + 12 + 4 + 2])
        // 1-12: 44 granted, one listed twice, one granted in 113, and 3 still 申請中.
        #expect(rowCounts("1-12") == [44 + 1 + 1 + 3])
        #expect(rowCounts("1-16") == [25 + 1])
        // 表3-5: 390 STEM + 12 innovative STEM sections each semester; the other flags vary by chance.
        let sections = rows("3-5").count
        let innovative = rows("3-5").filter { $0["innovative"] == "是" }
        let stem = rows("3-5").filter { $0["stem"] == "是" }.count
        let entrepreneurship = rows("3-5").filter { $0["entrepreneurship"] == "是" }
        #expect(stem == (390 + 12) * 2)
        #expect(innovative.count == 213 && entrepreneurship.count == 62)
        #expect(Set(innovative.map { $0["teacher_id"] }).count == 155 && Set(entrepreneurship.map { $0["teacher_id"] }).count == 42)

        let expected: [String: (counted: Int, excluded: [String: Int])] = [
            "1-1": (802 + 772, ["third-grade-certificate": 21 + 16, "outside-period": 2, totalRow: 1]),
            "1-2": (139 + 162, ["no-award": 41 + 47]),
            "2-1": (500, ["part-time-teacher-left-out": 120]),
            "3-1": (155, ["already-counted/teacher": innovative.count - 155, "course-not-flagged/innovative": sections - innovative.count, totalRow: 2]),
            "3-2": (innovative.count, ["course-not-flagged/innovative": sections - innovative.count, totalRow: 2]),
            "4-1": (1342, ["inter-school-course": 57 + 49]),
            "5-1": (31, ["not-stem-field": 19, totalRow: 1]),
            "5-2": (stem, ["course-not-flagged/stem": sections - stem, totalRow: 2]),
            // 5-3: the 40 micro-programme-only and 310 neither rows, and the 6 rows listed twice.
            "5-3": (4388, ["course-not-taken/programming": 40 + 310, "already-counted/student": 6]),
            // 5-4: 4,388 − 186 programming-only rows, the 310 neither, and the 6 repeats (programming-only too).
            "5-4": (226, ["course-not-taken/micro-program": 4388 - 186 + 310 + 6]),
            "7-1": (21, ["not-professional-english": 3 + 2]),
            // 7-2: the 19 + 23 non-foreign results are 客語/客家語 7 + 7, 原住民語 6 + 5, 華語 0 + 4, 閩南語/臺語 6 + 7.
            "7-2": (1138, ["below-a1": 22 + 18, "language-not-foreign/客語": 14, "language-not-foreign/原住民語": 11,
                           "language-not-foreign/華語": 4, "language-not-foreign/閩南語": 13]),
            // 8-1: every 4-2 row and every 1-1 row counts (weighted); only 4-2's 總計 is left out.
            "8-1": (50 + 620, [totalRow: 1]),
            "10-1": (42, ["already-counted/teacher": entrepreneurship.count - 42, "course-not-flagged/entrepreneurship": sections - entrepreneurship.count, totalRow: 2]),
            "10-2": (entrepreneurship.count, ["course-not-flagged/entrepreneurship": sections - entrepreneurship.count, totalRow: 2]),
            "11-2": (133, ["below-threshold": 58, "co-investigator": 12, "amendment-applied": 3 + 1,
                           "not-industry-project": 2]),
            "11-3": (44, ["already-counted/patent": 1, "outside-period": 1, "patent-not-granted": 3]),
            "11-4": (25, ["already-counted/contract": 1]),
        ]
        let figures = content.figures.filter { $0.year == 114 }
        #expect(Set(figures.map(\.measureID)) == Set(expected.keys))
        for figure in figures {
            let want = try #require(expected[figure.measureID])
            #expect(figure.counted.count == want.counted, "\(figure.measureID)")
            #expect(Dictionary(uniqueKeysWithValues: figure.exclusionsByGroup.map { ($0.reason.group, $0.count) }) == want.excluded, "\(figure.measureID)")
        }
        // The downloaded shapes at work: 延修生 of the 9 non-STEM 四技 rows (6 日間 + 3 進修) are taken out of 8-1's
        // weighted students (and nowhere else: 12,402 stays), projects with amendments count at their amended amount,
        // and results without a CEFR level are converted by the bundled table.
        let ratio = try #require(content.figure("8-1", year: 114))
        #expect(ratio.counted.filter { if case .weightedStudents = $0.note { true } else { false } }.count == 9)
        let projects = try #require(content.figure("11-2", year: 114))
        let amended = Set(rows("1-8").filter { $0["funding"].hasPrefix("變更") }.map { $0["project_id"] })
        #expect(projects.counted.filter { if case .amendedAmount = $0.note { true } else { false } }.count == amended.count)
        let cefr = try #require(content.figure("7-2", year: 114))
        let converted = cefr.counted.filter { if case .cefrConverted = $0.note { true } else { false } }
        #expect(!converted.isEmpty)
        #expect(converted.count == cefr.counted.filter { $0.row["cefr"].isEmpty && !CEFRLevel.all.contains($0.row["score"]) }.count)
        // 2-1 counts every 專任 teacher in the denominator and the 199 who have done the study above it.
        #expect(try #require(content.figure("2-1", year: 114)).counted.filter { $0.contribution == 1 }.count == 199)
    }

    @Test func theBuiltSiteShowsTheComputedActuals() throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        _ = try SiteBuilder.build(workspace.options)
        let home = try workspace.read("site/public/index.html")
        let row11 = try #require(PlanPageTests.row("1-1", in: home))
        #expect(row11.contains("1,574<span class=\"computed-mark\""))
        // 2-1 stays below its 41% target and 11-4 below 29: the overview still shows 未達成.
        #expect(try #require(PlanPageTests.row("2-1", in: home)).contains("<span class=\"rate\">97.1%</span> <span class=\"state-label\">未達成</span>"))
        #expect(try #require(PlanPageTests.row("11-4", in: home)).contains("<span class=\"state-label\">未達成</span>"))
        let page = try workspace.read("site/public/indicators/01.html")
        #expect(page.contains("表4-8-2（114-1，4-8-2_114-1.csv）：採計 802 列，排除 23 列"))
        #expect(page.contains("丙級證照不採計（對應技術型高中程度）：37 列"))
    }

    /// Every personal value of the example tables: names (學生, 教師, 計畫主持人, 發明人) and ID numbers.
    static func personalValues() throws -> Set<String> {
        let sink = DiagnosticSink()
        let files = ContentFiles(root: Workspace.packageRoot.appendingPathComponent("content"), displayRoot: "content")
        let tables = TableLoader.load(files, planYears: [114, 115, 116], sink: sink)
        #expect(!sink.hasErrors)
        var values: Set<String> = []
        for file in tables.files {
            let personal = file.schema.fields.filter(\.isPersonal).map(\.name)
            for row in file.rows {
                for field in personal where !row[field].isEmpty { values.insert(row[field]) }
            }
        }
        return values
    }

    /// The personal values found in any file under a tree of the built site: every window of
    /// every file whose first character can start a value is looked up.
    static func personalValuesFound(in tree: String, of workspace: Workspace, among values: Set<String>) -> Set<String> {
        let lengths = Set(values.map(\.unicodeScalars.count)).sorted()
        let firsts = Set(values.compactMap(\.unicodeScalars.first))
        var found: Set<String> = []
        for (_, data) in workspace.snapshot(tree) {
            let scalars = Array(String(decoding: data, as: UTF8.self).unicodeScalars)
            for start in scalars.indices where firsts.contains(scalars[start]) {
                for length in lengths where start + length <= scalars.count {
                    var window = String.UnicodeScalarView()
                    window.append(contentsOf: scalars[start..<(start + length)])
                    let candidate = String(window)
                    if values.contains(candidate) { found.insert(candidate) }
                }
            }
        }
        return found
    }

    @Test func noPersonalNameOrIDReachesThePublicTree() throws {
        let values = try Self.personalValues()
        // 11,200 students' and 620 teachers' names and IDs: enough to catch any leak.
        #expect(values.count > 10_000)
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        _ = try SiteBuilder.build(workspace.options)
        #expect(Self.personalValuesFound(in: "site/public", of: workspace, among: values) == [])
        // The same search finds them where they belong: were a provenance page routed to the
        // public tree, this test would fail above.
        let internalTree = Self.personalValuesFound(in: "site/internal", of: workspace, among: values)
        #expect(internalTree.count > 5_000)
        #expect(internalTree.contains("B11311358"))
    }

    @Test func publicPagesNeverLinkToTheInternalTree() throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        _ = try SiteBuilder.build(workspace.options)
        let public_ = workspace.snapshot("site/public")
        #expect(public_.keys.allSatisfy { !$0.hasPrefix("provenance/") })
        for (path, data) in public_ where path.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            #expect(!html.contains("provenance/"), "\(path) links to a provenance page")
            #expect(!html.contains("internal/"), "\(path) links to the internal tree")
            #expect(!html.contains("noindex"), "\(path) is public but marked noindex")
        }
        let internalTree = workspace.snapshot("site/internal")
        #expect(internalTree.keys.filter { $0.hasPrefix("provenance/") }.count == 18)
        for (path, data) in internalTree where path.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            #expect(html.contains("<meta name=\"robots\" content=\"noindex, nofollow, noarchive\">"), "\(path)")
            // The English pages (en/) carry the same mark in English.
            let mark = path.hasPrefix("en/") ? "Confidential · internal checks only; holds personal data, never to be published" : "機密 · 內部查核用，含個人資料，不得公開"
            #expect(html.contains(mark), "\(path)")
        }
        #expect(String(decoding: internalTree["indicators/01.html"]!, as: UTF8.self).contains("<a href=\"../provenance/1-1-114.html\">1,574</a>"))
    }

    @Test func everyQuantitativeMeasureHasAnAccessibleChart() throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        _ = try SiteBuilder.build(workspace.options)
        let page = try workspace.read("site/public/indicators/08.html")
        #expect(page.contains("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart-svg\" role=\"img\""))
        #expect(page.contains("aria-labelledby=\"m8-1-title m8-1-desc\""))
        #expect(page.contains("<title id=\"m8-1-title\">8-1 生師比：各年度目標值與實際值</title>"))
        // The text alternative states every figure and state in words, lower-is-better included.
        // 8-1's rule rounds to two decimals, so its figures show two.
        #expect(page.contains("單位：比（越低越好）。基準值 113年 23.80；114年 目標值 23.50、實際值 23.40（達成率 100.4%） ✓ 達成；115年 目標值 23.20、實際值 23.10（達成率 100.4%） ✓ 達成；116年 目標值 22.90、實際值 — … 待填報。"))
        // The chart says lower is better, and does not start its axis at 0, where 22.9 and 23.8 would
        // look alike: the figures span 23.8 − 22.9 = 0.9 (under a fifth of 23.8), so the axis starts a
        // span below the smallest, at 22.9 − 0.9 = 22.0 rounded down to tenths. The bars have 360 − 86 − 62
        // = 212 units: 23.8 fills them, 22.9 half of them, (22.9 − 22) ÷ (23.8 − 22) × 212 = 106.
        #expect(page.contains(">↓ 越低越好：實際值不高於目標值即達成</text>"))
        #expect(page.contains(">數值軸起點 22.00</text>"))
        #expect(page.contains("<rect class=\"chart-baseline\" x=\"86\" y=\"70\" width=\"212\" height=\"16\"/>"))
        #expect(page.contains("width=\"106\" height=\"16\" fill=\"url(#m8-1-hatch)\"/><text class=\"chart-value\" x=\"197\" y=\"")) 
        #expect(!page.contains("<script"))
        // Indicator pages hold one chart per quantitative measure, custom ones included (25 + 5).
        var charts = 0
        for number in 1...15 {
            let html = try workspace.read("site/public/indicators/\(number < 10 ? "0" : "")\(number).html")
            charts += html.components(separatedBy: "<figure class=\"chart\"").count - 1
        }
        #expect(charts == 30)
    }
}
