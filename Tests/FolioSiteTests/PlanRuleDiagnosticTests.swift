import FolioTestSupport
import FolioCore
import Foundation
import Testing
@testable import FolioSite

/// Each plan rule with a failing input and its exact diagnostic: file, line, column and message.
@Suite struct PlanRuleDiagnosticTests {
    /// Indicator 1 with one custom measure; tests replace lines to break one rule at a time.
    static let indicatorOne = """
    indicator: 1
    sdgs: [4, 8]
    measures:
      1-1:
        responsible_unit: 教務處
        baseline: 1486
        targets: {114: 1520, 115: 1560, 116: 1600}
        actuals: {114: 1574}
      1-2:
        responsible_unit: 學務處
        baseline: 268
        targets: {114: 280, 115: 295, 116: 310}
      1-3:
        responsible_unit: 教務處
        narrative: narratives/1-3.md

    """

    func diagnostics(indicator1 text: String, file: String = "content/indicators/01.yaml",
                     edit: ((Workspace) throws -> Void)? = nil) throws -> [Diagnostic] {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        try workspace.write(file, text)
        try edit?(workspace)
        return workspace.check()
    }

    @Test func theExampleContentIsClean() throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        #expect(workspace.check() == [])
    }

    @Test func unchangedFixtureIsClean() throws {
        #expect(try diagnostics(indicator1: Self.indicatorOne) == [])
    }

    @Test func p1MissingTarget() throws {
        let text = Self.indicatorOne.replacingOccurrences(of: "{114: 280, 115: 295, 116: 310}", with: "{114: 280, 116: 310}")
        #expect(try diagnostics(indicator1: text).map(\.description) == [
            "content/indicators/01.yaml:12:14: error: 1-2 has no target for 115: add '115: <value>' under its targets (P1: every plan year needs a target)",
        ])
    }

    @Test func p1ZeroTarget() throws {
        let text = Self.indicatorOne.replacingOccurrences(of: "115: 295", with: "115: 0")
        #expect(try diagnostics(indicator1: text).map(\.description) == [
            "content/indicators/01.yaml:12:30: error: the 115 target of 1-2 is 0, which the ministry does not allow (P1): set the figure the school commits to",
        ])
    }

    @Test func p1TargetThatDoesNotRise() throws {
        // 115's 1,520 equals 114's 1,520: not an improvement for a higher-is-better measure.
        let text = Self.indicatorOne.replacingOccurrences(of: "115: 1560", with: "115: 1520")
        #expect(try diagnostics(indicator1: text).map(\.description) == [
            "content/indicators/01.yaml:7:31: error: the 115 target of 1-1 (1520) does not rise above the 114 target (1520); targets must improve year on year (P1): set it to more than 1520",
        ])
    }

    @Test func p1FirstTargetNotBeyondBaselineIsAWarning() throws {
        let text = Self.indicatorOne.replacingOccurrences(of: "114: 1520,", with: "114: 1480,")
        let found = try diagnostics(indicator1: text)
        #expect(found.map(\.description) == [
            "content/indicators/01.yaml:7:20: warning: the 114 target of 1-1 (1480) does not rise above the 113 baseline (1486); targets must improve year on year (P1): set it to more than 1486",
        ])
        #expect(!found.hasErrors)
    }

    @Test func p1LowerIsBetterTargetMustFall() throws {
        // 生師比 8-1 is lower-is-better: 23.5 → 23.6 is a worsening.
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        try workspace.write("content/indicators/08.yaml", """
        indicator: 8
        measures:
          8-1:
            baseline: 23.8
            targets: {114: 23.5, 115: 23.6, 116: 22.9}
        """)
        #expect(workspace.check().map(\.description) == [
            "content/indicators/08.yaml:5:31: error: the 115 target of 8-1 (23.6) does not fall below the 114 target (23.5); targets must improve year on year (P1, lower is better for this measure): set it to less than 23.5",
        ])
    }

    @Test func p2MoreThanThreeCustomMeasures() throws {
        let custom = (1...4).map { n in
            """
              - id: 1-C\(n)
                name: 自訂指標\(n)
                unit: 人
                direction: higher
                baseline: 10
                targets: {114: 11, 115: 12, 116: 13}

            """
        }.joined()
        let found = try diagnostics(indicator1: Self.indicatorOne + "custom_measures:\n" + custom)
        // The fourth entry starts on line 16 (custom_measures:) + 1 + 3 × 6 = line 35.
        #expect(found.map(\.description) == [
            "content/indicators/01.yaml:35:5: error: indicator 1 has 4 custom measures; at most 3 are allowed (P2): remove 1-C4 or track it inside the school instead",
        ])
    }

    @Test func p2NoCustomMeasureOnIndicator15() throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        try workspace.write("content/indicators/15.yaml", """
        indicator: 15
        measures:
          15-1:
            narrative: narratives/15-1.md
        custom_measures:
          - id: 15-C1
            name: IR 報告數
            unit: 件
            direction: higher
            baseline: 4
            targets: {114: 5, 115: 6, 116: 7}
        """)
        #expect(workspace.check().map(\.description) == [
            "content/indicators/15.yaml:6:5: error: indicator 15 (校務研究（IR）落實情形) admits no custom measures (P2): remove 15-C1 and describe it in the indicator's narrative instead",
        ])
    }

    @Test func p3PercentageWithoutNumeratorAndPeriod() throws {
        let text = Self.indicatorOne + """
        custom_measures:
          - id: 1-C1
            name: 證照通過率
            unit: "%"
            direction: higher
            denominator: 當學年度報考人數
            baseline: 60
            targets: {114: 62, 115: 64, 116: 66}

        """
        #expect(try diagnostics(indicator1: text).map(\.description) == [
            "content/indicators/01.yaml:17:5: error: custom measure 1-C1 is a ratio (unit %) but does not state its numerator (P3): add 'numerator:' saying what is counted",
            "content/indicators/01.yaml:17:5: error: custom measure 1-C1 is a ratio (unit %) but does not state its period (P3): add 'period: 學年度' or 'period: 年度'",
        ])
    }

    @Test func p4PrivateSchoolWithoutIndicator12IsNotFlagged() throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        let school = try workspace.read("content/school.yaml").replacingOccurrences(of: "ownership: national", with: "ownership: private")
        try workspace.write("content/school.yaml", school)
        try workspace.remove("content/indicators/12.yaml")
        #expect(workspace.check() == [])

        let report = try SiteBuilder.build(workspace.options)
        _ = report
        // The overview and 14 indicator pages, no 12; the 404 and search pages; in zh-Hant and in English.
        #expect(workspace.snapshot("site/public").keys.filter { $0.hasSuffix(".html") }.count == 2 * (15 + 2))
        #expect(!FileManager.default.fileExists(atPath: workspace.path("site/public/indicators/12.html")))
        #expect(try !workspace.read("site/public/index.html").contains("經濟不利"))
    }

    @Test func p4NationalSchoolMissingIndicator12IsAnError() throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        try workspace.remove("content/indicators/12.yaml")
        let found = workspace.check().map(\.description)
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("content/school.yaml:1:1: error: the plan has no entries for indicator 12") == true)
    }

    @Test func unknownKeyIsAnErrorWithASuggestion() throws {
        let text = Self.indicatorOne.replacingOccurrences(of: "    actuals: {114: 1574}", with: "    actual: {114: 1574}")
        #expect(try diagnostics(indicator1: text).map(\.description) == [
            "content/indicators/01.yaml:8:5: error: unknown key 'actual'; did you mean 'actuals'?",
        ])
    }

    @Test func wronglyTypedValueIsAnError() throws {
        let text = Self.indicatorOne.replacingOccurrences(of: "baseline: 268", with: "baseline: 二六八")
        #expect(try diagnostics(indicator1: text).map(\.description) == [
            "content/indicators/01.yaml:11:15: error: 'measures.1-2.baseline' must be a number, found the scalar '二六八'",
        ])
    }

    @Test func allErrorsAreReportedAtOnce() throws {
        let text = Self.indicatorOne
            .replacingOccurrences(of: "115: 295", with: "115: 0")
            .replacingOccurrences(of: "    actuals: {114: 1574}", with: "    actual: {114: 1574}")
        let found = try diagnostics(indicator1: text)
        #expect(found.filter { $0.severity == .error }.count == 2)
        #expect(found.map(\.location.line) == [8, 12]) // sorted in reading order
    }

    @Test func missingNarrativeFileIsAnError() throws {
        let text = Self.indicatorOne.replacingOccurrences(of: "narratives/1-3.md", with: "narratives/1-3-draft.md")
        #expect(try diagnostics(indicator1: text).map(\.description) == [
            "content/indicators/01.yaml:15:16: error: the narrative file content/narratives/1-3-draft.md does not exist: create it, or correct the path (it is relative to the content folder)",
        ])
    }
}
