import FolioCore

/// The ministry's common performance indicators for one plan phase, as a versioned data file states them.
public struct Catalog: Sendable {
    public var id: String
    public var title: String
    public var titleEn: String
    public var phase: String
    public var firstYear: Int
    public var lastYear: Int
    public var sections: [CatalogSection]
    public var indicators: [Indicator]

    public init(id: String, title: String, titleEn: String, phase: String, firstYear: Int, lastYear: Int,
                sections: [CatalogSection], indicators: [Indicator]) {
        self.id = id
        self.title = title
        self.titleEn = titleEn
        self.phase = phase
        self.firstYear = firstYear
        self.lastYear = lastYear
        self.sections = sections
        self.indicators = indicators
    }

    public func indicator(_ number: Int) -> Indicator? {
        indicators.first { $0.number == number }
    }

    public func section(_ id: Int) -> CatalogSection? {
        sections.first { $0.id == id }
    }

    public func measure(_ id: String) -> CatalogMeasure? {
        for indicator in indicators {
            if let measure = indicator.measures.first(where: { $0.id == id }) { return measure }
        }
        return nil
    }
}

/// 面向: one of the four parts the indicators are grouped in (一、教學創新精進 …).
public struct CatalogSection: Sendable, Hashable {
    public var id: Int
    public var name: String
    public var nameEn: String

    public init(id: Int, name: String, nameEn: String) {
        self.id = id
        self.name = name
        self.nameEn = nameEn
    }
}

public struct Indicator: Sendable {
    public var number: Int
    public var section: Int
    public var name: String
    public var nameEn: String
    /// Indicator 12 is for national schools only (P4): a private school's plan omits it.
    public var nationalOnly: Bool
    /// False for indicator 15 (IR), which admits no custom measures (P2).
    public var customMeasuresAllowed: Bool
    public var policyGoal: [String]
    public var strategies: [String]
    public var measurement: [String]
    public var measures: [CatalogMeasure]
    public var location: SourceLocation

    public init(number: Int, section: Int, name: String, nameEn: String, nationalOnly: Bool,
                customMeasuresAllowed: Bool, policyGoal: [String], strategies: [String],
                measurement: [String], measures: [CatalogMeasure], location: SourceLocation) {
        self.number = number
        self.section = section
        self.name = name
        self.nameEn = nameEn
        self.nationalOnly = nationalOnly
        self.customMeasuresAllowed = customMeasuresAllowed
        self.policyGoal = policyGoal
        self.strategies = strategies
        self.measurement = measurement
        self.measures = measures
        self.location = location
    }

    public var quantitativeMeasures: [CatalogMeasure] { measures.filter { $0.kind == .quantitative } }
}
