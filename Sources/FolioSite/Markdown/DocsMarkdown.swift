import FolioCore
import Foundation

/// The project's docs (`docs/*.md`) as HTML, through the same safe-mode libcmark as every page.
///
/// Safe mode drops raw HTML, and with it the docs' explicit anchors (`<a id="R-T3"></a>`, see
/// docs/README.md): each is first replaced by a plain-text marker that libcmark passes through
/// unchanged, and the marker, in the rendered HTML, by the anchor. Only ids of letters, digits,
/// `.`, `_` and `-` are anchors, so the marker never holds anything HTML would read. libcmark
/// knows no pipe tables, so a table block is rendered here, each cell's text as inline Markdown.
/// Links between the docs (`promotion-rules.md#R-R3`) become links between the pages.
enum DocsMarkdown {
    static let anchorPattern = try! NSRegularExpression(pattern: #"<a id="([A-Za-z0-9._-]+)"></a>"#)
    static let markerPattern = try! NSRegularExpression(pattern: #"FOLIOANCHOR\(([A-Za-z0-9._-]+)\)"#)

    /// The page a doc becomes: `README.md` is the docs' index.
    static func page(of file: String) -> String {
        file == "README.md" ? "index.html" : String(file.dropLast(".md".count)) + ".html"
    }

    /// Every explicit anchor of a doc's text.
    static func anchors(in markdown: String) -> Set<String> {
        let range = NSRange(markdown.startIndex..., in: markdown)
        return Set(anchorPattern.matches(in: markdown, range: range).compactMap {
            Range($0.range(at: 1), in: markdown).map { String(markdown[$0]) }
        })
    }

    /// `tableLabel` names the scrolling region around each table for screen readers.
    static func html(_ markdown: String, docs: [String], tableLabel: String = "") -> String {
        let marked = anchorPattern.stringByReplacingMatches(in: markdown, range: NSRange(markdown.startIndex..., in: markdown),
                                                            withTemplate: "FOLIOANCHOR($1)")
        var html = blocks(marked).map { $0.isTable ? table($0.lines, label: tableLabel) : Markdown.html($0.lines.joined(separator: "\n")) }.joined()
        html = markerPattern.stringByReplacingMatches(in: html, range: NSRange(html.startIndex..., in: html),
                                                      withTemplate: "<a id=\"$1\"></a>")
        return linkingPages(html, docs: docs)
    }

    /// Each `href="promotion-rules.md#…"` or `href="promotion-rules.md"` naming one of the docs
    /// made a link to its page, in one pass over the HTML.
    static func linkingPages(_ html: String, docs: [String]) -> String {
        let opener = Array(#"href=""#.utf8)
        let names = docs.map { (doc: Array($0.utf8), page: Array(page(of: $0).utf8)) }
        let bytes = Array(html.utf8)
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var last = 0
        var index = 0
        while let start = bytes[index...].firstIndex(of: opener[0]) {
            index = start + 1
            guard bytes[start...].starts(with: opener) else { continue }
            let target = start + opener.count
            for name in names where bytes[target...].starts(with: name.doc) {
                let after = target + name.doc.count
                guard after < bytes.count, bytes[after] == UInt8(ascii: "#") || bytes[after] == UInt8(ascii: "\"") else { continue }
                result += bytes[last..<target]
                result += name.page
                last = after
                index = after
                break
            }
        }
        guard last > 0 else { return html }
        result += bytes[last...]
        return String(decoding: result, as: UTF8.self)
    }

    /// The text in runs of lines: pipe tables (a `|` row followed by a `|---|` row, outside code
    /// fences) and everything else.
    static func blocks(_ text: String) -> [(isTable: Bool, lines: [String])] {
        let lines = text.components(separatedBy: "\n")
        var result: [(isTable: Bool, lines: [String])] = []
        var prose: [String] = []
        var fenced = false
        var index = 0
        while index < lines.count {
            let line = lines[index]
            if line.trimmedWhitespaces.hasPrefix("```") { fenced.toggle() }
            if !fenced, isRow(line), index + 1 < lines.count, isDelimiterRow(lines[index + 1]) {
                if !prose.isEmpty { result.append((false, prose)); prose = [] }
                var table = [line, lines[index + 1]]
                index += 2
                while index < lines.count, isRow(lines[index]) { table.append(lines[index]); index += 1 }
                result.append((true, table))
                continue
            }
            prose.append(line)
            index += 1
        }
        if !prose.isEmpty { result.append((false, prose)) }
        return result
    }

    static func isRow(_ line: String) -> Bool { line.trimmedWhitespaces.hasPrefix("|") }

    static func isDelimiterRow(_ line: String) -> Bool {
        let cells = self.cells(line)
        return isRow(line) && !cells.isEmpty && cells.allSatisfy { cell in
            !cell.isEmpty && cell.allSatisfy { "-:".contains($0) } && cell.contains("-")
        }
    }

    /// A row's cells, split at `|` outside code spans (`\|` is a literal bar).
    static func cells(_ line: String) -> [String] {
        var row = line.trimmedWhitespaces
        if row.hasPrefix("|") { row.removeFirst() }
        if row.hasSuffix("|"), !row.hasSuffix("\\|") { row.removeLast() }
        var cells: [String] = []
        var current = ""
        var inCode = false
        var previous: Character = " "
        for character in row {
            if character == "`" { inCode.toggle() }
            if character == "|", !inCode, previous != "\\" {
                cells.append(current.trimmedWhitespaces)
                current = ""
            } else {
                current.append(character)
            }
            previous = character
        }
        cells.append(current.trimmedWhitespaces)
        return cells
    }

    static func table(_ lines: [String], label tableLabel: String = "") -> String {
        func inline(_ text: String) -> String {
            let html = Markdown.html(text.replacingOccurrences(of: "\\|", with: "|")).trimmed(.whitespacesAndNewlines)
            guard html.hasPrefix("<p>"), html.hasSuffix("</p>") else { return html }
            return String(html.dropFirst(3).dropLast(4))
        }
        let header = cells(lines[0]).map { "<th>\(inline($0))</th>" }.joined()
        let rows = lines.dropFirst(2).map { "<tr>" + cells($0).map { "<td>\(inline($0))</td>" }.joined() + "</tr>\n" }.joined()
        return "<div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"\(HTMLText.escape(tableLabel))\"><table>\n<thead><tr>\(header)</tr></thead>\n<tbody>\n\(rows)</tbody>\n</table></div>\n"
    }
}
