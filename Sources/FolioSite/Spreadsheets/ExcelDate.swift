import Foundation

/// Excel stores a date as a number of days (a serial) and marks it as a date only by its cell's
/// number format. Folio turns such a cell back into the date a reader of the sheet sees, in a
/// spelling `RocDate` accepts: `114/09/30` when the format shows the ROC year (民國, Excel's `e`
/// or `g` codes and the zh-TW built-in formats), else ISO `2025-09-30`.
enum ExcelDate {
    enum Style: Equatable {
        case western
        case roc
    }

    /// Built-in number formats (ECMA-376 Part 1, 18.8.30) that are dates. 27–36 and 50–58 depend
    /// on the workbook's locale; they are read as the zh-TW list defines them: 27–29, 36, 50, 51,
    /// 54, 57, 58 show the ROC year (`[$-404]e/m/d`), 30–31 a Western one, the rest are times.
    static func style(builtIn id: Int) -> Style? {
        switch id {
        case 14...17, 22, 30, 31: return .western
        case 27...29, 36, 50, 51, 54, 57, 58: return .roc
        default: return nil
        }
    }

    /// A custom format's style: nil unless its first section shows a year, month or day.
    static func style(formatCode: String) -> Style? {
        var plain: [Character] = []
        var quoted = false, bracketed = false, escaped = false
        for character in formatCode.lowercased() {
            if escaped { escaped = false; continue }
            switch character {
            case "\"": quoted.toggle()
            case "\\" where !quoted: escaped = true
            case "[" where !quoted: bracketed = true
            case "]" where !quoted: bracketed = false
            case ";" where !quoted && !bracketed: return classify(plain)
            default: if !quoted && !bracketed { plain.append(character) }
            }
        }
        return classify(plain)
    }

    private static func classify(_ code: [Character]) -> Style? {
        let text = String(code)
        if text.contains("general") { return nil }
        let tokens = text.replacingOccurrences(of: "e+", with: "").replacingOccurrences(of: "e-", with: "")
        if tokens.contains("e") || tokens.contains("g") { return .roc }
        if tokens.contains("y") || tokens.contains("d") { return .western }
        if tokens.contains("m") && !tokens.contains("h") && !tokens.contains("s") { return .western }
        return nil
    }

    /// The date of a serial in the 1900 system (Excel's default, with its phantom 29 February
    /// 1900 at serial 60) or the 1904 system; nil outside Excel's range (1900 to 9999).
    static func text(serial: Double, style: Style, date1904: Bool) -> String? {
        guard serial.isFinite, serial >= 1, serial < 2_958_466 else { return nil }
        var days = Int(serial.rounded(.down))
        if date1904 {
            days += 1462
        } else if days < 60 {
            days += 1
        } else if days == 60 {
            return nil
        }
        // Serial 61 is 1 March 1900; days since 1899-12-30 → civil date.
        let (year, month, day) = civil(fromDaysSince1970: days - 25_569)
        let mm = month < 10 ? "0\(month)" : "\(month)"
        let dd = day < 10 ? "0\(day)" : "\(day)"
        switch style {
        case .western: return "\(year)-\(mm)-\(dd)"
        case .roc: return year > 1911 ? "\(year - 1911)/\(mm)/\(dd)" : "\(year)-\(mm)-\(dd)"
        }
    }

    /// Howard Hinnant's days-from-civil inverse.
    private static func civil(fromDaysSince1970 days: Int) -> (Int, Int, Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
