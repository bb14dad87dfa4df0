import FolioCore
import Foundation

/// One condition of articles 3 to 5, evaluated: pass or fail, and when failing what is missing.
public struct Requirement: Sendable, Hashable {
    public enum Status: String, Sendable, Hashable, Codable {
        case pass
        case fail
        /// The rule does not apply to this dossier (e.g. R-G3 for a new hire).
        case notApplicable = "not_applicable"

        public var label: String {
            switch self {
            case .pass: "通過"
            case .fail: "未通過"
            case .notApplicable: "不適用"
            }
        }
    }

    public var id: String
    public var label: String
    public var status: Status
    /// What was found, with the numbers ("教學計分 82.35 ≥ 70").
    public var detail: String
    /// When failing: what is missing, concretely, in zh-Hant and English.
    public var shortfall: String?
    public var shortfallEnglish: String?
    public var sources: [SourceLocation]
    /// Paper conditions: every alternative, evaluated.
    public var alternatives: [AlternativeResult]
    /// The finding as a type, for requirements whose wording comes from the label files.
    public var finding: RequirementFinding?

    public init(id: String, label: String, status: Status, detail: String, shortfall: String? = nil,
                shortfallEnglish: String? = nil, sources: [SourceLocation] = [], alternatives: [AlternativeResult] = [],
                finding: RequirementFinding? = nil) {
        self.id = id
        self.label = label
        self.status = status
        self.detail = detail
        self.shortfall = status == .fail ? shortfall : nil
        self.shortfallEnglish = status == .fail ? shortfallEnglish : nil
        self.sources = sources
        self.alternatives = alternatives
        self.finding = finding
    }

    static func notApplicable(_ id: String, _ label: String, _ why: String) -> Requirement {
        Requirement(id: id, label: label, status: .notApplicable, detail: why)
    }

    /// "value ≥ minimum", failing with the points short.
    static func minimum(_ id: String, _ label: String, value: Points, minimum: Points, what: String, whatEnglish: String,
                        sources: [SourceLocation] = []) -> Requirement {
        let pass = value >= minimum
        let short = minimum - value
        return Requirement(id: id, label: label, status: pass ? .pass : .fail,
                           detail: "\(what) \(value.pointsText) \(pass ? "≥" : "<") \(minimum.pointsText)",
                           shortfall: "\(what)尚差 \(short.pointsText) 分", shortfallEnglish: "\(short.pointsText) \(whatEnglish) points short",
                           sources: sources)
    }
}

/// One alternative of a paper condition ("5 篇，其中 3 篇排名前 20%"), evaluated.
public struct AlternativeResult: Sendable, Hashable {
    public var rule: String
    public var description: String
    public var descriptionEnglish: String
    public var available: Bool
    /// Why the alternative cannot be used (R-P7, secondment too short…).
    public var unavailableBecause: String?
    public var pass: Bool
    public var have: String
    /// Papers still missing (0 when passing).
    public var missing: Int
    public var shortfall: String?
    public var shortfallEnglish: String?
}
