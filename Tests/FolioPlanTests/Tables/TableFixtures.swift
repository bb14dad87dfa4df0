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

    /// The reasons of a figure's excluded rows, by line, as code and parameters:
    /// `tables/4-8-2_114-1.csv:4 third-grade-certificate`, `… already-counted first=…:2 what=plan-once-student`.
    static func reasons(_ figure: ComputedFigure) -> [String] {
        figure.excluded.map { "\($0.row.location.fileAndLine) \(typed($0.reason))" }
    }

    /// A typed value as its code and its parameters, sorted by name.
    static func typed(_ value: some Worded) -> String {
        ([value.code] + value.parameters.sorted { $0.key < $1.key }.map { "\($0.key)=\(text($0.value))" }).joined(separator: " ")
    }

    static func text(_ value: WordingValue) -> String {
        switch value {
        case .number(let text), .text(let text), .term(let text): text
        case .count(let count): String(count)
        case .named(let name): name.chinese
        case .date(let date): date.rocString
        case .academicYear(let year): "AY\(year)"
        case .semester(let year, let term): "\(year)-\(term)"
        case .list(let values): values.map(text).joined(separator: ",")
        case .worded(let key, let parameters):
            key + "(" + parameters.sorted { $0.key < $1.key }.map { "\($0.key)=\(text($0.value))" }.joined(separator: " ") + ")"
        }
    }
}
