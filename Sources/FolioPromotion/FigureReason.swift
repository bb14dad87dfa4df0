import FolioCore
import Foundation

/// Why a figure has its value, as a type: the site words it from its label files, so the
/// domain builds no sentence for it.
public enum FigureReason: Sendable, Hashable, Worded {
    /// R-T3 第 6 目「未曾參與教師成長系列活動者 每學期扣減 12 分」: a semester with 0 points.
    case growthNoParticipation
    /// R-T3 第 5 目「參與教師成長系列活動未達規定之基本分數者 每學期扣減 6 分」.
    case growthBelowBase
    /// The semester is listed under `excluded_semesters` and scores nothing (I-14).
    case semesterExcluded(ExcludedSemester.Reason)
    /// A dated record of the full publication list (著作目錄) before its window of `years` years
    /// (`from`–`to`, with any R-G6 extension): listed, not counted.
    case outsideWindow(years: Int, from: RocDate, to: RocDate)
    /// A per-semester record before 「近 N 學期」 (`first`–`last`): listed, not counted.
    case outsideSemesters(count: Int, first: Semester, last: Semester)
    /// A service year before the last `count` academic years (`first`–`last`): listed, not counted.
    case outsideAcademicYears(count: Int, first: Int, last: Int)
    /// I-9: an industry project could stand in for one grant, but the count would still be
    /// `withStandIn` of `required`; it is not used, and stays in R-R8.
    case standInWouldNotSuffice(withStandIn: Int, required: Int)

    /// A stable id for programs and label keys: `growth_no_participation`, `excluded.study_abroad`.
    public var code: String {
        switch self {
        case .growthNoParticipation: "growth_no_participation"
        case .growthBelowBase: "growth_below_base"
        case .semesterExcluded(let reason): "excluded.\(reason.rawValue)"
        case .outsideWindow: "outside_window"
        case .outsideSemesters: "outside_semesters"
        case .outsideAcademicYears: "outside_academic_years"
        case .standInWouldNotSuffice: "stand_in_would_not_suffice"
        }
    }

    /// The reason's parameters, typed: the site words them, `--json` carries them.
    public var parameters: [String: WordingValue] {
        switch self {
        case .growthNoParticipation, .growthBelowBase: [:]
        case .semesterExcluded(let reason): ["reason": .term("excluded-reason-\(reason.rawValue)")]
        case .outsideWindow(let years, let from, let to): ["years": .count(years), "from": .date(from), "to": .date(to)]
        case .outsideSemesters(let count, let first, let last): ["count": .count(count), "first": .figureSemester(first), "last": .figureSemester(last)]
        case .outsideAcademicYears(let count, let first, let last):
            ["count": .count(count), "first": .number(String(first)), "last": .number(String(last))]
        case .standInWouldNotSuffice(let withStandIn, let required): ["with_stand_in": .count(withStandIn), "required": .count(required)]
        }
    }

    /// Whether the record is listed only, outside its window.
    public var isOutsideWindow: Bool {
        switch self {
        case .outsideWindow, .outsideSemesters, .outsideAcademicYears: true
        default: false
        }
    }
}
