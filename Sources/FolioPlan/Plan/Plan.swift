import FolioCore

public enum Ownership: String, Sendable {
    case national
    case `private`
}

public struct School: Sendable {
    public var name: String
    public var nameEn: String
    public var ownership: Ownership

    public init(name: String, nameEn: String, ownership: Ownership) {
        self.name = name
        self.nameEn = nameEn
        self.ownership = ownership
    }
}

/// A school's plan for one phase: what it promises on each indicator.
public struct Plan: Sendable {
    public var school: School
    public var catalogID: String
    public var title: String
    public var titleEn: String
    public var baselineYear: Int
    /// The plan years in order (ROC years, e.g. 114, 115, 116).
    public var years: [Int]
    /// The date the plan's figures were taken as of (資料截止日), shown on every page and the plan PDF's cover.
    public var dataAsOf: RocDate?
    public var indicators: [IndicatorPlan]
    /// Where the plan's own settings are (school.yaml), for problems of the plan as a whole.
    public var location: SourceLocation
    /// Indicators whose file could not be read (by the number in its name, `01.yaml` → 1): its
    /// problems are reported already, so the indicator is not also reported missing.
    public var unreadIndicators: Set<Int> = []

    public init(school: School, catalogID: String, title: String, titleEn: String, baselineYear: Int,
                years: [Int], indicators: [IndicatorPlan], location: SourceLocation) {
        self.school = school
        self.catalogID = catalogID
        self.title = title
        self.titleEn = titleEn
        self.baselineYear = baselineYear
        self.years = years
        self.indicators = indicators
        self.location = location
    }

    public func indicator(_ number: Int) -> IndicatorPlan? {
        indicators.first { $0.number == number }
    }
}

/// The school's entries for one indicator (one file, e.g. content/indicators/01.yaml).
public struct IndicatorPlan: Sendable {
    public var number: Int
    public var sdgs: [Int]
    public var measures: [MeasurePlan]
    public var customMeasures: [CustomMeasure]
    public var location: SourceLocation

    public init(number: Int, sdgs: [Int], measures: [MeasurePlan], customMeasures: [CustomMeasure],
                location: SourceLocation) {
        self.number = number
        self.sdgs = sdgs
        self.measures = measures
        self.customMeasures = customMeasures
        self.location = location
    }

    public func measure(_ id: String) -> MeasurePlan? {
        measures.first { $0.id == id }
    }
}

/// The school's figures or narrative for one measure.
public struct MeasurePlan: Sendable {
    public var id: String
    public var responsibleUnit: String?
    public var baseline: Located<Double>?
    /// Year → target; `targetsLocation` is the `targets:` node, for a missing year.
    public var targets: [Int: Located<Double>]
    public var targetsLocation: SourceLocation?
    public var actuals: [Int: Located<Double>]
    /// Path of the Markdown narrative, relative to the content folder.
    public var narrative: Located<String>?
    public var location: SourceLocation
    /// Figures the plan owes but has not given yet (written 待填 in the content): the rules skip
    /// them and report each one as a placeholder instead.
    public var unfilled: [Located<FigureSlot>] = []
    /// True when the entry could not be read whole (a typo, a wrong type): the rules then skip it,
    /// so one mistake is reported once, not again as a missing baseline or target.
    public var isIncomplete: Bool

    public init(id: String, responsibleUnit: String? = nil, baseline: Located<Double>? = nil,
                targets: [Int: Located<Double>] = [:], targetsLocation: SourceLocation? = nil,
                actuals: [Int: Located<Double>] = [:], narrative: Located<String>? = nil,
                location: SourceLocation, isIncomplete: Bool = false) {
        self.id = id
        self.responsibleUnit = responsibleUnit
        self.baseline = baseline
        self.targets = targets
        self.targetsLocation = targetsLocation
        self.actuals = actuals
        self.narrative = narrative
        self.location = location
        self.isIncomplete = isIncomplete
    }

    public func isUnfilled(_ slot: FigureSlot) -> Bool {
        unfilled.contains { $0.value == slot }
    }
}

/// Where a measure's figure goes: its baseline or one plan year's target.
public enum FigureSlot: Hashable, Sendable {
    case baseline
    case target(year: Int)
}

/// The span a ratio or percentage is counted over (P3).
public enum CountingPeriod: String, Sendable {
    case academicYear = "academic-year"
    case calendarYear = "calendar-year"
}

/// 自訂衡量方式: a measure the school adds to an indicator (P2, P3).
public struct CustomMeasure: Sendable {
    public var name: String
    public var nameEn: String?
    public var unit: String
    public var direction: Direction
    public var definition: String?
    public var numerator: String?
    public var denominator: String?
    public var period: CountingPeriod?
    public var figures: MeasurePlan

    public init(name: String, nameEn: String?, unit: String, direction: Direction, definition: String?,
                numerator: String?, denominator: String?, period: CountingPeriod?, figures: MeasurePlan) {
        self.name = name
        self.nameEn = nameEn
        self.unit = unit
        self.direction = direction
        self.definition = definition
        self.numerator = numerator
        self.denominator = denominator
        self.period = period
        self.figures = figures
    }

    public var id: String { figures.id }
    public var location: SourceLocation { figures.location }

    /// Units that P3 treats as a ratio or percentage.
    public static let ratioUnits: Set<String> = ["%", "％", "比", "比率", "比例", "ratio"] // input vocabulary

    public var isRatio: Bool { CustomMeasure.ratioUnits.contains(unit) }
}
