import FolioCore
@testable import FolioPlan

/// Small hand-made tables: each row a dictionary of Folio fields, at lines 2, 3, … of a named file.
enum Fixture {
    static func file(_ table: String, _ period: String, _ rows: [[String: String]], totals: Int = 0,
                     name: String? = nil) -> TableFile {
        let schema = TableSchemas.schema(table)!
        let period = ReportingPeriod(parsing: period)!
        let file = name ?? "tables/\(table)_\(period).csv"
        let tableRows = rows.enumerated().map { index, fields in
            TableRow(location: SourceLocation(file: file, line: index + 2), fields: fields)
        }
        let totalRows = (0..<totals).map { index in
            TableRow(location: SourceLocation(file: file, line: rows.count + 2 + index), fields: [:])
        }
        return TableFile(schema: schema, period: period, file: file, rows: tableRows, totalRows: totalRows)
    }

    /// The reasons of a figure's excluded rows, by line.
    static func reasons(_ figure: ComputedFigure) -> [String] {
        figure.excluded.map { "\($0.row.location.fileAndLine) \($0.reason)" }
    }
}
