import FolioCore

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
