import FolioCore
import Foundation

/// The promotion engine's shorthands for typed parameters: points and amounts in language-neutral
/// digits, an optional part of a sentence, a semester, a rank.
extension WordingValue {
    /// Points in language-neutral digits, at most two decimals: "25.62".
    static func figurePoints(_ value: Points) -> WordingValue { .number(value.pointsText) }
    /// A money amount with grouped thousands: "600,000".
    static func figureAmount(_ value: Points) -> WordingValue { .number(value.amountText) }
    /// An optional part of a sentence: the nested label when present, nothing otherwise.
    static func optionalPart(_ key: String, _ parameters: [String: WordingValue]?) -> WordingValue {
        parameters.map { .worded(key: key, parameters: $0) } ?? .list([])
    }
    static func figureSemester(_ semester: Semester) -> WordingValue { .semester(academicYear: semester.academicYear, term: semester.term) }
    static func figureRank(_ rank: Rank?) -> WordingValue { rank.map { .term("rank-\($0.rawValue)") } ?? .number("-") }
}
