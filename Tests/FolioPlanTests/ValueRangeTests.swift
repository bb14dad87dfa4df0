import FolioCore
@testable import FolioPlan
import Testing

/// Baselines, targets and actuals must lie in the range their measure's unit allows.
@Suite struct ValueRangeTests {
    static let here = SourceLocation(file: "test.yaml", line: 1)

    static func at(_ value: Double, line: Int, column: Int = 5) -> Located<Double> {
        Located(value, at: SourceLocation(file: "test.yaml", line: line, column: column))
    }

    static func measure(_ id: String, unit: String) -> CatalogMeasure {
        CatalogMeasure(id: id, name: id, nameEn: id, kind: .quantitative, unit: unit, direction: .higher, source: "",
                       sourceTable: nil, breakdowns: [], excludes: [], note: nil, location: here)
    }

    /// Indicator 1 with 1-1 counted in 人 and 1-2 in %.
    static let catalog = Catalog(id: "c", title: "t", titleEn: "t", phase: "p", firstYear: 114, lastYear: 116, sections: [],
                                 indicators: [Indicator(number: 1, section: 1, name: "i", nameEn: "i", nationalOnly: false,
                                                        customMeasuresAllowed: true, policyGoal: [], strategies: [], measurement: [],
                                                        measures: [measure("1-1", unit: "人"), measure("1-2", unit: "%")], location: here)])

    static func plan(_ measures: [MeasurePlan], custom: [CustomMeasure] = []) -> Plan {
        Plan(school: School(name: "測試", nameEn: "Test", ownership: .national), catalogID: "c", title: "t", titleEn: "t",
             baselineYear: 113, years: [114, 115, 116],
             indicators: [IndicatorPlan(number: 1, sdgs: [], measures: measures, customMeasures: custom, location: here)],
             location: here)
    }

    @Test func aNegativeHeadCountTargetIsAnError() {
        let figures = MeasurePlan(id: "1-1", baseline: Self.at(10, line: 2), targets: [114: Self.at(12, line: 3), 115: Self.at(-5, line: 3, column: 20)],
                                  location: Self.here)
        let problems = PlanRules.valueRanges(Self.plan([figures]), Self.catalog)
        #expect(problems.map(\.description) == [
            "test.yaml:3:20: error: the 115 target of 1-1 is -5, but 1-1 counts 人, which cannot be negative: write the count (0 or more)",
        ])
    }

    @Test func percentagesMustLieBetween0And100() {
        // 100 and 0 are allowed; 100.5 and -0.1 are not.
        let figures = MeasurePlan(id: "1-2", baseline: Self.at(-0.1, line: 2),
                                  targets: [114: Self.at(0, line: 3), 115: Self.at(100, line: 4)],
                                  actuals: [114: Self.at(100.5, line: 5)], location: Self.here)
        let problems = PlanRules.valueRanges(Self.plan([figures]), Self.catalog)
        #expect(problems.map(\.description) == [
            "test.yaml:2:5: error: the 113 baseline of 1-2 is -0.1 %, outside 0–100: write the percentage itself, e.g. 38.5 for 38.5 %",
            "test.yaml:5:5: error: the 114 actual of 1-2 is 100.5 %, outside 0–100: write the percentage itself, e.g. 38.5 for 38.5 %",
        ])
    }

    @Test func customRatiosAndCountsMayNotBeNegative() {
        let ratio = CustomMeasure(name: "生師比", nameEn: nil, unit: "比", direction: .lower, definition: nil, numerator: "n",
                                  denominator: "d", period: .academicYear,
                                  figures: MeasurePlan(id: "1-C1", baseline: Self.at(-2, line: 7), location: Self.here))
        let unknown = CustomMeasure(name: "收支", nameEn: nil, unit: "元", direction: .higher, definition: nil, numerator: nil,
                                    denominator: nil, period: nil,
                                    figures: MeasurePlan(id: "1-C2", baseline: Self.at(-300, line: 9), location: Self.here))
        let problems = PlanRules.valueRanges(Self.plan([], custom: [ratio, unknown]), Self.catalog)
        // A unit Folio does not know the range of (元: a balance may be negative) is only bounded by 10^15 either way.
        #expect(problems.map(\.description) == [
            "test.yaml:7:5: error: the 113 baseline of 1-C1 is -2, but a ratio (unit 比) cannot be negative: write the ratio (0 or more)",
        ])
    }

    @Test func countsAndUnknownUnitsHaveAnUpperBound() {
        // 10,000,000 人 is allowed, 10,000,001 is not; 2e15 元 is beyond 10^15.
        let count = MeasurePlan(id: "1-1", baseline: Self.at(10_000_000, line: 2), targets: [114: Self.at(10_000_001, line: 3)],
                                location: Self.here)
        let money = CustomMeasure(name: "收入", nameEn: nil, unit: "元", direction: .higher, definition: nil, numerator: nil,
                                  denominator: nil, period: nil,
                                  figures: MeasurePlan(id: "1-C2", baseline: Self.at(-2e15, line: 9), location: Self.here))
        let problems = PlanRules.valueRanges(Self.plan([count], custom: [money]), Self.catalog)
        #expect(problems.map(\.description) == [
            "test.yaml:3:5: error: the 114 target of 1-1 is 10000001 人, beyond the bound of 10,000,000 for a count: correct it (0 to 10,000,000)",
            "test.yaml:9:5: error: the 113 baseline of 1-C2 is -2000000000000000, beyond the bound of 10^15 either way: correct it",
        ])
    }

    @Test func theRuleIsPartOfThePlanRules() {
        let figures = MeasurePlan(id: "1-1", baseline: Self.at(10, line: 2),
                                  targets: [114: Self.at(12, line: 3), 115: Self.at(14, line: 3), 116: Self.at(16, line: 3)],
                                  actuals: [114: Self.at(-1, line: 4)], location: Self.here)
        let messages = PlanRules.check(Self.plan([figures]), against: Self.catalog).map(\.message)
        #expect(messages.contains("the 114 actual of 1-1 is -1, but 1-1 counts 人, which cannot be negative: write the count (0 or more)"))
    }
}
