import FolioCore
import Testing
@testable import FolioPlan

/// 11-2 projects, 11-3 patents, 11-4 technology transfers (calendar-year tables).
@Suite struct ResearchMeasureTests {
    @Test func projectsOfThreeHundredThousandOrMoreCountOnce() {
        let file = Fixture.file("1-8", "114年度", [
            ["project_id": "P1", "amount": "300000"],   // exactly NT$300,000: 以上 includes it
            ["project_id": "P2", "amount": "299999"],   // one dollar short
            ["project_id": "P3", "amount": "1200000"],
            ["project_id": "P3", "amount": "1200000"],  // the same project again
            ["project_id": "P4", "amount": "50000"],
        ], totals: 1)
        let figure = IndustryProjects.compute([file], year: 114)
        // P1 and P3 → 2 件.
        #expect(figure.value == 2)
        #expect(Fixture.reasons(figure) == [
            "tables/1-8_114年度.csv:3 below-threshold amount=299,999",
            "tables/1-8_114年度.csv:5 already-counted first=tables/1-8_114年度.csv:4 what=plan-once-project",
            "tables/1-8_114年度.csv:6 below-threshold amount=50,000",
            "tables/1-8_114年度.csv:7 total-row",
        ])
    }

    @Test func patentsAndTransfersCountDistinctCasesInTheYear() {
        let patents = Fixture.file("1-12", "114年度", [
            ["patent_no": "I1", "date": "114/03/01"], ["patent_no": "I2", "date": "114/12/31"],
            ["patent_no": "I1", "date": "114/03/01"], ["patent_no": "I3", "date": "113/12/31"],
        ])
        // I1, I2 → 2; the repeat of I1 and I3 (granted in 113) excluded.
        let figure = PatentsAndTransfers.patents([patents], year: 114)
        #expect(figure.value == 2)
        #expect(figure.excluded.map { Fixture.typed($0.reason) } == [
            "already-counted first=tables/1-12_114年度.csv:2 what=plan-once-patent",
            "outside-period date=113/12/31 from=114/01/01 period=plan-period-calendar-year(roc=114 year=2025) to=114/12/31",
        ])
        let transfers = Fixture.file("1-16", "114年度", [["contract_no": "C1"], ["contract_no": "C2"], ["contract_no": "C1"]])
        #expect(PatentsAndTransfers.transfers([transfers], year: 114).value == 2)
    }
}
