/// Plain-text tables for a terminal, aligned even when cells mix CJK (two columns wide)
/// and Latin text (one column).
public struct TextTable {
    public enum Alignment { case left, right }

    public var titles: [String]
    public var alignments: [Alignment]
    public var rows: [[String]] = []

    public init(_ columns: [(String, Alignment)]) {
        titles = columns.map(\.0)
        alignments = columns.map(\.1)
    }

    public mutating func add(_ row: [String]) { rows.append(row) }

    public func render(indent: String = "") -> String {
        let all = [titles] + rows
        let widths = titles.indices.map { column in all.map { TextTable.width(of: $0.count > column ? $0[column] : "") }.max() ?? 0 }
        func line(_ cells: [String]) -> String {
            let padded = titles.indices.map { column -> String in
                let cell = cells.count > column ? cells[column] : ""
                let fill = String(repeating: " ", count: widths[column] - TextTable.width(of: cell))
                return alignments[column] == .left ? cell + fill : fill + cell
            }
            return indent + padded.joined(separator: "  ").replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
        }
        let rule = indent + widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ")
        return ([line(titles), rule] + rows.map(line)).joined(separator: "\n")
    }

    /// Terminal columns a string occupies: East Asian wide and full-width characters count 2,
    /// combining marks 0, everything else 1.
    public static func width(of text: String) -> Int {
        text.unicodeScalars.reduce(0) { sum, scalar in
            let v = scalar.value
            if scalar.properties.generalCategory == .nonspacingMark || scalar.properties.generalCategory == .enclosingMark || v == 0x200B {
                return sum
            }
            let wide = (0x1100...0x115F).contains(v) || (0x2E80...0x303E).contains(v) || (0x3041...0x33FF).contains(v)
                || (0x3400...0x4DBF).contains(v) || (0x4E00...0x9FFF).contains(v) || (0xA000...0xA4CF).contains(v)
                || (0xAC00...0xD7A3).contains(v) || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v)
                || (0xFF00...0xFF60).contains(v) || (0xFFE0...0xFFE6).contains(v) || (0x20000...0x3FFFD).contains(v)
            return sum + (wide ? 2 : 1)
        }
    }

    /// Cuts a string to at most `columns` terminal columns, ending with "…" when cut.
    public static func truncate(_ text: String, to columns: Int) -> String {
        guard width(of: text) > columns else { return text }
        var result = ""
        for character in text {
            if width(of: result + String(character)) > columns - 1 { break }
            result.append(character)
        }
        return result + "…"
    }
}
