import Foundation

/// A calendar date as the college writes it: ROC year (民國), month, day.
///
/// ROC year = Gregorian year − 1911 (民國115年 = 2026). Accepted spellings:
/// `115/07/09`, `115.07.09`, `115-07-09`, `1150709` (seven digits, or six for a
/// two-digit year such as `991231`), ISO `2026-07-09`, and Western `2026/07/09` or `2026.07.09`
/// (a four-digit year from 1912 on is Gregorian).
public struct RocDate: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let gregorianYear: Int
    public let month: Int
    public let day: Int

    public init?(gregorianYear: Int, month: Int, day: Int) {
        guard (1912...2200).contains(gregorianYear), (1...12).contains(month),
              (1...RocDate.daysIn(month: month, year: gregorianYear)).contains(day) else { return nil }
        self.gregorianYear = gregorianYear
        self.month = month
        self.day = day
    }

    public init?(rocYear: Int, month: Int, day: Int) {
        self.init(gregorianYear: rocYear + 1911, month: month, day: day)
    }

    public var rocYear: Int { gregorianYear - 1911 }

    /// Parses any accepted spelling; nil when the text is not a real date.
    ///
    /// Read on the UTF-8 bytes: every accepted spelling is ASCII digits and separators, so a text
    /// with any other byte is no date (every dossier record's dates are read, issue 15).
    public init?(parsing raw: String) {
        let bytes = Array(raw.trimmedWhitespaces.utf8)
        if bytes.count == 10, bytes[4] == UInt8(ascii: "-"), let iso = RocDate.parseParts(bytes, separator: UInt8(ascii: "-")),
           iso.0 >= 1912 {
            self.init(gregorianYear: iso.0, month: iso.1, day: iso.2)
            return
        }
        for separator in [UInt8(ascii: "/"), UInt8(ascii: "."), UInt8(ascii: "-")] where bytes.contains(separator) {
            guard let parts = RocDate.parseParts(bytes, separator: separator) else { return nil }
            // School-database exports mix in Western dates with slashes (`2005/01/01`).
            if parts.0 >= 1912 {
                self.init(gregorianYear: parts.0, month: parts.1, day: parts.2)
            } else {
                guard parts.0 < 1000 else { return nil }
                self.init(rocYear: parts.0, month: parts.1, day: parts.2)
            }
            return
        }
        guard (6...7).contains(bytes.count), let packed = RocDate.number(bytes[...]) else { return nil }
        self.init(rocYear: packed / 10_000, month: packed / 100 % 100, day: packed % 100)
    }

    private static func parseParts(_ bytes: [UInt8], separator: UInt8) -> (Int, Int, Int)? {
        let parts = bytes.split(separator: separator, omittingEmptySubsequences: false)
        guard parts.count == 3, let y = number(parts[0]), let m = number(parts[1]), let d = number(parts[2]) else { return nil }
        return (y, m, d)
    }

    /// The ASCII digits as a number; nil when empty, when any byte is not a digit, or on overflow.
    private static func number(_ digits: ArraySlice<UInt8>) -> Int? {
        guard !digits.isEmpty else { return nil }
        var value = 0
        for byte in digits {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            let (times, overflow) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflowAdding) = times.addingReportingOverflow(Int(byte - UInt8(ascii: "0")))
            guard !overflow, !overflowAdding else { return nil }
            value = sum
        }
        return value
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// `115/07/09`: how the college prints dates.
    public var description: String { rocString }

    public var rocString: String {
        "\(rocYear)/\(RocDate.twoDigits(month))/\(RocDate.twoDigits(day))"
    }

    public var isoString: String {
        "\(gregorianYear)-\(RocDate.twoDigits(month))-\(RocDate.twoDigits(day))"
    }

    private static func twoDigits(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    /// The academic year (學年度) this date falls in: 1 August of ROC year N to 31 July of N+1.
    public var academicYear: Int { month >= 8 ? rocYear : rocYear - 1 }

    /// The same day `years` later (29 February falls back to 28 February).
    public func adding(years: Int) -> RocDate {
        let year = gregorianYear + years
        return RocDate(gregorianYear: year, month: month, day: min(day, RocDate.daysIn(month: month, year: year)))!
    }

    public static func < (a: RocDate, b: RocDate) -> Bool {
        (a.gregorianYear, a.month, a.day) < (b.gregorianYear, b.month, b.day)
    }
}
