import FolioTestSupport
import FolioCore
import FolioPlan
import Foundation
import Testing
@testable import FolioSite

/// Exports as school systems download them (issue 10, items 3–6): other headers, values spelled
/// per system, wide layouts, and the rules of 表1-8, 表1-12, 表4-8-2 and 8-1 as the rows come.
@Suite struct RealExportTests {
    static func load(_ manifest: String, _ files: [String: String]) throws -> (PlanContent?, [String]) {
        let workspace = try TableImportTests.workspace(manifest: manifest, files: files.mapValues { Array($0.utf8) })
        defer { workspace.cleanUp() }
        let (content, diagnostics) = TableImportTests.content(workspace)
        return (content, diagnostics.map(\.description))
    }

    /// A figure, without dumping the whole plan into the log when it is missing.
    static func figure(_ content: PlanContent?, _ measureID: String, year: Int) -> ComputedFigure? {
        content?.figure(measureID, year: year)
    }

    // MARK: 表1-8

    static let projects = """
    計畫編號,計畫名稱,計畫主持人,工作類別,計畫類別,經費狀況,核定金額,計畫起始日期
    P1,智慧製造,林家豪,計畫主持人,產學合作計畫案,原核定,"250,000",2025/03/01
    P1,智慧製造,陳怡君,共同(協同)主持人,產學合作計畫案,原核定,,2025/03/01
    P1,智慧製造,林家豪,計畫主持人,產學合作計畫案,變更-增加經費,"80,000",2025/09/01
    P2,漁港監測,王小明,計畫主持人,政府部門計畫,原核定,"500,000",2025/01/10
    P2,漁港監測,王小明,計畫主持人,政府部門計畫,變更-刪減經費,"250,000",2025/06/10
    P3,校園節能,李大同,計畫主持人,校內補助案,原核定,"900,000",2025/02/01
    P4,光電檢測,張三,計畫主持人,技術服務案,原核定,"300,000",2025/04/01

    """

