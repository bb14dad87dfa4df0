import FolioCore
import Testing
@testable import FolioPlan

@Suite struct ComputedActualsTests {
    static func plan(actual: Double?) -> Plan {
        let typed = actual.map { [114: Located($0, at: SourceLocation(file: "content/indicators/01.yaml", line: 9, column: 20))] } ?? [:]
        let measure = MeasurePlan(id: "1-1", baseline: Located(1486, at: .file("x")), actuals: typed,
                                  location: SourceLocation(file: "content/indicators/01.yaml", line: 5))
        return Plan(school: School(name: "嵐山", nameEn: "Lanshan", ownership: .national), catalogID: "moe-tvc-phase2",
                    title: "計畫書", titleEn: "Plan", baselineYear: 113, years: [114, 115, 116],
                    indicators: [IndicatorPlan(number: 1, sdgs: [], measures: [measure], customMeasures: [], location: .file("x"))],
                    location: .file("content/school.yaml"))
    }

    static let figure = CertificatePasses.compute([Fixture.file("4-8-2", "114-1", [
        ["certificate": "A", "level": "乙級"], ["certificate": "B", "level": "乙級"], ["certificate": "C", "level": "丙級"],
    ])], year: 114)

    @Test func aComputedFigureFillsAMissingActual() {
        var plan = Self.plan(actual: nil)
        #expect(ComputedActuals.merge([Self.figure], into: &plan) == [])
        #expect(plan.indicators[0].measures[0].actuals[114]?.value == 2)
    }

    @Test func aTypedActualThatAgreesIsKept() {
        var plan = Self.plan(actual: 2)
        #expect(ComputedActuals.merge([Self.figure], into: &plan) == [])
        #expect(plan.indicators[0].measures[0].actuals[114]?.location.line == 9)
    }

    @Test func aTypedActualThatDisagreesIsAnErrorAtTheTypedValue() {
        var plan = Self.plan(actual: 3)
        #expect(ComputedActuals.merge([Self.figure], into: &plan).map(\.description) == [
            "content/indicators/01.yaml:9:20: error: the 114 actual of 1-1 is typed as 3 but the tables give 2 (tables/4-8-2_114-1.csv: 2 rows counted, 1 excluded); remove the typed figure or correct the table",
        ])
    }

    @Test func figuresOutsideThePlanYearsAreIgnored() {
        var plan = Self.plan(actual: nil)
        var figure = Self.figure
        figure.year = 113
        #expect(ComputedActuals.merge([figure], into: &plan) == [])
        #expect(plan.indicators[0].measures[0].actuals.isEmpty)
    }
}
