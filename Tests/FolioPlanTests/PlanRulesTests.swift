import FolioCore
@testable import FolioPlan
import Testing

/// The plan rules as plain functions on an in-memory plan (the file-level diagnostics are in FolioSiteTests).
@Suite struct PlanRulesTests {
    static let here = SourceLocation(file: "test.yaml", line: 1)

    static func located(_ value: Double, line: Int) -> Located<Double> {
        Located(value, at: SourceLocation(file: "test.yaml", line: line))
    }

    static func figures(_ id: String, baseline: Double, targets: [Int: Double]) -> MeasurePlan {
        MeasurePlan(id: id, baseline: located(baseline, line: 2),
                    targets: targets.mapValues { located($0, line: 3) }, location: here)
    }

    static func plan(_ measure: MeasurePlan) -> Plan {
        Plan(school: School(name: "測試", nameEn: "Test", ownership: .national), catalogID: "c", title: "t",
             titleEn: "t", baselineYear: 113, years: [114, 115, 116],
             indicators: [IndicatorPlan(number: 8, sdgs: [], measures: [measure], customMeasures: [], location: here)],
             location: here)
    }

    @Test func improvingTargetsPass() {
        let measure = Self.figures("8-1", baseline: 23.8, targets: [114: 23.5, 115: 23.2, 116: 22.9])
        #expect(PlanRules.targets(measure, direction: .lower, plan: Self.plan(measure), strict: true).isEmpty)
    }

    @Test func risingRatioIsAnErrorWhenLowerIsBetter() {
        let measure = Self.figures("8-1", baseline: 23.8, targets: [114: 23.5, 115: 23.2, 116: 23.3])
        let problems = PlanRules.targets(measure, direction: .lower, plan: Self.plan(measure), strict: true)
        #expect(problems.count == 1)
        #expect(problems.first?.severity == .error)
        #expect(problems.first?.message.hasPrefix("the 116 target of 8-1 (23.3) does not fall below the 115 target (23.2)") == true)
    }

    @Test func customMeasureTargetsThatDoNotImproveAreOnlyWarnings() {
        let measure = Self.figures("8-C1", baseline: 10, targets: [114: 11, 115: 11, 116: 12])
        let problems = PlanRules.targets(measure, direction: .higher, plan: Self.plan(measure), strict: false)
        #expect(problems.map(\.severity) == [.warning])
    }

    @Test func ratioUnitsNeedNumeratorDenominatorAndPeriod() {
        let custom = CustomMeasure(name: "休退學率", nameEn: nil, unit: "%", direction: .lower, definition: nil,
                                   numerator: "休退學人數", denominator: nil, period: nil,
                                   figures: MeasurePlan(id: "13-C1", location: Self.here))
        let problems = PlanRules.ratioDefinition(custom)
        #expect(problems.map(\.message) == [
            "custom measure 13-C1 is a ratio (unit %) but does not state its denominator (P3): add 'denominator:' saying what is counted",
            "custom measure 13-C1 is a ratio (unit %) but does not state its period (P3): add 'period: 學年度' or 'period: 年度'",
        ])
        let count = CustomMeasure(name: "人數", nameEn: nil, unit: "人", direction: .higher, definition: nil,
                                  numerator: nil, denominator: nil, period: nil,
                                  figures: MeasurePlan(id: "1-C1", location: Self.here))
        #expect(PlanRules.ratioDefinition(count).isEmpty)
    }
}
