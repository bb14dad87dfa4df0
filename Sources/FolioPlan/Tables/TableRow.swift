import FolioCore

/// One data row of a table export: its Folio fields, already checked and normalised,
/// and the line it was read from (`content/tables/4-8-2-114-1.csv:12`).
public struct TableRow: Sendable, Hashable {
    public var location: SourceLocation
    /// Folio field name → normalised text; a field the export lacks is absent.
    public var fields: [String: String]

    public init(location: SourceLocation, fields: [String: String]) {
        self.location = location
        self.fields = fields
    }

    /// The field's text, "" when the export has no such column.
    public subscript(_ field: String) -> String { fields[field] ?? "" }

    /// A count field as a number (0 when absent; import has checked the digits).
    public func count(_ field: String) -> Int { Int(self[field]) ?? 0 }

    /// A flag field: true for 是.
    public func flag(_ field: String) -> Bool { self[field] == FieldKind.yes }

    public func date(_ field: String) -> RocDate? { RocDate(parsing: self[field]) }
}

/// One imported export: a table for one period, from one file.
public struct TableFile: Sendable {
    public var schema: TableSchema
    public var period: ReportingPeriod
    /// The file as diagnostics name it, e.g. `content/tables/4-8-2-114-1.csv`.
    public var file: String
    public var rows: [TableRow]
    /// 總計 / 合計 / 小計 rows: never counted (they would count their rows twice), listed as excluded.
    public var totalRows: [TableRow]

    public init(schema: TableSchema, period: ReportingPeriod, file: String, rows: [TableRow], totalRows: [TableRow] = []) {
        self.schema = schema
        self.period = period
        self.file = file
        self.rows = rows
        self.totalRows = totalRows
    }

    /// The words that mark a row as a total.
    public static let totalMarkers = ["總計", "合計", "小計"] // input vocabulary
    /// The byte every marker ends in (計's last), nil were they to end differently; and the
    /// shortest marker's length in bytes.
    private static let markerLastByte: UInt8? = {
        let last = Set(totalMarkers.compactMap(\.utf8.last))
        return last.count == 1 ? last.first : nil
    }()
    private static let shortestMarker = totalMarkers.map(\.utf8.count).min() ?? 0

    /// True when a cell reads 總計, 合計 or 小計 (with an optional colon): the row is a total.
    public static func isTotalMarker(_ cell: String) -> Bool {
        // A cell without the byte the markers end in, nearly every cell of an export, is not one,
        // and is neither trimmed nor compared with each marker.
        guard cell.utf8.count >= shortestMarker, markerLastByte.map(cell.utf8.contains) ?? true else { return false }
        var text = CellText.trim(cell)
        while text.hasSuffix(":") || text.hasSuffix("：") { text.removeLast() } // input vocabulary
        return totalMarkers.contains(text)
    }
}

/// Every imported table, grouped as the measures need them.
public struct TableSet: Sendable {
    public var files: [TableFile]
    /// 8-1: part-time teachers count at most this share of the full-time count (one third; one
    /// half where the school's art and design units may, `part_time_cap: 1/2` in tables.yaml).
    public var partTimeCapShare: Double
    /// 7-2: how each test's own levels and scores convert to CEFR.
    public var cefrConversions: CEFRConversionTable

    public init(_ files: [TableFile], partTimeCapShare: Double = 1.0 / 3.0, cefrConversions: CEFRConversionTable = .empty) {
        self.files = files
        self.partTimeCapShare = partTimeCapShare
        self.cefrConversions = cefrConversions
    }

    /// The plan years any file of this table counts towards, ascending.
    public func years(of table: String) -> [Int] {
        Set(files.filter { $0.schema.id == table }.map(\.period.planYear)).sorted()
    }

    /// The files of a table that count towards a plan year, in period order.
    public func files(_ table: String, year: Int) -> [TableFile] {
        files.filter { $0.schema.id == table && $0.period.planYear == year }.sorted { $0.period < $1.period }
    }
}
