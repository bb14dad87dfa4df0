import FolioCore
import Testing
@testable import FolioPlan

@Suite struct TableBasicsTests {
    @Test func periodsParseAndBelongToTheirPlanYear() {
        #expect(ReportingPeriod(parsing: "113-1") == .semester(year: 113, term: 1))
        #expect(ReportingPeriod(parsing: "114-2") == .semester(year: 114, term: 2))
        #expect(ReportingPeriod(parsing: "114學年度") == .academicYear(114))
        #expect(ReportingPeriod(parsing: "114年度") == .calendarYear(114))
        #expect(ReportingPeriod(parsing: "114-3") == nil)
        #expect(ReportingPeriod(parsing: "114") == nil)
        #expect(ReportingPeriod.semester(year: 114, term: 2).planYear == 114)
        // 114-2 is February to July of ROC 115 (2026).
        let second = ReportingPeriod.semester(year: 114, term: 2).dates
        #expect(second.lowerBound.rocString == "115/02/01" && second.upperBound.rocString == "115/07/31")
    }

    @Test func fieldKindsNormaliseOrExplain() {
        #expect(FieldKind.count.normalize("1,200,000") == .value("1200000"))
        #expect(FieldKind.count.normalize("NT$300,000") == .value("300000"))
        #expect(FieldKind.count.normalize("三十") == .problem("'三十' is not a whole number; write digits only, e.g. 1200000 or 1,200,000"))
        #expect(FieldKind.flag.normalize("Y") == .value("是"))
        #expect(FieldKind.flag.normalize("") == .value("否"))
        #expect(FieldKind.sex.normalize("F") == .value("女"))
        #expect(FieldKind.date.normalize("1140930") == .value("114/09/30"))
        #expect(FieldKind.cefr.normalize("b2") == .value("B2"))
        #expect(FieldKind.cefr.normalize("未達A1") == .value(""))
        #expect(FieldKind.cefr.normalize("B3") == .problem("'B3' is not a CEFR level; write A1, A2, B1, B2, C1 or C2, or leave it empty when the result reaches none"))
    }

    @Test func totalMarkersAreWholeCells() {
        #expect(TableFile.isTotalMarker("總計"))
        #expect(TableFile.isTotalMarker(" 合計： "))
        #expect(TableFile.isTotalMarker("小計"))
        #expect(!TableFile.isTotalMarker("合計學分學程"))
    }
}
