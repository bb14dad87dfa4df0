import FolioCore

extension CSVRecord {
    /// The record as a whole: `file:12:1`, or `file:Sheet1!A12`.
    func location(_ file: String) -> SourceLocation {
        SourceLocation(file: file, line: line, column: 1, sheet: sheet)
    }

    /// One of its fields: `file:12:7`, `file:Sheet1!C12`, or the line an HTML cell starts on.
    func location(_ file: String, field: CSVField) -> SourceLocation {
        SourceLocation(file: file, line: field.line ?? line, column: field.column, sheet: sheet)
    }
}
