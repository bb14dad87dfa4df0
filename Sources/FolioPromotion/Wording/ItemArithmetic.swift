import FolioCore
import Foundation

/// How one record of a rulebook item scores, by the item's measure.
public enum ItemArithmetic: Sendable, Hashable, Worded {
    /// One of an item scored per record: its points.
    case single(points: Points)
    /// Several: points × count.
    case each(points: Points, count: Points)
    /// Points per hour × hours.
    case perHour(points: Points, hours: Points)
    /// An "up to" item: what was granted, at most the cap.
    case upTo(granted: Points, cap: Points)
    /// Mentees in a band, and the band's points.
    case mentees(count: Int, points: Points)

    public var code: String {
        switch self {
        case .single: "single"
        case .each: "each"
        case .perHour: "per_hour"
        case .upTo: "up_to"
        case .mentees: "mentees"
        }
    }

    public var parameters: [String: WordingValue] {
        switch self {
        case .single(let points): ["points": .points(points)]
        case .each(let points, let count): ["points": .points(points), "count": .points(count)]
        case .perHour(let points, let hours): ["points": .points(points), "hours": .points(hours)]
        case .upTo(let granted, let cap): ["granted": .points(granted), "cap": .points(cap)]
        case .mentees(let count, let points): ["mentees": .count(count), "points": .points(points)]
        }
    }
}

/// The period an item's cap applies to: a semester, an academic year, or the whole window.
public enum ItemPeriod: Sendable, Hashable {
    case semester(Semester)
    case academicYear(Int)
    case whole
}

extension WordingValue {
    /// Points in language-neutral digits, at most two decimals: "25.62".
    static func points(_ value: Points) -> WordingValue { .number(value.pointsText) }
    /// A money amount with grouped thousands: "600,000".
    static func amount(_ value: Points) -> WordingValue { .number(value.amountText) }
    /// An optional part of a sentence: the nested label when present, nothing otherwise.
    static func part(_ key: String, _ parameters: [String: WordingValue]?) -> WordingValue {
        parameters.map { .worded(key: key, parameters: $0) } ?? .list([])
    }
    static func semester(_ semester: Semester) -> WordingValue { .semester(academicYear: semester.academicYear, term: semester.term) }
    static func rank(_ rank: Rank?) -> WordingValue { rank.map { .term("rank-\($0.rawValue)") } ?? .number("-") }
}
