import FolioCore

/// How a computed measure counts its rows: the rule a visitor checks the rows against. Its whole
/// text is in the label files (`plan-rule-<measure id>`, both languages), so a school rewords a
/// rule without touching Swift; the measure computations name it by the measure.
public struct CountingRule: Worded, Hashable {
    public var measureID: String

    public init(_ measureID: String) { self.measureID = measureID }

    public var code: String { measureID }
    public var parameters: [String: WordingValue] { [:] }
}
