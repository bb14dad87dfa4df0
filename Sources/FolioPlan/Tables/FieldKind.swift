import FolioCore

/// What a table column holds, how its text is checked and normalised on import.
///
/// `normalize` returns the value in one canonical spelling (是/否, 男/女, 115/07/09, 1200000),
/// or a `problem` saying what is wrong and how to write it, for a `file:line:column` diagnostic.
public enum FieldKind: Sendable, Equatable {
    case text
    /// A whole number ≥ 0; thousands separators (1,200,000) and NT$ are accepted.
    case count
    /// 是/否; also Y/N, V, 1/0, TRUE/FALSE. An empty cell is 否.
    case flag
    /// 男/女; also 男性/女性, M/F, 1/2.
    case sex
    /// Any date spelling RocDate accepts (115/07/09, 1150709, 2026-07-09).
    case date
    /// 學科標準分類 code: 2 to 6 digits, the first two naming the broad field (05, 06, 07 are STEM).
    case fieldCode
    /// CEFR level A1–C2; an empty cell, 無 or 未達A1 means no level.
    case cefr
    /// One of a fixed list of words.
    case choice([String])

    public enum Normalized: Equatable, Sendable {
        case value(String)
        case problem(String)
    }

    public static let yes = "是"
    public static let no = "否"

    public func normalize(_ raw: String) -> Normalized {
        let text = CellText.trim(raw)
        switch self {
        case .text:
            return .value(text)
        case .count:
            var digits = text.hasPrefix("NT$") ? String(text.dropFirst(3)) : text.hasPrefix("$") ? String(text.dropFirst()) : text
            digits = CellText.trim(String(digits.filter { $0 != "," }))
            guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }), let number = Int(digits) else {
                return .problem("'\(text)' is not a whole number; write digits only, e.g. 1200000 or 1,200,000")
            }
            return .value(String(number))
        case .flag:
            switch text.uppercased() {
            case "是", "Y", "YES", "V", "1", "TRUE", "有": return .value(FieldKind.yes)
            case "否", "N", "NO", "", "0", "FALSE", "無": return .value(FieldKind.no)
            default: return .problem("'\(text)' is neither 是 nor 否; write 是 or 否 (Y/N and 1/0 are accepted too)")
            }
        case .sex:
            switch text.uppercased() {
            case "男", "男性", "M", "1": return .value("男")
            case "女", "女性", "F", "2": return .value("女")
            default: return .problem("'\(text)' is not a sex the ministry's tables use; write 男 or 女")
            }
        case .date:
            guard let date = RocDate(parsing: text) else {
                return .problem("'\(text)' is not a date; write it as 114/09/30, 114.09.30, 1140930 or 2025-09-30")
            }
            return .value(date.rocString)
        case .fieldCode:
            guard (2...6).contains(text.count), text.allSatisfy({ $0.isASCII && $0.isNumber }) else {
                return .problem("'\(text)' is not a 學科標準分類 code; write its digits, e.g. 0613 (the first two digits are the broad field)")
            }
            return .value(text)
        case .cefr:
            let level = text.uppercased()
            if ["", "無", "未達A1", "-", "—"].contains(level) { return .value("") }
            guard CEFRLevel.all.contains(level) else {
                return .problem("'\(text)' is not a CEFR level; write A1, A2, B1, B2, C1 or C2, or leave it empty when the result reaches none")
            }
            return .value(level)
        case .choice(let words):
            guard words.contains(text) else {
                return .problem("'\(text)' is not one of \(words.joined(separator: "、")); write one of them")
            }
            return .value(text)
        }
    }
}

/// The six CEFR levels, lowest first.
public enum CEFRLevel {
    public static let all = ["A1", "A2", "B1", "B2", "C1", "C2"]
}
