import FolioCore
import Foundation

/// A number the committee will read, with where it came from: the rule that produced it,
/// the input records it was computed from, and its arithmetic as a typed value the site words.
public struct Figure: Sendable, Hashable {
    public var value: Points
    /// Rule ids, e.g. ["R-R1", "I-2"]: the article(s) and interpretation(s) a member can check.
    public var rules: [String]
    public var sources: [SourceLocation]
    /// The arithmetic, typed: `.paper(base: …, type: .original, multiplier: 3, …)` reads
    /// "前10% 第一或通訊作者 30 × 原著 3 = 90" or "Top 10%, first or corresponding author 30 × original 3 = 90".
    public var explanation: FigureExplanation
    /// Why the value is what it is, when the reader needs telling (a −12 for no participation).
    public var reason: FigureReason?

    public init(_ value: Points, rules: [String], sources: [SourceLocation] = [], _ explanation: FigureExplanation, reason: FigureReason? = nil) {
        self.value = value
        self.rules = rules
        self.sources = sources
        self.explanation = explanation
        self.reason = reason
    }

    public var ruleText: String { rules.joined(separator: ", ") }
    public var sourceText: String { sources.map(\.fileAndLine).joined(separator: ", ") }
}
