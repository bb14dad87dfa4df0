import FolioCore

extension ReportingPeriod {
    /// The period for a page: zh-Hant as the planning office writes it (114-1, 114學年度, 114年度),
    /// English with the Gregorian years (labels `plan-period-<kind>`).
    public var wording: WordingValue {
        switch self {
        case .semester(let year, let term):
            .worded(key: "plan-period-semester", parameters: ["roc": .number(String(year)), "year": .academicYear(year), "term": .count(term)])
        case .academicYear(let year):
            .worded(key: "plan-period-academic-year", parameters: ["roc": .number(String(year)), "year": .academicYear(year)])
        case .calendarYear(let year):
            .worded(key: "plan-period-calendar-year", parameters: ["roc": .number(String(year)), "year": .number(String(year + 1911))])
        }
    }
}

extension CountingPeriod {
    /// A custom measure's counting period for a page (label `plan-counting-period-<kind>`).
    public var term: WordingValue {
        switch self {
        case .academicYear: .term("plan-counting-period-academic-year")
        case .calendarYear: .term("plan-counting-period-calendar-year")
        }
    }
}
