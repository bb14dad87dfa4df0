import FolioCore
import Testing

@Suite struct RocDateTests {
    @Test(arguments: ["115/07/09", "115.07.09", "115-07-09", "1150709", "2026-07-09", " 115/7/9 ",
                            "2026/07/09", "2026.7.9"])
    func acceptedSpellingsMeanTheSameDay(_ text: String) throws {
        let date = try #require(RocDate(parsing: text))
        // ROC 115 = 2026 (115 + 1911).
        #expect(date.gregorianYear == 2026 && date.month == 7 && date.day == 9)
        #expect(date.rocString == "115/07/09")
        #expect(date.isoString == "2026-07-09")
    }

    @Test func sixDigitFormIsATwoDigitYear() {
        #expect(RocDate(parsing: "991231")?.isoString == "2010-12-31") // 99 + 1911 = 2010
    }

    @Test(arguments: ["115/02/30", "115/13/01", "2026-02-29", "11507", "abc", "115/07", "1150709x",
                            "2026/02/29", "1500/01/01"])
    func impossibleOrMalformedDatesAreRejected(_ text: String) {
        #expect(RocDate(parsing: text) == nil)
    }

    @Test func academicYearStartsInAugust() {
        // 學年度 114 runs from 114/08/01 to 115/07/31.
        #expect(RocDate(parsing: "114/08/01")?.academicYear == 114)
        #expect(RocDate(parsing: "115/07/31")?.academicYear == 114)
        #expect(RocDate(parsing: "115/08/01")?.academicYear == 115)
    }

    @Test func addingYearsKeepsTheDayAndClampsLeapDays() {
        #expect(RocDate(parsing: "2024-02-29")?.adding(years: -5).isoString == "2019-02-28")
        #expect(RocDate(parsing: "115/09/15")?.adding(years: -7).rocString == "108/09/15")
    }
}
