import Foundation

/// Reads an "Excel" export that is really an HTML page: the rows (`<tr>`) of its tables, each
/// cell (`<td>`, `<th>`) as its text, with `colspan` and `rowspan` keeping later cells in their
/// columns. The encoding comes from the page's `<meta charset>` (or `http-equiv` content type),
/// else from the bytes (UTF-8, else Big5). A cell cites the line and column of its `<td>`.
enum HTMLTableReader {
    /// `encoding`, when content/tables.yaml gives one, overrides the page's own declaration.
    static func records(_ data: Data, encoding: TableEncoding? = nil) throws(SpreadsheetProblem) -> [CSVRecord] {
        let text: String
        switch CSVReader.decode(data, declared: encoding ?? declaredEncoding(data)) {
        case .success(let decoded): text = decoded.text
        case .failure:
            throw SpreadsheetProblem("this HTML table's text is neither UTF-8 nor Big5 (CP950), whatever its <meta charset> says; open it in Excel and save it as .xlsx")
        }
        return rows(text)
    }

    /// `charset=big5` / `charset="utf-8"` among the first 4 KB (a page's head is ASCII).
    static func declaredEncoding(_ data: Data) -> TableEncoding? {
        let head = String(decoding: data.prefix(4_096).map { $0 < 0x80 ? $0 : UInt8(ascii: " ") }, as: UTF8.self).lowercased()
        guard let range = head.range(of: "charset=") else { return nil }
        let value = head[range.upperBound...].drop { $0 == "\"" || $0 == "'" || $0 == " " }
            .prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
        switch value {
        case "big5", "big5-hkscs", "x-big5", "cp950", "windows-950", "ms950": return .big5
        case "utf-8", "utf8": return .utf8
        default: return nil
        }
    }

    private struct Cell {
        var text = ""
        var line: Int
        var column: Int
        var span = 1
        var rowSpan = 1
    }

    static func rows(_ text: String) -> [CSVRecord] {
        let scalars = Array(text.unicodeScalars)
        var records: [CSVRecord] = []
        var row: [Cell] = [], rowLine = 0
        var cell: Cell?
        var inRow = false
        // Column index (0-based) → rows still covered by a cell above with rowspan.
        var covered: [Int: Int] = [:]
        var line = 1, column = 1
        var i = 0

        func endCell() {
            guard var finished = cell else { return }
            finished.text = collapse(finished.text)
            row.append(finished)
            cell = nil
        }
        func endRow() {
            endCell()
            guard inRow else { return }
            inRow = false
            var fields: [CSVField] = []
            for cell in row {
                while covered[fields.count, default: 0] > 0 {
                    fields.append(CSVField(text: "", column: cell.column, line: cell.line))
                }
                let start = fields.count
                fields.append(CSVField(text: cell.text, column: cell.column, line: cell.line))
                for _ in 1..<max(cell.span, 1) { fields.append(CSVField(text: "", column: cell.column, line: cell.line)) }
                if cell.rowSpan > 1 { for index in start..<fields.count { covered[index] = cell.rowSpan } }
            }
            for (index, rows) in covered { covered[index] = rows - 1 }
            covered = covered.filter { $0.value > 0 }
            let record = CSVRecord(line: rowLine, fields: fields)
            if !fields.isEmpty && !record.isBlank { records.append(record) }
            row = []
        }

        while i < scalars.count {
            let scalar = scalars[i]
            if scalar == "<" {
                let tagLine = line, tagColumn = column
                let (tag, next, newlines, lastColumn) = readTag(scalars, from: i)
                if newlines > 0 { line += newlines; column = lastColumn } else { column += next - i }
                i = next
                switch tag.name {
                case "!--":
                    // A comment (and Excel's <!--[if gte mso 9]>…<![endif]-->): skip to -->.
                    var j = i
                    while j + 2 < scalars.count, !(scalars[j] == "-" && scalars[j + 1] == "-" && scalars[j + 2] == ">") { j += 1 }
                    advance(scalars, from: i, to: min(j + 3, scalars.count), line: &line, column: &column)
                    i = min(j + 3, scalars.count)
                case "script", "style":
                    let close = Array("</\(tag.name)".unicodeScalars)
                    var j = i
                    while j < scalars.count, !matchesIgnoringCase(scalars, close, at: j) { j += 1 }
                    advance(scalars, from: i, to: j, line: &line, column: &column)
                    i = j
                case "tr":
                    endRow()
                    inRow = true
                    rowLine = tagLine
                case "/tr", "/table", "table", "/tbody", "/thead":
                    endRow()
                case "td", "th":
                    if !inRow { inRow = true; rowLine = tagLine }
                    endCell()
                    cell = Cell(line: tagLine, column: tagColumn, span: tag.attribute("colspan").flatMap(Int.init).map { min(max($0, 1), 1_000) } ?? 1,
                                rowSpan: tag.attribute("rowspan").flatMap(Int.init).map { min(max($0, 1), 100_000) } ?? 1)
                case "/td", "/th":
                    endCell()
                case "br", "br/", "p", "/p", "div", "/div":
                    cell?.text += " "
                default:
                    break
                }
                continue
            }
            if scalar == "&" {
                let (decoded, next) = entity(scalars, at: i)
                cell?.text.unicodeScalars.append(contentsOf: decoded.unicodeScalars)
                column += next - i
                i = next
                continue
            }
            if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
            cell?.text.unicodeScalars.append(scalar)
            i += 1
        }
        endRow()
        // Every row as wide as the widest, as a spreadsheet's: a short row's missing cells are empty.
        let width = records.map(\.fields.count).max() ?? 0
        return records.map { record in
            var padded = record
            let last = record.fields[record.fields.count - 1]
            while padded.fields.count < width { padded.fields.append(CSVField(text: "", column: last.column, line: last.line)) }
            return padded
        }
    }

