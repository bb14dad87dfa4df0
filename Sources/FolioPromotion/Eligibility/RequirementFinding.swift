import Foundation

/// What a requirement found, as a type: the site words it from its label files (detail and, when
/// failing, what is missing), so the domain builds no sentence for it.
public enum RequirementFinding: Sendable, Hashable {
    /// R-G2 as the university's form reads it: `reviewers` reviewers, at least `mustPass` of them at
    /// or above `passMark`; `returned` marks are in, `passing` of them at or above the mark.
    case externalReviewPanel(passing: Int, returned: Int, reviewers: Int, mustPass: Int, passMark: Points)

    /// A stable id for programs and label keys.
    public var code: String {
        switch self {
        case .externalReviewPanel: "external_review_panel"
        }
    }

    /// The finding's parameters as text, for programs (`--json`) and for filling label templates.
    public var parameters: [String: String] {
        switch self {
        case .externalReviewPanel(let passing, let returned, let reviewers, let mustPass, let passMark):
            let stillNeeded = max(mustPass - passing, 0)
            return ["passing": "\(passing)", "returned": "\(returned)", "reviewers": "\(reviewers)", "must_pass": "\(mustPass)",
                    "pass_mark": passMark.pointsText, "still_needed": "\(stillNeeded)", "outstanding": "\(max(reviewers - returned, 0))"]
        }
    }
}
