import FolioCore

/// The span a table export covers, as the school-database files it: a semester (114-1),
/// an academic year (114學年度) or a calendar year (114年度).
///
/// Every period belongs to one plan year: semesters N-1 and N-2 and 學年度 N to plan year N
/// (academic year N runs 1 August of ROC N to 31 July of N+1), 年度 N to plan year N (January–December).
public enum ReportingPeriod: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// Term 1 runs August–January, term 2 February–July.
    case semester(year: Int, term: Int)
    case academicYear(Int)
    case calendarYear(Int)

    /// Reads `114-1`, `114-2`, `114學年度` or `114年度`; nil for anything else.
    public init?(parsing raw: String) {
        let text = raw.trimmingCharacters(in: .whitespaces)
        if text.hasSuffix("學年度"), let year = Int(text.dropLast(3)), year > 0 { // input vocabulary
            self = .academicYear(year)
        } else if text.hasSuffix("年度"), let year = Int(text.dropLast(2)), year > 0 { // input vocabulary
            self = .calendarYear(year)
        } else {
            let parts = text.split(separator: "-", omittingEmptySubsequences: false)
            guard parts.count == 2, let year = Int(parts[0]), year > 0, let term = Int(parts[1]), term == 1 || term == 2 else { return nil }
            self = .semester(year: year, term: term)
        }
    }

    /// The plan year whose actual this period's rows count towards.
    public var planYear: Int {
        switch self {
        case .semester(let year, _), .academicYear(let year), .calendarYear(let year): return year
        }
    }

    /// `114-1`, `114學年度`, `114年度`: how the planning office writes it.
    public var description: String {
        switch self {
        case .semester(let year, let term): return "\(year)-\(term)"
        case .academicYear(let year): return "\(year)學年度" // input vocabulary
        case .calendarYear(let year): return "\(year)年度" // input vocabulary
        }
    }

    /// The first and last day of the period.
    public var dates: ClosedRange<RocDate> {
        switch self {
        case .semester(let year, 1):
            return RocDate(rocYear: year, month: 8, day: 1)!...RocDate(rocYear: year + 1, month: 1, day: 31)!
        case .semester(let year, _):
            let end = RocDate(rocYear: year + 1, month: 7, day: 31)!
            return RocDate(rocYear: year + 1, month: 2, day: 1)!...end
        case .academicYear(let year):
            return RocDate(rocYear: year, month: 8, day: 1)!...RocDate(rocYear: year + 1, month: 7, day: 31)!
        case .calendarYear(let year):
            return RocDate(rocYear: year, month: 1, day: 1)!...RocDate(rocYear: year, month: 12, day: 31)!
        }
    }

    private var sortKey: (Int, Int) {
        switch self {
        case .semester(let year, let term): return (year, term)
        case .academicYear(let year): return (year, 0)
        case .calendarYear(let year): return (year, 3)
        }
    }

    public static func < (a: ReportingPeriod, b: ReportingPeriod) -> Bool { a.sortKey < b.sortKey }
}
