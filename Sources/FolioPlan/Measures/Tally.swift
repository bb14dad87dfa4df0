import FolioCore

/// Collects the rows a measure counts and excludes as it walks its table files.
///
/// A new tally lists every 總計 / 合計 / 小計 row of its files as excluded, so no measure
/// can count a total twice.
struct Tally {
    var counted: [CountedRow] = []
    var excluded: [ExcludedRow] = []
    var total: Double = 0
    let files: [TableFile]

    init(_ files: [TableFile]) {
        self.files = files
        for file in files {
            excluded += file.totalRows.map { ExcludedRow(row: $0, reason: .totalRow) }
        }
    }

    /// Every data row of the files, with the file it came from, in file then line order.
    var rows: [(file: TableFile, row: TableRow)] {
        files.flatMap { file in file.rows.map { (file, $0) } }
    }

    mutating func count(_ row: TableRow, _ amount: Double = 1, note: RowReason? = nil) {
        counted.append(CountedRow(row: row, contribution: amount, note: note))
        total += amount
    }

    mutating func exclude(_ row: TableRow, _ reason: RowReason) {
        excluded.append(ExcludedRow(row: row, reason: reason))
    }

    /// Excludes a dated row whose date falls outside its file's period; true when it is inside
    /// (or undated, since the export may leave the date out).
    mutating func isInPeriod(_ row: TableRow, of file: TableFile, field: String = "date") -> Bool {
        guard let date = row.date(field) else { return true }
        guard file.period.dates.contains(date) else {
            exclude(row, .outsidePeriod(date: date, period: file.period))
            return false
        }
        return true
    }

    /// Counts a row once per key (學號, 教師編號, 專利證書號); a repeat is excluded, citing the first.
    mutating func countOnce(_ row: TableRow, key: String, seen: inout [String: SourceLocation], what: CountedOnce) {
        if let first = seen[key] {
            exclude(row, .alreadyCounted(what, first: first))
        } else {
            seen[key] = row.location
            count(row)
        }
    }

    func figure(_ measureID: String, year: Int, value: Double? = nil, calculation: FigureCalculation? = nil,
                breakdowns: [FigureBreakdown] = []) -> ComputedFigure {
        ComputedFigure(measureID: measureID, year: year, value: value ?? total, rule: CountingRule(measureID), calculation: calculation,
                       breakdowns: breakdowns, counted: counted,
                       excluded: excluded.sorted { $0.row.location < $1.row.location }, files: files)
    }
}
extension [TableFile] {
    /// The academic year's first table (the 1st semester's, as of 15 October) that head counts use,
    /// whatever order the files come in.
    var firstOfYear: TableFile? { self.min { $0.period < $1.period } }
}

/// Figures for messages and calculations: 1,574 and 39.8, no trailing zeros.
enum FigureText {
    static func number(_ value: Double, decimals: Int = 2) -> String {
        let scale = pow10(decimals)
        let rounded = (value * scale).rounded() / scale
        var integer = String(Int(rounded.rounded(.towardZero)))
        var fraction = ""
        if rounded != rounded.rounded(.towardZero) {
            let digits = Int(((rounded - rounded.rounded(.towardZero)) * scale).rounded())
            fraction = String(digits)
            while fraction.count < decimals { fraction = "0" + fraction }
            while fraction.hasSuffix("0") { fraction.removeLast() }
        }
        var groups: [String] = []
        while integer.count > 3 {
            groups.insert(String(integer.suffix(3)), at: 0)
            integer.removeLast(3)
        }
        groups.insert(integer, at: 0)
        return groups.joined(separator: ",") + (fraction.isEmpty ? "" : ".\(fraction)")
    }

    static func pow10(_ n: Int) -> Double { (0..<n).reduce(1.0) { acc, _ in acc * 10 } }

    /// Rounds half away from zero to `decimals` places.
    static func round(_ value: Double, decimals: Int) -> Double {
        let scale = pow10(decimals)
        return (value * scale).rounded() / scale
    }
}
