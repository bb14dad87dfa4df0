import FolioCore

public enum MeasureKind: String, Sendable {
    /// Has a baseline, yearly targets and actuals.
    case quantitative
    /// （質）: the school writes a narrative; there is no number.
    case qualitative
}

/// Which way a measure improves. 生師比 (8-1) is the ministry's one lower-is-better measure.
public enum Direction: String, Sendable {
    case higher
    case lower
}

/// A dimension a measure is reported in (分男女呈現, by CEFR level…).
public enum Breakdown: String, Sendable, CaseIterable {
    case sex
    case crossDomainType = "cross_domain_type"
    case cefrLevel = "cefr_level"
    case languageGroup = "language_group"
}

/// A ministry measure (部定衡量方式) as the catalog defines it.
public struct CatalogMeasure: Sendable {
    public var id: String
    public var name: String
    public var nameEn: String
    public var kind: MeasureKind
    public var unit: String?
    public var direction: Direction?
    public var source: String
    /// The school-database table the figure comes from (e.g. "4-8-2"), when there is one.
    public var sourceTable: String?
    public var breakdowns: [Breakdown]
    /// What the ministry does not count (丙級 certificates; 客語, 華語… for CEFR).
    public var excludes: [String]
    public var note: String?
    /// Decimals the measure's rule states (8-1 生師比: 2, so 23.40): figures show exactly these.
    /// Nil: as many as the figure has, at most two.
    public var decimals: Int?
    public var location: SourceLocation

    public init(id: String, name: String, nameEn: String, kind: MeasureKind, unit: String?,
                direction: Direction?, source: String, sourceTable: String?, breakdowns: [Breakdown],
                excludes: [String], note: String?, decimals: Int? = nil, location: SourceLocation) {
        self.id = id
        self.name = name
        self.nameEn = nameEn
        self.kind = kind
        self.unit = unit
        self.direction = direction
        self.source = source
        self.sourceTable = sourceTable
        self.breakdowns = breakdowns
        self.excludes = excludes
        self.note = note
        self.decimals = decimals
        self.location = location
    }
}
