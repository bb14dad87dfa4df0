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

    /// Decodes the bytes of a CSV file: UTF-8, with or without a byte-order mark.
    /// The one place text decoding happens, so another encoding (Big5) can be added here.
    public static func decode(_ data: Data) -> String? {
        var bytes = data
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        return String(data: bytes, encoding: .utf8)
    }

    /// Reads a CSV file's bytes; reports undecodable text, unterminated quotes and an empty file.
    public static func read(_ data: Data, file: String, sink: DiagnosticSink) -> CSVTable? {
        guard let text = decode(data) else {
            sink.error(.file(file), "the file is not valid UTF-8 text; save it as UTF-8 (CSV UTF-8 in Excel)")
            return nil
        }
        return parse(text, file: file, sink: sink)
    }

    /// Parses CSV text. Blank lines are skipped; cells are trimmed of surrounding spaces.
    public static func parse(_ text: String, file: String, sink: DiagnosticSink) -> CSVTable? {
        var records: [Row] = []
        var fields: [String] = []
        var columns: [Int] = []
        var field = ""
        var inQuotes = false
        var quotedField = false
        var line = 1
        var column = 1
        var rowLine = 1
        var fieldColumn = 1
        var quoteStart = SourceLocation(file: file, line: 1, column: 1)
        var characters = Array(text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n"))
        characters.append("\n")
        var index = 0

        func endField() {
            fields.append(quotedField ? field : field.trimmingCharacters(in: .whitespaces))
            columns.append(fieldColumn)
            field = ""
            quotedField = false
        }
        while index < characters.count {
            let c = characters[index]
            if inQuotes {
                if c == "\"" {
                    if index + 1 < characters.count, characters[index + 1] == "\"" {
                        field.append("\""); index += 2; column += 2; continue
                    }
                    inQuotes = false
                } else {
                    field.append(c)
                    if c == "\n" { line += 1; column = 0 }
                }
            } else if c == "\"" && field.trimmingCharacters(in: .whitespaces).isEmpty {
                inQuotes = true
                quotedField = true
                field = ""
                quoteStart = SourceLocation(file: file, line: line, column: column)
            } else if c == "," {
                endField()
                fieldColumn = column + 1
            } else if c == "\n" {
                endField()
                if !(fields.count == 1 && fields[0].isEmpty && !quotedField) {
                    records.append(Row(line: rowLine, fields: fields, columns: columns))
                }
                fields = []
                columns = []
                line += 1
                column = 0
                rowLine = line
                fieldColumn = 1
            } else {
                field.append(c)
            }
            index += 1
            column += 1
        }
        if inQuotes {
            sink.error(quoteStart, "a quoted field is never closed; add the closing double quote (\")")
            return nil
        }
        guard let header = records.first else {
            sink.error(.file(file), "the file is empty; it needs a header row naming the columns")
            return nil
        }
        return CSVTable(file: file, header: header.fields, headerLine: header.line, rows: Array(records.dropFirst()))
    }

    public func location(_ row: Row, column index: Int) -> SourceLocation {
        SourceLocation(file: file, line: row.line, column: index < row.columns.count ? row.columns[index] : 1)
    }
}
