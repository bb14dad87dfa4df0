import Foundation
import FolioCore

/// A semester of an academic year: `113-1` runs 1 Aug 113 – 31 Jan 114, `113-2` 1 Feb – 31 Jul 114.
public struct Semester: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let academicYear: Int
    /// 1 or 2.
    public let term: Int

    public init?(academicYear: Int, term: Int) {
        guard (1...300).contains(academicYear), term == 1 || term == 2 else { return nil }
        self.academicYear = academicYear
        self.term = term
    }

    /// Parses `113-1`, `113-2` (also `1131`, `113.1`, `113/1`).
    public init?(parsing raw: String) {
        let text = raw.trimmedWhitespaces
        if let ascii = Self.parseASCII(text) {
            guard let pair = ascii else { return nil }
            self.init(academicYear: pair.0, term: pair.1)
            return
        }
        let digits = text.filter { $0 != "-" && $0 != "." && $0 != "/" }
        guard digits.count >= 2, digits.count <= 4, digits.allSatisfy({ $0.isASCII && $0.isNumber }),
              text.count - digits.count <= 1, let year = Int(digits.dropLast()), let term = Int(digits.suffix(1)) else { return nil }
        self.init(academicYear: year, term: term)
    }

    /// What the Character checks below give, worked out on the bytes of an ASCII text without a
    /// carriage return (where bytes and Characters are one to one): one semester per record of a
    /// dossier was parsed through Unicode property look-ups (issue 15). nil for any other text.
    static func parseASCII(_ text: String) -> (Int, Int)?? {
        var digits = 0, separators = 0, year = 0, last = 0
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                if digits > 0 { year = year * 10 + last }
                last = Int(byte - UInt8(ascii: "0"))
                digits += 1
            case UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "/"): separators += 1
            case 0x0D, 0x80...: return nil
            default: return .some(nil)
            }
        }
        guard digits >= 2, digits <= 4, separators <= 1 else { return .some(nil) }
        return (year, last)
    }

    public var description: String { "\(academicYear)-\(term)" }

    public var start: RocDate {
        term == 1 ? RocDate(rocYear: academicYear, month: 8, day: 1)! : RocDate(rocYear: academicYear + 1, month: 2, day: 1)!
    }

    public var end: RocDate {
        term == 1 ? RocDate(rocYear: academicYear + 1, month: 1, day: 31)! : RocDate(rocYear: academicYear + 1, month: 7, day: 31)!
    }

    public var previous: Semester {
        term == 2 ? Semester(academicYear: academicYear, term: 1)! : Semester(academicYear: academicYear - 1, term: 2)!
    }

    /// The semester a date falls in.
    public static func containing(_ date: RocDate) -> Semester {
        let year = date.academicYear
        return date.month >= 8 || date.month == 1 ? Semester(academicYear: year, term: 1)! : Semester(academicYear: year, term: 2)!
    }

    public static func < (a: Semester, b: Semester) -> Bool {
        (a.academicYear, a.term) < (b.academicYear, b.term)
    }
}
