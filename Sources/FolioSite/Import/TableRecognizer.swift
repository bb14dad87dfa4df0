import FolioPlan
import Foundation

/// Tells which school-database table an export is, and for which period, from its file name
/// (`table4_8_2`, `表4-8-2`, `4-8-2_114-1.xls`, `114學年度第1學期`, `114_S1`) or, failing that,
/// its title row (`表4-8-2 學生技術證照資料表 114學年度第1學期`).
enum TableRecognizer {
    /// Tables counted by calendar year (年度): a bare year in their name is a 年度.
    static let calendarYearTables: Set<String> = ["1-8", "1-12", "1-16"]

    static func table(in text: String) -> (schema: TableSchema, matched: String)? {
        // `(?!\d)`: in table1_12_114 the table is 1_12, not 1_12_11.
        let patterns = [#"(?:表|table|Table|TABLE)\s*(\d{1,2}(?:[-_－]\d{1,2}){1,2})(?!\d)"#, #"^(\d{1,2}(?:-\d{1,2}){1,2})(?=[_ .(（]|$)"#]
        for pattern in patterns {
            for match in matches(pattern, in: text) {
                let id = match.groups[0].replacingOccurrences(of: "_", with: "-").replacingOccurrences(of: "－", with: "-")
                if let schema = TableSchemas.schema(id) { return (schema, match.whole) }
                // table4_2_114: not 4-2-11 (no such digits), but 4-2 with its year after it.
                let shorter = id.split(separator: "-").dropLast().joined(separator: "-")
                if let schema = TableSchemas.schema(shorter), let cut = match.whole.range(of: shorter.replacingOccurrences(of: "-", with: match.whole.contains("_") ? "_" : "-")) {
                    return (schema, String(match.whole[..<cut.upperBound]))
                }
            }
        }
        return nil
    }

    static func period(in text: String, table: TableSchema) -> ReportingPeriod? {
        let terms = ["1": 1, "2": 2, "一": 1, "二": 2]
        if let m = matches(#"(\d{2,3})\s*學年度\s*第\s*([12一二])\s*學期"#, in: text).first {
            return .semester(year: Int(m.groups[0])!, term: terms[m.groups[1]]!)
        }
        if let m = matches(#"(?<!\d)(\d{2,3})[_-]?[Ss]([12])(?!\d)"#, in: text).first {
            return .semester(year: Int(m.groups[0])!, term: Int(m.groups[1])!)
        }
        if let m = matches(#"(\d{2,3})\s*學年度"#, in: text).first { return .academicYear(Int(m.groups[0])!) }
        if let m = matches(#"(\d{2,3})\s*年度"#, in: text).first { return .calendarYear(Int(m.groups[0])!) }
        if let m = matches(#"(?<![\d-])(\d{3})-([12])(?![\d-])"#, in: text).first {
            return .semester(year: Int(m.groups[0])!, term: Int(m.groups[1])!)
        }
        if let m = matches(#"(?<![\d-])(\d{3})(?![\d-])"#, in: text).first {
            let year = Int(m.groups[0])!
            return calendarYearTables.contains(table.id) ? .calendarYear(year) : .academicYear(year)
        }
        return nil
    }

    /// The file name a recognised export is kept under: `4-8-2_114-1`, `1-8_114` (a 年度 or 學年度 by its year).
    static func storedName(_ schema: TableSchema, _ period: ReportingPeriod) -> String {
        switch period {
        case .semester(let year, let term): "\(schema.id)_\(year)-\(term)"
        case .academicYear(let year): calendarYearTables.contains(schema.id) ? "\(schema.id)_\(year)學年度" : "\(schema.id)_\(year)"
        case .calendarYear(let year): calendarYearTables.contains(schema.id) ? "\(schema.id)_\(year)" : "\(schema.id)_\(year)年度"
        }
    }

    private struct Match {
        var whole: String
        var groups: [String]
    }

    private static func matches(_ pattern: String, in text: String) -> [Match] {
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return [] }
        let ns = text as NSString
        return regex.matches(in: text, range: NSRange(location: 0, length: ns.length)).map { result in
            Match(whole: ns.substring(with: result.range),
                  groups: (1..<result.numberOfRanges).map { ns.substring(with: result.range(at: $0)) })
        }
    }
}
