import FolioCore

/// A row that a figure counted, and what it added (1 人次, or 男 23、女 12 for a count row).
public struct CountedRow: Sendable {
    public var row: TableRow
    public var contribution: Double
    public var note: String?
    /// How it was counted, as a typed value the label files word (takes the place of `note`).
    public var typedNote: RowReason?

    public init(row: TableRow, contribution: Double, note: String? = nil, typedNote: RowReason? = nil) {
        self.row = row
        self.contribution = contribution
        self.note = note
        self.typedNote = typedNote
    }
}

/// A row that a figure did not count, and why (zh-Hant, e.g. 丙級證照不採計).
public struct ExcludedRow: Sendable {
    public var row: TableRow
    /// The reason for this row, with its particulars (日期 114/07/15 不在 114-1 期間…).
    public var reason: String
    /// The rule it falls under, without particulars, for counts by reason (日期不在該期間).
    public var group: String
    /// The reason as a typed value the label files word (takes the place of `reason` and `group`).
    public var typed: RowReason?

    public init(row: TableRow, reason: String, group: String? = nil) {
        self.row = row
        self.reason = reason
        self.group = group ?? reason
    }

    public init(row: TableRow, typed: RowReason) {
        self.row = row
        self.reason = ""
        self.group = "row-reason-\(typed.code)"
        self.typed = typed
    }
}

/// One part of a figure split by a dimension: 男 812, 英語 B1 240.
public struct BreakdownItem: Sendable, Equatable {
    public var label: String
    public var value: Double

    public init(_ label: String, _ value: Double) {
        self.label = label
        self.value = value
    }
}

/// A figure split one way (by sex, by type, by language and CEFR level).
public struct FigureBreakdown: Sendable, Equatable {
    public var dimension: String
    public var items: [BreakdownItem]

    public init(dimension: String, items: [BreakdownItem]) {
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
    /// How the rows were counted, in zh-Hant (the rule a visitor checks the rows against).
    public var rule: String
    /// The arithmetic when it is more than a count: 199 ÷ 500 × 100 = 39.8.
    public var calculation: String?
    public var breakdowns: [FigureBreakdown]
    public var counted: [CountedRow]
    public var excluded: [ExcludedRow]
    /// The files read, in period order.
    public var files: [TableFile]

    public init(measureID: String, year: Int, value: Double, rule: String, calculation: String? = nil,
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

    /// Excluded rows counted by rule, in order of first appearance: (丙級證照不採計, 37). A typed
    /// reason's group is its label key (`row-reason-co-investigator`), with `isLabelKey` set.
    public var exclusionsByGroup: [(group: String, isLabelKey: Bool, count: Int)] {
        var order: [String] = []
        var counts: [String: Int] = [:]
        var typed: Set<String> = []
        for row in excluded {
            if counts[row.group] == nil { order.append(row.group) }
            counts[row.group, default: 0] += 1
            if row.typed != nil { typed.insert(row.group) }
        }
        return order.map { ($0, typed.contains($0), counts[$0]!) }
    }

    /// The tables cited, e.g. ["4-2", "1-1"] for 生師比.
    public var tables: [String] {
        var seen: [String] = []
        for file in files where !seen.contains(file.schema.id) { seen.append(file.schema.id) }
        return seen
    }
}
