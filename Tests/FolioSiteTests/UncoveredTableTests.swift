import FolioTestSupport
import FolioCore
import FolioPlan
import Foundation
import Testing
@testable import FolioSite

/// The import and plan rules no other test reached (issue 17, item 5, plan side), through
/// content/tables.yaml, the CSV reader and the table importer as `folio build` runs them.
@Suite struct UncoveredTableTests {
    static let projects = "tables:\n  - {file: tables/1-8.csv, table: 1-8, period: 114年度}\n"

    /// A 表1-8 export whose first `bad` rows have an amount that is not a number. Each row is
    /// `A01,智慧製造,abc`: `A01,` is 4 scalars and `智慧製造,` 5, so the amount starts at column 10.
    static func projectsCSV(bad: Int) -> [UInt8] {
        let rows = (1...bad).map { String(format: "A%02d,智慧製造,abc\n", $0) }.joined()
        return Array(("計畫編號,計畫名稱,核定金額\n" + rows + "A99,漁港監測,400000\n").utf8)
    }

    static func amountProblem(line: Int) -> String {
        "content/tables/1-8.csv:\(line):10: error: '核定金額' (amount): 'abc' is not a whole number; write digits only, e.g. 1200000 or 1,200,000"
    }

    @Test func twentyProblemsAreAllListed() throws {
        let workspace = try TableImportTests.workspace(manifest: Self.projects, files: ["tables/1-8.csv": Self.projectsCSV(bad: 20)])
        defer { workspace.cleanUp() }
        // Rows 1–20 are on lines 2–21: twenty problems, the limit, each shown.
        #expect(TableImportTests.content(workspace).1.map(\.description) == (2...21).map(Self.amountProblem))
    }

