import FolioPlan
import FolioTestSupport
import Foundation
import Testing
@testable import FolioSite

/// `folio import`: a school-database download (a zip with Big5 member names) into content/tables/
/// and tables.yaml, through the real binary; a second import changes nothing, byte for byte.
@Suite struct ImportCommandTests {
    static let manifest = """
    # 我的表冊清單（手寫註解要保留）
    tables:
      # 競賽
      - {file: tables/4-8-1_114-1.csv, table: 4-8-1, period: 114-1}   # 教務處提供

    # end

    """

    /// Every file under content/ with its bytes.
    static func snapshot(_ content: URL) throws -> [String: Data] {
        var result: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: content.path)
        while let relative = enumerator?.nextObject() as? String {
            let url = content.appendingPathComponent(relative)
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue {
                result[relative] = try Data(contentsOf: url)
            }
        }
        return result
    }

    @Test func aDownloadedZipIsImportedOnceAndAgainChangesNothing() throws {
        let fixtures = try SpreadsheetReaderTests.fixtures.get()
        let zip = fixtures.appendingPathComponent("校務資料庫下載.zip").path
        let workspace = try TableImportTests.workspace(manifest: Self.manifest, files: [
            "tables/4-8-1_114-1.csv": Array(try Data(contentsOf: Workspace.packageRoot.appendingPathComponent("content/tables/4-8-1_114-1.csv"))),
        ])
        defer { workspace.cleanUp() }
        let content = workspace.root.appendingPathComponent("content")
        let first = try Tools.run(Tools.folio.path, ["import", zip, "--content", content.path])
        // One file names no table: the import says so and exits 1, having imported the others.
        #expect(first.status == 1)
        let c = content.path
        #expect(first.stdout.split(separator: "\n").map(String.init) == [
            "\(zip)/table1_12_114.csv: 表1-12 教師專利/新品種資料表, 114年度 → \(c)/tables/1-12_114.csv (added to tables.yaml)",
            "\(zip)/其他資料.csv: error: neither its name nor its title row names a table Folio reads (e.g. 表4-8-2 or table4_8_2); rename it as 4-8-2_114-1 (table, then period) and import it again",
            "\(zip)/匯出資料.xls: 表4-8-2 學生技術證照資料表, 114-2 → \(c)/tables/4-8-2_114-2.html (added to tables.yaml)",
            "\(zip)/表4-8-2學生技術證照資料表_114學年度第1學期.xls: 表4-8-2 學生技術證照資料表, 114-1 → \(c)/tables/4-8-2_114-1.xls (added to tables.yaml)",
            "\(zip)/說明.txt: skipped: not a table export (Folio imports .xls, .xlsx, .csv and .htm/.html files)",
        ])
        #expect(first.stderr == "1 file not imported.\n")
        // The user's comments and spacing stay; the new entries follow the list's last item.
        #expect(try String(contentsOf: content.appendingPathComponent("tables.yaml"), encoding: .utf8) == """
        # 我的表冊清單（手寫註解要保留）
        tables:
          # 競賽
          - {file: tables/4-8-1_114-1.csv, table: 4-8-1, period: 114-1}   # 教務處提供
          - file: tables/1-12_114.csv
            table: 1-12
            period: 114年度
          - file: tables/4-8-2_114-2.html
            table: 4-8-2
            period: 114-2
          - file: tables/4-8-2_114-1.xls
            table: 4-8-2
            period: 114-1

        # end

        """)
        let before = try Self.snapshot(content)
        let second = try Tools.run(Tools.folio.path, ["import", zip, "--content", content.path])
        #expect(second.stdout.contains("114-1.xls (already imported, unchanged)"))
        #expect(try Self.snapshot(content) == before)
        // The imported tables build: the pending patent is not counted, the granted one is.
        let sink = DiagnosticSink()
        let loaded = ContentLoader.load(contentFolder: content, displayRoot: "content", sink: sink)
        #expect(sink.diagnostics.filter { $0.severity == .error }.map(\.description) == [])
        #expect(loaded?.figure("11-3", year: 114)?.value == 1)
    }

    /// The README's path: import, add the values: line Folio asks for, import again, build.
    @Test func aNewSchoolImportsThenFillsTheValuesLineFolioAsksFor() throws {
        let workspace = try TableImportTests.workspace(manifest: "tables: []", files: [:])
        defer { workspace.cleanUp() }
        let content = workspace.root.appendingPathComponent("content")
        let download = workspace.root.appendingPathComponent("download")
        try FileManager.default.createDirectory(at: download, withIntermediateDirectories: true)
        try Data("表4-2 各年級實際在學學生人數 114學年度第1學期\n系所名稱,學科標準分類代碼,學制,一年級男生,一年級女生\n資訊工程系,0613,四技產學專班,30,8\n".utf8)
            .write(to: download.appendingPathComponent("export.csv"))
        let first = TableImport.run([download.path], contentFolder: content, displayRoot: "content")
        #expect(first.lines == ["\(download.path)/export.csv: 表4-2 各年級實際在學學生人數, 114-1 → content/tables/4-2_114-1.csv (added to tables.yaml)"])
        #expect(first.diagnostics.map(\.description) == [
            "content/tables/4-2_114-1.csv:3:12: error: '學制' (degree): '四技產學專班' is not a value Folio knows for this field; it accepts 博士班、碩士班、碩士在職專班、四技、二技、學士班、二專、五專、學士後. If it means one of them, add this line under the export's entry in content/tables.yaml (with the right word): values: {degree: {\"四技產學專班\": 四技}}",
        ])
        let manifest = content.appendingPathComponent("tables.yaml")
        // `tables: []` became a block list, and the file ends with a line break.
        #expect(try String(contentsOf: manifest, encoding: .utf8) == "tables:\n  - file: tables/4-2_114-1.csv\n    table: 4-2\n    period: 114-1\n")
        let handle = try FileHandle(forWritingTo: manifest)
        handle.seekToEndOfFile()
        handle.write(Data("    values: {degree: {\"四技產學專班\": 四技}}\n".utf8))
        try handle.close()
        let second = TableImport.run([download.path], contentFolder: content, displayRoot: "content")
        #expect(second.lines.first?.hasSuffix("(already imported, unchanged)") == true)
        #expect(second.diagnostics.isEmpty)
    }

    /// A newer download of a listed table and period takes over its entry, edited in place; the
    /// export it replaces is removed only inside content/tables/.
    @Test func aNewerDownloadReplacesTheEntryInPlace() throws {
        let manifest = """
        tables:
          - {file: tables/4-8-2_114-1.csv, table: 4-8-2, period: 114-1}   # 教務處
          - {file: tables/../school.yaml, table: 4-8-2, period: 114-2}

        """
        let csv = "學號,證照名稱\nB1,室內配線乙級技術士\n"
        let workspace = try TableImportTests.workspace(manifest: manifest, files: ["tables/4-8-2_114-1.csv": Array(csv.utf8)])
        defer { workspace.cleanUp() }
        let content = workspace.root.appendingPathComponent("content")
        let download = workspace.root.appendingPathComponent("download")
        try FileManager.default.createDirectory(at: download, withIntermediateDirectories: true)
        let html = "<html><body><table><tr><td>表4-8-2 114學年度第1學期</td></tr><tr><th>學號</th><th>證照名稱</th></tr><tr><td>B1</td><td>室內配線乙級技術士</td></tr></table></body></html>"
        try Data(html.utf8).write(to: download.appendingPathComponent("匯出.xls"))
        try Data(html.replacingOccurrences(of: "第1學期", with: "第2學期").utf8).write(to: download.appendingPathComponent("匯出2.xls"))
        let report = TableImport.run([download.path], contentFolder: content, displayRoot: "content")
        #expect(report.lines == [
            "\(download.path)/匯出.xls: 表4-8-2 學生技術證照資料表, 114-1 → content/tables/4-8-2_114-1.html (tables.yaml now lists it instead of tables/4-8-2_114-1.csv, which is removed)",
            "\(download.path)/匯出2.xls: 表4-8-2 學生技術證照資料表, 114-2 → content/tables/4-8-2_114-2.html (tables.yaml now lists it instead of tables/../school.yaml)",
        ])
        #expect(try String(contentsOf: content.appendingPathComponent("tables.yaml"), encoding: .utf8) == """
        tables:
          - {file: tables/4-8-2_114-1.html, table: 4-8-2, period: 114-1}   # 教務處
          - {file: tables/4-8-2_114-2.html, table: 4-8-2, period: 114-2}

        """)
        #expect(!FileManager.default.fileExists(atPath: content.appendingPathComponent("tables/4-8-2_114-1.csv").path))
        // The entry pointed outside content/tables/: its file is left alone.
        #expect(FileManager.default.fileExists(atPath: content.appendingPathComponent("school.yaml").path))
        #expect(report.diagnostics.isEmpty)
    }

    @Test(arguments: [
        ("table4_8_2_114_S1", "4-8-2", "114-1"),
        ("表4-8-2學生技術證照資料表_114學年度第2學期", "4-8-2", "114-2"),
        ("4-2-11_114", "4-2-11", "114學年度"),
        ("table1_8_113", "1-8", "113年度"),
        ("表4-2 各年級實際在學學生人數 114學年度第一學期", "4-2", "114-1"),
        ("table4_2_114", "4-2", "114學年度"),
    ])
    func tableAndPeriodAreRecognisedFromTheName(_ name: String, _ table: String, _ period: String) throws {
        let (schema, matched) = try #require(TableRecognizer.table(in: name))
        #expect(schema.id == table)
        #expect(TableRecognizer.period(in: name.replacingOccurrences(of: matched, with: " "), table: schema)?.description == period)
    }
}
