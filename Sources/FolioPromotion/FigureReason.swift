import Foundation

/// Why a figure has its value, as a type: the site words it from its label files, so the
/// domain builds no sentence for it.
public enum FigureReason: Sendable, Hashable {
    /// R-T3 第 6 目「未曾參與教師成長系列活動者 每學期扣減 12 分」: a semester with 0 points.
    case growthNoParticipation
    /// R-T3 第 5 目「參與教師成長系列活動未達規定之基本分數者 每學期扣減 6 分」.
    case growthBelowBase
    /// The semester is listed under `excluded_semesters` and scores nothing (I-14).
    case semesterExcluded(ExcludedSemester.Reason)

    /// A stable id for programs and label keys: `growth_no_participation`, `excluded.study_abroad`.
    public var code: String {
        switch self {
        case .growthNoParticipation: "growth_no_participation"
        case .growthBelowBase: "growth_below_base"
        case .semesterExcluded(let reason): "excluded.\(reason.rawValue)"
        }
    }
}
