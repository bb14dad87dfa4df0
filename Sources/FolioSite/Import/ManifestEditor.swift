/// Edits `content/tables.yaml` as text, line by line, so the user's comments, order, anchors and
/// spacing stay as they were: an import adds one line to the `tables:` list, or replaces the
/// path after an entry's `file:`.
struct ManifestEditor {
    private(set) var lines: [String]
    private let endsWithNewline: Bool
    /// An edit was made (the text then ends with a line break, whatever the original did).
    private(set) var changed = false

    static let newFile = """
    # 校務資料庫表冊匯出檔：每個檔案是哪一張表、涵蓋哪一期間（folio import 會加入新的表冊）。
    # School-database exports: which table each file is and the period it covers (folio import adds new ones).
    tables:

    """

    init(_ text: String) {
        endsWithNewline = text.hasSuffix("\n") || text.isEmpty
        var split = text.components(separatedBy: "\n")
        if endsWithNewline && !text.isEmpty { split.removeLast() }
        lines = text.isEmpty ? [] : split
    }

    var text: String { lines.joined(separator: "\n") + (endsWithNewline || changed ? "\n" : "") }

    /// Adds the entry as the list's last item, indented as its items are, one key a line so that
    /// a `values:` line Folio asks for can be added under it.
    mutating func append(file: String, table: String, period: String) {
        func item(_ indent: String) -> [String] {
            ["\(indent)- file: \(file)", "\(indent)  table: \(table)", "\(indent)  period: \(period)"]
        }
        changed = true
        guard let key = lines.firstIndex(where: { $0.hasPrefix("tables:") }) else {
            if let last = lines.last, last.isEmpty { lines.removeLast() }
            lines += ["tables:"] + item("  ")
            return
        }
        // `tables: []` (an empty school's list) becomes a block list.
        if lines[key].replacingOccurrences(of: " ", with: "").hasPrefix("tables:[]") { lines[key] = "tables:" }
        var end = key
        var indent = "  "
        var sawItem = false
        for index in (key + 1)..<lines.count {
            let line = lines[index]
            let trimmed = line.drop { $0 == " " }
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            guard line.hasPrefix(" ") || line.hasPrefix("-") else { break }
            if !sawItem, trimmed.hasPrefix("- ") {
                indent = String(line.prefix(line.count - trimmed.count))
                sawItem = true
            }
            end = index
        }
        lines.insert(contentsOf: item(indent), at: end + 1)
    }

    /// Replaces the path `old` written after `file:` on a 1-based line.
    mutating func replaceFile(line: Int, old: String, new: String) -> Bool {
        guard lines.indices.contains(line - 1) else { return false }
        let text = lines[line - 1]
        guard let key = text.range(of: "file:"), let found = text.range(of: old, range: key.upperBound..<text.endIndex) else { return false }
        lines[line - 1] = text.replacingCharacters(in: found, with: new)
        changed = true
        return true
    }
}
