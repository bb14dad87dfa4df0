import FolioCore
import FolioPlan
import FolioTestSupport
import Foundation
import Testing
@testable import FolioSite

/// Workbooks made by real writers (Tests/Fixtures/make-spreadsheets.py: openpyxl, xlwt,
/// msoffcrypto-tool) and HTML-as-xls, read by content, with every cell cited where it is.
@Suite struct SpreadsheetReaderTests {
    /// The fixtures, written once per test run into a temporary folder (with the example's 4-8-1 exports as .xlsx).
    static let fixtures: Result<URL, FixtureError> = {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("folio-spreadsheets-\(UUID().uuidString)")
        let script = Workspace.packageRoot.appendingPathComponent("Tests/Fixtures/make-spreadsheets.py").path
        let csvs = ["4-8-1_114-1.csv", "4-8-1_114-2.csv"].map { Workspace.packageRoot.appendingPathComponent("content/tables/\($0)").path }
        do {
            let result = try Tools.run("python3", [script, folder.path] + csvs)
            guard result.status == 0 else { return .failure(FixtureError(message: "make-spreadsheets.py failed (run scripts/bootstrap --test): \(result.stderr)")) }
        } catch {
            return .failure(FixtureError(message: "python3 could not run: \(error)"))
        }
        return .success(folder)
    }()

