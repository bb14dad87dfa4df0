import FolioCore
import FolioPlan

/// Finds an export's header row. School-database downloads put a title above it
/// (`表4-8-2 學生技術證照資料表 114學年度第1學期`, often one merged cell across the columns), so
/// the header is the row holding the table's required headers; rows above it are titles and skipped.
/// Two such rows are reported, and `header_row:` chooses.
enum HeaderRow {
    /// How far down a header is looked for.
    static let searchDepth = 20

    static func split(_ records: [CSVRecord], entry: TableManifestEntry, file: String,
                      sink: DiagnosticSink) -> (header: CSVRecord, body: ArraySlice<CSVRecord>)? {
        if let chosen = entry.headerRow {
            guard let index = records.firstIndex(where: { $0.line == chosen.value }) else {
                let rows = records.map(\.line)
                sink.error(chosen.location, "\(file) has no row \(chosen.value) with anything in it (its rows run \(rows.first ?? 0)–\(rows.last ?? 0)); correct 'header_row:'")
                return nil
            }
            return (records[index], records[(index + 1)...])
        }
        let candidates = records.prefix(searchDepth).indices.filter { isCandidate(records[$0], entry: entry) }
        if candidates.count > 1 {
            let described = candidates.prefix(3).map { index in
                "row \(records[index].line) (\(records[index].fields.map { CellText.trim($0.text) }.filter { !$0.isEmpty }.joined(separator: "、")))"
            }
            sink.error(records[candidates[1]].location(file),
                "two rows could be the header: \(described.joined(separator: " and ")); add 'header_row: \(records[candidates[0]].line)' (or the other row) to this export's entry in content/tables.yaml")
            return nil
        }
        let index = candidates.first ?? firstNonTitle(records)
        return (records[index], records[(index + 1)...])
    }

    /// A row holding every required field's header (and, for a table with none, any header).
    private static func isCandidate(_ record: CSVRecord, entry: TableManifestEntry) -> Bool {
        let names = Set(record.fields.map { CellText.trim($0.text) })
        let headers = entry.headers
        // A field is present by one of its headers, or (in a wide export) by any column of its group.
        func present(_ field: TableField) -> Bool {
            (headers[field.name]?.headers ?? []).contains(where: names.contains)
                || (headers[field.name]?.mappedAt == nil && (entry.schema.columnGroup(field.name)?.headers ?? []).contains(where: names.contains))
        }
        let required = entry.schema.fields.filter(\.isRequired)
        if required.isEmpty { return entry.schema.fields.contains(where: present) }
        return required.allSatisfy(present)
    }

    /// With no row holding the headers, the first row with more than one value (a title has one),
    /// so the importer's "no column" message shows the real header.
    private static func firstNonTitle(_ records: [CSVRecord]) -> Int {
        let index = records.prefix(searchDepth).firstIndex { record in
            record.fields.lazy.filter { !CellText.trim($0.text).isEmpty }.count > 1
        }
        return index ?? 0
    }
}
