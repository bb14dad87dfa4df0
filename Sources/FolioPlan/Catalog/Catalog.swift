import FolioCore

/// The ministry's common performance indicators for one plan phase, as a versioned data file states them.
public struct Catalog: Sendable {
    public var id: String
    public var title: String
    public var titleEn: String
    public var phase: String
    /// "Phase 2"; nil where the catalog was loaded without requiring English.
    public var phaseEnglish: String?
    public var firstYear: Int
    public var lastYear: Int
    public var sections: [CatalogSection]
    public var indicators: [Indicator]

    public init(id: String, title: String, titleEn: String, phase: String, phaseEnglish: String? = nil, firstYear: Int,
                lastYear: Int, sections: [CatalogSection], indicators: [Indicator]) {
        self.id = id
        self.title = title
        self.titleEn = titleEn
        self.phase = phase
        self.phaseEnglish = phaseEnglish
        self.firstYear = firstYear
        self.lastYear = lastYear
        self.sections = sections
        self.indicators = indicators
    }

    public var titleText: LocalizedText { LocalizedText(title, english: titleEn) }
    public var phaseText: LocalizedText { LocalizedText(phase, english: phaseEnglish) }

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

    public var nameText: LocalizedText { LocalizedText(name, english: nameEn) }
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
    /// The English of `policyGoal`, `strategies` and `measurement`, paragraph for paragraph;
    /// nil where the catalog was loaded without requiring English.
    public var policyGoalEnglish: [String]?
    public var strategiesEnglish: [String]?
    public var measurementEnglish: [String]?
    public var measures: [CatalogMeasure]
    public var location: SourceLocation

    public init(number: Int, section: Int, name: String, nameEn: String, nationalOnly: Bool,
                customMeasuresAllowed: Bool, policyGoal: [String], strategies: [String],
                measurement: [String], policyGoalEnglish: [String]? = nil, strategiesEnglish: [String]? = nil,
                measurementEnglish: [String]? = nil, measures: [CatalogMeasure], location: SourceLocation) {
        self.number = number
        self.section = section
        self.name = name
        self.nameEn = nameEn
        self.nationalOnly = nationalOnly
        self.customMeasuresAllowed = customMeasuresAllowed
        self.policyGoal = policyGoal
        self.strategies = strategies
        self.measurement = measurement
        self.policyGoalEnglish = policyGoalEnglish
        self.strategiesEnglish = strategiesEnglish
        self.measurementEnglish = measurementEnglish
        self.measures = measures
        self.location = location
    }

    public var quantitativeMeasures: [CatalogMeasure] { measures.filter { $0.kind == .quantitative } }

    public var nameText: LocalizedText { LocalizedText(name, english: nameEn) }
    /// `nameEn` under the name the other English fields follow.
    public var nameEnglish: String { nameEn }
    public var policyGoalText: [LocalizedText] { LocalizedText.paragraphs(policyGoal, english: policyGoalEnglish) }
    public var strategiesText: [LocalizedText] { LocalizedText.paragraphs(strategies, english: strategiesEnglish) }
    public var measurementText: [LocalizedText] { LocalizedText.paragraphs(measurement, english: measurementEnglish) }
}

extension LocalizedText {
    /// Paragraphs paired with their translations; without a translation of the same length, none is paired.
    static func paragraphs(_ chinese: [String], english: [String]?) -> [LocalizedText] {
        let english = english?.count == chinese.count ? english : nil
        return chinese.enumerated().map { LocalizedText($0.element, english: english?[$0.offset]) }
    }
}
