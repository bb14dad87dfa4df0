import FolioCore
import Foundation

/// Which condition of articles 3 to 5 a requirement checks: its name on the pages, worded from
/// `requirement-<code>` (職級, 論文條件（自然生物醫學科學類，教授）…).
public enum RequirementCondition: Worded, Hashable {
    case rank
    case paperConditions(category: ResearchCategory, rank: Rank)
    case representativeWork
    case teachingScore
    case serviceScore
    case researchScore
    case grants
    case teachingHours
    case externalReview
    case physicianDegree

    public var code: String {
        switch self {
        case .rank: "rank"
        case .paperConditions: "paper_conditions"
        case .representativeWork: "representative_work"
        case .teachingScore: "teaching_score"
        case .serviceScore: "service_score"
        case .researchScore: "research_score"
        case .grants: "grants"
        case .teachingHours: "teaching_hours"
        case .externalReview: "external_review"
        case .physicianDegree: "physician_degree"
        }
    }

    public var parameters: [String: WordingValue] {
        switch self {
        case .paperConditions(let category, let rank): ["category": category.term, "rank": rank.term]
        default: [:]
        }
    }

    /// The condition named without its parameters, for a column shared by dossiers of different
    /// categories (論文條件): the label `requirement-<code>-column`.
    public var columnKey: String { labelKey(prefix: "requirement") + "-column" }

    public static let examples: [RequirementCondition] = [
        .rank, .paperConditions(category: .naturalBiomedical, rank: .professor), .representativeWork, .teachingScore,
        .serviceScore, .researchScore, .grants, .teachingHours, .externalReview, .physicianDegree,
    ]
}

extension Rank {
    /// The rank as a term of the label files: `rank-<rawValue>`.
    public var term: WordingValue { .term("rank-\(rawValue)") }
}

extension ApplicationKind {
    public var term: WordingValue { .term("kind-\(rawValue)") }

    /// "升等教授", "promotion to Professor": the application as a phrase inside a sentence.
    public func applying(_ rank: Rank) -> WordingValue {
        .worded(key: "requirement-applying-\(rawValue)", parameters: ["kind": term, "rank": rank.term])
    }
}

extension ResearchCategory {
    public var term: WordingValue { .term("category-\(rawValue)") }
}

extension DegreeLevel {
    public var term: WordingValue { .term("degree-\(rawValue)") }
}

extension Requirement.Status {
    public var term: WordingValue { .term("status-\(rawValue)") }
}

extension Points {
    /// A score or count in language-neutral digits (25.62).
    var asNumber: WordingValue { .number(pointsText) }
}

extension WordingValue {
    /// Values joined by a label of two parts, `{first}…{rest}` ("A或B或C", "A; B"): for the lists a
    /// language joins with its own word rather than the list separator.
    static func joined(_ values: [WordingValue], by key: String) -> WordingValue {
        guard let first = values.first else { return .list([]) }
        guard values.count > 1 else { return first }
        return .worded(key: key, parameters: ["first": first, "rest": joined(Array(values.dropFirst()), by: key)])
    }

    /// A title in quotation marks (「…」, “…”).
    static func quotedTitle(_ title: String) -> WordingValue {
        .worded(key: "requirement-quoted", parameters: ["title": .text(title)])
    }

    static func yearList(_ years: [Int]) -> WordingValue { .list(years.map { .number(String($0)) }) }
    static func pointList(_ points: [Points]) -> WordingValue { .list(points.map(\.asNumber)) }
}
