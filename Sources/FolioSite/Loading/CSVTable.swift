import FolioCore
import Foundation

/// A CSV file read with RFC 4180 quoting: a header row, then rows that each remember the
/// 1-based line they start on, so every value can be cited as `path:line:column`.
public struct CSVTable: Sendable {
    public struct Row: Sendable {
        /// The line the row starts on (a quoted field may span lines).
        public var line: Int
        public var fields: [String]
        /// The 1-based column (in characters) where each field starts, for diagnostics.
        public var columns: [Int]
    }

    public var file: String
    public var header: [String]
    public var headerLine: Int
    public var rows: [Row]

    /// Reads a CSV file's bytes (UTF-8 with or without a BOM, or Big5 as Excel saves it); reports
    /// undecodable text, unterminated quotes and an empty file.
    public static func read(_ data: Data, file: String, sink: DiagnosticSink) -> CSVTable? {
        switch CSVReader.decode(data, declared: nil) {
        case .success(let decoded):
            return parse(decoded.text, file: file, sink: sink)
        case .failure(.notBig5(let line)), .failure(.notUTF8(let line)):
            sink.error(SourceLocation(file: file, line: line), "this line is neither UTF-8 nor Big5 text; save the file as CSV UTF-8")
            return nil
        case .failure(.isUTF8):
            return parse(String(decoding: data, as: UTF8.self), file: file, sink: sink)
        }
    }

    /// Parses CSV text. Blank lines are skipped; cells are trimmed of surrounding spaces.
    public static func parse(_ text: String, file: String, sink: DiagnosticSink) -> CSVTable? {
        let records: [CSVRecord]
        switch CSVReader.records(text, file: file) {
        case .success(let parsed): records = parsed
        case .failure(let error):
            sink.append(contentsOf: [error.diagnostic])
            return nil
        }
        sink.append(contentsOf: CSVReader.forbiddenCharacterProblems(records, file: file))
        guard let header = records.first else {
            sink.error(.file(file), "the file is empty; it needs a header row naming the columns")
            return nil
        }
        let rows = records.map { record in
            Row(line: record.line, fields: record.fields.map { $0.text.trimmedWhitespaces },
                columns: record.fields.map(\.column))
        }
        return CSVTable(file: file, header: rows[0].fields, headerLine: header.line, rows: Array(rows.dropFirst()))
    }

    public func location(_ row: Row, column index: Int) -> SourceLocation {
        SourceLocation(file: file, line: row.line, column: index < row.columns.count ? row.columns[index] : 1)
    }
}
