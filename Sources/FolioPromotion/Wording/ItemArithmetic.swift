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
        case .single(let points): ["points": .figurePoints(points)]
        case .each(let points, let count): ["points": .figurePoints(points), "count": .figurePoints(count)]
        case .perHour(let points, let hours): ["points": .figurePoints(points), "hours": .figurePoints(hours)]
        case .upTo(let granted, let cap): ["granted": .figurePoints(granted), "cap": .figurePoints(cap)]
        case .mentees(let count, let points): ["mentees": .count(count), "points": .figurePoints(points)]
        }
    }
}

/// The period an item's cap applies to: a semester, an academic year, or the whole window.
public enum ItemPeriod: Sendable, Hashable {
    case semester(Semester)
    case academicYear(Int)
    case whole
}
