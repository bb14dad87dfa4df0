/// Trimming for table cells, written out because Foundation's `trimmingCharacters` is the
/// slowest step of reading ten thousand rows.
public enum CellText {
    /// The text without leading and trailing spaces, tabs, line breaks, no-break and ideographic spaces.
    public static func trim(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isSpace($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !isSpace($0) })!
        if first == scalars.startIndex && last == scalars.index(before: scalars.endIndex) { return text }
        return String(scalars[first...last])
    }

    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09, 0x0A, 0x0D, 0xA0, 0x3000, 0xFEFF: return true
        default: return false
        }
    }
}
