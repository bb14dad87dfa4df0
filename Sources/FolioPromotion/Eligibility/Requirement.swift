import FolioCore
import Foundation

/// One condition of articles 3 to 5, evaluated: pass or fail, what was found and, when failing,
/// what is missing, as typed values the site words from its label files.
public struct Requirement: Sendable, Hashable {
    public enum Status: String, Sendable, Hashable, CaseIterable, Codable {
        case pass
        case fail
        /// The rule does not apply to this dossier (e.g. R-G3 for a new hire).
        case notApplicable = "not_applicable"
    }

    public var id: String
    /// Which condition (職級, 論文條件…): the label `requirement-<code>`.
    public var condition: RequirementCondition
    public var status: Status
    /// What was found, with the numbers (teaching 82.35 ≥ 70).
    public var finding: RequirementFinding
    /// When failing: what is missing, concretely.
    public var shortfall: RequirementShortfall?
    public var sources: [SourceLocation]
    /// Paper conditions: every alternative, evaluated.
    public var alternatives: [AlternativeResult]

    public init(id: String, condition: RequirementCondition, status: Status, finding: RequirementFinding,
                shortfall: RequirementShortfall? = nil, sources: [SourceLocation] = [], alternatives: [AlternativeResult] = []) {
        self.id = id
        self.condition = condition
        self.status = status
        self.finding = finding
        self.shortfall = status == .fail ? shortfall : nil
        self.sources = sources
        self.alternatives = alternatives
    }

    static func notApplicable(_ id: String, _ condition: RequirementCondition, _ why: RequirementFinding) -> Requirement {
        Requirement(id: id, condition: condition, status: .notApplicable, finding: why)
    }

    /// "value ≥ minimum", failing with the points short.
    static func minimum(_ id: String, _ condition: RequirementCondition, value: Points, minimum: Points, measure: ScoreMeasure,
                        sources: [SourceLocation] = []) -> Requirement {
        let pass = value >= minimum
        return Requirement(id: id, condition: condition, status: pass ? .pass : .fail,
                           finding: pass ? .atLeast(measure: measure, value: value, minimum: minimum)
                               : .below(measure: measure, value: value, minimum: minimum),
                           shortfall: .pointsShort(measure: measure, points: minimum - value), sources: sources)
    }
}

/// What a minimum compares (R-G2 mean, R-G3, R-G4, R-G5): the label `requirement-measure-<rawValue>`.
public enum ScoreMeasure: String, Sendable, Hashable, CaseIterable {
    case teaching
    case service
    case research
    case externalReviewMean = "external_review_mean"

    public var term: WordingValue { .term("requirement-measure-\(rawValue.hyphenated)") }
}