    struct FixtureError: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }

    static func fixture(_ name: String) throws -> Data {
        try Data(contentsOf: fixtures.get().appendingPathComponent(name))
    }

    static func texts(_ records: [CSVRecord]) -> [[String]] { records.map { $0.fields.map(\.text) } }

    /// The example content with its tables replaced by these fixtures and this manifest.
    static func workspace(_ manifest: String, fixtures names: [String: String]) throws -> Workspace {
        var files: [String: [UInt8]] = [:]
        for (fixture, target) in names { files[target] = Array(try Self.fixture(fixture)) }
        return try TableImportTests.workspace(manifest: manifest, files: files)
    }

    static func diagnostics(_ workspace: Workspace) -> [String] {
        TableImportTests.content(workspace).1.map(\.description)
    }

    // MARK: Cell references

    @Test func cellsAreCitedInExcelsNotation() {
        #expect(CellReference.columnName(1) == "A")
        #expect(CellReference.columnName(26) == "Z")
        #expect(CellReference.columnName(27) == "AA")
        #expect(CellReference.columnName(703) == "AAA")
        #expect(SourceLocation(file: "t.xlsx", line: 12, column: 3, sheet: "Sheet1").description == "t.xlsx:Sheet1!C12")
        #expect(SourceLocation(file: "t.xlsx", line: 12, column: 3, sheet: "My sheet").description == "t.xlsx:'My sheet'!C12")
        #expect(SourceLocation(file: "t.xlsx", line: 12, column: 3, sheet: "O'Brien").description == "t.xlsx:'O''Brien'!C12")
        #expect(SourceLocation(file: "t.xlsx", line: 12, column: 3, sheet: "工作表1").fileAndLine == "t.xlsx:工作表1!12:12")
        #expect(SourceLocation.wholeFile("t.xlsx").description == "t.xlsx")
        #expect(SourceLocation(file: "t.csv", line: 4, column: 2).description == "t.csv:4:2")
        #expect(CellAddress(Array("AB12".utf8)) == CellAddress(row: 12, column: 28))
        #expect(CellAddress(Array("12AB".utf8)) == nil)
    }

    @Test func excelSerialsAndDateFormats() {
        // 2025-01-01 is serial 45658; + 272 days (Jan–Aug 243, then 29) = 45930, 30 September 2025.
        #expect(ExcelDate.text(serial: 45930, style: .western, date1904: false) == "2025-09-30")
        #expect(ExcelDate.text(serial: 45930.75, style: .roc, date1904: false) == "114/09/30")
        // The 1904 system counts 1462 days fewer: 45930 − 1462 = 44468.
        #expect(ExcelDate.text(serial: 44468, style: .western, date1904: true) == "2025-09-30")
        // Excel's phantom 29 February 1900 is serial 60: 59 is the 28th, 61 the 1st of March.
        #expect(ExcelDate.text(serial: 59, style: .western, date1904: false) == "1900-02-28")
        #expect(ExcelDate.text(serial: 60, style: .western, date1904: false) == nil)
        #expect(ExcelDate.text(serial: 61, style: .western, date1904: false) == "1900-03-01")
        #expect(ExcelDate.style(formatCode: "yyyy/mm/dd") == .western)
        #expect(ExcelDate.style(formatCode: "[$-404]e/mm/dd") == .roc)
        #expect(ExcelDate.style(formatCode: "General") == nil)
        #expect(ExcelDate.style(formatCode: "0.00E+00") == nil)
        #expect(ExcelDate.style(formatCode: "h:mm") == nil)
        #expect(ExcelDate.style(formatCode: "#,##0\"人次\"") == nil)
        #expect(ExcelDate.style(builtIn: 14) == .western)
        #expect(ExcelDate.style(builtIn: 27) == .roc)
        #expect(ExcelDate.style(builtIn: 32) == nil)
    }

    // MARK: Detection

    @Test func theFormatIsToldByContentNotByName() throws {
        #expect(SpreadsheetFormat(detecting: try Self.fixture("certificates.xlsx")) == .zip)
        #expect(SpreadsheetFormat(detecting: try Self.fixture("certificates.xls")) == .compoundFile(encrypted: false))
        #expect(SpreadsheetFormat(detecting: try Self.fixture("encrypted.xlsx")) == .compoundFile(encrypted: true))
        #expect(SpreadsheetFormat(detecting: try Self.fixture("certificates-html.xls")) == .htmlTable)
        #expect(SpreadsheetFormat(detecting: Data("\u{FEFF}學號,姓名\nB1,林\n".utf8)) == .text)
        let spreadsheetML = "<?xml version=\"1.0\"?>\n<Workbook xmlns=\"urn:schemas-microsoft-com:office:spreadsheet\"><Worksheet/></Workbook>"
        #expect(SpreadsheetFormat(detecting: Data(spreadsheetML.utf8)) == .spreadsheetML)
    }

    @Test func aCSVsTitleLineIsSkippedToo() throws {
        let csv = "表4-8-2 學生技術證照資料表 114學年度第1學期,,,,,,\n學號,姓名,系所名稱,證照名稱,證照級別,發證單位,取得日期\nB1,林家豪,電機工程系,工業配線,乙級,勞動部,114/09/30\n"
        let workspace = try TableImportTests.workspace(
            manifest: "tables:\n  - {file: tables/c.csv, table: 4-8-2, period: 114-1}\n", files: ["tables/c.csv": Array(csv.utf8)])
        defer { workspace.cleanUp() }
        let (content, diagnostics) = TableImportTests.content(workspace)
        #expect(diagnostics == [])
        #expect(content?.figure("1-1", year: 114)?.counted.map(\.row.location.fileAndLine) == ["content/tables/c.csv:3"])
    }

    @Test func sheetOnATextExportAndAHeaderRowPastTheEndAreErrors() throws {
        let csv = "學號,姓名,系所名稱,證照名稱,證照級別,發證單位,取得日期\nB1,林家豪,電機工程系,工業配線,乙級,勞動部,114/09/30\n"
        var workspace = try TableImportTests.workspace(
            manifest: "tables:\n  - {file: tables/c.csv, table: 4-8-2, period: 114-1, sheet: Sheet1}\n", files: ["tables/c.csv": Array(csv.utf8)])
        #expect(Self.diagnostics(workspace) == [
            "content/tables.yaml:2:62: error: content/tables/c.csv is a text (CSV) file, which has no sheets; remove 'sheet:'",
        ])
        workspace.cleanUp()
        workspace = try TableImportTests.workspace(
            manifest: "tables:\n  - {file: tables/c.csv, table: 4-8-2, period: 114-1, header_row: 9}\n", files: ["tables/c.csv": Array(csv.utf8)])
        defer { workspace.cleanUp() }
        #expect(Self.diagnostics(workspace) == [
            "content/tables.yaml:2:67: error: content/tables/c.csv has no row 9 with anything in it (its rows run 1–2); correct 'header_row:'",
        ])
    }

    // MARK: .xlsx

    @Test func xlsxValuesSharedAndInlineStringsAndDates() throws {
        let records = try XLSXReader.records(try Self.fixtures.get().appendingPathComponent("certificates.xlsx"), sheet: nil)
        #expect(records.map(\.line) == [1, 2, 3, 4, 5])
        #expect(records.allSatisfy { $0.sheet == "Sheet1" })
        // The merged title is in A1 only, as Excel stores a merged cell; the row is as wide as the table.
        #expect(Self.texts(records)[0] == ["表4-8-2 學生技術證照資料表 114學年度第1學期", "", "", "", "", "", ""])
        #expect(Self.texts(records)[2] == ["B11123068", "林家豪", "電機工程系", "工業配線", "乙級", "勞動部", "2025-09-30"])
        // B4 is rich text (an inline string); G4 has a ROC date format ([$-404]e/mm/dd) → 114/10/04.
        #expect(Self.texts(records)[3] == ["B11123069", "陳怡君", "化學工程與材料工程系", "化學", "丙級", "勞動部", "114/10/04"])
        #expect(Self.texts(records)[4][6] == "114/11/23")
        #expect(records[3].fields.map(\.column) == [1, 2, 3, 4, 5, 6, 7])
    }

    @Test func xlsxNumbersAndBooleansAsExcelShowsThem() throws {
        let records = try XLSXReader.records(try Self.fixtures.get().appendingPathComponent("certificates.xlsx"), sheet: "數值")
        // 0.1 + 0.2 is stored as 0.30000000000000004; Excel's General format shows 15 digits: 0.3.
        #expect(Self.texts(records) == [["1303", "0.3", "TRUE", "FALSE", "12.5", "-7", "45000", "1234567.891"]])
        #expect(records[0].sheet == "數值")
    }

    static let certificateManifest = "tables:\n  - {file: tables/c.xlsx, table: 4-8-2, period: 114-1}\n"

    @Test func anXlsxExportCountsWithItsTitleRowSkipped() throws {
        let workspace = try Self.workspace(Self.certificateManifest, fixtures: ["certificates.xlsx": "tables/c.xlsx"])
        defer { workspace.cleanUp() }
        let (content, diagnostics) = TableImportTests.content(workspace)
        #expect(diagnostics == [])
        let figure = try #require(content?.figure("1-1", year: 114))
        // Rows 3 and 5 (乙級) counted, row 4 (丙級) excluded → 2; the title (row 1) is no header and no row.
        #expect(figure.value == 2)
        #expect(figure.counted.map(\.row.location.description) == ["content/tables/c.xlsx:Sheet1!A3", "content/tables/c.xlsx:Sheet1!A5"])
        #expect(figure.excluded.map(\.row.location.fileAndLine) == ["content/tables/c.xlsx:Sheet1!4:4"])
        // The serial date of G3 and the ROC-formatted one of G4 read as the dates the sheet shows.
        #expect(figure.counted.map { $0.row["date"] } == ["114/09/30", "114/11/23"])
        #expect(figure.excluded.map { $0.row["date"] } == ["114/10/04"])
    }

    @Test func aBadCellIsCitedBySheetAndCell() throws {
        let workspace = try Self.workspace(Self.certificateManifest, fixtures: ["bad-date.xlsx": "tables/c.xlsx"])
        defer { workspace.cleanUp() }
        #expect(Self.diagnostics(workspace) == [
            "content/tables/c.xlsx:Sheet1!G4: error: '取得日期' (date): '114/13/01' is not a date; write it as 114/09/30, 114.09.30, 1140930 or 2025-09-30",
        ])
    }

    @Test func sheetChoosesTheSheetAndAWrongNameListsTheSheets() throws {
        let chosen = "tables:\n  - {file: tables/c.xlsx, table: 4-8-2, period: 114-1, sheet: 資料}\n"
        var workspace = try Self.workspace(chosen, fixtures: ["two-sheets.xlsx": "tables/c.xlsx"])
        let (content, diagnostics) = TableImportTests.content(workspace)
        #expect(diagnostics == [])
        #expect(content?.figure("1-1", year: 114)?.counted.map(\.row.location.description) == ["content/tables/c.xlsx:資料!A2"])
        workspace.cleanUp()

        workspace = try Self.workspace(Self.certificateManifest, fixtures: ["two-sheets.xlsx": "tables/c.xlsx"])
        // The first sheet (說明) has one note and no header: reported at its first cell.
        #expect(Self.diagnostics(workspace).first?.hasPrefix("content/tables/c.xlsx:說明!A1: error: the header has no column '學號'") == true,
                "\(Self.diagnostics(workspace))")
        workspace.cleanUp()

        workspace = try Self.workspace(chosen.replacingOccurrences(of: "資料", with: "數據"), fixtures: ["two-sheets.xlsx": "tables/c.xlsx"])
        defer { workspace.cleanUp() }
        #expect(Self.diagnostics(workspace) == [
            "content/tables.yaml:2:63: error: content/tables/c.xlsx: the workbook has no sheet '數據'; its sheets are 說明, 資料; correct 'sheet:'",
        ])
    }

    @Test func twoHeaderCandidatesAreReportedAndHeaderRowChooses() throws {
        var workspace = try Self.workspace(Self.certificateManifest, fixtures: ["two-headers.xlsx": "tables/c.xlsx"])
        #expect(Self.diagnostics(workspace) == [
            "content/tables/c.xlsx:Sheet1!A2: error: two rows could be the header: row 1 (學號、姓名、系所名稱、證照名稱、證照級別、發證單位、取得日期) and row 2 (學號、姓名、系所名稱、證照名稱、證照級別、發證單位、取得日期); add 'header_row: 1' (or the other row) to this export's entry in content/tables.yaml",
        ])
        workspace.cleanUp()
        workspace = try Self.workspace("tables:\n  - {file: tables/c.xlsx, table: 4-8-2, period: 114-1, header_row: 2}\n",
                                       fixtures: ["two-headers.xlsx": "tables/c.xlsx"])
        defer { workspace.cleanUp() }
        let (content, diagnostics) = TableImportTests.content(workspace)
        #expect(diagnostics == [])
        #expect(content?.figure("1-1", year: 114)?.counted.map(\.row.location.description) == ["content/tables/c.xlsx:Sheet1!A3"])
    }

    // MARK: .xls

    @Test func aLegacyXlsIsReadThroughFreeXL() throws {
        let url = try Self.fixtures.get().appendingPathComponent("certificates.xls")
        let records = try XLSReader.records(path: url.path, sheet: nil)
        #expect(records.map(\.line) == [1, 2, 3, 4])
        #expect(records.allSatisfy { $0.sheet == "工作表1" })
        #expect(Self.texts(records)[0].first == "表4-8-2 學生技術證照資料表 114學年度第1學期")
        // G3 is a date cell (yyyy/mm/dd): FreeXL gives the ISO date.
        #expect(Self.texts(records)[2] == ["B11123068", "林家豪", "電機工程系", "工業配線", "乙級", "勞動部", "2025-09-30"])
        #expect(Self.texts(try XLSReader.records(path: url.path, sheet: "數值")) == [["1303", "12.5", "0.3"]])

        let workspace = try Self.workspace("tables:\n  - {file: tables/c.xls, table: 4-8-2, period: 114-1}\n",
                                           fixtures: ["certificates.xls": "tables/c.xls"])
        defer { workspace.cleanUp() }
        let (content, diagnostics) = TableImportTests.content(workspace)
        #expect(diagnostics == [])
        let figure = try #require(content?.figure("1-1", year: 114))
        // 林家豪's 乙級 counted, 陳怡君's 丙級 excluded → 1.
        #expect(figure.value == 1)
        #expect(figure.excluded.map(\.row.location.description) == ["content/tables/c.xls:工作表1!A4"])
    }

    // MARK: HTML as .xls

    @Test func anHTMLTableSavedAsXlsIsReadInBig5() throws {
        let data = try Self.fixture("certificates-html.xls")
        #expect(HTMLTableReader.declaredEncoding(data) == .big5)
        let records = try HTMLTableReader.records(data)
        #expect(records.map(\.line) == [4, 5, 6, 7])
        // The colspan title spans the 7 columns; entities (&amp;, &#24609;, &nbsp;) are decoded.
        #expect(Self.texts(records)[0] == ["表4-8-2 學生技術證照資料表 114學年度第1學期", "", "", "", "", "", ""])
        #expect(Self.texts(records)[1] == ["學號", "姓名", "系所名稱", "證照名稱", "證照級別", "發證單位", "取得日期"])
        #expect(Self.texts(records)[2][5] == "勞動部&技能檢定中心")
        #expect(Self.texts(records)[3][1] == "陳怡君")
        #expect(Self.texts(records)[3][5] == "勞動部")

        let workspace = try Self.workspace("tables:\n  - {file: tables/c.xls, table: 4-8-2, period: 114-1}\n",
                                           fixtures: ["certificates-html.xls": "tables/c.xls"])
        defer { workspace.cleanUp() }
        // The bad date's <td> starts line 8 of the page: a text file keeps file:line:column.
        #expect(Self.diagnostics(workspace) == [
            "content/tables/c.xls:8:1: error: '取得日期' (date): '114/13/01' is not a date; write it as 114/09/30, 114.09.30, 1140930 or 2025-09-30",
        ])
    }

    // MARK: Bad input

    @Test func damagedAndEncryptedWorkbooksAreReportedNotCrashed() throws {
        let manifest = """
        tables:
          - {file: tables/a.xlsx, table: 4-8-2, period: 114-1}
          - {file: tables/b.xlsx, table: 4-8-2, period: 114-2}
          - {file: tables/c.xls, table: 4-8-1, period: 114-1}
          - {file: tables/d.xlsx, table: 4-8-1, period: 114-2}
          - {file: tables/e.xlsx, table: 4-8-3, period: 114-1}
          - {file: tables/f.xlsx, table: 4-8-3, period: 114-2}

        """
        let workspace = try Self.workspace(manifest, fixtures: [
            "truncated.xlsx": "tables/a.xlsx", "broken-sheet.xlsx": "tables/b.xlsx",
            "truncated.xls": "tables/c.xls", "encrypted.xlsx": "tables/d.xlsx", "bad-name.xlsx": "tables/e.xlsx",
            "bad-directory.xlsx": "tables/f.xlsx",
        ])
        defer { workspace.cleanUp() }
        let diagnostics = Self.diagnostics(workspace)
        #expect(diagnostics.count == 6, "\(diagnostics)")
        #expect(diagnostics.contains("content/tables/f.xlsx: error: the file starts like a zip archive (an .xlsx workbook) but its directory cannot be read, so it is damaged or cut short; download or save it again"))
        // Sheet1's relationship element has a name that is not UTF-8: Sheet1 has no part.
        #expect(diagnostics.contains("content/tables/e.xlsx: error: the workbook lists the sheet 'Sheet1' but not the part that holds it; it is damaged, save it again from Excel"))
        #expect(diagnostics.contains("content/tables/a.xlsx: error: the file starts like a zip archive (an .xlsx workbook) but its directory cannot be read, so it is damaged or cut short; download or save it again"))
        #expect(diagnostics.contains("content/tables/b.xlsx: error: the XML of the sheet 'Sheet1' is malformed or cut short; the file is damaged, save it again from Excel"))
        #expect(diagnostics.contains("content/tables/c.xls: error: this legacy Excel workbook (.xls) cannot be read: it is damaged or cut short; download or save it again (as .xlsx if it still fails)"))
        #expect(diagnostics.contains("content/tables/d.xlsx: error: \(SpreadsheetReader.encryptedMessage)"))
    }

    @Test func aStrayCellFarRightOfALongTableIsReportedWhereItIs() throws {
        let workspace = try Self.workspace(Self.certificateManifest, fixtures: ["stray-cell.xlsx": "tables/c.xlsx"])
        defer { workspace.cleanUp() }
        // 3,101 rows × 16,384 columns = 50.8 million cells, over the 50 million limit.
        #expect(Self.diagnostics(workspace) == [
            "content/tables/c.xlsx:Sheet1!XFD2: error: this cell is far right of the table (column XFD) and the sheet has 3101 rows, too many cells to read; delete the stray cell (or the columns right of the table) and save again",
        ])
    }

    @Test func unlistedWorkbooksAndHTMLExportsAreReported() throws {
        let workspace = try Self.workspace(Self.certificateManifest, fixtures: [
            "certificates.xlsx": "tables/c.xlsx", "certificates.xls": "tables/stray.xls", "certificates-html.xls": "tables/stray.htm",
        ])
        defer { workspace.cleanUp() }
        let unlisted = Self.diagnostics(workspace).filter { $0.contains("not listed in content/tables.yaml") }
        #expect(unlisted.map { String($0.prefix { $0 != " " }) } == ["content/tables/stray.htm:1:1:", "content/tables/stray.xls:1:1:"])
    }

    // MARK: The example, as .xlsx

    @Test func theExamplesCompetitionsAsXlsxGiveTheSameFigureAsTheCSV() throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        let before = try #require(TableImportTests.content(workspace).0?.figure("1-2", year: 114))
        for period in ["114-1", "114-2"] {
            try workspace.remove("content/tables/4-8-1_\(period).csv")
            try Self.fixture("4-8-1_\(period).xlsx").write(to: workspace.root.appendingPathComponent("content/tables/4-8-1_\(period).xlsx"))
        }
        let manifest = try workspace.read("content/tables.yaml").replacingOccurrences(of: ".csv, table: 4-8-1", with: ".xlsx, table: 4-8-1")
        try workspace.write("content/tables.yaml", manifest)
        let (content, diagnostics) = TableImportTests.content(workspace)
        #expect(diagnostics.filter { $0.severity == .error } == [])
        let after = try #require(content?.figure("1-2", year: 114))
        #expect(before.value > 0)
        #expect(after.value == before.value)
        #expect(after.counted.count == before.counted.count)
        // Row N of the sheet is line N of the CSV (neither has blank lines).
        #expect(after.counted.map(\.row.location.line) == before.counted.map(\.row.location.line))
        #expect(after.counted.first?.row.location.description == "content/tables/4-8-1_114-1.xlsx:Sheet1!A\(before.counted[0].row.location.line)")
        // The provenance page names the workbook and sheet, and lists each row by its row number.
        _ = try SiteBuilder.build(workspace.options)
        let page = try workspace.read("site/internal/provenance/1-2-114.html")
        #expect(page.contains("<h2>4-8-1_114-1.xlsx:Sheet1 <span class=\"file-meta\">"))
        #expect(page.contains("<tr><td class=\"num\">\(before.counted[0].row.location.line)</td>"))
        #expect(!page.contains("4-8-1_114-1.csv"))
    }
}
