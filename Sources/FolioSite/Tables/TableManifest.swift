import FolioCore
import FolioPlan
import Foundation

/// One entry of `content/tables.yaml`: an export file, the table it is, the period it covers,
/// its encoding when not detected, and the headers that differ from the table's defaults.
struct TableManifestEntry {
    var file: String
    var schema: TableSchema
    var period: ReportingPeriod
    var encoding: TableEncoding?
    /// Export header → Folio field, with where each pair is written.
    var columns: [(header: String, field: String, location: SourceLocation)]
    var location: SourceLocation
    /// Where `file:` gives the path: problems of the file itself are reported there.
    var fileLocation: SourceLocation
    var periodLocation: SourceLocation
    /// The workbook sheet to read (`sheet:`), when not the first.
    var sheet: Located<String>? = nil
    /// The row (line) of the header (`header_row:`), when two rows could be it.
    var headerRow: Located<Int>? = nil
    /// Field → the school's spelling → the value Folio knows (`values:`).
    var values: [String: [String: String]] = [:]

    /// The headers each field may be read from: the mapped one, or the table's known headers.
    var headers: [String: (headers: [String], mappedAt: SourceLocation?)] {
        var result: [String: ([String], SourceLocation?)] = [:]
        for field in schema.fields { result[field.name] = (field.knownHeaders, nil) }
        for pair in columns { result[pair.field] = ([pair.header], pair.location) }
        return result
    }
}

/// Reads `content/tables.yaml`, the list of school-database exports.
enum TableManifest {
    static let file = "tables.yaml"
    static let folder = "tables"

    static func load(_ files: ContentFiles, sink: DiagnosticSink) -> (entries: [TableManifestEntry], partTimeCapShare: Double) {
        let third = 1.0 / 3.0
        guard let text = files.read(file, sink: sink, missing: "") else { return ([], third) }
        guard let root = YAMLValue.parse(text, file: files.display(file), sink: sink)?.mapping() else { return ([], third) }
        let entries = (root.required("tables", "the list of table exports (see the README, \"Tables\")")?.list() ?? []).compactMap(entry)
        // 8-1: the share of the full-time count part-time teachers may reach; 1/2 for art and design units.
        let cap = root.optional("part_time_cap")?.oneOf(["1/3": third, "1/2": 0.5]) ?? third
        root.rejectUnknownKeys()
        return (entries, cap)
    }

    private static func entry(_ value: YAMLValue) -> TableManifestEntry? {
        guard let map = value.mapping() else { return nil }
        let fileValue = map.required("file", "the export's path relative to content/, e.g. tables/4-8-2-114-1.csv")
        let file = fileValue?.nonEmptyString()
        let tableValue = map.required("table", "the school-database table, e.g. 4-8-2")
        let schema = tableValue.flatMap(schema)
        let periodValue = map.required("period", "the period it covers: 114-1, 114-2, 114學年度 or 114年度")
        let period = periodValue.flatMap(period)
        let encoding = map.optional("encoding")?.oneOf(["utf-8": TableEncoding?.some(.utf8), "big5": .big5, "auto": nil]) ?? nil
        let columns = map.optional("columns").flatMap { columnMapping($0, schema: schema) } ?? []
        let sheet = map.optional("sheet").flatMap { value in value.nonEmptyString("a sheet name").map { Located($0, at: value.location) } }
        let headerRow = map.optional("header_row").flatMap(headerRow)
        let values = map.optional("values").flatMap { valueMapping($0, schema: schema) } ?? [:]
        map.rejectUnknownKeys()
        guard let file, let fileValue, let schema, let period, let periodValue else { return nil }
        return TableManifestEntry(file: file, schema: schema, period: period, encoding: encoding, columns: columns,
                                  location: map.location, fileLocation: fileValue.location, periodLocation: periodValue.location,
                                  sheet: sheet, headerRow: headerRow, values: values)
    }

    /// `values: {degree: {四技(夜): 四技}}`: each target must be a value the field accepts.
    private static func valueMapping(_ value: YAMLValue, schema: TableSchema?) -> [String: [String: String]]? {
        guard let map = value.mapping() else { return nil }
        var result: [String: [String: String]] = [:]
        for entry in map.entries {
            guard let spellings = entry.value.mapping(), let schema else { continue }
            guard let field = schema.field(entry.key) else {
                let names = schema.fields.map(\.name)
                var message = "表\(schema.id) has no field '\(entry.key)'"
                if let guess = names.closest(to: entry.key) { message += "; did you mean '\(guess)'?" } else {
                    message += "; its fields are \(names.joined(separator: ", "))"
                }
                value.sink.error(entry.keyLocation, message)
                continue
            }
            var mapped: [String: String] = [:]
            for spelling in spellings.entries {
                guard let target = spelling.value.nonEmptyString("the value Folio knows, e.g. 四技") else { continue }
                switch field.normalize(target) {
                case .value(let known) where !known.isEmpty: mapped[spelling.key] = known
                case .value: value.sink.error(spelling.value.location, "'\(target)' is no value for '\(field.name)'; write the value Folio knows")
                case .problem(let problem): value.sink.error(spelling.value.location, "values for '\(field.name)': \(problem)")
                }
            }
            result[field.name] = mapped
        }
        return result
    }

    private static func headerRow(_ value: YAMLValue) -> Located<Int>? {
        guard let row = value.int("the header's row number, counted from 1 as Excel (or a text editor's line) shows it") else { return nil }
        guard row >= 1 else {
            value.sink.error(value.location, "header_row is \(row); rows count from 1, as Excel shows them")
            return nil
        }
        return Located(row, at: value.location)
    }

    private static func schema(_ value: YAMLValue) -> TableSchema? {
        guard let id = value.nonEmptyString() else { return nil }
        if let schema = TableSchemas.schema(id) { return schema }
        let known = TableSchemas.all.map(\.id)
        var message = "Folio reads no table '\(id)'"
        if let guess = known.closest(to: id) { message += "; did you mean '\(guess)'?" } else {
            message += "; the tables it reads are \(known.joined(separator: ", "))"
        }
        value.sink.error(value.location, message)
        return nil
    }

    private static func period(_ value: YAMLValue) -> ReportingPeriod? {
        guard let text = value.nonEmptyString() else { return nil }
        guard let period = ReportingPeriod(parsing: text) else {
            value.sink.error(value.location, "'\(text)' is not a period; write a semester as 114-1 or 114-2, an academic year as 114學年度, a calendar year as 114年度")
            return nil
        }
        return period
    }

    private static func columnMapping(_ value: YAMLValue, schema: TableSchema?) -> [(header: String, field: String, location: SourceLocation)]? {
        guard let map = value.mapping() else { return nil }
        var result: [(String, String, SourceLocation)] = []
        var mapped: [String: SourceLocation] = [:]
        for entry in map.entries {
            guard let field = entry.value.nonEmptyString("a Folio field name") else { continue }
            guard let schema else { continue }
            guard schema.field(field) != nil else {
                let names = schema.fields.map(\.name)
                var message = "表\(schema.id) has no field '\(field)'"
                if let guess = names.closest(to: field) { message += "; did you mean '\(guess)'?" } else {
                    message += "; its fields are \(names.joined(separator: ", "))"
                }
                value.sink.error(entry.value.location, message)
                continue
            }
            if let first = mapped[field] {
                value.sink.error(entry.value.location, "the field '\(field)' is already mapped at line \(first.line); map each field from one header")
                continue
            }
            mapped[field] = entry.value.location
            result.append((entry.key, field, entry.keyLocation))
        }
        return result
    }
}
