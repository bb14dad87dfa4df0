import FolioCore
import Foundation

/// Article 6 §1 and forms 附表一, 附表二: six indicators, each capped, each weighted.
public struct TeachingRules: Sendable, Hashable {
    public var indicators: [TeachingIndicatorRule]
    public var ability: [AbilityDimension]
    public var evaluation: EvaluationRules
    public var growth: GrowthRules
    public var special: SpecialRules
    public var admin: AdminRules
    public var college: CollegeRules
    /// "以近 6 學期為統計基準".
    public var recentSemesters: Int
    /// Bounds every weight must lie in ("不得低於 10%或大於 30%").
    public var weightMinimum: Points
    public var weightMaximum: Points

    public init(indicators: [TeachingIndicatorRule], ability: [AbilityDimension], evaluation: EvaluationRules,
                growth: GrowthRules, special: SpecialRules, admin: AdminRules, college: CollegeRules,
                recentSemesters: Int, weightMinimum: Points, weightMaximum: Points) {
        self.indicators = indicators
        self.ability = ability
        self.evaluation = evaluation
        self.growth = growth
        self.special = special
        self.admin = admin
        self.college = college
        self.recentSemesters = recentSemesters
        self.weightMinimum = weightMinimum
        self.weightMaximum = weightMaximum
    }

    public func indicator(_ kind: TeachingIndicator) -> TeachingIndicatorRule? {
        indicators.first { $0.kind == kind }
    }

    /// The R-T6 items the rulebook marks `every_semester`: one record per semester of the window.
    public var everySemesterItems: [ItemRule] { college.items.filter(\.everySemester) }
}

public enum TeachingIndicator: String, Sendable, Hashable, CaseIterable, Codable {
    case ability, evaluation, growth, special, admin, college

    public var rule: String {
        switch self {
        case .ability: "R-T1"
        case .evaluation: "R-T2"
        case .growth: "R-T3"
        case .special: "R-T4"
        case .admin: "R-T5"
        case .college: "R-T6"
        }
    }
}

public struct TeachingIndicatorRule: Sendable, Hashable {
    public var kind: TeachingIndicator
    public var label: String
    public var labelEnglish: String?
    /// Percent, e.g. 20 for 20%.
    public var weightPercent: Points
    public var cap: Points
    public var location: SourceLocation

    public init(kind: TeachingIndicator, label: String, weightPercent: Points, cap: Points, labelEnglish: String? = nil,
                location: SourceLocation = .file("rulebook")) {
        self.kind = kind
        self.label = label
        self.labelEnglish = labelEnglish
        self.weightPercent = weightPercent
        self.cap = cap
        self.location = location
    }

    /// The label in both languages, for wording (`.named(x.name)`).
    public var name: LocalizedText { LocalizedText(label, english: labelEnglish) }
}

/// One dimension of 附表二: checklist items answered yes add their points, up to the cap.
public struct AbilityDimension: Sendable, Hashable {
    public var id: String
    public var label: String
    public var labelEnglish: String?
    public var cap: Points
    public var items: [AbilityItem]
    public var location: SourceLocation

    public init(id: String, label: String, cap: Points, items: [AbilityItem], labelEnglish: String? = nil,
                location: SourceLocation = .file("rulebook")) {
        self.id = id
        self.label = label
        self.labelEnglish = labelEnglish
        self.cap = cap
        self.items = items
        self.location = location
    }

    /// The label in both languages, for wording (`.named(x.name)`).
    public var name: LocalizedText { LocalizedText(label, english: labelEnglish) }
}

public struct AbilityItem: Sendable, Hashable {
    /// 1-based number of the item within its dimension, as printed on 附表二.
    public var number: Int
    public var label: String
    public var labelEnglish: String?
    public var points: Points

    public init(number: Int, label: String, points: Points, labelEnglish: String? = nil) {
        self.number = number
        self.label = label
        self.labelEnglish = labelEnglish
        self.points = points
    }

    /// The label in both languages, for wording (`.named(x.name)`).
    public var name: LocalizedText { LocalizedText(label, english: labelEnglish) }
}

/// R-T2: a semester's valid weighted average scores by the scale of its academic year.
public struct EvaluationRules: Sendable, Hashable {
    public var scales: [EvaluationScale]

