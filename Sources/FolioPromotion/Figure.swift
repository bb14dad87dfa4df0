import FolioCore
import Foundation

/// A number the committee will read, with where it came from: the rule that produced it,
/// the input records it was computed from, and a zh-Hant explanation of the arithmetic.
public struct Figure: Sendable, Hashable {
    public var value: Points
    /// Rule ids, e.g. ["R-R1", "I-2"]: the article(s) and interpretation(s) a member can check.
    public var rules: [String]
    public var sources: [SourceLocation]
    /// The arithmetic in words, e.g. "前10%，第一作者 30 × 原著 3 = 90".
    public var explanation: String
    /// Why the value is what it is, when the reader needs telling (a −12 for no participation).
    public var reason: FigureReason?

    public init(_ value: Points, rules: [String], sources: [SourceLocation] = [], _ explanation: String, reason: FigureReason? = nil) {
        self.value = value
        self.rules = rules
        self.sources = sources
        self.explanation = explanation
        self.reason = reason
    }

    public var ruleText: String { rules.joined(separator: ", ") }
    public var sourceText: String { sources.map(\.fileAndLine).joined(separator: ", ") }
}