    @Test func problemsPastTwentyAreSummedUpInOneLine() throws {
        let workspace = try TableImportTests.workspace(manifest: Self.projects, files: ["tables/1-8.csv": Self.projectsCSV(bad: 23)])
        defer { workspace.cleanUp() }
        // 23 problems on lines 2–24: the first 20 (lines 2–21) shown, 23 − 20 = 3 summed up at line 22, where they start.
        #expect(TableImportTests.content(workspace).1.map(\.description) == (2...21).map(Self.amountProblem) + [
            "content/tables/1-8.csv:22:10: error: 3 more problems in this file from here on; check that it is 表1-8 and that its encoding is right",
        ])
        // One past the limit is one problem, in the singular.
        let one = try TableImportTests.workspace(manifest: Self.projects, files: ["tables/1-8.csv": Self.projectsCSV(bad: 21)])
        defer { one.cleanUp() }
        #expect(TableImportTests.content(one).1.last?.description
                == "content/tables/1-8.csv:22:10: error: 1 more problem in this file from here on; check that it is 表1-8 and that its encoding is right")
    }

    @Test func aShortRowIsAnErrorWhereTheMissingFieldWouldStart() throws {
        // Line 2 `P1,智慧製造`: its last field starts at column 4 and is 4 scalars long → column 8.
        // Line 3 `P2`: one field of 2 scalars → column 3. Line 4 is whole and is not reported.
        let csv = "計畫編號,計畫名稱,核定金額\nP1,智慧製造\nP2\nP3,漁港監測,400000\n"
        let workspace = try TableImportTests.workspace(manifest: Self.projects, files: ["tables/1-8.csv": Array(csv.utf8)])
        defer { workspace.cleanUp() }
        let (content, diagnostics) = TableImportTests.content(workspace)
        #expect(diagnostics.map(\.description) == [
            "content/tables/1-8.csv:2:8: error: this row has 2 fields but the header has 3; add the missing fields (an empty field still needs its comma)",
            "content/tables/1-8.csv:3:3: error: this row has 1 field but the header has 3; add the missing fields (an empty field still needs its comma)",
        ])
        // Nothing half-read: the file gives no figure at all.
        #expect(content?.figure("11-2", year: 114) == nil)
    }

    @Test func anImpossibleDateIsAnErrorAndALeapDayIsNot() throws {
        let manifest = """
        tables:
          - {file: tables/4-8-2.csv, table: 4-8-2, period: 116-2}
          - {file: tables/1-16.csv, table: 1-16, period: 116年度}

        """
        // 116-2 is 117/02/01–117/07/31, and 117 is 2028, a leap year: 117/02/29 exists.
        let certificates = "學號,證照名稱,取得日期\nB1,機械加工乙級技術士,117/02/29\n"
        // 116 is 2027: no 29 February. `C1,` is 3 scalars and `技術,` 3 more: the date starts at column 7.
        let transfers = "契約編號,技術名稱,簽約日期\nC1,技術,116/02/29\nC2,技術,116/13/01\nC3,技術,1160431\nC4,技術,2027-02-29\nC5,技術,116/12/31\n"
        let workspace = try TableImportTests.workspace(manifest: manifest, files: [
            "tables/4-8-2.csv": Array(certificates.utf8), "tables/1-16.csv": Array(transfers.utf8),
        ])
        defer { workspace.cleanUp() }
        let (content, diagnostics) = TableImportTests.content(workspace)
        let hint = "is not a date; write it as 114/09/30, 114.09.30, 1140930 or 2025-09-30"
        #expect(diagnostics.map(\.description) == [
            "content/tables/1-16.csv:2:7: error: '簽約日期' (date): '116/02/29' \(hint)",
            "content/tables/1-16.csv:3:7: error: '簽約日期' (date): '116/13/01' \(hint)",
            "content/tables/1-16.csv:4:7: error: '簽約日期' (date): '1160431' \(hint)",
            "content/tables/1-16.csv:5:7: error: '簽約日期' (date): '2027-02-29' \(hint)",
        ])
        // The leap day is read and counted in 116-2: 1 人次 towards plan year 116.
        let figure = try #require(content?.figure("1-1", year: 116))
        #expect(figure.value == 1)
        #expect(figure.counted.first?.row["date"] == "117/02/29")
    }

    /// `no,name` then one row `C1,` + Big5 佼伎 (CB B3 C9 AB). Those four bytes are valid UTF-8 as
    /// well (U+02F3 ˳, U+026B ɫ), so only a declared encoding reads them as Big5.
    static let ambiguousBytes: [UInt8] = Array("no,name\r\nC1,".utf8) + [0xCB, 0xB3, 0xC9, 0xAB] + Array("\r\n".utf8)

    @Test func anExplicitBig5EncodingIsObeyed() throws {
        let manifest = """
        tables:
          - file: tables/declared.csv
            table: 1-16
            period: 114年度
            encoding: big5
            columns: {no: contract_no, name: title}
          - file: tables/detected.csv
            table: 1-12
            period: 114年度
            columns: {no: patent_no, name: title}
          - {file: tables/insisted.csv, table: 4-8-2, period: 114-1, encoding: utf-8}

        """
        let workspace = try TableImportTests.workspace(manifest: manifest, files: [
            "tables/declared.csv": Self.ambiguousBytes, "tables/detected.csv": Self.ambiguousBytes,
            "tables/insisted.csv": TableCSVTests.big5,
        ])
        defer { workspace.cleanUp() }
        let (content, diagnostics) = TableImportTests.content(workspace)
        // A Big5 export declared UTF-8 fails on its first line (the header 學號 is BE C7 B8 B9).
        #expect(diagnostics.map(\.description) == [
            "content/tables/insisted.csv:1:1: error: the file is not valid UTF-8 as content/tables.yaml declares; save it as UTF-8 or set 'encoding: big5'",
        ])
        #expect(content?.figure("11-4", year: 114)?.counted.map { $0.row["title"] } == ["佼伎"])
        // The same bytes without a declaration are valid UTF-8, and read as such.
        #expect(content?.figure("11-3", year: 114)?.counted.map { $0.row["title"] } == ["\u{02F3}\u{026B}"])
    }

    @Test func headCountsUseTheFirstSemesterWhicheverIsListedFirst() throws {
        let manifest = """
        tables:
          - {file: tables/4-2_114-2.csv, table: 4-2, period: 114-2}
          - {file: tables/4-2_114-1.csv, table: 4-2, period: 114-1}

        """
        let header = "系所名稱,學科標準分類代碼,學制,男生數,女生數\n"
        let workspace = try TableImportTests.workspace(manifest: manifest, files: [
            "tables/4-2_114-2.csv": Array((header + "資訊工程系,0613,四技,900,100\n").utf8),
            "tables/4-2_114-1.csv": Array((header + "資訊工程系,0613,四技,30,12\n企業管理系,0413,四技,50,50\n").utf8),
        ])
        defer { workspace.cleanUp() }
        let (content, diagnostics) = TableImportTests.content(workspace)
        #expect(diagnostics == [])
        // 114-1: 30 + 12 = 42 STEM students (0413 is not STEM); 114-2's 1,000 are not a head count of 114.
        let figure = try #require(content?.figure("5-1", year: 114))
        #expect(figure.value == 42)
        #expect(figure.files.map(\.file) == ["content/tables/4-2_114-1.csv"])
    }

    // MARK: plan rules

    @Test func p1AMeasureWithoutABaselineIsAnError() throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        // 1-2 loses its baseline; its 114 target (200) is now below the old baseline 268, which
        // no longer matters: with no baseline there is nothing to compare the first target with.
        let text = PlanRuleDiagnosticTests.indicatorOne
            .replacingOccurrences(of: "    baseline: 268\n", with: "")
            .replacingOccurrences(of: "{114: 280, 115: 295, 116: 310}", with: "{114: 200, 115: 295, 116: 310}")
        try workspace.write("content/indicators/01.yaml", text)
        #expect(workspace.check().map(\.description) == [
            "content/indicators/01.yaml:9:3: error: 1-2 has no baseline: add 'baseline:' with its value in 113, the baseline year",
        ])
    }

    @Test func p4IndicatorTwelveInAPrivateSchoolsPlanIsAWarningAndLeftOut() throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        // The national example shows indicator 12 in every tree: the search below finds it there.
        let marker = "招收經濟不利學生概況"
        _ = try SiteBuilder.build(workspace.options)
        for tree in ["public", "internal", "committee"] {
            #expect(try workspace.read("site/\(tree)/indicators/12.html").contains(marker))
            #expect(try workspace.read("site/\(tree)/index.html").contains(marker))
        }
        let school = try workspace.read("content/school.yaml").replacingOccurrences(of: "ownership: national", with: "ownership: private")
        try workspace.write("content/school.yaml", school)
        let warning = "content/indicators/12.yaml:2:1: warning: indicator 12 is for national schools only and this school is private (P4): its entries are left out of the site; delete the file to silence this warning"
        #expect(workspace.check().map(\.description) == [warning])
        let report = try SiteBuilder.build(workspace.options)
        #expect(report.warnings.map { workspace.relative($0).description } == [warning])
        for tree in ["public", "internal", "committee"] {
            #expect(!FileManager.default.fileExists(atPath: workspace.path("site/\(tree)/indicators/12.html")), "\(tree)")
            // Indicator 12's name appears on no page of the tree: no page of the plan, that is; the
            // committee tree's docs/ (and en/docs/) restate the whole catalog, as the project's rules.
            let pages = workspace.snapshot("site/\(tree)").filter { $0.key.hasSuffix(".html") && !$0.key.hasPrefix("docs/") && !$0.key.hasPrefix("en/docs/") }
            #expect(pages.keys.contains("indicators/13.html"))
            #expect(pages.filter { String(decoding: $0.value, as: UTF8.self).contains(marker) }.keys.sorted() == [], "\(tree)")
        }
    }
}