    public init(scales: [EvaluationScale]) { self.scales = scales }

    public func scale(for academicYear: Int) -> EvaluationScale? {
        scales.first { scale in
            (scale.fromAcademicYear.map { academicYear >= $0 } ?? true)
                && (scale.throughAcademicYear.map { academicYear <= $0 } ?? true)
        }
    }
}

public struct EvaluationScale: Sendable, Hashable {
    public var label: String
    public var labelEnglish: String?
    public var fromAcademicYear: Int?
    public var throughAcademicYear: Int?
    /// Highest minimum first is not required; the best band reached wins.
    public var bands: [ScoreBand]
    public var maximumAverage: Points
    public var location: SourceLocation

    public init(label: String, fromAcademicYear: Int?, throughAcademicYear: Int?, bands: [ScoreBand],
                maximumAverage: Points, labelEnglish: String? = nil, location: SourceLocation = .file("rulebook")) {
        self.label = label
        self.labelEnglish = labelEnglish
        self.fromAcademicYear = fromAcademicYear
        self.throughAcademicYear = throughAcademicYear
        self.bands = bands
        self.maximumAverage = maximumAverage
        self.location = location
    }

    public func band(for average: Points) -> ScoreBand? {
        bands.filter { average >= $0.atLeast }.max { $0.atLeast < $1.atLeast }
    }

    /// The label in both languages, for wording (`.named(x.name)`).
    public var name: LocalizedText { LocalizedText(label, english: labelEnglish) }

}

/// "at least X → N points".
public struct ScoreBand: Sendable, Hashable {
    public var atLeast: Points
    public var points: Points

    public init(atLeast: Points, points: Points) {
        self.atLeast = atLeast
        self.points = points
    }
}

/// R-T3: growth-activity points as a multiple of the required base, and teaching communities.
public struct GrowthRules: Sendable, Hashable {
    /// Multiples of the base ("3 倍以上 → 13"); the highest reached wins.
    public var multiples: [ScoreBand]
    /// Participated but below the base ("未達規定之基本分數 → −6").
    public var belowBase: Points
    /// Never participated in the semester ("未曾參與 → −12").
    public var none: Points
    /// Teaching communities: convener, member, "每次 … 為上限".
    public var items: [ItemRule]

    public init(multiples: [ScoreBand], belowBase: Points, none: Points, items: [ItemRule]) {
        self.multiples = multiples
        self.belowBase = belowBase
        self.none = none
        self.items = items
    }
}

/// R-T4: special teaching performance in the last 5 years since reaching the previous rank.
public struct SpecialRules: Sendable, Hashable {
    public var windowYears: Int
    public var items: [ItemRule]
    /// School-level teaching plans recognised by the note (註); the 2020 amendment adds USR.
    public var plans: [NamedEntry]

    public init(windowYears: Int, items: [ItemRule], plans: [NamedEntry]) {
        self.windowYears = windowYears
        self.items = items
        self.plans = plans
    }
}

public struct NamedEntry: Sendable, Hashable {
    public var id: String
    public var label: String
    public var labelEnglish: String?

    public init(id: String, label: String, labelEnglish: String? = nil) {
        self.id = id
        self.label = label
        self.labelEnglish = labelEnglish
    }

    /// The label in both languages, for wording (`.named(x.name)`).
    public var name: LocalizedText { LocalizedText(label, english: labelEnglish) }
}

/// R-T5: per semester, on time or late for syllabus and grades, and grade corrections.
public struct AdminRules: Sendable, Hashable {
    public var syllabusOnTime: Points
    public var syllabusLate: Points
    public var gradesOnTime: Points
    public var gradesLate: Points
    public var gradeCorrection: Points

    public init(syllabusOnTime: Points, syllabusLate: Points, gradesOnTime: Points, gradesLate: Points, gradeCorrection: Points) {
        self.syllabusOnTime = syllabusOnTime
        self.syllabusLate = syllabusLate
        self.gradesOnTime = gradesOnTime
        self.gradesLate = gradesLate
        self.gradeCorrection = gradeCorrection
    }
}

/// R-T6: the college's own teaching items.
public struct CollegeRules: Sendable, Hashable {
    public var items: [ItemRule]

    public init(items: [ItemRule]) { self.items = items }
}