    private struct Tag {
        var name: String
        var attributes: String
        func attribute(_ name: String) -> String? {
            guard let range = attributes.range(of: name + "=") else { return nil }
            return String(attributes[range.upperBound...].drop { $0 == "\"" || $0 == "'" }.prefix { $0.isNumber })
        }
    }

    /// The tag at `start` (`<` … `>`), lowercased; the index after it, and how many line breaks it held.
    private static func readTag(_ scalars: [Unicode.Scalar], from start: Int) -> (Tag, Int, Int, Int) {
        var j = start + 1
        if j + 2 < scalars.count, scalars[j] == "!", scalars[j + 1] == "-", scalars[j + 2] == "-" {
            return (Tag(name: "!--", attributes: ""), j + 3, 0, 0)
        }
        var name = ""
        while j < scalars.count, !scalars[j].properties.isWhitespace, scalars[j] != ">" {
            name.unicodeScalars.append(scalars[j])
            j += 1
            if name == "br/" { break }
        }
        var attributes = ""
        var quote: Unicode.Scalar?
        var newlines = 0, lastColumn = 1
        while j < scalars.count {
            let scalar = scalars[j]
            if let open = quote { if scalar == open { quote = nil } } else if scalar == "\"" || scalar == "'" { quote = scalar } else if scalar == ">" { break }
            if scalar == "\n" { newlines += 1; lastColumn = 1 } else { lastColumn += 1 }
            attributes.unicodeScalars.append(scalar)
            j += 1
        }
        if name.hasSuffix("/") && name.count > 1 && name != "br/" { name.removeLast() }
        return (Tag(name: name.lowercased(), attributes: attributes.lowercased()), min(j + 1, scalars.count), newlines, lastColumn + 1)
    }

    private static func advance(_ scalars: [Unicode.Scalar], from: Int, to: Int, line: inout Int, column: inout Int) {
        guard from < to else { return }
        for scalar in scalars[from..<to] {
            if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
        }
    }

    private static func matchesIgnoringCase(_ scalars: [Unicode.Scalar], _ pattern: [Unicode.Scalar], at offset: Int) -> Bool {
        guard offset + pattern.count <= scalars.count else { return false }
        for (k, scalar) in pattern.enumerated() where String(scalars[offset + k]).lowercased() != String(scalar) { return false }
        return true
    }

    /// `&amp;`, `&nbsp;`, `&#12345;`, `&#x3000;`; an `&` that starts none of these is itself.
    private static func entity(_ scalars: [Unicode.Scalar], at start: Int) -> (String, Int) {
        var j = start + 1
        var name = ""
        while j < scalars.count, j - start <= 10, scalars[j] != ";" {
            name.unicodeScalars.append(scalars[j])
            j += 1
        }
        guard j < scalars.count, scalars[j] == ";" else { return ("&", start + 1) }
        if let scalar = XMLScanner.entity(name) { return (String(scalar), j + 1) }
        if let text = named[name] { return (text, j + 1) }
        return ("&", start + 1)
    }

    private static let named: [String: String] = [
        "nbsp": " ", "ensp": " ", "emsp": " ", "thinsp": " ", "middot": "·", "times": "×", "divide": "÷",
        "ndash": "–", "mdash": "—", "hellip": "…", "lsquo": "‘", "rsquo": "’", "ldquo": "“", "rdquo": "”",
        "copy": "©", "reg": "®", "deg": "°", "plusmn": "±", "yen": "¥",
    ]

    /// Whitespace as a browser shows it: runs become one space, none at the ends.
    private static func collapse(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
