import FolioCore

/// A row that a figure counted, and what it added (1 人次, or 男 23、女 12 for a count row).
public struct CountedRow: Sendable {
    public var row: TableRow
    public var contribution: Double
    /// How it was counted, when more than its contribution says (the label files word it).
    public var note: RowReason?

    public init(row: TableRow, contribution: Double, note: RowReason? = nil) {
        self.row = row
        self.contribution = contribution
        self.note = note
    }
}

/// A row that a figure did not count, and why (the label files word the reason).
public struct ExcludedRow: Sendable {
    public var row: TableRow
    public var reason: RowReason

    public init(row: TableRow, reason: RowReason) {
        self.row = row
        self.reason = reason
    }
}

/// One part of a figure split by a dimension: 男 812, 英語 B1 240.
public struct BreakdownItem: Sendable, Equatable {
    /// A term (`plan-word-male`) or a language-neutral code (B1).
    public var label: WordingValue
    public var value: Double

    public init(_ label: WordingValue, _ value: Double) {
        self.label = label
        self.value = value
    }
}

/// A figure split one way (by sex, by type, by language and CEFR level).
public struct FigureBreakdown: Sendable, Equatable {
    /// A term of the label files (`plan-breakdown-sex`).
    public var dimension: WordingValue
    public var items: [BreakdownItem]

    public init(dimension: WordingValue, items: [BreakdownItem]) {
        self.dimension = dimension
        self.items = items
    }
}

/// The table export a figure read, with how many of its rows it counted and excluded.
public struct FigureSource: Sendable, Equatable {
    public var file: String
    public var table: String
    public var period: ReportingPeriod
    public var counted: Int
    public var excluded: Int
}

/// A measure's actual for one plan year as computed from the school-database tables,
/// with everything a site visit needs to check it against its rows (P8).
public struct ComputedFigure: Sendable {
    public var measureID: String
    /// The plan year (ROC) the figure is the actual of.
    public var year: Int
    public var value: Double
    /// How the rows were counted (the rule a visitor checks the rows against).
    public var rule: CountingRule
    /// The arithmetic when it is more than a count: 199 ÷ 500 × 100 = 39.8.
    public var calculation: FigureCalculation?
    public var breakdowns: [FigureBreakdown]
    public var counted: [CountedRow]
    public var excluded: [ExcludedRow]
    /// The files read, in period order.
    public var files: [TableFile]

    public init(measureID: String, year: Int, value: Double, rule: CountingRule, calculation: FigureCalculation? = nil,
                breakdowns: [FigureBreakdown] = [], counted: [CountedRow], excluded: [ExcludedRow], files: [TableFile]) {
        self.measureID = measureID
        self.year = year
        self.value = value
        self.rule = rule
        self.calculation = calculation
        self.breakdowns = breakdowns
        self.counted = counted
        self.excluded = excluded
        self.files = files
    }

    /// Per file: rows counted and excluded.
    public var sources: [FigureSource] {
        files.map { file in
            FigureSource(file: file.file, table: file.schema.id, period: file.period,
                         counted: counted.filter { $0.row.location.file == file.file }.count,
                         excluded: excluded.filter { $0.row.location.file == file.file }.count)
        }
    }

    /// Excluded rows counted by rule, in order of first appearance: (third-grade certificate, 37).
    /// Each group is named by its first row's reason, which words the group (`row-reason-<code>-group`).
    public var exclusionsByGroup: [(reason: RowReason, count: Int)] {
        var order: [RowReason] = []
        var counts: [String: Int] = [:]
        for row in excluded {
            if counts[row.reason.group] == nil { order.append(row.reason) }
            counts[row.reason.group, default: 0] += 1
        }
        return order.map { ($0, counts[$0.group]!) }
    }

    /// The tables cited, e.g. ["4-2", "1-1"] for 生師比.
    public var tables: [String] {
        var seen: [String] = []
        for file in files where !seen.contains(file.schema.id) { seen.append(file.schema.id) }
        return seen
    }
}
