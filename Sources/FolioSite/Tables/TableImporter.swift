import FolioCore
import FolioPlan
import Foundation

/// Turns one export's CSV records into table rows: finds each field's column by its header,
/// sets 總計 / 合計 / 小計 rows apart, and checks every cell, reporting what it cannot read at
/// its `file:line:column`.
enum TableImporter {
    /// Where a field is read from: its column, or the columns a wide export sums for it.
    enum FieldColumns {
        case one(Int)
        case summed([Int])

        var indexes: [Int] {
            switch self {
            case .one(let index): [index]
            case .summed(let indexes): indexes
            }
        }
    }

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
            if let row = row(record, entry: entry, columns: columns, header: header, file: file, problems: &problems) {
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

    /// Field name → its column, or the columns summed for it in a wide export (表4-2's 一年級男生 …
    /// 延修生男生). A mapped header the export lacks, or a required field with no column, is an
    /// error at the header line.
    private static func columnIndexes(_ header: CSVRecord, entry: TableManifestEntry, file: String,
                                      problems: inout [Diagnostic]) -> [String: FieldColumns] {
        let names = header.fields.map { CellText.trim($0.text) }
        let headerLine = header.location(file)
        var result: [String: FieldColumns] = [:]
        for field in entry.schema.fields {
            let (known, mappedAt) = entry.headers[field.name]!
            if let index = known.lazy.compactMap({ names.firstIndex(of: $0) }).first {
                result[field.name] = .one(index)
            } else if let mappedAt {
                problems.append(.error(headerLine,
                    "the header has no column '\(known[0])', which \(mappedAt.file):\(mappedAt.line) maps to '\(field.name)'; correct the mapping to the export's header (it has \(names.joined(separator: "、")))"))
            } else if let group = entry.schema.columnGroup(field.name),
                      case let indexes = group.headers.compactMap({ names.firstIndex(of: $0) }), !indexes.isEmpty {
                result[field.name] = .summed(indexes)
            } else if field.isRequired {
                let also = known.count > 1 ? " (or \(known.dropFirst().joined(separator: ", ")))" : ""
                problems.append(.error(headerLine,
                    "the header has no column '\(known[0])'\(also) for the field '\(field.name)' of 表\(entry.schema.id); rename the column, or map its header in content/tables.yaml (columns: {<header>: \(field.name)})"))
            }
        }
        return result
    }

    private static func rawFields(_ record: CSVRecord, _ columns: [String: FieldColumns]) -> [String: String] {
        var fields: [String: String] = [:]
        for (name, columns) in columns {
            let cells = columns.indexes.filter { $0 < record.fields.count }.map { CellText.trim(record.fields[$0].text) }
            fields[name] = cells.joined(separator: " + ")
        }
        return fields
    }

    private static func row(_ record: CSVRecord, entry: TableManifestEntry, columns: [String: FieldColumns], header: CSVRecord,
                            file: String, problems: inout [Diagnostic]) -> TableRow? {
        let schema = entry.schema
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
        var blankByRule: [(name: String, location: SourceLocation, header: String)] = []
        for (name, fieldColumns) in columns {
            guard let spec = schema.field(name) else { continue }
            let index: Int
            switch fieldColumns {
            case .one(let only): index = only
            case .summed(let indexes):
                // A wide export's columns, summed: each cell a count, `-` or empty as 0.
                var sum = 0
                for index in indexes {
                    let cell = record.fields[index]
                    let text = CellText.trim(cell.text)
                    guard !text.isEmpty else { continue }
                    switch FieldKind.count.normalize(TableField.isZeroMark(text) ? "0" : text) {
                    case .value(let value): sum += Int(value) ?? 0
                    case .problem(let problem):
                        problems.append(.error(record.location(file, field: cell), "'\(header.fields[index].text)' (\(name)): \(problem)"))
                        readable = false
                    }
                }
                fields[name] = String(sum)
                continue
            }
            let cell = record.fields[index]
            let location = record.location(file, field: cell)
            let headerName = header.fields[index].text
            let text = CellText.trim(cell.text)
            if spec.isRequired && spec.kind != .flag && text.isEmpty {
                if spec.optionalWhen != nil {
                    blankByRule.append((name, location, headerName))
                    continue
                }
                problems.append(.error(location, "'\(headerName)' (\(name)) is empty; every row needs it"))
                readable = false
                continue
            }
            switch spec.normalize(text, values: entry.values[name] ?? [:]) {
            case .value(let value): fields[name] = value
            case .problem(let problem):
                problems.append(.error(location, "'\(headerName)' (\(name)): \(problem)"))
                readable = false
            }
        }
        // A required cell left empty is allowed only where the row says so (a co-investigator's amount).
        for blank in blankByRule {
            guard let condition = schema.field(blank.name)?.optionalWhen, fields[condition.field] != condition.value else {
                fields[blank.name] = ""
                continue
            }
            problems.append(.error(blank.location,
                "'\(blank.header)' (\(blank.name)) is empty; every row needs it unless its \(condition.field) is \(condition.value)"))
            readable = false
        }
        return readable ? TableRow(location: record.location(file), fields: fields) : nil
    }
}
