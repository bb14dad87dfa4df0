/// One column of a school-database table as Folio reads it: its Folio name (used in the
/// mapping file), the export header it has by default, and what it holds.
public struct TableField: Sendable, Equatable {
    public var name: String
    public var defaultHeader: String
    /// Other headers the school systems' exports give this column (證書字號 for 專利證書號).
    public var aliases: [String]
    public var kind: FieldKind
    /// A required field's column must be in the export and its cells must not be empty.
    public var isRequired: Bool
    /// Names a person or identifies one (姓名, 學號, 教師編號): shown only on internal pages.
    public var isPersonal: Bool
    /// Known spellings of a choice field's values in the school systems' exports (四技進修部 → 四技).
    public var spellings: [String: String]
    /// A cell that may be empty when another field of the row holds this value: a
    /// co-investigator row's amount is blank by rule.
    public var optionalWhen: FieldValue?

    public init(_ name: String, _ defaultHeader: String, _ kind: FieldKind = .text, required: Bool = false,
                personal: Bool = false, aliases: [String] = [], spellings: [String: String] = [:],
                optionalWhen: FieldValue? = nil) {
        self.name = name
        self.defaultHeader = defaultHeader
        self.aliases = aliases
        self.kind = kind
        self.isRequired = required
        self.isPersonal = personal
        self.spellings = spellings
        self.optionalWhen = optionalWhen
    }

    /// Every header this column is known by, the default first.
    public var knownHeaders: [String] { [defaultHeader] + aliases }
}

/// A field holding a value: the condition of `TableField.optionalWhen`.
public struct FieldValue: Sendable, Equatable {
    public var field: String
    public var value: String

    public init(_ field: String, _ value: String) {
        self.field = field
        self.value = value
    }
}

/// A field read from a group of columns summed per row, for exports laid out wide:
/// 表4-2 as downloaded has 一年級男生 … 延修生女生 instead of one row per grade and sex.
public struct ColumnGroup: Sendable, Equatable {
    public var field: String
    public var headers: [String]

    public init(field: String, headers: [String]) {
        self.field = field
        self.headers = headers
    }
}

/// A table of the school database (校務資料庫) that Folio computes figures from.
public struct TableSchema: Sendable {
    /// The ministry's number, e.g. "4-8-2".
    public var id: String
    /// The ministry's title of the table, as the school database titles its export (diagnostics
    /// quote it so the planning office finds the export); pages word it from `table-<id>`.
    public var name: String
    public var fields: [TableField]
    /// Count fields that a wide export gives as several columns to be summed.
    public var columnGroups: [ColumnGroup]

    public init(id: String, name: String, fields: [TableField], columnGroups: [ColumnGroup] = []) {
        self.id = id
        self.name = name
        self.fields = fields
        self.columnGroups = columnGroups
    }

    public func field(_ name: String) -> TableField? { fields.first { $0.name == name } }

    public func columnGroup(_ field: String) -> ColumnGroup? { columnGroups.first { $0.field == field } }

}
