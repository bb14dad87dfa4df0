import FolioCore
import FolioPlan
import Foundation

/// Turns one export's CSV records into table rows: finds each field's column by its header,
/// sets 總計 / 合計 / 小計 rows apart, and checks every cell, reporting what it cannot read at
/// its `file:line:column`.
enum TableImporter {
    /// Beyond this many problems in one file the rest are summed up in one line (a file in the
    /// wrong table or encoding would otherwise bury every other message).
    static let problemLimit = 20

    static func rows(_ records: [CSVRecord], entry: TableManifestEntry, file: String, sink: DiagnosticSink) -> TableFile? {
        guard !records.isEmpty else {
            sink.error(.file(file), "the export is empty; it needs a header row and the table's rows")
            return nil
        }
        guard let (header, body) = HeaderRow.split(records, entry: entry, file: file, sink: sink) else { return nil }
        var problems: [Diagnostic] = []
        let columns = columnIndexes(header, entry: entry, file: file, problems: &problems)
        guard problems.isEmpty else {
            sink.append(contentsOf: problems)
            return nil
        }
        var rows: [TableRow] = []
        var totals: [TableRow] = []
        for record in body {
            let location = record.location(file)
            if record.fields.contains(where: { TableFile.isTotalMarker($0.text) }) {
                totals.append(TableRow(location: location, fields: rawFields(record, columns)))
                continue
            }
            if let row = row(record, schema: entry.schema, columns: columns, header: header, file: file, problems: &problems) {
                rows.append(row)
            }
        }
        if problems.count > problemLimit {
            problems.sort { $0.location < $1.location }
            let rest = problems.count - problemLimit
            let from = problems[problemLimit].location
            problems = Array(problems.prefix(problemLimit))
            problems.append(.error(from, "\(rest) more problem\(rest == 1 ? "" : "s") in this file from here on; check that it is 表\(entry.schema.id) and that its encoding is right"))
        }
        sink.append(contentsOf: problems)
        guard problems.isEmpty else { return nil }
        return TableFile(schema: entry.schema, period: entry.period, file: file, rows: rows, totalRows: totals)
    }

    /// Field name → column index. A mapped header the export lacks, or a required field with no
    /// column, is an error at the header line.
    private static func columnIndexes(_ header: CSVRecord, entry: TableManifestEntry, file: String,
                                      problems: inout [Diagnostic]) -> [String: Int] {
        let names = header.fields.map { CellText.trim($0.text) }
        let headerLine = header.location(file)
        var result: [String: Int] = [:]
        for field in entry.schema.fields {
            let (name, mappedAt) = entry.headers[field.name]!
            if let index = names.firstIndex(of: name) {
                result[field.name] = index
            } else if let mappedAt {
                problems.append(.error(headerLine,
                    "the header has no column '\(name)', which \(mappedAt.file):\(mappedAt.line) maps to '\(field.name)'; correct the mapping to the export's header (it has \(names.joined(separator: "、")))"))
            } else if field.isRequired {
                problems.append(.error(headerLine,
                    "the header has no column '\(name)' for the field '\(field.name)' of 表\(entry.schema.id); rename the column, or map its header in content/tables.yaml (columns: {<header>: \(field.name)})"))
            }
        }
        return result
    }

    private static func rawFields(_ record: CSVRecord, _ columns: [String: Int]) -> [String: String] {
        var fields: [String: String] = [:]
        for (name, index) in columns where index < record.fields.count {
            fields[name] = CellText.trim(record.fields[index].text)
        }
        return fields
    }

    private static func row(_ record: CSVRecord, schema: TableSchema, columns: [String: Int], header: CSVRecord, file: String,
                            problems: inout [Diagnostic]) -> TableRow? {
        let expected = header.fields.count
        if record.fields.count != expected {
            if record.fields.count > expected {
                let extra = record.fields[expected]
                problems.append(.error(record.location(file, field: extra),
                    "this row has \(record.fields.count) fields but the header has \(expected); a field holding a comma must be quoted (\"1,200,000\")"))
            } else {
                let last = record.fields.last!
                problems.append(.error(SourceLocation(file: file, line: record.line, column: last.column + last.text.unicodeScalars.count),
                    "this row has \(record.fields.count) field\(record.fields.count == 1 ? "" : "s") but the header has \(expected); add the missing fields (an empty field still needs its comma)"))
            }
            return nil
        }
        var fields: [String: String] = [:]
        var readable = true
        for (name, index) in columns {
            let cell = record.fields[index]
            let location = record.location(file, field: cell)
            let spec = schema.field(name)
            let headerName = header.fields[index].text
            let text = CellText.trim(cell.text)
            if spec?.isRequired == true && spec?.kind != .flag && text.isEmpty {
                problems.append(.error(location, "'\(headerName)' (\(name)) is empty; every row needs it"))
                readable = false
                continue
            }
            switch (spec?.kind ?? .text).normalize(text) {
            case .value(let value): fields[name] = value
            case .problem(let problem):
                problems.append(.error(location, "'\(headerName)' (\(name)): \(problem)"))
                readable = false
            }
        }
        return readable ? TableRow(location: record.location(file), fields: fields) : nil
    }
}
