import FolioCore
import FolioPlan
import Testing
@testable import FolioSite

@Suite struct CatalogTests {
    static func catalog() throws -> Catalog {
        let sink = DiagnosticSink()
        let catalog = CatalogLoader.loadBuiltIn(id: "moe-tvc-phase2", sink: sink, referencedAt: .file("test"))
        #expect(sink.diagnostics == [])
        return try #require(catalog)
    }

    /// The measure ids of ../shared/spec/INDICATORS.md, indicator by indicator.
    static let specMeasureIDs: [Int: [String]] = [
        1: ["1-1", "1-2", "1-3"], 2: ["2-1", "2-2", "2-3"], 3: ["3-1", "3-2", "3-3"], 4: ["4-1", "4-2"],
        5: ["5-1", "5-2", "5-3", "5-4", "5-5"], 6: ["6-1", "6-2", "6-3"], 7: ["7-1", "7-2", "7-3"], 8: ["8-1"],
        9: ["9-1", "9-2"], 10: ["10-1", "10-2", "10-3", "10-4"], 11: ["11-1", "11-2", "11-3", "11-4", "11-5"],
        12: ["12-1"], 13: ["13-1"], 14: ["14-1", "14-2"], 15: ["15-1"],
    ]

    static let specQualitative: Set<String> = ["1-3", "2-3", "3-3", "4-2", "5-5", "6-3", "7-3", "9-1", "9-2",
                                               "10-4", "11-5", "13-1", "14-2", "15-1"]

    @Test func holdsExactlyTheSpecsIndicatorsAndMeasures() throws {
        let catalog = try Self.catalog()
        #expect(catalog.indicators.map(\.number) == Array(1...15))
        for indicator in catalog.indicators {
            #expect(indicator.measures.map(\.id) == Self.specMeasureIDs[indicator.number], "indicator \(indicator.number)")
        }
        let qualitative = Set(catalog.indicators.flatMap(\.measures).filter { $0.kind == .qualitative }.map(\.id))
        #expect(qualitative == Self.specQualitative)
    }

    @Test func everyIndicatorHasItsTexts() throws {
        for indicator in try Self.catalog().indicators {
            #expect(!indicator.name.isEmpty && !indicator.nameEn.isEmpty)
            #expect(!indicator.strategies.isEmpty, "indicator \(indicator.number) strategies")
            #expect(!indicator.measurement.isEmpty, "indicator \(indicator.number) measurement")
            // Indicator 13's goal cell is empty in the ministry's table; every other one has a goal.
            #expect(indicator.policyGoal.isEmpty == (indicator.number == 13), "indicator \(indicator.number) goal")
        }
    }

    @Test func measureAttributesFollowTheSpec() throws {
        let catalog = try Self.catalog()
        #expect(catalog.measure("8-1")?.direction == .lower)
        let others = catalog.indicators.flatMap(\.quantitativeMeasures).filter { $0.id != "8-1" }
        #expect(others.allSatisfy { $0.direction == .higher })
        #expect(catalog.measure("1-1")?.excludes == ["丙級"])
        #expect(catalog.measure("7-2")?.excludes == ["客語", "原住民語", "華語", "閩南語"])
        #expect(catalog.measure("4-1")?.breakdowns == [.crossDomainType, .sex])
        #expect(catalog.measure("5-1")?.breakdowns == [.sex])
        #expect(catalog.measure("7-2")?.breakdowns == [.languageGroup, .cefrLevel])
        #expect(catalog.measure("2-1")?.unit == "%")
        #expect(catalog.measure("1-1")?.sourceTable == "4-8-2")
        #expect(catalog.indicators.filter(\.nationalOnly).map(\.number) == [12])
        #expect(catalog.indicators.filter { !$0.customMeasuresAllowed }.map(\.number) == [15])
        #expect(catalog.phase == "第二期" && catalog.firstYear == 112 && catalog.lastYear == 116)
    }

    @Test func aBrokenCatalogIsRejectedWithLocations() {
        let sink = DiagnosticSink()
        _ = CatalogLoader.load("""
        catalog: {id: x, title: t, title_en: t, phase: p, first_year: 112, last_year: 116}
        sections: [{id: 1, name: 一, name_en: one}]
        indicators:
          - number: 1
            section: 2
            name: 甲
            name_en: A
            policy_goal: []
            strategies: [s]
            measurement: [m]
            measures:
              - {id: 2-1, name: 乙, name_en: B, kind: quantitative, source: 表}
        """, file: "c.yaml", sink: sink, requireEnglish: false)
        #expect(sink.diagnostics.map(\.description) == [
            "c.yaml:4:5: error: indicator 1 names section 2, which the catalog's sections do not list",
            "c.yaml:12:9: error: measure 2-1 is listed under indicator 1; its id must start with '1-'",
            "c.yaml:12:9: error: quantitative measure 2-1 needs a 'unit' and a 'direction' (higher or lower)",
        ])
    }
}
