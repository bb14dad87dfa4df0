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

    /// `RocDate(parsing:)` before it read bytes: Character counts, splits and digit checks.
    static func referenceParse(_ raw: String) -> RocDate? {
        func isDigit(_ c: Character) -> Bool { c.isASCII && c.isNumber }
        func parts(_ text: String, _ separator: Character) -> (Int, Int, Int)? {
            let parts = text.split(separator: separator, omittingEmptySubsequences: false)
            guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(isDigit) }),
                  let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
            return (y, m, d)
        }
        let text = raw.trimmedWhitespaces
        if text.count == 10, text.dropFirst(4).first == "-", let iso = parts(text, "-"), iso.0 >= 1912 {
            return RocDate(gregorianYear: iso.0, month: iso.1, day: iso.2)
        }
        for separator: Character in ["/", ".", "-"] where text.contains(separator) {
            guard let p = parts(text, separator) else { return nil }
            if p.0 >= 1912 { return RocDate(gregorianYear: p.0, month: p.1, day: p.2) }
            return p.0 < 1000 ? RocDate(rocYear: p.0, month: p.1, day: p.2) : nil
        }
        guard (6...7).contains(text.count), text.allSatisfy(isDigit), let packed = Int(text) else { return nil }
        return RocDate(rocYear: packed / 10_000, month: packed / 100 % 100, day: packed % 100)
    }

    @Test func bytesAreReadAsTheCharacterParserReadThem() {
        // Digits, separators, spaces, a CRLF (one Character), a combining mark, full-width and other
        // scripts' digits, and long runs of digits that overflow.
        let pieces = ["0", "1", "2", "9", "11", "115", "07", "09", "2026", "1912", "1911", "/", ".", "-", " ", "\t", "\r\n",
                      "\u{301}", "５", "٣", "x", "99999999999999999999", "\u{3000}"]
        var state: UInt64 = 1507
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        for _ in 0..<20000 {
            let text = (0..<next(7)).map { _ in pieces[next(pieces.count)] }.joined()
            #expect(RocDate(parsing: text) == Self.referenceParse(text), "\(text.debugDescription)")
        }
        // Dates as written, real and impossible: year, month and day with a separator, or packed.
        for _ in 0..<20000 {
            let (y, m, d) = ([next(130), 1911 + next(130), next(3000)][next(3)], next(14), next(33))
            let separator = ["/", ".", "-", ""][next(4)]
            let pad = { (n: Int) in next(2) == 0 && n < 10 ? "0\(n)" : "\(n)" }
            let text = "\(y)\(separator)\(pad(m))\(separator)\(pad(d))"
            #expect(RocDate(parsing: text) == Self.referenceParse(text), "\(text.debugDescription)")
        }
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
