import FolioTestSupport
import FolioCore
import FolioPlan
import Foundation
import Testing
@testable import FolioSite

/// Importing exports through content/tables.yaml: both encodings, mappings, and every
/// problem reported at its file, line and column.
@Suite struct TableImportTests {
    /// The example content with its own tables replaced by `files` and this manifest.
    static func workspace(manifest: String, files: [String: [UInt8]]) throws -> Workspace {
        let workspace = try Workspace()
        try workspace.remove("content/tables")
        try workspace.write("content/tables.yaml", manifest)
        for (path, bytes) in files {
            let url = workspace.root.appendingPathComponent("content/\(path)")
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: url)
        }
        return workspace
    }

    static func content(_ workspace: Workspace) -> (PlanContent?, [Diagnostic]) {
        let sink = DiagnosticSink()
        let content = ContentLoader.load(contentFolder: workspace.root.appendingPathComponent("content"), displayRoot: "content", sink: sink)
        return (content, sink.diagnostics.sortedForReading())
    }

    static let certificates = """
    tables:
      - {file: tables/big5.csv, table: 4-8-2, period: 114-1}
      - {file: tables/utf8.csv, table: 4-8-2, period: 114-2}

    """

    @Test func big5AndUTF8ExportsGiveTheSameRows() throws {
        let workspace = try Self.workspace(manifest: Self.certificates, files: [
            "tables/big5.csv": TableCSVTests.big5,
            "tables/utf8.csv": [0xEF, 0xBB, 0xBF] + Array(TableCSVTests.utf8Text.utf8),
        ])
        defer { workspace.cleanUp() }
        let (content, diagnostics) = Self.content(workspace)
        #expect(diagnostics == [])
        let figure = try #require(content?.figure("1-1", year: 114))
        // Each file: 林家豪's 乙級 counted, 陳怡君's 丙級 excluded → 1 + 1 = 2.
        #expect(figure.value == 2)
        #expect(figure.counted.map { $0.row["name"] } == ["林家豪", "林家豪"])
        #expect(figure.excluded.map(\.row.location.fileAndLine) == ["content/tables/big5.csv:2", "content/tables/utf8.csv:2"])
        // The computed figure is the plan's 114 actual now.
        #expect(content?.plan.indicator(1)?.measure("1-1")?.actuals[114]?.value == 2)
    }

    static let projects = "tables:\n  - {file: tables/1-8.csv, table: 1-8, period: 114年度}\n"

    @Test func anUnquotedThousandsSeparatorIsAnErrorAtTheExtraField() throws {
        let csv = "計畫編號,計畫名稱,核定金額\nP1,智慧製造,\"1,200,000\"\nP2,漁港監測,1,200,000\n"
        let workspace = try Self.workspace(manifest: Self.projects, files: ["tables/1-8.csv": Array(csv.utf8)])
        defer { workspace.cleanUp() }
        #expect(Self.content(workspace).1.map(\.description) == [
            "content/tables/1-8.csv:3:11: error: this row has 5 fields but the header has 3; a field holding a comma must be quoted (\"1,200,000\")",
        ])
    }

    @Test func aCellThatCannotBeReadIsAnErrorAtItsColumn() throws {
        let csv = "計畫編號,計畫名稱,核定金額\nP1,智慧製造,三十萬\nP2,,400000\n"
        let workspace = try Self.workspace(manifest: Self.projects, files: ["tables/1-8.csv": Array(csv.utf8)])
        defer { workspace.cleanUp() }
        #expect(Self.content(workspace).1.map(\.description) == [
            "content/tables/1-8.csv:2:9: error: '核定金額' (amount): '三十萬' is not a whole number; write digits only, e.g. 1200000 or 1,200,000",
            "content/tables/1-8.csv:3:4: error: '計畫名稱' (title) is empty; every row needs it",
        ])
    }

    @Test func totalRowsAreSetApartBeforeTheirCellsAreChecked() throws {
        // The 總計 row has no project number and a sum in the amount: never read as a project.
        let csv = "計畫編號,計畫名稱,核定金額\nP1,智慧製造,300000\n總計,,300000\n"
        let workspace = try Self.workspace(manifest: Self.projects, files: ["tables/1-8.csv": Array(csv.utf8)])
        defer { workspace.cleanUp() }
        let (content, diagnostics) = Self.content(workspace)
        #expect(diagnostics == [])
        let figure = try #require(content?.figure("11-2", year: 114))
        #expect(figure.value == 1)
        #expect(figure.excluded.map(\.row.location.line) == [3])
    }

    @Test func aMappedHeaderReadsTheColumn() throws {
        let manifest = "tables:\n  - file: tables/1-8.csv\n    table: 1-8\n    period: 114年度\n    columns: {計畫金額(元): amount}\n"
        let csv = "計畫編號,計畫名稱,計畫金額(元)\nP1,智慧製造,\"300,000\"\n"
        let workspace = try Self.workspace(manifest: manifest, files: ["tables/1-8.csv": Array(csv.utf8)])
        defer { workspace.cleanUp() }
        let (content, diagnostics) = Self.content(workspace)
        #expect(diagnostics == [])
        #expect(content?.figure("11-2", year: 114)?.value == 1)
    }

    @Test func mappingProblemsAreReportedWhereTheyAre() throws {
        let manifest = """
        tables:
          - file: tables/1-8.csv
            table: 1-8
            period: 114年度
            columns: {經費: amonut, 主持人: leader}
          - {file: tables/missing.csv, table: 4-8-9, period: 114-3}

        """
        let csv = "計畫編號,計畫名稱,核定金額\nP1,智慧製造,300000\n"
        let workspace = try Self.workspace(manifest: manifest, files: ["tables/1-8.csv": Array(csv.utf8), "tables/stray.csv": Array("a\n".utf8)])
        defer { workspace.cleanUp() }
        #expect(Self.content(workspace).1.map(\.description) == [
            "content/tables.yaml:5:19: error: 表1-8 has no field 'amonut'; did you mean 'amount'?",
            "content/tables.yaml:6:39: error: Folio reads no table '4-8-9'; did you mean '4-8-1'?",
            "content/tables.yaml:6:54: error: '114-3' is not a period; write a semester as 114-1 or 114-2, an academic year as 114學年度, a calendar year as 114年度",
            "content/tables/1-8.csv:1:1: error: the header has no column '主持人', which content/tables.yaml:5 maps to 'leader'; correct the mapping to the export's header (it has 計畫編號、計畫名稱、核定金額)",
            "content/tables/stray.csv:1:1: error: this export is not listed in content/tables.yaml, so none of its rows would count; add an entry with its table and period, or move the file out of content/tables/",
        ])
    }

    @Test func aRequiredColumnMissingIsAnErrorAtTheHeader() throws {
        let csv = "計畫編號,計畫名稱\nP1,智慧製造\n"
        let workspace = try Self.workspace(manifest: Self.projects, files: ["tables/1-8.csv": Array(csv.utf8)])
        defer { workspace.cleanUp() }
        #expect(Self.content(workspace).1.map(\.description) == [
            // The error names every header the field is known by (its aliases), so either spelling can be used.
            "content/tables/1-8.csv:1:1: error: the header has no column '核定金額' (or 核定金額(元), 計畫金額(元), 計畫金額) for the field 'amount' of 表1-8; rename the column, or map its header in content/tables.yaml (columns: {<header>: amount})",
        ])
    }

    @Test func overlappingPeriodsOfOneTableAreAnError() throws {
        let manifest = """
        tables:
          - {file: tables/a.csv, table: 15-17, period: 114-1}
          - {file: tables/b.csv, table: 15-17, period: 114學年度}

        """
        let csv = Array("課程代碼,課程名稱,課程類別\nE1,護理英文,ESP\n".utf8)
        let workspace = try Self.workspace(manifest: manifest, files: ["tables/a.csv": csv, "tables/b.csv": csv])
        defer { workspace.cleanUp() }
        #expect(Self.content(workspace).1.map(\.description) == [
            "content/tables.yaml:3:48: error: 表15-17 for 114學年度 overlaps tables/a.csv (114-1), so rows would count twice; list semesters or the whole year, not both",
        ])
    }

    @Test func aTypedActualThatDisagreesWithTheExampleTablesStopsTheBuild() throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        let text = try workspace.read("content/indicators/01.yaml").replacingOccurrences(of: "actuals: {115: 1603}", with: "actuals: {114: 1580, 115: 1603}")
        try workspace.write("content/indicators/01.yaml", text)
        #expect(workspace.check().map(\.description) == [
            "content/indicators/01.yaml:9:20: error: the 114 actual of 1-1 is typed as 1580 but the tables give 1574 (content/tables/4-8-2_114-1.csv, content/tables/4-8-2_114-2.xls: 1,574 rows counted, 40 excluded); remove the typed figure or correct the table",
        ])
    }
}