    @Test func projectRowsAsExportedCountEachIndustryProjectOnceAtItsAmendedAmount() throws {
        let (content, diagnostics) = try Self.load("tables:\n  - {file: tables/1-8.csv, table: 1-8, period: 114年度}\n",
                                                   ["tables/1-8.csv": Self.projects])
        #expect(diagnostics == [])
        let figure = try #require(Self.figure(content, "11-2", year: 114))
        // P1: 250,000 + 80,000 = 330,000 ≥ 300,000 → 1; P2: 500,000 − 250,000 = 250,000 < 300,000 → 0;
        // P3 is 校內補助案 → 0; P4: 300,000 (以上 includes it) → 1. Total 2.
        #expect(figure.value == 2)
        #expect(figure.counted.map { $0.row["project_id"] } == ["P1", "P4"])
        #expect(figure.counted.first?.note == .amendedAmount(calculation: "250,000 + 80,000 = 330,000"))
        #expect(figure.excluded.map(\.reason) == [
            .coInvestigator(project: "P1"),
            .amendmentApplied(project: "P1", line: 2),
            .amendedBelowThreshold(amount: "250,000"),
            .amendmentApplied(project: "P2", line: 5),
            .notIndustryProject(kind: "校內補助案"),
        ])
    }

    @Test func onlyACoInvestigatorsAmountMayBeBlank() throws {
        let csv = "計畫編號,計畫名稱,工作類別,核定金額\nP1,智慧製造,主持人,\nP1,智慧製造,共同主持人,\n"
        let (_, diagnostics) = try Self.load("tables:\n  - {file: tables/1-8.csv, table: 1-8, period: 114年度}\n", ["tables/1-8.csv": csv])
        #expect(diagnostics == [
            "content/tables/1-8.csv:2:13: error: '核定金額' (amount) is empty; every row needs it unless its role is 共同主持人",
        ])
    }

    // MARK: 表1-12 and 表4-8-2

    @Test func onlyGrantedPatentsCountAndTheCertificateHeaderIsKnown() throws {
        let csv = """
        證書字號,專利名稱,發明人,進度狀況,獲證日期
        I801517,無人機巡檢系統,羅騏岑,已核准,2025/03/07
        ,長照輔具開發系統,葉冠曉,申請中,
        M650001,觀光數位行銷系統,蘇妤家,核准,114/09/10

        """
        let (content, diagnostics) = try Self.load("tables:\n  - {file: tables/1-12.csv, table: 1-12, period: 114年度}\n",
                                                   ["tables/1-12.csv": csv])
        #expect(diagnostics == [])
        let figure = try #require(Self.figure(content, "11-3", year: 114))
        // Two granted (已核准, 核准 → 已核准), both dated in 114年度 (2025/03/07 is 114/03/07); the pending one is listed.
        #expect(figure.value == 2)
        #expect(figure.counted.map { $0.row["date"] } == ["114/03/07", "114/09/10"])
        #expect(figure.excluded.map(\.reason) == [.patentNotGranted(status: "申請中")])
    }

    @Test func thirdGradeInsideTheCategoryIsNotCounted() throws {
        let csv = """
        學號,證照名稱,證照類別,取得日期
        B1,室內配線,技術士證照-乙級,114/09/01
        B2,室內配線,技術士證照-丙級,114/09/02
        B3,多益,其他證照,114/09/03

        """
        let (content, diagnostics) = try Self.load("tables:\n  - {file: tables/4-8-2.csv, table: 4-8-2, period: 114-1}\n",
                                                   ["tables/4-8-2.csv": csv])
        #expect(diagnostics == [])
        let figure = try #require(Self.figure(content, "1-1", year: 114))
        // 3 rows − 1 丙級 = 2.
        #expect(figure.value == 2)
        #expect(figure.excluded.map { $0.row["student_id"] } == ["B2"])
    }

    // MARK: 表4-2, wide, with the 8-1 rules

    static let wideEnrolment = """
    表4-2 各年級實際在學學生人數 114學年度第1學期
    系所名稱,學科標準分類代碼,學制,部別,學籍狀態,一年級男生,一年級女生,二年級男生,二年級女生,延修生男生,延修生女生,全學年校外實習人數
    機械工程系,0715,四技(日),D 日,,"1,020",980,-,10,3,2,10
    資訊工程系,0613,B 學士,N 職,無,40,20,-,-,-,-,
    電機工程系,0713,碩士,D 日,,30,10,,,,,
    機械工程系,0715,四技(日),D 日,外籍生,5,1,,,,,

    """

    static let teachers = "教師編號,專兼任,完成半年產業研習或研究\n"
        + (1...6).map { "T\($0),專任教師,是\n" }.joined() + (1...12).map { "P\($0),兼任教師,否\n" }.joined()

    static func enrolmentManifest(cap: String = "") -> String {
        """
        \(cap)tables:
          - {file: tables/4-2.csv, table: 4-2, period: 114-1}
          - {file: tables/1-1.csv, table: 1-1, period: 114-1}

        """
    }

    @Test func theWideEnrolmentExportIsReadDirectly() throws {
        let (content, diagnostics) = try Self.load(Self.enrolmentManifest(), ["tables/4-2.csv": Self.wideEnrolment, "tables/1-1.csv": Self.teachers])
        #expect(diagnostics == [])
        let stem = try #require(Self.figure(content, "5-1", year: 114))
        // Every grade and sex column summed, `-` as 0, 延修生 included (they are enrolled):
        // male 1,020 + 0 + 3 + 40 + 30 + 5 = 1,098; female 980 + 10 + 2 + 20 + 10 + 1 = 1,023; 2,121 in all.
        #expect(stem.value == 2121)
        #expect(stem.counted.map { $0.row["degree"] } == ["四技", "學士班", "碩士班", "四技"])
        #expect(stem.counted.map { $0.row["division"] } == ["日間部", "進修部", "日間部", "日間部"])
    }

    @Test func theRatioLeavesOutMarkedStudentsAndWeighsInterns() throws {
        let (content, diagnostics) = try Self.load(Self.enrolmentManifest(), ["tables/4-2.csv": Self.wideEnrolment, "tables/1-1.csv": Self.teachers])
        #expect(diagnostics == [])
        let ratio = try #require(Self.figure(content, "8-1", year: 114))
        // 機械: (2,015 − 5 延修生 − 10 interns + 10 × 0.8) × 1 = 2,008; 資工 學士班 60 × 1 = 60; 電機 碩士班 40 × 2 = 80;
        // the 外籍生 row is left out: 2,008 + 60 + 80 = 2,148 weighted students.
        // Teachers: 6 專任 + 12 兼任 ÷ 4 = 3, capped at 6 ÷ 3 = 2 → 8. 2,148 ÷ 8 = 268.5.
        #expect(ratio.value == 268.5)
        #expect(ratio.excluded.map(\.reason) == [.studentsLeftOut(status: "外籍生")])
        #expect(ratio.counted.first?.note == .weightedStudents(degree: "四技", calculation: "(2,015 − 5 − 10 + 10 × 0.8) × 1 = 2,008"))
    }

    @Test func artAndDesignUnitsCapPartTimeTeachersAtOneHalf() throws {
        let (content, diagnostics) = try Self.load(Self.enrolmentManifest(cap: "part_time_cap: 1/2\n"),
                                                   ["tables/4-2.csv": Self.wideEnrolment, "tables/1-1.csv": Self.teachers])
        #expect(diagnostics == [])
        // 12 兼任 ÷ 4 = 3, under the cap 6 ÷ 2 = 3: 2,148 ÷ (6 + 3) = 238.666… → 238.67.
        #expect(try #require(Self.figure(content, "8-1", year: 114)).value == 238.67)
    }

    // MARK: values:

    static let oddDegree = """
    系所名稱,學科標準分類代碼,學制,男生數,女生數
    機械工程系,0715,專科部,10,5

    """

    @Test func anUnknownValueNamesTheAcceptedOnesAndTheLineToAdd() throws {
        let (_, diagnostics) = try Self.load("tables:\n  - {file: tables/4-2.csv, table: 4-2, period: 114-1}\n", ["tables/4-2.csv": Self.oddDegree])
        #expect(diagnostics == [
            "content/tables/4-2.csv:2:12: error: '學制' (degree): '專科部' is not a value Folio knows for this field; it accepts 博士班、碩士班、碩士在職專班、四技、二技、學士班、二專、五專、學士後. If it means one of them, add this line under the export's entry in content/tables.yaml (with the right word): values: {degree: {\"專科部\": 博士班}}",
        ])
    }

    @Test func aValuesLineReadsTheSchoolsSpelling() throws {
        let manifest = """
        tables:
          - file: tables/4-2.csv
            table: 4-2
            period: 114-1
            values: {degree: {"專科部": 五專}}

        """
        let (content, diagnostics) = try Self.load(manifest, ["tables/4-2.csv": Self.oddDegree])
        #expect(diagnostics == [])
        #expect(try #require(Self.figure(content, "5-1", year: 114)).counted.map { $0.row["degree"] } == ["五專"])
    }

    @Test func aValuesLineMustNameAFieldAndAValueFolioKnows() throws {
        let manifest = """
        tables:
          - file: tables/4-2.csv
            table: 4-2
            period: 114-1
            values: {degre: {"專科部": 五專}, division: {"夜": 晚上}}

        """
        let (_, diagnostics) = try Self.load(manifest, ["tables/4-2.csv": Self.oddDegree])
        #expect(diagnostics.first == "content/tables.yaml:5:14: error: 表4-2 has no field 'degre'; did you mean 'degree'?")
        #expect(diagnostics.count == 3) // the unknown field, the unknown target 晚上, and the row's 專科部 still unknown
    }

    // MARK: 表4-8-3 and the CEFR conversion table

    static let languageTests = """
    學號,語言別,檢定名稱,級數或分數,取得日期
    B1,英語,(TOEIC)多益測驗,550,114/09/01
    B2,英語,培力英語能力檢定測驗(BESTEP),A2,114/09/02
    B3,日語,(JLPT)日本語能力試驗,N1,114/09/03
    B4,韓語,韓國語文能力測驗,1級,114/09/04
    B5,英語,(TOEIC)多益測驗,100,114/09/05
    B6,法語,DELF,B2,114/09/06
    B7,德語,歌德檢定,優等,114/09/07

    """

    static let languageManifest = "tables:\n  - {file: tables/4-8-3.csv, table: 4-8-3, period: 114-1}\n"

    @Test func testLevelsAndScoresConvertToCEFRByTheBundledTable() throws {
        let (content, diagnostics) = try Self.load(Self.languageManifest, ["tables/4-8-3.csv": Self.languageTests])
        #expect(diagnostics == [])
        let figure = try #require(Self.figure(content, "7-2", year: 114))
        // TOEIC 550 → B1 (B1 from 550); BESTEP A2 is CEFR already; JLPT N1 → C1; TOPIK 1級 → A1; DELF B2 is CEFR already.
        // TOEIC 100 is below A1 (120); 歌德檢定 is not in the table. 7 − 2 = 5.
        #expect(figure.value == 5)
        #expect(figure.counted.compactMap(\.note) == [
            .cefrConverted(test: "多益測驗 (TOEIC Listening & Reading)", result: "550", level: "B1"),
            .cefrLevel(english: true, level: "A2"), // BESTEP gives the CEFR level itself
            .cefrConverted(test: "日本語能力試驗 (JLPT)", result: "N1", level: "C1"),
            .cefrConverted(test: "韓國語文能力測驗 (TOPIK)", result: "1級", level: "A1"),
            .cefrLevel(english: false, level: "B2"), // DELF B2
        ])
        #expect(figure.excluded.map(\.reason) == [
            .belowA1, // B5
            .cefrTestUnknown(test: "歌德檢定", file: "cefr/conversions.yaml"),
        ])
        // English B1 1, A2 1; other languages A1 1, B2 1, C1 1.
        #expect(figure.breakdowns.map { $0.items.filter { $0.value > 0 }.map(\.label) } == [[.text("A2"), .text("B1")], [.text("A1"), .text("B2"), .text("C1")]])
    }

    @Test func aContentConversionTableReplacesTheBundledOne() throws {
        let table = """
        tests:
          - name: 歌德學院德語檢定
            matches: [歌德]
            levels: {優等: C1}

        """
        let (content, diagnostics) = try Self.load(Self.languageManifest, ["tables/4-8-3.csv": Self.languageTests, "cefr/conversions.yaml": table])
        #expect(diagnostics == [])
        let figure = try #require(Self.figure(content, "7-2", year: 114))
        // Now 歌德 優等 → C1 counts, and TOEIC (not in this table) is unknown for 550 and 100; JLPT and TOPIK too.
        // Counted: B2 (A2), B6 (B2), B7 (C1) = 3.
        #expect(figure.value == 3)
        #expect(figure.excluded.filter { if case .cefrTestUnknown = $0.reason { true } else { false } }.count == 4)
    }

    @Test func aConversionTableIsChecked() throws {
        let table = """
        tests:
          - name: 多益
            matches: [TOEIC]
            scores: {B1: 550, A2: 225, X1: 3}
            levels: {N1: C3}
          - matches: [x]
            colour: red

        """
        let (_, diagnostics) = try Self.load(Self.languageManifest, ["tables/4-8-3.csv": Self.languageTests, "cefr/conversions.yaml": table])
        #expect(diagnostics == [
            "content/cefr/conversions.yaml:4:27: error: A2 225 does not rise above B1 550; list the levels lowest first, each with a higher score",
            "content/cefr/conversions.yaml:4:32: error: 'X1' is not a CEFR level; the scores are keyed by A1, A2, B1, B2, C1 or C2",
            "content/cefr/conversions.yaml:5:18: error: 'C3' is not a CEFR level; write A1, A2, B1, B2, C1 or C2",
            "content/cefr/conversions.yaml:6:5: error: 'tests[1]' is missing 'name': add how pages name the test, e.g. 多益測驗 (TOEIC)",
            "content/cefr/conversions.yaml:7:5: error: unknown key 'colour'; the keys allowed here are 'name', 'matches', 'levels', 'scores'",
        ])
    }
}
