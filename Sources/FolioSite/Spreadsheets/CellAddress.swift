import FolioCore

/// A cell's place in a sheet, 1-based, read from Excel's A1 notation (`C12`).
struct CellAddress: Equatable {
    var row: Int
    var column: Int

    /// `C12` → row 12, column 3; nil for anything else (a reference must be letters, then digits).
    init?(_ reference: some Collection<UInt8>) {
        var column = 0, row = 0
        var sawDigit = false
        for byte in reference {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z") where !sawDigit:
                column = column * 26 + Int(byte - UInt8(ascii: "A")) + 1
            case UInt8(ascii: "a")...UInt8(ascii: "z") where !sawDigit:
                column = column * 26 + Int(byte - UInt8(ascii: "a")) + 1
            case UInt8(ascii: "$"):
                continue
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                sawDigit = true
                row = row * 10 + Int(byte - UInt8(ascii: "0"))
            default:
                return nil
            }
            if column > 16_384 || row > 1_048_576 { return nil }
        }
        guard column > 0 else { return nil }
        self.row = sawDigit ? row : 0
        self.column = column
    }

    init(row: Int, column: Int) {
        self.row = row
        self.column = column
    }
}

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

/// The cells a spreadsheet reader found, row by row, turned into the records the table importer
/// reads: every row as wide as the widest, so a column keeps its index and an empty cell its place.
struct SheetCells {
    var sheet: String?
    /// Rows in the order first met (a sheet lists them in order), each its cells by column − 1.
    private var rows: [(number: Int, cells: [String])] = []
    private var position: [Int: Int] = [:]
    private var width = 0

    init(sheet: String?) { self.sheet = sheet }

    mutating func set(row: Int, column: Int, _ text: String) {
        guard !text.isEmpty, column > 0 else { return }
        let index: Int
        if let last = rows.last, last.number == row {
            index = rows.count - 1
        } else if let known = position[row] {
            index = known
        } else {
            index = rows.count
            rows.append((row, []))
            position[row] = index
        }
        if rows[index].cells.count < column {
            rows[index].cells.append(contentsOf: repeatElement("", count: column - rows[index].cells.count))
        }
        rows[index].cells[column - 1] = text
        if column > width {
            width = column
            widest = CellAddress(row: row, column: column)
        }
    }

    private var widest = CellAddress(row: 1, column: 1)
    /// Every row is padded to the widest: a stray value far to the right of a long table would
    /// make that billions of empty cells.
    static let cellLimit = 50_000_000

    func records() throws(SpreadsheetProblem) -> [CSVRecord] {
        guard rows.count * width <= Self.cellLimit else {
            throw SpreadsheetProblem("this cell is far right of the table (column \(CellReference.columnName(width))) and the sheet has \(rows.count) rows, too many cells to read; delete the stray cell (or the columns right of the table) and save again",
                                     sheet: sheet ?? "", at: widest)
        }
        let ordered = zip(rows, rows.dropFirst()).allSatisfy { $0.number < $1.number } ? rows : rows.sorted { $0.number < $1.number }
        let columns = Array(1...max(width, 1))
        return ordered.map { row in
            CSVRecord(line: row.number, fields: columns.map { CSVField(text: $0 <= row.cells.count ? row.cells[$0 - 1] : "", column: $0) },
                      sheet: sheet)
        }.filter { !$0.isBlank }
    }
}
